import { texts } from '../domain/texts';
import type { Store } from '../store/store';
import { PRIORITY } from '../store/outbox-repo';
import type { AppSettings } from './context';
import { dmBotFor } from './delivery-outcomes';
import type { Effect } from './ports';
import { sendEffect } from './reply';

/**
 * Tells every on-duty doctor of the ticket's specialty about it, by DM from the account each doctor talks to.
 * Idempotent: one notification per (ticket, doctor), however often the dispatch job runs.
 */
export function dispatchConsultation(
  store: Store,
  settings: AppSettings,
  ticket: number,
  now: number,
): { outcome: string; effects: Effect[] } {
  return store.transaction(() => {
    const c = store.consultations.get(ticket);
    if (!c) return { outcome: 'unknown ticket', effects: [] };
    if (c.status !== 'queued') {
      store.consultations.markDispatched(c.id, now);
      return { outcome: `not queued (${c.status})`, effects: [] };
    }
    const group = c.groupId ? store.groups.get(c.groupId) : null;
    const text = texts.notifyDoctor({
      ticket: c.id,
      specialty: c.specialty,
      urgency: c.urgency,
      place: group ? { groupName: group.name, country: group.country, city: group.city } : null,
      askerName: c.askerName,
      question: c.text,
      transferredFrom: store.consultations.transferredFrom(c.id),
    });
    const effects: Effect[] = [];
    const lapsed = store.consultations.lapsedDoctors(c.id);
    const doctors = [
      ...store.people.onDutyDoctors(c.specialty),
      // emergencies also reach off-duty doctors who opted in
      ...(c.urgency === 'emergency' ? store.people.offDutyEmergencyAlerts(c.specialty) : []),
    ].filter((d) => !lapsed.has(d.id));
    for (const d of doctors) {
      const row = store.outbox.add(
        { botId: dmBotFor(settings, d.dmBotId), toId: d.id, isGroup: false, text, mentions: [] },
        {
          priority: c.urgency === 'emergency' ? PRIORITY.emergency : PRIORITY.notify,
          kind: 'notify',
          consultationId: c.id,
          // per version: a ticket back in the queue (a lapsed claim) is announced again
          dedupeKey: `notify-${c.id}-v${c.version}-${d.id}`,
        },
        now,
      );
      if (row) effects.push(sendEffect(row));
    }
    if (store.consultations.markDispatched(c.id, now)) {
      store.consultations.event(c.id, now, doctors.length > 0 ? 'dispatched' : 'no-doctor-on-duty', null, {
        doctors: doctors.length,
      });
    }
    return { outcome: `notified ${effects.length} of ${doctors.length} on-duty doctors`, effects };
  });
}
