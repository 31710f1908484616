"""Train the event sentence classifier and write its weights into the package.

Reads data/events/reports.jsonl (build it with data/events/build_reports.py), embeds every labelled
sentence with the shipped MiniLM embedder, adds the cue vector from patterns.py, and fits a multinomial
logistic regression (numpy, full-batch Adam, L2, class-balanced) on the "train" split. The temperature
that minimises the log loss on the "dev" split calibrates the probabilities. The "test" split is never
used here. Writes src/sitroom/extract/events/model.npz.

Run: .venv/bin/python bench/train_events.py [--epochs 400] [--l2 1e-3]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from sitroom.extract.events.classifier import (
    MODEL_PATH, SentenceClassifier, bag_of_words, features, get_embedder, softmax,
)
from sitroom.extract.events.patterns import cue_vector, find_cues
from sitroom.extract.events.taxonomy import LABELS, NONE_LABEL

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data" / "events" / "reports.jsonl"


def labelled_sentences(split: str) -> tuple[list[str], list[str]]:
    """(sentences, labels) of one split; context sentences are "none", deduplicated."""
    texts, labels, seen = [], [], set()
    for line in DATA.open():
        r = json.loads(line)
        if r["split"] != split:
            continue
        for ev in r["events"]:
            texts.append(ev["quote"])
            labels.append(f"{ev['event_type']} / {ev['sub_event_type']}")
        for s in r["none_sentences"]:
            if s not in seen:
                seen.add(s)
                texts.append(s)
                labels.append(NONE_LABEL)
    return texts, labels


def encode(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    emb = get_embedder().embed(texts)
    cues = np.array([cue_vector(find_cues(t)) for t in texts], dtype=np.float32)
    return emb, cues


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
    args = ap.parse_args()
    labels = list(LABELS) + [NONE_LABEL]
    index = {l: i for i, l in enumerate(labels)}

    tr_texts, tr_labels = labelled_sentences("train")
    dv_texts, dv_labels = labelled_sentences("dev")
    xtr = features(*encode(tr_texts))
    xdv = features(*encode(dv_texts))
    ytr = np.array([index[l] for l in tr_labels])
    ydv = np.array([index[l] for l in dv_labels])
    w, b = fit(xtr, ytr, len(labels), args.epochs, args.l2)
    temperature = fit_temperature(xdv @ w + b, ydv)
    # The cheap first look: the same regression over hashed words and cues, calibrated the same way.
    btr = np.hstack([bag_of_words(tr_texts), xtr[:, -len(LABELS):]])
    bdv = np.hstack([bag_of_words(dv_texts), xdv[:, -len(LABELS):]])
    bw, bb = fit(btr, ytr, len(labels), args.epochs, args.l2)
    bow_t = fit_temperature(bdv @ bw + bb, ydv)
    print(f"bag of words: dev accuracy {float(((bdv @ bw + bb).argmax(1) == ydv).mean()):.3f}, temperature {bow_t:.2f}")
    clf = SentenceClassifier(w, b, labels, temperature, bw, bb, bow_t)
    clf.save(MODEL_PATH)
    acc_tr = float(((xtr @ w + b).argmax(1) == ytr).mean())
    acc_dv = float(((xdv @ w + b).argmax(1) == ydv).mean())
    print(f"train sentences {len(ytr)}, dev {len(ydv)}; accuracy train {acc_tr:.3f}, dev {acc_dv:.3f}; "
          f"temperature {temperature:.2f}; wrote {MODEL_PATH} ({MODEL_PATH.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
