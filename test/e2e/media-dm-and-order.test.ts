import { scenario, simulate } from '../support/simulate';

const MILAN = 'milano-qt@chatroom';
const MADRID = 'madrid-qt@chatroom';

describe('messages the bot cannot read', () => {
  it('ignores photos in a group from someone without a ticket, and tells a DM sender or a ticket holder', async () => {
    const run = await simulate(
      scenario(
        { from: 'lin-hua', group: MILAN, type: 'image' },
        { from: 'lin-hua', type: 'voice' },
        { from: 'wang-wei', group: MILAN, say: '@青小医 身上起了红疹子', mention: true },
        { from: 'wang-wei', group: MILAN, type: 'image' },
        { from: 'wang-wei', type: 'file' },
      ),
    );
    expect(run.at(1)).toEqual([]);
    expect(run.at(2)).toEqual([
      expect.objectContaining({ to: 'lin-hua', group: false, text: expect.stringContaining('语音') }),
    ]);
    expect(run.at(4)).toEqual([
      expect.objectContaining({ to: MILAN, mentions: ['wang-wei'], text: expect.stringContaining('图片') }),
    ]);
    expect(run.at(5)[0]?.text).toContain('文件');
  });
});

describe('a question by DM', () => {
  it('is acknowledged privately, dispatched as a DM question, and answered privately', async () => {
    const run = await simulate(
      scenario(
        { from: 'hu-qiang', say: '你好' },
        { from: 'hu-qiang', say: '我失眠一个星期了，很焦虑，怎么办' },
        { from: 'dr-zhao', say: 'next' },
        { from: 'dr-zhao', say: '规律作息，睡前别看手机，可以做放松呼吸。' },
      ),
    );
    expect(run.at(1)[0]?.text).toContain('请直接发送您想咨询的健康问题');
    const [ack, notify] = run.at(2);
    expect(ack).toMatchObject({ to: 'hu-qiang', group: false, mentions: [] });
    expect(ack?.text).toContain('#1');
    expect(ack?.text).toContain('心理咨询');
    expect(notify).toMatchObject({ to: 'dr-zhao' });
    expect(notify?.text).toContain('来源：私信');
    const answer = run.at(4).find((l) => l.to === 'hu-qiang');
    expect(answer?.group).toBe(false);
    expect(answer?.text).toContain('【医生回复 #1】\n规律作息');
  });
});

describe('next', () => {
  it('takes the most urgent, then the oldest, ticket of the doctor’s specialties', async () => {
    const run = await simulate(
      scenario(
        { from: 'wang-wei', group: MILAN, say: '@青小医 我咳嗽一周了', mention: true }, // #1 routine
        { from: 'hu-qiang', group: MADRID, say: '@青小医2号 我妈咳嗽，烧到39度', mention: true }, // #2 urgent
        { from: 'zheng-yan', group: MADRID, say: '@青小医2号 我老公喘不上气，嘴唇发紫', mention: true }, // #3 emergency
        { from: 'dr-liu', say: 'next' },
        { from: 'dr-ye', say: 'next' },
        { from: 'dr-ye', say: 'next' },
        { from: 'dr-liu', say: 'next' },
      ),
    );
    expect(run.at(4)[0]?.text).toContain('您已接单 #3');
    expect(run.at(5)[0]?.text).toContain('您已接单 #2');
    expect(run.at(6)[0]?.text).toContain('您已接单 #1');
    expect(run.at(7)[0]?.text).toContain('没有排队的咨询');
  });

  it('lets the account serving a group answer in it, whichever account the doctor talks to', async () => {
    const run = await simulate(
      scenario(
        { from: 'hu-qiang', group: MADRID, say: '@青小医2号 我咳嗽三天了', mention: true },
        { from: 'dr-liu', say: 'claim 1' },
        { from: 'dr-liu', say: '多喝水' },
      ),
    );
    expect(run.at(1).find((l) => l.group)).toMatchObject({ to: MADRID, mentions: ['hu-qiang'] });
    expect(run.at(3).find((l) => l.to === MADRID)?.text).toContain('多喝水');
  });
});

describe('messages near the bot that are not questions for it', () => {
  it('opens no ticket for look-alike names, thanks or a greeting (which gets the how-to)', async () => {
    const run = await simulate(
      scenario(
        { from: 'wang-wei', group: MILAN, say: '@青小医生 你们医院周末开门吗', mention: false },
        { from: 'wang-wei', group: MILAN, say: '@青小医 谢谢医生！', mention: true },
        { from: 'wang-wei', group: MILAN, say: '@青小医 你好', mention: true },
        { from: 'wang-wei', say: '谢谢' },
      ),
    );
    expect(run.at(1)).toEqual([]);
    expect(run.at(2)).toEqual([]);
    expect(run.at(3)).toEqual([
      expect.objectContaining({ to: MILAN, text: expect.stringContaining('请 @青小医 后直接写下您的问题') }),
    ]);
    expect(run.at(4)[0]?.text).toContain('不客气');
  });
});
