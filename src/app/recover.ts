import type { Store } from '../store/store';
import type { Effect } from './ports';
import { sendEffect } from './reply';

/**
 * What the store says must still happen: pending outbox rows (created at or before `createdBefore`) and queued
 * tickets never dispatched. Re-publishing them is harmless: queue job ids are derived from row ids.
 */
export function pendingEffects(store: Store, createdBefore: number): Effect[] {
  const sends: Effect[] = store.outbox.pending(createdBefore).map(sendEffect);
  const dispatches: Effect[] = store.consultations.undispatched().map((c) => ({
    kind: 'dispatch',
    ticket: c.id,
    version: c.version,
    specialty: c.specialty,
    urgency: c.urgency,
  }));
  return [...dispatches, ...sends];
}
