"""The framing stage's loaded-word tagger: all-MiniLM-L6-v2 fine-tuned to mark loaded words on BABE.

Trains one linear output per word (read at its first word piece) over the encoder, with the
encoder's weight matrices updated by low-rank terms (LORA=R; FREEZE=N instead trains the whole
encoder but the embeddings and the bottom N layers), on BABE SG2's tuning topics (the split of the
bias-babe suite; held-out topics are never used). 'cv' writes the probabilities of each tuning
topic's words by a model trained without its fold (folds by topic) for combine.py; 'train' trains
on every tuning topic and writes the file dev.parallax.framing.WordTagger reads.
Usage (bench/train-tagger runs it): babe_tagger.py cv EPOCHS LR SEED FOLDS OUT.json
       LORA=R babe_tagger.py train EPOCHS LR SEED OUT.bin
"""
import os, csv, ast, hashlib, re, sys, random, time, json
import torch, torch.nn as nn
import minilm
torch.set_num_threads(2)
CORPUS = os.path.join(os.environ['PARALLAX_CORPORA'], 'bias-babe', 'final_labels_SG2.csv')
MODEL = os.environ['MINILM_DIR']
SAME = {'blm': 'black lives matter', 'vaccines': 'vaccine'}
def held_out(key):
    d = hashlib.sha256(('split:' + key).encode()).digest()
    h = int.from_bytes(d[:8], 'big') & 0x7fffffffffffffff
    return h % 100 < 30
def strip(w):
    return re.sub(r'^[^\w]+|[^\w]+$', '', w).replace('_', '') if w else w
def norm_topic(t):
    n = t.lower().replace('-', ' ').strip(); return SAME.get(n, n)
def rows():
    out = []
    with open(CORPUS, encoding='utf-8-sig') as f:
        for r in csv.DictReader(f, delimiter=';'):
            try: bw = ast.literal_eval(r['biased_words'])
            except Exception: bw = []
            gold = set()
            for w in bw:
                for p in w.lower().split():
                    p = strip(p)
                    if p: gold.add(p)
            t = norm_topic(r['topic'])
            out.append(dict(text=r['text'].strip(), topic=t, gold=gold, split='held-out' if held_out('topic:' + t) else 'tune'))
    return out
tok = minilm.WordPiece(os.path.join(MODEL, 'all-minilm-l6-v2-tokenizer.json'))
def encode(r):
    ids, first, words = [tok.cls], [], []
    for part in r['text'].split():
        core = strip(part.lower())
        m = re.search(re.escape(core), part.lower()) if core else None
        if not core or not m:
            ids += tok.encode(part); continue
        ids += tok.encode(part[:m.start()])
        first.append(len(ids)); words.append(core)
        ids += tok.encode(part[m.start():m.end()])
        ids += tok.encode(part[m.end():])
    ids = ids[:254] + [tok.sep]
    keep = [(i, w) for i, w in zip(first, words) if i < len(ids) - 1]
    r['ids'] = ids; r['first'] = [i for i, _ in keep]; r['words'] = [w for _, w in keep]
    r['y'] = [1.0 if w in r['gold'] else 0.0 for w in r['words']]
def folds(tune, k):
    """The tuning topics in k folds of about equal size (largest topic first into the smallest fold)."""
    topics = sorted({r['topic'] for r in tune})
    bysize = sorted(topics, key=lambda t: -sum(1 for r in tune if r['topic'] == t))
    out = [set() for _ in range(k)]; load = [0] * k
    for t in bysize:
        i = load.index(min(load)); out[i].add(t); load[i] += sum(1 for r in tune if r['topic'] == t)
    return out
class Tagger(nn.Module):
    def __init__(s):
        super().__init__(); s.enc = minilm.MiniLM().load_onnx(os.path.join(MODEL, 'all-minilm-l6-v2.onnx')); s.head = nn.Linear(384, 1)
    def forward(s, ids, mask):
        return s.head(s.enc(ids, mask)).squeeze(-1)
def batches(rs, bs, shuffle, rng):
    rs = list(rs)
    if shuffle: rng.shuffle(rs)
    for i in range(0, len(rs), bs):
        b = rs[i:i + bs]; T = max(len(r['ids']) for r in b)
        ids = torch.zeros(len(b), T, dtype=torch.long); mask = torch.zeros(len(b), T)
        for j, r in enumerate(b):
            ids[j, :len(r['ids'])] = torch.tensor(r['ids']); mask[j, :len(r['ids'])] = 1
        yield b, ids, mask
def train(rs, epochs, lr, seed):
    torch.manual_seed(seed); rng = random.Random(seed)
    m = Tagger(); m.train()
    import os
    rank = int(os.environ.get('LORA', '0'))
    if rank:
        for p in m.enc.parameters():
            p.requires_grad = False
        for l in m.enc.layers:
            for name in ('q', 'k', 'v', 'o', 'i', 'out'):
                setattr(l, name, minilm.LoRA(getattr(l, name), rank))
    frozen = os.environ.get('FREEZE')
    if frozen is not None:
        for p in list(m.enc.we.parameters()) + list(m.enc.pe.parameters()) + list(m.enc.te.parameters()) + list(m.enc.ln.parameters()):
            p.requires_grad = False
        for l in m.enc.layers[:int(frozen)]:
            for p in l.parameters(): p.requires_grad = False
    opt = torch.optim.AdamW([p for p in m.parameters() if p.requires_grad], lr=lr, weight_decay=0.01)
    steps = epochs * ((len(rs) + 15) // 16); sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda k: k / (0.1 * steps) if k < 0.1 * steps else max(0.0, (steps - k) / (0.9 * steps)))
    lossf = nn.BCEWithLogitsLoss()
    for e in range(epochs):
        for b, ids, mask in batches(rs, 16, True, rng):
            logits = m(ids, mask)
            idx = [(j, i) for j, r in enumerate(b) for i in r['first']]
            y = torch.tensor([v for r in b for v in r['y']])
            if not idx: continue
            jj = torch.tensor([a for a, _ in idx]); ii = torch.tensor([c for _, c in idx])
            loss = lossf(logits[jj, ii], y)
            opt.zero_grad(); loss.backward(); opt.step(); sched.step()
    return m
def export(m, path):
    """The low-rank updates and the output layer, big-endian, as dev.parallax.framing.WordTagger reads them."""
    import struct
    lora = [(l, n) for l in m.enc.layers for n in ('q', 'k', 'v', 'o', 'i', 'out') if isinstance(getattr(l, n), minilm.LoRA)]
    if len(lora) != 36:
        raise SystemExit('train: export needs LORA=R')
    with open(path, 'wb') as f:
        f.write(struct.pack('>4sI', b'PXT1', len(lora)))
        for l, n in lora:
            x = getattr(l, n); name = x.base.onnx_name.encode()
            f.write(struct.pack('>H', len(name)) + name)
            f.write(struct.pack('>IIIf', x.base.in_features, x.base.out_features, x.r, x.scale))
            f.write(x.a.detach().numpy().astype('>f4').tobytes()); f.write(x.b.detach().numpy().astype('>f4').tobytes())
        w = m.head.weight.detach().numpy().reshape(-1)
        f.write(struct.pack('>I', len(w))); f.write(w.astype('>f4').tobytes()); f.write(struct.pack('>f', float(m.head.bias)))
def predict(m, rs):
    m.eval(); out = []
    with torch.no_grad():
        for b, ids, mask in batches(rs, 32, False, None):
            p = torch.sigmoid(m(ids, mask))
            for j, r in enumerate(b):
                probs = {}
                for i, w in zip(r['first'], r['words']):
                    probs[w] = max(probs.get(w, 0.0), float(p[j, i]))
                out.append((r, probs))
    return out
def score(preds, t):
    tp = fp = fn = 0
    for r, probs in preds:
        marked = {w for w, p in probs.items() if p >= t}
        tp += len(marked & r['gold']); fp += len(marked - r['gold']); fn += len(r['gold'] - marked)
    P = tp / (tp + fp) if tp + fp else 0; R = tp / (tp + fn) if tp + fn else 0
    return P, R, (2 * P * R / (P + R) if P + R else 0)
def report(name, preds, fixed=None):
    best = max(((score(preds, t / 100), t / 100) for t in range(5, 96)), key=lambda x: x[0][2])
    atp = [(s, t / 100) for t in range(5, 96) for s in [score(preds, t / 100)] if s[0] >= 0.60]
    bp = max(atp, key=lambda x: x[0][2]) if atp else None
    print(name, 'best F1 any', best, 'best at P>=0.60', bp, ('at fixed %.2f' % fixed, score(preds, fixed)) if fixed else '', flush=True)
    return bp[1] if bp else None
if __name__ == '__main__':
    mode = sys.argv[1]; epochs = int(sys.argv[2]); lr = float(sys.argv[3]); seed = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    tune = [r for r in rows() if r['split'] == 'tune']
    [encode(r) for r in tune]
    topics = sorted({r['topic'] for r in tune})
    print(len(tune), 'tuning sentences', topics, flush=True)
    if mode == 'cv':
        preds = []; t0 = time.time()
        k = int(sys.argv[5]) if len(sys.argv) > 5 else len(topics)
        for f in folds(tune, k):
            t = '+'.join(sorted(f))
            m = train([r for r in tune if r['topic'] not in f], epochs, lr, seed)
            p = predict(m, [r for r in tune if r['topic'] in f]); preds += p
            report('fold ' + t + ' %.0fs' % (time.time() - t0), p)
        th = report('CV', preds)
        json.dump([[r['text'], p] for r, p in preds], open(sys.argv[6], 'w'))
    elif mode == 'train':
        m = train(tune, epochs, lr, seed)
        export(m, sys.argv[5])
    else:
        raise SystemExit('mode: cv or train')
