import { TicketNumber } from './doctor-command';
import { normalizeText } from './normalize';

/** What a compatriot may ask the bot about their own questions (DM, or in a group mentioning the bot). */
export type AskerCommand = { kind: 'status' } | { kind: 'cancel'; ticket: number } | { kind: 'cancel-usage' };

export function parseAskerCommand(raw: string): AskerCommand | null {
  const text = normalizeText(raw)
    .toLowerCase()
    .replace(/[?？!！。.~～]+$|呢$|吗$/u, '');
  if (/^(?:status|我的咨询|咨询状态|状态|进度)$/u.test(text)) return { kind: 'status' };
  const cancel = /^(?:cancel|取消|撤销|撤回)\s*#?\s*(\d{1,9})$/u.exec(text);
  if (cancel) {
    const ticket = TicketNumber.safeParse(cancel[1]);
    return ticket.success ? { kind: 'cancel', ticket: ticket.data } : { kind: 'cancel-usage' };
  }
  if (/^(?:cancel|取消|取消咨询|撤回)$/u.test(text)) return { kind: 'cancel-usage' };
  return null;
}

/**
 * The ticket a group message refers to, when it follows up on one: "#12" anywhere in a message to the bot, or a
 * quoted acknowledgement ("编号 #12"). Null when it names none.
 */
export function referencedTicket(raw: string): number | null {
  const m = /(?:编号\s*)?#\s*(\d{1,9})(?!\d)/u.exec(normalizeText(raw));
  if (!m) return null;
  const t = TicketNumber.safeParse(m[1]);
  return t.success ? t.data : null;
}
