import { scenario, simulate, type Transcript } from '../support/simulate';

const MILAN = 'milano-qt@chatroom';

describe('askers: follow-ups reach the same doctor, status, cancel, and the doctor’s questions', () => {
  let run: Transcript;
  beforeAll(async () => {
    run = await simulate(
      scenario(
        { from: 'wang-wei', group: MILAN, say: '@青小医 我咳嗽三天了', mention: true }, // 1: #1
        { from: 'wang-wei', say: '忘了说，还有点发烧，37度8' }, // 2: DM follow-up while #1 waits
        { from: 'dr-ye', say: '接 1' }, // 3: the claim shows the follow-up
        { from: 'wang-wei', group: MILAN, say: '@青小医 #1 晚上咳得更厉害', mention: true }, // 4: group follow-up
        { from: 'dr-ye', say: '问 1 有没有痰？什么颜色？' }, // 5: relayed to the group, lease paused
        { advance: '40m' }, // 6: no lapse while the asker is asked
        { from: 'wang-wei', say: '有黄痰' }, // 7: the answer reaches dr-ye; the lease starts again
        { from: 'wang-wei', say: '我的咨询' }, // 8: status
        { from: 'chen-li', group: MILAN, say: '@青小医 嗓子疼怎么办', mention: true }, // 9: #2
        { from: 'dr-liu', say: '接 2' }, // 10
        { from: 'chen-li', say: '取消 2' }, // 11: withdrawn; dr-liu is told
        { from: 'chen-li', say: '取消 1' }, // 12: not theirs
        { from: 'zhou-min', group: MILAN, say: '@青小医 #1 我也咳嗽', mention: true }, // 13: not the asker of #1
      ),
    );
  }, 60_000);

  const to = (line: number, who: string) => run.at(line).filter((l) => l.to === who);

  it('adds a follow-up to a waiting ticket, so the doctor who claims it sees it', () => {
    expect(to(2, 'wang-wei')[0]?.text).toContain('已把您的补充加到咨询 #1');
    expect(to(3, 'dr-ye')[0]?.text).toContain('我咳嗽三天了\n（补充）忘了说，还有点发烧，37度8');
  });

  it('forwards a follow-up in the group (@bot #1 …) to the claiming doctor', () => {
    expect(to(4, 'dr-ye')[0]?.text).toContain('【补充 #1】王伟：晚上咳得更厉害');
    expect(to(4, MILAN)[0]?.text).toContain('已把您的补充转给正在处理 #1 的医生');
  });

  it('relays the doctor’s question to the asker, and the lease waits for the answer', () => {
    const q = to(5, MILAN)[0];
    expect(q?.mentions).toEqual(['wang-wei']);
    expect(q?.text).toContain('【医生提问 #1】叶晓红 医生想了解：有没有痰？什么颜色？');
    expect(to(5, 'dr-ye')[0]?.text).toContain('等待对方回复期间，这一单不会超时退回');
    expect(run.at(6)).toEqual([]);
    expect(to(7, 'dr-ye')[0]?.text).toContain('【补充 #1】王伟：有黄痰');
  });

  it('lists the asker’s open questions', () => {
    expect(to(8, 'wang-wei')[0]?.text).toContain('#1 呼吸科 · 医生处理中');
  });

  it('lets the asker withdraw a question and tells its doctor; refuses someone else’s', () => {
    expect(to(11, 'chen-li')[0]?.text).toContain('已撤回咨询 #2');
    expect(to(11, 'dr-liu')[0]?.text).toContain('提问人已撤回 #2');
    expect(to(12, 'chen-li')[0]?.text).toContain('无法撤回 #1');
  });

  it('treats "#1" from someone who did not ask #1 as a question of their own', () => {
    expect(to(13, MILAN)[0]?.text).toContain('编号 #3');
  });
});

describe('privacy and honest waiting', () => {
  let run: Transcript;
  beforeAll(async () => {
    run = await simulate(
      scenario(
        { from: 'wang-wei', group: MILAN, say: '@青小医 最近很焦虑，晚上睡不着', mention: true }, // 1: #1 psychology
        { from: 'dr-zhao', say: '接 1' }, // 2
        { from: 'dr-zhao', say: '答 1 试试睡前不看手机，白天多晒太阳。' }, // 3: by DM, not in the group
        { from: 'chen-li', group: MILAN, say: '@青小医 我咳嗽两天了，请私信回复我', mention: true }, // 4: #2 asked privacy
        { from: 'zhou-min', group: MILAN, say: '@青小医 我也咳嗽，喉咙痛', mention: true }, // 5: #3, one ahead
      ),
    );
  }, 60_000);

  it('answers a psychology question by DM; the group saw only the acknowledgement', () => {
    const ack = run.at(1).find((l) => l.to === MILAN);
    expect(ack?.text).toContain('为保护隐私，医生会私信回复您（请先加「青小医」为好友');
    expect(ack?.text).not.toContain('焦虑');
    const answer = run.at(3).filter((l) => l.text.includes('【医生回复 #1】'));
    expect(answer).toEqual([expect.objectContaining({ to: 'wang-wei', group: false })]);
  });

  it('keeps it private when the asker asks for it, and tells the next asker how many are ahead', () => {
    expect(run.at(4).find((l) => l.to === MILAN)?.text).toContain('医生会私信回复您');
    expect(run.at(5).find((l) => l.to === MILAN)?.text).toContain('您前面还有 1 位在排队');
  });
});

describe('what the review found (each would have hurt someone)', () => {
  let run: Transcript;
  beforeAll(async () => {
    run = await simulate(
      scenario(
        { from: 'wang-wei', group: MILAN, say: '@青小医 我妈咳嗽三天了', mention: true }, // 1: #1 routine
        { from: 'wang-wei', say: '我爸突然胸口很痛，嘴唇发紫，喘不过气' }, // 2: a red flag in a "follow-up": #2 emergency
        { from: 'dr-liu', say: '接 1' }, // 3
        { from: 'dr-liu', say: '延长一下' }, // 4: not an answer: asked back, nothing to the group
        { from: 'hu-qiang', say: 'Ask a doctor: my son has 39 fever' }, // 5: a question, not a refused command
        { from: 'zhou-min', say: '我很焦虑，睡不着' }, // 6: #4 by DM, psychology (private)
        { from: 'zhou-min', group: MILAN, say: '@青小医 我的咨询', mention: true }, // 7: the group must not see #4
        { from: 'chen-li', group: MILAN, say: '@青小医 我不想活了，药都准备好了', mention: true }, // 8: crisis line by DM
        { from: 'lin-hua', group: MILAN, say: '@青小医 我怀孕30周，突然大出血止不住', mention: true }, // 9: private emergency
      ),
    );
  }, 60_000);

  it('treats a red flag sent as a follow-up as an emergency of its own: numbers at once', () => {
    const lines = run.at(2);
    expect(lines[0]?.to).toBe('wang-wei');
    expect(lines[0]?.text).toContain('现在就拨打急救电话 118');
    expect(lines.some((l) => l.text.includes('#2') && l.text.includes('紧急'))).toBe(true);
  });

  it('never posts a doctor’s half-command to the group as an answer', () => {
    expect(run.at(4)).toEqual([
      expect.objectContaining({ to: 'dr-liu', text: expect.stringContaining('没看懂') }),
    ]);
  });

  it('takes a non-doctor’s "Ask a doctor: …" as their question', () => {
    expect(run.at(5).find((l) => l.to === 'hu-qiang')?.text).toContain('已收到您的咨询');
  });

  it('keeps a DM question out of the group’s status reply', () => {
    const status = run.at(7).find((l) => l.to === MILAN)?.text ?? '';
    expect(status).not.toContain('心理');
    expect(status).toContain('没有进行中的咨询');
  });

  it('sends the crisis line privately; the group sees the emergency numbers only', () => {
    const lines = run.at(8);
    const group = lines
      .filter((l) => l.to === MILAN)
      .map((l) => l.text)
      .join('\n');
    expect(group).toContain('112');
    expect(group).not.toContain('心理危机热线');
    expect(lines.find((l) => l.to === 'chen-li' && !l.group)?.text).toContain('心理危机热线');
  });

  it('tells the asker of a private emergency that the doctor will write privately', () => {
    const ack = run.at(9).find((l) => l.to === MILAN && l.text.includes('编号'));
    expect(ack?.text).toContain('为保护隐私医生会私信您');
  });
});

describe('a claim waiting for the asker’s reply', () => {
  it('shows as waiting in mine, not as minutes left', async () => {
    const run = await simulate(
      scenario(
        { from: 'wang-wei', group: MILAN, say: '@青小医 我咳嗽三天了', mention: true },
        { from: 'dr-ye', say: '接 1' },
        { from: 'dr-ye', say: '问 1 有痰吗？' },
        { from: 'dr-ye', say: 'mine' },
      ),
    );
    expect(run.at(4)[0]?.text).toContain('#1 呼吸科（等提问人回复）');
  }, 60_000);
});
