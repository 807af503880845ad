import { z } from 'zod';
import { normalizeText } from './normalize';

/** A ticket number as typed in a command: a positive integer (zod, like every command argument). */
export const TicketNumber = z.coerce.number().int().positive().max(999_999_999);

/** What a DM to the bot says, read as a doctor command. Anything else is `text`. */
export type DoctorCommand =
  | { kind: 'claim'; ticket: number }
  | { kind: 'next' }
  | { kind: 'answer'; ticket: number; text: string }
  | { kind: 'close'; ticket: number }
  | { kind: 'on' }
  | { kind: 'off' }
  | { kind: 'help' }
  | { kind: 'usage'; command: 'claim' | 'answer' | 'close' }
  | { kind: 'text'; text: string };

const TICKET = String.raw`#?\s*(\d{1,9})`;

const RULES: ReadonlyArray<[RegExp, (m: RegExpExecArray, raw: string) => DoctorCommand]> = [
  [
    new RegExp(String.raw`^(?:claim|接单|接)\s*${TICKET}$`, 'iu'),
    (m) => ({ kind: 'claim', ticket: TicketNumber.parse(m[1]) }),
  ],
  [/^(?:next|下一个|下一单|接单|接)$/iu, () => ({ kind: 'next' })],
  [
    // the ticket ends where the digits end ((?!\d) stops a backtrack that would split "12" into ticket 1, text 2)
    new RegExp(String.raw`^(?:answer|答)\s*${TICKET}(?!\d)\s*[:：,，]?\s*(\S[\s\S]*)$`, 'iu'),
    (m, raw) => {
      const text = answerTextFrom(raw);
      return text
        ? { kind: 'answer', ticket: TicketNumber.parse(m[1]), text }
        : { kind: 'usage', command: 'answer' };
    },
  ],
  [
    new RegExp(String.raw`^(?:close|关闭|结束)\s*${TICKET}$`, 'iu'),
    (m) => ({ kind: 'close', ticket: TicketNumber.parse(m[1]) }),
  ],
  [/^(?:on|上班|值班)$/iu, () => ({ kind: 'on' })],
  [/^(?:off|下班)$/iu, () => ({ kind: 'off' })],
  [/^(?:help|帮助|菜单|\?|？)$/iu, () => ({ kind: 'help' })],
  // A command word with a bad or missing ticket gets its usage, never the fallback "text" (which a doctor holding
  // one claim would post to the group as an answer).
  [/^(?:claim|接单|接)(?:[\s#\d].*)?$/iu, () => ({ kind: 'usage', command: 'claim' })],
  [/^(?:answer|答)(?:[\s#\d].*)?$/iu, () => ({ kind: 'usage', command: 'answer' })],
  [/^(?:close|关闭|结束)(?:[\s#\d].*)?$/iu, () => ({ kind: 'usage', command: 'close' })],
];

/**
 * The answer text keeps the doctor's own line breaks and characters: only the command word and ticket are removed
 * from the raw (un-normalised) message.
 */
function answerTextFrom(raw: string): string {
  return raw
    .trim()
    .replace(/^(?:answer|答|ａｎｓｗｅｒ)\s*[#＃]?\s*[0-9０-９]{1,9}\s*[:：,，]?/iu, '')
    .trim();
}

function usageFor(text: string): DoctorCommand {
  const command = /^(?:answer|答)/iu.test(text)
    ? 'answer'
    : /^(?:close|关闭|结束)/iu.test(text)
      ? 'close'
      : 'claim';
  return { kind: 'usage', command };
}

export function parseDoctorCommand(raw: string): DoctorCommand {
  const text = normalizeText(raw);
  for (const [pattern, build] of RULES) {
    const m = pattern.exec(text);
    if (!m) continue;
    try {
      return build(m, raw);
    } catch (err) {
      // #0 and other impossible tickets: the command's usage, never a stack trace
      if (err instanceof z.ZodError) return usageFor(text);
      throw err;
    }
  }
  return { kind: 'text', text: raw.trim() };
}

/** True when only a doctor may send this (a non-doctor sending it is refused clearly, not queued as a question). */
export function isDoctorOnlyCommand(cmd: DoctorCommand): boolean {
  return cmd.kind !== 'text' && cmd.kind !== 'help';
}
