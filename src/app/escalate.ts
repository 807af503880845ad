import { firstEmergencyNumber } from '../domain/emergency';
import { texts } from '../domain/texts';
import type { Consultation } from '../domain/types';
import { PRIORITY } from '../store/outbox-repo';
import type { Store } from '../store/store';
import type { AppSettings } from './context';
import { dmBotFor } from './delivery-outcomes';
import type { Effect } from './ports';
import { queueMessage } from './reply';

/**
 * The clinical SLA (run by the tick): an unclaimed ticket past its urgency's target climbs a ladder, one step per
 * target elapsed, each step once per ticket and recorded — (1) its queue's on-duty doctors are told again, (2) the
 * on-duty `general` doctors are told (and may then claim it), (3) the admins and the group's cadres are told (no
 * health details). A ticket still unclaimed after `closeAfterMs` is closed, and the asker gets an apology with the
 * local emergency number and where else to turn: nothing is silently dropped.
 */
export function escalate(store: Store, settings: AppSettings, now: number): Effect[] {
  return store.transaction(() => {
    const ctx = { store, settings, now };
    const effects: Effect[] = [];
    const steps = store.consultations.escalate(now, (u) => settings.escalation.claimMs[u]);
    for (const { consultation: c, level } of steps) {
      const minutes = Math.round((now - (c.queuedAt ?? c.createdAt)) / 60_000);
      const leftIt = store.consultations.lapsedDoctors(c.id); // doctors who let it go are not asked again
      const group = c.groupId ? store.groups.get(c.groupId) : null;
      const place = group ? { groupName: group.name, country: group.country, city: group.city } : null;
      const recipients =
        level === 3
          ? store.people.overseers(group)
          : store.people
              .onDutyDoctors(level === 1 ? c.specialty : 'general')
              .filter((d) => level === 1 || !d.specialties.includes(c.specialty))
              .filter((d) => !leftIt.has(d.id))
              .map((d) => d.id);
      const text =
        level === 3
          ? texts.escalatedToOverseers(c.id, c.specialty, c.urgency, minutes, place)
          : texts.escalatedToDoctors({
              ticket: c.id,
              specialty: c.specialty,
              urgency: c.urgency,
              minutes,
              widened: level === 2,
              place,
              askerName: c.askerName,
              question: c.text,
            });
      for (const who of recipients) {
        const person = store.people.doctor(who);
        effects.push(
          ...queueMessage(
            ctx,
            {
              botId: dmBotFor(settings, person?.dmBotId ?? store.people.dmBotOf(who), who),
              toId: who,
              isGroup: false,
              text,
            },
            {
              kind: 'escalation',
              consultationId: c.id,
              priority: c.urgency === 'emergency' ? PRIORITY.emergency : PRIORITY.notify,
              dedupeKey: `escalate-${c.id}-${level}-${who}`,
            },
          ),
        );
      }
      store.consultations.event(c.id, now, 'escalation-sent', null, { level, recipients: recipients.length });
    }
    for (const c of store.consultations.expireUnclaimed(now - settings.escalation.closeAfterMs, now))
      effects.push(...tellExpired(store, settings, c, now));
    return effects;
  });
}

function tellExpired(store: Store, settings: AppSettings, c: Consultation, now: number): Effect[] {
  const ctx = { store, settings, now };
  const group = c.groupId ? store.groups.get(c.groupId) : null;
  const country = group ? group.country : store.people.countryOf(c.askerId);
  const hours = Math.round(settings.escalation.closeAfterMs / 3_600_000);
  const text = texts.expired(c.id, hours, firstEmergencyNumber(settings.emergency, country));
  const to = group
    ? { botId: group.botId, toId: group.id, isGroup: true, mentions: [c.askerId] }
    : { botId: c.botId, toId: c.askerId, isGroup: false, mentions: [] };
  return queueMessage(ctx, { ...to, text }, { kind: 'notice', consultationId: c.id });
}
