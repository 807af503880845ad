import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../../src/paths';
import { classify, isSpecialty, type TriageLexicon, type TriageResult } from '../../../src/domain/triage';
import { SPECIALTIES, type Specialty, type Urgency } from '../../../src/domain/types';

const lexicon = JSON.parse(
  readFileSync(join(PROJECT_ROOT, 'config', 'triage.json'), 'utf8'),
) as TriageLexicon;

describe('classify with config/triage.json', () => {
  it.each<{ text: string; specialty: Specialty }>([
    { text: '我爸发烧38度5，咳嗽两天了', specialty: 'respiratory' },
    { text: '嗓子疼，流鼻涕', specialty: 'respiratory' },
    { text: '阳了，喉咙像刀割', specialty: 'respiratory' },
    { text: 'Ho la tosse e la febbre', specialty: 'respiratory' },
    { text: 'TENGO FIEBRE Y TOS', specialty: 'respiratory' },
    { text: '宝宝三个月大，一直吐奶', specialty: 'pediatrics' },
    { text: '我家囡5岁的，拉肚子😢', specialty: 'pediatrics' },
    { text: 'Il mio bambino non mangia', specialty: 'pediatrics' },
    { text: '最近很焦虑，晚上睡不着', specialty: 'psychology' },
    { text: '一个人在国外压力好大，情绪很差', specialty: 'psychology' },
    { text: 'Ho tanta ansia', specialty: 'psychology' },
    { text: '连花清瘟和中药能一起吃吗？', specialty: 'tcm' },
    { text: '针灸还是艾灸好？', specialty: 'tcm' },
    { text: '我妈有糖尿病，胰岛素只剩一周', specialty: 'chronic' },
    { text: '高血压，降压药快吃完了', specialty: 'chronic' },
    { text: '怀孕五个月，可以打疫苗吗', specialty: 'maternal' },
    { text: '产后哺乳期能吃退烧药吗', specialty: 'maternal' },
    { text: 'Estoy embarazada', specialty: 'maternal' },
    { text: '回国的机票和健康码怎么办？', specialty: 'policy' },
    { text: 'Il permesso di soggiorno è scaduto, 居留怎么续', specialty: 'policy' },
    { text: '膝盖疼了一周，走路不方便', specialty: 'general' },
    { text: '牙疼怎么办', specialty: 'general' },
    { text: '🤕🤕', specialty: 'general' },
    { text: '', specialty: 'general' },
  ])('$text → $specialty', ({ text, specialty }) => {
    expect(classify(text, lexicon).specialty).toBe(specialty);
  });

  it.each<{ text: string; urgency: Urgency }>([
    { text: '我爸呼吸困难，嘴唇发紫', urgency: 'emergency' },
    { text: '宝宝高烧抽搐了！', urgency: 'emergency' },
    { text: '我不想活了', urgency: 'emergency' },
    { text: '老人叫不醒', urgency: 'emergency' },
    { text: 'NON RIESCO A RESPIRARE', urgency: 'emergency' },
    { text: 'No puedo respirar', urgency: 'emergency' },
    { text: '胸口痛，越来越厉害', urgency: 'emergency' },
    { text: '发烧４０度，越来越严重', urgency: 'urgent' },
    { text: '体温39度，吃了药不退', urgency: 'urgent' },
    { text: '咳嗽三天了', urgency: 'urgent' },
    { text: '孕妇发烧怎么办', urgency: 'urgent' },
    { text: '降压药快吃完了', urgency: 'urgent' },
    { text: '嗓子有点痒', urgency: 'routine' },
    { text: '可以吃连花清瘟吗', urgency: 'routine' },
    { text: '回国要隔离几天？', urgency: 'routine' },
    { text: '体温38度', urgency: 'routine' },
  ])('$text → $urgency', ({ text, urgency }) => {
    expect(classify(text, lexicon).urgency).toBe(urgency);
  });

  // Who first: maternal > pediatrics > tcm whatever the complaint (self-harm goes to psychology before all);
  // otherwise the most keywords, ties by psychology > policy > respiratory > chronic.
  it.each<{ text: string; specialty: Specialty; why: string }>([
    { text: '孩子最近失眠', specialty: 'pediatrics', why: 'a child goes to pediatrics' },
    { text: '最近失眠，不想活了', specialty: 'psychology', why: 'self-harm goes to psychology' },
    { text: '孩子说不想活了', specialty: 'psychology', why: 'self-harm before the child rule' },
    {
      text: '失眠，想回国',
      specialty: 'psychology',
      why: 'psychology 1 = policy 1: tie by precedence',
    },
    { text: '孕妇咳嗽', specialty: 'maternal', why: 'maternal 2 = respiratory 2' },
    { text: '孩子有点咳', specialty: 'pediatrics', why: 'pediatrics 1 = respiratory 1' },
    { text: '宝宝高烧抽搐了！', specialty: 'pediatrics', why: 'pediatrics 1 = respiratory 1' },
    { text: '连花清瘟能治咳吗', specialty: 'tcm', why: 'tcm 1 = respiratory 1' },
    { text: '回国前咳了两声', specialty: 'policy', why: 'policy 1 = respiratory 1' },
    { text: '血糖高，最近有点咳', specialty: 'respiratory', why: 'respiratory 1 = chronic 1' },
    { text: '怀孕了，睡不着', specialty: 'maternal', why: 'a pregnancy goes to maternal' },
    {
      text: '孩子咳嗽发烧',
      specialty: 'pediatrics',
      why: 'a child goes to pediatrics, even with 4 respiratory hits',
    },
    { text: '孕妇的孩子咳嗽', specialty: 'maternal', why: 'maternal before pediatrics' },
    { text: '我咳嗽发烧三天', specialty: 'respiratory', why: 'respiratory has the most hits' },
  ])('$text → $specialty ($why)', ({ text, specialty }) => {
    expect(classify(text, lexicon).specialty).toBe(specialty);
  });

  it.each<{ text: string; expected: TriageResult }>([
    {
      text: '我爸发烧38度5，咳嗽两天了',
      expected: { specialty: 'respiratory', urgency: 'routine', matched: ['咳嗽', '咳', '发烧', '烧'] },
    },
    {
      text: '宝宝高烧抽搐了！',
      expected: { specialty: 'pediatrics', urgency: 'emergency', matched: ['宝宝', '抽搐', '高烧'] },
    },
    {
      text: '降压药快吃完了',
      expected: { specialty: 'chronic', urgency: 'urgent', matched: ['药快吃完', '降压药', '药快吃完'] },
    },
    {
      text: '我爸呼吸困难，嘴唇发紫',
      expected: { specialty: 'general', urgency: 'emergency', matched: ['呼吸困难', '嘴唇发紫'] },
    },
    { text: '膝盖疼', expected: { specialty: 'general', urgency: 'routine', matched: [] } },
  ])('records the deciding keywords: $text', ({ text, expected }) => {
    expect(classify(text, lexicon)).toEqual(expected);
  });
});

describe('classify precedence (one keyword per specialty)', () => {
  // maternal, pediatrics and tcm decide by presence; the rest by score, ties in this order
  const order: Specialty[] = [
    'maternal',
    'pediatrics',
    'tcm',
    'psychology',
    'policy',
    'respiratory',
    'chronic',
  ];
  const oneEach: TriageLexicon = {
    specialties: Object.fromEntries(order.map((s) => [s, [`<${s}>`]])),
    urgency: { emergency: [], urgent: [] },
  };

  it.each(order.map((winner, i) => ({ winner, rest: order.slice(i) })))(
    'with $rest present, $winner wins',
    ({ winner, rest }) => {
      const text = [...rest]
        .reverse()
        .map((s) => `<${s}>`)
        .join(' ');
      expect(classify(text, oneEach).specialty).toBe(winner);
    },
  );
});

describe('isSpecialty', () => {
  it.each(SPECIALTIES.map((s) => [s]))('%s is a specialty', (s) => {
    expect(isSpecialty(s)).toBe(true);
  });

  it.each(['', 'Respiratory', '呼吸科', 'cardiology', 'general '])('%j is not a specialty', (s) => {
    expect(isSpecialty(s)).toBe(false);
  });
});
