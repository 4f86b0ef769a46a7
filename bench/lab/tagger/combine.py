"""Scores the cross-validated word probabilities of the linear model (FramingTrainer's dump) and of the
tagger (babe_tagger.py), alone and combined, as the bias-babe suite scores words; with OUT.tsv, writes
the settings of the combination of best F1 at a precision of 0.60 or more (dev.parallax.framing.WordTagger).
Usage: combine.py TAGGER.json LINEAR.tsv [OUT.tsv "how it was made"]"""
import json, sys
import babe_tagger as b
PRECISION = 0.60
key = lambda t: ' '.join(t.split())
rows = {key(r['text']): r for r in b.rows() if r['split'] == 'tune'}
jv = {}
for line in open(sys.argv[2], encoding='utf-8'):
    t, w, p = line.rstrip('\n').split('\t'); t = key(t); jv.setdefault(t, {}); jv[t][w] = max(jv[t].get(w, 0), float(p))
tg = {key(t): p for t, p in json.load(open(sys.argv[1]))}
def score(weight, th):
    tp = fp = fn = 0
    for t, r in rows.items():
        j = jv.get(t, {}); g = tg.get(t, {})
        marked = {w for w in j if weight * j[w] + (1 - weight) * g.get(w, 0.0) >= th}
        tp += len(marked & r['gold']); fp += len(marked - r['gold']); fn += len(r['gold'] - marked)
    P = tp / (tp + fp) if tp + fp else 0; R = tp / (tp + fn); return P, R, 2 * P * R / (P + R) if P + R else 0
best = None
lines = []
for weight in (1.0, 0.0, 0.3, 0.4, 0.5, 0.6, 0.7):
    res = [(score(weight, t / 100), t / 100) for t in range(10, 90)]
    ok = [x for x in res if x[0][0] >= PRECISION]
    bp = max(ok, key=lambda x: x[0][2]); ba = max(res, key=lambda x: x[0][2])
    line = 'weight %.1f: at P >= %.2f  P %.3f R %.3f F1 %.3f (threshold %.2f); best F1 at any threshold %.3f (%.2f)' % (weight, PRECISION, *bp[0], bp[1], ba[0][2], ba[1])
    print(line, flush=True); lines.append(line)
    if 0 < weight < 1 and (best is None or bp[0][2] > best[0][2]):
        best = (bp[0], weight, bp[1])
if len(sys.argv) > 3:
    with open(sys.argv[3], 'w') as f:
        f.write('# How the loaded-word tagger (loaded-word-tagger.bin) is combined with the word model\n')
        f.write('# (loaded-word-model.tsv): a word\'s probability is weight x the word model\'s + (1 - weight) x the\n')
        f.write('# tagger\'s, and it counts as loaded from threshold on. Both chosen on cross-validated\n')
        f.write('# probabilities of both models on BABE\'s tuning topics (folds by topic): the combination of best\n')
        f.write('# word F1 among those with a precision of %.2f or more. %s\n' % (PRECISION, sys.argv[4] if len(sys.argv) > 4 else ''))
        f.write('# Weight 1 is the word model alone, 0 the tagger alone:\n')
        for l in lines: f.write('#   ' + l + '\n')
        f.write('# Source: trained for Parallax on BABE, GitHub Media-Bias-Group/Neural-Media-Bias-Detection-Using-Distant-Supervision-With-BABE,\n')
        f.write('# from all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0, as langchain4j ships it); docs/framing.md.\n')
        f.write('# Licence: AGPL-3.0 (derived from BABE\'s data, which its repository licenses under AGPL-3.0), as loaded-word-tagger.bin.\n')
        f.write('weight\t%.2f\nthreshold\t%.2f\n' % (best[1], best[2]))
    print('wrote', sys.argv[3], 'weight', best[1], 'threshold', best[2], 'P R F1', best[0])
