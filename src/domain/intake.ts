import { cutPrefix, normalizeText, stripLeadingMentions } from './normalize';

/**
 * The longest message the bot takes (characters): a longer one addressed to it is refused with a message, never cut
 * silently (a doctor must read what was written, and a 100 KB paste is no question).
 */
export const MAX_MESSAGE_CHARS = 4000;

/** True when the text is longer than the bot takes. */
export function tooLong(text: string): boolean {
  return text.length > MAX_MESSAGE_CHARS && Array.from(text).length > MAX_MESSAGE_CHARS;
}

/** Prefixes that make any group message a request to the bot, mention or not. */
export const REQUEST_TAGS = ['#咨询', '#问诊', '#doctor'] as const;

export type GroupIntake =
  { kind: 'request'; question: string } | { kind: 'empty-request' } | { kind: 'chatter' };

/**
 * True when "@name" appears in the text as a whole mention, not as the start of a longer name ("@青小医生" is not
 * "@青小医"). Used for mentions typed by hand, which carry no mention list.
 */
export function mentionsByHand(text: string, names: readonly string[]): boolean {
  const normalized = normalizeText(text);
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
  let question = stripLeadingMentions(text, botNames);
  const typedMention = question !== text.trimStart() || mentionsByHand(text, botNames);
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

const SEP = '[!！.。~～?？,，、\\s]*';
const GREETING = new RegExp(
  `^(?:(?:你好|您好|大家好|hi|hello|hey|ciao|hola|在吗|在不在|医生)${SEP})+$|^[?？!！.。]+$`,
  'iu',
);
const THANKS = new RegExp(
  `^(?:(?:谢谢|多谢|谢谢医生|谢谢您|谢谢你|感谢|辛苦了|thanks|thank you|grazie|gracias|好的|ok|嗯|哈哈|👍|🙏)${SEP})+$`,
  'iu',
);

/** A message that is only a greeting or only thanks: it opens no ticket (a greeting gets the intro). */
export function smallTalk(text: string): 'greeting' | 'thanks' | null {
  const t = normalizeText(text);
  if (GREETING.test(t)) return 'greeting';
  if (THANKS.test(t)) return 'thanks';
  return null;
}

export function isSmallTalk(text: string): boolean {
  return smallTalk(text) !== null;
}
