import type { OutboxRow } from '../store/outbox-repo';
import type { Store } from '../store/store';
import type { Pacer } from './pacer';
import { AccountOfflineError, type Clock, type Sender, type SentListener } from './ports';

export interface DeliverDeps {
  store: Store;
  sender: Sender;
  pacer: Pacer;
  clock: Clock;
  onSent?: SentListener;
}

/**
 * Sends one outbox row through its bot account, paced, and returns it (null when it was already sent: idempotent).
 * Errors propagate so the queue retries with backoff; the row stays pending until it is sent or finally failed.
 */
export async function deliverOutbound(deps: DeliverDeps, outboxId: number): Promise<OutboxRow | null> {
  const row = deps.store.outbox.get(outboxId);
  if (!row || row.status !== 'pending') return null;
  const at = deps.pacer.reserve(row.botId, deps.clock.now());
  await deps.clock.sleepUntil(at);
  try {
    await deps.sender.send(row);
  } catch (err) {
    if (!(err instanceof AccountOfflineError)) {
      deps.store.outbox.recordFailure(outboxId, err instanceof Error ? err.message : String(err));
    }
    throw err;
  }
  deps.store.outbox.markSent(outboxId, at);
  deps.onSent?.({ outboxId, botId: row.botId, at });
  return row;
}
