import type { Db } from './database';
import type { OutboundMessage } from '../domain/types';

/** What became of a send the process died in the middle of (`outbound_messages.after_crash`, migration 0011). */
export type AfterCrash = 'not-resent' | 'resent';

export interface OutboxRow extends OutboundMessage {
  id: number;
  priority: number;
  kind: string;
  consultationId: number | null;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
}

interface Row {
  id: number;
  bot_id: string;
  to_id: string;
  is_group: number;
  text: string;
  mentions: string;
  priority: number;
  kind: string;
  consultation_id: number | null;
  status: OutboxRow['status'];
  attempts: number;
}

const toOutbox = (r: Row): OutboxRow => ({
  id: r.id,
  botId: r.bot_id,
  toId: r.to_id,
  isGroup: r.is_group === 1,
  text: r.text,
  mentions: JSON.parse(r.mentions) as string[],
  priority: r.priority,
  kind: r.kind,
  consultationId: r.consultation_id,
  status: r.status,
  attempts: r.attempts,
});

export interface OutboxMeta {
  priority: number;
  kind: string;
  consultationId?: number | null;
  /** Makes the insert idempotent: a second add with the same key is ignored and returns null. */
  dedupeKey?: string;
}

/**
 * Priorities of the outbound queues (BullMQ: lower is sooner). Answers never wait behind bulk sends; replies to
 * admin commands wait behind everything a consultation needs, so a flood of commands cannot starve consultations.
 */
export const PRIORITY = { emergency: 1, interactive: 2, notify: 3, command: 4, bulk: 10 } as const;

/**
 * The BullMQ priority of a send: its class first, then the older ticket first (so the order of sends of one class
 * does not depend on which worker queued them first). Stays within BullMQ's 0..2,097,151.
 */
export function queuePriority(priority: number, consultationId: number | null): number {
  return priority * 100_000 + ((consultationId ?? 0) % 100_000);
}

export class OutboxRepo {
  private readonly addStmt;
  private readonly getStmt;
  private readonly sentStmt;
  private readonly attemptStmt;
  private readonly failedStmt;
  private readonly pendingStmt;
  private readonly recentStmt;
  private readonly lastSentStmt;
  private readonly sendingStmt;
  private readonly sendingAtStmt;
  private readonly unconfirmedStmt;
  private readonly resendStmt;
  private readonly afterCrashStmt;

  constructor(private readonly db: Db) {
    this.addStmt = db.prepare(
      `INSERT INTO outbound_messages (bot_id, to_id, is_group, text, mentions, priority, kind, consultation_id,
                                      dedupe_key, created_at)
       VALUES (@botId, @toId, @isGroup, @text, @mentions, @priority, @kind, @consultationId, @dedupeKey, @now)
       ON CONFLICT (dedupe_key) DO NOTHING`,
    );
    this.getStmt = db.prepare<[number], Row>('SELECT * FROM outbound_messages WHERE id = ?');
    this.sentStmt = db.prepare(
      "UPDATE outbound_messages SET status = 'sent', sent_at = ?, attempts = attempts + 1 WHERE id = ? AND status = 'pending'",
    );
    this.attemptStmt = db.prepare(
      'UPDATE outbound_messages SET attempts = attempts + 1, last_error = ? WHERE id = ?',
    );
    this.failedStmt = db.prepare(
      "UPDATE outbound_messages SET status = 'failed', last_error = ? WHERE id = ? AND status = 'pending'",
    );
    this.recentStmt = db.prepare<[string, string, number], { n: number }>(
      `SELECT count(*) AS n FROM outbound_messages
       WHERE to_id = ? AND kind IN (SELECT value FROM json_each(?)) AND created_at >= ?`,
    );
    this.sendingStmt = db.prepare<[number | null, number]>(
      'UPDATE outbound_messages SET sending_at = ? WHERE id = ?',
    );
    this.sendingAtStmt = db.prepare<[number], { sending_at: number | null }>(
      'SELECT sending_at FROM outbound_messages WHERE id = ?',
    );
    this.unconfirmedStmt = db.prepare<[number, number]>(
      "UPDATE outbound_messages SET status = 'sent', sent_at = ?, after_crash = 'not-resent' WHERE id = ? AND status = 'pending'",
    );
    this.resendStmt = db.prepare<[number]>(
      "UPDATE outbound_messages SET after_crash = 'resent' WHERE id = ?",
    );
    this.afterCrashStmt = db.prepare<[number], { after_crash: AfterCrash | null }>(
      'SELECT after_crash FROM outbound_messages WHERE id = ?',
    );
    this.lastSentStmt = db.prepare<[], { bot_id: string; at: number }>(
      "SELECT bot_id, max(sent_at) AS at FROM outbound_messages WHERE status = 'sent' GROUP BY bot_id",
    );
    this.pendingStmt = db.prepare<[number], Row>(
      "SELECT * FROM outbound_messages WHERE status = 'pending' AND created_at <= ? ORDER BY id",
    );
  }

  add(m: OutboundMessage, meta: OutboxMeta, now: number): OutboxRow | null {
    const { changes, lastInsertRowid } = this.addStmt.run({
      botId: m.botId,
      toId: m.toId,
      isGroup: m.isGroup ? 1 : 0,
      text: m.text,
      mentions: JSON.stringify(m.mentions),
      priority: meta.priority,
      kind: meta.kind,
      consultationId: meta.consultationId ?? null,
      dedupeKey: meta.dedupeKey ?? null,
      now,
    });
    return changes === 1 ? this.get(Number(lastInsertRowid)) : null;
  }

  get(id: number): OutboxRow | null {
    const row = this.getStmt.get(id);
    return row ? toOutbox(row) : null;
  }

  /** The row is being handed to the platform now (a crash leaves this set: see `sendingAt`). */
  markSending(id: number, at: number): void {
    this.sendingStmt.run(at, id);
  }

  /** When a send of the row started and never finished (the process died mid-send), or null. */
  sendingAt(id: number): number | null {
    return this.sendingAtStmt.get(id)?.sending_at ?? null;
  }

  markSent(id: number, at: number): boolean {
    return this.sentStmt.run(at, id).changes === 1;
  }

  /**
   * The process died while this row was being sent, and it is not sent again (at most once): counted as sent at
   * `at`, with `after_crash` 'not-resent' (WeChat may or may not have it). One statement, so a kill cannot split it.
   */
  markSentUnconfirmed(id: number, at: number): boolean {
    return this.unconfirmedStmt.run(at, id).changes === 1;
  }

  /** The process died while this row was being sent, and it is sent again (at least once): recorded as 'resent'. */
  noteResend(id: number): void {
    this.resendStmt.run(id);
  }

  /** What became of the row's send after a crash, or null when no send of it was cut short. */
  afterCrash(id: number): AfterCrash | null {
    return this.afterCrashStmt.get(id)?.after_crash ?? null;
  }

  recordFailure(id: number, error: string): void {
    this.recordAttempt(id, error);
    this.clearSending(id);
  }

  /** A try that failed, its outcome unknown: counted, with the error, and left in flight (see `sendingAt`). */
  recordAttempt(id: number, error: string): void {
    this.attemptStmt.run(error.slice(0, 500), id);
  }

  /** The send is over without a result to record (the account was offline). */
  clearSending(id: number): void {
    this.sendingStmt.run(null, id);
  }

  /** Marks a pending row failed; false when it was not pending (already sent or failed). */
  markFailed(id: number, error: string): boolean {
    return this.failedStmt.run(error.slice(0, 500), id).changes === 1;
  }

  /** When each bot account last sent something. */
  /** How many messages of these kinds went (or are going) to a person since `since`. */
  recentTo(toId: string, kinds: readonly string[], since: number): number {
    return this.recentStmt.get(toId, JSON.stringify(kinds), since)?.n ?? 0;
  }

  lastSentAt(): Map<string, number> {
    return new Map(this.lastSentStmt.all().map((r) => [r.bot_id, r.at]));
  }

  /** Pending messages created at or before `createdBefore` (for re-queueing after a crash). */
  pending(createdBefore: number): OutboxRow[] {
    return this.pendingStmt.all(createdBefore).map(toOutbox);
  }
}
