// node check-model.js [-v]: with the model, tuned sets miss no emergency and keep precision/F1/specialty floors;
// redflags2 missed 0, raised <= 10; train-only floors.
const fs = require('node:fs');
const path = require('node:path');
const L = require('./lib.js');
const v = process.argv.includes('-v');
const hf = L.heldOutFile();
const q = fs.readFileSync(path.join(L.ROOT, 'test/unit/domain/triage-quality.test.ts'), 'utf8');
const rec = (name) =>
  Object.fromEntries(
    [
      ...(q.match(new RegExp(`const ${name}[^=]*= \\{([\\s\\S]*?)\\};`))?.[1] || '').matchAll(
        /(\w+): ([\d.]+)/g,
      ),
    ].map((m) => [m[1], +m[2]]),
  );
const P = rec('TUNED_PRECISION_BELOW_090'),
  F = rec('TUNED_F1_BELOW_090'),
  S = rec('TUNED_SPECIALTY_BELOW_085');
const T = Object.fromEntries(
  [
    ...(q.match(/const TRAIN_ONLY_FLOORS[\s\S]*?\n};/)?.[0] || '').matchAll(
      /(\w+): \{ recall: ([\d.]+), falseAlarms: (\d+) \}/g,
    ),
  ].map((m) => [m[1], { recall: +m[2], fa: +m[3] }]),
);
let bad = 0;
const name = (s) => (s === 'holdout' ? 'holdout1' : s);
for (const set of [...hf.neverHeldOut.filter((s) => s !== 'redflags2'), ...hf.measured].map(name)) {
  const { s } = L.run(L.load(set));
  const probs = [];
  if (s.emergency.fn) probs.push(`fn ${s.emergency.fn}`);
  if (s.emergency.precision < (P[set] ?? 0.9)) probs.push(`precision ${s.emergency.precision}`);
  if (set !== 'redflags' && s.consult.f1 < (F[set] ?? 0.9)) probs.push(`f1 ${s.consult.f1}`);
  if (set !== 'redflags' && s.specialtyAccuracy < (S[set] ?? 0.85)) probs.push(`spec ${s.specialtyAccuracy}`);
  if (probs.length) {
    bad++;
    console.log(`${set}: ${probs.join(', ')}`);
  } else if (v) console.log(`${set}: ok prec ${s.emergency.precision}`);
}
const rf = L.load(path.join(L.FIX, 'redflags2.jsonl'));
let miss = 0,
  raised = 0;
for (const r of rf) {
  const gE = L.classify(r.text, L.lexicon).urgency === 'emergency';
  if (r.emergency && !gE) miss++;
  if (!r.emergency && gE) raised++;
}
console.log(`redflags2: missed ${miss}, raised ${raised}`);
if (miss || raised > 10) bad++;
for (const set of hf.trainOnly) {
  const { s } = L.run(L.load(set));
  const f = T[set];
  const ok = f && s.emergency.recall >= f.recall && s.emergency.fp <= f.fa;
  if (!ok || v)
    console.log(
      `${set}: recall ${s.emergency.recall} fp ${s.emergency.fp} floor ${JSON.stringify(f)}${ok ? '' : '  FAIL'}`,
    );
  if (!ok) bad++;
}
console.log(`check-model: ${bad} problems`);
process.exit(bad ? 1 : 0);
