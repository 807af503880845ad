import { classify } from '../domain/triage';
import { texts } from '../domain/texts';
import type { Inbound } from '../domain/types';
import { PRIORITY } from '../store/outbox-repo';
import type { HandlerContext, HandlerResult } from './context';
import { queueMessage } from './reply';

/**
 * Opens a ticket for a question (from a group, or by DM when `m.group` is absent): stores it, acknowledges the asker
 * with the ticket number and queue only, and asks for dispatch to the on-duty doctors.
 */
export function openConsultation(ctx: HandlerContext, m: Inbound, question: string): HandlerResult {
  const triage = classify(question, ctx.settings.lexicon);
  const c = ctx.store.consultations.create(
    {
      botId: m.botId,
      groupId: m.group?.id ?? null,
      askerId: m.sender.id,
      askerName: m.sender.name,
      sourceMsgId: m.msgId,
      text: question,
      specialty: triage.specialty,
      urgency: triage.urgency,
    },
    ctx.now,
  );
  const isGroup = !!m.group;
  const ack = queueMessage(
    ctx,
    {
      botId: m.botId,
      toId: m.group?.id ?? m.sender.id,
      isGroup,
      text: texts.ack(c.id, c.specialty, isGroup, ctx.store.people.onDutyDoctors(c.specialty).length),
      mentions: isGroup ? [m.sender.id] : [],
    },
    {
      kind: 'ack',
      consultationId: c.id,
      priority: c.urgency === 'emergency' ? PRIORITY.emergency : PRIORITY.interactive,
    },
  );
  return {
    outcome: `consultation #${c.id} ${c.specialty}/${c.urgency}`,
    effects: [
      ...ack,
      { kind: 'dispatch', ticket: c.id, version: c.version, specialty: c.specialty, urgency: c.urgency },
    ],
  };
}
