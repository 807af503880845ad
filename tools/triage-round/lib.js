// Shared helpers: ROOT env (default cwd) is the checkout to measure.
const path = require('node:path');
const fs = require('node:fs');
const ROOT = path.resolve(process.env.ROOT || process.cwd());
require(path.join(ROOT, 'test/support/ts-register.js'));
const { loadCore } = require(path.join(ROOT, 'src/config.ts'));
const { classify } = require(path.join(ROOT, 'src/domain/triage.ts'));
const { score, toClassification } = require(path.join(ROOT, 'src/domain/triage-report.ts'));
const core = loadCore(ROOT, {});
if (!core.ok) throw new Error(core.problems.join('\n'));
const lexicon = core.value.lexicon;
if (process.env.TH && lexicon.model) {
  const [t, s] = process.env.TH.split('/').map(Number);
  lexicon.model.source = { ...lexicon.model.source, threshold: t };
  if (s) lexicon.model.selfHarmAt = s;
}
const rulesOnly = { ...lexicon, model: undefined };
const FIX = path.join(ROOT, 'test/fixtures/triage');
const { readSet, readHeldOutJson } = require(path.join(ROOT, 'src/cli/labelled-sets.ts'));
// A set by name (the project's reader; "holdout1" is holdout.jsonl) or a .jsonl file by path (fresh sets not yet placed).
function load(set) {
  if (!set.includes('/') && !set.endsWith('.jsonl'))
    return readSet(set === 'holdout1' ? 'holdout' : set).map((r) => r.labelled ?? r);
  return fs
    .readFileSync(set, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}
const heldOutFile = readHeldOutJson;
function run(ex, lex = lexicon) {
  const got = new Map();
  for (const x of ex) got.set(x.id, toClassification(x.id, classify(x.text, lex), false));
  return { s: score(ex, got), got };
}
module.exports = { ROOT, FIX, lexicon, rulesOnly, classify, toClassification, score, load, heldOutFile, run };
