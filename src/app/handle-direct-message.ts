import { isDoctorOnlyCommand, parseDoctorCommand } from '../domain/doctor-command';
import { MAX_MESSAGE_CHARS, smallTalk, tooLong } from '../domain/intake';
import { texts } from '../domain/texts';
import { classify } from '../domain/triage';
import type { Inbound } from '../domain/types';
import type { HandlerContext, HandlerResult } from './context';
import { handleDoctorCommand } from './doctor-commands';
import { openConsultation } from './open-consultation';
import { followUp, handleAskerCommand } from './asker-requests';
import { parseAskerCommand } from '../domain/asker-command';
import { dm } from './reply';
import { type ParsedAdmin } from '../domain/admin-command';
import { normalizeText } from '../domain/normalize';
import { commandIn, handleAdminCommand } from './admin-commands';

/**
 * A DM to the bot. `/commands` (admins, cadres, managers; `/help` and `/id` for all) come first. Doctors command it; anyone else asks a question privately (a ticket answered by DM), gets the
 * intro for a greeting, and is refused clearly when trying a doctor's command.
 */
export function handleDirectMessage(ctx: HandlerContext, m: Inbound): HandlerResult {
  const reply = (text: string, outcome: string): HandlerResult => ({
    outcome,
    effects: dm(ctx, m.botId, m.sender.id, text, 'reply'),
  });
  if (m.kind !== 'text') return reply(texts.unreadable(m.kind), `unreadable ${m.kind}`);
  if (tooLong(m.text)) return reply(texts.tooLong(Array.from(m.text).length, MAX_MESSAGE_CHARS), 'too long');
  const admin = commandIn(ctx, m.sender.id, m.text) ?? bareConfirm(ctx, m);
  const doctor = ctx.store.people.doctor(m.sender.id);
  // a doctor's "/queue" without an admin's or cadre's role is their own queue command
  if (admin?.ok && admin.command.name === 'queue' && doctor?.active && !overseesQueues(ctx, m.sender.id))
    return handleDoctorCommand(ctx, m.botId, doctor, { kind: 'queue' });
  if (admin) return handleAdminCommand(ctx, m, admin);

  const cmd = parseDoctorCommand(m.text);
  if (doctor?.active) return handleDoctorCommand(ctx, m.botId, doctor, cmd);

  if (isDoctorOnlyCommand(cmd)) return reply(texts.notADoctor(), `refused ${cmd.kind}: not a doctor`);
  const botName = ctx.settings.botNames[m.botId] ?? '';
  const talk = smallTalk(m.text);
  if (talk === 'thanks') return reply(texts.youAreWelcome(), 'thanks');
  if (cmd.kind === 'help' || m.text.trim().length === 0 || talk === 'greeting') {
    return reply(texts.dmIntro(botName), 'intro');
  }
  const asker = parseAskerCommand(m.text);
  if (asker) return handleAskerCommand(ctx, m, asker);
  const question = m.text.trim();
  // while a question of theirs is open, what they write by DM belongs to it (the same doctor sees it)
  // (the one a doctor is waiting on first, then the newest)
  const open =
    ctx.store.consultations.awaitingAsker(m.sender.id) ??
    ctx.store.consultations
      .openOfAsker(m.sender.id)
      .filter((c) => c.status === 'queued' || c.status === 'claimed')
      .at(-1);
  if (open) return followUp(ctx, m, open, question);
  return openConsultation(ctx, m, question, classify(question, ctx.settings.lexicon));
}

/**
 * "confirm" or "确认" alone: a broadcast's confirmation from someone with a preview waiting, or from anyone who may
 * broadcast (then they hear that nothing waits, rather than opening a medical question).
 */
function bareConfirm(ctx: HandlerContext, m: Inbound): ParsedAdmin | null {
  if (!/^(?:confirm|确认|確認)$/iu.test(normalizeText(m.text))) return null;
  const draft = ctx.store.broadcasts.draftOf(m.sender.id, ctx.now - ctx.settings.broadcastConfirmMs);
  if (draft) return { ok: true, command: { name: 'confirm', id: draft.id } };
  const mayBroadcast = ctx.store.people
    .roles(m.sender.id)
    .some((g) => g.role === 'admin' || g.role === 'cadre');
  return mayBroadcast ? { ok: true, command: { name: 'confirm', id: null } } : null;
}

/** Whether the person may see the queues overview (`/queue`): an admin or a cadre. */
function overseesQueues(ctx: HandlerContext, personId: string): boolean {
  return ctx.store.people.roles(personId).some((g) => g.role === 'admin' || g.role === 'cadre');
}
