import type { TranscriptLine } from '../../src/sim/simulation';
import { isTip, scenario, simulate, type Transcript } from '../support/simulate';

const ROME = 'roma@chatroom';
const MADRID = 'madrid@chatroom';
const SAO_PAULO = 'saopaulo@chatroom';
const SHANGHAI = 'shanghai@chatroom';

const world = {
  start: '2020-03-27T00:00:00.000Z',
  bots: [
    { id: 'qxy-1', name: '青小医' },
    { id: 'qxy-2', name: '青小医2号' },
  ],
  groups: [
    {
      id: ROME,
      name: '罗马侨胞群',
      country: 'IT',
      timezone: 'Europe/Rome',
      language: 'zh',
      bot: 'qxy-1',
      members: ['a'],
    },
    {
      id: MADRID,
      name: 'Madrid',
      country: 'ES',
      timezone: 'Europe/Madrid',
      language: 'es',
      bot: 'qxy-1',
      members: ['b'],
    },
    {
      id: SAO_PAULO,
      name: '圣保罗群',
      country: 'BR',
      timezone: 'America/Sao_Paulo',
      bot: 'qxy-2',
      members: ['c'],
    },
    {
      id: SHANGHAI,
      name: '青田家乡群',
      country: 'CN',
      timezone: 'Asia/Shanghai',
      bot: 'qxy-2',
      members: ['d'],
    },
  ],
  people: [
    { id: 'a', name: '阿明' },
    { id: 'b', name: '小贝' },
    { id: 'c', name: '小陈' },
    { id: 'd', name: '老丁' },
  ],
  doctors: [{ id: 'dr-r', name: '任医生', specialties: ['respiratory', 'general'], onDuty: true }],
};

const iso = (t: number): string => new Date(t).toISOString();
const HALF_HOUR = 30 * 60_000;

/**
 * Four groups in four time zones, from Friday 2020-03-27 to Wednesday 2020-04-01, across Europe's change to summer
 * time on Sunday 29 March (Rome and Madrid: 09:00 is 08:00Z before, 07:00Z after; São Paulo 12:00Z; Shanghai
 * 01:00Z the previous UTC day). The clock ticks every half hour until Monday 30 March 00:30Z; on Saturday the bot
 * restarts right after its tips; on Friday an emergency in Rome delays Rome's tip; then ticks come late: one at
 * 15:00Z on Monday (everyone catches up the same local day), the next only at 20:00Z on Tuesday (Tuesday is already
 * over in Shanghai: skipped), then Wednesday 02:00Z.
 */
function steps(): object[] {
  const out: object[] = [];
  for (let t = Date.parse(world.start) + HALF_HOUR; t <= Date.parse('2020-03-30T00:30:00Z'); t += HALF_HOUR) {
    out.push({ at: iso(t) });
    if (iso(t) === '2020-03-27T07:30:00.000Z')
      out.push({ from: 'a', group: ROME, say: '@青小医 我爸爸胸口痛，喘不上气', mention: true });
    if (iso(t) === '2020-03-27T08:00:00.000Z')
      out.push({ from: 'dr-r', say: '接 1' }, { from: 'dr-r', say: '答 1 请立即拨打112' });
    if (iso(t) === '2020-03-28T08:00:00.000Z') out.push({ restart: true });
  }
  out.push(
    { at: '2020-03-30T15:00:00.000Z' },
    { at: '2020-03-31T20:00:00.000Z' },
    { at: '2020-04-01T02:00:00.000Z' },
  );
  return out;
}

describe('daily tips: each group at its own 09:00, once per local day, whatever happens', () => {
  let run: Transcript;
  let tips: TranscriptLine[];
  beforeAll(async () => {
    run = await simulate(scenario({ world }, ...steps()), { tips: true });
    tips = run.all.filter(isTip);
  }, 120_000);

  /** When each group got its tips (to the minute, UTC). */
  const times = (group: string): string[] => tips.filter((l) => l.to === group).map((l) => l.t.slice(0, 16));

  it('Rome: 08:00Z in winter time, 07:00Z in summer time; Friday waits for the emergency to settle', () => {
    expect(times(ROME)).toEqual([
      '2020-03-27T08:30', // the emergency of 07:30Z held it back an hour
      '2020-03-28T08:00', // then the restart: no second tip that day
      '2020-03-29T07:00', // summer time
      '2020-03-30T15:00', // a late tick catches up the same day
      '2020-03-31T20:00',
    ]);
  });

  it('Madrid follows the same clock, in Spanish', () => {
    expect(times(MADRID)).toEqual([
      '2020-03-27T08:00',
      '2020-03-28T08:00',
      '2020-03-29T07:00',
      '2020-03-30T15:00',
      '2020-03-31T20:00',
    ]);
    expect(tips.find((l) => l.to === MADRID)?.text).toMatch(/^🌿 Consejo del día\n/u);
  });

  it('São Paulo keeps 12:00Z (no summer time there)', () => {
    expect(times(SAO_PAULO)).toEqual([
      '2020-03-27T00:30', // the first tick is 26 March 21:30 there: that day's tip, still the same day
      '2020-03-27T12:00',
      '2020-03-28T12:00',
      '2020-03-29T12:00',
      '2020-03-30T15:00',
      '2020-03-31T20:00',
    ]);
  });

  it('Shanghai at 01:00Z; a local day that passed without a tick is skipped, not sent late', () => {
    expect(times(SHANGHAI)).toEqual([
      '2020-03-27T01:00',
      '2020-03-28T01:00',
      '2020-03-29T01:00',
      '2020-03-30T15:00', // no tick at 01:00Z that day: caught up at 23:00 local, still the same day
      // 03-31 in Shanghai ended at 03-31T16:00Z before any tick: skipped (at 20:00Z it is 04-01 04:00 there)
      '2020-04-01T02:00',
    ]);
  });

  it('no group ever sees the same tip twice (the library has more tips than days here)', () => {
    for (const g of [ROME, MADRID, SAO_PAULO, SHANGHAI]) {
      const texts = tips.filter((l) => l.to === g).map((l) => l.text);
      expect(new Set(texts).size).toBe(texts.length);
    }
  });
});
