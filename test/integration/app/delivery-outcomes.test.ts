import type { AppSettings } from '../../../src/app/context';
import { afterSent, failDelivery } from '../../../src/app/delivery-outcomes';
import { deliverOutbound } from '../../../src/app/deliver-outbound';
import { Pacer } from '../../../src/app/pacer';
import { PRIORITY } from '../../../src/store/outbox-repo';
import { openStore, type Store } from '../../../src/store/store';
import { seededRandom } from '../../../src/sim/seeded-random';
import { VirtualClock } from '../../../src/sim/virtual-clock';
import { repoSettings } from '../../support/env';

describe('what happens after a send', () => {
  let store: Store;
  const settings: AppSettings = repoSettings({ b1: '青小医' });
  let answerRow: number;

  beforeEach(() => {
    store = openStore(':memory:', 0);
    store.transaction(() => {
      store.groups.upsert({ id: 'g1@chatroom', name: '米兰群', botId: 'b1' }, 0);
      store.people.upsert({ id: 'wang-wei', name: '王伟' }, 0);
      store.people.upsert({ id: 'dr-ye', name: '叶晓红', dmBotId: 'b1' }, 0);
      store.people.upsertDoctor(
        { id: 'dr-ye', hospital: 'h', specialties: ['respiratory'], languages: ['zh'], onDuty: true },
        0,
      );
      const c = store.consultations.create(
        {
          botId: 'b1',
          groupId: 'g1@chatroom',
          askerId: 'wang-wei',
          askerName: '王伟',
          sourceMsgId: 'm1',
          text: '咳嗽',
          specialty: 'respiratory',
          urgency: 'routine',
        },
        0,
      );
      store.consultations.claim(c.id, 'dr-ye', 1, settings.leaseMs);
      store.consultations.answer(c.id, 'dr-ye', '多喝水', 2);
      answerRow =
        store.outbox.add(
          { botId: 'b1', toId: 'g1@chatroom', isGroup: true, text: '@王伟 多喝水', mentions: ['wang-wei'] },
          { priority: PRIORITY.interactive, kind: 'answer', consultationId: c.id },
          2,
        )?.id ?? 0;
    });
  });
  afterEach(() => store.close());

  const replies = (): string[] =>
    (
      store.db.prepare("SELECT text FROM outbound_messages WHERE kind = 'reply' ORDER BY id").all() as Array<{
        text: string;
      }>
    ).map((r) => r.text);

  it('confirms a delivered answer to its doctor once, however often the step after the send is redone', async () => {
    const sender = { ready: () => true, send: async () => undefined };
    const deps = {
      store,
      sender,
      pacer: new Pacer({ minGapMs: 0, jitterMs: 0 }, seededRandom(1)),
      clock: new VirtualClock(10),
    };
    const first = await deliverOutbound(deps, answerRow);
    expect(first?.id).toBe(answerRow);
    expect(afterSent(store, settings, first!, 10)).toHaveLength(1);
    // a crash after markSent: the retried job finds the row sent and redoes what follows, without a second message
    const again = await deliverOutbound(deps, answerRow);
    expect(again?.status).toBe('sent');
    expect(afterSent(store, settings, again!, 11)).toEqual([]);
    expect(replies()).toEqual([expect.stringContaining('#1 的回答已发送到群「米兰群」')]);
  });

  it('gives an undelivered answer’s ticket back to its doctor and tells them, once', () => {
    store.consultations.close(1, 'dr-ye', 3); // the doctor closed it before the failure was known
    const effects = failDelivery(store, settings, answerRow, 'room not found', 100);
    expect(effects).toHaveLength(1);
    expect(store.consultations.get(1)).toMatchObject({ status: 'claimed', claimedBy: 'dr-ye' });
    expect(store.consultations.close(1, 'dr-ye', 101)).toMatchObject({ ok: false, reason: 'not-answered' });
    expect(store.consultations.answer(1, 'dr-ye', '再发一次', 102)).toMatchObject({ ok: true });
    expect(replies()).toEqual([expect.stringContaining('这一单已重新交回给您')]);
    expect(failDelivery(store, settings, answerRow, 'again', 103)).toEqual([]);
  });

  it('never tells a doctor "not sent" about an answer that went out', () => {
    store.outbox.markSent(answerRow, 50);
    expect(failDelivery(store, settings, answerRow, 'late failure report', 60)).toEqual([]);
    expect(store.outbox.get(answerRow)?.status).toBe('sent');
    expect(store.consultations.get(1)?.status).toBe('answered');
  });

  it('asks the asker in the group to add the bot when a private answer could not go by DM', () => {
    const dmRow =
      store.outbox.add(
        { botId: 'b1', toId: 'wang-wei', isGroup: false, text: '多喝水', mentions: [] },
        { priority: PRIORITY.interactive, kind: 'answer', consultationId: 1 },
        3,
      )?.id ?? 0;
    failDelivery(store, settings, dmRow, 'not a friend', 4);
    const notices = store.db
      .prepare("SELECT to_id, text, mentions FROM outbound_messages WHERE kind = 'notice'")
      .all() as Array<{ to_id: string; text: string; mentions: string }>;
    expect(notices).toHaveLength(1);
    expect(notices[0]?.to_id).toBe('g1@chatroom');
    expect(notices[0]?.mentions).toBe('["wang-wei"]');
    expect(notices[0]?.text).toContain('但无法发送。请先加「青小医」为好友');
    expect(notices[0]?.text).not.toContain('多喝水');
    // a failed answer in the group itself asks nobody to add anything
    failDelivery(store, settings, answerRow, 'offline', 5);
    expect(
      store.db.prepare("SELECT count(*) AS n FROM outbound_messages WHERE kind = 'notice'").get(),
    ).toEqual({ n: 1 });
  });

  it('tells the doctor when their question could not reach a private asker, and asks the asker to add the bot', () => {
    store.consultations.reopenUndelivered(1, 'dr-ye', 3, settings.leaseMs); // claimed again by dr-ye
    const askRow =
      store.outbox.add(
        { botId: 'b1', toId: 'wang-wei', isGroup: false, text: '【医生提问 #1】…', mentions: [] },
        { priority: PRIORITY.interactive, kind: 'ask', consultationId: 1 },
        4,
      )?.id ?? 0;
    failDelivery(store, settings, askRow, 'not a friend', 5);
    expect(replies().some((t) => t.includes('您对 #1 的提问没能发给提问人'))).toBe(true);
    const notice = store.db
      .prepare("SELECT to_id FROM outbound_messages WHERE kind = 'notice'")
      .all() as Array<{ to_id: string }>;
    expect(notice).toEqual([{ to_id: 'g1@chatroom' }]);
  });
});
