import {
  isSmallTalk,
  mentionsByHand,
  readGroupMessage,
  REQUEST_TAGS,
  type GroupIntake,
} from '../../../src/domain/intake';
import { normalizeText, stripLeadingMentions } from '../../../src/domain/normalize';

const BOT = ['青小医'];

describe('readGroupMessage', () => {
  it.each<{ text: string; mentionsBot: boolean; expected: GroupIntake }>([
    // The platform recognised the mention and already removed it from the text.
    {
      text: '我爸发烧38度5 咳嗽两天了',
      mentionsBot: true,
      expected: { kind: 'request', question: '我爸发烧38度5 咳嗽两天了' },
    },
    // The platform flagged the mention but left it in the text.
    {
      text: '@青小医\u2005孩子发烧了怎么办',
      mentionsBot: true,
      expected: { kind: 'request', question: '孩子发烧了怎么办' },
    },
    // Typed by hand: no mention flag, "@青小医" in the text.
    {
      text: '@青小医 孩子发烧了怎么办',
      mentionsBot: false,
      expected: { kind: 'request', question: '孩子发烧了怎么办' },
    },
    {
      text: '@青小医\u2005孩子发烧了',
      mentionsBot: false,
      expected: { kind: 'request', question: '孩子发烧了' },
    },
    {
      text: '@青小医：孩子发烧了',
      mentionsBot: false,
      expected: { kind: 'request', question: '孩子发烧了' },
    },
    {
      text: '＠青小医　宝宝咳嗽🤧',
      mentionsBot: false,
      expected: { kind: 'request', question: '宝宝咳嗽🤧' },
    },
    {
      text: '请问@青小医 孩子发烧怎么办',
      mentionsBot: false,
      expected: { kind: 'request', question: '请问@青小医 孩子发烧怎么办' },
    },
    // Tags make a request without any mention.
    {
      text: '#咨询 孩子发烧39度',
      mentionsBot: false,
      expected: { kind: 'request', question: '孩子发烧39度' },
    },
    {
      text: '#咨询：孩子发烧39度',
      mentionsBot: false,
      expected: { kind: 'request', question: '孩子发烧39度' },
    },
    { text: '＃咨询，孩子发烧', mentionsBot: false, expected: { kind: 'request', question: '孩子发烧' } },
    { text: '#问诊 我妈血压高', mentionsBot: false, expected: { kind: 'request', question: '我妈血压高' } },
    {
      text: '#doctor my son has a fever',
      mentionsBot: false,
      expected: { kind: 'request', question: 'my son has a fever' },
    },
    {
      text: '#DOCTOR febbre da tre giorni',
      mentionsBot: false,
      expected: { kind: 'request', question: 'febbre da tre giorni' },
    },
    { text: '#Doctor: tos', mentionsBot: false, expected: { kind: 'request', question: 'tos' } },
    {
      text: '@青小医 #咨询 孩子发烧',
      mentionsBot: false,
      expected: { kind: 'request', question: '孩子发烧' },
    },
    {
      text: '#咨询 @青小医 孩子发烧',
      mentionsBot: false,
      expected: { kind: 'request', question: '孩子发烧' },
    },
    // Addressed to the bot, but nothing asked.
    { text: '', mentionsBot: true, expected: { kind: 'empty-request' } },
    { text: '   ', mentionsBot: true, expected: { kind: 'empty-request' } },
    { text: '@青小医', mentionsBot: false, expected: { kind: 'empty-request' } },
    { text: '@青小医\u2005', mentionsBot: true, expected: { kind: 'empty-request' } },
    { text: '#咨询', mentionsBot: false, expected: { kind: 'empty-request' } },
    { text: '#问诊：', mentionsBot: false, expected: { kind: 'empty-request' } },
    { text: '#doctor', mentionsBot: false, expected: { kind: 'empty-request' } },
    { text: '#咨询 @青小医', mentionsBot: false, expected: { kind: 'empty-request' } },
    // Chatter: not addressed to the bot.
    { text: '大家好，今天米兰天气不错', mentionsBot: false, expected: { kind: 'chatter' } },
    { text: '@王伟 晚上一起吃饭吗？', mentionsBot: false, expected: { kind: 'chatter' } },
    { text: '哪里可以#咨询签证？', mentionsBot: false, expected: { kind: 'chatter' } },
    { text: '青小医真好用👍', mentionsBot: false, expected: { kind: 'chatter' } },
    { text: '', mentionsBot: false, expected: { kind: 'chatter' } },
    { text: '🧧🧧🧧', mentionsBot: false, expected: { kind: 'chatter' } },
  ])('$text (mentionsBot $mentionsBot) → $expected.kind', ({ text, mentionsBot, expected }) => {
    expect(readGroupMessage(text, mentionsBot, BOT)).toEqual(expected);
  });

  // normalize.ts: normalisation is for parsing, "never for what we store or relay". The question goes to the doctor
  // as the asker wrote it (punctuation, full-width digits, line breaks): only the mention and the tag are removed.
  it.each<{ name: string; text: string; mentionsBot: boolean; question: string }>([
    {
      name: 'full-width punctuation',
      text: '我爸发烧38度5，咳嗽两天了，要不要去医院？',
      mentionsBot: true,
      question: '我爸发烧38度5，咳嗽两天了，要不要去医院？',
    },
    {
      name: 'full-width digits and a line break',
      text: '#咨询 孩子３岁，发烧\n39度',
      mentionsBot: false,
      question: '孩子３岁，发烧\n39度',
    },
    {
      name: 'a typed mention and a line break',
      text: '@青小医\u2005我妈高血压，\n降压药快吃完了！',
      mentionsBot: false,
      question: '我妈高血压，\n降压药快吃完了！',
    },
  ])('keeps the asker’s text: $name', ({ text, mentionsBot, question }) => {
    expect(readGroupMessage(text, mentionsBot, BOT)).toEqual({ kind: 'request', question });
  });

  it('with no bot names, only the flag and tags count', () => {
    expect(readGroupMessage('@青小医 孩子发烧', false, [])).toEqual({ kind: 'chatter' });
    expect(readGroupMessage('孩子发烧', true, [])).toEqual({ kind: 'request', question: '孩子发烧' });
  });

  it.each(REQUEST_TAGS.map((t) => [t]))('tag %s opens a request', (tag) => {
    expect(readGroupMessage(`${tag} 嗓子疼`, false, BOT)).toEqual({ kind: 'request', question: '嗓子疼' });
  });
});

describe('isSmallTalk', () => {
  it.each<{ text: string; expected: boolean }>([
    { text: '你好', expected: true },
    { text: '您好！', expected: true },
    { text: 'Hi', expected: true },
    { text: 'hello!', expected: true },
    { text: '在吗', expected: true },
    { text: '在不在~', expected: true },
    { text: '谢谢', expected: true },
    { text: '谢谢医生！！', expected: true },
    { text: '谢谢您。', expected: true },
    { text: '多谢～', expected: true },
    { text: 'Thank　you', expected: true },
    { text: 'THANKS', expected: true },
    { text: 'grazie', expected: true },
    { text: 'Gracias!', expected: true },
    { text: '好的', expected: true },
    { text: 'OK', expected: true },
    { text: 'ｏｋ', expected: true },
    { text: '嗯', expected: true },
    { text: '哈哈', expected: true },
    { text: '？？', expected: true },
    { text: '!!!', expected: true },
    { text: '  你好  ', expected: true },
    // A greeting asked as a question is still only a greeting.
    { text: '在吗？', expected: true },
    { text: '你好?', expected: true },
    { text: '你好，我孩子发烧了', expected: false },
    { text: '谢谢医生，还想问一下血压的事', expected: false },
    { text: 'hello doctor my son has fever', expected: false },
    { text: '发烧', expected: false },
    { text: '好的，那我明天去医院', expected: false },
    { text: '', expected: false },
  ])('$text → $expected', ({ text, expected }) => {
    expect(isSmallTalk(text)).toBe(expected);
  });
});

describe('normalizeText', () => {
  it.each<{ input: string; expected: string }>([
    { input: 'ｃｌａｉｍ　１２', expected: 'claim 12' },
    { input: '＃咨询　孩子发烧', expected: '#咨询 孩子发烧' },
    { input: '@青小医\u2005孩子发烧', expected: '@青小医 孩子发烧' },
    { input: '@青小医\u2005\u2005 孩子', expected: '@青小医 孩子' },
    { input: '\u00a0发烧\u00a0三天\u00a0', expected: '发烧 三天' },
    { input: '  第一行\n\n第二行\t第三行  ', expected: '第一行 第二行 第三行' },
    { input: '体温３９．５℃', expected: '体温39.5°C' },
    { input: '（急）孩子发烧！', expected: '(急)孩子发烧!' },
    { input: '发烧🤒咳嗽😷', expected: '发烧🤒咳嗽😷' },
    { input: '', expected: '' },
    { input: '\u3000\u3000', expected: '' },
  ])('$input → $expected', ({ input, expected }) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('stripLeadingMentions', () => {
  it.each<{ input: string; names: string[]; expected: string }>([
    { input: '@青小医 孩子发烧', names: ['青小医'], expected: '孩子发烧' },
    { input: '@青小医\u2005孩子发烧', names: ['青小医'], expected: '孩子发烧' },
    { input: '  @青小医：孩子发烧', names: ['青小医'], expected: '孩子发烧' },
    { input: '@青小医，@青小医 孩子发烧', names: ['青小医'], expected: '孩子发烧' },
    { input: '@青小医 @小助手 孩子发烧', names: ['青小医', '小助手'], expected: '孩子发烧' },
    { input: '孩子发烧 @青小医', names: ['青小医'], expected: '孩子发烧 @青小医' },
    { input: '@王伟 你好', names: ['青小医'], expected: '@王伟 你好' },
    { input: '@青小医', names: ['青小医'], expected: '' },
    { input: '@ 孩子发烧', names: [''], expected: '@ 孩子发烧' },
    { input: '@青小医 孩子发烧', names: [], expected: '@青小医 孩子发烧' },
    // A mention ends at a separator: "@青小医2号" is another account, not "@青小医" followed by "2号".
    { input: '@青小医2号 孩子发烧', names: ['青小医', '青小医2号'], expected: '孩子发烧' },
  ])('$input with $names → $expected', ({ input, names, expected }) => {
    expect(stripLeadingMentions(input, names)).toBe(expected);
  });
});

describe('request tags glued to the question', () => {
  it.each<{ text: string; expected: GroupIntake }>([
    { text: '#咨询孩子发烧三天了', expected: { kind: 'request', question: '孩子发烧三天了' } },
    { text: '＃问诊：我妈血压高', expected: { kind: 'request', question: '我妈血压高' } },
    { text: '#doctors are heroes', expected: { kind: 'chatter' } },
    {
      text: '#Doctor, mi figlio ha la febbre',
      expected: { kind: 'request', question: 'mi figlio ha la febbre' },
    },
  ])('$text', ({ text, expected }) => {
    expect(readGroupMessage(text, false, BOT)).toEqual(expected);
  });
});

describe('mentionsByHand', () => {
  it.each<{ text: string; expected: boolean }>([
    { text: '问一下 @青小医 孩子发烧怎么办', expected: true },
    { text: '@青小医', expected: true },
    { text: '@青小医，在吗', expected: true },
    { text: '@青小医生 你们医院周末开门吗', expected: false },
    { text: '大家看 @青小医2号 的回复', expected: false },
    { text: '青小医真好', expected: false },
  ])('$text → $expected', ({ text, expected }) => {
    expect(mentionsByHand(text, BOT)).toBe(expected);
  });
});
