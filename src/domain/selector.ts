import { normalizeText } from './normalize';
import { lookup } from './lookup';

/**
 * The selector language shared by roles' scopes, reports, tips and broadcasts: `all` (or `*`), or `key=value` terms
 * joined by commas, each narrowing the set (`country=IT,city=Milano`). Keys may be written in Chinese. Values are
 * compared without case, width or surrounding space; `group=` takes a group id or its exact name. Pure.
 */
export const SELECTOR_KEYS = [
  'country',
  'district',
  'region',
  'city',
  'association',
  'level',
  'group',
] as const;
export type SelectorKey = (typeof SELECTOR_KEYS)[number];

const KEY_WORDS: Record<string, SelectorKey> = {
  ...Object.fromEntries(SELECTOR_KEYS.map((k) => [k, k])),
  国家: 'country',
  领区: 'district',
  地区: 'region',
  大区: 'region',
  城市: 'city',
  社团: 'association',
  同乡会: 'association',
  级别: 'level',
  群: 'group',
};

export type Selector = { all: true } | { all: false; terms: Array<{ key: SelectorKey; value: string }> };

/** A group as selectors see it. */
export interface SelectableGroup {
  id: string;
  name: string;
  country: string | null;
  district: string | null;
  region: string | null;
  city: string | null;
  association: string | null;
  level: string | null;
}

export type SelectorResult = { ok: true; selector: Selector } | { ok: false; reason: string };

const fold = (s: string): string => normalizeText(s).toLowerCase();

export function parseSelector(text: string): SelectorResult {
  const t = normalizeText(text);
  if (t === '') return { ok: false, reason: 'empty selector' };
  if (/^(?:all|\*|全部|所有)$/iu.test(t)) return { ok: true, selector: { all: true } };
  const terms: Array<{ key: SelectorKey; value: string }> = [];
  for (const part of t.split(/[,，]/u)) {
    const m = /^([^=＝]+)[=＝](.+)$/u.exec(part.trim());
    if (!m) return { ok: false, reason: `"${part.trim()}" is not key=value` };
    const key = lookup(KEY_WORDS, fold(m[1] ?? ''));
    if (!key)
      return { ok: false, reason: `unknown key "${(m[1] ?? '').trim()}" (${SELECTOR_KEYS.join(', ')})` };
    const value = (m[2] ?? '').trim();
    if (key === 'country' && !/^[A-Za-z]{2}$/u.test(value))
      return { ok: false, reason: `country is a two-letter code such as IT, got "${value}"` };
    terms.push({ key, value: key === 'country' ? value.toUpperCase() : value });
  }
  return { ok: true, selector: { all: false, terms } };
}

/**
 * Whether the selector picks the group. `groupNames: false` matches `group=` by id only (roles' scopes: a group's
 * name is set by its members, so a name must never grant anything).
 */
export function matchesSelector(
  s: Selector,
  g: SelectableGroup,
  o: { groupNames: boolean } = { groupNames: true },
): boolean {
  if (s.all) return true;
  return s.terms.every(({ key, value }) => {
    const want = fold(value);
    if (key === 'group') return fold(g.id) === want || (o.groupNames && fold(g.name) === want);
    const have = g[key];
    return have !== null && fold(have) === want;
  });
}

/** The canonical text of a selector (what is stored as a scope and shown back). */
export function formatSelector(s: Selector): string {
  return s.all ? 'all' : s.terms.map((t) => `${t.key}=${t.value}`).join(',');
}

/**
 * A role's scope as stored: `*` (everything), a bare group id (as the world file grants managers), or a selector.
 */
export function scopeSelector(scope: string): Selector | null {
  if (scope === '*') return { all: true };
  const r = parseSelector(scope);
  if (r.ok) return r.selector;
  // a group id ("…@chatroom", or a DingTalk conversation "cid…==@dingtalk", which holds "=" too)
  return scope.includes('@') ? { all: false, terms: [{ key: 'group', value: scope }] } : null;
}
