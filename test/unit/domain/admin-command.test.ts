import { parseAdminCommand, reachOf, tokenize } from '../../../src/domain/admin-command';
import { parseRosterText } from '../../../src/domain/roster';

const ok = (text: string) => {
  const r = parseAdminCommand(text);
  if (!r?.ok) throw new Error(`not parsed: ${text} → ${JSON.stringify(r)}`);
  return r.command;
};

describe('admin command grammar', () => {
  it.each([
    ['/help', { name: 'help' }],
    ['／帮助', { name: 'help' }],
    ['/group info', { name: 'group info', group: null }],
    ['/群信息 group=米兰群', { name: 'group info', group: '米兰群' }],
    [
      '/group set city Reggio Emilia',
      { name: 'group set', group: null, field: 'city', value: 'Reggio Emilia' },
    ],
    [
      '/group set 国家 it group=g@chatroom',
      { name: 'group set', group: 'g@chatroom', field: 'country', value: 'IT' },
    ],
    [
      '/group set timezone Europe/Madrid',
      { name: 'group set', group: null, field: 'timezone', value: 'Europe/Madrid' },
    ],
    ['/group pause group="米兰 青田群"', { name: 'group pause', group: '米兰 青田群' }],
    ['/暂停', { name: 'group pause', group: null }],
    ['/group intake 关', { name: 'group intake', group: null, on: false }],
    ['/revoke @王伟 医生', { name: 'revoke', person: '@王伟', role: 'doctor', scope: null, scopeText: null }],
    ['/who me', { name: 'who', person: 'me' }],
    [
      '/doctor add @叶 呼吸科、全科 丽水市 中心医院',
      {
        name: 'doctor add',
        person: '@叶',
        specialties: ['respiratory', 'general'],
        hospital: '丽水市 中心医院',
      },
    ],
    ['/doctors 儿科', { name: 'doctors', specialty: 'pediatrics' }],
    ['/reassign #12 dr-ye', { name: 'reassign', ticket: 12, doctor: 'dr-ye' }],
    ['/改派 １２ dr-ye', { name: 'reassign', ticket: 12, doctor: 'dr-ye' }],
    ['/stats', { name: 'stats', period: 'today', selector: null }],
    ['/统计 本月', { name: 'stats', period: 'month', selector: null }],
    ['/export 2020-03-01 2020-03-31', { name: 'export', from: '2020-03-01', to: '2020-03-31' }],
    ['/audit', { name: 'audit', count: 20 }],
    ['/审计 50', { name: 'audit', count: 50 }],
  ])('%s', (text, want) => expect(ok(text)).toEqual(want));

  it('reads scopes and selectors', () => {
    expect(ok('/grant wu-lei cadre country=ES, city=Madrid')).toMatchObject({
      name: 'grant',
      role: 'cadre',
      scope: {
        all: false,
        terms: [
          { key: 'country', value: 'ES' },
          { key: 'city', value: 'Madrid' },
        ],
      },
    });
    expect(ok('/grant wu-lei manager 马德里青田乡亲群')).toMatchObject({
      scope: { all: false, terms: [{ key: 'group', value: '马德里青田乡亲群' }] },
    });
    expect(ok('/stats week country=IT')).toMatchObject({ period: 'week', selector: { all: false } });
  });

  it('is not a command without the slash, and names unknown words', () => {
    expect(parseAdminCommand('help')).toBeNull();
    expect(parseAdminCommand('咳嗽 / 发烧')).toBeNull();
    expect(parseAdminCommand('/nope')).toEqual({ ok: false, name: null, word: 'nope' });
  });

  it('keeps quoted words together', () => {
    expect(tokenize('a "b c" “d e” 「f g」 h')).toEqual(['a', 'b c', 'd e', 'f g', 'h']);
  });

  it('gives each role its reach', () => {
    expect(reachOf('grant', new Set(['cadre', 'manager']))).toBeNull();
    expect(reachOf('stats', new Set(['manager']))).toBe('scoped');
    expect(reachOf('stats', new Set(['manager', 'admin']))).toBe('all');
    expect(reachOf('help', new Set())).toBe('all');
  });
});

describe('roster text', () => {
  it.each([
    [
      'mon-fri 09:00-12:00',
      [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '12:00' }],
      'Asia/Shanghai',
    ],
    [
      'sat/sun 20:00-02:00 tz=Europe/Rome',
      [{ days: ['sat', 'sun'], start: '20:00', end: '02:00' }],
      'Europe/Rome',
    ],
    [
      '周一-周三 8:00-9:30; 周末 10:00-11:00',
      [
        { days: ['mon', 'tue', 'wed'], start: '08:00', end: '09:30' },
        { days: ['sat', 'sun'], start: '10:00', end: '11:00' },
      ],
      'Asia/Shanghai',
    ],
    [
      'fri-mon 22:00-06:00',
      [{ days: ['mon', 'fri', 'sat', 'sun'], start: '22:00', end: '06:00' }],
      'Asia/Shanghai',
    ],
    [
      'daily 00:00-24:00',
      [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '00:00', end: '24:00' }],
      'Asia/Shanghai',
    ],
  ])('%s', (text, windows, timezone) => {
    const r = parseRosterText(text);
    expect(r).toEqual({ ok: true, roster: { timezone, windows } });
  });

  it.each(['', 'mon', 'someday 09:00-10:00', 'mon 9-5', 'mon 09:00-25:00', 'mon 09:00-10:00 tz=Mars/Base'])(
    '%j is refused',
    (text) => expect(parseRosterText(text).ok).toBe(false),
  );

  it('off clears', () => expect(parseRosterText('清除')).toEqual({ ok: true, roster: null }));
});
