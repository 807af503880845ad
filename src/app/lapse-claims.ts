import { texts } from '../domain/texts';
import type { Store } from '../store/store';
import type { AppSettings } from './context';
import { dmBotFor } from './delivery-outcomes';
import type { Effect } from './ports';
import { dm } from './reply';

/**
 * Nothing waits forever on a doctor who went quiet: a doctor whose lease is running out is reminded once (and may
 * `more` to extend); a claim unanswered past its lease goes back to the queue, its doctor is told, and the on-duty
 * doctors are notified again.
 */
export function lapseClaims(store: Store, settings: AppSettings, now: number): Effect[] {
  return store.transaction(() => {
    const effects: Effect[] = [];
    const ctx = { store, settings, now };
    const minutes = Math.round(settings.leaseMs / 60_000);
    for (const { id, doctorId, leaseExpiresAt } of store.consultations.nudgeDue(
      now,
      settings.nudgeBeforeMs,
    )) {
      if (leaseExpiresAt <= now) continue; // lapsing right now: the lapse below tells them
      const doctor = store.people.doctor(doctorId);
      const left = Math.max(1, Math.round((leaseExpiresAt - now) / 60_000));
      effects.push(
        ...dm(
          ctx,
          dmBotFor(settings, doctor?.dmBotId ?? null),
          doctorId,
          texts.leaseNudge(id, left),
          'reply',
          id,
        ),
      );
    }
    for (const { id, doctorId } of store.consultations.lapseClaims(now)) {
      const doctor = store.people.doctor(doctorId);
      effects.push(
        ...dm(
          ctx,
          dmBotFor(settings, doctor?.dmBotId ?? null),
          doctorId,
          texts.claimLapsed(id, minutes),
          'reply',
          id,
        ),
      );
      const c = store.consultations.get(id);
      if (c)
        effects.push({
          kind: 'dispatch',
          ticket: id,
          version: c.version,
          specialty: c.specialty,
          urgency: c.urgency,
        });
    }
    return effects;
  });
}
