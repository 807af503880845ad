import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import pino from 'pino';
import { appSettings } from '../app/context';
import { dispatchConsultation } from '../app/dispatch-consultation';
import { Pipeline } from '../app/pipeline';
import { formatProblems, loadCore, PROJECT_ROOT, type LoadedCore } from '../config';
import { classify } from '../domain/triage';
import { DOCTOR_QUEUES, type Inbound } from '../domain/types';
import { BullQueues } from '../queue/bull-queues';
import { connectRedis, deletePrefix } from '../queue/redis';
import { ensureRedis } from '../redis-server';
import { openStore, type Store } from '../store/store';
import { percentile } from '../domain/stats';
import { labelledTexts } from './labelled-sets';

/**
 * `npm run bench`: one run, real Redis and real SQLite, a table on stdout and bench/results.json. Every rate is also
 * given as a ratio to a baseline measured in the same run (raw BullMQ `queue.add`, one at a time), so the numbers mean
 * something on any machine. Targets (issue 8) are reported, not asserted.
 */

const silent = pino({ level: 'silent' });
const BOTS = ['qxy-1', 'qxy-2', 'qxy-3'];
const SPECIALTIES = DOCTOR_QUEUES;

function fixtures(): { chatter: string[]; consult: string[] } {
  const rows = labelledTexts();
  return {
    chatter: rows.filter((r) => r.specialty === 'none').map((r) => r.text),
    consult: rows
      .filter((r) => r.specialty !== 'none' && r.specialty !== 'policy' && r.urgency !== 'emergency')
      .map((r) => r.text),
  };
}

/** The seed's network in a store: 521 groups, 80,000 members, 1,700 managers, 500 cadres, 470 doctors. */
function seedNetwork(store: Store, now: number, o: { consultations: number }): void {
  store.transaction(() => {
    for (let g = 0; g < 521; g++)
      store.groups.upsert(
        {
          id: `g${g}@chatroom`,
          name: `侨胞群${g}`,
          botId: BOTS[g % 3] as string,
          country: g % 3 === 2 ? 'ES' : 'IT',
          city: `City${g % 40}`,
          timezone: g % 3 === 2 ? 'Europe/Madrid' : 'Europe/Rome',
        },
        now,
      );
    for (let p = 0; p < 80_000; p++) {
      store.people.upsert({ id: `p${p}`, name: `侨胞${p}` }, now);
      store.people.addMember(`g${p % 521}@chatroom`, `p${p}`);
    }
    for (let m = 0; m < 1_700; m++) store.people.grant(`p${m}`, 'manager', `g${m % 521}@chatroom`, null, now);
    for (let c = 0; c < 500; c++)
      store.people.grant(`p${2_000 + c}`, 'cadre', c % 2 ? 'country=IT' : 'country=ES', null, now);
    for (let d = 0; d < 470; d++) {
      store.people.upsert({ id: `dr${d}`, name: `医生${d}`, dmBotId: BOTS[d % 3] }, now);
      store.people.upsertDoctor(
        {
          id: `dr${d}`,
          hospital: '青田县人民医院',
          specialties: [SPECIALTIES[d % 7] as (typeof SPECIALTIES)[number]],
          languages: ['zh'],
          onDuty: true,
        },
        now,
      );
    }
    for (let i = 0; i < o.consultations; i++) {
      const c = store.consultations.create(
        {
          botId: BOTS[i % 3] as string,
          groupId: `g${i % 521}@chatroom`,
          askerId: `p${i % 80_000}`,
          askerName: '侨胞',
          sourceMsgId: `past-${i}`,
          text: '咳嗽发烧两天',
          specialty: 'general',
          urgency: 'routine',
        },
        now - 30 * 86_400_000 + i * 1000,
      );
      store.consultations.claim(c.id, `dr${i % 470}`, now - 30 * 86_400_000 + i * 1000 + 60_000, 1e9);
      store.consultations.answer(c.id, `dr${i % 470}`, '多喝水', now - 30 * 86_400_000 + i * 1000 + 600_000);
      store.consultations.close(c.id, `dr${i % 470}`, now - 30 * 86_400_000 + i * 1000 + 700_000);
    }
  });
}

interface Rig {
  store: Store;
  queues: BullQueues;
  pipeline: Pipeline;
  settings: ReturnType<typeof appSettings>;
  done: () => Promise<void>;
}

async function rig(core: LoadedCore, redisUrl: string, name: string, consultations: number): Promise<Rig> {
  const dir = mkdtempSync(join(tmpdir(), `qht-bench-${name}-`));
  const now = Date.now();
  const store = openStore(join(dir, 'q.sqlite'), now);
  seedNetwork(store, now, { consultations });
  const prefix = `qht-bench-${name}-${process.pid}`;
  const redis = connectRedis(redisUrl);
  const queues = new BullQueues({
    connection: redis,
    prefix,
    botIds: BOTS,
    outbound: core.config.outbound,
    onUnroutable: async () => undefined,
    log: silent,
  });
  const settings = appSettings(core.config, {
    botNames: Object.fromEntries(BOTS.map((b, i) => [b, `青小医${i + 1}`])),
    defaultBotId: BOTS[0] as string,
    lexicon: core.lexicon,
    emergency: core.emergency,
    tips: core.tips,
  });
  const clock = { now: () => Date.now(), sleepUntil: async () => undefined };
  const pipeline = new Pipeline({ store, settings, clock, publisher: queues, log: silent });
  return {
    store,
    queues,
    pipeline,
    settings,
    done: async () => {
      await queues.close();
      await redis.quit();
      await deletePrefix(redisUrl, prefix);
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

let seq = 0;
const groupMessage = (text: string, mention: boolean, asker: string, group: number): Inbound => ({
  botId: BOTS[group % 3] as string,
  msgId: `b-${++seq}`,
  at: Date.now(),
  kind: 'text',
  sender: { id: asker, name: '侨胞' },
  group: { id: `g${group}@chatroom`, name: `侨胞群${group}` },
  text: mention ? text : text,
  mentionsBot: mention,
});

async function baseline(redisUrl: string, n: number): Promise<number> {
  const prefix = `qht-bench-base-${process.pid}`;
  const redis = connectRedis(redisUrl);
  const q = new Queue('baseline', { connection: redis, prefix });
  const start = performance.now();
  for (let i = 0; i < n; i++) await q.add('job', { outboxId: i }, { jobId: `b-${i}`, priority: 2 });
  const rate = n / ((performance.now() - start) / 1000);
  await q.close();
  await redis.quit();
  await deletePrefix(redisUrl, prefix);
  return rate;
}

/** A consultation from the inbound message to its doctors' notifications queued: handle, dispatch, publish. */
async function consultation(r: Rig, text: string, asker: string, group: number): Promise<number> {
  const t0 = performance.now();
  await r.pipeline.handle(groupMessage(text, true, asker, group));
  const ticket =
    r.store.db.prepare<[], { id: number }>('SELECT max(id) AS id FROM consultations').get()?.id ?? 0;
  const d = dispatchConsultation(r.store, r.settings, ticket, Date.now());
  await r.queues.publish(d.effects);
  return performance.now() - t0;
}

async function main(): Promise<number> {
  const core = loadCore(PROJECT_ROOT, process.env);
  if (!core.ok) {
    process.stderr.write(`${formatProblems(core.problems)}\n`);
    return 2;
  }
  const redisServer = await ensureRedis(core.value.config, silent);
  const redisUrl = redisServer.url;
  const { chatter, consult } = fixtures();
  const results: Record<string, number> = {};

  // baseline: raw BullMQ, one add at a time, this machine, this Redis
  await baseline(redisUrl, 300); // warm up
  results.baseline_bullmq_adds_per_s = await baseline(redisUrl, 3_000);

  // scale: memory and start-up with the seed's network and 40,000 past consultations in the store
  const rssBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  const big = await rig(core.value, redisUrl, 'scale', 40_000);
  results.seed_load_seconds = (performance.now() - t0) / 1000;
  const reopen0 = performance.now();
  const reopened = openStore(join(big.store.db.name), Date.now());
  results.startup_open_store_ms = performance.now() - reopen0;
  reopened.close();
  global.gc?.();
  results.rss_mb_at_seed_scale = process.memoryUsage().rss / 2 ** 20;
  results.rss_mb_before_seed = rssBefore / 2 ** 20;

  // intake: chatter (no Redis round trip) and consultations (to the doctors' notifications queued)
  const n = 20_000;
  let t = performance.now();
  for (let i = 0; i < n; i++)
    await big.pipeline.handle(
      groupMessage(chatter[i % chatter.length] as string, false, `p${i % 80_000}`, i % 521),
    );
  results.chatter_messages_per_s = n / ((performance.now() - t) / 1000);
  const m = 2_000;
  t = performance.now();
  for (let i = 0; i < m; i++)
    await consultation(big, consult[i % consult.length] as string, `p${10_000 + i}`, i % 521);
  results.consultations_per_s = m / ((performance.now() - t) / 1000);
  results.consultation_vs_baseline = results.consultations_per_s / results.baseline_bullmq_adds_per_s;

  // latency at a steady 50 messages/s (20 % consultations), inbound to notifications queued
  const lat: number[] = [];
  for (let i = 0; i < 500; i++) {
    const start = performance.now();
    if (i % 5 === 0)
      lat.push(await consultation(big, consult[i % consult.length] as string, `p${20_000 + i}`, i % 521));
    else
      await big.pipeline.handle(groupMessage(chatter[i % chatter.length] as string, false, `p${i}`, i % 521));
    const wait = 20 - (performance.now() - start);
    if (wait > 0) await new Promise((res) => setTimeout(res, wait));
  }
  results.consultation_latency_p50_ms = percentile(lat, 50) ?? 0;
  results.consultation_latency_p99_ms = percentile(lat, 99) ?? 0;

  // claims: 470 doctors on 5,000 open tickets, each claiming, answering, claiming again
  const open =
    big.store.db
      .prepare<[], { n: number }>("SELECT count(*) AS n FROM consultations WHERE status = 'queued'")
      .get()?.n ?? 0;
  for (let i = 0; open + i < 5_000; i++)
    big.store.consultations.create(
      {
        botId: 'qxy-1',
        groupId: `g${i % 521}@chatroom`,
        askerId: `p${30_000 + i}`,
        askerName: '侨胞',
        sourceMsgId: `q-${i}`,
        text: '咳嗽',
        specialty: 'general',
        urgency: 'routine',
      },
      Date.now(),
    );
  const claimTimes: number[] = [];
  let claims = 0;
  const tc = performance.now();
  for (let round = 0; claims < 5_000 && round < 100; round++) {
    for (let d = 0; d < 470 && claims < 5_000; d++) {
      const s = performance.now();
      const outcome = await big.pipeline.handle({
        botId: BOTS[d % 3] as string,
        msgId: `c-${++seq}`,
        at: Date.now(),
        kind: 'text',
        sender: { id: `dr${d}`, name: `医生${d}` },
        text: 'next',
        mentionsBot: false,
      });
      claimTimes.push(performance.now() - s);
      const ticket = /^claimed #(\d+)/u.exec(outcome)?.[1];
      if (!ticket) continue;
      claims++;
      await big.pipeline.handle({
        botId: BOTS[d % 3] as string,
        msgId: `a-${++seq}`,
        at: Date.now(),
        kind: 'text',
        sender: { id: `dr${d}`, name: `医生${d}` },
        text: `答 ${ticket} 多喝水`,
        mentionsBot: false,
      });
    }
  }
  const claimSeconds = claimTimes.reduce((a, b) => a + b, 0) / 1000;
  results.claims = claims;
  results.claims_per_s = claims / claimSeconds;
  results.claim_latency_p99_ms = percentile(claimTimes, 99) ?? 0;
  results.claims_wall_seconds = (performance.now() - tc) / 1000;
  await big.done();

  // triage on one core
  const texts = [...chatter, ...consult];
  let k = 0;
  const tt = performance.now();
  while (performance.now() - tt < 2_000) {
    for (const x of texts) classify(x, core.value.lexicon);
    k += texts.length;
  }
  results.classifications_per_s = k / ((performance.now() - tt) / 1000);
  await redisServer.stop();

  const targets: Record<string, string> = {
    consultation_vs_baseline: '≥ 0.6',
    chatter_messages_per_s: '≥ 20,000',
    consultation_latency_p99_ms: '< 20',
    rss_mb_at_seed_scale: '< 250',
  };
  const round = (v: number): number => (v >= 100 ? Math.round(v) : Math.round(v * 100) / 100);
  const rows = Object.entries(results).map(([key, v]) => `| ${key} | ${round(v)} | ${targets[key] ?? ''} |`);
  process.stdout.write(['| measure | value | target |', '|---|---|---|', ...rows].join('\n') + '\n');
  mkdirSync(join(PROJECT_ROOT, 'bench'), { recursive: true });
  writeFileSync(
    join(PROJECT_ROOT, 'bench', 'results.json'),
    `${JSON.stringify({ at: new Date().toISOString(), node: process.version, results, targets }, null, 2)}\n`,
  );
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  },
);
