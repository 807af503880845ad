import type { Db } from './database';

/** Bot accounts' logins (migration 0002). */
export class AccountsRepo {
  private readonly loginStmt;
  private readonly firstStmt;

  constructor(db: Db) {
    this.loginStmt = db.prepare(
      `INSERT INTO bot_accounts (bot_id, first_login_at, last_login_at) VALUES (?, ?, ?)
       ON CONFLICT (bot_id) DO UPDATE SET last_login_at = excluded.last_login_at`,
    );
    this.firstStmt = db.prepare<[string], { first_login_at: number }>(
      'SELECT first_login_at FROM bot_accounts WHERE bot_id = ?',
    );
  }

  /** Records a login and returns the account's first login ever: where its history ends. */
  recordLogin(botId: string, now: number): number {
    this.loginStmt.run(botId, now, now);
    return this.firstStmt.get(botId)?.first_login_at ?? now;
  }
}
