import { scenario, simulate, type Transcript } from '../support/simulate';

const MILAN = 'milano-qt@chatroom';
const ask = (from: string, say: string) => ({ from, group: MILAN, say: `@青小医 ${say}`, mention: true });

describe('doctor workflow: capacity, mine, queue, release, more, nudges and lapses', () => {
  let run: Transcript;
  beforeAll(async () => {
    run = await simulate(
      scenario(
        ask('wang-wei', '我咳嗽两天了'), // 1: #1
        ask('chen-li', '喉咙痛，流鼻涕'), // 2: #2
        ask('zhou-min', '我发烧38度，咳嗽'), // 3: #3
        ask('lin-hua', '感冒了，鼻塞'), // 4: #4
        { from: 'dr-liu', say: '接 1' }, // 5
        { from: 'dr-liu', say: '接 2' }, // 6
        { from: 'dr-liu', say: 'claim 3' }, // 7: third claim, at capacity now
        { from: 'dr-liu', say: '接 4' }, // 8: refused, capacity 3
        { from: 'dr-liu', say: 'next' }, // 9: refused too
        { from: 'dr-liu', say: '我的' }, // 10: mine
        { from: 'dr-ye', say: '排队' }, // 11: queue: #4 waits
        { from: 'dr-liu', say: '放回 2' }, // 12: release: dr-ye is notified, dr-liu is not
        { from: 'dr-ye', say: '放回 2' }, // 13: not theirs
        { advance: '26m' }, // 14: leases of #1 and #3 end in 4 min: one nudge each
        { advance: '1m' }, // 15: no second nudge
        { from: 'dr-liu', say: '延长 1' }, // 16: #1 gets 30 more minutes
        { advance: '4m' }, // 17: #3 lapses, #1 does not
        { from: 'dr-liu', say: 'more' }, // 18: extends what is left (#1)
        { from: 'dr-ye', say: 'more' }, // 19: nothing to extend
      ),
    );
  }, 60_000);

  const dmTo = (line: number, who: string) => run.at(line).filter((l) => l.to === who && !l.group);

  it('holds at most 3 open claims per doctor, for claim and for next', () => {
    expect(dmTo(7, 'dr-liu')[0]?.text).toContain('您已接单 #3');
    expect(dmTo(8, 'dr-liu')[0]?.text).toContain('最多同时接 3 单');
    expect(dmTo(9, 'dr-liu')[0]?.text).toContain('最多同时接 3 单');
  });

  it('lists my claims with the time left, and what waits in my queues', () => {
    const mine = dmTo(10, 'dr-liu')[0]?.text ?? '';
    expect(mine).toContain('您接的单（3）');
    expect(mine).toMatch(/#1 呼吸科（还剩 30 分钟）：我咳嗽两天了/);
    const queue = dmTo(11, 'dr-ye')[0]?.text ?? '';
    expect(queue).toContain('#4 普通 · 呼吸科');
    expect(queue).not.toContain('#1 ');
  });

  it('gives a claim back to the queue and notifies the other doctors, not the one who released it', () => {
    expect(dmTo(12, 'dr-liu')[0]?.text).toContain('已将 #2 放回队列');
    // dr-ye had 4 new tickets within minutes: #2 comes back in their next digest, with #4
    expect(dmTo(12, 'dr-ye')).toEqual([]);
    const digest = dmTo(14, 'dr-ye').find((l) => l.text.startsWith('📋'))?.text ?? '';
    expect(digest).toContain('#2 呼吸科');
    expect(digest).toContain('#4 呼吸科');
    expect(dmTo(12, 'dr-liu')).toHaveLength(1);
    expect(dmTo(13, 'dr-ye')[0]?.text).toContain('#2 不是您手上正在处理的单');
  });

  it('nudges once before a lease runs out, extends on more, and lapses what was not extended', () => {
    const nudges = run.at(14).filter((l) => l.to === 'dr-liu' && l.text.startsWith('提醒'));
    expect(nudges.map((l) => l.text.slice(0, 9)).sort()).toEqual(['提醒：#1 的接单', '提醒：#3 的接单']);
    expect(nudges[0]?.text).toContain('还剩约 4 分钟');
    expect(run.at(15)).toEqual([]);
    expect(dmTo(16, 'dr-liu')[0]?.text).toBe('已延长 #1 的接单时间 30 分钟。');
    const lapse = run.at(17);
    expect(lapse.find((l) => l.to === 'dr-liu')?.text).toContain('#3 接单已超过 30 分钟未回答');
    expect(lapse.some((l) => l.to === 'dr-ye' && l.text.includes('【新咨询 #3】'))).toBe(true);
    expect(lapse.some((l) => l.text.includes('#1 接单已超过'))).toBe(false);
    expect(dmTo(18, 'dr-liu')[0]?.text).toBe('已延长 #1 的接单时间 30 分钟。');
    expect(dmTo(19, 'dr-ye')[0]?.text).toContain('没有可以延长的接单');
  });
});

describe('off-duty doctors hear only the emergencies they opted into', () => {
  it('notifies an off-duty doctor who opted in of an emergency, lets them claim it, and nothing else', async () => {
    const run = await simulate(
      scenario(
        { from: 'dr-mao', say: '紧急提醒 开' }, // 1: dr-mao (tcm, chronic) is off duty
        ask('wang-wei', '我爸有心脏病，血压药快吃完了'), // 2: chronic, urgent: not sent to dr-mao
        ask('chen-li', '我妈有心脏病，刚才胸口很痛，一直出冷汗'), // 3: chronic emergency: dr-mao is told
        { from: 'dr-mao', say: '接 2' }, // 4: may claim it, off duty
        { from: 'dr-mao', say: '接 1' }, // 5: not the urgent one
        { from: 'dr-mao', say: 'alerts off' }, // 6
      ),
    );
    expect(run.at(1)[0]?.text).toContain('已开启紧急提醒');
    expect(run.at(2).some((l) => l.to === 'dr-mao')).toBe(false);
    expect(run.at(3).find((l) => l.to === 'dr-mao')?.text).toMatch(/^🚨 【新咨询 #2】慢病科 · 紧急/);
    expect(run.at(4)[0]?.text).toContain('您已接单 #2');
    expect(run.at(5)[0]?.text).toContain('不在值班');
    expect(run.at(6)[0]?.text).toContain('已关闭紧急提醒');
  }, 60_000);
});

describe('many new tickets at once reach a doctor as one digest', () => {
  it('sends the first three one by one, then the rest together at the next tick, leaving out taken ones', async () => {
    const run = await simulate(
      scenario(
        ask('wang-wei', '我咳嗽两天了'), // 1: #1
        ask('chen-li', '喉咙痛，流鼻涕'), // 2: #2
        ask('zhou-min', '我发烧38度，咳嗽'), // 3: #3
        ask('lin-hua', '感冒了，鼻塞'), // 4: #4 → digest
        ask('ye-fang', '我也咳嗽，有痰'), // 5: #5 → digest
        { from: 'dr-liu', say: '接 4' }, // 6
        { advance: '1m' }, // 7: the digests
      ),
    );
    const notes = (line: number, who: string) =>
      run.at(line).filter((l) => l.to === who && l.text.includes('【新咨询'));
    expect(notes(3, 'dr-ye')).toHaveLength(1);
    expect(notes(4, 'dr-ye')).toHaveLength(0);
    expect(notes(5, 'dr-ye')).toHaveLength(0);
    const digest = run.at(7).filter((l) => l.text.startsWith('📋'));
    expect(digest.map((l) => l.to).sort()).toEqual(['dr-liu', 'dr-ye']);
    const forYe = digest.find((l) => l.to === 'dr-ye')?.text ?? '';
    expect(forYe).toContain('又有 1 单新咨询在排队');
    expect(forYe).toContain('#5 呼吸科');
    expect(forYe).not.toContain('#4 ');
  }, 60_000);
});
