import IORedis from 'ioredis';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureRedis, RedisUnavailableError } from '../../src/redis-server';
import { REDIS_URL, repoCore, silentLog } from '../support/env';
import { freePort } from '../support/wait';

describe('finding Redis at start-up', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'qht-redis-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const config = (over: Partial<ReturnType<typeof repoCore>['config']['redis']> = {}) => {
    const c = repoCore().config;
    return { ...c, dataDir: dir, redis: { ...c.redis, ...over } };
  };

  it('uses REDIS_URL when it answers', async () => {
    const handle = await ensureRedis(config({ url: REDIS_URL }), silentLog);
    expect(handle.url).toBe(REDIS_URL);
    await handle.stop();
  });

  it('stops with a clear message when REDIS_URL does not answer', async () => {
    const port = await freePort();
    await expect(ensureRedis(config({ url: `redis://127.0.0.1:${port}` }), silentLog)).rejects.toThrow(
      /does not answer\. Start it, or unset REDIS_URL/,
    );
  });

  it('starts a private redis-server from PATH, configured for BullMQ, and stops it', async () => {
    const port = await freePort();
    const handle = await ensureRedis(config(), silentLog, { port });
    expect(handle.url).toBe(`redis://127.0.0.1:${port}`);
    const client = new IORedis(handle.url, { maxRetriesPerRequest: 1 });
    expect(await client.config('GET', 'maxmemory-policy')).toEqual(['maxmemory-policy', 'noeviction']);
    expect(await client.config('GET', 'appendonly')).toEqual(['appendonly', 'yes']);
    expect(await client.config('GET', 'dir')).toEqual(['dir', join(dir, 'redis')]);
    client.disconnect();
    await handle.stop();
    const probe = new IORedis(handle.url, {
      lazyConnect: true,
      retryStrategy: () => null,
      maxRetriesPerRequest: 0,
    });
    probe.on('error', () => undefined);
    await expect(probe.connect()).rejects.toThrow();
    probe.disconnect();
  });

  it('says how to install Redis when none answers and redis-server is not on PATH', async () => {
    const port = await freePort();
    const attempt = ensureRedis(config(), silentLog, { port, env: { PATH: dir } });
    await expect(attempt).rejects.toThrow(RedisUnavailableError);
    await expect(ensureRedis(config(), silentLog, { port, env: { PATH: dir } })).rejects.toThrow(
      /apt-get install redis-server/,
    );
  });
});
