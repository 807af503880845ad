// node check-rules.js [extra sets...]: rules alone exact on emergencies on every tuned set (but TUNED_RULES_WRONG),
// redflags2 exact, guard-checks all emergencies.
const fs = require('node:fs');
const path = require('node:path');
const L = require('./lib.js');
const hf = L.heldOutFile();
const q = fs.readFileSync(path.join(L.ROOT, 'test/unit/domain/triage-quality.test.ts'), 'utf8');
const allowed = new Set(
  (q.match(/const TUNED_RULES_WRONG[\s\S]*?\n};/)?.[0].match(/'[hs]\d+-\d+'/g) || []).map((s) =>
    s.slice(1, -1),
  ),
);
const sets = [...hf.neverHeldOut.filter((s) => s !== 'redflags2'), ...hf.measured, ...process.argv.slice(2)];
let bad = 0;
for (const set of sets) {
  const ex = L.load(set === 'holdout' ? 'holdout1' : set);
  for (const x of ex) {
    if (allowed.has(x.id)) continue;
    const c = L.toClassification(x.id, L.classify(x.text, L.rulesOnly), false);
    const gE = c.urgency === 'emergency',
      wE = x.urgency === 'emergency';
    if (gE !== wE) {
      bad++;
      console.log(`${set} ${wE ? 'MISS' : 'FA'} ${x.id}: ${x.text}`);
    }
  }
}
for (const r of L.load(path.join(L.FIX, 'redflags2.jsonl'))) {
  const gE = L.classify(r.text, L.rulesOnly).urgency === 'emergency';
  if (gE !== r.emergency) {
    bad++;
    console.log(`redflags2 ${r.emergency ? 'MISS' : 'FA'} ${r.id}: ${r.text}`);
  }
}
for (const r of L.load(path.join(L.FIX, 'guard-checks.jsonl'))) {
  if (L.classify(r.text, L.rulesOnly).urgency !== 'emergency') {
    bad++;
    console.log(`guard-checks MISS ${r.id}: ${r.text}`);
  }
}
console.log(`check-rules: ${bad} wrong over ${sets.length} sets + redflags2 + guard-checks`);
process.exit(bad ? 1 : 0);
