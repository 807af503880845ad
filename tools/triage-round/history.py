# python3 history.py model.json rules.json : appends the fresh sets' measurements (measure.js --json, with the model
# and --rules) to HELD_OUT_HISTORY and its rules-alone list in test/unit/domain/triage-quality.test.ts and to README's
# held-out table, after their last rows. Run from the repository root.
import json, sys, re, os
M = json.load(open(sys.argv[1])); R = json.load(open(sys.argv[2]))
ROOT = os.environ.get('ROOT', os.getcwd())
def js(x):
    s = ('%.3f' % x).rstrip('0').rstrip('.')
    return s if s else '0'
q = os.path.join(ROOT, 'test/unit/domain/triage-quality.test.ts')
s = open(q).read()
start = s.index('const HELD_OUT_HISTORY = [')
end = s.index('\n];', start)
add = ''
for name, m in M.items():
    extra = ''
    if m['f1'] < 0.9: extra += f", f1: {js(m['f1'])}"
    if m['specialty'] < 0.85: extra += f", specialty: {js(m['specialty'])}"
    add += f"\n  {{ set: '{name}', by: 'rules+model', recall: {js(m['recall'])}, precision: {js(m['precision'])}{extra} }},"
s = s[:end] + add + s[end:]
# the doc comment's rules-alone list ends "… and 0.875 (35/40) on short87)."
m = re.search(r" and ([\d.]+ \(\d+/\d+\) on \w+)\)\.", s)
assert m, 'rules-alone list not found'
parts = [f"{js(R[n]['recall'])} ({R[n]['tp']}/{R[n]['tp'] + R[n]['fn']}) on {n}" for n in M]
items = [m.group(1)] + parts
s = s[:m.start()] + ', ' + ', '.join(items[:-1]) + ' and ' + items[-1] + ').' + s[m.end():]
open(q, 'w').write(s)
r = os.path.join(ROOT, 'README.md')
lines = open(r).read().split('\n')
h = next(i for i, l in enumerate(lines) if re.match(r'^\| held-out set +\| emergency recall', l))
e = h + 2
while e < len(lines) and lines[e].startswith('|'): e += 1
rows = [f"| {n} | {m['recall']:.3f} ({m['tp']}/{m['tp'] + m['fn']}) | {m['precision']:.3f} | {R[n]['recall']:.3f} ({R[n]['tp']}/{R[n]['tp'] + R[n]['fn']}) |" for n, m in M.items()]
lines[e:e] = rows
open(r, 'w').write('\n'.join(lines))
print('ok', list(M), '(run npx prettier --write README.md)')
