import type { Inbound } from '../../../src/domain/types';
import { MockAccount } from '../../../src/gateway/mock-world';
import { WechatyGateway } from '../../../src/gateway/wechaty-gateway';
import { VirtualClock } from '../../../src/sim/virtual-clock';
import { silentLog } from '../../support/env';

/** The gateway over a mock WeChat account: what reaches the pipeline, and what never does. */
describe('WechatyGateway', () => {
  const start = Date.parse('2020-03-16T08:30:00Z');
  let clock: VirtualClock;
  let account: MockAccount;
  let gateway: WechatyGateway;
  let received: Inbound[];
  let settled: string[];
  let failNext: number;

  beforeEach(async () => {
    clock = new VirtualClock(start);
    received = [];
    settled = [];
    failNext = 0;
    account = new MockAccount({
      botId: 'qxy',
      botName: '青小医',
      people: [
        { id: 'wang-wei', name: '王伟' },
        { id: 'dr-ye', name: '叶晓红' },
      ],
      rooms: [{ id: 'milano@chatroom', topic: '米兰青田同乡互助群', memberIds: ['wang-wei'] }],
    });
    gateway = new WechatyGateway({
      botId: 'qxy',
      displayName: '青小医',
      wechaty: account.wechaty,
      clock,
      maxMessageAgeMs: 120_000,
      onInbound: async (m) => {
        received.push(m);
        return failNext-- > 0 ? 'error' : 'handled';
      },
      onSettled: (id) => settled.push(id),
      inboundRetriesMs: [5, 5, 5],
      log: silentLog,
    });
    await gateway.start();
    account.login();
  });

  afterEach(async () => {
    await gateway.stop();
  });

  async function settle(id: string, times = 1): Promise<void> {
    const deadline = Date.now() + 5000;
    while (settled.filter((s) => s === id).length < times) {
      if (Date.now() > deadline) throw new Error(`message ${id} never settled`);
      await new Promise((r) => setTimeout(r, 2));
    }
  }

  it('accepts friend requests, so doctors and askers can be answered by DM', async () => {
    await account.requestFriendship('fr-1', 'dr-new', '我是新来的志愿医生');
    const deadline = Date.now() + 5000;
    while (account.acceptedFriendships.length === 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 5));
    expect(account.acceptedFriendships).toEqual(['fr-1']);
  });

  it('maps a group message with a real mention: text without the mention, group, sender', async () => {
    account.injectText('m1', 'wang-wei', '@青小医\u2005我咳嗽两天了', clock.now(), {
      id: 'milano@chatroom',
      mentionBot: true,
    });
    await settle('m1');
    expect(received).toEqual([
      {
        botId: 'qxy',
        msgId: 'm1',
        at: start,
        kind: 'text',
        sender: { id: 'wang-wei', name: '王伟' },
        group: { id: 'milano@chatroom', name: '米兰青田同乡互助群' },
        text: '我咳嗽两天了',
        mentionsBot: true,
      },
    ]);
  });

  it('recognises a mention typed by hand when the platform sends no mention list', async () => {
    account.injectText('m2', 'wang-wei', '@青小医 我咳嗽两天了', clock.now(), {
      id: 'milano@chatroom',
      mentionBot: false,
    });
    await settle('m2');
    expect(received[0]).toMatchObject({ mentionsBot: true, text: '@青小医 我咳嗽两天了' });
  });

  it('maps a DM (no group, no mention)', async () => {
    account.injectText('m3', 'dr-ye', 'claim 1', clock.now());
    await settle('m3');
    expect(received[0]).toMatchObject({
      msgId: 'm3',
      sender: { id: 'dr-ye', name: '叶晓红' },
      text: 'claim 1',
      mentionsBot: false,
    });
    expect(received[0]?.group).toBeUndefined();
  });

  it.each([
    ['image', 'image'],
    ['voice', 'voice'],
    ['file', 'file'],
  ] as const)('maps a %s message to kind %s with no text', async (type, kind) => {
    account.injectMedia(`m-${type}`, 'wang-wei', type, clock.now(), 'milano@chatroom');
    await settle(`m-${type}`);
    expect(received[0]).toMatchObject({ kind, text: '', group: { id: 'milano@chatroom' } });
  });

  it('drops a repeated message id, messages from before login, too old, and the bot’s own', async () => {
    account.injectText('dup', 'wang-wei', '你好', clock.now());
    await settle('dup');
    account.deliver('dup');
    await settle('dup', 2);
    account.injectText('before-login', 'wang-wei', '登录前的消息', start - 5_000);
    await settle('before-login');
    clock.advance(10 * 60_000);
    account.injectText('stale', 'wang-wei', '五分钟前', clock.now() - 5 * 60_000);
    await settle('stale');
    account.injectText('self', 'qxy', '我自己说的', clock.now());
    await settle('self');
    expect(received.map((m) => m.msgId)).toEqual(['dup']);
  });

  it('tries a message whose handling failed again by itself, and remembers its id once handled', async () => {
    failNext = 2;
    account.injectText('flaky', 'wang-wei', '你好', clock.now());
    await settle('flaky');
    expect(received.map((m) => m.msgId)).toEqual(['flaky', 'flaky', 'flaky']);
    account.deliver('flaky');
    await settle('flaky', 2);
    expect(received).toHaveLength(3);
  });

  it('after every try failed, forgets the id so a redelivery is handled', async () => {
    failNext = 4;
    account.injectText('down', 'wang-wei', '你好', clock.now());
    await settle('down');
    expect(received).toHaveLength(4);
    account.deliver('down');
    await settle('down', 2);
    expect(received).toHaveLength(5);
  });

  it('keeps the first login as the end of history: after a reconnect, messages from the outage are read', async () => {
    clock.advance(60_000);
    await account.wechaty.logout().catch(() => undefined);
    account.login();
    account.injectText('outage', 'wang-wei', '掉线时发的', clock.now() - 30_000);
    await settle('outage');
    expect(received.map((m) => m.msgId)).toEqual(['outage']);
    expect(gateway.accountStatus().loginAt).toBe(start);
  });

  it('after a restart, reads what was said while it was down (history ends at the account’s first login ever)', async () => {
    const restarted = new MockAccount(account.world);
    const seen: Inbound[] = [];
    const second = new WechatyGateway({
      botId: 'qxy',
      displayName: '青小医',
      wechaty: restarted.wechaty,
      clock,
      maxMessageAgeMs: 120_000,
      onInbound: async (m) => {
        seen.push(m);
        return 'handled';
      },
      recordLogin: () => start - 3_600_000,
      log: silentLog,
    });
    clock.advance(60_000);
    await second.start();
    restarted.login();
    restarted.injectText('while-down', 'wang-wei', '重启时问的', clock.now() - 30_000);
    const deadline = Date.now() + 5000;
    while (seen.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    expect(seen.map((m) => m.msgId)).toEqual(['while-down']);
    await second.stop();
  });

  it('refuses to post without the @mention it was asked for', async () => {
    await expect(
      gateway.send({
        botId: 'qxy',
        toId: 'milano@chatroom',
        isGroup: true,
        text: '收到',
        mentions: ['nobody'],
      }),
    ).rejects.toThrow(/to mention not found/);
    expect(account.drainSent()).toEqual([]);
  });

  it('sends to a group with a real @mention, and to a person by DM', async () => {
    await gateway.send({
      botId: 'qxy',
      toId: 'milano@chatroom',
      isGroup: true,
      text: '收到',
      mentions: ['wang-wei'],
    });
    await gateway.send({ botId: 'qxy', toId: 'dr-ye', isGroup: false, text: '新咨询', mentions: [] });
    const sent = account.drainSent();
    expect(sent).toHaveLength(2);
    expect(sent[0]).toMatchObject({ conversationId: 'milano@chatroom', mentionIdList: ['wang-wei'] });
    expect(sent[0]?.text).toMatch(/^@王伟\s收到$/);
    expect(sent[1]).toEqual({ conversationId: 'dr-ye', text: '新咨询', mentionIdList: [] });
  });

  it('reports its account status for the supervisor', () => {
    expect(gateway.accountStatus()).toMatchObject({
      botId: 'qxy',
      loggedIn: true,
      loginAt: start,
      startedAt: start,
    });
  });
});
