import { join } from 'node:path';
import type { Logger } from 'pino';
import { systemClock } from './app/clock';
import { formatProblems, loadSetup, PROJECT_ROOT, type BotAccount, type LoadedSetup } from './config';
import { buildServiceWechaty } from './gateway/build-wechaty';
import { channelAccounts } from './gateway/build-channels';
import { accountProblem } from './gateway/supervisor';
import { consoleToStderr, createLogger } from './logger';
import { ensureRedis, RedisUnavailableError } from './redis-server';
import { Runtime } from './runtime';
import { startConsole } from './console/start-console';
import { runDemo } from './sim/demo';

/** How long start-up may take (logging in is not part of it: the supervisor watches that). */
const START_LIMIT_MS = 120_000;

/** `npm start`: the bot with the accounts in bots/*.json, or the demo when none has credentials. */
async function main(): Promise<void> {
  consoleToStderr();
  const setup = loadSetup(PROJECT_ROOT, process.env);
  if (!setup.ok) {
    process.stderr.write(`${formatProblems(setup.problems)}\n`);
    process.exit(2);
  }
  const { config, bots, channels } = setup.value;
  const live = bots.length + channels.length;
  if (live === 0 && ['1', 'true', 'yes'].includes(process.env.QHT_NO_DEMO ?? '')) {
    process.stderr.write(
      `${formatProblems([
        'no bot account has a token, and QHT_NO_DEMO forbids the demo: set the token env vars named in bots/*.json',
      ])}\n`,
    );
    process.exit(2);
  }
  // The demo prints a readable transcript on stdout; its logs go to stderr, quieter unless LOG_LEVEL asks.
  const demo = live === 0;
  const log = createLogger(
    demo ? (process.env.LOG_LEVEL ?? 'warn') : config.logLevel,
    demo ? 'stderr' : 'stdout',
  );
  let fatal = (reason: string, err?: unknown): void => {
    log.fatal({ err }, reason);
    process.exit(1);
  };
  process.on('unhandledRejection', (err) => fatal('unhandled promise rejection', err));
  process.on('uncaughtException', (err) => fatal('uncaught exception', err));

  let redis;
  try {
    redis = await ensureRedis(config, log);
  } catch (err) {
    if (err instanceof RedisUnavailableError) {
      process.stderr.write(`侨海通 cannot start: ${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }

  let stop: () => Promise<void>;
  if (demo) {
    log.warn('no bot credentials configured: running the demo world (see README "Bot accounts" to go live)');
    stop = await runDemo(PROJECT_ROOT, setup.value, redis.url, log);
  } else {
    stop = await runBots(setup.value, redis.url, log);
  }

  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const hard = setTimeout(() => process.exit(1), 15_000);
    hard.unref();
    await stop();
    await redis.stop();
    process.exit(0);
  };
  fatal = (reason, err) => {
    log.fatal({ err }, reason);
    void shutdown(reason).finally(() => process.exit(1));
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

/** Runs the configured accounts on puppet-service, with a supervisor that exits when one is unhealthy. */
async function runBots(setup: LoadedSetup, redisUrl: string, log: Logger): Promise<() => Promise<void>> {
  const { config, bots, lexicon, emergency, tips, channels } = setup;
  const accounts = new Map(bots.map((b) => [b.id, b]));
  for (const b of bots) {
    if (!b.endpoint)
      log.warn(
        { botId: b.id },
        'no endpoint set: using token discovery (set the endpoint env var to skip it)',
      );
  }
  // start-up waits on Redis (the workers, the re-queueing of pending work) after the accounts already read: a Redis
  // that stops answering in between would leave them unwatched, so a start that takes too long exits for a restart
  const startLimit = setTimeout(() => {
    log.fatal(
      { seconds: START_LIMIT_MS / 1000 },
      'start-up did not finish: exiting so the process manager restarts',
    );
    process.exit(1);
  }, START_LIMIT_MS);
  const rt = await Runtime.start({
    config,
    lexicon,
    emergency,
    tips,
    bots: bots.map((b) => ({ id: b.id, name: b.name })),
    channels: channelAccounts(channels),
    wechatyFor: (bot) => buildServiceWechaty(accounts.get(bot.id) as BotAccount),
    dbFile: join(config.dataDir, 'qiaohaitong.sqlite'),
    redisUrl,
    clock: systemClock,
    random: () => Math.random(),
    log,
    tickEveryMs: config.tick.everySeconds * 1000,
  });
  clearTimeout(startLimit);
  const limits = {
    loginTimeoutMs: config.supervisor.loginTimeoutSeconds * 1000,
    silenceMs: config.supervisor.silenceSeconds * 1000,
    connectionLostMs: config.supervisor.connectionLostSeconds * 1000,
  };
  const timer = setInterval(() => {
    for (const g of rt.gateways.values()) {
      const problem = accountProblem(g.accountStatus(), Date.now(), limits);
      if (problem) {
        log.fatal(
          { botId: g.botId, problem },
          'bot account unhealthy: exiting so the process manager restarts the bot',
        );
        process.exit(1);
      }
    }
  }, config.supervisor.checkEverySeconds * 1000);
  log.info({ bots: [...bots, ...channels].map((b) => b.id) }, 'bot running');
  const web = await startConsole({
    config,
    env: process.env,
    runtime: () => rt,
    botIds: [...bots, ...channels].map((b) => b.id),
    log,
  });
  return async () => {
    await web?.stop();
    clearInterval(timer);
    await rt.stop();
  };
}

void main();
