import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { deliverOutbound } from '../../../src/app/deliver-outbound';
import { Pacer } from '../../../src/app/pacer';
import type { Effect, Sender } from '../../../src/app/ports';
import { failDelivery } from '../../../src/app/delivery-outcomes';
import { dropUnwantedTip, sendTips } from '../../../src/app/send-tips';
import { BullQueues } from '../../../src/queue/bull-queues';
import { connectRedis, deletePrefix } from '../../../src/queue/redis';
import { seededRandom } from '../../../src/sim/seeded-random';
import { VirtualClock } from '../../../src/sim/virtual-clock';
import type { World } from '../../../src/sim/world';
import { CommandBench } from '../../support/commands';
import { freshPrefix, REDIS_URL, silentLog } from '../../support/env';
import { until } from '../../support/wait';

/** The seed's scale: 521 groups over 3 bot accounts, in Italy and Spain. */
function network(): World {
  const bots = ['qxy-1', 'qxy-2', 'qxy-3'];
  return {
    start: '2020-03-16T08:30:00.000Z',
    bots: bots.map((id, i) => ({ id, name: `青小医${i + 1}`, platform: 'wechat' as const })),
    groups: Array.from({ length: 521 }, (_, i) => ({
      id: `g${String(i).padStart(3, '0')}@chatroom`,
      name: `侨胞群${i}`,
      country: i % 3 === 2 ? 'ES' : 'IT',
      timezone: i % 3 === 2 ? 'Europe/Madrid' : 'Europe/Rome',
      language: 'zh',
      bot: bots[i % 3] as string,
      members: [`p${i}`],
      managers: [],
    })),
    people: [{ id: 'asker', name: '王伟' }],
    doctors: [
      {
        id: 'dr-r',
        name: '任医生',
        hospital: '青田县人民医院',
        specialties: ['respiratory'],
        languages: ['zh'],
        onDuty: true,
        emergencyAlerts: false,
      },
    ],
    admins: ['admin'],
    cadres: [],
  };
}

describe('daily tips are decided once per group and local day, even by two processes', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'qht-tips-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('two processes on one store: one tip per group, never two', () => {
    const file = join(dir, 'q.sqlite');
    const a = new CommandBench(network(), file);
    const b = new CommandBench(network(), file); // seeds again: idempotent
    try {
      const at = Date.parse('2020-03-16T08:30:00Z'); // 09:30 in Rome and Madrid
      const fromA = sendTips(a.store, a.settings, at);
      const fromB = sendTips(b.store, b.settings, at + 1_000);
      const again = sendTips(a.store, a.settings, at + 60_000);
      expect(fromA).toHaveLength(521);
      expect(fromB).toEqual([]);
      expect(again).toEqual([]);
      const rows = a.store.db
        .prepare(
          "SELECT count(*) AS n, count(DISTINCT to_id) AS groups FROM outbound_messages WHERE kind = 'tip'",
        )
        .get();
      expect(rows).toEqual({ n: 521, groups: 521 });
    } finally {
      a.close();
      b.close();
    }
  });
});

describe('a tip that does not go out is not lost, and never piles up', () => {
  const ROME = 'g000@chatroom';
  let b: CommandBench;
  beforeEach(() => (b = new CommandBench(network())));
  afterEach(() => b.close());
  const at = Date.parse('2020-03-16T08:30:00Z');
  const tipRow = (group: string) =>
    b.store.db
      .prepare(
        "SELECT id, status, text FROM outbound_messages WHERE kind = 'tip' AND to_id = ? ORDER BY id DESC",
      )
      .get(group) as { id: number; status: string; text: string } | undefined;

  it('a tip that failed for good frees its day and does not count as seen', () => {
    sendTips(b.store, b.settings, at);
    const first = tipRow(ROME);
    failDelivery(b.store, b.settings, first?.id ?? 0, 'WeChat refused it', at + 60_000);
    expect(sendTips(b.store, b.settings, at + 120_000).length).toBe(1); // only that group, the same day
    expect(tipRow(ROME)?.text).toBe(first?.text); // the same tip again: it was never seen
  });

  it('an emergency that starts after a tip was queued holds it back; a later tick that day posts it', () => {
    sendTips(b.store, b.settings, at);
    const row = b.store.outbox.get(tipRow(ROME)?.id ?? 0);
    b.say('p0', '我爸爸胸口痛，喘不上气', ROME);
    expect(row && dropUnwantedTip(b.store, b.settings, row, at + 1_000)).toBe(true);
    expect(sendTips(b.store, b.settings, at + 30 * 60_000).some((e) => e.kind === 'send')).toBe(false);
    b.say('dr-r', '接 1');
    b.say('dr-r', '答 1 请立即拨打112');
    expect(sendTips(b.store, b.settings, at + 2 * 3_600_000)).toHaveLength(1);
  });

  it('while an account is offline, only the latest day’s tip waits: the older one is dropped', () => {
    sendTips(b.store, b.settings, at);
    const monday = tipRow(ROME)?.id;
    sendTips(b.store, b.settings, at + 24 * 3_600_000);
    expect(b.store.outbox.get(monday ?? 0)?.status).toBe('failed');
    expect(tipRow(ROME)?.status).toBe('pending');
    const old = b.store.outbox.get(tipRow(ROME)?.id ?? 0);
    // and a waiting tip whose day is over is dropped at delivery time
    expect(old && dropUnwantedTip(b.store, b.settings, old, at + 2 * 24 * 3_600_000)).toBe(true);
  });
});

describe('a broadcast to 521 groups over 3 accounts, paced, with an answer in the middle', () => {
  let redis: Redis;
  let prefix: string;
  let queues: BullQueues;
  let bench: CommandBench;
  const clock = new VirtualClock(Date.parse('2020-03-16T08:30:00Z'));
  const sent: Array<{ botId: string; toId: string; kind: string; at: number }> = [];

  beforeEach(() => {
    redis = connectRedis(REDIS_URL);
    prefix = freshPrefix('broadcast');
    bench = new CommandBench(network());
    queues = new BullQueues({
      connection: redis,
      prefix,
      botIds: ['qxy-1', 'qxy-2', 'qxy-3'],
      outbound: { attempts: 3, backoffMs: 20 },
      onUnroutable: async () => undefined,
      log: silentLog,
    });
  });

  afterEach(async () => {
    await queues.close();
    await deletePrefix(REDIS_URL, prefix);
    await redis.quit();
    bench.close();
  });

  it('keeps every account’s gaps at or above the minimum and sends the answer before the remaining bulk', async () => {
    const { store } = bench;
    const minGapMs = bench.settings.pacing.minGapMs;
    // each send takes a little real time, as WeChat's do, so the broadcast is still going when the answer comes
    const sender: Sender = { ready: () => true, send: () => new Promise((r) => setTimeout(r, 2)) };
    const pacer = new Pacer(bench.settings.pacing, seededRandom(7));
    const publish = (effects: Effect[]): Promise<void> =>
      queues.publish(effects.filter((e) => e.kind === 'send'));

    // a question in a group of account qxy-2, claimed by the doctor (its messages are sent first)
    bench.say('asker', '我发烧咳嗽两天了', 'g001@chatroom');
    bench.say('dr-r', '接 1');
    const preview = bench.say('admin', '/broadcast all 明天上午领馆开放咨询，请提前预约');
    expect(preview.sent[0]?.text).toContain('将发往 521 个群');
    expect(preview.sent[0]?.text).toContain('由 3 个账号分发，按当前节奏约需 7m'); // 174 × 2.5 s
    const confirmed = bench.say('admin', '确认');
    expect(confirmed.outcome).toMatch(/confirm: done/);

    await queues.start(
      {
        dispatch: async () => undefined,
        deliver: async (id) => {
          await deliverOutbound(
            {
              store,
              sender,
              pacer,
              clock,
              onSent: (e) => {
                const r = store.outbox.get(e.outboxId);
                sent.push({ botId: e.botId, toId: r?.toId ?? '', kind: r?.kind ?? '', at: e.at });
              },
            },
            id,
          );
        },
        deliverFailed: async (id, reason) => void store.outbox.markFailed(id, reason),
        tick: async () => undefined,
      },
      null,
    );
    await publish(confirmed.effects);

    // the doctor answers while the broadcast is going out
    await until(() => sent.filter((s) => s.kind === 'broadcast').length >= 150, '150 broadcast sends');
    const beforeAnswer = sent.filter((s) => s.botId === 'qxy-2').length;
    await publish(bench.say('dr-r', '答 1 多喝水，按时测体温').effects);
    await until(
      () =>
        sent.some((s) => s.kind === 'answer') && sent.filter((s) => s.kind === 'broadcast').length === 521,
      'the answer and every broadcast',
    );

    const onQxy2 = sent.filter((s) => s.botId === 'qxy-2');
    const answerAt = onQxy2.findIndex((s) => s.kind === 'answer');
    // at most the one send already under way goes before it
    expect(answerAt).toBeGreaterThanOrEqual(beforeAnswer);
    expect(answerAt).toBeLessThanOrEqual(beforeAnswer + 1);
    expect(onQxy2.slice(answerAt + 1).some((s) => s.kind === 'broadcast')).toBe(true);

    for (const bot of ['qxy-1', 'qxy-2', 'qxy-3']) {
      const times = sent.filter((s) => s.botId === bot).map((s) => s.at);
      const gaps = times.slice(1).map((t, i) => t - (times[i] ?? 0));
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(minGapMs);
    }
    expect(new Set(sent.filter((s) => s.kind === 'broadcast').map((s) => s.toId)).size).toBe(521);
    expect(bench.say('admin', '/broadcast report').sent[0]?.text).toContain('已发送 521，失败 0，排队中 0');
  }, 60_000);
});
