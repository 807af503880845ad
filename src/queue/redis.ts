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
