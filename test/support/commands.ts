import type { HandlerContext } from '../../src/app/context';
import { handleDirectMessage } from '../../src/app/handle-direct-message';
import { handleGroupMessage } from '../../src/app/handle-group-message';
import type { Effect, ReportFiles } from '../../src/app/ports';
import type { Inbound, InboundKind } from '../../src/domain/types';
import { seedWorld, type World } from '../../src/sim/world';
import type { OutboxRow } from '../../src/store/outbox-repo';
import { openStore, type Store } from '../../src/store/store';
import { demoWorld, repoSettings } from './env';

/** 2020-03-16 08:30 UTC, the demo world's start. */
export const T0 = Date.parse('2020-03-16T08:30:00Z');

/**
 * A real store (SQLite in memory, every migration) seeded with the demo world, and a way to type messages into the
 * real handlers as the pipeline does (inside a transaction), reading back what the bot would send from the outbox.
 */
export class CommandBench {
  readonly store: Store;
  readonly settings;
  now = T0;
  readonly written: Array<{ name: string; content: string }> = [];
  private seq = 0;
  private readonly files: ReportFiles = {
    write: (name, content) => {
      this.written.push({ name, content });
      return `/exports/${name}`;
    },
  };

  /** `file`: a SQLite file (another bench on the same file is a second process); default in memory. */
  constructor(world: World = demoWorld(), file = ':memory:') {
    this.settings = repoSettings(Object.fromEntries(world.bots.map((b) => [b.id, b.name])));
    this.now = Date.parse(world.start);
    this.store = openStore(file, this.now);
    seedWorld(this.store, world, this.now);
  }

  /** A DM (no `group`) or a group message mentioning the bot, from `from`. */
  say(
    from: string,
    text: string,
    group?: string,
    kind: InboundKind = 'text',
  ): { outcome: string; sent: OutboxRow[]; effects: Effect[] } {
    this.seq += 1;
    const groupInfo = group ? this.store.groups.get(group) : null;
    const m: Inbound = {
      botId: groupInfo?.botId ?? this.settings.defaultBotId,
      msgId: `bench-${this.seq}`,
      at: this.now,
      kind,
      sender: { id: from, name: this.store.people.name(from) ?? from },
      group: groupInfo ? { id: groupInfo.id, name: groupInfo.name } : undefined,
      text,
      mentionsBot: !!groupInfo,
    };
    const ctx: HandlerContext = {
      store: this.store,
      settings: this.settings,
      now: this.now,
      files: this.files,
    };
    // as the pipeline does: the message id, the sender and the group are recorded first, in the same transaction
    const r = this.store.transaction(() => {
      this.store.inbound.record(m, this.now);
      this.store.people.seen(m.sender.id, m.sender.name, m.group ? null : m.botId, this.now);
      if (m.group) this.store.people.addMember(m.group.id, m.sender.id);
      return m.group ? handleGroupMessage(ctx, { ...m, group: m.group }) : handleDirectMessage(ctx, m);
    });
    const sent = r.effects.flatMap((e) => {
      const row = e.kind === 'send' ? this.store.outbox.get(e.outboxId) : null;
      return row ? [row] : [];
    });
    return { outcome: r.outcome, sent, effects: r.effects };
  }

  /** Everything a command could change (not the audit trail, the outbox or the inbound log), as one string. */
  state(): string {
    // people's DM account and update time follow the pipeline's bookkeeping of who wrote, not the command
    const people = this.store.db.prepare('SELECT id, name, language FROM people ORDER BY rowid').all();
    const tables = [
      'groups',
      'roles',
      'doctors',
      'doctor_specialties',
      'consultations',
      'consultation_events',
      'notification_digests',
      'custom_tips',
      'tip_deliveries',
      'broadcasts',
      'broadcast_deliveries',
      'person_identities',
    ];
    return JSON.stringify([
      people,
      ...tables.map((t) => this.store.db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()),
    ]);
  }

  close(): void {
    this.store.close();
  }
}
