import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { deliverOutbound } from '../../../src/app/deliver-outbound';
import { Pacer } from '../../../src/app/pacer';
import { AccountOfflineError, type Sender } from '../../../src/app/ports';
import type { OutboundMessage } from '../../../src/domain/types';
import { BullQueues, type QueueHandlers } from '../../../src/queue/bull-queues';
import { connectRedis, deletePrefix } from '../../../src/queue/redis';
import { PRIORITY } from '../../../src/store/outbox-repo';
import { openStore, type Store } from '../../../src/store/store';
import { VirtualClock } from '../../../src/sim/virtual-clock';
import { seededRandom } from '../../../src/sim/seeded-random';
import { freshPrefix, REDIS_URL, silentLog } from '../../support/env';
import { until } from '../../support/wait';

describe('BullQueues on real Redis', () => {
  let redis: Redis;
  let store: Store;
  let queues: BullQueues;
  let prefix: string;
  const clock = new VirtualClock(1_000);
  const sent: OutboundMessage[] = [];
  let failNext = 0;
  let offlineNext = 0;
  let unroutable: number[] = [];
  const sender: Sender = {
    ready: () => true,
    send: async (m) => {
      if (offlineNext > 0) {
        offlineNext -= 1;
        throw new AccountOfflineError('bot account bot-a is not logged in');
      }
      if (failNext > 0) {
        failNext -= 1;
        throw new Error('WeChat said 操作过于频繁');
      }
      sent.push(m);
    },
  };

  beforeEach(() => {
    redis = connectRedis(REDIS_URL);
    store = openStore(':memory:', 0);
    prefix = freshPrefix('queues');
    unroutable = [];
    queues = new BullQueues({
      connection: redis,
      prefix,
      botIds: ['bot-a'],
      outbound: { attempts: 3, backoffMs: 20 },
      offlineRetryMs: 30,
      dispatchBackoffMs: 10,
      onUnroutable: async (e) => void unroutable.push(e.outboxId),
      log: silentLog,
    });
    sent.length = 0;
    failNext = 0;
    offlineNext = 0;
  });

  afterEach(async () => {
    await queues.close();
    await deletePrefix(REDIS_URL, prefix);
    await redis.quit();
    store.close();
  });

  const handlers = (overrides: Partial<QueueHandlers> = {}): QueueHandlers => ({
    dispatch: async () => undefined,
    deliver: async (id) => {
      await deliverOutbound(
        { store, sender, pacer: new Pacer({ minGapMs: 0, jitterMs: 0 }, seededRandom(1)), clock },
        id,
      );
    },
    deliverFailed: async (id, reason) => void store.outbox.markFailed(id, reason),
    tick: async () => undefined,
    ...overrides,
  });

  const row = (text: string, priority: number): number => {
    const r = store.outbox.add(
      { botId: 'bot-a', toId: 'p1', isGroup: false, text, mentions: [] },
      { priority, kind: 'test' },
      0,
    );
    if (!r) throw new Error('not added');
    return r.id;
  };

  it('queues each effect once, however often it is published (job ids from store ids)', async () => {
    const id = row('hello', PRIORITY.interactive);
    const effects = [
      { kind: 'send' as const, outboxId: id, botId: 'bot-a', priority: PRIORITY.interactive },
      {
        kind: 'dispatch' as const,
        ticket: 7,
        version: 0,
        specialty: 'respiratory' as const,
        urgency: 'urgent' as const,
      },
    ];
    await queues.publish(effects);
    await queues.publish(effects);
    const outbound = new Queue('outbound-bot-a', { connection: redis, prefix });
    const consult = new Queue('consult-respiratory', { connection: redis, prefix });
    expect(await outbound.getJobCounts('prioritized', 'waiting')).toEqual({ prioritized: 1, waiting: 0 });
    expect((await consult.getJob('c-7-v0'))?.opts.priority).toBe(2);
    expect((await outbound.getJob(`o-${id}`))?.data).toEqual({ outboxId: id });
    await outbound.close();
    await consult.close();
  });

  it('sends answers before bulk messages queued earlier', async () => {
    const bulk = [row('tip 1', PRIORITY.bulk), row('tip 2', PRIORITY.bulk)];
    const answer = row('answer', PRIORITY.interactive);
    await queues.publish(
      [...bulk, answer].map((id) => ({
        kind: 'send' as const,
        outboxId: id,
        botId: 'bot-a',
        priority: store.outbox.get(id)?.priority ?? 0,
      })),
    );
    await queues.start(handlers(), null);
    await until(() => sent.length === 3, 'three sends');
    expect(sent.map((m) => m.text)).toEqual(['answer', 'tip 1', 'tip 2']);
  });

  it('retries a failed send with backoff and sends it exactly once', async () => {
    const id = row('retry me', PRIORITY.interactive);
    failNext = 2;
    await queues.start(handlers(), null);
    await queues.publish([{ kind: 'send', outboxId: id, botId: 'bot-a', priority: PRIORITY.interactive }]);
    await until(() => store.outbox.get(id)?.status === 'sent', 'the send');
    expect(sent.map((m) => m.text)).toEqual(['retry me']);
    expect(store.outbox.get(id)?.attempts).toBe(3);
  });

  it('marks a message failed after the last attempt, and never sends a row twice', async () => {
    const id = row('doomed', PRIORITY.interactive);
    failNext = 99;
    await queues.start(handlers(), null);
    await queues.publish([{ kind: 'send', outboxId: id, botId: 'bot-a', priority: PRIORITY.interactive }]);
    await until(() => store.outbox.get(id)?.status === 'failed', 'the final failure');
    expect(sent).toEqual([]);
    failNext = 0;
    const again = await deliverOutbound(
      { store, sender, pacer: new Pacer({ minGapMs: 0, jitterMs: 0 }, seededRandom(1)), clock },
      id,
    );
    expect(again).toBeNull();
  });

  it('waits for an account that is offline without using up the message’s retries', async () => {
    const id = row('answer while reconnecting', PRIORITY.interactive);
    offlineNext = 10; // more than the 3 attempts
    await queues.start(handlers(), null);
    await queues.publish([{ kind: 'send', outboxId: id, botId: 'bot-a', priority: PRIORITY.interactive }]);
    await until(() => store.outbox.get(id)?.status === 'sent', 'the send once the account is back');
    expect(offlineNext).toBe(0);
    expect(sent.map((m) => m.text)).toEqual(['answer while reconnecting']);
    expect(store.outbox.get(id)?.attempts).toBe(1);
  });

  it('never queues a send for an account it does not serve, and says so', async () => {
    const r = store.outbox.add(
      { botId: 'bot-gone', toId: 'p1', isGroup: false, text: 'x', mentions: [] },
      { priority: 2, kind: 'test' },
      0,
    );
    await queues.publish([{ kind: 'send', outboxId: r?.id ?? 0, botId: 'bot-gone', priority: 2 }]);
    expect(unroutable).toEqual([r?.id]);
    expect(await queues.idle()).toBe(true);
  });

  it('republish retries a job that failed for good while the store still needs it', async () => {
    let calls = 0;
    await queues.start(
      handlers({
        dispatch: async () => {
          calls += 1;
          throw new Error('database is locked');
        },
      }),
      null,
    );
    const effect = {
      kind: 'dispatch' as const,
      ticket: 9,
      version: 0,
      specialty: 'general' as const,
      urgency: 'routine' as const,
    };
    await queues.publish([effect]);
    const consult = new Queue('consult-general', { connection: redis, prefix });
    await until(
      async () => (await consult.getJob('c-9-v0'))?.finishedOn !== undefined,
      'the last attempt',
      20_000,
    );
    expect(calls).toBe(5);
    await queues.publish([effect]);
    expect(await (await consult.getJob('c-9-v0'))?.isFailed()).toBe(true);
    await queues.republish([effect]);
    // retried with fresh attempts: five more tries, not one
    await until(() => calls === 10, 'the retried dispatch’s five attempts', 20_000);
    await consult.close();
  }, 40_000);

  it('reports idle only when nothing is waiting, delayed or running', async () => {
    expect(await queues.idle()).toBe(true);
    await queues.publish([{ kind: 'send', outboxId: row('x', 2), botId: 'bot-a', priority: 2 }]);
    expect(await queues.idle()).toBe(false);
    await queues.start(handlers(), null);
    await until(() => queues.idle(), 'idle');
    expect(sent).toHaveLength(1);
  });
});
