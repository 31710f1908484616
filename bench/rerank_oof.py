"""The event filter's figures out of fold with the whole events stage after it (never the test split).

Usage: .venv/bin/python bench/rerank_oof.py --rows F [--cache /tmp/rules_oof] [--thresholds T ...]
       [--model FILE] [--save-folds FILE]

bench/train_rerank.py's table scores the final events of the candidates each threshold keeps, as they came
out with every candidate kept: the rules after the filter (extract_events' last steps) also read which events
were kept (the arrests coded, the arrests of a protest), so that is an estimate. This codes every train and
dev article again with its fold's detector (as bench/rules_oof.py does) and a filter fitted, as train_rerank.py
fits it (its --rows file: the same events, labels and regularisation chosen by grouped cross-validation),
on the articles of the other four folds (folds by article), the whole events stage running after it; then
scores each threshold on train + dev, train and dev. --model FILE applies one filter file to every article
instead: the shipped rerank.npz there is in-sample (it was trained on these articles), a rebuilt one too.
--save-folds FILE keeps the per-fold filters so that bench/rules_oof.py --fold-filters FILE reads every
article's events through a filter that never saw it: the errors the held-out splits meet.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))


def fold_models(ids, x, y, groups, folds: int) -> tuple[dict, dict]:
    """({article id: fold} for the articles ``ids``, {fold: (mean, scale, weights, bias)}): each fold's filter
    fitted on the events of the others."""
    from sklearn.model_selection import GroupKFold

    import train_rerank as tr

    ids = np.array(sorted(ids))
    fold_of = {}
    for k, (_, te) in enumerate(GroupKFold(folds).split(ids, groups=ids)):
        fold_of.update((ids[i], k) for i in te)
    models = {}
    for k in range(folds):
        keep = np.array([fold_of[g] != k for g in groups])
        models[k] = tr._fit(x[keep], y[keep], tr.choose_c(x[keep], y[keep], groups[keep]))
    return fold_of, models


def code(cache: Path, articles, filter_of, det_bar: float) -> dict:
    """{article id: its events}, each article coded with its fold's detector and the filter ``filter_of(id)``."""
    from rules_oof import FOLDS, code_segments

    from sitroom.extract.events import detector as det_mod
    from sitroom.extract.events import extract_events

    data = pickle.loads((cache / "contexts.pkl").read_bytes())
    dets = [det_mod.EventDetector.load(cache / f"fold{k}.npz") for k in range(FOLDS)]
    return {art.id: code_segments(data["segments"][art.id],
                                  lambda ctx, art=art: extract_events(ctx, dets[data["fold_of"][art.id]], det_bar,
                                                                      reranker=filter_of(art.id)))
            for art in articles}


def figures_line(f) -> str:
    return (f"precision {f['precision']:.3f} strict {f['strict_precision']:.3f} recall {f['incident_recall']:.3f} | "
            f"sub-event {f['sub_event_accuracy']:.3f} place {f['place_accuracy']:.3f} date {f['date_accuracy']:.3f} "
            f"actor1 {f['actor1_accuracy']:.3f} actor2 {f['actor2_accuracy']:.3f} ({f['extracted_events']} extracted, "
            f"{f['found']} found of {f['gold_events']} gold)")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=Path, required=True, help="bench/train_rerank.py's --rows file")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/rules_oof"), help="bench/rules_oof.py's cache")
    ap.add_argument("--corpus", type=Path, default=ROOT / "data" / "annotated")
    ap.add_argument("--thresholds", type=float, nargs="+", default=[0.08, 0.12, 0.16, 0.2, 0.24])
    ap.add_argument("--model", type=Path, help="apply this filter file to every article (in-sample when it was "
                                               "trained on them) instead of one fitted per fold")
    ap.add_argument("--save-folds", type=Path, help="fit the per-fold filters, write them to this file (read by "
                                                     "bench/rules_oof.py --fold-filters) and stop")
    a = ap.parse_args(argv)
    import train_rerank as tr
    from rules_oof import FOLDS, cache_problem

    from sitroom.evaluation.real import score
    from sitroom.extract.events import rerank
    from sitroom.pipeline import limit_math_threads
    from sitroom.records import Extraction, Published

    limit_math_threads()
    problem = cache_problem(a.cache, a.corpus)
    if problem:
        print(problem, file=sys.stderr)
        return 2
    articles, rows, eval_articles, eval_rows, _ = pickle.loads(a.rows.read_bytes())
    bar = tr.CANDIDATE_BAR
    if a.model:
        fixed = rerank.Reranker.load(a.model)
        bar = fixed.detector_bar or bar
        fold_of, models = {}, {}
    else:
        x, y, groups, _ = tr.labelled(articles, rows)
        if eval_articles:
            xe, ye, ge, _ = tr.labelled(eval_articles, eval_rows)
            x, y, groups = np.vstack([x, xe]), np.concatenate([y, ye]), np.concatenate([groups, ge])
        ids = {r.id for r in articles} | {r.id for r in eval_articles or ()}
        fold_of, models = fold_models(ids, x, y, groups, FOLDS)
        if a.save_folds:
            a.save_folds.write_bytes(pickle.dumps({"fold_of": fold_of, "models": models, "names": list(rerank.FEATURES),
                                                   "bar": bar, "rows": str(a.rows)}))
            print(f"{len(models)} fold filters for {len(fold_of)} articles -> {a.save_folds}")
            return 0
    train = {json.loads(l)["id"] for l in (a.corpus / "train.jsonl").open(encoding="utf-8") if l.strip()}
    names = list(rerank.FEATURES)
    for t in a.thresholds:
        if a.model:
            fixed.threshold = t
            filter_of = lambda _id: fixed  # noqa: E731
        else:
            filters = {k: rerank.Reranker(*m, t, names, {}, detector_bar=bar) for k, m in models.items()}
            filter_of = lambda _id: filters[fold_of[_id]]  # noqa: E731
        events = code(a.cache, articles, filter_of, bar)
        for split, arts in (("train+dev", articles), ("train", [r for r in articles if r.id in train]),
                            ("dev", [r for r in articles if r.id not in train])):
            f = score(arts, [Extraction(id=r.id, published=Published(), events=events[r.id]) for r in arts])
            print(f"threshold {t:.3f} {split:9s} {figures_line(f)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
