"""Sentence-level comparison, out of fold on train + dev (never test): the detector's first stage alone
against first + sentence-encoder stage (train_detector.fit_second_stage), at several encoder bars.

Usage: .venv/bin/python bench/cv_encoder_sentences.py [--bars 0.03 0.06 0.1 0.15] [--features FILE]
       (needs the `train` extra; --features: the cache file of bench/cv_events.py)

The first stage's out-of-fold scores come from GroupKFold by article over the units (as fit_detector
computes them); the second stage is fitted, again out of fold, on the units whose first-stage score
reaches the bar. Prints average precision, precision at equal recall, best F1 and P/R at thresholds.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))


def figures(name: str, p: np.ndarray, y: np.ndarray) -> str:
    from sklearn.metrics import average_precision_score

    order = np.argsort(-p)
    tp = np.cumsum(y[order])
    prec, rec = tp / np.arange(1, len(p) + 1), tp / y.sum()
    out = [f"{name:32s} AP {average_precision_score(y, p):.3f}"]
    out += [f"P@R{r:.1f} {prec[min(np.searchsorted(rec, r), len(p) - 1)]:.3f}" for r in (0.4, 0.5, 0.6, 0.7)]
    out.append(f"best F1 {(2 * prec * rec / np.maximum(prec + rec, 1e-9)).max():.3f}")
    for t in (0.2, 0.3):
        s = p >= t
        out.append(f"@{t}: P {(s & y).sum() / max(s.sum(), 1):.2f} R {(s & y).sum() / y.sum():.2f}")
    return "  ".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "data" / "annotated")
    ap.add_argument("--bars", type=float, nargs="+", default=[0.03, 0.06, 0.1, 0.15])
    ap.add_argument("--c", type=float, default=3.0)
    ap.add_argument("--features", type=Path, help="units' features cached by bench/cv_events.py --features")
    a = ap.parse_args(argv)
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold, cross_val_predict

    import train_detector as td
    from sitroom.pipeline import limit_math_threads

    limit_math_threads()
    if a.features and a.features.exists():
        d = np.load(a.features, allow_pickle=False)
        x, y, groups, texts = d["x"], d["y"], d["groups"], [str(t) for t in d["texts"]]
    else:
        raw = [json.loads(l) for s in ("train", "dev") for l in (a.corpus / f"{s}.jsonl").open(encoding="utf-8")
               if l.strip()]
        x, y, groups, texts = td.corpus_units(raw)
    emb = td.embed_texts(texts)
    y_event = y != "none"
    _, (pa, pb), z = td.fit_detector(x, y_event, groups, a.c)
    p0 = 1.0 / (1.0 + np.exp(-(pa * z + pb)))
    print(figures("first stage alone (as shipped)", p0, y_event))
    for bar in a.bars:
        cand = p0 >= bar
        xs = np.hstack([z[cand, None], td.ENCODER_SCALE * emb[cand]])
        q = cross_val_predict(LogisticRegression(C=td.ENCODER_C, max_iter=3000), xs, y_event[cand],
                              groups=groups[cand], cv=GroupKFold(5), method="predict_proba")[:, 1]
        p = p0.copy()
        p[cand] = q
        print(figures(f"+ encoder, bar {bar} ({cand.mean():.0%} embedded)", p, y_event))
    return 0


if __name__ == "__main__":
    sys.exit(main())
