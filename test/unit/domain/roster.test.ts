import { localTime, nextChange, onDutyAt, RosterSchema, type Roster } from '../../../src/domain/roster';

const at = (iso: string) => Date.parse(iso);

describe('onDutyAt', () => {
  const shanghai: Roster = {
    timezone: 'Asia/Shanghai',
    windows: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '20:00', end: '23:00' }],
  };

  it.each<[string, boolean]>([
    ['2020-03-16T11:59:00Z', false], // Mon 19:59 in Shanghai
    ['2020-03-16T12:00:00Z', true], // Mon 20:00 in Shanghai = 13:00 in Rome
    ['2020-03-16T14:59:00Z', true],
    ['2020-03-16T15:00:00Z', false], // 23:00
    ['2020-03-21T12:30:00Z', false], // Saturday
  ])('a Shanghai evening shift at %s: %s', (iso, on) => {
    expect(onDutyAt(shanghai, at(iso))).toBe(on);
  });

  it('follows local time across a daylight-saving change (Rome, 29 March 2020: 02:00 → 03:00)', () => {
    const rome: Roster = {
      timezone: 'Europe/Rome',
      windows: [{ days: ['sat', 'sun'], start: '08:00', end: '10:00' }],
    };
    // Saturday 08:00 in Rome is 07:00 UTC (CET); Sunday 08:00 is 06:00 UTC (CEST)
    expect(onDutyAt(rome, at('2020-03-28T07:00:00Z'))).toBe(true);
    expect(onDutyAt(rome, at('2020-03-28T06:59:00Z'))).toBe(false);
    expect(onDutyAt(rome, at('2020-03-29T06:00:00Z'))).toBe(true);
    expect(onDutyAt(rome, at('2020-03-29T05:59:00Z'))).toBe(false);
    expect(onDutyAt(rome, at('2020-03-29T08:00:00Z'))).toBe(false); // 10:00 CEST
    expect(nextChange(rome, at('2020-03-28T12:00:00Z'), true)).toBe(at('2020-03-29T06:00:00Z'));
  });

  it('handles a night shift that ends the next morning', () => {
    const night: Roster = {
      timezone: 'Europe/Madrid',
      windows: [{ days: ['fri'], start: '22:00', end: '06:00' }],
    };
    expect(onDutyAt(night, at('2020-03-20T21:30:00Z'))).toBe(true); // Fri 22:30
    expect(onDutyAt(night, at('2020-03-21T04:30:00Z'))).toBe(true); // Sat 05:30
    expect(onDutyAt(night, at('2020-03-21T05:00:00Z'))).toBe(false); // Sat 06:00
    expect(onDutyAt(night, at('2020-03-21T21:30:00Z'))).toBe(false); // Sat 22:30
  });

  it('reads local weekday and minute', () => {
    expect(localTime(at('2020-03-15T23:30:00Z'), 'Asia/Shanghai')).toEqual({
      day: 'mon',
      minute: 7 * 60 + 30,
    });
  });

  it('rejects a bad time zone or time', () => {
    expect(
      RosterSchema.safeParse({
        timezone: 'Mars/Olympus',
        windows: [{ days: ['mon'], start: '08:00', end: '09:00' }],
      }).success,
    ).toBe(false);
    expect(
      RosterSchema.safeParse({
        timezone: 'Asia/Shanghai',
        windows: [{ days: ['mon'], start: '8:00', end: '09:00' }],
      }).success,
    ).toBe(false);
  });
});

describe('the autumn clock change (Rome, 27 October 2024: 03:00 → 02:00)', () => {
  it('does not reopen a night shift in the repeated hour', () => {
    const night: Roster = {
      timezone: 'Europe/Rome',
      windows: [{ days: ['sat'], start: '22:00', end: '02:30' }],
    };
    // Sat 22:00 CEST = 20:00Z; Sun 02:30 CEST (the first 02:30) = 00:30Z
    expect(onDutyAt(night, at('2024-10-26T20:00:00Z'))).toBe(true);
    expect(onDutyAt(night, at('2024-10-27T00:29:00Z'))).toBe(true);
    expect(onDutyAt(night, at('2024-10-27T00:30:00Z'))).toBe(false);
    expect(onDutyAt(night, at('2024-10-27T01:00:00Z'))).toBe(false); // 02:00 CET, the hour again
    expect(onDutyAt(night, at('2024-10-27T01:29:00Z'))).toBe(false);
  });
});
