import { texts } from '../domain/texts';
import type { Store } from '../store/store';
import { PRIORITY } from '../store/outbox-repo';
import type { AppSettings } from './context';
import { dmBotFor } from './delivery-outcomes';
import type { Effect } from './ports';
import { queueMessage, sendEffect } from './reply';

/**
 * Tells every on-duty doctor of the ticket's specialty about it, by DM from the account each doctor talks to (and,
 * for an emergency, off-duty doctors who opted in). A doctor who already got `digestAfter` notices within the window
 * gets this one in their next digest instead (see `sendDigests`). Idempotent: one notification per (ticket, doctor),
 * however often the dispatch job runs.
 */
export function sendDigests(store: Store, settings: AppSettings, now: number): Effect[] {
  return store.transaction(() => {
    const effects: Effect[] = [];
    const ctx = { store, settings, now };
    for (const [doctorId, tickets] of store.consultations.takeDigests(now)) {
      const doctor = store.people.doctor(doctorId);
      if (!doctor?.active || tickets.length === 0) continue;
      const text = texts.digest(
        tickets.map((c) => ({ ticket: c.id, specialty: c.specialty, urgency: c.urgency, question: c.text })),
      );
      effects.push(
        ...queueMessage(
          ctx,
          { botId: dmBotFor(settings, doctor.dmBotId, doctorId), toId: doctorId, isGroup: false, text },
          { kind: 'digest', priority: PRIORITY.notify },
        ),
      );
    }
    return effects;
  });
}

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
    let digested = 0;
    for (const d of doctors) {
      // many at once: after `digestAfter` notices in the window, the rest come as one digest (emergencies never wait)
      if (
        c.urgency !== 'emergency' &&
        store.outbox.recentTo(d.id, ['notify', 'digest'], now - settings.notifications.digestWindowMs) >=
          settings.notifications.digestAfter
      ) {
        store.consultations.queueForDigest(c.id, d.id, now);
        digested++;
        continue;
      }
      const row = store.outbox.add(
        { botId: dmBotFor(settings, d.dmBotId, d.id), toId: d.id, isGroup: false, text, mentions: [] },
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
    return {
      outcome: `notified ${effects.length} of ${doctors.length} on-duty doctors${digested > 0 ? `, ${digested} by digest` : ''}`,
      effects,
    };
  });
}
