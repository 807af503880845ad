import { scenario, simulate } from '../support/simulate';

const MILAN = 'milano-qt@chatroom';
const ask = { from: 'wang-wei', group: MILAN, say: '@青小医 我咳嗽三天了，嗓子疼', mention: true };

describe('duplicate delivery', () => {
  it('opens no second ticket and sends no second reply when a group message is delivered again', async () => {
    const run = await simulate(
      scenario(
        ask,
        { redeliver: true },
        { redeliver: true },
        { from: 'zhou-min', group: MILAN, say: '@青小医 我也发烧了', mention: true },
      ),
    );
    expect(run.at(1).filter((l) => l.group)).toHaveLength(1);
    expect(run.at(2)).toEqual([]);
    expect(run.at(3)).toEqual([]);
    // the next ticket number follows on: the duplicate consumed no ticket
    expect(run.at(4)[0]?.text).toContain('#2');
  });

  it('does not claim or answer twice when a doctor’s DM is delivered again', async () => {
    const run = await simulate(
      scenario(
        ask,
        { from: 'dr-ye', say: 'claim 1' },
        { redeliver: true },
        { from: 'dr-ye', say: '多喝温水，注意休息' },
        { redeliver: true },
      ),
    );
    expect(run.at(2)).toHaveLength(1);
    expect(run.at(3)).toEqual([]);
    expect(run.at(4).filter((l) => l.to === MILAN)).toHaveLength(1);
    expect(run.at(5)).toEqual([]);
  });
});

describe('restart', () => {
  it('delivers an answer given after a restart between claim and answer', async () => {
    const run = await simulate(
      scenario(
        ask,
        { from: 'dr-ye', say: '接 1' },
        { restart: true },
        { from: 'dr-ye', say: '答 1 多喝温水，注意休息' },
      ),
    );
    expect(run.at(3)).toEqual([]);
    const post = run.at(4).filter((l) => l.to === MILAN);
    expect(post).toHaveLength(1);
    expect(post[0]?.mentions).toEqual(['wang-wei']);
    expect(post[0]?.text).toContain('【医生回复 #1】\n多喝温水，注意休息');
    // the restarted process still keeps each account's gap since its last send
    const times = run.all.map((l) => Date.parse(l.t));
    times.slice(1).forEach((t, i) => expect(t).toBeGreaterThanOrEqual((times[i] ?? 0) + 2000));
  });

  it('keeps ticket numbers and claims across a restart (a second claim is still refused)', async () => {
    const run = await simulate(
      scenario(
        ask,
        { from: 'dr-ye', say: '接 1' },
        { restart: true },
        { from: 'dr-liu', say: '接 1' },
        { from: 'zhou-min', group: MILAN, say: '@青小医 嗓子疼', mention: true },
      ),
    );
    expect(run.at(4)[0]?.text).toContain('已由 叶晓红 医生接单');
    expect(run.at(5)[0]?.text).toContain('#2');
  });
});

describe('duplicate delivery across a restart', () => {
  it('is caught by the store’s message-id ledger, not only by the gateway’s memory', async () => {
    const run = await simulate(
      scenario(
        ask,
        { restart: true },
        { redeliver: true },
        { from: 'dr-ye', say: 'claim 1' },
        { restart: true },
        { redeliver: true },
      ),
    );
    expect(run.at(3)).toEqual([]);
    expect(run.at(4)[0]?.text).toContain('您已接单 #1');
    expect(run.at(6)).toEqual([]);
  });
});
