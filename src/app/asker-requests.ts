import type { AskerCommand } from '../domain/asker-command';
import { texts } from '../domain/texts';
import { classify } from '../domain/triage';
import { ASKS_PRIVACY, openConsultation } from './open-consultation';
import type { Consultation, Inbound } from '../domain/types';
import type { HandlerContext, HandlerResult } from './context';
import { dmBotFor } from './delivery-outcomes';
import type { Effect } from './ports';
import { dm, queueMessage } from './reply';

/** Where to answer the asker: their group (mentioning them) or their DM. */
function replyTo(ctx: HandlerContext, m: Inbound, text: string, consultationId?: number): Effect[] {
  return m.group
    ? queueMessage(
        ctx,
        { botId: m.botId, toId: m.group.id, isGroup: true, text, mentions: [m.sender.id] },
        { kind: 'reply', consultationId: consultationId ?? null },
      )
    : dm(ctx, m.botId, m.sender.id, text, 'reply', consultationId);
}

/** `我的咨询`/`status` and `取消 <n>`/`cancel <n>`: an asker's own tickets. */
export function handleAskerCommand(ctx: HandlerContext, m: Inbound, cmd: AskerCommand): HandlerResult {
  const { consultations } = ctx.store;
  switch (cmd.kind) {
    case 'status': {
      // in a group, only that group's own tickets that are not private (a DM question stays private)
      const open = consultations
        .openOfAsker(m.sender.id)
        .filter((c) => !m.group || (c.groupId === m.group.id && !c.private))
        .map((c) => ({ ticket: c.id, specialty: c.specialty, status: c.status }));
      return { outcome: `status: ${open.length}`, effects: replyTo(ctx, m, texts.askerStatus(open)) };
    }
    case 'cancel-usage':
      return { outcome: 'usage cancel', effects: replyTo(ctx, m, texts.cancelUsage()) };
    case 'cancel': {
      const before = consultations.cancel(cmd.ticket, m.sender.id, ctx.now);
      if (!before)
        return {
          outcome: `cancel #${cmd.ticket} refused`,
          effects: replyTo(ctx, m, texts.cannotCancel(cmd.ticket)),
        };
      const effects = replyTo(ctx, m, texts.askerCancelled(before.id), before.id);
      if (before.status === 'claimed' && before.claimedBy)
        effects.push(...toDoctor(ctx, before, texts.cancelledToDoctor(before.id)));
      return { outcome: `cancelled #${before.id}`, effects };
    }
  }
}

/**
 * A follow-up from the asker on an open ticket: attached (a waiting ticket's question grows; a claimed one's doctor
 * gets it by DM, and a lease paused by the doctor's question starts again). The asker is told where it went.
 */
export function followUp(ctx: HandlerContext, m: Inbound, c: Consultation, text: string): HandlerResult {
  // a red flag in a follow-up is an emergency of its own: numbers at once, top of the queue, doctors alerted
  const triage = classify(text, ctx.settings.lexicon);
  if (triage.kind === 'consult' && triage.urgency === 'emergency')
    return openConsultation(ctx, m, text, triage);
  ctx.store.consultations.followUp(c.id, m.sender.id, text, ctx.now, ctx.settings.leaseMs);
  if (ASKS_PRIVACY.test(text)) ctx.store.consultations.makePrivate(c.id, ctx.now);
  if (c.status === 'claimed' && c.claimedBy) {
    return {
      outcome: `follow-up #${c.id} forwarded`,
      effects: [
        ...toDoctor(ctx, c, texts.followUpToDoctor(c.id, c.askerName, text)),
        ...replyTo(ctx, m, texts.followUpForwarded(c.id), c.id),
      ],
    };
  }
  return { outcome: `follow-up #${c.id} added`, effects: replyTo(ctx, m, texts.followUpAdded(c.id), c.id) };
}

function toDoctor(ctx: HandlerContext, c: Consultation, text: string): Effect[] {
  if (!c.claimedBy) return [];
  const doctor = ctx.store.people.doctor(c.claimedBy);
  return dm(ctx, dmBotFor(ctx.settings, doctor?.dmBotId ?? null), c.claimedBy, text, 'follow-up', c.id);
}
