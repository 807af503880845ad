/**
 * `npm run test:chaos`: 200 consultations through the production path while things break, then invariants.
 *
 * The bot runs as its own process (`node dist/src/main.js`) against a puppet-service server on loopback in front of
 * a mock WeChat, with its own redis-server (AOF on). While 200 compatriots ask and 10 doctors claim and answer:
 *   - the bot process is killed with SIGKILL at random points and started again, several times;
 *   - redis-server is killed and started again mid-run;
 *   - Redis is unreachable for 30 s (the server is frozen with SIGSTOP: connections stay open and nothing answers,
 *     as in a network partition), while questions, claims and answers go on;
 *   - the puppet-service server is shut down and started again on the same port (the bot's gRPC client reconnects);
 *   - inbound messages are delivered twice (the same message id again, questions and doctors' commands alike) and
 *     out of order (a question held back and delivered after the next message).
 * Afterwards, from the store and from what the mock WeChat received: every consultation acknowledged exactly once,
 * answered exactly once or still open, no group message sent twice, no claim held by two doctors. Prints the counts as
 * JSON; exit code 1 when an invariant fails.
 *
 * `CHAOS_PROFILE=ci` runs the same faults once each over 60 questions (about 75 s); `test/chaos/chaos.test.ts`
 * runs that profile inside `npm test`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import { log as wechatyLog, PuppetServer } from 'wechaty-puppet-service';
import { PROJECT_ROOT } from '../../src/paths';
import { freePort } from '../support/wait';

interface Profile {
  askers: number;
  /** Kill the bot after these questions, and after these answers. */
  killAfterQuestions: number[];
  killAfterAnswers: number[];
  redisRestartAfter: number;
  redisOutageAfter: number;
  puppetServerRestartAfter: number;
}
const PROFILES: Record<string, Profile> = {
  // the outage starts after the last question-phase kill, so /healthz is asked of a running bot; a kill still falls
  // inside it (the first answer-phase kill), to restart the bot while Redis does not answer
  full: {
    askers: 200,
    killAfterQuestions: [37, 74, 111, 148, 185],
    killAfterAnswers: [53, 106, 159],
    redisRestartAfter: 100,
    redisOutageAfter: 186,
    puppetServerRestartAfter: 60,
  },
  ci: {
    askers: 60,
    killAfterQuestions: [20],
    killAfterAnswers: [30],
    redisRestartAfter: 45,
    redisOutageAfter: 50,
    puppetServerRestartAfter: 35,
  },
};
const profileName = process.env.CHAOS_PROFILE ?? 'full';
const profile: Profile =
  PROFILES[profileName] ??
  ((): never => {
    throw new Error(`chaos: CHAOS_PROFILE must be one of ${Object.keys(PROFILES).join(', ')}`);
  })();
const ASKERS = profile.askers;
const DOCTORS = 10;
const REDIS_OUTAGE_MS = 30_000;
const sent: Array<{ to: string; text: string }> = [];
const seedRandom = (): (() => number) => {
  let x = 20200316;
  return () => ((x = (x * 1103515245 + 12345) % 2 ** 31), x / 2 ** 31);
};
const random = seedRandom();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(what: string, ok: () => boolean, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`chaos: timed out waiting for ${what}`);
    await sleep(20);
  }
}

async function main(): Promise<number> {
  const t0 = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'qht-chaos-'));
  process.stderr.write(`chaos: data in ${dir}\n`);
  process.env.HOME = dir;
  wechatyLog.level('silent');

  // redis-server of our own, so it can be killed
  const redisPort = await freePort();
  mkdirSync(join(dir, 'redis'));
  const procs: { redis: ChildProcess | null; bot: ChildProcess | null } = { redis: null, bot: null };
  // whatever happens, nothing this run started outlives it
  const cleanUp = () => {
    procs.redis?.kill('SIGCONT');
    procs.redis?.kill('SIGKILL');
    procs.bot?.kill('SIGKILL');
  };
  process.on('exit', cleanUp);
  for (const signal of ['SIGTERM', 'SIGINT'] as const)
    process.on(signal, () => {
      cleanUp();
      process.exit(1);
    });
  const startRedis = async () => {
    procs.redis = spawn(
      'redis-server',
      [
        '--port',
        String(redisPort),
        '--bind',
        '127.0.0.1',
        '--dir',
        join(dir, 'redis'),
        '--appendonly',
        'yes',
        '--save',
        '',
        '--maxmemory-policy',
        'noeviction',
      ],
      { stdio: 'ignore' },
    );
    await sleep(300);
  };
  await startRedis();

  // mock WeChat behind puppet-service
  const mocker = new mock.Mocker();
  const puppet = new PuppetMock({ mocker });
  const original = puppet.messageSendText.bind(puppet);
  puppet.messageSendText = async (conversationId: string, text: string, mentionIdList?: string[]) => {
    sent.push({ to: conversationId, text });
    void mentionIdList;
    return original(conversationId, text);
  };
  const self = mocker.createContact({ id: 'qxy-self', name: '青小医' });
  const admin = mocker.createContact({ id: 'admin', name: '管理员' });
  const askers = Array.from({ length: ASKERS }, (_, i) =>
    mocker.createContact({ id: `a${i}`, name: `侨胞${i}` }),
  );
  const doctors = Array.from({ length: DOCTORS }, (_, i) =>
    mocker.createContact({ id: `d${i}`, name: `医生${i}` }),
  );
  const room = mocker.createRoom({
    id: 'chaos@chatroom',
    topic: '混沌测试群',
    memberIdList: ['qxy-self', ...askers.map((a) => a.id)],
  });
  puppet.on('start', () => {
    setImmediate(() => !puppet.isLoggedIn && mocker.login(self));
  });
  // the ids of the messages people sent, by sender, to deliver some again
  const delivered = new Map<string, string>();
  puppet.on('message', ({ messageId }) => {
    void puppet.messagePayload(messageId).then((p) => {
      const talker = (p as { talkerId?: string; fromId?: string }).talkerId ?? p.fromId;
      if (talker && talker !== self.id) delivered.set(talker, messageId);
    });
  });
  /** Delivers the message id `talker` sent last once more, as a reconnecting puppet does. */
  const deliverAgain = (talker: string): boolean => {
    const id = delivered.get(talker);
    if (!id) return false;
    puppet.emit('message', { messageId: id });
    return true;
  };
  // out of order: the next message event is held back and delivered after the one that follows it
  let holdNext = false;
  let held: { messageId: string } | null = null;
  let outOfOrder = 0;
  const emit = puppet.emit.bind(puppet) as (event: string, payload: unknown) => boolean;
  (puppet as unknown as { emit: typeof emit }).emit = (event, payload) => {
    if (event === 'message' && holdNext && !held) {
      holdNext = false;
      held = payload as { messageId: string };
      return true;
    }
    const result = emit(event, payload);
    if (event === 'message' && held) {
      const late = held;
      held = null;
      outOfOrder++;
      emit('message', late);
    }
    return result;
  };
  const heartbeat = setInterval(() => puppet.emit('heartbeat', { data: 'chaos' }), 1000);
  const port = await freePort();
  const token = `insecure_${randomUUID()}`;
  const newServer = () =>
    new PuppetServer({ endpoint: `127.0.0.1:${port}`, puppet, token, tls: { disable: true } });
  let server = newServer();
  await server.start();

  const bots = join(dir, 'bots');
  mkdirSync(bots);
  writeFileSync(
    join(bots, 'qxy.json'),
    JSON.stringify({ id: 'qxy', name: '青小医', puppet: 'wechaty-puppet-service' }),
  );
  // the console's /healthz, asked during the Redis outage
  const consolePort = await freePort();
  let bot: ChildProcess | null = null;
  let finished = false;
  let kills = 0;
  /** Times the bot exited by itself (its supervisor found an account down) and was started again, as Docker would. */
  let selfExits = 0;
  const selfExitCodes: Array<number | null> = [];
  /**
   * While a bot that exited by itself is being started again: the question and answer loops wait for it, as they do
   * after a kill (messages sent while no bot reads are lost: puppet-service does not replay them).
   */
  let restarting: Promise<void> | null = null;
  /**
   * When a bot that exited by itself could not read: from `supervisor.connectionLostSeconds` plus two checks before
   * its exit (its supervisor exits that long after the puppet-service connection went quiet; a crash exits at once)
   * until the restarted bot answered.
   */
  const downWindows: Array<[number, number]> = [];
  /** The bot's supervisor settings here: short, so a lost connection ends in an exit within the run. */
  const CONNECTION_LOST_SECONDS = 10;
  const CHECK_EVERY_SECONDS = 2;
  const SELF_EXIT_LOOKBACK_MS = (CONNECTION_LOST_SECONDS + 2 * CHECK_EVERY_SECONDS) * 1000;
  const startBot = () => {
    const child = spawn(process.execPath, [join(PROJECT_ROOT, 'dist', 'src', 'main.js')], {
      stdio: ['ignore', process.env.CHAOS_LOG ? 'inherit' : 'ignore', 'inherit'],
      env: {
        ...process.env,
        QHT_BOTS_DIR: bots,
        WECHATY_PUPPET_SERVICE_ENDPOINT: `127.0.0.1:${port}`,
        WECHATY_PUPPET_SERVICE_TOKEN: token,
        REDIS_URL: `redis://127.0.0.1:${redisPort}`,
        DATA_DIR: join(dir, 'data'),
        LOG_LEVEL: process.env.CHAOS_LOG ?? 'error',
        QHT_NO_DEMO: '1',
        QHT__roles__admins: '["admin"]',
        QHT__pacing__minGapMs: '0',
        QHT__pacing__jitterMs: '0',
        QHT__console__enabled: 'true',
        QHT__console__port: String(consolePort),
        QHT__claims__capacity: '50',
        QHT__commands__perMinute: '1000',
        QHT__gateway__maxMessageAgeSeconds: '3600',
        QHT__supervisor__connectionLostSeconds: String(CONNECTION_LOST_SECONDS),
        QHT__supervisor__checkEverySeconds: String(CHECK_EVERY_SECONDS),
      },
    });
    bot = procs.bot = child;
    // the process manager: a bot that exits by itself is started again (one we kill is restarted by `kill`)
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL' || signal === 'SIGTERM' || finished) return;
      const exitedAt = Date.now();
      selfExits++;
      selfExitCodes.push(code);
      process.stderr.write(
        `chaos: the bot exited by itself (code ${code}) ${Math.round((exitedAt - t0) / 100) / 10} s in\n`,
      );
      // unless it was replaced meanwhile (a kill restarts it too)
      if (procs.bot !== child) return;
      const back = sleep(1_000).then(async () => {
        if (finished || procs.bot !== child) return;
        startBot();
        await ready();
        downWindows.push([exitedAt - SELF_EXIT_LOOKBACK_MS, Date.now()]);
      });
      const settled: Promise<void> = back.finally(() => {
        if (restarting === settled) restarting = null;
      });
      restarting = settled;
    });
  };
  /** Waits until the (re)started bot answers the admin: it is logged in and reading again. */
  const ready = async (): Promise<number> => {
    const started = Date.now();
    const before = sent.filter((s) => s.to === 'admin').length;
    let asked = 0;
    await until(
      'the bot to answer',
      () => {
        if (sent.filter((s) => s.to === 'admin').length > before) return true;
        if (Date.now() - started > asked * 1_000) {
          asked++;
          admin.say('/id').to(self);
        }
        return false;
      },
      120_000,
    );
    return Date.now() - started;
  };
  const downtimes: number[] = [];
  /** SIGKILL at whatever point the bot is, start it again, and go on once it reads again. */
  /** When the bot lost what it was reading: kills and puppet-service restarts. */
  const disruptions: number[] = [];
  const kill = async () => {
    disruptions.push(Date.now());
    bot?.kill('SIGKILL');
    kills++;
    await sleep(200);
    startBot();
    downtimes.push(await ready());
  };

  /** The puppet-service server goes away (its gRPC server shut down) and comes back on the same port. */
  const puppetServerDowntimes: number[] = [];
  const restartPuppetServer = async () => {
    disruptions.push(Date.now());
    await server.stop();
    await sleep(2_000);
    server = newServer();
    await server.start();
    puppetServerDowntimes.push(await ready());
  };
  /** Redis stops answering for 30 s (frozen: connections stay open, nothing answers, as in a partition). */
  let outage: Promise<void> | null = null;
  let healthDuringOutage: { status: number; redis: unknown; ms: number } | { error: string } | null = null;
  const redisOutage = () => {
    const redis = procs.redis;
    redis?.kill('SIGSTOP');
    outage = sleep(REDIS_OUTAGE_MS).then(() => void redis?.kill('SIGCONT'));
    // /healthz must answer, and say Redis is down, while Redis does not answer
    void sleep(2_000).then(async () => {
      const started = Date.now();
      try {
        const res = await fetch(`http://127.0.0.1:${consolePort}/healthz`, {
          signal: AbortSignal.timeout(10_000),
        });
        const body = (await res.json()) as { redis?: unknown };
        healthDuringOutage = { status: res.status, redis: body.redis, ms: Date.now() - started };
      } catch (err) {
        healthDuringOutage = { error: err instanceof Error ? err.message : String(err) };
      }
    });
  };

  let redelivered = 0;
  const askedAt: number[] = [];
  const answeredAt: number[] = [];
  /** Whether a message sent at `at` was still being read when the bot was killed or cut off (within 2 s). */
  const inFlightAtADisruption = (at: number | undefined) =>
    at !== undefined && disruptions.some((d) => d >= at && d - at <= 2_000);
  /** Whether a message sent at `at` went out while a bot that exited by itself could not read. */
  const sentWhileDown = (at: number | undefined) =>
    at !== undefined && downWindows.some(([from, to]) => at >= from && at <= to);
  /** Goes on once a bot that exited by itself reads again. */
  const upAgain = async () => {
    while (restarting) await restarting;
  };

  startBot();
  await ready();
  for (const d of doctors) d.say('你好').to(self);
  await sleep(2_000);
  for (const d of doctors) admin.say(`/doctor add ${d.id} respiratory,general`).to(self);
  await sleep(2_000);
  for (const d of doctors) d.say('on').to(self);
  await sleep(2_000);

  // the questions, with kills, a Redis restart, a Redis outage, a puppet-service restart, redeliveries, reordering
  for (let i = 0; i < ASKERS; i++) {
    const ask = askers[i] as InstanceType<typeof mock.ContactMock>;
    await upAgain();
    if (random() < 0.1) holdNext = true;
    askedAt[i] = Date.now();
    ask.say(`@青小医 我发烧咳嗽两天了（${i}）`, [self]).to(room);
    await sleep(10);
    if (random() < 0.1 && deliverAgain(ask.id)) redelivered++;
    if (profile.killAfterQuestions.includes(i)) await kill();
    if (i === profile.puppetServerRestartAfter) await restartPuppetServer();
    if (i === profile.redisRestartAfter) {
      // Redis goes away for a second and comes back (AOF): the bot keeps reading; sends resume
      procs.redis?.kill('SIGKILL');
      await sleep(1_000);
      await startRedis();
    }
    if (i === profile.redisOutageAfter) redisOutage();
    await sleep(30);
  }
  holdNext = false;
  // doctors claim and answer every ticket (their commands delivered twice now and then), with more kills
  await sleep(5_000);
  for (let n = 1; n <= ASKERS; n++) {
    const d = doctors[n % DOCTORS] as InstanceType<typeof mock.ContactMock>;
    await upAgain();
    answeredAt[n] = Date.now();
    d.say(`接 ${n}`).to(self);
    await sleep(20);
    if (random() < 0.1 && deliverAgain(d.id)) redelivered++;
    d.say(`答 ${n} 多喝水，按时测体温（${n}）`).to(self);
    await sleep(10);
    if (random() < 0.1 && deliverAgain(d.id)) redelivered++;
    if (profile.killAfterAnswers.includes(n)) await kill();
    await sleep(10);
  }
  await outage;
  await upAgain();
  // until the store has nothing left to send (a killed worker's job lock holds its queue up to about 15 s)
  const storeFile = join(dir, 'data', 'qiaohaitong.sqlite');
  const pending = (): number => {
    const db = new Database(storeFile, { readonly: true, fileMustExist: true });
    try {
      return (
        db.prepare("SELECT count(*) AS n FROM outbound_messages WHERE status = 'pending'").get() as {
          n: number;
        }
      ).n;
    } finally {
      db.close();
    }
  };
  const settleStart = Date.now();
  while (pending() > 0 && Date.now() - settleStart < 180_000) await sleep(1_000);
  const settleSeconds = Math.round((Date.now() - settleStart) / 1000);
  await sleep(3_000);
  finished = true;
  const running = bot as ChildProcess | null;
  running?.kill('SIGTERM');
  await sleep(2_000);

  // invariants
  const db = new Database(join(dir, 'data', 'qiaohaitong.sqlite'), { readonly: true });
  const tickets = db
    .prepare<[], { id: number; status: string }>('SELECT id, status FROM consultations ORDER BY id')
    .all();
  const seen = new Set(
    db
      .prepare<[], { text: string }>('SELECT text FROM consultations')
      .all()
      .map((r) => /（(\d+)）/u.exec(r.text)?.[1]),
  );
  const unseenIds = Array.from({ length: ASKERS }, (_, i) => i).filter((i) => !seen.has(String(i)));
  const unseen = unseenIds.length;
  const unseenInFlight = unseenIds.filter((i) => inFlightAtADisruption(askedAt[i])).length;
  const unseenWhileDown = unseenIds.filter(
    (i) => !inFlightAtADisruption(askedAt[i]) && sentWhileDown(askedAt[i]),
  ).length;
  const stillPending = (
    db.prepare("SELECT count(*) AS n FROM outbound_messages WHERE status = 'pending'").get() as { n: number }
  ).n;
  const groupTexts = sent.filter((s) => s.to === 'chaos@chatroom').map((s) => s.text);
  const count = (re: RegExp) => groupTexts.filter((t) => re.test(t)).length;
  // acknowledgements the bot was sending when it was killed: not sent again, by design (at most once for group
  // notices); WeChat may or may not have them
  const ackCutShort = new Set(
    db
      .prepare<[], { id: number }>(
        "SELECT consultation_id AS id FROM outbound_messages WHERE kind = 'ack' AND after_crash = 'not-resent'",
      )
      .all()
      .map((r) => r.id),
  );
  // answers the bot was sending when it was killed: sent again, by design (a repeated answer beats a lost one)
  const answerResent = new Set(
    db
      .prepare<[], { id: number }>(
        "SELECT consultation_id AS id FROM outbound_messages WHERE kind = 'answer' AND after_crash = 'resent'",
      )
      .all()
      .map((r) => r.id),
  );
  let answeredTwiceAfterAKill = 0;
  let ackedOnce = 0;
  let ackLostToAKill = 0;
  let ackMissing = 0;
  let ackedTwice = 0;
  let answeredOnce = 0;
  let answeredTwice = 0;
  let openUnanswered = 0;
  let openOtherwise = 0;
  let answeredWithoutRelay = 0;
  for (const t of tickets) {
    const acks = count(new RegExp(`编号 #${t.id}[，,]`, 'u'));
    if (acks === 1) ackedOnce++;
    if (acks > 1) ackedTwice++;
    if (acks === 0 && ackCutShort.has(t.id)) ackLostToAKill++;
    else if (acks === 0) ackMissing++;
    const answers = count(new RegExp(`【医生回复 #${t.id}】`, 'u'));
    if (answers === 1) answeredOnce++;
    if (answers > 1 && answerResent.has(t.id)) answeredTwiceAfterAKill++;
    else if (answers > 1) answeredTwice++;
    if (answers === 0 && (t.status === 'queued' || t.status === 'claimed')) {
      openUnanswered++;
      if (!inFlightAtADisruption(answeredAt[t.id]) && !sentWhileDown(answeredAt[t.id])) openOtherwise++;
    }
    if (answers === 0 && (t.status === 'answered' || t.status === 'closed')) answeredWithoutRelay++;
  }
  const resentAnswer = (text: string) => [...answerResent].some((id) => text.includes(`【医生回复 #${id}】`));
  const countedTexts = groupTexts.filter((text) => !resentAnswer(text));
  const duplicatesInGroup = countedTexts.length - new Set(countedTexts).size;
  const doubleClaims = (
    db
      .prepare(
        `SELECT count(*) AS n FROM (SELECT consultation_id, count(DISTINCT actor_id) AS doctors FROM consultation_events
           WHERE kind = 'claimed' GROUP BY consultation_id HAVING doctors > 1)`,
      )
      .get() as { n: number }
  ).n;
  const report = {
    questions: ASKERS,
    profile: profileName,
    redelivered,
    delivered_out_of_order: outOfOrder,
    bot_kills: kills,
    seconds_to_read_again_after_a_kill: downtimes.map((d) => Math.round(d / 100) / 10),
    redis_restarts: 1,
    redis_unreachable_seconds: REDIS_OUTAGE_MS / 1000,
    healthz_during_redis_outage: healthDuringOutage,
    puppet_service_restarts: puppetServerDowntimes.length,
    bot_exits_on_its_own_and_restarted: selfExits,
    exit_codes_of_those_exits: selfExitCodes,
    seconds_to_read_again_after_a_puppet_service_restart: puppetServerDowntimes.map(
      (d) => Math.round(d / 100) / 10,
    ),
    questions_never_seen_by_the_bot: unseen,
    of_which_sent_in_the_2_s_before_a_kill_or_cut: unseenInFlight,
    of_which_sent_while_a_bot_that_exited_by_itself_could_not_read: unseenWhileDown,
    questions_never_seen: unseenIds.map((i) => ({
      question: i,
      sent_at_s: Math.round(((askedAt[i] ?? t0) - t0) / 100) / 10,
    })),
    disruptions_at_s: disruptions.map((d) => Math.round((d - t0) / 100) / 10),
    self_exit_down_windows_s: downWindows.map(([from, to]) => [
      Math.round((from - t0) / 100) / 10,
      Math.round((to - t0) / 100) / 10,
    ]),
    consultations: tickets.length,
    seconds_to_drain_the_outbox: settleSeconds,
    messages_still_pending: stillPending,
    acknowledged_once: ackedOnce,
    acknowledged_twice: ackedTwice,
    acknowledgement_cut_short_by_a_kill: ackLostToAKill,
    acknowledgement_missing: ackMissing,
    answered_once: answeredOnce,
    answered_twice: answeredTwice,
    answered_twice_because_a_kill_cut_the_send_short: answeredTwiceAfterAKill,
    still_open: openUnanswered,
    still_open_without_a_kill_or_cut_as_its_doctor_answered: openOtherwise,
    answered_but_not_relayed: answeredWithoutRelay,
    group_messages: groupTexts.length,
    group_messages_sent_twice: duplicatesInGroup,
    group_messages_sent_twice_as_answers_resent_after_a_kill: answeredTwiceAfterAKill,
    tickets_claimed_by_two_doctors: doubleClaims,
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  clearInterval(heartbeat);
  await server.stop();
  procs.redis?.kill('SIGKILL');
  // a message can be lost only while the bot was killed or cut off reading it (puppet-service does not replay)
  const ok =
    unseen === unseenInFlight + unseenWhileDown &&
    openOtherwise === 0 &&
    stillPending === 0 &&
    ackedTwice === 0 &&
    answeredTwice === 0 &&
    doubleClaims === 0 &&
    ackMissing === 0 &&
    ackedOnce + ackLostToAKill === tickets.length &&
    duplicatesInGroup === 0 &&
    answeredOnce + answeredTwiceAfterAKill + openUnanswered === tickets.length;
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
