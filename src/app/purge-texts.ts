import type { Store } from '../store/store';
import type { AppSettings } from './context';

export const PURGED = '（已按保留期限删除）';

/**
 * Data minimisation (run by the tick): a finished consultation asked longer ago than the retention loses its
 * question, its answer, and the text of the messages that carried them; numbers for reports stay. Returns how many.
 */
export function purgeOldTexts(store: Store, settings: AppSettings, now: number): number {
  if (settings.retentionMs <= 0) return 0;
  const before = now - settings.retentionMs;
  return store.transaction(() => {
    const ids = store.db
      .prepare<[number], { id: number }>(
        `SELECT id FROM consultations WHERE purged_at IS NULL AND created_at < ?
           AND status IN ('answered', 'closed', 'cancelled') LIMIT 1000`,
      )
      .all(before)
      .map((r) => r.id);
    const purge = store.db.prepare(
      `UPDATE consultations SET text = @t, answer = CASE WHEN answer IS NULL THEN NULL ELSE @t END, purged_at = @now
       WHERE id = @id`,
    );
    const messages = store.db.prepare(
      "UPDATE outbound_messages SET text = @t WHERE consultation_id = @id AND status <> 'pending'",
    );
    for (const id of ids) {
      purge.run({ t: PURGED, now, id });
      messages.run({ t: PURGED, id });
    }
    return ids.length;
  });
}
