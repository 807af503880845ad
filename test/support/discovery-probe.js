// Starts one bot account on puppet-service with a token and NO endpoint (token discovery), in a process of its
// own: an uncaught exception (the grpc-js resolver crash) would kill it with a non-zero code.
require('./ts-register');
const pino = require('pino');
const { systemClock } = require('../../src/app/clock');
const { buildServiceWechaty } = require('../../src/gateway/build-wechaty');
const { WechatyGateway } = require('../../src/gateway/wechaty-gateway');

const errors = [];
const wechaty = buildServiceWechaty({
  id: 'probe',
  name: '青小医',
  puppet: 'wechaty-puppet-service',
  token: process.env.PROBE_TOKEN,
  tls: false,
  timeoutSeconds: 60,
  enabled: true,
});
wechaty.on('error', (e) => errors.push(e.message));
const gateway = new WechatyGateway({
  botId: 'probe',
  displayName: '青小医',
  wechaty,
  clock: systemClock,
  maxMessageAgeMs: 120_000,
  onInbound: async () => undefined,
  log: pino({ level: 'silent' }),
});
gateway.start().then(
  () =>
    setTimeout(async () => {
      process.stdout.write(`${JSON.stringify({ status: gateway.accountStatus(), errors: errors.length })}\n`);
      await gateway.stop();
      process.exit(0);
    }, 500),
  (err) => {
    process.stdout.write(`${JSON.stringify({ rejected: String(err) })}\n`);
    process.exit(0);
  },
);
