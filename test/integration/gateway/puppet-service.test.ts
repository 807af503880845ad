import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import { log as wechatyLog, PuppetServer } from 'wechaty-puppet-service';
import { systemClock } from '../../../src/app/clock';
import { loadSetup } from '../../../src/config';
import { buildServiceWechaty } from '../../../src/gateway/build-wechaty';
import { PROJECT_ROOT } from '../../../src/paths';
import { deletePrefix } from '../../../src/queue/redis';
import { Runtime } from '../../../src/runtime';
import { freshPrefix, REDIS_URL, silentLog } from '../../support/env';
import { freePort, until } from '../../support/wait';

/**
 * The production path: wechaty-puppet-service's PuppetServer on loopback in front of a mock WeChat, and the bot
 * configured only through bots/*.json plus WECHATY_PUPPET_SERVICE_ENDPOINT / _TOKEN, as an operator would.
 */
describe('production path over puppet-service (gRPC on loopback)', () => {
  const sent: Array<{ conversationId: string; text: string; mentionIdList: string[] }> = [];
  let server: PuppetServer;
  let runtime: Runtime | undefined;
  let dir: string;
  let heartbeat: NodeJS.Timeout;
  let mocker: InstanceType<typeof mock.Mocker>;
  const savedHome = process.env.HOME;
  const prefix = freshPrefix('grpc');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'qht-grpc-'));
    wechatyLog.level('silent');
    process.env.HOME = dir; // puppet-service keeps a LevelDB payload cache under $HOME/.wechaty
    mocker = new mock.Mocker();
    const puppet = new PuppetMock({ mocker });
    const original = puppet.messageSendText.bind(puppet);
    puppet.messageSendText = async (conversationId: string, text: string, mentionIdList?: string[]) => {
      sent.push({ conversationId, text, mentionIdList: mentionIdList ?? [] });
      return original(conversationId, text);
    };
    const self = mocker.createContact({ id: 'qxy-self', name: '青小医' });
    mocker.createContact({ id: 'wang-wei', name: '王伟' });
    mocker.createContact({ id: 'dr-ye', name: '叶晓红' });
    mocker.createRoom({
      id: 'milano@chatroom',
      topic: '米兰青田同乡互助群',
      memberIdList: ['qxy-self', 'wang-wei'],
    });
    puppet.on('start', () => {
      setImmediate(() => !puppet.isLoggedIn && mocker.login(self));
    });
    heartbeat = setInterval(() => puppet.emit('heartbeat', { data: 'test' }), 1000);

    const port = await freePort();
    const token = `insecure_${randomUUID()}`;
    server = new PuppetServer({ endpoint: `127.0.0.1:${port}`, puppet, token, tls: { disable: true } });
    await server.start();

    const bots = join(dir, 'bots');
    mkdirSync(bots);
    writeFileSync(
      join(bots, 'qxy.json'),
      JSON.stringify({ id: 'qxy', name: '青小医', puppet: 'wechaty-puppet-service' }),
    );
    const env = {
      QHT_BOTS_DIR: bots,
      WECHATY_PUPPET_SERVICE_ENDPOINT: `127.0.0.1:${port}`,
      WECHATY_PUPPET_SERVICE_TOKEN: token,
    };
    const setup = loadSetup(PROJECT_ROOT, env);
    if (!setup.ok) throw new Error(setup.problems.join('\n'));
    const [bot] = setup.value.bots;
    expect(bot).toMatchObject({ id: 'qxy', endpoint: `127.0.0.1:${port}`, token });
    runtime = await Runtime.start({
      config: {
        ...setup.value.config,
        redis: { ...setup.value.config.redis, prefix },
        pacing: { minGapMs: 10, jitterMs: 10 },
      },
      lexicon: setup.value.lexicon,
      tips: setup.value.tips,
      emergency: setup.value.emergency,
      bots: [{ id: 'qxy', name: '青小医' }],
      wechatyFor: () => buildServiceWechaty(bot as NonNullable<typeof bot>),
      dbFile: join(dir, 'bot.sqlite'),
      redisUrl: REDIS_URL,
      clock: systemClock,
      random: () => 0.5,
      log: silentLog,
      tickEveryMs: null,
      prepareStore: (store) =>
        store.transaction(() => {
          store.people.upsert({ id: 'dr-ye', name: '叶晓红', dmBotId: 'qxy' }, 0);
          store.people.upsertDoctor(
            {
              id: 'dr-ye',
              hospital: '丽水市中心医院',
              specialties: ['respiratory'],
              languages: ['zh'],
              onDuty: true,
            },
            0,
          );
        }),
    });
    const gateway = runtime.gateways.get('qxy');
    await until(() => gateway?.accountStatus().loggedIn === true, 'the bot to log in over gRPC');
  }, 60_000);

  afterAll(async () => {
    clearInterval(heartbeat);
    if (runtime) {
      await runtime.stop();
      await deletePrefix(REDIS_URL, prefix);
    }
    await server.stop();
    process.env.HOME = savedHome;
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('reads a mention in a group, acknowledges with a real @mention, DMs the doctor, and relays the answer', async () => {
    const wang = mocker.ContactMock.load('wang-wei');
    const room = mocker.RoomMock.load('milano@chatroom');
    const self = mocker.ContactMock.load('qxy-self');
    wang.say('@青小医 我咳嗽发烧两天了', [self]).to(room);
    await until(() => sent.length >= 2, 'the acknowledgement and the doctor notification');
    expect(sent[0]).toMatchObject({ conversationId: 'milano@chatroom', mentionIdList: ['wang-wei'] });
    expect(sent[0]?.text).toMatch(/^@王伟\s已收到您的咨询，编号 #1/);
    expect(sent[1]).toMatchObject({ conversationId: 'dr-ye' });
    expect(sent[1]?.text).toContain('米兰青田同乡互助群');

    mocker.ContactMock.load('dr-ye').say('claim 1').to(self);
    await until(() => sent.length >= 3, 'the claim confirmation');
    expect(sent[2]?.text).toContain('您已接单 #1');

    mocker.ContactMock.load('dr-ye').say('多喝温水，注意休息').to(self);
    await until(() => sent.length >= 5, 'the answer and its confirmation');
    const answer = sent.find((s) => s.text.includes('【医生回复 #1】'));
    expect(answer).toMatchObject({ conversationId: 'milano@chatroom', mentionIdList: ['wang-wei'] });
    expect(answer?.text).toContain('叶晓红 医生 · 丽水市中心医院 · 呼吸科');
  }, 60_000);
});
