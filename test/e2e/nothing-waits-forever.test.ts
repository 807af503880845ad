import { scenario, simulate } from '../support/simulate';

const MILAN = 'milano-qt@chatroom';

describe('nothing waits forever, and nobody is told what is not true', () => {
  it('returns a claim unanswered past its lease to the queue, tells its doctor, and notifies the others again', async () => {
    const run = await simulate(
      scenario(
        { from: 'wang-wei', group: MILAN, say: '@青小医 我咳嗽三天了', mention: true },
        { from: 'dr-ye', say: '接 1' },
        { advance: '29m' },
        { advance: '2m' },
        { from: 'dr-liu', say: '接 1' },
        { from: 'dr-ye', say: '答 1 多喝水' },
      ),
    );
    // a minute before the lease ends its doctor is reminded once (the nudge comes within the last 5 minutes)
    expect(run.at(3)).toEqual([
      expect.objectContaining({
        to: 'dr-ye',
        text: expect.stringContaining('提醒：#1 的接单时间还剩约 1 分钟'),
      }),
    ]);
    const lapse = run.at(4);
    expect(lapse.find((l) => l.to === 'dr-ye')?.text).toContain('#1 接单已超过 30 分钟未回答，已退回队列');
    expect(
      lapse
        .filter((l) => l.text.includes('【新咨询 #1】'))
        .map((l) => l.to)
        .sort(),
    ).toEqual(['dr-liu']); // the lapsing doctor was told already, not notified again
    expect(run.at(5)[0]?.text).toContain('您已接单 #1');
    expect(run.at(6)).toEqual([
      expect.objectContaining({ to: 'dr-ye', text: expect.stringContaining('#1 不是您接的单') }),
    ]);
  });

  it('says when no doctor of the queue is on duty, and shows the queue to a doctor going on duty', async () => {
    const run = await simulate(
      scenario(
        { from: 'wang-wei', group: MILAN, say: '@青小医 想找中医看看，连花清瘟能吃吗', mention: true },
        { from: 'dr-mao', say: '上班' },
        { from: 'dr-mao', say: 'next' },
      ),
    );
    const [ack, ...notified] = run.at(1);
    expect(ack?.text).toContain('现在没有中医科医生值班');
    expect(ack?.text).not.toContain('已转给');
    expect(notified).toEqual([]);
    expect(run.at(2)[0]?.text).toContain('目前有 1 单在排队');
    expect(run.at(3)[0]?.text).toContain('您已接单 #1');
  });

  it('confirms an answer to its doctor only after the post went out, and refuses an answer to a closed ticket', async () => {
    const run = await simulate(
      scenario(
        { from: 'wang-wei', group: MILAN, say: '@青小医 我咳嗽三天了', mention: true },
        { from: 'dr-ye', say: '接 1' },
        { from: 'dr-ye', say: '多喝水' },
        { from: 'dr-ye', say: 'close 1' },
        { from: 'dr-ye', say: '答 1 补充：注意休息' },
      ),
    );
    expect(run.at(3).map((l) => l.to)).toEqual([MILAN, 'dr-ye']);
    expect(run.at(3)[1]?.text).toContain('#1 的回答已发送到群「米兰青田同乡互助群」');
    expect(run.at(5)).toEqual([expect.objectContaining({ to: 'dr-ye', text: '#1 已经结束了。' })]);
  });
});
