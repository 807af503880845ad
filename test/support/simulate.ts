import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/paths';
import { runScenario } from '../../src/sim/run-scenario';
import type { TranscriptLine } from '../../src/sim/simulation';
import { demoWorld, REDIS_URL, repoCore, silentLog } from './env';

export interface Transcript {
  /** Every message the bot sent, in order. */
  all: TranscriptLine[];
  /** The messages caused by scenario line n (1-based), in order. */
  at(line: number): TranscriptLine[];
}

/** A daily prevention tip (they arrive at 09:00 local in every scenario that moves the clock). */
export const isTip = (l: TranscriptLine): boolean => /^🌿 /u.test(l.text);

/**
 * Runs a scenario (text, or a file under test/scenarios) through the real simulator and collects its output.
 * The daily tips the bot posts on its own are left out unless `tips` is set (tests about other things would
 * otherwise all have to skip them); everything else is exactly what the bot sent.
 */
export async function simulate(
  scenario: string,
  opts: { seed?: number; tips?: boolean } = {},
): Promise<Transcript> {
  const text = scenario.endsWith('.jsonl')
    ? readFileSync(join(PROJECT_ROOT, 'test', 'scenarios', scenario), 'utf8')
    : scenario;
  const core = repoCore();
  const byLine = new Map<number, TranscriptLine[]>();
  const all: TranscriptLine[] = [];
  let current = 0;
  await runScenario(text, {
    defaultWorld: demoWorld(),
    config: core.config,
    lexicon: core.lexicon,
    emergency: core.emergency,
    tips: core.tips,
    redisUrl: REDIS_URL,
    log: silentLog,
    echo: true,
    seed: opts.seed,
    write: (out) => {
      if ('step' in out) {
        current = out.step;
        byLine.set(current, []);
      } else if (opts.tips || !isTip(out)) {
        all.push(out);
        byLine.get(current)?.push(out);
      }
    },
  });
  return { all, at: (line) => byLine.get(line) ?? [] };
}

/** A scenario from lines of objects (one JSON object per line). */
export function scenario(...steps: object[]): string {
  return steps.map((s) => JSON.stringify(s)).join('\n');
}
