import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { EmergencyNumbers } from '../domain/emergency';
import type { CompiledLexicon } from '../domain/triage-lexicon';
import type { Tip } from '../domain/tips';
import { MockAccount, type MockMessagePayload } from '../gateway/mock-world';
import { SimChannels } from './sim-channels';
import { deletePrefix } from '../queue/redis';
import { Runtime } from '../runtime';
import { ScenarioError, type ScenarioStep } from './scenario';
import { seededRandom } from './seeded-random';
import { VirtualClock } from './virtual-clock';
import { seedWorld, worldPeople, type World } from './world';

/** One message the bot sent, as the simulator prints it (a public format: see README "Simulator"). */
export interface TranscriptLine {
  t: string;
  to: string;
  group: boolean;
  text: string;
  mentions: string[];
}

export interface SimulationOptions {
  world: World;
  config: Config;
  lexicon: CompiledLexicon;
  emergency: EmergencyNumbers;
  tips: Tip[];
  redisUrl: string;
  log: Logger;
  /** Where the SQLite file lives; a fresh temp dir (removed on close) when omitted. */
  dataDir?: string;
  /** BullMQ prefix; a fresh one (deleted on close) when omitted. */
  prefix?: string;
  /** Delete everything under `prefix` before starting and after closing (the demo reuses one prefix). */
  resetQueues?: boolean;
  seed?: number;
  /** How long a step may take in real time before the run fails (a stuck queue must not hang a test). */
  stepTimeoutMs?: number;
}

interface Sent {
  at: number;
  bot: number;
  seq: number;
  line: TranscriptLine;
}

/**
 * The real bot (pipeline, SQLite, Redis, BullMQ, Wechaty) on mock WeChat accounts and a virtual clock. Each step is
 * run to quiescence, and the messages it caused are returned in time order: deterministic for a given scenario.
 */
export class Simulation {
  readonly clock: VirtualClock;
  private runtime: Runtime | null = null;
  private accounts = new Map<string, MockAccount>();
  private readonly settled = new Map<string, number>();
  private sent: Sent[] = [];
  private seq = 0;
  private lastInbound: { botId: string; payload: MockMessagePayload } | null = null;
  private readonly dataDir: string;
  private readonly ownsDataDir: boolean;
  private readonly prefix: string;
  private readonly ownsPrefix: boolean;
  private readonly botIndex: Map<string, number>;
  private channels: SimChannels | null = null;
  private lastWasChannel = false;

  private constructor(private readonly o: SimulationOptions) {
    this.clock = new VirtualClock(Date.parse(o.world.start));
    this.ownsDataDir = !o.dataDir;
    this.dataDir = o.dataDir ?? mkdtempSync(join(tmpdir(), 'qht-sim-'));
    this.ownsPrefix = !o.prefix;
    this.prefix = o.prefix ?? `qht-sim-${randomUUID().slice(0, 8)}`;
    this.botIndex = new Map(o.world.bots.map((b, i) => [b.id, i]));
  }

  static async start(o: SimulationOptions): Promise<Simulation> {
    const sim = new Simulation(o);
    if (o.resetQueues) await deletePrefix(o.redisUrl, sim.prefix);
    if (o.world.bots.some((b) => b.platform !== 'wechat'))
      sim.channels = await SimChannels.start(o.world, () => sim.clock.now());
    try {
      await sim.boot(true);
    } catch (err) {
      await sim.channels?.stop();
      throw err;
    }
    return sim;
  }

  /** The running bot (replaced by a `restart` step). */
  get live(): Runtime {
    if (!this.runtime) throw new Error('simulation is not running');
    return this.runtime;
  }

  get store(): Runtime['store'] {
    if (!this.runtime) throw new Error('simulation is not running');
    return this.runtime.store;
  }

  private async boot(first: boolean): Promise<void> {
    const w = this.o.world;
    const people = worldPeople(w);
    this.accounts = new Map(
      w.bots
        .filter((b) => b.platform === 'wechat')
        .map((b) => [
          b.id,
          new MockAccount({
            botId: b.id,
            botName: b.name,
            people,
            rooms: w.groups
              .filter((g) => g.bot === b.id)
              .map((g) => ({
                id: g.id,
                topic: g.name,
                memberIds: [...new Set([...g.members, ...g.managers])],
              })),
          }),
        ]),
    );
    this.runtime = await Runtime.start({
      config: { ...this.o.config, redis: { ...this.o.config.redis, prefix: this.prefix } },
      lexicon: this.o.lexicon,
      emergency: this.o.emergency,
      tips: this.o.tips,
      bots: w.bots.filter((b) => b.platform === 'wechat'),
      channels: this.channels?.accounts(),
      wechatyFor: (bot) => this.account(bot.id).wechaty,
      dbFile: join(this.dataDir, 'qiaohaitong.sqlite'),
      redisUrl: this.o.redisUrl,
      clock: this.clock,
      random: seededRandom(this.o.seed ?? 1),
      log: this.o.log,
      tickEveryMs: null,
      prepareStore: first ? (store) => seedWorld(store, w, this.clock.now()) : undefined,
      afterStart: (g) => this.account(g.botId).login(),
      onSent: ({ botId, at }) => {
        const bot = this.botIndex.get(botId) ?? 0;
        if (this.channels?.has(botId)) {
          for (const d of this.channels.drain(botId))
            this.sent.push({ at, bot, seq: this.seq++, line: { t: new Date(at).toISOString(), ...d } });
          return;
        }
        for (const s of this.account(botId).drainSent()) {
          this.sent.push({
            at,
            bot,
            seq: this.seq++,
            line: {
              t: new Date(at).toISOString(),
              to: s.conversationId,
              group: s.conversationId.includes('@'),
              text: s.text,
              mentions: s.mentionIdList,
            },
          });
        }
      },
      onSettled: (botId, msgId) => {
        const key = `${botId}/${msgId}`;
        this.settled.set(key, (this.settled.get(key) ?? 0) + 1);
      },
    });
    if (this.channels && this.runtime) await this.channels.connected(this.runtime);
    await this.quiesce(0);
    this.sent = [];
  }

  private account(botId: string): MockAccount {
    const a = this.accounts.get(botId);
    if (!a) throw new Error(`unknown bot account "${botId}"`);
    return a;
  }

  private groupBot(groupId: string, line: number): string {
    const g = this.o.world.groups.find((x) => x.id === groupId);
    if (!g) throw new ScenarioError(line, `unknown group "${groupId}" (not in the world)`);
    return g.bot;
  }

  private dmBot(bot: string | undefined, line: number): string {
    const id = bot ?? this.o.world.bots[0]?.id;
    if (!id || !(this.accounts.has(id) || this.channels?.has(id)))
      throw new ScenarioError(line, `unknown bot account "${bot}"`);
    return id;
  }

  /** Runs one scenario step to quiescence and returns the messages it caused, in time order. */
  async step(step: ScenarioStep, line: number): Promise<TranscriptLine[]> {
    const rt = this.runtime;
    if (!rt) throw new Error('simulation is not running');
    const at = this.clock.now();
    const msgId = `sim-${line}`;
    // Sends wait until the step's dispatches are all queued: their order is then decided by priority alone.
    if (step.kind !== 'restart') await rt.queues.pauseSends();
    switch (step.kind) {
      case 'group-say': {
        const botId = this.groupBot(step.group, line);
        if (this.channels?.has(botId)) {
          const name = this.o.world.groups.find((g) => g.id === step.group)?.name ?? step.group;
          await this.channelSay(rt, botId, msgId, {
            from: step.from,
            text: step.say,
            group: { id: step.group, name },
            mention: step.mention,
          });
          break;
        }
        const room = { id: step.group, mentionBot: step.mention };
        await this.inject(botId, msgId, () =>
          this.account(botId).injectText(msgId, step.from, step.say, at, room),
        );
        break;
      }
      case 'dm-say': {
        const botId = this.dmBot(step.bot, line);
        if (this.channels?.has(botId)) {
          await this.channelSay(rt, botId, msgId, { from: step.from, text: step.say, mention: true });
          break;
        }
        await this.inject(botId, msgId, () => this.account(botId).injectText(msgId, step.from, step.say, at));
        break;
      }
      case 'media': {
        const botId = step.group ? this.groupBot(step.group, line) : this.dmBot(step.bot, line);
        if (this.channels?.has(botId))
          throw new ScenarioError(line, 'photos, voice and files are simulated on WeChat accounts only');
        await this.inject(botId, msgId, () =>
          this.account(botId).injectMedia(msgId, step.from, step.type, at, step.group),
        );
        break;
      }
      case 'redeliver': {
        if (this.lastWasChannel && this.channels) {
          const again = this.channels.lastKey;
          const channels = this.channels;
          if (again) await this.waitSettled(again.botId, again.msgId, () => channels.redeliver(rt));
          break;
        }
        const last = this.lastInbound;
        if (!last)
          throw new ScenarioError(line, 'nothing to redeliver: no message was delivered before this line');
        await this.inject(last.botId, last.payload.id, () => {
          this.account(last.botId).redeliver(last.payload);
          return last.payload;
        });
        break;
      }
      case 'advance':
        this.clock.advance(step.ms);
        await rt.tick();
        break;
      case 'at':
        if (step.at < this.clock.now()) {
          throw new ScenarioError(
            line,
            `"at" must not go back in time (the clock reads ${new Date(this.clock.now()).toISOString()})`,
          );
        }
        this.clock.set(step.at);
        await rt.tick();
        break;
      case 'restart':
        await rt.stop();
        this.runtime = null;
        await this.boot(false);
        break;
    }
    const live = this.runtime;
    if (step.kind !== 'restart' && live) {
      let calm = 0;
      await this.waitFor(async () => {
        const settled = !live.pipeline.busy && (await live.queues.dispatchIdle());
        calm = settled ? calm + 1 : 0;
        return calm >= 2;
      }, `line ${line}'s dispatches`);
      await live.queues.resumeSends();
    }
    await this.quiesce(line);
    const out = this.sent.sort((a, b) => a.at - b.at || a.bot - b.bot || a.seq - b.seq).map((s) => s.line);
    this.sent = [];
    return out;
  }

  /** A message on a DingTalk robot or an Official Account, through the platform's fake and the real gateway. */
  private async channelSay(
    rt: Runtime,
    botId: string,
    simMsgId: string,
    o: { from: string; text: string; group?: { id: string; name: string }; mention: boolean },
  ): Promise<void> {
    const channels = this.channels;
    if (!channels) return;
    this.lastWasChannel = true;
    const msgId = channels.msgIdFor(botId, simMsgId);
    await this.waitSettled(botId, msgId, () => channels.say(rt, botId, { ...o, msgId: simMsgId }));
  }

  /** Runs `deliver` and waits until the gateway settled that message id (not at all when the platform hid it). */
  private async waitSettled(botId: string, msgId: string, deliver: () => Promise<unknown>): Promise<void> {
    const key = `${botId}/${msgId}`;
    const before = this.settled.get(key) ?? 0;
    const seen = await deliver();
    if (seen === null) return;
    await this.waitFor(
      () => Promise.resolve((this.settled.get(key) ?? 0) > before),
      'the message to be read',
    );
  }

  /** Delivers a message and waits until the gateway is done with it (handled or dropped). */
  private async inject(botId: string, msgId: string, deliver: () => MockMessagePayload): Promise<void> {
    const key = `${botId}/${msgId}`;
    const before = this.settled.get(key) ?? 0;
    this.lastWasChannel = false;
    this.lastInbound = { botId, payload: deliver() };
    await this.waitFor(
      () => Promise.resolve((this.settled.get(key) ?? 0) > before),
      'the message to be read',
    );
  }

  /** Waits until nothing is being handled, queued or sent, seen twice in a row. */
  private async quiesce(line: number): Promise<void> {
    const rt = this.runtime;
    if (!rt) return;
    let calm = 0;
    await this.waitFor(async () => {
      calm = (await rt.idle()) ? calm + 1 : 0;
      return calm >= 2;
    }, `line ${line} to finish`);
  }

  private async waitFor(condition: () => Promise<boolean>, what: string): Promise<void> {
    const deadline = Date.now() + (this.o.stepTimeoutMs ?? 30_000);
    for (;;) {
      if (await condition()) return;
      if (Date.now() > deadline) throw new Error(`simulation timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 3));
    }
  }

  async close(): Promise<void> {
    await this.closeRuntime();
    await this.channels?.stop();
    if (this.ownsDataDir) rmSync(this.dataDir, { recursive: true, force: true });
  }

  private async closeRuntime(): Promise<void> {
    if (this.runtime) {
      const rt = this.runtime;
      this.runtime = null;
      await rt.stop();
      if (this.ownsPrefix || this.o.resetQueues) await deletePrefix(this.o.redisUrl, this.prefix);
    }
  }
}
