import IORedis, { type Redis } from 'ioredis';

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

/**
 * A connection for BullMQ workers and queues: `maxRetriesPerRequest: null` as BullMQ requires, so a Redis restart
 * pauses work instead of failing it.
 */
export function connectRedis(url: string): Redis {
  return new IORedis(url, { maxRetriesPerRequest: null, connectionName: 'qiaohaitong' });
}

/** Answers whether a Redis server answers PING at `url` within `timeoutMs`. */
export async function redisAnswers(url: string, timeoutMs = 1500): Promise<boolean> {
  const probe = new IORedis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    connectTimeout: timeoutMs,
    retryStrategy: () => null,
  });
  probe.on('error', () => undefined);
  try {
    await probe.connect();
    return (await probe.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

/** Deletes every key under `<prefix>:` (a throwaway simulator or test namespace). Never touches other prefixes. */
export async function deletePrefix(url: string, prefix: string): Promise<number> {
  const redis = new IORedis(url, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    let deleted = 0;
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) deleted += await redis.unlink(...keys);
    } while (cursor !== '0');
    return deleted;
  } finally {
    redis.disconnect();
  }
}
