import { scenario, simulate, type Transcript } from '../support/simulate';

const MILAN = 'milano-qt@chatroom';

/**
 * Every command and alias through the simulator (the parser's unit tables cover spelling variants; here each alias
 * drives the real bot once and gets the reply its command gives).
 */
describe('every doctor and asker command alias, through the bot', () => {
  const stateless: Array<[string, RegExp]> = [
    ...['mine', '我的', '我的单', '我接的'].map((a): [string, RegExp] => [a, /您目前没有接单|您接的单/]),
    ...['queue', '排队', '队列', '待接'].map((a): [string, RegExp] => [a, /排队中|目前没有排队的咨询/]),
    ...['help', '帮助', '菜单', '?'].map((a): [string, RegExp] => [a, /^医生命令：/]),
    ...['off', '下班'].map((a): [string, RegExp] => [a, /已下班/]),
    ...['on', '上班', '值班'].map((a): [string, RegExp] => [a, /已开始值班/]),
    ...['alerts on', '紧急提醒 开'].map((a): [string, RegExp] => [a, /已开启紧急提醒/]),
    ...['alerts off', '紧急提醒 关'].map((a): [string, RegExp] => [a, /已关闭紧急提醒/]),
    ...['more', '延长', '续期'].map((a): [string, RegExp] => [a, /没有可以延长的接单/]),
  ];
  // ticket commands: each alias on a ticket of its own (#1…): claim, then the command
  const claims = ['claim', '接', '接单'];
  const perTicket: Array<[string, RegExp]> = [
    ['答 {n} 多喝水', /./],
    ['answer {n} 多喝水', /./],
    ['问 {n} 发烧吗？', /已把您的问题转给/],
    ['追问 {n} 发烧吗？', /已把您的问题转给/],
    ['ask {n} fever?', /已把您的问题转给/],
    ['放回 {n}', /已将 #\d+ 放回队列/],
    ['释放 {n}', /已将 #\d+ 放回队列/],
    ['退单 {n}', /已将 #\d+ 放回队列/],
    ['release {n}', /已将 #\d+ 放回队列/],
    ['延长 {n}', /已延长 #\d+/],
    ['续期 {n}', /已延长 #\d+/],
    ['more {n}', /已延长 #\d+/],
    ['转 {n} 儿科', /转到儿科队列/],
    ['转科 {n} 全科', /转到全科队列/],
    ['transfer {n} general', /转到全科队列/],
  ];
  const steps: object[] = [];
  const expectations: Array<{ line: number; to: string; pattern: RegExp; what: string }> = [];
  const push = (step: object, to?: string, pattern?: RegExp, what?: string) => {
    steps.push(step);
    if (to && pattern)
      expectations.push({ line: steps.length, to, pattern, what: what ?? JSON.stringify(step) });
  };
  for (const [alias, pattern] of stateless) push({ from: 'dr-liu', say: alias }, 'dr-liu', pattern, alias);
  perTicket.forEach(([template, pattern], i) => {
    const n = i + 1;
    // askers take turns: one person may have at most 5 questions open at once
    const asker = ['wang-wei', 'zhou-min', 'lin-hua', 'chen-li'][i % 4] as string;
    push({ from: asker, group: MILAN, say: `@青小医 我咳嗽第${n}天了`, mention: true });
    push(
      { from: 'dr-liu', say: `${claims[i % claims.length]} ${n}` },
      'dr-liu',
      new RegExp(`您已接单 #${n}`),
      'claim',
    );
    const say = template.replace('{n}', String(n));
    push({ from: 'dr-liu', say }, 'dr-liu', pattern, say);
    if (/^(答|answer)/.test(say))
      push({ from: 'dr-liu', say: ['close', '关闭', '结束'][i % 3] + ` ${n}` }, 'dr-liu', /已结束/);
    // leave capacity for the next ticket
    if (!/^(答|answer|放回|释放|退单|release|转|transfer)/.test(say))
      push({ from: 'dr-liu', say: `放回 ${n}` });
  });
  for (const [alias, pattern] of [
    ['我的咨询', /您的咨询|没有进行中的咨询/],
    ['status', /您的咨询|没有进行中的咨询/],
    ['咨询状态', /您的咨询|没有进行中的咨询/],
    ['状态', /您的咨询|没有进行中的咨询/],
    ['进度', /您的咨询|没有进行中的咨询/],
    ['取消 999', /无法撤回 #999/],
    ['cancel 999', /无法撤回 #999/],
    ['撤销 999', /无法撤回 #999/],
    ['撤回 999', /无法撤回 #999/],
  ] as Array<[string, RegExp]>)
    push({ from: 'chen-li', say: alias }, 'chen-li', pattern, alias);

  let run: Transcript;
  beforeAll(async () => {
    run = await simulate(scenario(...steps));
  }, 120_000);

  it.each(expectations.map((e) => [e.what, e] as const))('%s', (_what, e) => {
    const texts = run
      .at(e.line)
      .filter((l) => l.to === e.to)
      .map((l) => l.text);
    expect(texts.some((t) => e.pattern.test(t))).toBe(true);
  });
});
