import type { Tip } from '../domain/tips';
import type { Db } from './database';

/** Tips posted to groups (once a day each, by a unique index) and tips admins added from chat. */
export class TipsRepo {
  private readonly dailyStmt;
  private readonly historyStmt;
  private readonly recordStmt;
  private readonly customStmt;
  private readonly addCustomStmt;
  private readonly countCustomStmt;
  private readonly emergencyStmt;
  private readonly dropStmt;
  private readonly releaseStmt;
  private readonly dayStmt;
  private readonly reviewStmt;

  constructor(db: Db) {
    this.dailyStmt = db.prepare<[string, string], { n: number }>(
      "SELECT count(*) AS n FROM tip_deliveries WHERE group_id = ? AND local_date = ? AND kind = 'daily'",
    );
    // a tip that never reached the group (dropped or failed) does not count as seen
    this.historyStmt = db.prepare<[string], { tip_id: string; at: number }>(
      `SELECT d.tip_id, max(d.at) AS at FROM tip_deliveries d LEFT JOIN outbound_messages o ON o.id = d.outbox_id
       WHERE d.group_id = ? AND (o.status IS NULL OR o.status <> 'failed') GROUP BY d.tip_id`,
    );
    this.dropStmt = db.prepare(
      `UPDATE outbound_messages SET status = 'failed', last_error = @reason
       WHERE kind = 'tip' AND to_id = @groupId AND status = 'pending'`,
    );
    this.releaseStmt = db.prepare("DELETE FROM tip_deliveries WHERE outbox_id = ? AND kind = 'daily'");
    this.dayStmt = db.prepare<[number], { local_date: string }>(
      'SELECT local_date FROM tip_deliveries WHERE outbox_id = ?',
    );
    this.reviewStmt = db.prepare('UPDATE custom_tips SET reviewed_by = ? WHERE id = ?');
    this.recordStmt = db.prepare(
      `INSERT OR IGNORE INTO tip_deliveries (group_id, local_date, tip_id, kind, outbox_id, at)
       VALUES (@groupId, @localDate, @tipId, @kind, @outboxId, @at)`,
    );
    this.customStmt = db.prepare<[], { id: string; zh: string; source: string; reviewed_by: string }>(
      'SELECT id, zh, source, reviewed_by FROM custom_tips ORDER BY created_at, id',
    );
    this.addCustomStmt = db.prepare(
      `INSERT INTO custom_tips (id, zh, source, reviewed_by, added_by, created_at)
       VALUES (@id, @zh, @source, @reviewedBy, @addedBy, @now)`,
    );
    this.countCustomStmt = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM custom_tips');
    this.emergencyStmt = db.prepare<{ groupId: string; since: number }, { n: number }>(
      `SELECT count(*) AS n FROM consultations WHERE group_id = @groupId AND urgency = 'emergency'
         AND (status IN ('queued', 'claimed') OR created_at > @since)`,
    );
  }

  /** Whether the group had its daily tip on that local date. */
  hadDaily(groupId: string, localDate: string): boolean {
    return (this.dailyStmt.get(groupId, localDate)?.n ?? 0) > 0;
  }

  /** Tip id → when the group last got it. */
  history(groupId: string): Map<string, number> {
    return new Map(this.historyStmt.all(groupId).map((r) => [r.tip_id, r.at]));
  }

  /** Records a posted tip; false when that group already had its daily tip on that date (nothing recorded). */
  record(d: {
    groupId: string;
    localDate: string;
    tipId: string;
    kind: 'daily' | 'manual';
    outboxId: number | null;
    at: number;
  }): boolean {
    return this.recordStmt.run(d).changes === 1;
  }

  /** Tips added by admins, as library tips (Chinese only, tagged `other`). */
  custom(): Tip[] {
    return this.customStmt.all().map((r) => ({
      id: r.id,
      zh: r.zh,
      translations: {},
      tags: { topic: 'other', season: 'any', audience: 'all' },
      source: { name: r.source },
      reviewedBy: r.reviewed_by,
    }));
  }

  addCustom(t: { zh: string; source: string; reviewedBy: string; addedBy: string }, now: number): string {
    const id = `custom-${(this.countCustomStmt.get()?.n ?? 0) + 1}`;
    this.addCustomStmt.run({ ...t, id, now });
    return id;
  }

  /** Drops the group's tips still waiting to go out (an offline account must not post a pile of them later). */
  dropWaiting(groupId: string, reason: string): number {
    return this.dropStmt.run({ groupId, reason }).changes;
  }

  /** A daily tip that did not go out frees its day, so a later tick that day may post one. */
  release(outboxId: number): void {
    this.releaseStmt.run(outboxId);
  }

  /** The local date a posted tip was for. */
  dayOf(outboxId: number): string | null {
    return this.dayStmt.get(outboxId)?.local_date ?? null;
  }

  /** A doctor reviewed an admin's tip: it joins the rotation. False when there is no such tip. */
  review(id: string, reviewedBy: string): boolean {
    return this.reviewStmt.run(reviewedBy, id).changes === 1;
  }

  /** An emergency in the group still open, or opened after `since`. */
  emergencyActive(groupId: string, since: number): boolean {
    return (this.emergencyStmt.get({ groupId, since })?.n ?? 0) > 0;
  }
}
