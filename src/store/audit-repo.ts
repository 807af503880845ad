import type { Db } from './database';

export type AuditOutcome = 'done' | 'refused' | 'usage' | 'limited' | 'failed';

export interface AuditEntry {
  at: number;
  actorId: string;
  roles: string;
  command: string;
  args: string;
  chatId: string;
  isGroup: boolean;
  outcome: AuditOutcome;
  detail: string | null;
}

interface AuditRow {
  id: number;
  at: number;
  actor_id: string;
  roles: string;
  command: string;
  args: string;
  chat_id: string;
  is_group: number;
  outcome: AuditOutcome;
  detail: string | null;
}

/** The audit trail: every command typed to the bot, who, what, when, where, and how it ended. Append-only. */
export class AuditRepo {
  private readonly insertStmt;
  private readonly recentStmt;
  private readonly countStmt;
  private readonly reportsStmt;

  constructor(db: Db) {
    this.insertStmt = db.prepare(
      `INSERT INTO audit_log (at, actor_id, roles, command, args, chat_id, is_group, outcome, detail)
       VALUES (@at, @actorId, @roles, @command, @args, @chatId, @isGroup, @outcome, @detail)`,
    );
    this.reportsStmt = db.prepare<{ actorId: string; since: number }, { n: number }>(
      `SELECT count(*) AS n FROM audit_log
       WHERE actor_id = @actorId AND at > @since AND outcome = 'done' AND command IN ('stats', 'export')`,
    );
    this.recentStmt = db.prepare<[number], AuditRow>('SELECT * FROM audit_log ORDER BY id DESC LIMIT ?');
    this.countStmt = db.prepare<{ actorId: string; since: number; outcome: string }, { n: number }>(
      `SELECT count(*) AS n FROM audit_log
       WHERE actor_id = @actorId AND at > @since AND (@outcome = '' OR outcome = @outcome)`,
    );
  }

  /** How many reports (`/stats`, `/export`) the person ran after `since`. */
  reportsSince(actorId: string, since: number): number {
    return this.reportsStmt.get({ actorId, since })?.n ?? 0;
  }

  record(e: AuditEntry): void {
    this.insertStmt.run({ ...e, isGroup: e.isGroup ? 1 : 0 });
  }

  /** The newest `n` entries, newest first. */
  recent(n: number): AuditEntry[] {
    return this.recentStmt.all(n).map((r) => ({
      at: r.at,
      actorId: r.actor_id,
      roles: r.roles,
      command: r.command,
      args: r.args,
      chatId: r.chat_id,
      isGroup: r.is_group === 1,
      outcome: r.outcome,
      detail: r.detail,
    }));
  }

  /** How many commands (of one outcome, or all) the person typed after `since`. */
  countSince(actorId: string, since: number, outcome: AuditOutcome | '' = ''): number {
    return this.countStmt.get({ actorId, since, outcome })?.n ?? 0;
  }
}
