import { Pacer, type PacingSettings } from '../../../src/app/pacer';
import type { RandomSource } from '../../../src/app/ports';
import { seededRandom } from '../../../src/sim/seeded-random';

const T0 = Date.UTC(2020, 2, 16, 8, 30);

/** Reserves `count` sends of `botId`, all asked for at `now`, and returns the slots. */
function burst(pacer: Pacer, botId: string, now: number, count: number): number[] {
  return Array.from({ length: count }, () => pacer.reserve(botId, now));
}

function gaps(slots: number[]): number[] {
  return slots.slice(1).map((slot, i) => slot - (slots[i] ?? Number.NaN));
}

describe('Pacer', () => {
  it.each<{ settings: PacingSettings; seed: number }>([
    { settings: { minGapMs: 2000, jitterMs: 1000 }, seed: 1 },
    { settings: { minGapMs: 2000, jitterMs: 1000 }, seed: 20200316 },
    { settings: { minGapMs: 1500, jitterMs: 3000 }, seed: 7 },
    { settings: { minGapMs: 0, jitterMs: 500 }, seed: 42 },
  ])('gaps are ≥ minGap and < minGap + jitter: $settings, seed $seed', ({ settings, seed }) => {
    const slots = burst(new Pacer(settings, seededRandom(seed)), 'qingxiaoyi-1', T0, 200);
    expect(slots[0]).toBe(T0);
    const g = gaps(slots);
    expect(g).toHaveLength(199);
    for (const gap of g) {
      expect(gap).toBeGreaterThanOrEqual(settings.minGapMs);
      expect(gap).toBeLessThan(settings.minGapMs + settings.jitterMs);
    }
    // The jitter is used, not a constant.
    expect(new Set(g).size).toBeGreaterThan(10);
  });

  it.each<{ value: number; gap: number }>([
    { value: 0, gap: 2000 },
    { value: 0.25, gap: 2250 },
    { value: 0.5, gap: 2500 },
    { value: 0.9999, gap: 2999 },
  ])('a random value of $value gives a gap of $gap ms', ({ value, gap }) => {
    const pacer = new Pacer({ minGapMs: 2000, jitterMs: 1000 }, () => value);
    expect(gaps(burst(pacer, 'qingxiaoyi-1', T0, 3))).toEqual([gap, gap]);
  });

  it('with no jitter, gaps are exactly minGap', () => {
    const pacer = new Pacer({ minGapMs: 1500, jitterMs: 0 }, seededRandom(1));
    expect(burst(pacer, 'qingxiaoyi-1', T0, 4)).toEqual([T0, T0 + 1500, T0 + 3000, T0 + 4500]);
  });

  it('a send asked for after the account is free goes at once', () => {
    const pacer = new Pacer({ minGapMs: 2000, jitterMs: 1000 }, () => 0.5);
    expect(pacer.reserve('qingxiaoyi-1', T0)).toBe(T0);
    expect(pacer.reserve('qingxiaoyi-1', T0 + 1000)).toBe(T0 + 2500);
    expect(pacer.reserve('qingxiaoyi-1', T0 + 60_000)).toBe(T0 + 60_000);
    expect(pacer.reserve('qingxiaoyi-1', T0 + 60_000)).toBe(T0 + 62_500);
  });

  it('each bot account is paced on its own', () => {
    const pacer = new Pacer({ minGapMs: 2000, jitterMs: 1000 }, seededRandom(5));
    expect(pacer.reserve('qingxiaoyi-1', T0)).toBe(T0);
    expect(pacer.reserve('qingxiaoyi-2', T0)).toBe(T0);
    expect(pacer.reserve('qingxiaoyi-1', T0)).toBeGreaterThanOrEqual(T0 + 2000);
    expect(pacer.reserve('qingxiaoyi-2', T0)).toBeGreaterThanOrEqual(T0 + 2000);
  });

  it("one account's traffic does not change another account's schedule", () => {
    const settings = { minGapMs: 2000, jitterMs: 1000 };
    const alone = burst(new Pacer(settings, seededRandom(9)), 'qingxiaoyi-2', T0, 20);
    const busy = new Pacer(settings, seededRandom(9));
    const interleaved: number[] = [];
    for (let i = 0; i < 20; i++) {
      burst(busy, 'qingxiaoyi-1', T0, 3);
      interleaved.push(busy.reserve('qingxiaoyi-2', T0));
    }
    expect(interleaved).toEqual(alone);
  });

  it('is reproducible with the same seed and differs with another', () => {
    const settings = { minGapMs: 2000, jitterMs: 1000 };
    const run = (seed: number): number[] =>
      burst(new Pacer(settings, seededRandom(seed)), 'qingxiaoyi-1', T0, 30);
    expect(run(20200316)).toEqual(run(20200316));
    expect(run(20200316)).not.toEqual(run(20200317));
  });

  it('asks the random source for the stream of the account', () => {
    const asked: string[] = [];
    const random: RandomSource = (stream) => {
      asked.push(stream);
      return 0;
    };
    const pacer = new Pacer({ minGapMs: 2000, jitterMs: 1000 }, random);
    pacer.reserve('qingxiaoyi-1', T0);
    pacer.reserve('qingxiaoyi-2', T0);
    expect(asked).toEqual(['pace:qingxiaoyi-1', 'pace:qingxiaoyi-2']);
  });
});

describe('seededRandom', () => {
  it.each([0, 1, 42, 20200316, 2 ** 31])('seed %d gives numbers in [0, 1)', (seed) => {
    const random = seededRandom(seed);
    const values = Array.from({ length: 1000 }, () => random('pace:qingxiaoyi-1'));
    for (const v of values) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
    }
    expect(new Set(values).size).toBeGreaterThan(990);
  });

  it('streams do not disturb each other', () => {
    const a = seededRandom(3);
    const aAlone = Array.from({ length: 10 }, () => a('pace:qingxiaoyi-1'));
    const b = seededRandom(3);
    const bMixed = Array.from({ length: 10 }, () => {
      b('pace:qingxiaoyi-2');
      return b('pace:qingxiaoyi-1');
    });
    expect(bMixed).toEqual(aAlone);
  });

  it('different streams of one seed differ', () => {
    const random = seededRandom(3);
    const one = Array.from({ length: 5 }, () => random('pace:qingxiaoyi-1'));
    const two = Array.from({ length: 5 }, () => random('pace:qingxiaoyi-2'));
    expect(one).not.toEqual(two);
  });
});
