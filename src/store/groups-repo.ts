import type { Db } from './database';
import type { GroupInfo } from '../domain/types';

interface GroupRow {
  id: string;
  name: string;
  bot_id: string;
  country: string | null;
  city: string | null;
  timezone: string;
  language: string;
  paused: number;
  auto_intake: number | null;
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
}

const toGroup = (r: GroupRow): GroupInfo => ({
  id: r.id,
  name: r.name,
  botId: r.bot_id,
  country: r.country,
  city: r.city,
  timezone: r.timezone,
  language: r.language,
  paused: r.paused === 1,
  autoIntake: r.auto_intake === null ? null : r.auto_intake === 1,
});

export class GroupsRepo {
  private readonly getStmt;
  private readonly seenStmt;
  private readonly serveStmt;
  private readonly upsertStmt;

  constructor(db: Db) {
    this.getStmt = db.prepare<[string], GroupRow>('SELECT * FROM groups WHERE id = ?');
    // A group appears when an account first hears from it (that account serves it); its name follows WeChat.
    this.seenStmt = db.prepare(
      `INSERT INTO groups (id, name, bot_id, created_at, updated_at) VALUES (@id, @name, @botId, @now, @now)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, updated_at = excluded.updated_at
       WHERE groups.name <> excluded.name`,
    );
    this.serveStmt = db.prepare('UPDATE groups SET bot_id = ?, updated_at = ? WHERE id = ?');
    this.upsertStmt = db.prepare(
      `INSERT INTO groups (id, name, bot_id, country, district, region, city, association, level, timezone, language,
                           auto_intake, created_at, updated_at)
       VALUES (@id, @name, @botId, @country, @district, @region, @city, @association, @level, @timezone, @language,
               @autoIntake, @now, @now)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, bot_id = excluded.bot_id, country = excluded.country,
         district = excluded.district, region = excluded.region, city = excluded.city,
         association = excluded.association, level = excluded.level, timezone = excluded.timezone,
         language = excluded.language, auto_intake = excluded.auto_intake, updated_at = excluded.updated_at`,
    );
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
      now,
    });
  }
}
