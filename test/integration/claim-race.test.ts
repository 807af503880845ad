import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { openStore, type Store } from '../../src/store/store';

interface Reply {
  round: number;
  doctorId: string;
  ok?: boolean;
  reason?: string;
  ticket: number | null;
  error?: string;
}

const DOCTORS = 20;
const ROUNDS = 25;

/**
 * 20 doctors, each on its own thread with its own SQLite connection, released by one starting gun: the claim is a
 * compare-and-set in SQLite, so exactly one wins each time.
 */
describe('claim race across separate connections', () => {
  let dir: string;
  let file: string;
  let store: Store;
  let workers: Worker[];
  const ready = new SharedArrayBuffer(4);
  const gun = new SharedArrayBuffer(4);
  const readyView = new Int32Array(ready);
  const gunView = new Int32Array(gun);
  let round = 0;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'qht-race-'));
    file = join(dir, 'race.sqlite');
    store = openStore(file, 0);
    store.transaction(() => {
      store.groups.upsert({ id: 'g@chatroom', name: 'g', botId: 'b' }, 0);
      store.people.upsert({ id: 'asker', name: 'asker' }, 0);
      for (let i = 0; i < DOCTORS; i++) {
        store.people.upsert({ id: `doc${i}`, name: `doc${i}` }, 0);
        store.people.upsertDoctor(
          { id: `doc${i}`, hospital: 'h', specialties: ['respiratory'], languages: ['zh'], onDuty: true },
          0,
        );
      }
    });
    workers = Array.from(
      { length: DOCTORS },
      (_, i) =>
        new Worker(join(__dirname, '..', 'support', 'claim-worker.js'), {
          workerData: { file, doctorId: `doc${i}`, ready, gun },
        }),
    );
  });

  afterAll(async () => {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise((done) => {
            w.once('exit', done);
            w.postMessage({ kind: 'close' });
          }),
      ),
    );
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function newTicket(n: number): number {
    return store.transaction(
      () =>
        store.consultations.create(
          {
            botId: 'b',
            groupId: 'g@chatroom',
            askerId: 'asker',
            askerName: 'asker',
            sourceMsgId: `m${n}-${round}`,
            text: '咳嗽',
            specialty: 'respiratory',
            urgency: 'routine',
          },
          n,
        ).id,
    );
  }

  /** Sends every worker the order, waits until all are parked at the gun, fires, and collects the replies. */
  async function race(order: { kind: 'claim'; ticket: number } | { kind: 'next' }): Promise<Reply[]> {
    round += 1;
    Atomics.store(readyView, 0, 0);
    const replies = workers.map(
      (w) =>
        new Promise<Reply>((resolve) => {
          const onMessage = (r: Reply): void => {
            if (r.round !== round) return;
            w.off('message', onMessage);
            resolve(r);
          };
          w.on('message', onMessage);
        }),
    );
    for (const w of workers) w.postMessage({ ...order, round });
    while (Atomics.load(readyView, 0) < DOCTORS) await new Promise((r) => setTimeout(r, 1));
    Atomics.store(gunView, 0, round);
    Atomics.notify(gunView, 0);
    const all = await Promise.all(replies);
    for (const r of all) expect(r.error).toBeUndefined();
    return all;
  }

  it(`gives one ticket to exactly one of ${DOCTORS} simultaneous claims, ${ROUNDS} times out of ${ROUNDS}`, async () => {
    for (let i = 0; i < ROUNDS; i++) {
      const ticket = newTicket(i);
      const replies = await race({ kind: 'claim', ticket });
      const winners = replies.filter((r) => r.ok);
      expect(winners).toHaveLength(1);
      expect(replies.filter((r) => !r.ok).every((r) => r.reason === 'taken')).toBe(true);
      expect(store.consultations.get(ticket)?.claimedBy).toBe(winners[0]?.doctorId);
    }
  });

  it('hands 10 queued tickets to 10 different doctors when 20 send next at once', async () => {
    const tickets = Array.from({ length: 10 }, (_, i) => newTicket(1000 + i));
    const replies = await race({ kind: 'next' });
    const got = replies.map((r) => r.ticket).filter((t): t is number => t !== null);
    expect(got.sort((a, b) => a - b)).toEqual(tickets);
    for (const r of replies.filter((x) => x.ticket !== null)) {
      expect(store.consultations.get(r.ticket as number)?.claimedBy).toBe(r.doctorId);
    }
  });
});
