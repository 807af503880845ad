/**
 * Text normalisation for parsing (never for what we store or relay).
 * NFKC folds full-width letters, digits and spaces (ｃｌａｉｍ U+3000 １２ → claim 12); U+2005 (WeChat's mention
 * separator) and other spaces collapse to one ASCII space.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u2005\u00a0\u3000]+/gu, ' ')
    .trim();
}

/** What may follow a mention or a tag: the end, a space (incl. U+2005 and full-width) or punctuation. */
const BOUNDARY = /^(?:$|[\s\u2005\u00a0\u3000:：,，.。!！?？、;；])/u;
const SEPARATORS = /^[\s\u2005\u00a0\u3000:：,，、]+/u;

/**
 * If `raw` starts with something that normalises to `prefix` (case-insensitively), returns the raw rest after it and
 * its separators; otherwise null. The rest keeps the writer's own characters. With `wholeWord` the prefix must be
 * followed by the end, a space or punctuation (a mention); without, only a letter or digit glued to a prefix ending
 * in a letter or digit is refused (so "#咨询孩子发烧" is tagged, "#doctors" is not).
 */
export function cutPrefix(raw: string, prefix: string, wholeWord = true): string | null {
  const want = normalizeText(prefix).toLowerCase();
  const text = raw.trimStart();
  for (let i = 1; i <= text.length && i <= prefix.length * 3; i++) {
    if (normalizeText(text.slice(0, i)).toLowerCase() !== want) continue;
    const rest = text.slice(i);
    const glued = /[A-Za-z0-9]$/.test(want) && /^[A-Za-z0-9]/.test(rest.normalize('NFKC'));
    if (wholeWord ? BOUNDARY.test(rest) : !glued) return rest.replace(SEPARATORS, '');
  }
  return null;
}

/** Strips leading "@name" tokens (as WeChat renders mentions) from a message; longer names are tried first. */
export function stripLeadingMentions(text: string, names: readonly string[]): string {
  const byLength = names.filter((n) => n.length > 0).sort((a, b) => b.length - a.length);
  let rest = text.trimStart();
  for (;;) {
    const cut = byLength.map((n) => cutPrefix(rest, `@${n}`)).find((r): r is string => r !== null);
    if (cut === undefined) return rest;
    rest = cut;
  }
}
