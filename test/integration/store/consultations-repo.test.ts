import { openStore, type Store } from '../../../src/store/store';

describe('consultation transitions (SQLite compare-and-set)', () => {
  let store: Store;
  const lease = 30 * 60_000;

  beforeEach(() => {
    store = openStore(':memory:', 0);
    store.transaction(() => {
      store.groups.upsert({ id: 'g@chatroom', name: 'g', botId: 'b' }, 0);
      for (const id of ['asker', 'resp', 'resp2', 'kids']) store.people.upsert({ id, name: id }, 0);
      store.people.upsertDoctor(
        {
          id: 'resp',
          hospital: 'h',
          specialties: ['respiratory', 'general'],
          languages: ['zh'],
          onDuty: true,
        },
        0,
      );
      store.people.upsertDoctor(
        { id: 'resp2', hospital: 'h', specialties: ['respiratory'], languages: ['zh'], onDuty: false },
        0,
      );
      store.people.upsertDoctor(
        { id: 'kids', hospital: 'h', specialties: ['pediatrics'], languages: ['zh'], onDuty: true },
        0,
      );
    });
  });
  afterEach(() => store.close());

  let msg = 0;
  const open = (
    specialty: 'respiratory' | 'pediatrics',
    urgency: 'routine' | 'urgent' | 'emergency',
    at: number,
  ): number =>
    store.consultations.create(
      {
        botId: 'b',
        groupId: 'g@chatroom',
        askerId: 'asker',
        askerName: 'A',
        sourceMsgId: `m${++msg}`,
        text: 'q',
        specialty,
        urgency,
      },
      at,
    ).id;

  it('numbers tickets 1, 2, 3 …', () => {
    expect([
      open('respiratory', 'routine', 1),
      open('respiratory', 'routine', 2),
      open('pediatrics', 'routine', 3),
    ]).toEqual([1, 2, 3]);
  });

  it('refuses a second ticket for the same source message', () => {
    open('respiratory', 'routine', 1);
    expect(() =>
      store.consultations.create(
        {
          botId: 'b',
          groupId: 'g@chatroom',
          askerId: 'asker',
          askerName: 'A',
          sourceMsgId: `m${msg}`,
          text: 'q',
          specialty: 'general',
          urgency: 'routine',
        },
        2,
      ),
    ).toThrow(/UNIQUE/);
  });

  it('claims once; explains every refusal', () => {
    const t = open('respiratory', 'routine', 1);
    expect(store.consultations.claim(t, 'kids', 2, lease)).toMatchObject({ ok: false, reason: 'specialty' });
    expect(store.consultations.claim(t, 'resp', 3, lease)).toMatchObject({
      ok: true,
      consultation: { status: 'claimed', claimedBy: 'resp' },
    });
    expect(store.consultations.claim(t, 'resp2', 4, lease)).toMatchObject({
      ok: false,
      reason: 'taken',
      consultation: { claimedBy: 'resp' },
    });
    expect(store.consultations.claim(99, 'resp', 5, lease)).toEqual({ ok: false, reason: 'unknown' });
    store.consultations.answer(t, 'resp', 'a', 6);
    expect(store.consultations.claim(t, 'resp2', 7, lease)).toMatchObject({ ok: false, reason: 'not-open' });
  });

  it('next takes the most urgent, then the oldest, of the doctor’s specialties only', () => {
    const old = open('respiratory', 'routine', 1);
    const kids = open('pediatrics', 'emergency', 2);
    const urgent = open('respiratory', 'urgent', 3);
    const newer = open('respiratory', 'routine', 4);
    expect(store.consultations.claimNext('resp', 10, lease)?.id).toBe(urgent);
    expect(store.consultations.claimNext('resp', 11, lease)?.id).toBe(old);
    expect(store.consultations.claimNext('resp', 12, lease)?.id).toBe(newer);
    expect(store.consultations.claimNext('resp', 13, lease)).toBeNull();
    expect(store.consultations.claimNext('kids', 14, lease)?.id).toBe(kids);
  });

  it('answers only by the holder; allows a second answer; closes only answered tickets of the holder', () => {
    const t = open('respiratory', 'routine', 1);
    expect(store.consultations.answer(t, 'resp', 'x', 2)).toMatchObject({ ok: false, reason: 'not-yours' });
    store.consultations.claim(t, 'resp', 3, lease);
    expect(store.consultations.close(t, 'resp', 4)).toMatchObject({ ok: false, reason: 'not-answered' });
    expect(store.consultations.answer(t, 'resp2', 'x', 5)).toMatchObject({ ok: false, reason: 'not-yours' });
    expect(store.consultations.answer(t, 'resp', 'first', 6)).toMatchObject({ ok: true, first: true });
    expect(store.consultations.answer(t, 'resp', 'addendum', 7)).toMatchObject({
      ok: true,
      first: false,
      consultation: { answer: 'addendum' },
    });
    expect(store.consultations.close(t, 'resp2', 8)).toMatchObject({ ok: false, reason: 'not-yours' });
    expect(store.consultations.close(t, 'resp', 9)).toMatchObject({
      ok: true,
      consultation: { status: 'closed' },
    });
    expect(store.consultations.close(t, 'resp', 10)).toMatchObject({ ok: false, reason: 'already-closed' });
    expect(store.consultations.answer(t, 'resp', 'late', 11)).toMatchObject({
      ok: false,
      reason: 'not-open',
    });
  });

  it('records the history of a ticket in order', () => {
    const t = open('respiratory', 'routine', 1);
    store.consultations.claim(t, 'resp', 2, lease);
    store.consultations.answer(t, 'resp', 'a', 3);
    store.consultations.close(t, 'resp', 4);
    const kinds = store.db
      .prepare('SELECT kind FROM consultation_events WHERE consultation_id = ? ORDER BY id')
      .all(t);
    expect(kinds).toEqual([
      { kind: 'created' },
      { kind: 'claimed' },
      { kind: 'answered' },
      { kind: 'closed' },
    ]);
  });

  it('lists only on-duty, active doctors of a specialty', () => {
    expect(store.people.onDutyDoctors('respiratory').map((d) => d.id)).toEqual(['resp']);
    store.people.setOnDuty('resp2', true, 5);
    expect(store.people.onDutyDoctors('respiratory').map((d) => d.id)).toEqual(['resp', 'resp2']);
    expect(store.people.doctor('resp')?.specialties).toEqual(['general', 'respiratory']);
  });
});
