import { formatProblems, loadCore, PROJECT_ROOT } from '../config';
import { classify } from '../domain/triage';
import { labelledTexts } from './labelled-sets';
import { normalizeText } from '../domain/normalize';

/**
 * `npm run bench:triage`: classification throughput on one core (this process), over the labelled messages in
 * test/fixtures/triage, all and chatter only. Reported beside a baseline run in the same process (the plain
 * `normalizeText` every message already gets), so the ratio means something on any machine. Nothing here touches
 * Redis or SQLite: triage is pure.
 */
function rate(texts: readonly string[], fn: (t: string) => unknown, ms: number): number {
  let n = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < ms) {
    for (const t of texts) fn(t);
    n += texts.length;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  return Math.round((n / elapsed) * 1000);
}

function main(): number {
  const core = loadCore(PROJECT_ROOT, process.env);
  if (!core.ok) {
    process.stderr.write(`${formatProblems(core.problems)}\n`);
    return 2;
  }
  const lex = core.value.lexicon;
  const rows = labelledTexts();
  const all = rows.map((r) => r.text);
  const chatter = rows.filter((r) => r.specialty === 'none').map((r) => r.text);
  const ms = Number(process.env.BENCH_MS ?? 3000);
  rate(all, (t) => classify(t, lex), 500); // warm up
  const baseline = rate(all, normalizeText, ms);
  const allRate = rate(all, (t) => classify(t, lex), ms);
  const chatterRate = rate(chatter, (t) => classify(t, lex), ms);
  const report = {
    messages: all.length,
    chatter: chatter.length,
    baseline_normalize_per_s: baseline,
    classify_per_s: allRate,
    classify_chatter_per_s: chatterRate,
    classify_vs_baseline: Math.round((allRate / baseline) * 1000) / 1000,
    mean_us_per_message: Math.round((1e6 / allRate) * 10) / 10,
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  return 0;
}

process.exitCode = main();
