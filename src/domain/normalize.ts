/**
 * Text normalisation for parsing (never for what we store or relay).
 * NFKC folds full-width letters, digits and spaces (ｃｌａｉｍ　１２ → claim 12); U+2005 (WeChat's mention
 * separator) and other spaces collapse to one ASCII space.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u2005\u00a0\u3000]+/gu, ' ')
    .trim();
}

/** Strips leading "@name" tokens (as WeChat renders mentions) from a message. */
export function stripLeadingMentions(text: string, names: readonly string[]): string {
  let rest = text.trimStart();
  for (;;) {
    const name = names.find((n) => n.length > 0 && rest.startsWith(`@${n}`));
    if (!name) return rest;
    rest = rest.slice(name.length + 1).replace(/^[\s\u2005:：,，]+/u, '');
  }
}
