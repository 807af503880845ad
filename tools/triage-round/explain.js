// node explain.js [--rules] "text" | --id id set
const args = process.argv.slice(2);
const L = require('./lib.js');
let rules = false;
if (args[0] === '--rules') {
  rules = true;
  args.shift();
}
const lex = rules ? L.rulesOnly : L.lexicon;
let text = args[0];
if (args[0] === '--id') {
  const ex = L.load(args[2]).find((x) => x.id === args[1]);
  console.log('label:', ex.specialty, ex.urgency, ex.note || '');
  text = ex.text;
}
const t = L.classify(text, lex);
const c = L.toClassification(null, t, true);
console.log(text);
console.log(
  JSON.stringify({
    is_consult: c.is_consult,
    specialty: c.specialty,
    urgency: c.urgency,
    confidence: c.confidence,
  }),
);
for (const r of c.rules) console.log('  ', JSON.stringify(r));
