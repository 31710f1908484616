"""The fine-tuned encoder's second stage against the detector without it, on the dev split (never test).

Usage: .venv/bin/python bench/cv_finetuned.py --finetuned build/event_encoder [--features build/features.npz]
       [--bars 0.05 0.1 0.2] [--thresholds 0.2 0.3 0.4] [--folds 4] [--incidents]

The encoder was fine-tuned on the train split (bench/finetune_encoder.py), so both detectors' first stage
is fitted on train alone (C 3, as bench/cv_events.py) and everything is measured on dev. The second stage's
three weights are fitted on dev candidates too, so dev is cut into ``--folds`` folds by article and each
fold is scored by a second stage fitted on the others. Prints sentence-level figures (AUC, average
precision, precision and recall at each threshold) per bar and, with ``--incidents``, the incident figures
of the whole pipeline (sitroom.evaluation.real.score) for the plain detector and each bar, the events
of each dev article coded by the detector whose second stage never saw it.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "data" / "annotated")
    ap.add_argument("--features", type=Path, default=ROOT / "build" / "features.npz")
    ap.add_argument("--finetuned", type=Path, required=True, help="bench/finetune_encoder.py's output folder")
    ap.add_argument("--bars", type=float, nargs="+", default=[0.05, 0.1, 0.2])
    ap.add_argument("--thresholds", type=float, nargs="+", default=[0.2, 0.3, 0.4])
    ap.add_argument("--folds", type=int, default=4)
    ap.add_argument("--c", type=float, default=3.0)
    ap.add_argument("--incidents", action="store_true", help="also run the pipeline on dev and score incidents")
    a = ap.parse_args(argv)
    from sklearn.metrics import average_precision_score, roc_auc_score
    from sklearn.model_selection import GroupKFold

    import train_detector as td
    from sitroom.extract.events import detector as det_mod
    from sitroom.pipeline import limit_math_threads

    limit_math_threads()
    t0 = time.time()
    f = td.corpus_features(a.corpus, a.features)
    dev_ids = {json.loads(l)["id"] for l in (a.corpus / "dev.jsonl").open(encoding="utf-8") if l.strip()}
    on_dev = np.array([str(g) in dev_ids for g in f["groups"]])
    x, y, groups = f["x"], f["y"], f["groups"]
    base = td.unit_width(x)
    tr, dv = ~on_dev, on_dev
    plain = td.build_model(x[tr], y[tr], groups[tr], f["xtt"], f["ytt"], base, a.c, td.THRESHOLD)
    xd, yd, gd = x[dv], y[dv] != "none", groups[dv]
    z1 = xd @ plain.det_weights + plain.det_bias
    p1 = plain.p_event(xd)
    z2 = td.finetuned_logits(a.finetuned, [t for t, d in zip(f["texts"], on_dev) if d], groups[dv])
    print(f"dev: {len(yd)} units, {int(yd.sum())} events [{time.time() - t0:.0f} s]")

    def line(name, p, extra=""):
        figs = " ".join(f"@{t}: P {td.sentence_figures(p >= t, yd)['precision']:.3f} "
                        f"R {td.sentence_figures(p >= t, yd)['recall']:.3f}" for t in a.thresholds)
        print(f"{name:22s} AUC {roc_auc_score(yd, p):.3f} AP {average_precision_score(yd, p):.3f} | {figs}{extra}")

    line("first stage", p1)
    line("fine-tuned alone", 1 / (1 + np.exp(-z2)))
    folds = list(GroupKFold(a.folds).split(xd, yd, gd))
    stages = {}  # (bar, fold) -> coefficients
    for bar in a.bars:
        bz = td.bar_score(plain.platt, bar)
        p = p1.copy()
        for k, (fit, held) in enumerate(folds):
            coefs = td.fit_finetuned_stage(z1[fit], z2[fit], yd[fit], bz)
            stages[(bar, k)] = coefs
            cand = held[z1[held] >= bz]
            p[cand] = 1 / (1 + np.exp(-(coefs[0] * z1[cand] + coefs[1] * z2[cand] + coefs[2])))
        share = float((z1 >= bz).mean())
        line(f"two stages, bar {bar}", p, f" | {share:.0%} of units embedded")
    if not a.incidents:
        return 0

    from cv_events import extract_variants

    from sitroom.evaluation.real import parse_article, score

    raw = [json.loads(l) for l in (a.corpus / "dev.jsonl").open(encoding="utf-8") if l.strip()]
    articles = [parse_article(r) for r in raw]
    results: dict[tuple[str, float], list] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for k, (_, held) in enumerate(folds):
            held_ids = set(gd[held])
            detectors = {"plain": plain}
            for bar in a.bars:
                model = det_mod.EventDetector(**{**plain.__dict__})
                td.attach_finetuned(model, a.finetuned, stages[(bar, k)], bar)
                path = Path(tmp) / f"fold{k}-bar{bar}.npz"
                model.save(path)
                (Path(tmp) / td.FINETUNED_FILE).unlink(missing_ok=True)
                (Path(tmp) / td.FINETUNED_FILE).symlink_to((a.finetuned / td.FINETUNED_FILE).resolve())
                detectors[f"bar {bar}"] = det_mod.EventDetector.load(path)
            fold = extract_variants([art for art in articles if art.id in held_ids], detectors, a.thresholds)
            for key, res in fold.items():
                results.setdefault(key, []).extend(res)
            print(f"fold {k + 1}/{a.folds} done [{time.time() - t0:.0f} s]", flush=True)
    for (variant, t), res in sorted(results.items()):
        s = score(articles, res)
        p, r = s["precision"], s["incident_recall"]
        print(f"{variant:9s} threshold {t:.2f}: precision {p} strict {s['strict_precision']} recall {r} "
              f"F1 {round(2 * p * r / (p + r), 4) if p and r else 0} | sub-event {s['sub_event_accuracy']} "
              f"place {s['place_accuracy']} date {s['date_accuracy']} actor1 {s['actor1_accuracy']} "
              f"({s['extracted_events']} extracted, {s['gold_events']} gold)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
