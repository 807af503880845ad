import type { Logger } from 'pino';
import type { Inbound } from '../domain/types';
import type { Store } from '../store/store';
import type { AppSettings, HandlerContext, HandlerResult } from './context';
import { handleDirectMessage } from './handle-direct-message';
import { handleGroupMessage } from './handle-group-message';
import type { Clock, Publisher, ReportFiles } from './ports';

export interface PipelineDeps {
  store: Store;
  settings: AppSettings;
  clock: Clock;
  publisher: Publisher;
  log: Logger;
  /** Whether one of our accounts is logged in now (a group's serving account may be reconnecting). */
  accountOnline?: (botId: string) => boolean;
  /** Where `/export` writes its files. */
  files?: ReportFiles;
  /** Hears what became of every message (metrics). */
  onHandled?: (m: Inbound, outcome: string) => void;
}

/**
 * The inbound pipeline: one transaction records the message id (dedupe), decides, and writes every consequence
 * (tickets, outbox rows); only after commit are the effects queued. A crash between the two is repaired by
 * `recover()`, which re-queues what the store says is pending. This is the error boundary for inbound messages.
 */
export class Pipeline {
  private inFlight = 0;

  constructor(private readonly deps: PipelineDeps) {}

  get busy(): boolean {
    return this.inFlight > 0;
  }

  async handle(inbound: Inbound): Promise<string> {
    const { store, settings, clock, publisher } = this.deps;
    // a platform that gives no display name (an Official Account follower): the name we know, else a neutral one
    const m = inbound.sender.name
      ? inbound
      : {
          ...inbound,
          sender: { ...inbound.sender, name: store.people.name(inbound.sender.id) || '公众号用户' },
        };
    const log = this.deps.log.child({ botId: m.botId, msgId: m.msgId });
    this.inFlight++;
    try {
      const now = clock.now();
      const result = store.transaction((): HandlerResult => {
        if (!store.inbound.record(m, now)) return { outcome: 'duplicate', effects: [] };
        store.people.seen(m.sender.id, m.sender.name, m.group ? null : m.botId, now);
        if (m.group) {
          store.groups.seen(m.group.id, m.group.name, m.botId, now);
          store.people.addMember(m.group.id, m.sender.id);
          // Two of our accounts in one group: only the serving one answers, or every question would be doubled.
          const servedBy = store.groups.get(m.group.id)?.botId;
          if (servedBy && servedBy !== m.botId) {
            const online = this.deps.accountOnline?.(servedBy) ?? true;
            if (servedBy in settings.botNames && online) {
              store.inbound.setOutcome(m, `group served by ${servedBy}`);
              return { outcome: `group served by ${servedBy}`, effects: [] };
            }
            // its account is not run here any more: take the group over (while it is only offline, just stand in)
            if (!(servedBy in settings.botNames)) store.groups.serveBy(m.group.id, m.botId, now);
          }
        }
        const ctx: HandlerContext = { store, settings, now, files: this.deps.files };
        const r = m.group ? handleGroupMessage(ctx, { ...m, group: m.group }) : handleDirectMessage(ctx, m);
        store.inbound.setOutcome(m, r.outcome);
        return r;
      });
      log.info({ outcome: result.outcome, chat: m.group ? 'group' : 'dm', kind: m.kind }, 'inbound handled');
      this.deps.onHandled?.(m, result.outcome);
      log.debug({ text: m.text }, 'inbound text');
      // chatter (most messages) has no effects: it never waits on Redis
      if (result.effects.length > 0) await publisher.publish(result.effects);
      return result.outcome;
    } catch (err) {
      log.error({ err }, 'inbound message failed; committed effects are re-queued by recovery');
      return 'error';
    } finally {
      this.inFlight--;
    }
  }
}
