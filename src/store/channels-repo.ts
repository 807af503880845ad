import type { Db } from './database';

export type IdentityPlatform = 'dingtalk' | 'wechat-oa';

/** People's ids on other platforms, and the Official Account's send windows and parked messages. */
export class ChannelsRepo {
  private readonly personStmt;
  private readonly platformIdStmt;
  private readonly linkStmt;
  private readonly openStmt;
  private readonly windowStmt;
  private readonly takeStmt;
  private readonly parkStmt;
  private readonly parkedStmt;
  private readonly unparkStmt;

  constructor(db: Db) {
    this.personStmt = db.prepare<[string, string], { person_id: string }>(
      'SELECT person_id FROM person_identities WHERE platform = ? AND platform_id = ?',
    );
    this.platformIdStmt = db.prepare<[string, string], { platform_id: string }>(
      'SELECT platform_id FROM person_identities WHERE person_id = ? AND platform = ? ORDER BY platform_id LIMIT 1',
    );
    this.linkStmt = db.prepare(
      `INSERT INTO person_identities (platform, platform_id, person_id) VALUES (?, ?, ?)
       ON CONFLICT (platform, platform_id) DO UPDATE SET person_id = excluded.person_id`,
    );
    this.openStmt = db.prepare(
      `INSERT INTO oa_windows (bot_id, openid, opened_at, sends_left) VALUES (@botId, @openid, @at, @sends)
       ON CONFLICT (bot_id, openid) DO UPDATE SET opened_at = excluded.opened_at, sends_left = excluded.sends_left
       WHERE excluded.opened_at > oa_windows.opened_at`,
    );
    this.windowStmt = db.prepare<[string, string], { opened_at: number; sends_left: number }>(
      'SELECT opened_at, sends_left FROM oa_windows WHERE bot_id = ? AND openid = ?',
    );
    this.takeStmt = db.prepare(
      `UPDATE oa_windows SET sends_left = sends_left - 1
       WHERE bot_id = @botId AND openid = @openid AND sends_left > 0 AND opened_at > @openedAfter`,
    );
    this.parkStmt = db.prepare(
      'INSERT INTO oa_parked (bot_id, openid, text, created_at) VALUES (?, ?, ?, ?)',
    );
    this.parkedStmt = db.prepare<[string, string], { id: number; text: string }>(
      'SELECT id, text FROM oa_parked WHERE bot_id = ? AND openid = ? AND sent_at IS NULL ORDER BY id',
    );
    this.unparkStmt = db.prepare('UPDATE oa_parked SET sent_at = ? WHERE id = ? AND sent_at IS NULL');
  }

  personOf(platform: IdentityPlatform, platformId: string): string | null {
    return this.personStmt.get(platform, platformId)?.person_id ?? null;
  }

  platformIdOf(personId: string, platform: IdentityPlatform): string | null {
    return this.platformIdStmt.get(personId, platform)?.platform_id ?? null;
  }

  link(platform: IdentityPlatform, platformId: string, personId: string): void {
    this.linkStmt.run(platform, platformId, personId);
  }

  /** A user wrote at `at`: their window opens afresh (a retry of the same message, same time, changes nothing). */
  openWindow(botId: string, openid: string, at: number, sends: number): void {
    this.openStmt.run({ botId, openid, at, sends });
  }

  window(botId: string, openid: string): { openedAt: number; sendsLeft: number } | null {
    const r = this.windowStmt.get(botId, openid);
    return r ? { openedAt: r.opened_at, sendsLeft: r.sends_left } : null;
  }

  /** Uses one send of a window opened after `openedAfter`; false when there is none left (or it has closed). */
  takeSend(botId: string, openid: string, openedAfter: number): boolean {
    return this.takeStmt.run({ botId, openid, openedAfter }).changes === 1;
  }

  park(botId: string, openid: string, text: string, now: number): void {
    this.parkStmt.run(botId, openid, text, now);
  }

  parked(botId: string, openid: string): Array<{ id: number; text: string }> {
    return this.parkedStmt.all(botId, openid);
  }

  unpark(id: number, now: number): boolean {
    return this.unparkStmt.run(now, id).changes === 1;
  }
}
