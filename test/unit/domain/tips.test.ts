import { isReviewed, pickTip, tipDue, tipMessage, type Tip } from '../../../src/domain/tips';
import { repoCore } from '../../support/env';

const tip = (id: string, extra: Partial<Tip> = {}): Tip => ({
  id,
  zh: `提示${id}：勤洗手，戴口罩。`,
  translations: { it: `Consiglio ${id}: lavati spesso le mani.` },
  tags: { topic: 'hand-hygiene', season: 'any', audience: 'all' },
  source: { name: 'WHO', url: 'https://www.who.int/' },
  reviewedBy: 'pending',
  ...extra,
});

describe('tips', () => {
  const library = [tip('a'), tip('b'), tip('c')];

  it('picks the first tip a group never had, then the one it had longest ago', () => {
    expect(pickTip(library, new Map())?.id).toBe('a');
    expect(pickTip(library, new Map([['a', 5]]))?.id).toBe('b');
    expect(
      pickTip(
        library,
        new Map([
          ['a', 30],
          ['b', 10],
          ['c', 20],
        ]),
      )?.id,
    ).toBe('b');
    expect(pickTip([], new Map())).toBeNull();
  });

  it.each([
    ['2020-03-28T07:59:00Z', 'Europe/Rome', '09:00', '2020-03-28', false],
    ['2020-03-28T08:00:00Z', 'Europe/Rome', '09:00', '2020-03-28', true],
    ['2020-03-29T07:00:00Z', 'Europe/Rome', '09:00', '2020-03-29', true], // summer time
    ['2020-03-29T06:59:00Z', 'Europe/Rome', '09:00', '2020-03-29', false],
    ['2020-03-28T16:30:00Z', 'Asia/Shanghai', '09:00', '2020-03-29', false],
    ['2020-03-28T12:00:00Z', 'America/Sao_Paulo', '09:00', '2020-03-28', true],
    ['2020-03-28T07:30:00Z', 'Europe/Rome', '08:30', '2020-03-28', true],
  ])('at %s in %s with tips at %s: local date %s, due %s', (at, tz, time, date, due) => {
    expect(tipDue(Date.parse(at), tz, time)).toEqual({ localDate: date, due });
  });

  it('speaks the group’s language when the tip has it, Chinese otherwise, with its source', () => {
    const fill = { emergency: '120', bot: '青小医2号' };
    expect(tipMessage(tip('a'), 'it', fill)).toBe(
      '🌿 Consiglio del giorno\nConsiglio a: lavati spesso le mani.\n—— 来源：WHO',
    );
    expect(tipMessage(tip('a'), 'es', fill)).toBe('🌿 每日防护提示\n提示a：勤洗手，戴口罩。\n—— 来源：WHO');
    expect(tipMessage(tip('a', { reviewedBy: '叶晓红 医生' }), 'zh', fill)).toContain('审核：叶晓红 医生');
    expect(tipMessage(tip('a', { zh: '危急时拨打 {emergency}，或 @{bot} 问医生。' }), 'zh', fill)).toContain(
      '危急时拨打 120，或 @青小医2号 问医生。',
    );
    expect(isReviewed(tip('a'))).toBe(false);
  });

  it('ships a library of at least 60 sourced tips covering every required topic, in four languages', () => {
    const tips = repoCore().tips;
    expect(tips.length).toBeGreaterThanOrEqual(60);
    const required = [
      'masks',
      'hand-hygiene',
      'ventilation',
      'home-isolation',
      'seek-care',
      'mental-health',
      'chronic-medication',
      'children',
      'pregnancy',
    ];
    for (const topic of required)
      expect(tips.filter((t) => t.tags.topic === topic).length).toBeGreaterThanOrEqual(5);
    for (const t of tips) {
      expect(t.source.url).toMatch(/^https:\/\//);
      // numbers differ by country: a tip for every country names none but {emergency}
      if (!t.countries) expect(JSON.stringify(t)).not.toMatch(/\b(?:112|999|911|192|107|120)\b|青小医/u);
      expect(Object.keys(t.translations).sort()).toEqual(['en', 'es', 'it']);
    }
  });
});
