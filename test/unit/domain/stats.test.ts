import {
  dateRange,
  exportCsv,
  formatDuration,
  percentile,
  periodStart,
  summarize,
} from '../../../src/domain/stats';

describe('report figures', () => {
  it.each([
    [[], 50, null],
    [[7], 50, 7],
    [[3, 1, 2], 50, 2],
    [[3, 1, 2], 90, 3],
    [[1, 2, 3, 4], 50, 2],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90, 9],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90, 10],
  ])('nearest-rank percentile of %j at %i is %j', (values, p, want) => {
    expect(percentile(values, p)).toBe(want);
  });

  it('periods start at local midnight, Monday and the 1st, in the report zone, across a DST change', () => {
    // Sunday 2020-03-29 10:00 UTC: Rome moved to summer time that night (02:00 → 03:00)
    const now = Date.parse('2020-03-29T10:00:00Z');
    expect(new Date(periodStart('today', now, 'Europe/Rome')).toISOString()).toBe('2020-03-28T23:00:00.000Z');
    expect(new Date(periodStart('week', now, 'Europe/Rome')).toISOString()).toBe('2020-03-22T23:00:00.000Z');
    expect(new Date(periodStart('month', now, 'Europe/Rome')).toISOString()).toBe('2020-02-29T23:00:00.000Z');
    expect(new Date(periodStart('today', now, 'Asia/Shanghai')).toISOString()).toBe(
      '2020-03-28T16:00:00.000Z',
    );
    // a Monday is its own week's start
    const monday = Date.parse('2020-03-16T08:30:00Z');
    expect(new Date(periodStart('week', monday, 'Asia/Shanghai')).toISOString()).toBe(
      '2020-03-15T16:00:00.000Z',
    );
  });

  it('date ranges include the last day, whatever its length', () => {
    const r = dateRange('2020-03-29', '2020-03-29', 'Europe/Rome');
    expect(new Date(r.from).toISOString()).toBe('2020-03-28T23:00:00.000Z');
    expect(r.to - r.from).toBe(23 * 3_600_000); // the short day
  });

  it('summarizes created, answered and waits from rows', () => {
    const base = {
      specialty: 'respiratory' as const,
      urgency: 'routine' as const,
      status: 'answered',
      escalationLevel: 0,
    };
    const s = summarize(
      [
        { ...base, id: 1, groupId: 'g', createdAt: 100, firstClaimAt: 160, answeredAt: 700, askerId: 'a' },
        { ...base, id: 2, groupId: 'g', createdAt: 200, firstClaimAt: null, answeredAt: null, askerId: 'a' },
        // created before the period, answered in it: a person-time, not a consultation of the period
        { ...base, id: 3, groupId: null, createdAt: 10, firstClaimAt: 20, answeredAt: 300, askerId: 'a' },
      ],
      { from: 50, to: 1000 },
      { escalations: 2, tipsSent: 5, broadcastsSent: 1, purged: 0 },
    );
    expect(s).toMatchObject({
      consultations: 2,
      personTimes: 2,
      people: 1,
      claimMs: { median: 60, p90: 60, n: 1 },
      answerMs: { median: 600, p90: 600, n: 1 },
      escalations: 2,
      tipsSent: 5,
    });
    expect(s.bySpecialty.respiratory).toBe(2);
  });

  it.each([
    [null, '—'],
    [45_000, '45s'],
    [12 * 60_000, '12m'],
    [3 * 3_600_000 + 5 * 60_000, '3h05m'],
    [50 * 3_600_000, '2d02h'],
  ])('duration %j reads %s', (ms, text) => expect(formatDuration(ms)).toBe(text));

  it('CSV cells that a spreadsheet would run as formulas are defused, and quotes escaped', () => {
    const csv = exportCsv([
      {
        id: 1,
        groupId: 'g',
        specialty: 'general',
        urgency: 'routine',
        status: 'queued',
        createdAt: 0,
        firstClaimAt: null,
        answeredAt: null,
        askerId: 'secret',
        escalationLevel: 0,
        country: 'IT',
        district: '=HYPERLINK("http://x")',
        city: 'a,b',
        association: null,
        private: false,
      },
    ]);
    expect(csv.split('\n')[1]).toBe(
      `1,1970-01-01T00:00Z,group,IT,"'=HYPERLINK(""http://x"")","a,b",,general,routine,queued,0,,,0`,
    );
    expect(csv).not.toContain('secret');
  });
});

describe('local midnight where a clock change skips it', () => {
  it('starts the day at its first real minute (Santiago moves 00:00 → 01:00)', () => {
    // 2026-09-06 in Chile: clocks go from 00:00 to 01:00 (UTC-4 → UTC-3), so the day starts at 01:00 = 04:00Z
    const now = Date.parse('2026-09-06T12:00:00Z');
    expect(new Date(periodStart('today', now, 'America/Santiago')).toISOString()).toBe(
      '2026-09-06T04:00:00.000Z',
    );
    expect(new Date(periodStart('today', now, 'Asia/Shanghai')).toISOString()).toBe(
      '2026-09-05T16:00:00.000Z',
    );
  });
});
