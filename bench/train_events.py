"""Train the event sentence classifier and write its weights into the package.

Reads data/events/reports.jsonl (build it with data/events/build_reports.py), parses every report with
the pipeline's spaCy model, describes every labelled sentence as the stage does (pooled tok2vec vectors
of its tokens in the parsed report, static word vectors, hashed words, cue vector; classifier.features),
and fits a
multinomial logistic regression with a hidden ReLU layer beside it (numpy, full-batch Adam, L2, dropout,
class-balanced; --hidden 0 for the linear model alone) on the "train" and "dev" splits.
Cross-validation grouped by template (no template in two folds) gives out-of-fold predictions:
they pick the L2 strength, report how the model does on phrasing it has not seen, and fit the
temperature that calibrates the probabilities. A second, binary model over the cheap features alone
(classifier.Screen) decides which sentences without a cue are classified; its threshold comes from its
out-of-fold predictions too. The "test" split is never used here. Writes src/sitroom/extract/events/model.npz.

Run: .venv/bin/python bench/train_events.py [--hidden 256] [--l2 3e-5 1e-4] [--folds 5]   (~10 min)
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from sitroom.evaluation.events import f1_table
from sitroom.extract.events.classifier import (MODEL_PATH, HiddenLayer, Screen, SentenceClassifier, features,
                                               screen_features, softmax)
from sitroom.extract.events.patterns import find_cues
from sitroom.extract.events.taxonomy import LABELS, NONE_LABEL
from sitroom.read.nlp import get_nlp

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data" / "events" / "reports.jsonl"


def labelled_sentences(splits: tuple[str, ...]) -> tuple[list[object], list[str], list, list[str], list[str]]:
    """(spans, sentences, cues, labels, groups) of some splits; context sentences are "none", deduplicated.
    A span is the sentence inside its parsed report, so its tok2vec vectors carry the same context as at
    run time. The group of an event sentence is its template, of a "none" sentence the sentence itself:
    cross-validation folds never split a template, so they measure phrasing the model has not seen."""
    reports = [r for r in map(json.loads, DATA.open()) if r["split"] in splits]
    nlp = get_nlp()
    spans, texts, cues, labels, groups, seen = [], [], [], [], [], set()
    for r, doc in zip(reports, nlp.pipe([r["text"] for r in reports], batch_size=32)):
        items = [(ev["quote"], f"{ev['event_type']} / {ev['sub_event_type']}", r["template"]) for ev in r["events"]]
        items += [(s, NONE_LABEL, "none:" + s) for s in r["none_sentences"] if s not in seen]
        seen.update(r["none_sentences"])
        for quote, label, group in items:
            at = r["text"].find(quote)
            span = doc.char_span(at, at + len(quote), alignment_mode="expand") if at >= 0 else None
            if span is None:
                span, at = nlp(quote)[:], 0
            spans.append(span)
            texts.append(quote)
            cues.append(find_cues(quote, at))  # offsets into the span's document, as at run time
            labels.append(label)
            groups.append(group)
    return spans, texts, cues, labels, groups


# L2 strength of the shipped model, chosen by template-grouped cross-validation among 1e-5..1e-3.
L2 = 3e-5
# "none" examples weigh half an average event class: the model should not learn to doubt every
# phrasing it has not seen (measured on the dev split: fewer missed events, no more false ones).
NONE_WEIGHT = 0.5


class Adam:
    """Adam updates of named numpy arrays, in place (both models' training steps)."""

    def __init__(self, params: dict[str, np.ndarray], lr: float) -> None:
        self.params, self.lr, self.t = params, lr, 0
        self.m = {k: np.zeros_like(p) for k, p in params.items()}
        self.v = {k: np.zeros_like(p) for k, p in params.items()}

    def step(self, grads: dict[str, np.ndarray]) -> None:
        self.t += 1
        for k, grad in grads.items():
            self.m[k] = 0.9 * self.m[k] + 0.1 * grad
            self.v[k] = 0.999 * self.v[k] + 0.001 * grad * grad
            self.params[k] -= (self.lr * (self.m[k] / (1 - 0.9 ** self.t))
                               / (np.sqrt(self.v[k] / (1 - 0.999 ** self.t)) + 1e-8))


def fit(x: np.ndarray, y: np.ndarray, n_classes: int, epochs: int, l2: float, lr: float = 0.05,
        none_weight: float = NONE_WEIGHT):
    """Softmax regression by full-batch Adam with class-balanced weights ("none" last, down-weighted)."""
    rng = np.random.default_rng(0)
    w = rng.normal(0, 0.01, (x.shape[1], n_classes)).astype(np.float32)
    b = np.zeros(n_classes, dtype=np.float32)
    cw = class_weights(y, n_classes, none_weight)
    onehot = np.eye(n_classes, dtype=np.float32)[y]
    adam = Adam({"w": w, "b": b}, lr)
    for _ in range(epochs):
        g = (softmax(x @ w + b) - onehot) * cw[:, None] / cw.sum()
        adam.step({"w": x.T @ g + l2 * w, "b": g.sum(axis=0)})
    return w, b


# The hidden layer's training: smaller steps than the linear model's (Adam on a ReLU layer diverges at
# 0.05), fewer of them, and dropout on the hidden units, which is what keeps it from memorising templates.
HIDDEN_LR = 0.003
HIDDEN_EPOCHS = 300
DROPOUT = 0.3
# Width of the hidden layer (0 trains the linear model alone).
HIDDEN = 256


def class_weights(y: np.ndarray, n_classes: int, none_weight: float) -> np.ndarray:
    """Per-example weights: classes balanced, "none" (last) at ``none_weight`` of an average class."""
    counts = np.bincount(y, minlength=n_classes).astype(np.float32)
    cw = len(y) / (n_classes * np.maximum(counts, 1))
    cw[-1] = none_weight * cw[:-1].mean()
    return cw[y]


def fit_hidden(x: np.ndarray, y: np.ndarray, n_classes: int, l2: float, hidden: int,
               none_weight: float = NONE_WEIGHT, epochs: int = HIDDEN_EPOCHS, lr: float = HIDDEN_LR,
               dropout: float = DROPOUT) -> tuple[np.ndarray, np.ndarray, HiddenLayer]:
    """Linear map plus one ReLU layer beside it (classifier.HiddenLayer), by full-batch Adam with the
    same class weights and L2 as ``fit``; He-initialised hidden layer, linear part from zero."""
    rng = np.random.default_rng(0)
    n, dim = x.shape
    p = {"w": np.zeros((dim, n_classes), np.float32), "b": np.zeros(n_classes, np.float32),
         "w1": rng.normal(0, np.sqrt(2 / dim), (dim, hidden)).astype(np.float32),
         "b1": np.zeros(hidden, np.float32),
         "w2": rng.normal(0, np.sqrt(1 / hidden), (hidden, n_classes)).astype(np.float32)}
    cw = class_weights(y, n_classes, none_weight)
    onehot = np.eye(n_classes, dtype=np.float32)[y]
    adam = Adam(p, lr)
    for _ in range(epochs):
        keep = (rng.random((n, hidden)) >= dropout).astype(np.float32) / (1 - dropout)
        a = x @ p["w1"] + p["b1"]
        h = np.maximum(a, 0) * keep
        g = (softmax(x @ p["w"] + p["b"] + h @ p["w2"]) - onehot) * cw[:, None] / cw.sum()
        gh = (g @ p["w2"].T) * keep * (a > 0)
        adam.step({"w": x.T @ g + l2 * p["w"], "b": g.sum(0), "w2": h.T @ g + l2 * p["w2"],
                   "w1": x.T @ gh + l2 * p["w1"], "b1": gh.sum(0)})
    return p["w"], p["b"], HiddenLayer(p["w1"], p["b1"], p["w2"])


def fit_model(x: np.ndarray, y: np.ndarray, n_classes: int, epochs: int, l2: float, none_weight: float,
              hidden: int) -> SentenceClassifier:
    """The linear model (``hidden`` 0) or the one with a hidden layer, uncalibrated (temperature 1)."""
    if hidden:
        w, b, layer = fit_hidden(x, y, n_classes, l2, hidden, none_weight)
    else:
        (w, b), layer = fit(x, y, n_classes, epochs, l2, none_weight=none_weight), None
    return SentenceClassifier(w, b, [str(i) for i in range(n_classes)], 1.0, None, layer)


def fit_temperature(logits: np.ndarray, y: np.ndarray) -> float:
    """The temperature minimising the dev log loss (grid search: robust and fast)."""
    best, best_t = np.inf, 1.0
    for t in np.exp(np.linspace(np.log(0.2), np.log(5.0), 80)):
        p = softmax(logits / t)
        nll = -np.log(np.maximum(p[np.arange(len(y)), y], 1e-12)).mean()
        if nll < best:
            best, best_t = nll, float(t)
    return best_t


def group_folds(groups: list[str], k: int) -> np.ndarray:
    """Fold number of every example; all examples of one template share a fold."""
    names = sorted(set(groups))
    rng = np.random.default_rng(0)
    order = rng.permutation(len(names))
    fold_of = {names[i]: n % k for n, i in enumerate(order)}
    return np.array([fold_of[g] for g in groups])


def cross_validate(x: np.ndarray, y: np.ndarray, folds: np.ndarray, n_classes: int, epochs: int,
                   l2: float, none_weight: float = NONE_WEIGHT, hidden: int = 0) -> np.ndarray:
    """Out-of-fold logits: each fold scored by a model trained on the others."""
    logits = np.zeros((len(y), n_classes), dtype=np.float32)
    for f in np.unique(folds):
        model = fit_model(x[folds != f], y[folds != f], n_classes, epochs, l2, none_weight, hidden)
        logits[folds == f] = model.logits(x[folds == f])
    return logits


# Share of the event sentences the screen must let through (out of fold): it decides whether a sentence
# without a cue is classified at all, so it errs towards looking.
SCREEN_RECALL = 0.95


def train_screen(spans: list, cues: list, is_none: np.ndarray, folds: np.ndarray, epochs: int, l2: float,
                 recall: float = SCREEN_RECALL) -> Screen:
    """The cheap screen for sentences without a cue: event vs none over [context ; word vectors]. Its
    threshold lets ``recall`` of the event sentences through in cross-validation (unseen templates)."""
    xs = screen_features(spans)
    yb = is_none.astype(np.int64)  # 0 event, 1 none ("none" last, as fit expects)
    oof = cross_validate(xs, yb, folds, 2, epochs, l2)
    p_event = softmax(oof)[:, 0]
    threshold = float(np.quantile(p_event[yb == 0], 1.0 - recall))
    uncued = np.array([not c for c in cues])
    passes = p_event >= threshold
    print(f"screen: threshold {threshold:.3f} (out of fold) passes {passes[yb == 0].mean():.3f} of event sentences "
          f"({passes[(yb == 0) & uncued].mean():.3f} of the {int(((yb == 0) & uncued).sum())} without a cue) and "
          f"{passes[yb == 1].mean():.3f} of none sentences ({passes[(yb == 1) & uncued].mean():.3f} without a cue)")
    w, b = fit(xs, yb, 2, epochs, l2)
    return Screen(w[:, 0] - w[:, 1], float(b[0] - b[1]), threshold)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=int, default=400,
                    help="Adam steps of the linear model and the screen (the hidden layer takes HIDDEN_EPOCHS).")
    ap.add_argument("--l2", type=float, nargs="+", default=[L2],
                    help="L2 strength; several values are compared by cross-validation and the best is used.")
    ap.add_argument("--hidden", type=int, default=HIDDEN,
                    help="Units of the hidden layer beside the linear map (0: the linear model alone).")
    ap.add_argument("--folds", type=int, default=5, help="Template-grouped cross-validation folds.")
    ap.add_argument("--none-weight", type=float, default=NONE_WEIGHT,
                    help="Weight of the 'none' class relative to an average event class.")
    ap.add_argument("--screen-recall", type=float, default=SCREEN_RECALL,
                    help="Share of event sentences the screen for sentences without a cue lets through.")
    ap.add_argument("--out", type=Path, default=MODEL_PATH,
                    help="Where to write the model (default: the package's; benchmark another one with "
                         "SITROOM_EVENTS_MODEL=FILE sitroom bench events).")
    args = ap.parse_args()
    labels = list(LABELS) + [NONE_LABEL]
    index = {l: i for i, l in enumerate(labels)}

    spans, texts, cues, names, groups = labelled_sentences(("train", "dev"))
    x = features(spans, texts, cues)
    y = np.array([index[l] for l in names])
    folds = group_folds(groups, args.folds)
    best = None
    for l2 in args.l2:
        oof = cross_validate(x, y, folds, len(labels), args.epochs, l2, args.none_weight, args.hidden)
        t = fit_temperature(oof, y)
        p = softmax(oof / t)
        nll = float(-np.log(np.maximum(p[np.arange(len(y)), y], 1e-12)).mean())
        acc = float((oof.argmax(1) == y).mean())
        f1 = f1_table([labels[i] for i in y], [labels[i] for i in oof.argmax(1)])["macro_f1"]
        print(f"l2 {l2:g}: cross-validated (unseen templates) accuracy {acc:.3f}, macro F1 {f1:.3f}, "
              f"log loss {nll:.3f} at temperature {t:.2f}")
        if best is None or f1 > best[0]:
            best = (f1, l2, t)
    _, l2, temperature = best
    clf = fit_model(x, y, len(labels), args.epochs, l2, args.none_weight, args.hidden)
    clf.labels, clf.temperature = labels, temperature
    clf.screen = train_screen(spans, cues, y == len(labels) - 1, folds, args.epochs, l2, args.screen_recall)
    clf.save(args.out)
    acc_tr = float((clf.logits(x).argmax(1) == y).mean())
    print(f"{len(y)} sentences ({len(set(groups))} templates/negatives); l2 {l2:g}; training accuracy "
          f"{acc_tr:.3f}; temperature {temperature:.2f} (from out-of-fold logits); wrote {args.out} "
          f"({args.out.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
