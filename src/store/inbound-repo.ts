import type { Db } from './database';
import type { Inbound } from '../domain/types';

/** Inbound dedupe ledger: UNIQUE (bot_id, msg_id). */
export class InboundRepo {
  private readonly recordStmt;
  private readonly outcomeStmt;

  constructor(db: Db) {
    this.recordStmt = db.prepare(
      `INSERT INTO inbound_messages (bot_id, msg_id, received_at, chat_id, sender_id, kind)
       VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    );
    this.outcomeStmt = db.prepare('UPDATE inbound_messages SET outcome = ? WHERE bot_id = ? AND msg_id = ?');
  }

  /** Records the message; false when this (bot, message id) was already handled. */
  record(m: Inbound, now: number): boolean {
    const chat = m.group ? m.group.id : m.sender.id;
    return this.recordStmt.run(m.botId, m.msgId, now, chat, m.sender.id, m.kind).changes === 1;
  }

  setOutcome(m: Inbound, outcome: string): void {
    this.outcomeStmt.run(outcome, m.botId, m.msgId);
  }
}
