"""The typer alone, out of fold on the real event sentences of train + dev (never test).

Usage: .venv/bin/python bench/cv_typer.py --features FILE [--folds 5] [--class-weight 0 0.5] [--encoder]
       .venv/bin/python bench/cv_typer.py --features FILE --context [--scores FILE] [--weights 0,0 1,0.5 ...]
       (FILE: the units' features cached by bench/cv_events.py --features; needs the `train` extra,
       and the `encoder` extra with --encoder)

The units that report an event are cut into folds by article; for each fold the typer is fitted on the
others as bench/train_detector.py fits it (real sentences, template sentences of the types short of
real ones, cue prior, class weights) and predicts the fold's sentences. Prints sub-event accuracy, event
type accuracy, sub-event accuracy where the event type is right (what `sitroom bench events` calls
sub-event accuracy on the events found), and the commonest confusions.

--context types as the events stage does, with the document's context (detector.p_type_in_document): the
folds are cut over all units by article, the detector's out-of-fold p(event) decides which units are
found (computed with train_detector.fit_detector, or read from --scores, where it is kept), and each set
of weights (context, lede[, eps]) is scored on the gold event sentences found at the threshold.
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


def oof_in_context(x, y, groups, xtt, ytt, p_event, weights, folds: int) -> dict:
    """Labels (context weight, lede weight) -> each unit's out-of-fold label as the events stage types it."""
    import train_detector as td
    from sklearn.model_selection import GroupKFold

    from sitroom.extract.events.detector import EventDetector

    base = td.unit_width(x)
    out = {w: np.full(len(y), "none", dtype=object) for w in weights}
    for tr, te in GroupKFold(folds).split(x, y, groups):
        ev = tr[y[tr] != "none"]
        counts = Counter(y[ev])
        keep = np.array([counts.get(l, 0) < td.TEMPLATE_BELOW for l in ytt], dtype=bool)
        ys = np.concatenate([y[ev], ytt[keep]])
        ws = np.concatenate([np.ones(len(ev)), np.full(int(keep.sum()), td.TEMPLATE_WEIGHT)])
        m = td.fit_typer(np.vstack([x[ev][:, :base], xtt[keep]]), ys, ws * td.class_weights(ys))
        model = EventDetector(np.zeros(1, np.float32), 0.0, (1.0, 0.0), td.THRESHOLD, m.coef_.T.astype(np.float32),
                              m.intercept_.astype(np.float32), [str(l) for l in m.classes_], {}, td.CUE_PRIOR)
        te = np.sort(te)
        for w in weights:
            model.context_weight, model.lede_weight = w[:2]
            if len(w) > 2:
                model.context_eps = w[2]
            out[w][te] = td.typed_in_documents(model, x[te], p_event[te], groups[te])
    return out


def context_main(a, d) -> int:
    import train_detector as td

    x, y, groups = d["x"], d["y"], d["groups"]
    if a.scores and a.scores.exists():
        p_event = np.load(a.scores)["p_event"]
    else:
        _, (pa, pb), z = td.fit_detector(x, y != "none", groups, 3.0)
        p_event = 1.0 / (1.0 + np.exp(-(pa * z + pb)))
        if a.scores:
            np.savez(a.scores, p_event=p_event)
    weights = [tuple(float(v) for v in w.split(",")) for w in a.weights]
    found = (y != "none") & (p_event >= td.THRESHOLD)
    print(f"{int(found.sum())} of {int((y != 'none').sum())} gold event sentences found at {td.THRESHOLD}")
    for w, pred in oof_in_context(x, y, groups, d["xtt"], d["ytt"], p_event, weights, a.folds).items():
        same = np.array([family(p) == family(g) for p, g in zip(pred[found], y[found])])
        print(f"context {w[0]}, lede {w[1]}, eps {w[2] if len(w) > 2 else 'default'}: event type {same.mean():.3f}  sub-event {np.mean(pred[found] == y[found]):.3f}")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--features", type=Path, required=True, help="units' features cached by bench/cv_events.py")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--class-weight", type=float, nargs="+", default=[0.0, 0.5],
                    help="powers of the class weights to compare (train_detector.TYPER_CLASS_WEIGHT)")
    ap.add_argument("--encoder", action="store_true", help="the typer reads the sentence embeddings too")
    ap.add_argument("--context", action="store_true", help="type with the document's context (see above)")
    ap.add_argument("--scores", type=Path, help="with --context: the out-of-fold p(event), kept in this .npz file")
    ap.add_argument("--weights", nargs="+", default=["0,0", "1,0", "0,0.5", "1,0.5", "1,1"],
                    help="with --context: context weight,lede weight[,eps] to compare")
    a = ap.parse_args(argv)
    import train_detector as td
    from sitroom.pipeline import limit_math_threads

    limit_math_threads()
    d = np.load(a.features, allow_pickle=False)
    if a.context:
        return context_main(a, d)
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
