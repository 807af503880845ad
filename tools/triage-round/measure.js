// node measure.js [--rules] [--quiet] [--mistakes] [--json out] sets|paths...
const fs = require('node:fs');
const args = process.argv.slice(2);
const flag = (f) => {
  const i = args.indexOf(f);
  if (i < 0) return false;
  args.splice(i, 1);
  return true;
};
const rules = flag('--rules'),
  quiet = flag('--quiet'),
  mistakes = flag('--mistakes');
let jsonOut = null;
{
  const i = args.indexOf('--json');
  if (i >= 0) {
    jsonOut = args[i + 1];
    args.splice(i, 2);
  }
}
const L = require('./lib.js');
const lex = rules ? L.rulesOnly : L.lexicon;
const sets = args.length ? args : L.heldOutFile().current;
const out = {};
let TP = 0,
  FN = 0,
  FP = 0,
  N = 0;
for (const set of sets) {
  const ex = L.load(set);
  const { s, got } = L.run(ex, lex);
  const wrong = [];
  for (const x of ex) {
    const y = got.get(x.id);
    const wE = x.urgency === 'emergency',
      gE = y.urgency === 'emergency';
    if (wE !== gE)
      wrong.push({
        id: x.id,
        kind: wE ? 'FN' : 'FP',
        want: `${x.specialty}/${x.urgency}`,
        got: `${y.specialty}/${y.urgency}`,
        text: x.text,
        note: x.note,
      });
  }
  const name = set.replace(/.*\//, '').replace(/\.jsonl$/, '');
  out[name] = {
    n: ex.length,
    tp: s.emergency.tp,
    fn: s.emergency.fn,
    fp: s.emergency.fp,
    recall: s.emergency.recall,
    precision: s.emergency.precision,
    f1: s.consult.f1,
    specialty: s.specialtyAccuracy,
    wrong,
  };
  TP += s.emergency.tp;
  FN += s.emergency.fn;
  FP += s.emergency.fp;
  N += ex.length;
  if (!quiet)
    console.log(
      `${name.padEnd(12)} n=${ex.length} E ${s.emergency.tp}/${s.emergency.tp + s.emergency.fn} recall ${s.emergency.recall} prec ${s.emergency.precision} fp ${s.emergency.fp} F1 ${s.consult.f1} spec ${s.specialtyAccuracy}`,
    );
  if (mistakes)
    for (const w of wrong)
      console.log(
        `  ${w.kind} ${w.id} want ${w.want} got ${w.got}: ${w.text}${w.note ? '  [' + w.note + ']' : ''}`,
      );
}
console.log(
  `TOTAL ${rules ? 'rules' : 'rules+model'}: E ${TP}/${TP + FN} (${(TP / (TP + FN)).toFixed(3)}) FP ${FP} n=${N}`,
);
if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(out, null, 1));
