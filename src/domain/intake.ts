import { normalizeText, stripLeadingMentions } from './normalize';

/** Prefixes that make any group message a request to the bot, mention or not. */
export const REQUEST_TAGS = ['#咨询', '#问诊', '#doctor'] as const;

export type GroupIntake =
  | { kind: 'request'; question: string }
  | { kind: 'empty-request' }
  | { kind: 'chatter' };

/**
 * Decides whether a group message is addressed to the bot. `text` is the message with the platform's own mention
 * already removed when the platform recognised it; `botNames` catches mentions typed by hand ("@青小医 …").
 */
export function readGroupMessage(text: string, mentionsBot: boolean, botNames: readonly string[]): GroupIntake {
  const normalized = normalizeText(text);
  const withoutMention = stripLeadingMentions(normalized, botNames);
  const typedMention = withoutMention !== normalized || botNames.some((n) => normalized.includes(`@${n}`));
  const tag = REQUEST_TAGS.find((t) => withoutMention.toLowerCase().startsWith(t.toLowerCase()));
  if (!mentionsBot && !typedMention && !tag) return { kind: 'chatter' };
  let question = tag ? withoutMention.slice(tag.length) : withoutMention;
  question = stripLeadingMentions(question.replace(/^[\s:：,，]+/u, ''), botNames).trim();
  return question.length === 0 ? { kind: 'empty-request' } : { kind: 'request', question };
}

/** Words that are only a greeting or thanks: a DM made of these alone opens no ticket. */
const SMALL_TALK = /^(你好|您好|hi|hello|hey|在吗|在不在|谢谢|多谢|谢谢医生|谢谢您|thanks|thank you|grazie|gracias|好的|ok|嗯|哈哈|[?？!！.。]+)[!！.。~～]*$/iu;

export function isSmallTalk(text: string): boolean {
  return SMALL_TALK.test(normalizeText(text));
}
