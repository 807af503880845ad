import { SPECIALTY_NAMES, texts } from '../../../src/domain/texts';
import { SPECIALTIES, type Specialty } from '../../../src/domain/types';

describe('texts.ack', () => {
  it.each<{ ticket: number; specialty: Specialty; question: string }>([
    { ticket: 1, specialty: 'respiratory', question: '我爸发烧38度5，咳嗽两天了' },
    { ticket: 12, specialty: 'pediatrics', question: '宝宝三个月大，一直吐奶😢' },
    { ticket: 345, specialty: 'psychology', question: '最近很焦虑，晚上睡不着' },
    { ticket: 7, specialty: 'maternal', question: '怀孕五个月，可以打疫苗吗？' },
    { ticket: 99, specialty: 'chronic', question: '降压药快吃完了，这边买不到' },
    { ticket: 100000, specialty: 'policy', question: '回国的机票和健康码怎么办' },
  ])(
    'group ack #$ticket names the $specialty queue and not the question',
    ({ ticket, specialty, question }) => {
      const ack = texts.ack(ticket, specialty, true, 2);
      expect(ack).toContain(`#${ticket}`);
      expect(ack).toContain(SPECIALTY_NAMES[specialty]);
      expect(ack).toContain('本群 @您');
      expect(ack).not.toContain(question);
      for (const part of question.split(/[，、？?😢]/u).filter((p) => p.length > 0))
        expect(ack).not.toContain(part);
    },
  );

  it.each(SPECIALTIES.map((s) => ({ specialty: s, name: SPECIALTY_NAMES[s] })))(
    'every queue has its own name: $specialty → $name',
    ({ specialty, name }) => {
      expect(texts.ack(3, specialty, true, 1)).toContain(`已转给${name}值班医生`);
      const others = SPECIALTIES.filter((s) => s !== specialty).map((s) => SPECIALTY_NAMES[s]);
      expect(others).not.toContain(name);
    },
  );

  it.each<{ isGroup: boolean; says: string; never: string }>([
    { isGroup: true, says: '医生回复后会在本群 @您', never: '私信' },
    { isGroup: false, says: '医生回复后会私信您', never: '本群' },
  ])('group $isGroup says "$says"', ({ isGroup, says, never }) => {
    const ack = texts.ack(12, 'general', isGroup, 1);
    expect(ack).toContain(says);
    expect(ack).not.toContain(never);
    expect(ack).toContain('#12');
  });
});

describe('texts.ack names the emergency number when the country is known', () => {
  it('says which number to call, or "the local emergency number" when unknown', () => {
    expect(texts.ack(1, 'respiratory', true, 1, '118')).toContain('如情况紧急，请立即拨打当地急救电话 118。');
    expect(texts.ack(1, 'respiratory', true, 1)).toContain('如情况紧急，请立即拨打当地急救电话。');
  });
});

describe('texts.ack with nobody on duty', () => {
  it('says so honestly instead of promising a doctor', () => {
    const ack = texts.ack(5, 'tcm', true, 0);
    expect(ack).toContain('#5');
    expect(ack).toContain('现在没有中医科医生值班');
    expect(ack).not.toContain('已转给');
    expect(ack).toContain('急救电话');
  });
});

describe('texts.answerPost', () => {
  it.each<{
    ticket: number;
    answer: string;
    doctorName: string;
    hospital: string;
    specialty: Specialty;
    expected: string;
  }>([
    {
      ticket: 12,
      answer: '先在家测体温和血氧，多喝水。',
      doctorName: '叶晓红',
      hospital: '丽水市中心医院',
      specialty: 'respiratory',
      expected: '【医生回复 #12】\n先在家测体温和血氧，多喝水。\n—— 叶晓红 医生 · 丽水市中心医院 · 呼吸科',
    },
    {
      ticket: 3,
      answer: '1. 多喝水💧\n2. 每天测两次体温\n3. 血氧低于93请打112',
      doctorName: '陈静',
      hospital: '青田县人民医院',
      specialty: 'pediatrics',
      expected:
        '【医生回复 #3】\n1. 多喝水💧\n2. 每天测两次体温\n3. 血氧低于93请打112\n—— 陈静 医生 · 青田县人民医院 · 儿科',
    },
    {
      ticket: 40,
      answer: '可以继续哺乳，注意休息。',
      doctorName: '潘雪',
      hospital: '',
      specialty: 'maternal',
      expected: '【医生回复 #40】\n可以继续哺乳，注意休息。\n—— 潘雪 医生 · 妇产科',
    },
  ])('#$ticket signed by $doctorName', ({ expected, ...input }) => {
    expect(texts.answerPost(input)).toBe(expected);
  });
});
