import { nextChange, onDutyAt, type Roster } from '../domain/roster';
import { texts } from '../domain/texts';
import type { Specialty } from '../domain/types';
import type { Store } from '../store/store';
import type { AppSettings } from './context';
import { dmBotFor } from './delivery-outcomes';
import type { Effect } from './ports';
import { dm } from './reply';

/**
 * On-duty follows each doctor's roster (run by the tick): at a window's start the doctor goes on duty and is told how
 * many wait; at its end, off duty. A doctor's own on/off holds until the roster next changes, then the roster rules
 * again.
 */
export function applyRosters(store: Store, settings: AppSettings, now: number): Effect[] {
  return store.transaction(() => {
    const ctx = { store, settings, now };
    const effects: Effect[] = [];
    for (const d of store.people.rostered()) {
      if (!d.roster) continue;
      if (d.dutyOverride !== null && d.overrideUntil !== null && d.overrideUntil > now) continue;
      const rostered = onDutyAt(d.roster, now);
      if (rostered === d.onDuty && d.dutyOverride === null) continue;
      store.people.setOnDuty(d.id, rostered, now);
      if (rostered === d.onDuty) continue; // only the override ended
      const text = rostered
        ? texts.shiftStarted(d.specialties, store.consultations.countQueued(d.specialties))
        : texts.shiftEnded(store.consultations.openClaims(d.id).length);
      effects.push(...dm(ctx, dmBotFor(settings, d.dmBotId, d.id), d.id, text, 'roster'));
    }
    return effects;
  });
}

/** When a doctor of `specialty` next comes on duty by roster, or null when no roster says. */
export function nextShiftStart(store: Store, specialty: Specialty, now: number): number | null {
  let best: number | null = null;
  for (const d of store.people.rostered()) {
    if (!d.roster || !d.specialties.includes(specialty)) continue;
    const t = nextChange(d.roster, now, true);
    if (t !== null && (best === null || t < best)) best = t;
  }
  return best;
}

/** Until when a doctor's own on/off holds against their roster: its next change (or 12 h without a roster change). */
export function overrideUntil(roster: Roster, now: number): number {
  const next = nextChange(roster, now, !onDutyAt(roster, now));
  return next ?? now + 12 * 3_600_000;
}
