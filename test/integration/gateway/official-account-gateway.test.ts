import type { Inbound } from '../../../src/domain/types';
import { OfficialAccountGateway, splitText } from '../../../src/gateway/official-account-gateway';
import { signature } from '../../../src/gateway/wechat-crypto';
import { storeIdentities } from '../../../src/runtime';
import { FakeWeixin } from '../../../src/sim/fake-weixin';
import { openStore, type Store } from '../../../src/store/store';
import { silentLog } from '../../support/env';
import { until } from '../../support/wait';

const creds = {
  appId: 'wx1234567890abcdef',
  appSecret: 'oa-secret',
  token: 'qht-token',
  aesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
};

describe('WeChat message signatures', () => {
  it('matches the documented example (Token AAAAA, timestamp 1714037059, nonce 486452656)', () => {
    expect(signature(['AAAAA', '1714037059', '486452656'])).toBe('899cf89e464efb63f54ddac96b0a0a235f53aa78');
  });

  it('splits a long answer at sentence ends into numbered parts', () => {
    const text = Array.from({ length: 30 }, (_, i) => `第${i + 1}条建议：多喝水，注意休息。`).join('');
    const parts = splitText(text, 100);
    expect(parts.length).toBeGreaterThan(3);
    expect(parts.every((p) => p.length <= 100)).toBe(true);
    expect(parts[0]).toMatch(/。（1\/\d+）$/u);
    expect(parts.map((p) => p.replace(/（\d+\/\d+）$/u, '')).join('')).toBe(text);
  });

  it('never cuts an emoji or a number in half', () => {
    const emoji = '😷'.repeat(250);
    expect(splitText(emoji, 100).every((p) => !/[\ud800-\udbff](?![\udc00-\udfff])/u.test(p))).toBe(true);
    const dose = `${'多喝水'.repeat(30)}每次200毫克`;
    expect(splitText(dose, 100).join('')).toContain('200');
  });
});

/** Our Official Account endpoint against a loopback WeChat that signs, encrypts, retries and enforces the window. */
describe('Official Account gateway (loopback WeChat)', () => {
  let fake: FakeWeixin;
  let store: Store;
  let gateway: OfficialAccountGateway;
  let handled: Inbound[];
  let now: number;
  let slow = 0;

  beforeEach(async () => {
    now = Date.parse('2020-03-16T08:30:00Z');
    fake = await FakeWeixin.start(creds, () => now);
    store = openStore(':memory:', now);
    handled = [];
    slow = 0;
    gateway = new OfficialAccountGateway({
      botId: 'oa',
      ...creds,
      host: '127.0.0.1',
      port: 0,
      apiBase: fake.base,
      ledger: store.channels,
      hooks: {
        clock: { now: () => now, sleepUntil: async () => undefined },
        identities: storeIdentities(store),
        onInbound: async (m) => {
          if (slow) await new Promise((r) => setTimeout(r, slow));
          const fresh = store.inbound.record(m, now);
          if (fresh) handled.push(m);
          return fresh ? 'handled' : 'duplicate';
        },
        log: silentLog,
      },
    });
    await gateway.start();
  });

  afterEach(async () => {
    await gateway.stop();
    await fake.stop();
    store.close();
  });

  const endpoint = (): string => `http://127.0.0.1:${gateway.port}`;

  it('answers the server URL check only with the right token', async () => {
    expect(await fake.verifyUrl(endpoint())).toEqual({ status: 200, body: 'echostr' });
    expect((await fake.verifyUrl(endpoint(), true)).status).toBe(401);
  });

  it('takes signed safe-mode messages; refuses plaintext (safe mode is set), forged, stale and garbled ones', async () => {
    const ok = { status: 200, body: 'success' };
    expect(
      await fake.userSays(endpoint(), { openid: 'o-user1', text: '我发烧了', msgId: '1001', aes: true }),
    ).toMatchObject(ok);
    expect(
      await fake.userSays(endpoint(), { openid: 'o-user2', text: '孩子咳嗽', msgId: '1002', aes: true }),
    ).toMatchObject(ok);
    const refused = { status: 401 };
    expect(await fake.userSays(endpoint(), { openid: 'o-evil', text: '明文', msgId: '1003' })).toMatchObject(
      refused,
    );
    expect(
      await fake.userSays(endpoint(), {
        openid: 'o-evil',
        text: '伪造',
        msgId: '1004',
        aes: true,
        forge: true,
      }),
    ).toMatchObject(refused);
    expect(
      await fake.userSays(endpoint(), {
        openid: 'o-evil',
        text: '重放',
        msgId: '1005',
        aes: true,
        createTime: Math.floor(now / 1000) - 3600, // a signed request replayed an hour later
      }),
    ).toMatchObject(refused);
    // a signature that is not hex at all is refused, never thrown (it must not take the process down)
    const garbled = await fetch(
      `${endpoint()}/?signature=${encodeURIComponent('é'.repeat(40))}&timestamp=1&nonce=1`,
      {
        method: 'POST',
        body: '<xml/>',
      },
    );
    expect(garbled.status).toBe(401);
    expect(gateway.ready()).toBe(true);
    await until(() => handled.length === 2 && !gateway.busy, 'two messages');
    expect(handled.map((m) => [m.sender.id, m.text, m.group])).toEqual([
      ['oa:o-user1', '我发烧了', undefined],
      ['oa:o-user2', '孩子咳嗽', undefined],
    ]);
    expect(
      store.db.prepare("SELECT count(*) AS n FROM inbound_messages WHERE sender_id = 'oa:o-evil'").get(),
    ).toEqual({
      n: 0,
    });
  });

  it('says success at once, within the 5-second rule, even when handling is slow; WeChat’s retries count once', async () => {
    slow = 1_500;
    const first = await fake.userSays(endpoint(), {
      openid: 'o-user1',
      text: '我发烧了',
      msgId: '2001',
      aes: true,
    });
    expect(first).toMatchObject({ status: 200, body: 'success' });
    expect(first.ms).toBeLessThan(1_000);
    // WeChat retries the same MsgId (it does so three times when it hears nothing within 5 s)
    const retry = {
      openid: 'o-user1',
      text: '我发烧了',
      msgId: '2001',
      aes: true,
      createTime: Math.floor(now / 1000),
    };
    await fake.userSays(endpoint(), retry);
    await fake.userSays(endpoint(), retry);
    await until(() => !gateway.busy, 'handling', 10_000);
    expect(handled).toHaveLength(1);
  });

  it('sends 5 messages per user message within 48 hours; the rest waits for the user’s next message', async () => {
    await fake.userSays(endpoint(), { openid: 'o-user1', text: '我想问几个问题', msgId: '3001', aes: true });
    await until(() => handled.length === 1 && !gateway.busy, 'the question');
    const long = Array.from(
      { length: 7 },
      (_, i) => `${'多喝水，注意休息。'.repeat(60)}第${i + 1}段结束。`,
    ).join('\n\n');
    expect(
      await gateway.send({ botId: 'oa', toId: 'oa:o-user1', isGroup: false, text: long, mentions: [] }),
    ).toEqual({
      parked: true,
    });
    expect(fake.sent).toHaveLength(5);
    expect(fake.sent[4]?.text).toContain('请回复任意内容接收');
    expect(store.channels.parked('oa', 'o-user1').length).toBeGreaterThan(0);
    // two days later the window is closed: nothing is sent, the message waits
    now += 49 * 3_600_000;
    const sentBefore = fake.sent.length;
    await gateway.send({
      botId: 'oa',
      toId: 'oa:o-user1',
      isGroup: false,
      text: '医生补充：按时服药。',
      mentions: [],
    });
    expect(fake.sent).toHaveLength(sentBefore);
    // the user writes again: what waited goes out first
    await fake.userSays(endpoint(), { openid: 'o-user1', text: '谢谢', msgId: '3002', aes: true });
    await until(
      () => !gateway.busy && store.channels.parked('oa', 'o-user1').length === 0,
      'the parked messages',
    );
    expect(fake.sent.at(-1)?.text).toContain('医生补充：按时服药。');
    expect(fake.sent.length).toBeLessThanOrEqual(sentBefore + 5);
  });
});
