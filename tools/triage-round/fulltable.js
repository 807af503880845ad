// node fulltable.js [--write] [--keep] [--new-unseen sets...] [--new-train sets...]
// Regenerates README's main triage table (header "| set ... | rules alone R / P |") from its own row order:
// tuned rows, then (old unseen rows converted to tuned unless --keep), train-only rows + --new-train, unseen rows
// (--keep: the old ones) + --new-unseen. Prints the table; --write puts it into README.md (run prettier after).
const fs = require('node:fs');
const path = require('node:path');
const L = require('./lib.js');
const argv = process.argv.slice(2);
const write = argv.includes('--write'),
  keep = argv.includes('--keep');
const list = (f) => {
  const i = argv.indexOf(f);
  if (i < 0) return [];
  const out = [];
  for (let j = i + 1; j < argv.length && !argv[j].startsWith('--'); j++) out.push(argv[j]);
  return out;
};
const newUnseen = list('--new-unseen'),
  newTrain = list('--new-train');
const readme = path.join(L.ROOT, 'README.md');
const lines = fs.readFileSync(readme, 'utf8').split('\n');
const h = lines.findIndex((l) => /^\| set +\| n +\| consult F1/.test(l));
let e = h + 2;
while (e < lines.length && lines[e].startsWith('|')) e++;
const rows = lines.slice(h + 2, e).map((l) => {
  const m = l.match(/^\| \**(\S+) \((tuned on|train only|unseen)\)/);
  if (!m) throw new Error('row? ' + l);
  return { set: m[1], status: m[2] };
});
const f3 = (x) => x.toFixed(3);
function row(set, status) {
  if (set === 'redflags2') {
    const rf = L.load(path.join(L.FIX, 'redflags2.jsonl'));
    const E = rf.filter((r) => r.emergency),
      N = rf.filter((r) => !r.emergency);
    const isE = (t, lex) => L.classify(t, lex).urgency === 'emergency';
    const found = E.filter((r) => isE(r.text, L.lexicon)).length,
      raised = N.filter((r) => isE(r.text, L.lexicon)).length;
    const rfound = E.filter((r) => isE(r.text, L.rulesOnly)).length,
      rraised = N.filter((r) => isE(r.text, L.rulesOnly)).length;
    return `| redflags2 (tuned on) | ${rf.length} | | | ${f3(found / E.length)} (${found}/${E.length}) | ${raised} of ${N.length} near misses raised | ${f3(rfound / E.length)} / ${rraised} raised |`;
  }
  const ex = L.load(set);
  const { s } = L.run(ex);
  const r = L.run(ex, L.rulesOnly).s;
  const tot = s.emergency.tp + s.emergency.fn;
  const b = status === 'unseen' ? (x) => `**${x}**` : (x) => x;
  const cells =
    tot === 0
      ? [
          b(f3(s.consult.f1)),
          b(f3(s.specialtyAccuracy)),
          '–',
          `${s.emergency.fp} raised`,
          `${r.emergency.fp} raised`,
        ]
      : [
          b(f3(s.consult.f1)),
          b(f3(s.specialtyAccuracy)),
          b(`${f3(s.emergency.recall)} (${s.emergency.tp}/${tot})`),
          b(f3(s.emergency.precision)),
          `${f3(r.emergency.recall)} / ${f3(r.emergency.precision)}`,
        ];
  return `| ${b(`${set} (${status})`)} | ${ex.length} | ${cells.join(' | ')} |`;
}
const tuned = rows.filter((r) => r.status === 'tuned on').map((r) => r.set);
const train = rows.filter((r) => r.status === 'train only').map((r) => r.set);
const unseen = rows.filter((r) => r.status === 'unseen').map((r) => r.set);
const out = [
  ...[...tuned, ...(keep ? [] : unseen)].map((s) => row(s, 'tuned on')),
  ...[...train, ...newTrain].map((s) => row(s, 'train only')),
  ...[...(keep ? unseen : []), ...newUnseen].map((s) => row(s, 'unseen')),
];
if (write) {
  lines.splice(h + 2, e - h - 2, ...out);
  fs.writeFileSync(readme, lines.join('\n'));
  console.error('written', out.length, 'rows');
} else console.log(out.join('\n'));
