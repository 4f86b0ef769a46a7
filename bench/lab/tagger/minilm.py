"""all-MiniLM-L6-v2 as a torch module, its weights read from the fp32 ONNX file in langchain4j's jar."""
import json, unicodedata, re
import onnx, torch, torch.nn as nn
from onnx import numpy_helper

NAMES = {}  # torch-side weight name -> the ONNX initializer holding it as [in, out]

def onnx_weights(path):
    m = onnx.load(path)
    init = {i.name: numpy_helper.to_array(i) for i in m.graph.initializer}
    consumers = {}
    for n in m.graph.node:
        for x in n.input:
            consumers.setdefault(x, []).append(n)
    out = {k: v for k, v in init.items() if not k.startswith('onnx::')}
    for n in m.graph.node:
        if n.op_type == 'MatMul':
            w = [x for x in n.input if x.startswith('onnx::') and x in init]
            if not w:
                continue
            adds = [c for c in consumers.get(n.output[0], []) if c.op_type == 'Add']
            bias = [x for c in adds for x in c.input if x.endswith('.bias') and x in init]
            assert len(bias) == 1, (n.name, bias)
            out[bias[0][:-len('.bias')] + '.weight'] = init[w[0]].T.copy()  # torch Linear: [out, in]
            NAMES[bias[0][:-len('.bias')]] = w[0]
    return out

class Layer(nn.Module):
    def __init__(s, d=384, h=12, f=1536, p=0.1):
        super().__init__()
        s.h = h
        s.q = nn.Linear(d, d); s.k = nn.Linear(d, d); s.v = nn.Linear(d, d)
        s.o = nn.Linear(d, d); s.ln1 = nn.LayerNorm(d, eps=1e-12)
        s.i = nn.Linear(d, f); s.out = nn.Linear(f, d); s.ln2 = nn.LayerNorm(d, eps=1e-12)
        s.drop = nn.Dropout(p)
    def forward(s, x, mask):
        B, T, D = x.shape
        def heads(t):
            return t.view(B, T, s.h, D // s.h).transpose(1, 2)
        q, k, v = heads(s.q(x)), heads(s.k(x)), heads(s.v(x))
        a = (q @ k.transpose(-1, -2)) / (D // s.h) ** 0.5
        a = a + (1.0 - mask[:, None, None, :]) * -10000.0
        a = s.drop(a.softmax(-1))
        c = (a @ v).transpose(1, 2).reshape(B, T, D)
        x = s.ln1(x + s.drop(s.o(c)))
        y = s.out(nn.functional.gelu(s.i(x)))
        return s.ln2(x + s.drop(y))

class MiniLM(nn.Module):
    def __init__(s, p=0.1):
        super().__init__()
        s.we = nn.Embedding(30522, 384); s.pe = nn.Embedding(512, 384); s.te = nn.Embedding(2, 384)
        s.ln = nn.LayerNorm(384, eps=1e-12); s.drop = nn.Dropout(p)
        s.layers = nn.ModuleList([Layer(p=p) for _ in range(6)])
    def forward(s, ids, mask):
        T = ids.shape[1]
        pos = torch.arange(T)[None, :]
        x = s.drop(s.ln(s.we(ids) + s.pe(pos) + s.te(torch.zeros_like(ids))))
        for l in s.layers:
            x = l(x, mask)
        return x
    def load_onnx(s, path):
        w = onnx_weights(path)
        t = lambda a: torch.tensor(a)
        with torch.no_grad():
            s.we.weight.copy_(t(w['embeddings.word_embeddings.weight']))
            s.pe.weight.copy_(t(w['embeddings.position_embeddings.weight']))
            s.te.weight.copy_(t(w['embeddings.token_type_embeddings.weight']))
            s.ln.weight.copy_(t(w['embeddings.LayerNorm.weight'])); s.ln.bias.copy_(t(w['embeddings.LayerNorm.bias']))
            for i, l in enumerate(s.layers):
                p = 'encoder.layer.%d.' % i
                for mod, name in [(l.q, 'attention.self.query'), (l.k, 'attention.self.key'), (l.v, 'attention.self.value'),
                                  (l.o, 'attention.output.dense'), (l.i, 'intermediate.dense'), (l.out, 'output.dense'),
                                  (l.ln1, 'attention.output.LayerNorm'), (l.ln2, 'output.LayerNorm')]:
                    mod.weight.copy_(t(w[p + name + '.weight'])); mod.bias.copy_(t(w[p + name + '.bias']))
                    mod.onnx_name = NAMES.get(p + name)
        return s

class WordPiece:
    def __init__(s, tokenizer_json):
        j = json.load(open(tokenizer_json))
        s.vocab = j['model']['vocab']
        s.unk = s.vocab['[UNK]']; s.cls = s.vocab['[CLS]']; s.sep = s.vocab['[SEP]']
    def basic(s, text):
        text = unicodedata.normalize('NFD', text.lower())
        text = ''.join(c for c in text if unicodedata.category(c) != 'Mn')
        out = []
        for w in text.split():
            cur = ''
            for c in w:
                if unicodedata.category(c).startswith('P') or (33 <= ord(c) <= 47) or (58 <= ord(c) <= 64) or (91 <= ord(c) <= 96) or (123 <= ord(c) <= 126):
                    if cur: out.append(cur); cur = ''
                    out.append(c)
                else:
                    cur += c
            if cur: out.append(cur)
        return out
    def pieces(s, word):
        if len(word) > 100: return [s.unk]
        out, start = [], 0
        while start < len(word):
            end = len(word); found = None
            while start < end:
                sub = word[start:end] if start == 0 else '##' + word[start:end]
                if sub in s.vocab: found = s.vocab[sub]; break
                end -= 1
            if found is None: return [s.unk]
            out.append(found); start = end
        return out
    def encode(s, text):
        ids = []
        for w in s.basic(text): ids += s.pieces(w)
        return ids

class LoRA(nn.Module):
    """A frozen linear layer plus a trained low-rank update: W + (alpha / r) B A."""
    def __init__(s, base, r, alpha=None):
        super().__init__()
        s.base = base; s.r = r; s.scale = (alpha or 2 * r) / r
        s.a = nn.Parameter(torch.randn(r, base.in_features) / base.in_features ** 0.5)
        s.b = nn.Parameter(torch.zeros(base.out_features, r))
    def forward(s, x):
        return s.base(x) + (x @ s.a.t() @ s.b.t()) * s.scale
