import { deliverOutbound } from '../../../src/app/deliver-outbound';
import { Pacer } from '../../../src/app/pacer';
import { SendOutcomeUnknownError, type Sender } from '../../../src/app/ports';
import type { OutboundMessage } from '../../../src/domain/types';
import { seededRandom } from '../../../src/sim/seeded-random';
import { VirtualClock } from '../../../src/sim/virtual-clock';
import { PRIORITY } from '../../../src/store/outbox-repo';
import { openStore, type Store } from '../../../src/store/store';

/**
 * A process killed mid-send leaves the row "in flight": WeChat may or may not have the message. The next try sends
 * an answer again (better twice than never) but not a group notice (an acknowledgement twice in a group is noise).
 */
describe('a send the process died in the middle of', () => {
  let store: Store;
  const sent: OutboundMessage[] = [];
  const sender: Sender = { ready: () => true, send: async (m) => void sent.push(m) };
  const deps = () => ({
    store,
    sender,
    pacer: new Pacer({ minGapMs: 0, jitterMs: 0 }, seededRandom(1)),
    clock: new VirtualClock(1_000),
  });
  beforeEach(() => {
    store = openStore(':memory:', 0);
    sent.length = 0;
  });
  afterEach(() => store.close());

  const row = (kind: string, isGroup: boolean): number =>
    store.outbox.add(
      { botId: 'b', toId: isGroup ? 'g@chatroom' : 'p', isGroup, text: kind, mentions: [] },
      { priority: PRIORITY.interactive, kind },
      0,
    )?.id ?? 0;

  it('does not repeat a group acknowledgement, and records it as sent', async () => {
    const id = row('ack', true);
    store.outbox.markSending(id, 500); // then the process was killed
    expect(await deliverOutbound(deps(), id)).not.toBeNull();
    expect(sent).toEqual([]);
    expect(store.outbox.get(id)?.status).toBe('sent');
    expect(store.outbox.afterCrash(id)).toBe('not-resent');
  });

  it('sends an answer again', async () => {
    const id = row('answer', true);
    store.outbox.markSending(id, 500);
    await deliverOutbound(deps(), id);
    expect(sent.map((m) => m.text)).toEqual(['answer']);
    expect(store.outbox.afterCrash(id)).toBe('resent');
    // a failure of the resend keeps the record of why it was sent again
    const again = row('answer', true);
    store.outbox.markSending(again, 500);
    const failing = {
      ...deps(),
      sender: { ready: () => true, send: () => Promise.reject(new Error('timeout')) },
    };
    await expect(deliverOutbound(failing, again)).rejects.toThrow('timeout');
    expect(store.outbox.afterCrash(again)).toBe('resent');
  });

  it('a send cut off mid-call (the connection went away) counts as in flight, like a kill', async () => {
    const cutOff = {
      ...deps(),
      sender: {
        ready: () => true,
        send: () => Promise.reject(new SendOutcomeUnknownError('1 CANCELLED: Call cancelled')),
      },
    };
    const ack = row('ack', true);
    const answer = row('answer', true);
    await expect(deliverOutbound(cutOff, ack)).rejects.toThrow('CANCELLED');
    await expect(deliverOutbound(cutOff, answer)).rejects.toThrow('CANCELLED');
    expect(store.outbox.get(ack)).toMatchObject({ attempts: 1, status: 'pending' });
    expect(store.outbox.sendingAt(ack)).not.toBeNull();
    await deliverOutbound(deps(), ack);
    await deliverOutbound(deps(), answer);
    expect(sent.map((m) => m.text)).toEqual(['answer']);
    expect(store.outbox.afterCrash(ack)).toBe('not-resent');
    expect(store.outbox.afterCrash(answer)).toBe('resent');
  });

  it('a send that failed (or found the account offline) is not in flight: the next try sends', async () => {
    const id = row('ack', true);
    store.outbox.markSending(id, 500);
    store.outbox.recordFailure(id, 'WeChat said no');
    await deliverOutbound(deps(), id);
    expect(sent.map((m) => m.text)).toEqual(['ack']);
  });
});
