import type { Logger } from 'pino';
import type { Wechaty } from 'wechaty';
import { appSettings, type AppSettings } from './app/context';
import { deliverOutbound } from './app/deliver-outbound';
import { afterSent, failDelivery } from './app/delivery-outcomes';
import { applyRosters } from './app/apply-rosters';
import { dispatchConsultation, sendDigests } from './app/dispatch-consultation';
import { escalate } from './app/escalate';
import { dropUnwantedTip, sendTips } from './app/send-tips';
import { purgeOldTexts } from './app/purge-texts';
import { Metrics } from './console/metrics';
import type { OutboxRow } from './store/outbox-repo';
import { lapseClaims } from './app/lapse-claims';
import { Pacer } from './app/pacer';
import { Pipeline } from './app/pipeline';
import type { Clock, RandomSource, Sender, SentListener } from './app/ports';
import { pendingEffects } from './app/recover';
import { bootstrapAdmins } from './app/bootstrap-admins';
import { diskReportFiles } from './store/report-files';
import { dirname, join } from 'node:path';
import type { Config } from './config';
import type { EmergencyNumbers } from './domain/emergency';
import type { CompiledLexicon } from './domain/triage-lexicon';
import type { Tip } from './domain/tips';
import type { Inbound, OutboundMessage } from './domain/types';
import { setWechatyLogLevel } from './gateway/build-wechaty';
import { WechatyGateway } from './gateway/wechaty-gateway';
import { ID_PREFIX, type ChatGateway, type GatewayHooks, type Identities } from './gateway/chat-gateway';
import type { OaLedger } from './gateway/official-account-gateway';
import { BullQueues } from './queue/bull-queues';
import { connectRedis } from './queue/redis';
import { openStore, type Store } from './store/store';

/** How long `/healthz` waits for Redis to answer PING before reporting it down. */
const HEALTH_REDIS_TIMEOUT_MS = 1_000;

export interface Health {
  ok: boolean;
  accounts: Array<{ botId: string; platform: string; loggedIn: boolean; lastEventAt: number | null }>;
  redis: boolean;
  sqlite: boolean;
  /** How long ago the tick last ran (null: not yet). */
  tickLagMs: number | null;
}

/** A message's outcome without its details (a metric label must not carry ids or names). */
function outcomeClass(outcome: string): string {
  return outcome.split(/[\s:(#]/u)[0] || 'other';
}

/** An account on another platform, and how to build its gateway once the runtime's hooks exist. */
export interface ChannelAccount {
  id: string;
  name: string;
  platform: 'dingtalk' | 'wechat-oa';
  build: (hooks: GatewayHooks, ledger: OaLedger) => ChatGateway;
}

/** People's platform identities, from the store (a person known only there is "<prefix>:<platform id>"). */
export function storeIdentities(store: Store): Identities {
  return {
    personOf: (platform, platformId) =>
      platform === 'wechat'
        ? platformId
        : (store.channels.personOf(platform, platformId) ?? `${ID_PREFIX[platform]}${platformId}`),
    platformIdOf: (personId, platform) =>
      platform === 'wechat' ? personId : store.channels.platformIdOf(personId, platform),
    nameOf: (personId) => store.people.name(personId) || null,
  };
}

export interface RuntimeOptions {
  config: Config;
  lexicon: CompiledLexicon;
  emergency: EmergencyNumbers;
  tips: Tip[];
  /** The bot accounts this process serves; the first one DMs people who never wrote to the bot. */
  bots: Array<{ id: string; name: string }>;
  /** Builds the Wechaty of one account (puppet-service in production, the mock in the simulator). */
  wechatyFor: (bot: { id: string; name: string }) => Wechaty;
  dbFile: string;
  redisUrl: string;
  clock: Clock;
  random: RandomSource;
  log: Logger;
  /** Period of the tick job; null when the caller ticks (the simulator). */
  tickEveryMs: number | null;
  /** Called with the freshly migrated store before anything runs (e.g. to seed the demo world). */
  prepareStore?: (store: Store) => void;
  /** Called after each account's Wechaty has started (e.g. to log the mock account in). */
  afterStart?: (gateway: WechatyGateway) => void;
  /** Accounts on other platforms (DingTalk robots, Official Accounts): each builds its gateway from the hooks. */
  channels?: ChannelAccount[];
  onSent?: SentListener;
  /** Called when the gateway has finished with a message id (handled or dropped). */
  onSettled?: (botId: string, msgId: string) => void;
}

/**
 * The composition root: store → queues → pipeline → gateways → workers → tick. `main.ts` runs it with production
 * adapters, the simulator with mock accounts and a virtual clock; everything between is the same code.
 */
export class Runtime {
  readonly store: Store;
  readonly queues: BullQueues;
  readonly pipeline: Pipeline;
  readonly gateways = new Map<string, WechatyGateway>();
  /** The gateways of accounts on other platforms, by bot id. */
  readonly channels = new Map<string, ChatGateway>();
  readonly metrics: Metrics;
  private lastTickAt: number | null = null;
  private readonly redis;
  private readonly settings: AppSettings;
  private stopped = false;

  private constructor(private readonly o: RuntimeOptions) {
    const { config, clock, log } = o;
    const first = o.bots[0] ?? o.channels?.[0];
    if (!first) throw new Error('no bot account to run: add bots/*.json (see README "Bot accounts")');
    setWechatyLogLevel(log.level);
    this.store = openStore(o.dbFile, clock.now());
    this.metrics = new Metrics({
      store: () => this.store,
      queues: () => this.queues.all(),
      now: () => clock.now(),
    });
    o.prepareStore?.(this.store);
    const granted = bootstrapAdmins(this.store, config.roles.admins, clock.now());
    if (granted.length > 0) log.info({ admins: granted.length }, 'first admins granted from config');
    this.redis = connectRedis(o.redisUrl);
    this.redis.on('error', (err) => log.error({ err: err.message }, 'redis connection error'));
    this.queues = new BullQueues({
      connection: this.redis,
      prefix: config.redis.prefix,
      botIds: [...o.bots, ...(o.channels ?? [])].map((b) => b.id),
      outbound: config.outbound,
      onUnroutable: async (e) => {
        log.error(
          { outboxId: e.outboxId, botId: e.botId },
          'message for a bot account this process does not run',
        );
        const reason = `bot account ${e.botId} is not served by this deployment`;
        await this.queues.publish(failDelivery(this.store, this.settings, e.outboxId, reason, clock.now()));
      },
      log,
    });
    this.settings = appSettings(config, {
      botNames: Object.fromEntries([...o.bots, ...(o.channels ?? [])].map((b) => [b.id, b.name])),
      botPlatforms: Object.fromEntries((o.channels ?? []).map((c) => [c.id, c.platform])),
      defaultBotId: first.id,
      lexicon: o.lexicon,
      emergency: o.emergency,
      tips: o.tips,
    });
    this.pipeline = new Pipeline({
      store: this.store,
      settings: this.settings,
      clock,
      publisher: this.queues,
      log,
      accountOnline: (botId) => this.gateway(botId)?.ready(botId) ?? false,
      files: diskReportFiles(join(dirname(o.dbFile), 'exports')),
      onHandled: (m, outcome) =>
        this.metrics.inbound.inc({ chat: m.group ? 'group' : 'dm', outcome: outcomeClass(outcome) }),
    });
    for (const bot of o.bots) {
      const gatewayLog = log.child({ botId: bot.id });
      this.gateways.set(
        bot.id,
        new WechatyGateway({
          botId: bot.id,
          displayName: bot.name,
          wechaty: o.wechatyFor(bot),
          clock,
          maxMessageAgeMs: config.gateway.maxMessageAgeSeconds * 1000,
          onInbound: (m: Inbound) => this.pipeline.handle(m),
          onSettled: (msgId) => o.onSettled?.(bot.id, msgId),
          recordLogin: (now) => this.store.accounts.recordLogin(bot.id, now),
          log: gatewayLog,
        }),
      );
    }
    const identities = storeIdentities(this.store);
    for (const ch of o.channels ?? []) {
      const hooks: GatewayHooks = {
        clock,
        identities,
        onInbound: (m: Inbound) => this.pipeline.handle(m),
        onSettled: (msgId) => o.onSettled?.(ch.id, msgId),
        log: log.child({ botId: ch.id }),
      };
      this.channels.set(ch.id, ch.build(hooks, this.store.channels));
    }
  }

  /**
   * Whether the process can do its work: each account logged in (and when it last heard from its platform), Redis
   * answering, SQLite answering, and how long ago the tick last ran.
   */
  async health(tickEveryMs: number): Promise<Health> {
    const now = this.o.clock.now();
    const accounts: Health['accounts'] = [...this.gateways.values()].map((g) => {
      const s = g.accountStatus();
      return { botId: g.botId, platform: g.platform, loggedIn: s.loggedIn, lastEventAt: s.lastEventAt };
    });
    for (const g of this.channels.values())
      accounts.push({ botId: g.botId, platform: g.platform, loggedIn: g.ready(g.botId), lastEventAt: null });
    // a Redis that does not answer (a partition, a frozen server) must not hang the health check itself
    let timer: NodeJS.Timeout | undefined;
    const redis = await Promise.race([
      this.redis.ping().then(
        (r) => r === 'PONG',
        () => false,
      ),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), HEALTH_REDIS_TIMEOUT_MS);
      }),
    ]).finally(() => clearTimeout(timer));
    let sqlite = false;
    try {
      sqlite = this.store.db.prepare('SELECT 1 AS ok').get() !== undefined;
    } catch {
      sqlite = false;
    }
    const tickLagMs = this.lastTickAt === null ? null : now - this.lastTickAt;
    const tickOk = tickLagMs === null || tickLagMs < tickEveryMs * 4;
    return {
      ok: redis && sqlite && tickOk && accounts.every((a) => a.loggedIn),
      accounts,
      redis,
      sqlite,
      tickLagMs,
    };
  }

  /** The time on the runtime's clock (virtual in the simulator). */
  now(): number {
    return this.o.clock.now();
  }

  /** The gateway of a bot account, whatever its platform. */
  gateway(botId: string): ChatGateway | undefined {
    return this.gateways.get(botId) ?? this.channels.get(botId);
  }

  private allGateways(): ChatGateway[] {
    return [...this.gateways.values(), ...this.channels.values()];
  }

  static async start(o: RuntimeOptions): Promise<Runtime> {
    const rt = new Runtime(o);
    try {
      await rt.startParts();
    } catch (err) {
      await rt.stop();
      throw err;
    }
    return rt;
  }

  private async startParts(): Promise<void> {
    const { clock, log } = this.o;
    // pending work from before this start is re-queued below; what arrives after is queued by its own handler
    const startedAt = clock.now();
    // A restarted process keeps each account's gap since its last send (the store knows when that was).
    const pacer = new Pacer(this.o.config.pacing, this.o.random, this.store.outbox.lastSentAt());
    const sender: Sender = {
      ready: (botId) => this.gateway(botId)?.ready(botId) ?? false,
      send: (m: OutboundMessage) => {
        const g = this.gateway(m.botId);
        if (!g) throw new Error(`bot account ${m.botId} is not served by this process`);
        return g.send(m);
      },
    };
    // Read first: a bot (re)started while Redis does not answer still takes in every message (each is recorded in
    // SQLite before anything is queued, and what it queues waits for Redis); the workers and the re-queueing of
    // pending work follow, and wait for Redis themselves.
    for (const g of this.gateways.values()) {
      await g.start();
      this.o.afterStart?.(g);
    }
    for (const g of this.channels.values()) await g.start();
    await this.queues.start(
      {
        dispatch: async (ticket) => {
          const r = dispatchConsultation(this.store, this.settings, ticket, clock.now());
          log.info({ ticket, outcome: r.outcome }, 'consultation dispatched');
          await this.queues.publish(r.effects);
        },
        deliver: async (outboxId) => {
          const deps = {
            store: this.store,
            sender,
            pacer,
            clock,
            onSent: (e: { outboxId: number; botId: string; at: number }) => {
              this.metrics.outbound.inc({ bot: e.botId });
              this.o.onSent?.(e);
            },
            drop: (row: OutboxRow) => dropUnwantedTip(this.store, this.settings, row, clock.now()),
          };
          const sent = await deliverOutbound(deps, outboxId);
          if (sent) await this.queues.publish(afterSent(this.store, this.settings, sent, clock.now()));
        },
        deliverFailed: async (outboxId, reason) => {
          this.metrics.sendFailures.inc({ bot: this.store.outbox.get(outboxId)?.botId ?? '?' });
          log.error({ outboxId, reason }, 'message could not be sent after every retry; marked failed');
          await this.queues.publish(failDelivery(this.store, this.settings, outboxId, reason, clock.now()));
        },
        tick: () => this.tick(),
      },
      this.o.tickEveryMs,
    );
    await this.recover(startedAt);
  }

  /** Re-queues what the store says is still to do (after a crash between commit and enqueue). */
  async recover(createdBefore: number): Promise<void> {
    const effects = pendingEffects(this.store, createdBefore);
    if (effects.length > 0)
      this.o.log.info({ count: effects.length }, 're-queueing pending work from the store');
    await this.queues.republish(effects);
  }

  /** All time-driven work due at the clock's now: rosters, escalations, lease nudges and lapses, digests, tips. */
  async tick(): Promise<void> {
    const now = this.o.clock.now();
    this.lastTickAt = now;
    await this.queues.publish(applyRosters(this.store, this.settings, now));
    // escalations first: a claim that lapses in this tick is announced again by its dispatch, not also escalated
    await this.queues.publish(escalate(this.store, this.settings, now));
    await this.queues.publish(lapseClaims(this.store, this.settings, now));
    await this.queues.publish(sendDigests(this.store, this.settings, now));
    await this.queues.publish(sendTips(this.store, this.settings, now));
    const purged = purgeOldTexts(this.store, this.settings, now);
    if (purged > 0) this.o.log.info({ purged }, 'consultation texts past retention deleted');
    await this.recover(now - 60_000);
  }

  /** True when nothing is being read, handled, queued or sent. */
  async idle(): Promise<boolean> {
    if (this.pipeline.busy || this.allGateways().some((g) => g.busy)) return false;
    return this.queues.idle();
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    // Workers first, so a send in progress still has its account; then the accounts; then the queues.
    await this.queues.stopWorkers();
    const results = await Promise.allSettled(this.allGateways().map((g) => g.stop()));
    await this.queues.close();
    await this.redis.quit().catch(() => this.redis.disconnect());
    this.store.close();
    for (const r of results) {
      if (r.status === 'rejected')
        this.o.log.warn({ err: r.reason as unknown }, 'gateway did not stop cleanly');
    }
  }
}
