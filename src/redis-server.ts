import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdirSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import type { Logger } from 'pino';
import type { Config } from './config';
import { DEFAULT_REDIS_URL, redisAnswers } from './queue/redis';

export class RedisUnavailableError extends Error {
  override name = 'RedisUnavailableError';
}

export interface RedisHandle {
  url: string;
  /** Stops the private redis-server if this process started one. */
  stop(): Promise<void>;
}

function findOnPath(bin: string, env: NodeJS.ProcessEnv): string | null {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, bin);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      continue;
    }
  }
  return null;
}

const INSTALL_HINT =
  'Install Redis (Debian/Ubuntu: apt-get install redis-server; macOS: brew install redis) or set REDIS_URL to a ' +
  'Redis 6.2+ server with maxmemory-policy noeviction.';

/**
 * Finds the Redis to use: REDIS_URL (must answer), else 127.0.0.1:6379, else a private redis-server started from
 * PATH with its data under <dataDir>/redis, AOF on and eviction off, as BullMQ requires. `port` is for tests.
 */
export async function ensureRedis(
  config: Config,
  log: Logger,
  opts: { env?: NodeJS.ProcessEnv; port?: number } = {},
): Promise<RedisHandle> {
  const env = opts.env ?? process.env;
  const port = opts.port ?? 6379;
  const localUrl = port === 6379 ? DEFAULT_REDIS_URL : `redis://127.0.0.1:${port}`;
  const none = async (): Promise<void> => undefined;
  if (config.redis.url) {
    if (await redisAnswers(config.redis.url)) return { url: config.redis.url, stop: none };
    throw new RedisUnavailableError(
      `Redis at ${config.redis.url} (REDIS_URL) does not answer. Start it, or unset REDIS_URL.`,
    );
  }
  if (await redisAnswers(localUrl)) return { url: localUrl, stop: none };
  if (!config.redis.autoStart) {
    throw new RedisUnavailableError(
      `No Redis answers on 127.0.0.1:${port} and redis.autoStart is off. ${INSTALL_HINT}`,
    );
  }
  const bin = findOnPath('redis-server', env);
  if (!bin) {
    throw new RedisUnavailableError(
      `No Redis answers on 127.0.0.1:${port} and redis-server is not on PATH. ${INSTALL_HINT}`,
    );
  }
  const dir = resolve(config.dataDir, 'redis');
  mkdirSync(dir, { recursive: true });
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes'];
  args.push(
    '--appendfsync',
    'everysec',
    '--maxmemory-policy',
    'noeviction',
    '--save',
    '',
    '--daemonize',
    'no',
  );
  const child: ChildProcess = spawn(bin, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (b: Buffer) => (stderr += b.toString()));
  const deadline = Date.now() + 10_000;
  while (!(await redisAnswers(localUrl, 500))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new RedisUnavailableError(
        `The private redis-server did not start: ${stderr.trim() || 'no output'}. ${INSTALL_HINT}`,
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  log.warn(
    { dir, port },
    'started a private redis-server on 127.0.0.1 (data under dataDir/redis); it stops with the bot',
  );
  return {
    url: localUrl,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
