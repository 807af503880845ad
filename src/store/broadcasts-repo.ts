import type { Db } from './database';

export interface Broadcast {
  id: number;
  senderId: string;
  selector: string;
  text: string;
  status: 'draft' | 'sending' | 'cancelled';
  groupCount: number;
  createdAt: number;
  confirmedAt: number | null;
}

interface Row {
  id: number;
  sender_id: string;
  selector: string;
  text: string;
  status: Broadcast['status'];
  group_count: number;
  created_at: number;
  confirmed_at: number | null;
}

const toBroadcast = (r: Row): Broadcast => ({
  id: r.id,
  senderId: r.sender_id,
  selector: r.selector,
  text: r.text,
  status: r.status,
  groupCount: r.group_count,
  createdAt: r.created_at,
  confirmedAt: r.confirmed_at,
});

/** Broadcast drafts, their confirmation (a compare-and-set: sent once), and each group's outbox row. */
export class BroadcastsRepo {
  private readonly insertStmt;
  private readonly getStmt;
  private readonly latestStmt;
  private readonly latestSentStmt;
  private readonly draftStmt;
  private readonly confirmStmt;
  private readonly cancelStmt;
  private readonly deliveryStmt;
  private readonly reportStmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare(
      `INSERT INTO broadcasts (sender_id, selector, text, status, group_count, created_at)
       VALUES (@senderId, @selector, @text, 'draft', @groupCount, @now)`,
    );
    this.getStmt = db.prepare<[number], Row>('SELECT * FROM broadcasts WHERE id = ?');
    this.latestStmt = db.prepare<[string], Row>(
      "SELECT * FROM broadcasts WHERE sender_id = ? AND status <> 'cancelled' ORDER BY id DESC LIMIT 1",
    );
    this.latestSentStmt = db.prepare<[string], Row>(
      "SELECT * FROM broadcasts WHERE sender_id = ? AND status = 'sending' ORDER BY id DESC LIMIT 1",
    );
    this.draftStmt = db.prepare<[string, number], Row>(
      "SELECT * FROM broadcasts WHERE sender_id = ? AND status = 'draft' AND created_at > ? ORDER BY id DESC LIMIT 1",
    );
    this.confirmStmt = db.prepare(
      `UPDATE broadcasts SET status = 'sending', confirmed_at = ?, group_count = ?
       WHERE id = ? AND status = 'draft' AND created_at > ?`,
    );
    this.cancelStmt = db.prepare(
      "UPDATE broadcasts SET status = 'cancelled' WHERE id = ? AND status = 'draft'",
    );
    this.deliveryStmt = db.prepare(
      'INSERT OR IGNORE INTO broadcast_deliveries (broadcast_id, group_id, outbox_id) VALUES (?, ?, ?)',
    );
    this.reportStmt = db.prepare<[number], { status: string; n: number }>(
      `SELECT o.status, count(*) AS n FROM broadcast_deliveries d JOIN outbound_messages o ON o.id = d.outbox_id
       WHERE d.broadcast_id = ? GROUP BY o.status`,
    );
  }

  createDraft(
    b: { senderId: string; selector: string; text: string; groupCount: number },
    now: number,
  ): number {
    return Number(this.insertStmt.run({ ...b, now }).lastInsertRowid);
  }

  get(id: number): Broadcast | null {
    const r = this.getStmt.get(id);
    return r ? toBroadcast(r) : null;
  }

  /** The sender's newest broadcast that was not cancelled. */
  latestOf(senderId: string): Broadcast | null {
    const r = this.latestStmt.get(senderId);
    return r ? toBroadcast(r) : null;
  }

  /** The sender's newest draft created after `since` (older drafts have expired). */
  draftOf(senderId: string, since: number): Broadcast | null {
    const r = this.draftStmt.get(senderId, since);
    return r ? toBroadcast(r) : null;
  }

  /** Draft → sending to `groups` groups, once: false when it was confirmed, cancelled or expired already. */
  confirm(id: number, now: number, createdAfter: number, groups: number): boolean {
    return this.confirmStmt.run(now, groups, id, createdAfter).changes === 1;
  }

  /** The sender's newest broadcast that is being (or was) sent. */
  latestSentOf(senderId: string): Broadcast | null {
    const r = this.latestSentStmt.get(senderId);
    return r ? toBroadcast(r) : null;
  }

  cancel(id: number): boolean {
    return this.cancelStmt.run(id).changes === 1;
  }

  addDelivery(id: number, groupId: string, outboxId: number): void {
    this.deliveryStmt.run(id, groupId, outboxId);
  }

  /** How the broadcast's messages stand: sent, failed, still queued. */
  report(id: number): { sent: number; failed: number; queued: number } {
    const by = new Map(this.reportStmt.all(id).map((r) => [r.status, r.n]));
    return { sent: by.get('sent') ?? 0, failed: by.get('failed') ?? 0, queued: by.get('pending') ?? 0 };
  }
}
