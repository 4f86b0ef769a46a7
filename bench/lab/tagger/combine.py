"""Scores the cross-validated word probabilities of the linear model (FramingTrainer's dump) and of the
tagger (babe_tagger.py), alone and combined, as the bias-babe suite scores words; with OUT.tsv, writes
the settings of the combination of best F1 whose precision holds across topics (dev.parallax.framing.WordTagger).

Precision comes before recall (a word marked loaded should be one an expert would mark), and the
precision promised must hold on topics no model saw. So a combination qualifies when its pooled
cross-validated precision, less one standard error of the precision over the topic folds (the folds
the tagger's cross-validation held out, FOLDS of them), is 0.60 or more: the one-standard-error rule.
Usage: combine.py TAGGER.json LINEAR.tsv FOLDS [OUT.tsv "how it was made"]"""
import json, math, sys
import babe_tagger as b
PRECISION = 0.60
key = lambda t: ' '.join(t.split())
tune = [r for r in b.rows() if r['split'] == 'tune']
rows = {key(r['text']): r for r in tune}
fold = {t: i for i, f in enumerate(b.folds(tune, int(sys.argv[3]))) for t in f}
jv = {}
for line in open(sys.argv[2], encoding='utf-8'):
    t, w, p = line.rstrip('\n').split('\t'); t = key(t); jv.setdefault(t, {}); jv[t][w] = max(jv[t].get(w, 0), float(p))
tg = {key(t): p for t, p in json.load(open(sys.argv[1]))}
def prf(tp, fp, fn):
    P = tp / (tp + fp) if tp + fp else 0; R = tp / (tp + fn) if tp + fn else 0
    return P, R, 2 * P * R / (P + R) if P + R else 0
def score(weight, th):
    """Pooled (P, R, F1) and the standard error of the per-fold precision."""
    c = [[0, 0, 0] for _ in set(fold.values())]
    for t, r in rows.items():
        j = jv.get(t, {}); g = tg.get(t, {})
        marked = {w for w in j if weight * j[w] + (1 - weight) * g.get(w, 0.0) >= th}
        x = c[fold[r['topic']]]
        x[0] += len(marked & r['gold']); x[1] += len(marked - r['gold']); x[2] += len(r['gold'] - marked)
    ps = [prf(*x)[0] for x in c]; m = sum(ps) / len(ps)
    se = math.sqrt(sum((p - m) ** 2 for p in ps) / (len(ps) - 1) / len(ps))
    return prf(*[sum(x[i] for x in c) for i in range(3)]), se
best = None
lines = []
for weight in (1.0, 0.0, 0.3, 0.4, 0.5, 0.6, 0.7):
    res = [(score(weight, t / 100), t / 100) for t in range(10, 90)]
    ok = [x for x in res if x[0][0][0] - x[0][1] >= PRECISION]
    bp = max(ok, key=lambda x: x[0][0][2]); ba = max(res, key=lambda x: x[0][0][2])
    line = 'weight %.1f: at P - SE >= %.2f  P %.3f (SE %.3f) R %.3f F1 %.3f (threshold %.2f); best F1 at any threshold %.3f (%.2f)' % (
        weight, PRECISION, bp[0][0][0], bp[0][1], bp[0][0][1], bp[0][0][2], bp[1], ba[0][0][2], ba[1])
    print(line, flush=True); lines.append(line)
    if 0 < weight < 1 and (best is None or bp[0][0][2] > best[0][2]):
        best = (bp[0][0], weight, bp[1])
if len(sys.argv) > 4:
    with open(sys.argv[4], 'w') as f:
        f.write('# How the loaded-word tagger (loaded-word-tagger.bin) is combined with the word model\n')
        f.write('# (loaded-word-model.tsv): a word\'s probability is weight x the word model\'s + (1 - weight) x the\n')
        f.write('# tagger\'s, and it counts as loaded from threshold on. Both chosen on cross-validated\n')
        f.write('# probabilities of both models on BABE\'s tuning topics (folds by topic): the combination of best\n')
        f.write('# word F1 among those whose precision less one standard error over the folds is %.2f or more\n' % PRECISION)
        f.write('# (so that the precision holds on topics no model saw). %s\n' % (sys.argv[5] if len(sys.argv) > 5 else ''))
        f.write('# Weight 1 is the word model alone, 0 the tagger alone:\n')
        for l in lines: f.write('#   ' + l + '\n')
        f.write('# Source: trained for Parallax on BABE, GitHub Media-Bias-Group/Neural-Media-Bias-Detection-Using-Distant-Supervision-With-BABE,\n')
        f.write('# from all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0, as langchain4j ships it); docs/framing.md.\n')
        f.write('# Licence: AGPL-3.0 (derived from BABE\'s data, which its repository licenses under AGPL-3.0), as loaded-word-tagger.bin.\n')
        f.write('weight\t%.2f\nthreshold\t%.2f\n' % (best[1], best[2]))
    print('wrote', sys.argv[4], 'weight', best[1], 'threshold', best[2], 'P R F1', best[0])
