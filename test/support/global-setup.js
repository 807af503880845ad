// Every integration and end-to-end test needs a real Redis. Tests never skip.
// - REDIS_URL set, or something answering on 127.0.0.1:6379: that Redis is used.
// - Otherwise, outside CI, a private redis-server from PATH is started on a free port for this run (stopped after).
// - Under CI=true a missing Redis fails the run with a clear message (.ci/run starts one first).
const { spawn } = require('node:child_process');
const net = require('node:net');
const IORedis = require('ioredis');

async function answers(url) {
  const redis = new IORedis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: 2000,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

module.exports = async function globalSetup() {
  const url = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
  if (await answers(url)) return;
  const hint = 'Start one with `redis-server --daemonize yes --port 6379`, or set REDIS_URL.';
  if (process.env.REDIS_URL || process.env.CI === 'true') {
    throw new Error(`The tests need Redis at ${url} and it does not answer. ${hint}`);
  }
  const port = await freePort();
  const child = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--maxmemory-policy',
      'noeviction',
    ],
    {
      stdio: 'ignore',
    },
  );
  const failed = new Promise((_, reject) =>
    child.once('error', (err) =>
      reject(
        new Error(
          `No Redis answers at ${url} and redis-server could not be started (${err.message}). ${hint}`,
        ),
      ),
    ),
  );
  const privateUrl = `redis://127.0.0.1:${port}`;
  const ready = (async () => {
    for (let i = 0; i < 100; i++) {
      if (await answers(privateUrl)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`The private redis-server on port ${port} did not answer. ${hint}`);
  })();
  await Promise.race([ready, failed]);
  globalThis.__QHT_REDIS__ = child;
  process.env.REDIS_URL = privateUrl;
  process.stderr.write(
    `\n(no Redis on 127.0.0.1:6379: the tests use a private redis-server at ${privateUrl})\n`,
  );
};
