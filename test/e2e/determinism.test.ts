import { simulate } from '../support/simulate';

describe('simulator determinism', () => {
  it('gives the same transcript for two accounts, concurrent dispatches of several specialties and lapsing claims', async () => {
    // test/scenarios/two-accounts-and-lapses.jsonl: three specialties dispatched at once by the 31-minute tick
    const first = await simulate('two-accounts-and-lapses.jsonl');
    for (let i = 0; i < 4; i++) {
      expect((await simulate('two-accounts-and-lapses.jsonl')).all).toEqual(first.all);
    }
    // the emergency ticket's notification goes first when the tick puts several back in the queue
    const lapseTick = first.at(7);
    expect(lapseTick[0]?.text).toContain('【新咨询 #3】全科 · 紧急');
  }, 120_000);
});
