/**
 * A word table lookup that sees only the table's own entries: user text such as "constructor" or "__proto__" must
 * never find an inherited property of a plain object.
 */
export function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
