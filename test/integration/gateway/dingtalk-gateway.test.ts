import type { Inbound } from '../../../src/domain/types';
import { DingTalkGateway } from '../../../src/gateway/dingtalk-gateway';
import { storeIdentities } from '../../../src/runtime';
import { FakeDingTalk } from '../../../src/sim/fake-dingtalk';
import { openStore, type Store } from '../../../src/store/store';
import { silentLog } from '../../support/env';
import { until } from '../../support/wait';

const creds = { appKey: 'ding-app-key', appSecret: 'ding-secret' };

/**
 * The real dingtalk-stream client (inside our gateway) against a loopback DingTalk that speaks the documented
 * protocol. Inbound messages are deduplicated the way the pipeline does it (the store's message-id ledger).
 */
describe('DingTalk robot gateway (Stream mode, loopback fake)', () => {
  let fake: FakeDingTalk;
  let store: Store;
  let gateway: DingTalkGateway;
  let handled: Inbound[];
  let now: number;

  const build = (o: { appSecret?: string } = {}): DingTalkGateway =>
    new DingTalkGateway({
      botId: 'dt-robot',
      appKey: creds.appKey,
      appSecret: o.appSecret ?? creds.appSecret,
      apiBase: fake.base,
      backoffMs: { first: 50, max: 400 },
      hooks: {
        clock: { now: () => now, sleepUntil: async () => undefined },
        identities: storeIdentities(store),
        onInbound: (m) => {
          const fresh = store.inbound.record(m, now);
          if (fresh) handled.push(m);
          return Promise.resolve(fresh ? 'handled' : 'duplicate');
        },
        log: silentLog,
      },
    });

  beforeEach(async () => {
    now = Date.parse('2020-03-16T08:30:00Z');
    fake = await FakeDingTalk.start(creds, () => now);
    store = openStore(':memory:', now);
    handled = [];
    gateway = build();
  });

  afterEach(async () => {
    await gateway.stop();
    await fake.stop();
    store.close();
  });

  const group = (text: string, msgId?: string) => ({
    conversationId: 'cidGROUP==',
    conversationType: '2' as const,
    conversationTitle: '巴塞罗那侨胞群',
    senderStaffId: 'staff-li',
    senderNick: '李梅',
    text,
    atRobot: true,
    msgId,
    createAt: now,
  });

  it('reads a group message that @s the robot as a request, acks it, and drops a repeated msgId', async () => {
    await gateway.start();
    expect(gateway.ready()).toBe(true);
    fake.push(group('我发烧咳嗽两天了', 'msg-1'));
    fake.push(group('我发烧咳嗽两天了', 'msg-1')); // the same message pushed again (a reconnect, a second socket)
    expect(fake.push({ ...group('大家早上好'), atRobot: false })).toBe(false); // DingTalk never shows chatter
    await until(() => fake.unacked.size === 0 && !gateway.busy, 'acks');
    expect(handled).toEqual([
      {
        botId: 'dt-robot',
        msgId: 'msg-1',
        at: now,
        kind: 'text',
        sender: { id: 'dt:staff-li', name: '李梅' },
        group: { id: 'cidGROUP==@dingtalk', name: '巴塞罗那侨胞群' },
        text: '我发烧咳嗽两天了',
        mentionsBot: true,
      },
    ]);
  });

  it('survives a malformed frame and keeps reading', async () => {
    await gateway.start();
    fake.pushRaw('{ this is not json');
    fake.pushRaw(
      JSON.stringify({
        type: 'CALLBACK',
        headers: { messageId: 'x', topic: '/v1.0/im/bot/messages/get' },
        data: '{}',
      }),
    );
    fake.push(group('孩子发烧', 'msg-2'));
    await until(() => handled.length === 1, 'the next message');
    expect(gateway.ready()).toBe(true);
  });

  it('reconnects after a dropped socket with a fresh ticket, without a storm', async () => {
    await gateway.start();
    expect(fake.gatewayCalls).toBe(1);
    fake.dropConnections();
    await until(() => fake.gatewayCalls === 2 && fake.connections === 1 && gateway.ready(), 'the reconnect');
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.gatewayCalls).toBe(2); // one reconnect, no storm
    fake.push(group('还在吗', 'msg-3'));
    await until(() => handled.length === 1, 'a message after the reconnect');
  });

  it('backs off while handshakes are refused, and stops calling once stopped', async () => {
    await gateway.start();
    fake.refuseHandshakes = true;
    fake.dropConnections();
    const started = Date.now();
    await until(() => fake.gatewayCalls >= 4, 'a few reconnect attempts', 10_000);
    const elapsed = Date.now() - started;
    // 50, 100, 200 ms pauses (±20 %): three retries take at least ~280 ms; the 2.1.5 SDK alone made 63 calls in 6 s
    expect(elapsed).toBeGreaterThanOrEqual(250);
    expect(fake.gatewayCalls).toBeLessThanOrEqual(6);
    await gateway.stop();
    const calls = fake.gatewayCalls;
    await new Promise((r) => setTimeout(r, 600));
    expect(fake.gatewayCalls).toBe(calls);
  });

  it('reports refused credentials instead of retrying silently: the start fails with a clear error', async () => {
    await gateway.stop();
    gateway = build({ appSecret: 'wrong' });
    await expect(gateway.start()).rejects.toThrow(
      /dt-robot: DingTalk refused the app's credentials \(HTTP 401\)/,
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(gateway.ready()).toBe(false);
    expect(gateway.credentialsRefused).toMatch(/refused the app's credentials/);
    expect(fake.gatewayCalls).toBe(1);
  });

  it('replies through the session webhook with a real @; after it expires, through the group API with the name', async () => {
    await gateway.start();
    fake.push(group('我发烧咳嗽两天了', 'msg-4'));
    await until(() => handled.length === 1, 'the question');
    const personId = handled[0]?.sender.id ?? '';
    await gateway.send({
      botId: 'dt-robot',
      toId: 'cidGROUP==@dingtalk',
      isGroup: true,
      text: '已收到 #1',
      mentions: [personId],
    });
    fake.expireSessions();
    await gateway.send({
      botId: 'dt-robot',
      toId: 'cidGROUP==@dingtalk',
      isGroup: true,
      text: '医生回复 #1',
      mentions: [personId],
    });
    expect(fake.sent).toEqual([
      { via: 'session', to: 'cidGROUP==', text: '@staff-li 已收到 #1', atUserIds: ['staff-li'] },
      { via: 'group', to: 'cidGROUP==', text: '@李梅 医生回复 #1', atUserIds: [] },
    ]);
  });

  it('never @s or DMs someone outside the org by their encrypted id; their name is written instead', async () => {
    await gateway.start();
    fake.push({ ...group('我发烧了', 'msg-out'), senderStaffId: '' });
    await until(() => handled.length === 1, 'the outsider’s question');
    const outsider = handled[0]?.sender.id ?? '';
    expect(outsider.startsWith('dt:$:LWCP_v1:$')).toBe(true);
    await gateway.send({
      botId: 'dt-robot',
      toId: 'cidGROUP==@dingtalk',
      isGroup: true,
      text: '已收到',
      mentions: [outsider],
    });
    expect(fake.sent).toEqual([{ via: 'session', to: 'cidGROUP==', text: '@李梅 已收到', atUserIds: [] }]);
    await expect(
      gateway.send({ botId: 'dt-robot', toId: outsider, isGroup: false, text: 'x', mentions: [] }),
    ).rejects.toThrow(/members of our org only/);
  });

  it('reconnects at once when the server announces a disconnect', async () => {
    await gateway.start();
    fake.announceDisconnect();
    await until(() => fake.gatewayCalls === 2 && gateway.ready(), 'the reconnect', 3_000);
  });

  it('DMs members of the org; a person outside it cannot be reached by DM, and the send fails clearly', async () => {
    fake.orgMembers.add('staff-doc');
    store.transaction(() => {
      store.people.upsert({ id: 'dr-wang', name: '王医生' }, now);
      store.channels.link('dingtalk', 'staff-doc', 'dr-wang');
    });
    await gateway.start();
    await gateway.send({
      botId: 'dt-robot',
      toId: 'dr-wang',
      isGroup: false,
      text: '新咨询 #1',
      mentions: [],
    });
    expect(fake.sent).toEqual([{ via: 'oto', to: 'staff-doc', text: '新咨询 #1', atUserIds: [] }]);
    await expect(
      gateway.send({ botId: 'dt-robot', toId: 'dt:outsider', isGroup: false, text: 'x', mentions: [] }),
    ).rejects.toThrow(/cannot receive robot DMs/);
  });
});
