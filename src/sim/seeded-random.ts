import type { RandomSource } from '../app/ports';

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** Reproducible random numbers: one mulberry32 stream per name, so streams do not disturb each other. */
export function seededRandom(seed: number): RandomSource {
  const states = new Map<string, number>();
  return (stream) => {
    let a = states.get(stream) ?? hash(`${seed}:${stream}`);
    a = (a + 0x6d2b79f5) >>> 0;
    states.set(stream, a);
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
