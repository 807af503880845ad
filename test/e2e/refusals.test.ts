import { scenario, simulate, type Transcript } from '../support/simulate';

const MILAN = 'milano-qt@chatroom';

describe('refusals are clear, change nothing and never reach the group', () => {
  let run: Transcript;
  beforeAll(async () => {
    run = await simulate(
      scenario(
        { from: 'wang-wei', group: MILAN, say: '@青小医 我发烧咳嗽两天了', mention: true }, // 1: ticket #1, respiratory
        { from: 'dr-mao', say: 'claim 1' }, // 2: a doctor off duty
        { from: 'chen-li', say: 'claim 1' }, // 3: not a doctor
        { from: 'chen-li', say: 'next' }, // 4: not a doctor
        { from: 'dr-liu', say: 'claim 99' }, // 5: unknown ticket
        { from: 'dr-chen', say: 'claim 1' }, // 6: another specialty
        { from: 'dr-ye', say: 'claim 1' }, // 7: wins
        { from: 'dr-liu', say: 'answer 1 多喝水' }, // 8: someone else's claim
        { from: 'dr-liu', say: 'close 1' }, // 9: someone else's claim
        { from: 'dr-ye', say: 'close 1' }, // 10: not answered yet
        { from: 'dr-liu', say: 'answer 99 多喝水' }, // 11: unknown ticket
        { from: 'dr-liu', say: '你好' }, // 12: doctor text without a claim
        { from: 'dr-ye', say: 'claim' }, // 13: usage
      ),
    );
  });

  const only = (line: number) => {
    const lines = run.at(line);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.group).toBe(false);
    return lines[0]?.text ?? '';
  };

  it.each([
    [2, 'dr-mao', '不在值班'],
    [3, 'chen-li', '只对登记的志愿医生开放'],
    [4, 'chen-li', '只对登记的志愿医生开放'],
    [5, 'dr-liu', '没有找到咨询 #99'],
    [6, 'dr-chen', '不在您的科室范围内'],
    [8, 'dr-liu', '#1 不是您接的单'],
    [9, 'dr-liu', '#1 不是您接的单'],
    [10, 'dr-ye', '#1 还没有回答'],
    [11, 'dr-liu', '没有找到咨询 #99'],
    [12, 'dr-liu', '您目前没有接单'],
    [13, 'dr-ye', '用法：claim 编号'],
  ])('line %i: %s is told "%s"', (line, who, words) => {
    expect(run.at(line)[0]?.to).toBe(who);
    expect(only(line)).toContain(words);
  });

  it('leaves the ticket to the doctor who claimed it properly', () => {
    expect(only(7)).toContain('您已接单 #1');
  });
});
