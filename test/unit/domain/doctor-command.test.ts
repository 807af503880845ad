import {
  isDoctorOnlyCommand,
  parseDoctorCommand,
  type DoctorCommand,
} from '../../../src/domain/doctor-command';

describe('parseDoctorCommand', () => {
  it.each<{ input: string; expected: DoctorCommand }>([
    { input: 'claim 12', expected: { kind: 'claim', ticket: 12 } },
    { input: 'CLAIM 7', expected: { kind: 'claim', ticket: 7 } },
    { input: 'claim #12', expected: { kind: 'claim', ticket: 12 } },
    { input: 'claim12', expected: { kind: 'claim', ticket: 12 } },
    { input: '接 12', expected: { kind: 'claim', ticket: 12 } },
    { input: '接12', expected: { kind: 'claim', ticket: 12 } },
    { input: '接单 3', expected: { kind: 'claim', ticket: 3 } },
    { input: '  接 #5  ', expected: { kind: 'claim', ticket: 5 } },
    { input: 'ｃｌａｉｍ　１２', expected: { kind: 'claim', ticket: 12 } },
    { input: '接＃１２', expected: { kind: 'claim', ticket: 12 } },
    { input: '接　＃　１２', expected: { kind: 'claim', ticket: 12 } },
    { input: 'claim\u2005123456789', expected: { kind: 'claim', ticket: 123456789 } },
  ])('claim: $input', ({ input, expected }) => {
    expect(parseDoctorCommand(input)).toEqual(expected);
  });

  it.each(['next', 'NEXT', 'Next', 'ｎｅｘｔ', '下一个', '下一单', '接', '接单', ' 接 ', '下一个\n'])(
    'next: %j',
    (input) => {
      expect(parseDoctorCommand(input)).toEqual({ kind: 'next' });
    },
  );

  it.each<{ input: string; ticket: number; text: string }>([
    { input: '答12 多喝水', ticket: 12, text: '多喝水' },
    { input: '答 12 多喝水', ticket: 12, text: '多喝水' },
    { input: 'answer #12: drink water', ticket: 12, text: 'drink water' },
    { input: 'Answer 12 drink water', ticket: 12, text: 'drink water' },
    { input: 'answer #12：先测体温', ticket: 12, text: '先测体温' },
    { input: '答 12，先在家观察', ticket: 12, text: '先在家观察' },
    { input: '答＃１２，多喝水', ticket: 12, text: '多喝水' },
    { input: 'ａｎｓｗｅｒ　１２　多喝水', ticket: 12, text: '多喝水' },
    { input: 'Ａｎｓｗｅｒ　＃１２：多喝水', ticket: 12, text: '多喝水' },
    { input: '答\u2005１２\u2005多喝水', ticket: 12, text: '多喝水' },
    { input: '答 12 3次/天，饭后服用', ticket: 12, text: '3次/天，饭后服用' },
    { input: '答 12 多喝水💧 早点休息😴', ticket: 12, text: '多喝水💧 早点休息😴' },
    // The doctor's own characters are kept: full-width text inside the answer is not normalised.
    { input: '答 12 体温超过３９度请就医', ticket: 12, text: '体温超过３９度请就医' },
    { input: '答 12 两个空格  之间', ticket: 12, text: '两个空格  之间' },
  ])('answer: $input', ({ input, ticket, text }) => {
    expect(parseDoctorCommand(input)).toEqual({ kind: 'answer', ticket, text });
  });

  it.each<{ input: string; ticket: number; text: string }>([
    {
      input: '答 12\n1. 多喝水\n2. 每天测两次体温\n3. 血氧低于93请打112',
      ticket: 12,
      text: '1. 多喝水\n2. 每天测两次体温\n3. 血氧低于93请打112',
    },
    {
      input: 'answer #7:\n先观察。\n\n如有胸痛，立即就医。',
      ticket: 7,
      text: '先观察。\n\n如有胸痛，立即就医。',
    },
    { input: '答１２：第一行\r\n第二行', ticket: 12, text: '第一行\r\n第二行' },
  ])('answer keeps the line breaks: $input', ({ input, ticket, text }) => {
    expect(parseDoctorCommand(input)).toEqual({ kind: 'answer', ticket, text });
  });

  it.each<{ input: string; ticket: number }>([
    { input: 'close 12', ticket: 12 },
    { input: 'CLOSE #3', ticket: 3 },
    { input: '关闭 12', ticket: 12 },
    { input: '结束12', ticket: 12 },
    { input: '结束　＃１２', ticket: 12 },
    { input: 'ｃｌｏｓｅ　９', ticket: 9 },
  ])('close: $input', ({ input, ticket }) => {
    expect(parseDoctorCommand(input)).toEqual({ kind: 'close', ticket });
  });

  it.each<{ input: string; kind: 'on' | 'off' | 'help' }>([
    { input: 'on', kind: 'on' },
    { input: 'ON', kind: 'on' },
    { input: 'Ｏｎ', kind: 'on' },
    { input: '上班', kind: 'on' },
    { input: '值班', kind: 'on' },
    { input: 'off', kind: 'off' },
    { input: 'OFF ', kind: 'off' },
    { input: '下班', kind: 'off' },
    { input: 'help', kind: 'help' },
    { input: 'ＨＥＬＰ', kind: 'help' },
    { input: '帮助', kind: 'help' },
    { input: '菜单', kind: 'help' },
    { input: '?', kind: 'help' },
    { input: '？', kind: 'help' },
  ])('$kind: $input', ({ input, kind }) => {
    expect(parseDoctorCommand(input)).toEqual({ kind });
  });

  it.each<{ input: string; expected: DoctorCommand }>([
    { input: 'transfer 12 pediatrics', expected: { kind: 'transfer', ticket: 12, specialty: 'pediatrics' } },
    { input: '转 12 儿科', expected: { kind: 'transfer', ticket: 12, specialty: 'pediatrics' } },
    { input: '转科 #3 心理', expected: { kind: 'transfer', ticket: 3, specialty: 'psychology' } },
    { input: '转12 中医', expected: { kind: 'transfer', ticket: 12, specialty: 'tcm' } },
    {
      input: 'ＴＲＡＮＳＦＥＲ　７　ＰＯＬＩＣＹ',
      expected: { kind: 'transfer', ticket: 7, specialty: 'policy' },
    },
    { input: '转 5：侨务政策', expected: { kind: 'transfer', ticket: 5, specialty: 'policy' } },
    { input: '转 5 慢病科', expected: { kind: 'transfer', ticket: 5, specialty: 'chronic' } },
    { input: '转 5 牙科', expected: { kind: 'usage', command: 'transfer' } },
    { input: '转 5', expected: { kind: 'usage', command: 'transfer' } },
    { input: 'transfer', expected: { kind: 'usage', command: 'transfer' } },
    { input: '转 0 儿科', expected: { kind: 'usage', command: 'transfer' } },
    { input: '转告他多喝水', expected: { kind: 'text', text: '转告他多喝水' } },
  ])('transfer: $input', ({ input, expected }) => {
    expect(parseDoctorCommand(input)).toEqual(expected);
  });

  it.each<{ input: string; expected: DoctorCommand }>([
    { input: 'release 12', expected: { kind: 'release', ticket: 12 } },
    { input: '放回 #3', expected: { kind: 'release', ticket: 3 } },
    { input: '释放３', expected: { kind: 'release', ticket: 3 } },
    { input: '放回', expected: { kind: 'usage', command: 'release' } },
    { input: 'release x', expected: { kind: 'usage', command: 'release' } },
    { input: 'more', expected: { kind: 'more', ticket: null } },
    { input: '延长', expected: { kind: 'more', ticket: null } },
    { input: 'MORE 7', expected: { kind: 'more', ticket: 7 } },
    { input: '延长 #7', expected: { kind: 'more', ticket: 7 } },
    { input: 'mine', expected: { kind: 'mine' } },
    { input: '我的', expected: { kind: 'mine' } },
    { input: '我接的', expected: { kind: 'mine' } },
    { input: 'queue', expected: { kind: 'queue' } },
    { input: '排队', expected: { kind: 'queue' } },
    { input: '我的建议是多喝水', expected: { kind: 'text', text: '我的建议是多喝水' } },
    // starts like a command: asked back, never posted to the group as an answer
    { input: 'more water, more rest', expected: { kind: 'unclear', text: 'more water, more rest' } },
    { input: '延长一下', expected: { kind: 'unclear', text: '延长一下' } },
    { input: '下班了', expected: { kind: 'unclear', text: '下班了' } },
    { input: 'off duty', expected: { kind: 'unclear', text: 'off duty' } },
    { input: '#3 多喝水', expected: { kind: 'answer', ticket: 3, text: '多喝水' } },
    { input: '问2遍都一样', expected: { kind: 'text', text: '问2遍都一样' } },
    { input: 'alerts on', expected: { kind: 'alerts', on: true } },
    { input: '紧急提醒 开', expected: { kind: 'alerts', on: true } },
    { input: 'ALERTS OFF', expected: { kind: 'alerts', on: false } },
    { input: '紧急提醒关', expected: { kind: 'alerts', on: false } },
    { input: '问 3 有没有发烧？', expected: { kind: 'ask', ticket: 3, text: '有没有发烧？' } },
    { input: 'ask #3: any fever?', expected: { kind: 'ask', ticket: 3, text: 'any fever?' } },
    { input: '问题不大，多喝水', expected: { kind: 'text', text: '问题不大，多喝水' } },
    { input: 'ask 3', expected: { kind: 'usage', command: 'ask' } },
  ])('release, more, mine, queue: $input', ({ input, expected }) => {
    expect(parseDoctorCommand(input)).toEqual(expected);
  });

  it.each<{ input: string; command: 'claim' | 'answer' | 'close' }>([
    { input: 'claim', command: 'claim' },
    { input: 'claim abc', command: 'claim' },
    { input: 'claim 12 🙏', command: 'claim' },
    { input: 'claim 1234567890', command: 'claim' },
    { input: 'answer', command: 'answer' },
    { input: '答', command: 'answer' },
    { input: 'answer twelve: 多喝水', command: 'answer' },
    { input: '答 十二 多喝水', command: 'answer' },
    // A ticket without an answer is a usage error, not an empty answer to another ticket.
    { input: 'answer 12', command: 'answer' },
    { input: '答12', command: 'answer' },
    { input: '答 123', command: 'answer' },
    { input: 'answer #12：', command: 'answer' },
    { input: 'close', command: 'close' },
    { input: 'close it', command: 'close' },
    { input: 'ｃｌｏｓｅ', command: 'close' },
  ])('usage: $input', ({ input, command }) => {
    expect(parseDoctorCommand(input)).toEqual({ kind: 'usage', command });
  });

  it.each<{ input: string; text: string }>([
    { input: '先在家观察，多喝水', text: '先在家观察，多喝水' },
    { input: '  谢谢医生！  ', text: '谢谢医生！' },
    { input: '答案是多喝水', text: '答案是多喝水' },
    { input: 'closed', text: 'closed' },
    { input: 'nextday', text: 'nextday' },
    { input: 'online', text: 'online' },
    { input: '接下来怎么办？', text: '接下来怎么办？' },
    { input: '下一个病人呢', text: '下一个病人呢' },
    { input: '👍', text: '👍' },
    { input: 'ｈｉ　医生', text: 'ｈｉ　医生' },
    { input: '第一行\n第二行', text: '第一行\n第二行' },
    { input: '', text: '' },
  ])('text: $input', ({ input, text }) => {
    expect(parseDoctorCommand(input)).toEqual({ kind: 'text', text });
  });
});

describe('isDoctorOnlyCommand', () => {
  it.each<{ cmd: DoctorCommand; expected: boolean }>([
    { cmd: { kind: 'claim', ticket: 12 }, expected: true },
    { cmd: { kind: 'next' }, expected: true },
    { cmd: { kind: 'answer', ticket: 12, text: '多喝水' }, expected: true },
    { cmd: { kind: 'close', ticket: 12 }, expected: true },
    { cmd: { kind: 'on' }, expected: true },
    { cmd: { kind: 'off' }, expected: true },
    // a half-command from a non-doctor ("Ask a doctor: …") is their question, not a refused command
    { cmd: { kind: 'usage', command: 'answer' }, expected: false },
    { cmd: { kind: 'unclear', text: '延长一下' }, expected: false },
    { cmd: { kind: 'help' }, expected: false },
    { cmd: { kind: 'text', text: '我孩子发烧了' }, expected: false },
  ])('$cmd.kind → $expected', ({ cmd, expected }) => {
    expect(isDoctorOnlyCommand(cmd)).toBe(expected);
  });

  it.each<{ input: string; expected: boolean }>([
    { input: '接 12', expected: true },
    { input: '下一个', expected: true },
    { input: '答 12 多喝水', expected: true },
    { input: '上班', expected: true },
    { input: '帮助', expected: false },
    { input: '我爸发烧38度5，咳嗽两天了', expected: false },
  ])('parsed from a DM: $input → $expected', ({ input, expected }) => {
    expect(isDoctorOnlyCommand(parseDoctorCommand(input))).toBe(expected);
  });
});

describe('impossible ticket numbers', () => {
  it.each([
    ['claim 0', 'claim'],
    ['接 #0', 'claim'],
    ['答 0 多喝水', 'answer'],
    ['close 000', 'close'],
  ] as const)('%s → usage of %s', (input, command) => {
    expect(parseDoctorCommand(input)).toEqual({ kind: 'usage', command });
  });
});
