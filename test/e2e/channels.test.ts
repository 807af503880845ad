import { scenario, simulate, type Transcript } from '../support/simulate';

const MILAN = 'milano@chatroom';
const BARCELONA = 'cidBarcelona==@dingtalk';

/** One world on three platforms: a WeChat group, a DingTalk group, and the federation's Official Account. */
const world = {
  start: '2020-03-16T08:30:00.000Z',
  bots: [
    { id: 'wx', name: '青小医' },
    { id: 'dt', name: '青小医', platform: 'dingtalk' },
    { id: 'oa', name: '侨海通', platform: 'wechat-oa' },
  ],
  groups: [
    { id: MILAN, name: '米兰侨胞群', country: 'IT', bot: 'wx', members: ['wang-wei'] },
    {
      id: BARCELONA,
      name: '巴塞罗那侨胞群',
      country: 'ES',
      timezone: 'Europe/Madrid',
      bot: 'dt',
      platform: 'dingtalk',
      members: ['li-mei'],
    },
  ],
  people: [
    { id: 'wang-wei', name: '王伟' },
    { id: 'li-mei', name: '李梅', identities: { dingtalk: 'staff-li' } },
    { id: 'chen', name: '陈先生', identities: { 'wechat-oa': 'o-chen' } },
  ],
  doctors: [
    { id: 'dr-wx', name: '叶医生', specialties: ['respiratory', 'chronic'], onDuty: true, bot: 'wx' },
    {
      id: 'dr-dt',
      name: '潘医生',
      specialties: ['pediatrics'],
      onDuty: true,
      bot: 'dt',
      identities: { dingtalk: 'staff-pan' },
    },
  ],
};

describe('channels: WeChat, DingTalk and the Official Account behind one pipeline', () => {
  let run: Transcript;
  beforeAll(async () => {
    run = await simulate(
      scenario(
        { world },
        { from: 'wang-wei', group: MILAN, say: '@青小医 我发烧咳嗽两天了', mention: true }, // 2: #1 on WeChat
        { from: 'li-mei', group: BARCELONA, say: '孩子5岁发烧38度5怎么办', mention: true }, // 3: #2 on DingTalk
        { from: 'li-mei', group: BARCELONA, say: '大家好，今天天气不错', mention: false }, // 4: DingTalk never shows it
        { from: 'dr-wx', say: '接 1' }, // 5
        { from: 'dr-dt', say: '接 2', bot: 'dt' }, // 6: a doctor on DingTalk
        { from: 'dr-dt', say: '答 2 物理降温，多喝水，超过38.5度可以用退烧药', bot: 'dt' }, // 7
        { from: 'dr-wx', say: '答 1 多喝水，按时测体温' }, // 8
        { from: 'chen', say: '我有高血压，降压药想换一种，怎么办', bot: 'oa' }, // 9: #3 on the Official Account
        { redeliver: true }, // 10: WeChat retries the same MsgId
        { from: 'dr-wx', say: '接 3' }, // 11
        { from: 'dr-wx', say: '答 3 请不要自己换药，先和家庭医生商量。' }, // 12
      ),
    );
  }, 60_000);

  it('acknowledges each question on its own platform, mentioning the asker', () => {
    const wechat = run.at(2).find((l) => l.to === MILAN);
    expect(wechat).toMatchObject({ group: true, mentions: ['wang-wei'] });
    expect(wechat?.text).toContain('#1');
    const dingtalk = run.at(3).find((l) => l.to === BARCELONA);
    expect(dingtalk).toMatchObject({ group: true, mentions: ['li-mei'] });
    expect(dingtalk?.text).toMatch(/^@staff-li .*#2/su);
  });

  it('tells each doctor on the platform they use', () => {
    expect(run.at(2).find((l) => l.to === 'dr-wx')?.text).toContain('#1');
    expect(run.at(3).find((l) => l.to === 'dr-dt')).toMatchObject({ group: false });
    expect(run.at(3).find((l) => l.to === 'dr-dt')?.text).toContain('#2');
  });

  it('never sees DingTalk chatter that does not @ the robot', () => {
    expect(run.at(4)).toEqual([]);
  });

  it('lets the DingTalk doctor claim and answer by DM; the answer reaches the DingTalk group with a real @', () => {
    expect(run.at(6).map((l) => l.to)).toEqual(['dr-dt']);
    const answer = run.at(7).find((l) => l.to === BARCELONA);
    expect(answer).toMatchObject({ group: true, mentions: ['li-mei'] });
    expect(answer?.text).toContain('物理降温');
  });

  it('relays the WeChat doctor’s answer into the WeChat group', () => {
    const answer = run.at(8).find((l) => l.to === MILAN);
    expect(answer).toMatchObject({ group: true, mentions: ['wang-wei'] });
    expect(answer?.text).toContain('多喝水，按时测体温');
  });

  it('answers an Official Account follower by customer-service message, once per question', () => {
    expect(run.at(9).find((l) => l.to === 'chen')?.text).toContain('#3');
    expect(run.at(10)).toEqual([]);
    const answer = run.at(12).find((l) => l.to === 'chen');
    expect(answer).toMatchObject({ group: false, mentions: [] });
    expect(answer?.text).toContain('请不要自己换药');
  });
});
