import { z } from 'zod';
import { lookup } from './lookup';
import { normalizeText } from './normalize';
import { SPECIALTIES, type Specialty } from './types';

/** A ticket number as typed in a command: a positive integer (zod, like every command argument). */
export const TicketNumber = z.coerce.number().int().positive().max(999_999_999);

/** What a DM to the bot says, read as a doctor command. Anything else is `text`. */
export type DoctorCommand =
  | { kind: 'claim'; ticket: number }
  | { kind: 'next' }
  | { kind: 'answer'; ticket: number; text: string }
  | { kind: 'close'; ticket: number }
  | { kind: 'transfer'; ticket: number; specialty: Specialty }
  | { kind: 'release'; ticket: number }
  | { kind: 'ask'; ticket: number; text: string }
  | { kind: 'more'; ticket: number | null }
  | { kind: 'mine' }
  | { kind: 'alerts'; on: boolean }
  | { kind: 'queue' }
  | { kind: 'on' }
  | { kind: 'off' }
  | { kind: 'help' }
  | { kind: 'usage'; command: UsageCommand }
  | { kind: 'unclear'; text: string }
  | { kind: 'text'; text: string };

export type UsageCommand = 'claim' | 'answer' | 'close' | 'transfer' | 'release' | 'ask';

const TICKET = String.raw`#?\s*(\d{1,9})`;

/** Queue names a doctor may type: the English id, or its Chinese name with or without 科. */
const SPECIALTY_WORDS: Record<string, Specialty> = {
  ...Object.fromEntries(SPECIALTIES.map((s) => [s, s])),
  呼吸科: 'respiratory',
  呼吸: 'respiratory',
  儿科: 'pediatrics',
  心理: 'psychology',
  心理科: 'psychology',
  心理咨询: 'psychology',
  中医: 'tcm',
  中医科: 'tcm',
  慢病: 'chronic',
  慢病科: 'chronic',
  妇产科: 'maternal',
  妇产: 'maternal',
  产科: 'maternal',
  全科: 'general',
  政策: 'policy',
  侨务政策: 'policy',
  侨务: 'policy',
};

export function specialtyFromWord(word: string): Specialty | null {
  return lookup(SPECIALTY_WORDS, normalizeText(word).toLowerCase()) ?? null;
}

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
  [
    new RegExp(String.raw`^(?:transfer|转科|转)\s*${TICKET}(?!\d)\s*[:：,，]?\s*(\S+)$`, 'iu'),
    (m) => {
      const specialty = specialtyFromWord(m[2] ?? '');
      return specialty
        ? { kind: 'transfer', ticket: TicketNumber.parse(m[1]), specialty }
        : { kind: 'usage', command: 'transfer' };
    },
  ],
  [
    new RegExp(String.raw`^(?:release|放回|释放|退单)\s*${TICKET}$`, 'iu'),
    (m) => ({ kind: 'release', ticket: TicketNumber.parse(m[1]) }),
  ],
  [
    new RegExp(String.raw`^(?:ask\s*|追问\s*|问\s+|问(?=#))${TICKET}(?!\d)\s*[:：,，]?\s*(\S[\s\S]*)$`, 'iu'),
    (m, raw) => {
      const text = raw
        .trim()
        .replace(/^(?:ask|问|追问|ａｓｋ)\s*[#＃]?\s*[0-9０-９]{1,9}\s*[:：,，]?/iu, '')
        .trim();
      return text
        ? { kind: 'ask', ticket: TicketNumber.parse(m[1]), text }
        : { kind: 'usage', command: 'ask' };
    },
  ],
  [/^(?:more|延长|续期)$/iu, () => ({ kind: 'more', ticket: null })],
  [
    new RegExp(String.raw`^(?:more|延长|续期)\s*${TICKET}$`, 'iu'),
    (m) => ({ kind: 'more', ticket: TicketNumber.parse(m[1]) }),
  ],
  [/^(?:mine|我的|我的单|我接的)$/iu, () => ({ kind: 'mine' })],
  [/^(?:alerts\s*on|紧急提醒\s*开|开紧急提醒)$/iu, () => ({ kind: 'alerts', on: true })],
  [/^(?:alerts\s*off|紧急提醒\s*关|关紧急提醒)$/iu, () => ({ kind: 'alerts', on: false })],
  [/^(?:queue|排队|队列|待接)$/iu, () => ({ kind: 'queue' })],
  [/^(?:on|上班|值班)$/iu, () => ({ kind: 'on' })],
  [/^(?:off|下班)$/iu, () => ({ kind: 'off' })],
  [/^(?:help|帮助|菜单|\?|？)$/iu, () => ({ kind: 'help' })],
  // A command word with a bad or missing ticket gets its usage, never the fallback "text" (which a doctor holding
  // one claim would post to the group as an answer).
  [/^(?:claim|接单|接)(?:[\s#\d].*)?$/iu, () => ({ kind: 'usage', command: 'claim' })],
  [/^(?:answer|答)(?:[\s#\d].*)?$/iu, () => ({ kind: 'usage', command: 'answer' })],
  [/^(?:close|关闭|结束)(?:[\s#\d].*)?$/iu, () => ({ kind: 'usage', command: 'close' })],
  [/^(?:transfer|转科|转)(?:[\s#\d].*)?$/iu, () => ({ kind: 'usage', command: 'transfer' })],
  [/^(?:release|放回|释放|退单)(?:[\s#\d].*)?$/iu, () => ({ kind: 'usage', command: 'release' })],
  [/^(?:ask|追问)(?:[\s#\d].*)?$/iu, () => ({ kind: 'usage', command: 'ask' })],
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
  const command: UsageCommand = /^(?:answer|答)/iu.test(text)
    ? 'answer'
    : /^(?:close|关闭|结束)/iu.test(text)
      ? 'close'
      : /^(?:transfer|转科|转)/iu.test(text)
        ? 'transfer'
        : /^(?:release|放回|释放|退单)/iu.test(text)
          ? 'release'
          : /^(?:ask|问|追问)/iu.test(text)
            ? 'ask'
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
  // "#3 多喝水": an answer to ticket 3, never to whichever claim is open
  const hashed = /^#\s*(\d{1,9})(?!\d)\s*[:：,，]?\s*(\S[\s\S]*)$/u.exec(text);
  if (hashed) {
    const ticket = TicketNumber.safeParse(hashed[1]);
    const answer = raw
      .trim()
      .replace(/^[#＃]\s*[0-9０-９]{1,9}\s*[:：,，]?/u, '')
      .trim();
    if (ticket.success && answer) return { kind: 'answer', ticket: ticket.data, text: answer };
  }
  // starts like a command but is not one ("延长一下", "下班了", "off duty"): ask, never post it as an answer
  if (COMMANDISH.test(text)) return { kind: 'unclear', text: raw.trim() };
  return { kind: 'text', text: raw.trim() };
}

const COMMANDISH =
  /^(?:延长|续期|下班|上班|值班|放回|释放|退单|结束|关闭|转科|接单|(?:more|off|on|release|close|claim|next|transfer|mine|queue|status|help|answer)(?![a-z]))/iu;

/** True when only a doctor may send this (a non-doctor sending it is refused clearly, not queued as a question). */
export function isDoctorOnlyCommand(cmd: DoctorCommand): boolean {
  // a half-command ("Ask a doctor: …", "转院需要什么手续") from a non-doctor is a question, not a refused command
  return cmd.kind !== 'text' && cmd.kind !== 'help' && cmd.kind !== 'usage' && cmd.kind !== 'unclear';
}
