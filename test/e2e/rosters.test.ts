import { scenario, simulate, type Transcript } from '../support/simulate';

const GROUP = 'roma@chatroom';

/**
 * A doctor in Zhejiang (UTC+8) on an evening roster serves a group in Rome (UTC+1, UTC+2 from 29 March 2020):
 * 20:00–23:00 Shanghai is 13:00–16:00 in Rome before the change and 14:00–17:00 after.
 */
describe('rosters across time zones and a daylight-saving change', () => {
  let run: Transcript;
  beforeAll(async () => {
    run = await simulate(
      scenario(
        {
          world: {
            start: '2020-03-27T09:00:00+01:00',
            bots: [{ id: 'qingxiaoyi-1', name: '青小医' }],
            groups: [
              {
                id: GROUP,
                name: '罗马侨胞群',
                country: 'IT',
                timezone: 'Europe/Rome',
                bot: 'qingxiaoyi-1',
                members: ['p1'],
              },
            ],
            people: [{ id: 'p1', name: '张三' }],
            doctors: [
              {
                id: 'dr-a',
                name: '方医生',
                specialties: ['respiratory'],
                roster: {
                  timezone: 'Asia/Shanghai',
                  windows: [
                    { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '20:00', end: '23:00' },
                  ],
                },
              },
            ],
          },
        },
        { from: 'p1', group: GROUP, say: '@青小医 我咳嗽两天了', mention: true }, // 2: nobody on duty yet
        { at: '2020-03-27T13:01:00+01:00' }, // 3: shift starts (Friday, still CET)
        { from: 'dr-a', say: 'off' }, // 4: off for today: holds until the roster's next change
        { at: '2020-03-27T16:01:00+01:00' }, // 5: the roster would end now anyway: nothing to say
        { at: '2020-03-29T13:30:00+02:00' }, // 6: Sunday after the change: 13:30 CEST is 19:30 Shanghai: off
        { at: '2020-03-29T14:01:00+02:00' }, // 7: 20:01 Shanghai: on duty
        { at: '2020-03-29T17:01:00+02:00' }, // 8: 23:01 Shanghai: off duty
      ),
    );
  }, 60_000);

  it('tells the asker when the next doctor starts, in the group’s local time', () => {
    const ack = run.at(2).find((l) => l.to === GROUP);
    expect(ack?.text).toContain('现在没有呼吸科医生值班，下一位医生预计在3月27日 13:00（当地时间）上班');
  });

  it('puts the doctor on duty at the roster’s start, tells them how many wait, and the ticket reaches them', () => {
    const lines = run.at(3);
    expect(lines.map((l) => l.to)).toEqual(['dr-a', 'dr-a']);
    expect(lines[0]?.text).toContain('按排班，您的值班开始了（呼吸科）。目前有 1 单在排队');
    expect(lines[1]?.text).toContain('⏰【等待 241 分钟无人接单 #1】'); // the escalation ladder, now someone is on duty
  });

  it('lets the doctor step off for the day, until the roster changes', () => {
    expect(run.at(4)[0]?.text).toContain('已下班');
    expect(run.at(5)).toEqual([]);
    // (nobody claimed #1 in 24 hours: it is closed with an apology; nothing else happens on Sunday morning)
    expect(run.at(6).map((l) => l.to)).toEqual([GROUP]);
    expect(run.at(6)[0]?.text).toContain('很抱歉，您的咨询 #1 已等待 24 小时');
  });

  it('follows Shanghai time after Rome moved its clocks', () => {
    expect(run.at(7)[0]?.text).toContain('按排班，您的值班开始了');
    expect(run.at(8)[0]?.text).toContain('按排班，您的值班结束了');
  });
});
