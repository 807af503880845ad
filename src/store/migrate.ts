import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './database';

export class MigrationError extends Error {
  override name = 'MigrationError';
}

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

const FILE = /^(\d{4})_([a-z0-9_]+)\.sql$/;

export function readMigrations(dir: string): Migration[] {
  const migrations = readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .map((file) => {
      const m = FILE.exec(file);
      if (!m) throw new MigrationError(`migration file ${file} must be named NNNN_snake_case.sql`);
      const sql = readFileSync(join(dir, file), 'utf8');
      return {
        version: Number(m[1]),
        name: file,
        sql,
        checksum: createHash('sha256').update(sql).digest('hex'),
      };
    })
    .sort((a, b) => a.version - b.version);
  migrations.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new MigrationError(`migrations must be numbered 0001, 0002, … without gaps; found ${m.name}`);
  });
  return migrations;
}

/**
 * Applies pending migrations in order, all in one transaction, recording each in the `schema_migrations` ledger.
 * A landed migration whose file has changed stops start-up: migrations are append-only.
 */
export function migrate(db: Db, dir: string, now: number): { applied: string[] } {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at INTEGER NOT NULL)`);
  const migrations = readMigrations(dir);
  const run = db.transaction(() => {
    const landed = new Map(
      (db.prepare('SELECT version, name, checksum FROM schema_migrations').all() as Migration[]).map((r) => [
        r.version,
        r,
      ]),
    );
    const applied: string[] = [];
    for (const m of migrations) {
      const done = landed.get(m.version);
      if (done) {
        if (done.checksum !== m.checksum) {
          throw new MigrationError(
            `migration ${m.name} was edited after it was applied; restore it and put the change in a new migration`,
          );
        }
        continue;
      }
      db.exec(m.sql);
      db.prepare(
        'INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)',
      ).run(m.version, m.name, m.checksum, now);
      applied.push(m.name);
    }
    return applied;
  });
  return { applied: run.immediate() };
}
