import { scenario, simulate, type Transcript } from '../support/simulate';

const MILAN = 'milano-qt@chatroom';
const PRATO = 'prato-qt@chatroom';
const MADRID = 'madrid-qt@chatroom';
const ask = (from: string, group: string, say: string) => ({
  from,
  group,
  say: `@青小医 ${say}`,
  mention: true,
});
const at = (hhmm: string) => ({ at: `2020-03-16T${hhmm}:00.000Z` });

/**
 * `/stats` against a day whose numbers are known. All times are 2020-03-16 UTC (16:30 onwards in Asia/Shanghai, the
 * reports' zone, so all in one reporting day):
 *   #1 respiratory routine, Milan   08:30 → claimed 08:32 (2 min) → answered 08:42 (12 min)
 *   #2 pediatrics routine, Prato    08:31 → claimed 08:36 (5 min) → answered 08:56 (25 min)
 *   #3 respiratory emergency, Madrid 08:33 → claimed 08:34 (1 min) → answered 08:38 (5 min)
 *   #4 chronic routine, by DM       08:35 → never claimed (no chronic doctor on duty); escalates at 09:35
 * Claim waits 1, 2, 5 min: median 2 min, p90 5 min (nearest rank). Answer waits 5, 12, 25 min: median 12, p90 25.
 */
describe('/stats: figures checked against a day whose numbers are known', () => {
  let run: Transcript;
  beforeAll(async () => {
    run = await simulate(
      scenario(
        at('08:30'), // 1
        ask('wang-wei', MILAN, '我发烧咳嗽两天了'), // 2: #1
        at('08:31'), // 3
        ask('xu-jun', PRATO, '孩子5岁发烧38度5怎么办'), // 4: #2
        at('08:32'), // 5
        { from: 'dr-ye', say: '接 1' }, // 6
        at('08:33'), // 7
        ask('zheng-yan', MADRID, '我爸爸胸口痛，喘不上气'), // 8: #3 emergency
        at('08:34'), // 9
        { from: 'dr-liu', say: '接 3' }, // 10
        at('08:35'), // 11
        { from: 'wu-lei', say: '我有高血压，降压药想换一种，怎么办' }, // 12: #4 by DM
        at('08:36'), // 13
        { from: 'dr-chen', say: '接 2' }, // 14
        at('08:38'), // 15
        { from: 'dr-liu', say: '答 3 请立即拨打112，等待时保持坐姿' }, // 16
        at('08:42'), // 17
        { from: 'dr-ye', say: '答 1 多喝水，按时测体温' }, // 18
        at('08:56'), // 19
        { from: 'dr-chen', say: '答 2 物理降温，多喝水，38.5度以上可用退烧药' }, // 20
        at('09:40'), // 21: #4 waited 65 min: one escalation step; each group has had its 09:00 tip
        { from: 'cadre-zhang', say: '/broadcast country=IT 本周六上午领馆开放咨询' }, // 22: a preview
        { from: 'cadre-zhang', say: '确认' }, // 23: sent to Milan and Prato
        { from: 'admin-li', say: '/stats today' }, // 24
        { from: 'cadre-zhang', say: '/统计 今天 country=IT' }, // 25
        { from: 'ye-fang', group: PRATO, say: '@青小医 /stats', mention: true }, // 26: a manager, own group
        { from: 'ye-fang', group: PRATO, say: '@青小医 /stats today country=ES', mention: true }, // 27: outside
      ),
      { tips: true },
    );
  }, 90_000);

  const reply = (line: number): string => {
    const lines = run.at(line);
    expect(lines).toHaveLength(1);
    return lines[0]?.text ?? '';
  };

  it('counts every consultation, person-time, wait and escalation of the day for an admin', () => {
    const text = reply(24);
    expect(run.at(24)[0]?.to).toBe('admin-li');
    expect(text).toContain('统计 today（2020-03-16 00:00 起，Asia/Shanghai）');
    expect(text).toContain('咨询 4 单：呼吸科 2，儿科 1，慢病科 1');
    expect(text).toContain('紧急程度：紧急 1，较急 0，普通 3');
    expect(text).toContain('服务 3 人次（3 人）');
    expect(text).toContain('接单用时：中位 2m，P90 5m（3 单）');
    expect(text).toContain('回答用时：中位 12m，P90 25m（3 单）');
    expect(text).toContain('升级 1 次 · 每日提示 3 条 · 群发 2 条');
  });

  it('narrows to a selector: Italy has the Milan and Prato tickets only, no DM', () => {
    const text = reply(25);
    expect(text).toContain('咨询 2 单：呼吸科 1，儿科 1');
    expect(text).toContain('服务 2 人次（2 人）');
    expect(text).toContain('接单用时：中位 2m，P90 5m（2 单）');
    expect(text).toContain('回答用时：中位 12m，P90 25m（2 单）');
    expect(text).toContain('升级 0 次 · 每日提示 2 条 · 群发 2 条');
  });

  it("gives a manager their own groups' figures, in the group, and refuses another country", () => {
    const own = run.at(26);
    expect(own[0]?.to).toBe(PRATO);
    expect(own[0]?.mentions).toEqual(['ye-fang']);
    expect(reply(26)).toContain('咨询 1 单：儿科 1');
    expect(reply(26)).toContain('回答用时：中位 25m，P90 25m（1 单）');
    expect(reply(26)).toContain('每日提示 1 条 · 群发 1 条');
    expect(reply(27)).toContain('不在您负责的范围内');
  });

  it('posts each group its 09:00 tip once, and a cadre’s broadcast after a preview and a confirm', () => {
    const tips = run.all.filter((l) => l.text.startsWith('🌿'));
    expect(tips.map((l) => l.to).sort()).toEqual([MADRID, MILAN, PRATO]);
    expect(reply(22)).toContain('将发往 2 个群');
    const sent = run.at(23);
    expect(sent.map((l) => l.to).sort()).toEqual(['cadre-zhang', MILAN, PRATO]);
    expect(sent.find((l) => l.to === MILAN)?.text).toBe('📢【侨联通知】\n本周六上午领馆开放咨询');
  });
});
