# python3 dups.py files... : drop lines whose NFKC-normalised text (whitespace removed) equals a fixture's or an earlier
# new line's; write the kept lines to $OUT/<name> (default /tmp/h/final); print counts. Run from the repository root.
import json, sys, os, glob, unicodedata, re
ROOT = os.environ.get('ROOT', os.getcwd())
FIX = os.path.join(ROOT, 'test/fixtures/triage')
OUT = os.environ.get('OUT', '/tmp/h/final')
norm = lambda t: re.sub(r'\s+', '', unicodedata.normalize('NFKC', t)).lower()
seen = set()
for p in glob.glob(FIX + '/*.jsonl'):
    for l in open(p):
        if l.strip():
            seen.add(norm(json.loads(l)['text']))
os.makedirs(OUT, exist_ok=True)
for p in sys.argv[1:]:
    rows = [json.loads(l) for l in open(p) if l.strip()]
    keep, drop = [], []
    for r in rows:
        k = norm(r['text'])
        (drop if k in seen else keep).append(r)
        seen.add(k)
    with open(os.path.join(OUT, os.path.basename(p)), 'w') as f:
        for r in keep:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    e = sum(r['urgency'] == 'emergency' for r in keep)
    print(os.path.basename(p), len(rows), 'kept', len(keep), 'dropped', len(drop), 'E', e, [r['id'] for r in drop][:8])
