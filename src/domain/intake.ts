import { cutPrefix, normalizeText, stripLeadingMentions } from './normalize';

/** Prefixes that make any group message a request to the bot, mention or not. */
export const REQUEST_TAGS = ['#咨询', '#问诊', '#doctor'] as const;

export type GroupIntake =
  { kind: 'request'; question: string } | { kind: 'empty-request' } | { kind: 'chatter' };

/** True when "@name" appears in the text as a whole mention (not as the start of a longer name). */
function mentionsByHand(normalized: string, names: readonly string[]): boolean {
  return names.some((n) => {
    const token = `@${normalizeText(n)}`;
    let at = normalized.indexOf(token);
    while (at >= 0) {
      if (/^(?:$|[\s:,.!?、;])/u.test(normalized.slice(at + token.length))) return true;
      at = normalized.indexOf(token, at + 1);
    }
    return false;
  });
}

/**
 * Decides whether a group message is addressed to the bot. `text` is the message with the platform's own mention
 * already removed when the platform recognised it; `botNames` catches mentions typed by hand ("@青小医 …").
 * The question keeps the asker's own characters, punctuation and line breaks.
 */
export function readGroupMessage(
  text: string,
  mentionsBot: boolean,
  botNames: readonly string[],
): GroupIntake {
  const normalized = normalizeText(text);
  let question = stripLeadingMentions(text, botNames);
  const typedMention = question !== text.trimStart() || mentionsByHand(normalized, botNames);
  let tagged = false;
  for (const tag of REQUEST_TAGS) {
    const rest = cutPrefix(question, tag, false);
    if (rest !== null) {
      question = stripLeadingMentions(rest, botNames);
      tagged = true;
      break;
    }
  }
  if (!mentionsBot && !typedMention && !tagged) return { kind: 'chatter' };
  question = question.trim();
  return question.length === 0 ? { kind: 'empty-request' } : { kind: 'request', question };
}

/** Words that are only a greeting or thanks: a DM made of these alone opens no ticket. */
const SMALL_TALK =
  /^(你好|您好|hi|hello|hey|在吗|在不在|谢谢|多谢|谢谢医生|谢谢您|thanks|thank you|grazie|gracias|好的|ok|嗯|哈哈|[?？!！.。]+)[!！.。~～?？]*$/iu;

export function isSmallTalk(text: string): boolean {
  return SMALL_TALK.test(normalizeText(text));
}
