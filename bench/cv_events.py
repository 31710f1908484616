"""Cross-validated event figures on the annotated corpus's train and dev articles (never test).

Usage: .venv/bin/python bench/cv_events.py [--folds 5] [--thresholds 0.3 0.4 0.5] [--corpus data/annotated]

The dev split alone holds about 35 events: too few to choose a threshold or a rule by. Here the train and
dev articles are cut into folds by article; for each fold the detector and typer are fitted on the other
folds (as bench/train_detector.py fits them), the whole pipeline runs on the fold's articles, and the
events of all folds are scored together with sitroom.evaluation.real.score: every article is scored by a
model that never saw it. Prints one row per detector threshold.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path


ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "data" / "annotated")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--thresholds", type=float, nargs="+")
    ap.add_argument("--c", type=float, default=3.0)
    ap.add_argument("--errors", type=Path, help="write the out-of-fold false positives and misses here (JSON)")
    ap.add_argument("--dump", type=Path, help="pickle the out-of-fold extractions here, for error analysis")
    a = ap.parse_args(argv)
    from sklearn.model_selection import GroupKFold

    import train_detector as td
    from sitroom.evaluation.events import extract
    from sitroom.evaluation.real import parse_article, score
    from sitroom.extract.events import detector as det_mod
    from sitroom.pipeline import Pipeline, limit_math_threads

    limit_math_threads()
    t0 = time.time()
    raw = [json.loads(l) for s in ("train", "dev") for l in (a.corpus / f"{s}.jsonl").open(encoding="utf-8") if l.strip()]
    x, y, groups = td.corpus_units(raw)
    base = td.unit_width(x)
    xtt, ytt = td.template_units()
    print(f"features of {len(y)} units and {len(ytt)} template sentences in {time.time() - t0:.0f} s")
    articles = [parse_article(r) for r in raw]
    results: dict[float, list] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for k, (tr_idx, _) in enumerate(GroupKFold(a.folds).split(x, y, groups)):
            held = set(groups) - set(groups[tr_idx])
            model = td.build_model(x[tr_idx], y[tr_idx], groups[tr_idx], xtt, ytt, base, a.c, td.THRESHOLD)
            path = Path(tmp) / f"fold{k}.npz"
            model.save(path)
            os.environ[det_mod.DETECTOR_ENV] = str(path)
            det_mod.get_detector.cache_clear()
            for t in a.thresholds or [model.threshold]:
                # a pipeline per fold and threshold: the events stage takes its detector when it is built
                pipe = Pipeline(config={"sitroom.events.hybrid.v1": {"threshold": t}})
                res, _, _ = extract([art for art in articles if art.id in held], pipe)
                results.setdefault(t, []).extend(res)
            print(f"fold {k + 1}/{a.folds} done [{time.time() - t0:.0f} s]", flush=True)
    os.environ.pop(det_mod.DETECTOR_ENV, None)
    if a.dump:
        import pickle

        a.dump.write_bytes(pickle.dumps(results))
    for t, res in sorted(results.items()):
        f = score(articles, res)
        print(f"threshold {t:.3f}: precision {f['precision']:.3f} strict {f['strict_precision']:.3f} "
              f"recall {f['incident_recall']:.3f} | sub-event {f['sub_event_accuracy']:.3f} place "
              f"{f['place_accuracy']:.3f} date {f['date_accuracy']:.3f} actor1 {f['actor1_accuracy']:.3f} "
              f"({f['extracted_events']} extracted, {f['gold_events']} gold)")
        if a.errors:
            a.errors.write_text(json.dumps({"false_positives": f["false_positives"], "missed": f["missed"]}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
