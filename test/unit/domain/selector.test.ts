import { formatSelector, matchesSelector, parseSelector, scopeSelector } from '../../../src/domain/selector';

const milan = {
  id: 'milano-qt@chatroom',
  name: '米兰青田同乡互助群',
  country: 'IT',
  district: '米兰总领馆',
  region: 'Lombardia',
  city: 'Milano',
  association: '意大利青田同乡会',
  level: 'city',
};
const madrid = {
  ...milan,
  id: 'madrid@chatroom',
  name: '马德里群',
  country: 'ES',
  city: 'Madrid',
  district: null,
  association: '西班牙青田同乡会',
};

describe('selectors', () => {
  it.each([
    ['all', true, true],
    ['*', true, true],
    ['country=IT', true, false],
    ['country=it', true, false],
    ['country=IT,city=Milano', true, false],
    ['country=IT，city=milano', true, false],
    ['country=IT,city=Roma', false, false],
    ['district=米兰总领馆', true, false],
    ['领区=米兰总领馆', true, false],
    ['association=意大利青田同乡会', true, false],
    ['group=madrid@chatroom', false, true],
    ['group=米兰青田同乡互助群', true, false],
    ['城市=Madrid', false, true],
    ['district=米兰总领馆,country=ES', false, false],
  ])('%s picks Milan=%s Madrid=%s', (text, m, d) => {
    const r = parseSelector(text);
    if (!r.ok) throw new Error(r.reason);
    expect(matchesSelector(r.selector, milan)).toBe(m);
    expect(matchesSelector(r.selector, madrid)).toBe(d);
  });

  it.each([
    ['', 'empty'],
    ['country', 'not key=value'],
    ['planet=Mars', 'unknown key'],
    ['country=Italy', 'two-letter'],
  ])('%j is refused: %s', (text, reason) => {
    const r = parseSelector(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(reason);
  });

  it('formats canonically and reads stored scopes (a bare group id, *, or a selector)', () => {
    const r = parseSelector('国家=it, 城市=Milano');
    expect(r.ok && formatSelector(r.selector)).toBe('country=IT,city=Milano');
    expect(scopeSelector('*')).toEqual({ all: true });
    expect(scopeSelector('milano-qt@chatroom')).toEqual({
      all: false,
      terms: [{ key: 'group', value: 'milano-qt@chatroom' }],
    });
    expect(scopeSelector('planet=Mars')).toBeNull();
  });
});
