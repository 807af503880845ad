import type { OutboxRow } from '../store/outbox-repo';
import type { Store } from '../store/store';
import type { Pacer } from './pacer';
import {
  AccountOfflineError,
  SendOutcomeUnknownError,
  type Clock,
  type Sender,
  type SentListener,
} from './ports';

/** Group messages whose repetition after a crash is worse than their loss. */
const AT_MOST_ONCE: ReadonlySet<string> = new Set(['ack', 'notice', 'tip', 'broadcast', 'command']);

export interface DeliverDeps {
  store: Store;
  sender: Sender;
  pacer: Pacer;
  clock: Clock;
  onSent?: SentListener;
  /** Drops a row that should no longer go out (a tip whose group has an emergency now); true when it did. */
  drop?: (row: OutboxRow) => boolean;
}

/**
 * Sends one outbox row through its bot account, paced. Idempotent: returns the row once it has been sent (now or
 * before, so what follows a send can be redone safely), null when it failed for good or does not exist. Errors
 * propagate so the queue retries; the row stays pending until it is sent or finally failed.
 */
export async function deliverOutbound(
  deps: DeliverDeps,
  outboxId: number,
): Promise<(OutboxRow & { parked?: boolean }) | null> {
  const row = deps.store.outbox.get(outboxId);
  if (!row || row.status === 'failed') return null;
  if (row.status === 'sent') return row;
  if (deps.drop?.(row)) return null;
  // the last try died mid-send (the process was killed, or the call was cut off): WeChat may already have it. A notice in a group
  // (acknowledgement, tip, broadcast, reminder) is not sent twice; an answer or a doctor's message is (a repeated
  // answer is better than a lost one)
  const inFlightSince = deps.store.outbox.sendingAt(outboxId);
  if (inFlightSince !== null && row.isGroup && AT_MOST_ONCE.has(row.kind)) {
    deps.store.outbox.markSentUnconfirmed(outboxId, inFlightSince);
    return row;
  }
  if (inFlightSince !== null) deps.store.outbox.noteResend(outboxId);
  if (!deps.sender.ready(row.botId))
    throw new AccountOfflineError(`bot account ${row.botId} is not logged in`);
  const at = deps.pacer.reserve(row.botId, deps.clock.now());
  await deps.clock.sleepUntil(at);
  deps.store.outbox.markSending(outboxId, at);
  let parked = false;
  try {
    parked = (await deps.sender.send(row))?.parked === true;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    // cut off mid-call: still in flight, so the next try follows the crash policy above
    if (err instanceof SendOutcomeUnknownError) deps.store.outbox.recordAttempt(outboxId, message);
    // the platform answered (an error): the send is over, not in flight
    else if (!(err instanceof AccountOfflineError)) deps.store.outbox.recordFailure(outboxId, message);
    else deps.store.outbox.clearSending(outboxId);
    throw err;
  }
  deps.store.outbox.markSent(outboxId, at);
  deps.onSent?.({ outboxId, botId: row.botId, at });
  if (parked) return { ...row, parked };
  return row;
}
