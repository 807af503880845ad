import type { Db } from './database';
import type { GroupField } from '../domain/admin-command';
import type { GroupInfo } from '../domain/types';

interface GroupRow {
  id: string;
  name: string;
  bot_id: string;
  country: string | null;
  district: string | null;
  region: string | null;
  city: string | null;
  association: string | null;
  level: string | null;
  timezone: string;
  language: string;
  paused: number;
  auto_intake: number | null;
  tip_time: string;
  tips_enabled: number;
}

export interface GroupProfile {
  id: string;
  name: string;
  botId: string;
  country?: string | null;
  district?: string | null;
  region?: string | null;
  city?: string | null;
  association?: string | null;
  level?: string | null;
  timezone?: string;
  language?: string;
  /** Take confident questions that do not mention the bot (null/absent: the config default). */
  autoIntake?: boolean | null;
  /** The daily tip's local time (default 09:00) and whether the group gets tips (default yes). */
  tipTime?: string;
  tipsEnabled?: boolean;
}

const toGroup = (r: GroupRow): GroupInfo => ({
  id: r.id,
  name: r.name,
  botId: r.bot_id,
  country: r.country,
  district: r.district,
  region: r.region,
  city: r.city,
  association: r.association,
  level: r.level,
  timezone: r.timezone,
  language: r.language,
  paused: r.paused === 1,
  autoIntake: r.auto_intake === null ? null : r.auto_intake === 1,
  tipTime: r.tip_time,
  tipsEnabled: r.tips_enabled === 1,
});

export class GroupsRepo {
  private readonly getStmt;
  private readonly seenStmt;
  private readonly serveStmt;
  private readonly upsertStmt;
  private readonly allStmt;
  private readonly factsStmt;
  private readonly membershipsStmt;
  private readonly byNameStmt;
  private readonly pauseStmt;
  private readonly intakeStmt;
  private readonly tipsStmt;
  private readonly fieldStmts: Record<GroupField, { run(value: string, now: number, id: string): unknown }>;

  constructor(db: Db) {
    this.getStmt = db.prepare<[string], GroupRow>('SELECT * FROM groups WHERE id = ?');
    // A group appears when an account first hears from it (that account serves it); its name follows WeChat.
    this.seenStmt = db.prepare(
      `INSERT INTO groups (id, name, bot_id, created_at, updated_at) VALUES (@id, @name, @botId, @now, @now)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, updated_at = excluded.updated_at
       WHERE groups.name <> excluded.name`,
    );
    this.factsStmt = db.prepare<{ id: string }, { members: number; managers: string | null; open: number }>(
      `SELECT (SELECT count(*) FROM group_members WHERE group_id = @id) AS members,
              (SELECT group_concat(coalesce(nullif(p.name, ''), r.person_id), '、') FROM roles r
                 LEFT JOIN people p ON p.id = r.person_id WHERE r.role = 'manager' AND r.scope = @id) AS managers,
              (SELECT count(*) FROM consultations WHERE group_id = @id AND status IN ('queued', 'claimed')) AS open`,
    );
    this.membershipsStmt = db.prepare<[string], { n: number }>(
      'SELECT count(*) AS n FROM group_members WHERE person_id = ?',
    );
    this.allStmt = db.prepare<[], GroupRow>('SELECT * FROM groups ORDER BY id');
    this.byNameStmt = db.prepare<[string], GroupRow>('SELECT * FROM groups WHERE name = ? ORDER BY id');
    this.pauseStmt = db.prepare('UPDATE groups SET paused = ?, updated_at = ? WHERE id = ?');
    this.intakeStmt = db.prepare('UPDATE groups SET auto_intake = ?, updated_at = ? WHERE id = ?');
    this.tipsStmt = db.prepare('UPDATE groups SET tips_enabled = ?, updated_at = ? WHERE id = ?');
    // one statement per column: the column name is never built from input
    this.fieldStmts = {
      country: db.prepare('UPDATE groups SET country = ?, updated_at = ? WHERE id = ?'),
      district: db.prepare('UPDATE groups SET district = ?, updated_at = ? WHERE id = ?'),
      region: db.prepare('UPDATE groups SET region = ?, updated_at = ? WHERE id = ?'),
      city: db.prepare('UPDATE groups SET city = ?, updated_at = ? WHERE id = ?'),
      association: db.prepare('UPDATE groups SET association = ?, updated_at = ? WHERE id = ?'),
      level: db.prepare('UPDATE groups SET level = ?, updated_at = ? WHERE id = ?'),
      timezone: db.prepare('UPDATE groups SET timezone = ?, updated_at = ? WHERE id = ?'),
      language: db.prepare('UPDATE groups SET language = ?, updated_at = ? WHERE id = ?'),
      tiptime: db.prepare('UPDATE groups SET tip_time = ?, updated_at = ? WHERE id = ?'),
    };
    this.serveStmt = db.prepare('UPDATE groups SET bot_id = ?, updated_at = ? WHERE id = ?');
    this.upsertStmt = db.prepare(
      `INSERT INTO groups (id, name, bot_id, country, district, region, city, association, level, timezone, language,
                           auto_intake, tip_time, tips_enabled, created_at, updated_at)
       VALUES (@id, @name, @botId, @country, @district, @region, @city, @association, @level, @timezone, @language,
               @autoIntake, @tipTime, @tipsEnabled, @now, @now)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, bot_id = excluded.bot_id, country = excluded.country,
         district = excluded.district, region = excluded.region, city = excluded.city,
         association = excluded.association, level = excluded.level, timezone = excluded.timezone,
         language = excluded.language, auto_intake = excluded.auto_intake, tip_time = excluded.tip_time,
         tips_enabled = excluded.tips_enabled, updated_at = excluded.updated_at`,
    );
  }

  /** Every group, by id (521 in the seed: selectors are matched in memory). */
  all(): GroupInfo[] {
    return this.allStmt.all().map(toGroup);
  }

  /** A group by id, or by its exact name (several groups may share a name: all are returned). */
  find(ref: string): GroupInfo[] {
    const byId = this.get(ref);
    return byId ? [byId] : this.byNameStmt.all(ref.trim()).map(toGroup);
  }

  /** Known members, managers granted on this group by id, and open tickets. */
  facts(id: string): { members: number; managers: string[]; open: number } {
    const r = this.factsStmt.get({ id });
    return {
      members: r?.members ?? 0,
      managers: r?.managers ? r.managers.split('、') : [],
      open: r?.open ?? 0,
    };
  }

  /** How many groups the person is known to be in. */
  membershipCount(personId: string): number {
    return this.membershipsStmt.get(personId)?.n ?? 0;
  }

  setField(id: string, field: GroupField, value: string, now: number): void {
    this.fieldStmts[field].run(value, now, id);
  }

  setPaused(id: string, paused: boolean, now: number): void {
    this.pauseStmt.run(paused ? 1 : 0, now, id);
  }

  setTipsEnabled(id: string, on: boolean, now: number): void {
    this.tipsStmt.run(on ? 1 : 0, now, id);
  }

  setAutoIntake(id: string, on: boolean, now: number): void {
    this.intakeStmt.run(on ? 1 : 0, now, id);
  }

  get(id: string): GroupInfo | null {
    const row = this.getStmt.get(id);
    return row ? toGroup(row) : null;
  }

  seen(id: string, name: string, botId: string, now: number): void {
    this.seenStmt.run({ id, name, botId, now });
  }

  /** Makes `botId` the account that serves the group (reads its questions and posts its answers). */
  serveBy(id: string, botId: string, now: number): void {
    this.serveStmt.run(botId, now, id);
  }

  upsert(g: GroupProfile, now: number): void {
    this.upsertStmt.run({
      id: g.id,
      name: g.name,
      botId: g.botId,
      country: g.country ?? null,
      district: g.district ?? null,
      region: g.region ?? null,
      city: g.city ?? null,
      association: g.association ?? null,
      level: g.level ?? null,
      timezone: g.timezone ?? 'Europe/Rome',
      language: g.language ?? 'zh',
      autoIntake: g.autoIntake === undefined || g.autoIntake === null ? null : g.autoIntake ? 1 : 0,
      tipTime: g.tipTime ?? '09:00',
      tipsEnabled: g.tipsEnabled === false ? 0 : 1,
      now,
    });
  }
}
