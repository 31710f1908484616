"""The typer alone, out of fold on the real event sentences of train + dev (never test).

Usage: .venv/bin/python bench/cv_typer.py --features FILE [--folds 5] [--class-weight 0 0.5] [--encoder]
       (FILE: the units' features cached by bench/cv_events.py --features; needs the `train` extra,
       and the `encoder` extra with --encoder)

The units that report an event are cut into folds by article; for each fold the typer is fitted on the
others as bench/train_detector.py fits it (real sentences, template sentences of the types short of
real ones, cue prior, class weights) and predicts the fold's sentences. Prints sub-event accuracy, event
type accuracy, sub-event accuracy where the event type is right (what `sitroom bench events` calls
sub-event accuracy on the events found), and the commonest confusions.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))


def family(label: str) -> str:
    return label.split(" / ")[0]


def oof_labels(x, y, groups, xtt, ytt, power: float, folds: int, emb=None, ett=None) -> np.ndarray:
    import train_detector as td
    from sklearn.model_selection import GroupKFold

    from sitroom.extract.events.detector import EventDetector

    base = x.shape[1]
    pred = np.empty(len(y), dtype=object)
    for tr, te in GroupKFold(folds).split(x, y, groups):
        counts = Counter(y[tr])
        keep = np.array([counts.get(l, 0) < td.TEMPLATE_BELOW for l in ytt], dtype=bool)
        xs, ys = np.vstack([x[tr], xtt[keep]]), np.concatenate([y[tr], ytt[keep]])
        if emb is not None:
            xs = np.hstack([xs, td.TYPER_ENCODER_SCALE * np.vstack([emb[tr], ett[keep]])])
        ws = np.concatenate([np.ones(len(tr)), np.full(int(keep.sum()), td.TEMPLATE_WEIGHT)])
        m = td.fit_typer(xs, ys, ws * td.class_weights(ys, power))
        tw = m.coef_.T.astype(np.float32)
        model = EventDetector(np.zeros(1, np.float32), 0.0, (1.0, 0.0), 0.5, tw[:base],
                              m.intercept_.astype(np.float32), [str(l) for l in m.classes_], {}, td.CUE_PRIOR)
        if emb is not None:
            model.enc_type_weights = tw[base:] * td.TYPER_ENCODER_SCALE
        pred[te] = np.array(model.labels)[model.p_type(x[te], None if emb is None else emb[te]).argmax(axis=1)]
    return pred


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--features", type=Path, required=True, help="units' features cached by bench/cv_events.py")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--class-weight", type=float, nargs="+", default=[0.0, 0.5],
                    help="powers of the class weights to compare (train_detector.TYPER_CLASS_WEIGHT)")
    ap.add_argument("--encoder", action="store_true", help="the typer reads the sentence embeddings too")
    a = ap.parse_args(argv)
    import train_detector as td
    from sitroom.pipeline import limit_math_threads

    limit_math_threads()
    d = np.load(a.features, allow_pickle=False)
    x, y, groups = d["x"], d["y"], d["groups"]
    texts, ttexts = [str(t) for t in d["texts"]], [str(t) for t in d["ttexts"]]
    base, ev = td.unit_width(x), y != "none"
    emb = ett = None
    if a.encoder:
        emb = td.embed_units(texts, y, every=False)[ev]
        ett = td.template_embeddings(d["ytt"], ttexts, y, 2 * td.TEMPLATE_BELOW)
    xe, ye, ge = x[ev][:, :base], y[ev], groups[ev]
    print(f"{len(ye)} real event sentences of {len(set(ge))} articles, {len(d['ytt'])} template sentences")
    for power in a.class_weight:
        pred = oof_labels(xe, ye, ge, d["xtt"], d["ytt"], power, a.folds, emb, ett)
        same = np.array([family(p) == family(g) for p, g in zip(pred, ye)])
        print(f"class weight power {power}: sub-event {np.mean(pred == ye):.3f}  event type {same.mean():.3f}  "
              f"sub-event where the type is right {np.mean(pred[same] == ye[same]):.3f} ({int(same.sum())})")
        conf = Counter((g, p) for g, p in zip(ye, pred) if g != p and family(g) == family(p))
        for (g, p), n in conf.most_common(8):
            print(f"    {n:3d}  {g}  ->  {p}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
