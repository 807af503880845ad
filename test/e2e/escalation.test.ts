import { scenario, simulate, type Transcript } from '../support/simulate';

const MILAN = 'milano-qt@chatroom';
const ask = (from: string, say: string) => ({ from, group: MILAN, say: `@青小医 ${say}`, mention: true });

describe('escalation: an unclaimed ticket climbs the ladder, each step once', () => {
  let run: Transcript;
  beforeAll(async () => {
    run = await simulate(
      scenario(
        ask('wang-wei', '我有高血压，降压药想换一种，怎么办'), // 1: #1 chronic, routine (nobody on duty)
        ask('chen-li', '我发烧39度5，咳嗽'), // 2: #2 respiratory, urgent
        { advance: '11m' }, // 3: #2 past 10 min: its queue's doctors are told again
        { from: 'dr-ye', say: '接 2' }, // 4
        { from: 'dr-ye', say: '答 2 多喝水，按时吃退烧药' }, // 5
        { advance: '50m' }, // 6: #1 past 60 min: step 1 (no chronic doctor on duty: nobody to tell)
        { advance: '60m' }, // 7: #1 past 120 min: widened to on-duty general doctors
        { advance: '1m' }, // 8: nothing new
        { advance: '60m' }, // 9: #1 past 180 min: admins and cadres
        { from: 'dr-pan', say: '接 1' }, // 10: a general doctor may now claim it
      ),
    );
  }, 60_000);

  it('tells the queue’s on-duty doctors again when an urgent ticket waits past its target', () => {
    const lines = run.at(3);
    expect(lines.map((l) => l.to).sort()).toEqual(['dr-liu', 'dr-ye']);
    expect(lines[0]?.text).toMatch(/^⏰【等待 11 分钟无人接单 #2】呼吸科 · 较急/);
  });

  it('widens to the general doctors, then tells admins and cadres without health details', () => {
    expect(run.at(6)).toEqual([]);
    const widened = run.at(7);
    expect(widened.map((l) => l.to).sort()).toEqual(['dr-liu', 'dr-pan']);
    expect(widened[0]?.text).toContain('现请全科医生协助');
    expect(run.at(8)).toEqual([]);
    const overseers = run.at(9);
    expect(overseers.map((l) => l.to).sort()).toEqual(['admin-li', 'cadre-zhang']);
    expect(overseers[0]?.text).toContain('#1（慢病科 · 普通）已等待 182 分钟');
    expect(overseers[0]?.text).not.toContain('降压药');
  });

  it('lets a general doctor claim a widened ticket', () => {
    expect(run.at(10).find((l) => l.to === 'dr-pan')?.text).toContain('您已接单 #1');
  });
});

describe('a ticket nobody claims in 24 hours is closed with an apology, never dropped silently', () => {
  it('tells the asker in the group where else to turn, with the local emergency number', async () => {
    const run = await simulate(
      scenario(
        ask('lin-hua', '我有糖尿病，血糖有点高，饮食要注意什么'),
        { advance: '24h' },
        { advance: '1m' },
      ),
    );
    expect(run.at(3)).toEqual([]);
    const closed = run.at(2).find((l) => l.to === MILAN);
    expect(closed?.mentions).toEqual(['lin-hua']);
    expect(closed?.text).toContain('很抱歉，您的咨询 #1 已等待 24 小时');
    expect(closed?.text).toContain('当地急救电话 118');
  }, 60_000);
});
