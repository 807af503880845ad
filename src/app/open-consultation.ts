import { wallClock } from '../domain/roster';
import { crisisText, emergencyText, firstEmergencyNumber } from '../domain/emergency';
import { texts } from '../domain/texts';
import { isSelfHarm, urgencyOf, type Triage } from '../domain/triage';
import type { Inbound, Specialty, Urgency } from '../domain/types';
import { PRIORITY } from '../store/outbox-repo';
import type { HandlerContext, HandlerResult } from './context';
import type { Effect } from './ports';
import { queueMessage } from './reply';
import { nextShiftStart } from './apply-rosters';

/** The most questions one person may have waiting or with a doctor at once (emergencies always get through). */
export const MAX_OPEN_PER_ASKER = 5;

/** Queues whose answers go by DM only (the group sees the acknowledgement). */
const PRIVATE_QUEUES: ReadonlySet<Specialty> = new Set(['psychology', 'maternal']);
/** The asker asks for a private answer. */
export const ASKS_PRIVACY = /私信|私聊|私下|单独回复|in privato|en privado|privately|by dm|\bdm me\b/iu;

/**
 * Opens a ticket for a question (from a group, or by DM when `m.group` is absent) as triaged: stores it,
 * acknowledges the asker with the ticket number and queue only, and asks for dispatch to the on-duty doctors.
 *
 * An emergency first gets the local emergency numbers and the advice to call now, before and independent of any
 * doctor (it is the first message queued, at the highest priority); its ticket goes to the top of its queue.
 * Something addressed to the bot that triage cannot place goes to `general`, where a doctor reads it.
 */
export function openConsultation(
  ctx: HandlerContext,
  m: Inbound,
  question: string,
  triage: Triage,
): HandlerResult {
  const specialty: Specialty = triage.specialty ?? 'general';
  // addressed to the bot but not read as a consultation (news-like wording, a policy word): its red flags still count
  const urgency: Urgency = triage.urgency ?? urgencyOf(triage.rules);
  // one person cannot fill the doctors' queues: beyond a few open questions, new ones wait (never an emergency)
  const open = ctx.store.consultations
    .openOfAsker(m.sender.id)
    .filter((t) => t.status === 'queued' || t.status === 'claimed');
  if (urgency !== 'emergency' && open.length >= MAX_OPEN_PER_ASKER) {
    const effects = queueMessage(
      ctx,
      {
        botId: m.botId,
        toId: m.group?.id ?? m.sender.id,
        isGroup: !!m.group,
        text: texts.tooManyOpen(open.map((t) => t.id)),
        mentions: m.group ? [m.sender.id] : [],
      },
      { kind: 'notice' },
    );
    return { outcome: `refused: ${open.length} open questions`, effects };
  }
  const c = ctx.store.consultations.create(
    {
      botId: m.botId,
      groupId: m.group?.id ?? null,
      askerId: m.sender.id,
      askerName: m.sender.name,
      sourceMsgId: m.msgId,
      text: question,
      specialty,
      urgency,
      private: PRIVATE_QUEUES.has(specialty) || ASKS_PRIVACY.test(question),
    },
    ctx.now,
    { kind: triage.kind, confidence: triage.confidence, rules: triage.rules.map((r) => r.id) },
  );
  const isGroup = !!m.group;
  const to = {
    botId: m.botId,
    toId: m.group?.id ?? m.sender.id,
    isGroup,
    mentions: isGroup ? [m.sender.id] : [],
  };
  const effects: Effect[] = [];
  const group = m.group ? ctx.store.groups.get(m.group.id) : null;
  const timezone = group?.timezone ?? 'Europe/Rome';
  const country = m.group ? (group?.country ?? null) : ctx.store.people.countryOf(m.sender.id);
  if (c.urgency === 'emergency') {
    const selfHarm = isSelfHarm(triage);
    // in a group, the crisis line goes to the asker privately; the group sees only the emergency numbers
    effects.push(
      ...queueMessage(
        ctx,
        { ...to, text: emergencyText(ctx.settings.emergency, country, selfHarm && !isGroup) },
        { kind: 'emergency', consultationId: c.id, priority: PRIORITY.emergency },
      ),
    );
    const crisis = selfHarm && isGroup ? crisisText(ctx.settings.emergency, country) : null;
    if (crisis)
      effects.push(
        ...queueMessage(
          ctx,
          { botId: m.botId, toId: m.sender.id, isGroup: false, text: crisis },
          { kind: 'emergency', consultationId: c.id, priority: PRIORITY.emergency },
        ),
      );
  }
  const onDuty = ctx.store.people.onDutyDoctors(c.specialty).length;
  effects.push(
    ...queueMessage(
      ctx,
      {
        ...to,
        text:
          c.urgency === 'emergency'
            ? texts.emergencyAck(c.id, c.specialty, isGroup, onDuty, {
                privately: c.private,
                botName: ctx.settings.botNames[m.botId],
              })
            : texts.ack(
                c.id,
                c.specialty,
                isGroup,
                onDuty,
                firstEmergencyNumber(ctx.settings.emergency, country),
                {
                  ahead: ctx.store.consultations.ahead(c.id),
                  nextShift:
                    onDuty > 0 ? null : whenLocal(nextShiftStart(ctx.store, c.specialty, ctx.now), timezone),
                  privately: c.private,
                  botName: ctx.settings.botNames[m.botId],
                },
              ),
      },
      {
        kind: 'ack',
        consultationId: c.id,
        priority: c.urgency === 'emergency' ? PRIORITY.emergency : PRIORITY.interactive,
      },
    ),
  );
  return {
    outcome: `consultation #${c.id} ${c.specialty}/${c.urgency}`,
    effects: [
      ...effects,
      { kind: 'dispatch', ticket: c.id, version: c.version, specialty: c.specialty, urgency: c.urgency },
    ],
  };
}

/** "在3月20日 09:00（当地时间）" in the asker's time zone, or null. */
function whenLocal(instant: number | null, timezone: string): string | null {
  if (instant === null) return null;
  const { m, d, minute } = wallClock(instant, timezone);
  const hhmm = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
  return `在${m}月${d}日 ${hhmm}（当地时间）`;
}
