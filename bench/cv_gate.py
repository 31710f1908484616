"""Would an article-level relevance gate help the event detector? Measured out of fold on train + dev.

Usage: .venv/bin/python bench/cv_gate.py --features FILE [--threshold 0.2] [--folds 5] [--c 3.0]
       (FILE: bench/cv_events.py's --features cache, written there on its first run, or here when absent)

Event datasets screen articles for relevance before they code sentences (GDELT, ACLED). Most of the
corpus's articles hold no event (280 of 467 in train + dev) and about half of the detector's false
positives are in them, so this script asks whether a model of "does this article report any codable
event?" removes them, never reading the test split:
1. the sentence detector's scores out of fold (bench/train_detector.fit_detector: GroupKFold by article,
   Platt-calibrated), as the shipped detector is fitted;
2. one row per article (``article_features``): its units' mean features (context vectors, distilled word
   vectors, hashed words, cues), the maximum of each cue column, and summaries of the sentence scores (the
   highest p, the mean of the top three, the mean, the share at 0.2 and at 0.5, log length); the gate is a
   scikit-learn LogisticRegression over them (or over a subset, ``SUBSETS``), its scores out of fold
   (KFold over articles), its C chosen from C_GRID by out-of-fold log-loss;
3. each way of combining the two is scored on the units, the combiner fitted out of fold as well:
   ``stacked`` (a logistic regression on [sentence logit, article logit]), ``stacked-logp`` (on
   [sentence logit, log p(article)]: the gate may only lower), ``product`` (p_sentence x p_article) and
   ``filter`` (units of articles under a gate bar dropped, bar and threshold searched jointly).
Printed: the gate's article AUC (all articles; those where the detector finds a unit at the threshold),
and per combination the best sentence precision at a recall no lower than the plain detector's at
``--threshold`` (the criterion a shipped gate would have to meet), with its threshold.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
C_GRID = (0.1, 0.3, 1.0, 3.0)
SCORE_BARS = (0.2, 0.5)
N_SCORES = 4 + len(SCORE_BARS)
SUBSETS = ("all", "scores", "cues+scores")


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def article_features(x: np.ndarray, p: np.ndarray, n_labels: int) -> np.ndarray:
    """One article's row: [mean unit features ; max of each cue column ; sentence-score summaries]. ``x``:
    its units as the detector reads them (detector.with_context rows: unit ; document mean ; 3 positions);
    ``p``: their calibrated p(event); ``n_labels``: the cue vector's width (the unit features' last)."""
    base = (x.shape[1] - 3) // 2
    top = np.sort(p)[::-1]
    scores = [top[0], top[:3].mean(), p.mean(), *((p >= bar).mean() for bar in SCORE_BARS), np.log1p(len(p)) / 5]
    return np.concatenate([x[0, base:2 * base], x[:, base - n_labels:base].max(axis=0), scores]).astype(np.float32)


def article_parts(groups: np.ndarray) -> list[np.ndarray]:
    """Each article's unit indices (an article's units are contiguous in the features)."""
    return np.split(np.arange(len(groups)), np.flatnonzero(groups[1:] != groups[:-1]) + 1)


def subset_columns(width: int, base: int, name: str) -> np.ndarray:
    return {"all": np.arange(width), "scores": np.arange(width - N_SCORES, width),
            "cues+scores": np.arange(base, width)}[name]


def out_of_fold_gate(rows: np.ndarray, y_art: np.ndarray, split) -> tuple[np.ndarray, float]:
    """The gate's out-of-fold logits per article, at the C of least out-of-fold log-loss."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import log_loss

    best = None
    for c in C_GRID:
        za = np.empty(len(rows))
        for tr, te in split:
            za[te] = LogisticRegression(C=c, max_iter=5000).fit(rows[tr], y_art[tr]).decision_function(rows[te])
        loss = log_loss(y_art, sigmoid(za))
        if best is None or loss < best[0]:
            best = (loss, za, c)
    return best[1], best[2]


def precision_at(p: np.ndarray, y: np.ndarray, t: float) -> tuple[float, float]:
    pred = p >= t
    tp = int((pred & y).sum())
    return tp / max(int(pred.sum()), 1), tp / max(int(y.sum()), 1)


def best_at_recall(candidates, y: np.ndarray, recall: float):
    """(precision, recall, setting) of the best candidate (setting, predicted units) keeping ``recall``."""
    best = None
    for setting, pred in candidates:
        tp = int((pred & y).sum())
        prec, rec = tp / max(int(pred.sum()), 1), tp / max(int(y.sum()), 1)
        if rec >= recall - 1e-12 and (best is None or prec > best[0]):
            best = (prec, rec, setting)
    return best


def stacked_oof(feats: np.ndarray, y: np.ndarray, unit_split) -> np.ndarray:
    """p(event) of a logistic regression on ``feats`` (per unit), fitted out of fold by article."""
    from sklearn.linear_model import LogisticRegression

    out = np.empty(len(y))
    for tr, te in unit_split:
        out[te] = LogisticRegression(C=1e6, max_iter=1000).fit(feats[tr], y[tr]).predict_proba(feats[te])[:, 1]
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "data" / "annotated")
    ap.add_argument("--features", type=Path, required=True, help="bench/cv_events.py's features cache (.npz)")
    ap.add_argument("--threshold", type=float, default=0.2, help="the plain detector's p(event) bar to match")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--c", type=float, default=3.0, help="the sentence detector's C")
    a = ap.parse_args(argv)
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import GroupKFold, KFold

    import train_detector as td
    from sitroom.extract.events.taxonomy import LABELS
    from sitroom.pipeline import limit_math_threads

    limit_math_threads()
    t0 = time.time()
    f = td.corpus_features(a.corpus, a.features)
    x, y, groups = f["x"], f["y"], f["groups"]
    ye = y != "none"
    _, (pa, pb), z_oof = td.fit_detector(x, ye, groups, a.c, folds=a.folds)
    s = pa * z_oof + pb
    ps = sigmoid(s)
    parts = article_parts(groups)
    rows = np.vstack([article_features(x[idx], ps[idx], len(LABELS)) for idx in parts])
    y_art = np.array([bool(ye[idx].any()) for idx in parts])
    unit_article = np.concatenate([np.full(len(idx), k) for k, idx in enumerate(parts)])
    split = list(KFold(a.folds, shuffle=True, random_state=0).split(rows))
    unit_split = list(GroupKFold(a.folds).split(s, ye, unit_article))
    base = (x.shape[1] - 3) // 2
    prec0, rec0 = precision_at(ps, ye, a.threshold)
    fired = np.array([ps[idx].max() >= a.threshold for idx in parts])
    fp = (ps >= a.threshold) & ~ye
    print(f"{len(y)} units ({int(ye.sum())} event), {len(parts)} articles ({int(y_art.sum())} with an event); "
          f"sentence scores out of fold in {time.time() - t0:.0f} s")
    print(f"plain detector at {a.threshold}: precision {prec0:.3f} recall {rec0:.3f}; false positives {int(fp.sum())}, "
          f"{int((fp & ~y_art[unit_article]).sum())} of them in articles with no event")
    grid = np.round(np.arange(0.05, 0.6001, 0.005), 3)
    for name in SUBSETS:
        za, c = out_of_fold_gate(rows[:, subset_columns(rows.shape[1], base, name)], y_art, split)
        zu = za[unit_article]
        print(f"gate over {name} (C {c}): article AUC {roc_auc_score(y_art, za):.3f}, "
              f"where the detector fires {roc_auc_score(y_art[fired], za[fired]):.3f}")
        combined = {"stacked": stacked_oof(np.column_stack([s, zu]), ye, unit_split),
                    "stacked-logp": stacked_oof(np.column_stack([s, np.log(sigmoid(zu))]), ye, unit_split),
                    "product": ps * sigmoid(zu)}
        for how, p in combined.items():
            prec, rec, t = best_at_recall(((t, p >= t) for t in grid), ye, rec0)
            print(f"  {how:13s} precision {prec:.3f} recall {rec:.3f} at threshold {t}")
        bars = (0.1, 0.2, 0.3, 0.4)
        prec, rec, (bar, t) = best_at_recall((((bar, t), (ps >= t) & (sigmoid(zu) >= bar)) for bar in bars for t in grid),
                                             ye, rec0)
        print(f"  {'filter':13s} precision {prec:.3f} recall {rec:.3f} at gate bar {bar}, threshold {t}")
    print(f"[{time.time() - t0:.0f} s]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
