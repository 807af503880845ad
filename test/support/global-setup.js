// Every integration and end-to-end test needs a real Redis. It must answer, or the run fails with a clear message:
// tests never skip silently (CI=true or not).
const IORedis = require('ioredis');

module.exports = async function globalSetup() {
  const url = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
  const redis = new IORedis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: 2000,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } catch (err) {
    throw new Error(
      `The tests need Redis at ${url} and it does not answer (${err.message}). ` +
        'Start one with `redis-server --daemonize yes --port 6379`, or set REDIS_URL.',
    );
  } finally {
    redis.disconnect();
  }
};
