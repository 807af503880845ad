import { simulate, type Transcript } from '../support/simulate';
import type { TranscriptLine } from '../../src/sim/simulation';

const MILAN = 'milano-qt@chatroom';

const to = (lines: TranscriptLine[], id: string): TranscriptLine[] => lines.filter((l) => l.to === id);

describe('a consultation from a group to a doctor and back (test/scenarios/consultation-flow.jsonl)', () => {
  let run: Transcript;
  beforeAll(async () => {
    run = await simulate('consultation-flow.jsonl');
  });

  it('stays quiet on group chatter', () => {
    expect(run.at(1)).toEqual([]);
  });

  it('acknowledges in the group at once, mentioning the asker, with a ticket and the queue but no health details', () => {
    const [ack, ...rest] = run.at(2);
    expect(ack).toMatchObject({
      to: MILAN,
      group: true,
      mentions: ['wang-wei'],
      t: '2020-03-16T08:30:00.000Z',
    });
    expect(ack?.text).toMatch(/^@王伟 /);
    expect(ack?.text).toContain('#1');
    expect(ack?.text).toContain('呼吸科');
    expect(ack?.text).not.toMatch(/发烧|38|咳嗽/);
    expect(rest.every((l) => !l.group)).toBe(true);
  });

  it('DMs every on-duty doctor of the specialty, and nobody else, with everything needed to claim', () => {
    const dms = run.at(2).filter((l) => !l.group);
    expect(dms.map((l) => l.to).sort()).toEqual(['dr-liu', 'dr-ye']);
    for (const dm of dms) {
      expect(dm.mentions).toEqual([]);
      for (const part of [
        '#1',
        '呼吸科',
        '米兰青田同乡互助群',
        '意大利',
        'Milano',
        '王伟',
        '我爸发烧38度5 咳嗽两天了 要不要去医院',
        '接 1',
        'claim 1',
        'next',
      ]) {
        expect(dm.text).toContain(part);
      }
    }
  });

  it('takes a #咨询 message without a mention and routes it by keywords', () => {
    const lines = run.at(3);
    expect(lines[0]).toMatchObject({ to: MILAN, mentions: ['zhou-min'] });
    expect(lines[0]?.text).toContain('#2');
    expect(lines[0]?.text).toContain('儿科');
    expect(lines.slice(1).map((l) => l.to)).toEqual(['dr-chen']);
  });

  it('gives the ticket to the first claimer and tells the second who has it', () => {
    const won = run.at(4);
    expect(won).toHaveLength(1);
    expect(won[0]).toMatchObject({ to: 'dr-ye', group: false });
    expect(won[0]?.text).toContain('您已接单 #1');
    const lost = run.at(5);
    expect(lost).toHaveLength(1);
    expect(lost[0]).toMatchObject({ to: 'dr-liu' });
    expect(lost[0]?.text).toContain('已由 叶晓红 医生接单');
  });

  it('posts a plain DM from the only claim holder into the group, mentioning the asker, signed, and confirms', () => {
    const lines = run.at(7);
    const post = to(lines, MILAN);
    expect(post).toHaveLength(1);
    expect(post[0]?.mentions).toEqual(['wang-wei']);
    expect(post[0]?.text).toMatch(/^@王伟 【医生回复 #1】/);
    expect(post[0]?.text).toContain('多喝水，可以服用对乙酰氨基酚退烧。\n如果血氧低于93');
    expect(post[0]?.text).toContain('叶晓红 医生 · 丽水市中心医院 · 呼吸科');
    const confirm = to(lines, 'dr-ye');
    expect(confirm).toHaveLength(1);
    expect(confirm[0]?.text).toContain('米兰青田同乡互助群');
    expect(confirm[0]?.text).toContain('@王伟');
  });

  it('closes the ticket on close', () => {
    expect(run.at(8)).toEqual([
      expect.objectContaining({ to: 'dr-ye', text: expect.stringContaining('#1 已结束') }),
    ]);
  });

  it('hands the next queued ticket of the doctor’s specialty on next, and relays an explicit answer', () => {
    expect(run.at(9)[0]?.text).toContain('您已接单 #2');
    const post = to(run.at(10), MILAN);
    expect(post[0]?.mentions).toEqual(['zhou-min']);
    expect(post[0]?.text).toContain('【医生回复 #2】\n先观察');
    expect(post[0]?.text).toContain('陈静 医生 · 青田县人民医院 · 儿科');
  });

  it('paces each account: sends of one account are at least 2 s apart, in time order', () => {
    const times = run.all.map((l) => Date.parse(l.t));
    for (let i = 1; i < times.length; i++) {
      expect(times[i]).toBeGreaterThanOrEqual((times[i - 1] ?? 0) + 2000);
    }
  });
});
