"""Train the event sentence classifier and write its weights into the package.

Reads data/events/reports.jsonl (build it with data/events/build_reports.py), parses every report with
the pipeline's spaCy model, describes every labelled sentence as the stage does (pooled tok2vec vectors
of its tokens in the parsed report, hashed words, cue vector; classifier.features), and fits a
multinomial logistic regression (numpy, full-batch Adam, L2, class-balanced) on the "train" split. The temperature
that minimises the log loss on the "dev" split calibrates the probabilities. The "test" split is never
used here. Writes src/sitroom/extract/events/model.npz.

Run: .venv/bin/python bench/train_events.py [--epochs 400] [--l2 1e-3]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from sitroom.extract.events.classifier import MODEL_PATH, SentenceClassifier, features, softmax
from sitroom.extract.events.patterns import find_cues
from sitroom.extract.events.taxonomy import LABELS, NONE_LABEL
from sitroom.read.nlp import get_nlp

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data" / "events" / "reports.jsonl"


def labelled_sentences(split: str) -> tuple[list[object], list[str], list, list[str]]:
    """(spans, sentences, cues, labels) of one split; context sentences are "none", deduplicated. A span is the
    sentence inside its parsed report, so its tok2vec vectors carry the same context as at run time."""
    reports = [r for r in map(json.loads, DATA.open()) if r["split"] == split]
    nlp = get_nlp()
    spans, texts, cues, labels, seen = [], [], [], [], set()
    for r, doc in zip(reports, nlp.pipe([r["text"] for r in reports], batch_size=32)):
        items = [(ev["quote"], f"{ev['event_type']} / {ev['sub_event_type']}") for ev in r["events"]]
        items += [(s, NONE_LABEL) for s in r["none_sentences"] if s not in seen]
        seen.update(r["none_sentences"])
        for quote, label in items:
            at = r["text"].find(quote)
            span = doc.char_span(at, at + len(quote), alignment_mode="expand") if at >= 0 else None
            if span is None:
                span, at = nlp(quote)[:], 0
            spans.append(span)
            texts.append(quote)
            cues.append(find_cues(quote, at))  # offsets into the span's document, as at run time
            labels.append(label)
    return spans, texts, cues, labels


# "none" examples weigh half an average event class: the model should not learn to doubt every
# phrasing it has not seen (measured on the dev split: fewer missed events, no more false ones).
NONE_WEIGHT = 0.5


def fit(x: np.ndarray, y: np.ndarray, n_classes: int, epochs: int, l2: float, lr: float = 0.05):
    """Softmax regression by full-batch Adam with class-balanced weights ("none" last, down-weighted)."""
    rng = np.random.default_rng(0)
    w = rng.normal(0, 0.01, (x.shape[1], n_classes)).astype(np.float32)
    b = np.zeros(n_classes, dtype=np.float32)
    counts = np.bincount(y, minlength=n_classes).astype(np.float32)
    cw = len(y) / (n_classes * np.maximum(counts, 1))
    cw[-1] = NONE_WEIGHT * cw[:-1].mean()
    cw = cw[y]
    onehot = np.eye(n_classes, dtype=np.float32)[y]
    m = [np.zeros_like(w), np.zeros_like(b)]
    v = [np.zeros_like(w), np.zeros_like(b)]
    for t in range(1, epochs + 1):
        p = softmax(x @ w + b)
        g = (p - onehot) * cw[:, None] / cw.sum()
        grads = [x.T @ g + l2 * w, g.sum(axis=0)]
        for i, (param, grad) in enumerate(zip((w, b), grads)):
            m[i] = 0.9 * m[i] + 0.1 * grad
            v[i] = 0.999 * v[i] + 0.001 * grad * grad
            param -= lr * (m[i] / (1 - 0.9 ** t)) / (np.sqrt(v[i] / (1 - 0.999 ** t)) + 1e-8)
    return w, b


def fit_temperature(logits: np.ndarray, y: np.ndarray) -> float:
    """The temperature minimising the dev log loss (grid search: robust and fast)."""
    best, best_t = np.inf, 1.0
    for t in np.exp(np.linspace(np.log(0.2), np.log(5.0), 80)):
        p = softmax(logits / t)
        nll = -np.log(np.maximum(p[np.arange(len(y)), y], 1e-12)).mean()
        if nll < best:
            best, best_t = nll, float(t)
    return best_t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=int, default=400)
    ap.add_argument("--l2", type=float, default=1e-3)
    ap.add_argument("--out", type=Path, default=MODEL_PATH,
                    help="Where to write the model (default: the package's; benchmark another one with "
                         "SITROOM_EVENTS_MODEL=FILE sitroom bench events).")
    args = ap.parse_args()
    labels = list(LABELS) + [NONE_LABEL]
    index = {l: i for i, l in enumerate(labels)}

    tr_spans, tr_texts, tr_cues, tr_labels = labelled_sentences("train")
    dv_spans, dv_texts, dv_cues, dv_labels = labelled_sentences("dev")
    xtr, xdv = features(tr_spans, tr_texts, tr_cues), features(dv_spans, dv_texts, dv_cues)
    ytr = np.array([index[l] for l in tr_labels])
    ydv = np.array([index[l] for l in dv_labels])
    w, b = fit(xtr, ytr, len(labels), args.epochs, args.l2)
    temperature = fit_temperature(xdv @ w + b, ydv)
    clf = SentenceClassifier(w, b, labels, temperature)
    clf.save(args.out)
    acc_tr = float(((xtr @ w + b).argmax(1) == ytr).mean())
    acc_dv = float(((xdv @ w + b).argmax(1) == ydv).mean())
    print(f"train sentences {len(ytr)}, dev {len(ydv)}; accuracy train {acc_tr:.3f}, dev {acc_dv:.3f}; "
          f"temperature {temperature:.2f}; wrote {args.out} ({args.out.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
