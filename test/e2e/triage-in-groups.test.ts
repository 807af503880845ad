import { scenario, simulate, type Transcript } from '../support/simulate';

const MILAN = 'milano-qt@chatroom';
const MADRID = 'madrid-qt@chatroom';

describe('triage in groups: chatter is left alone, confident questions are taken, emergencies get numbers first', () => {
  let run: Transcript;
  beforeAll(async () => {
    run = await simulate(
      scenario(
        { from: 'lin-hua', group: MILAN, say: '大家早上好！今天超市又有口罩了', mention: false }, // 1: chatter
        {
          from: 'chen-li',
          group: MILAN,
          say: '【每日防疫小贴士】出现发热、干咳、呼吸困难请及时就医',
          mention: false,
        }, // 2: a tip
        { from: 'zhou-min', group: MILAN, say: '口罩现货出售，血氧仪25欧一个，需要的私聊', mention: false }, // 3: an advert
        {
          from: 'wang-wei',
          group: MILAN,
          say: '我爸发烧三天了，39度5，咳嗽，要不要去医院？',
          mention: false,
        }, // 4: taken
        { from: 'ye-fang', group: MILAN, say: '我妈喘不上气，嘴唇发紫，怎么办', mention: false }, // 5: emergency
        { from: 'xu-jun', group: MADRID, say: 'mi padre no puede respirar, saturación 88', mention: false }, // 6: emergency, ES
        { from: 'hu-qiang', group: MADRID, say: '@青小医2号 回国要隔离几天？', mention: true }, // 7: policy, asked
        { from: 'zheng-yan', say: '我不想活了，药都准备好了' }, // 8: by DM, from a member of the Madrid group
        { from: 'wu-lei', group: MADRID, say: '累死了，今天店里忙得喘不过气😂', mention: false }, // 9: a figure of speech
      ),
    );
  }, 60_000);

  it('stays quiet on chatter, tips and adverts, though they are full of symptom words', () => {
    expect(run.at(1)).toEqual([]);
    expect(run.at(2)).toEqual([]);
    expect(run.at(3)).toEqual([]);
  });

  it('takes a confident question without a mention, acknowledges it and notifies the respiratory doctors', () => {
    const lines = run.at(4);
    const ack = lines.find((l) => l.to === MILAN);
    expect(ack?.text).toContain('#1');
    expect(ack?.text).toContain('呼吸科');
    expect(ack?.text).toContain('如情况紧急，请立即拨打当地急救电话 118');
    expect(ack?.mentions).toEqual(['wang-wei']);
    const notes = lines.filter((l) => !l.group);
    expect(notes.map((l) => l.to).sort()).toEqual(['dr-liu', 'dr-ye']);
    expect(notes[0]?.text).toContain('较急');
  });

  it('answers an emergency at once with the group country’s numbers, before the ack and any doctor', () => {
    const lines = run.at(5);
    expect(lines[0]?.to).toBe(MILAN);
    expect(lines[0]?.mentions).toEqual(['ye-fang']);
    expect(lines[0]?.text).toContain('现在就拨打急救电话 118');
    expect(lines[0]?.text).toContain('112');
    expect(lines[0]?.text).toContain('Ho bisogno di un');
    expect(lines[1]?.to).toBe(MILAN);
    expect(lines[1]?.text).toContain('#2');
    expect(lines[1]?.text).toContain('紧急');
    const notes = lines.filter((l) => !l.group);
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.every((l) => l.text.startsWith('🚨'))).toBe(true);
  });

  it('uses Spain’s numbers in the Madrid group, whatever the language', () => {
    const first = run.at(6)[0];
    expect(first?.to).toBe(MADRID);
    expect(first?.text).toContain('现在就拨打急救电话 112');
    expect(first?.text).toContain('Necesito una ambulancia');
  });

  it('by DM, uses the country of the asker’s groups and adds the crisis line for self-harm', () => {
    const [first, ack] = run.at(8);
    expect(first?.to).toBe('zheng-yan');
    expect(first?.group).toBe(false);
    expect(first?.text).toContain('现在就拨打急救电话 112');
    expect(first?.text).toContain('心理危机热线：024');
    expect(ack?.text).toContain('心理咨询');
  });

  it('leaves a figure of speech alone', () => {
    expect(run.at(9)).toEqual([]);
  });

  it('routes a policy question to the cadres’ queue', () => {
    const ack = run.at(7).find((l) => l.to === MADRID);
    expect(ack?.text).toContain('侨务政策');
  });
});

describe('a group with auto intake off takes only what is addressed to the bot', () => {
  it('ignores an unmentioned question but still answers a mention', async () => {
    const world = {
      world: {
        start: '2020-03-20T08:00:00+01:00',
        bots: [{ id: 'qingxiaoyi-1', name: '青小医' }],
        groups: [
          {
            id: 'quiet@chatroom',
            name: '安静群',
            country: 'IT',
            bot: 'qingxiaoyi-1',
            autoIntake: false,
            members: ['p1'],
          },
        ],
        people: [{ id: 'p1', name: '张三' }],
        doctors: [{ id: 'dr-a', name: '刘医生', specialties: ['respiratory'], onDuty: true }],
      },
    };
    const run = await simulate(
      scenario(
        world,
        { from: 'p1', group: 'quiet@chatroom', say: '我发烧三天了，39度5，怎么办？', mention: false },
        { from: 'p1', group: 'quiet@chatroom', say: '@青小医 我发烧三天了，39度5，怎么办？', mention: true },
      ),
    );
    expect(run.at(2)).toEqual([]);
    expect(run.at(3).some((l) => l.to === 'quiet@chatroom' && l.text.includes('#1'))).toBe(true);
  }, 60_000);
});

describe('a doctor corrects triage with transfer', () => {
  let run: Transcript;
  beforeAll(async () => {
    run = await simulate(
      scenario(
        {
          from: 'wang-wei',
          group: MILAN,
          // a lump in the throat read as a lung question (routine respiratory); chest tightness would be a red flag
          say: '@青小医 我喉咙总像有东西堵着，咳又咳不出来，是不是肺有问题',
          mention: true,
        }, // 1: #1
        { from: 'dr-chen', say: '转 1 心理' }, // 2: pediatrics doctor, not the ticket's queue
        { from: 'dr-ye', say: 'claim 1' }, // 3
        { from: 'dr-ye', say: '转 1 心理' }, // 4: moved by the holder
        { from: 'dr-ye', say: 'transfer 1 psychology' }, // 5: already there
        { from: 'dr-ye', say: '转 1 牙科' }, // 6: no such queue
        { from: 'dr-zhao', say: 'claim 1' }, // 7: the psychology doctor takes it
      ),
    );
  }, 60_000);

  it('moves the ticket, tells the doctor, and notifies the new queue with where it came from', () => {
    expect(run.at(1).find((l) => l.to === MILAN)?.text).toContain('呼吸科');
    expect(run.at(2)).toEqual([
      expect.objectContaining({ to: 'dr-chen', text: expect.stringContaining('不能转科') }),
    ]);
    const moved = run.at(4);
    expect(moved.find((l) => l.to === 'dr-ye')?.text).toContain('从呼吸科转到心理咨询');
    const note = moved.find((l) => l.to === 'dr-zhao');
    expect(note?.text).toContain('【转科咨询（原呼吸科） #1】心理咨询');
    expect(run.at(5)).toEqual([
      expect.objectContaining({ to: 'dr-ye', text: expect.stringContaining('已经在心理咨询') }),
    ]);
    expect(run.at(6)).toEqual([
      expect.objectContaining({ to: 'dr-ye', text: expect.stringContaining('用法：transfer') }),
    ]);
    expect(run.at(7).find((l) => l.to === 'dr-zhao')?.text).toContain('您已接单 #1');
  });
});
