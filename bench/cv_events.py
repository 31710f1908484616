"""Cross-validated event figures on the annotated corpus's train and dev articles (never test).

Usage: .venv/bin/python bench/cv_events.py [--folds 5] [--thresholds 0.3 0.4 0.5] [--corpus data/annotated]
       [--variants plain encoder]

The dev split alone holds about 35 events: too few to choose a threshold or a rule by. Here the train and
dev articles are cut into folds by article; for each fold the detector and typer are fitted on the other
folds (as bench/train_detector.py fits them), the whole pipeline runs on the fold's articles, and the
events of all folds are scored together with sitroom.evaluation.real.score: every article is scored by a
model that never saw it. Prints one row per model variant and detector threshold: ``plain`` is the
detector as shipped (no sentence encoder), ``encoder-typer`` the typer reading the embeddings of the
units found (train_detector --encoder-typer), ``encoder`` with the detector's encoder stage too
(--encoder, ENCODER_BAR), all fitted on the same folds, so the rows compare. All variants and thresholds are coded
from one parse of each article.
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


def extract_variants(articles, detectors: dict, thresholds: list[float]) -> dict[tuple[str, float], list]:
    """The pipeline's extractions of the articles under each detector and threshold, from one parse: the
    events stage is run once per (detector, threshold) on each document; the stages after it see the
    first variant's events (the scores read the events only). A text longer than the pipeline's segment
    is extracted segment by segment: every variant's events of each segment are moved to the whole
    text's offsets and merged into the earlier segments' as the pipeline merges them."""
    from sitroom.evaluation.events import extract
    from sitroom.extract.events import NAME, extract_events
    from sitroom.extract.events.rules import merge_across
    from sitroom.pipeline import Pipeline, _shift
    from sitroom.read import segments
    from sitroom.read.nlp import get_nlp

    pipe = Pipeline()
    keys = [(v, t) for v in detectors for t in thresholds]
    side: dict[tuple[str, str, float], list] = {}
    limit = min(segments.SEGMENT_CHARS, get_nlp().max_length)
    texts = {a.id: a.text for a in articles}
    done: dict[str, tuple[int, int]] = {}  # document id -> (segments done, their sentences)

    def events_of_every_variant(ctx) -> None:
        doc_id = ctx.doc_in.id
        # the detector's figures: no event filter (bench/train_rerank.py measures that one out of fold)
        found = {key: extract_events(ctx, detectors[key[0]], key[1], reranker=None) for key in keys}
        ctx.events.extend(found[keys[0]])  # the pipeline moves and merges these itself
        whole = texts.get(doc_id)
        if whole is None or len(ctx.text) == len(whole):
            side.update({(doc_id, *key): evs for key, evs in found.items()})
            return
        n, sentences = done.get(doc_id, (0, 0))
        offset = segments.split_segments(whole, limit)[n][0]
        for key, evs in found.items():
            if key != keys[0]:
                seen: set[int] = set()
                for ev in evs:
                    _shift(ev, offset, sentences, seen)
                side[(doc_id, *key)] = merge_across(side.get((doc_id, *key), []), evs)
        done[doc_id] = (n + 1, sentences + sum(1 for _ in ctx.doc.sents))

    pipe.stages = [(n, events_of_every_variant if n == NAME else fn) for n, fn in pipe.stages]
    for model in {d.encoder_model for d in detectors.values() if d.uses_encoder or d.types_with_encoder}:
        _memoise_encoder(model)  # each variant and threshold would embed the same candidates again
    res, _, _ = extract(articles, pipe)
    first = {r.id: r.events for r in res}  # the first variant's, as the pipeline moved and merged them
    return {(v, t): [r.model_copy(update={"events": first[r.id] if (v, t) == keys[0]
                                          else side.get((r.id, v, t), [])}) for r in res] for v, t in keys}


def _memoise_encoder(model=None) -> None:
    """The process's sentence encoder of ``model`` (None: the stock one), remembering each text's vector
    (a benchmark run's texts only)."""
    from sitroom.extract.events.encoder import get_encoder

    enc = get_encoder(model)
    if getattr(enc, "memo", None) is not None:
        return
    enc.memo, plain = {}, enc.encode

    def encode(texts, contexts=None):
        keys = list(zip(texts, contexts if contexts is not None else [None] * len(texts)))
        new = [k for k in dict.fromkeys(keys) if k not in enc.memo]
        if new:
            vectors = plain([t for t, _ in new], None if contexts is None else [c for _, c in new])
            enc.memo.update(zip(new, vectors))
        return np.array([enc.memo[k] for k in keys], dtype=np.float32).reshape(len(texts), -1)

    enc.encode = encode


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "data" / "annotated")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--thresholds", type=float, nargs="+")
    ap.add_argument("--c", type=float, default=3.0)
    ap.add_argument("--inner-folds", type=int, default=5, help="folds of the first stage's calibration")
    ap.add_argument("--variants", nargs="+", default=["plain", "encoder-typer"], choices=["plain", "encoder", "encoder-typer"])
    ap.add_argument("--encoder-bar", type=float, help="the second stage's bar (default: train_detector's)")
    ap.add_argument("--errors", type=Path, help="write the out-of-fold false positives and misses here (JSON)")
    ap.add_argument("--dump", type=Path, help="pickle the out-of-fold extractions here, for error analysis")
    ap.add_argument("--features", type=Path, help="keep the units' features in this .npz file and reuse them "
                    "(a rerun on the same corpus and code skips the parse)")
    a = ap.parse_args(argv)
    from sklearn.model_selection import GroupKFold

    import train_detector as td
    from sitroom.evaluation.real import parse_article, score
    from sitroom.extract.events import detector as det_mod
    from sitroom.pipeline import limit_math_threads

    limit_math_threads()
    t0 = time.time()
    raw = [json.loads(l) for s in ("train", "dev") for l in (a.corpus / f"{s}.jsonl").open(encoding="utf-8") if l.strip()]
    f = td.corpus_features(a.corpus, a.features)
    x, y, groups, texts, xtt, ytt, ttexts = (f[k] for k in ("x", "y", "groups", "texts", "xtt", "ytt", "ttexts"))
    base = td.unit_width(x)
    emb = ett = None
    if set(a.variants) & {"encoder", "encoder-typer"}:
        # a fold holds fewer real sentences of a type than the whole: templates of types short in a fold too
        emb = td.embed_units(texts, y, every="encoder" in a.variants)
        ett = td.template_embeddings(ytt, ttexts, y, 2 * td.TEMPLATE_BELOW)
    bar = td.ENCODER_BAR if a.encoder_bar is None else a.encoder_bar
    print(f"features of {len(y)} units and {len(ytt)} template sentences in {time.time() - t0:.0f} s")
    articles = [parse_article(r) for r in raw]
    results: dict[tuple[str, float], list] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for k, (tr_idx, _) in enumerate(GroupKFold(a.folds).split(x, y, groups)):
            held = set(groups) - set(groups[tr_idx])
            detectors = {}
            # the first stage is the same in both variants: fitted once
            first = td.fit_detector(x[tr_idx], y[tr_idx] != "none", groups[tr_idx], a.c, folds=a.inner_folds)
            for variant in a.variants:
                encoded = variant != "plain"
                model = td.build_model(x[tr_idx], y[tr_idx], groups[tr_idx], xtt, ytt, base, a.c, td.THRESHOLD,
                                       emb=emb[tr_idx] if encoded else None, ett=ett if encoded else None,
                                       encoder_bar=bar if variant == "encoder" else None, first=first)
                path = Path(tmp) / f"fold{k}-{variant}.npz"
                model.save(path)  # and loaded, as the events stage loads it
                detectors[variant] = det_mod.EventDetector.load(path)
            thresholds = a.thresholds or [td.THRESHOLD]
            fold = extract_variants([art for art in articles if art.id in held], detectors, thresholds)
            for key, res in fold.items():
                results.setdefault(key, []).extend(res)
            print(f"fold {k + 1}/{a.folds} done [{time.time() - t0:.0f} s]", flush=True)
    if a.dump:
        import pickle

        a.dump.write_bytes(pickle.dumps(results))
    for (variant, t), res in sorted(results.items()):
        f = score(articles, res)
        p, r = f["precision"], f["incident_recall"]
        print(f"{variant:8s} threshold {t:.3f}: precision {p:.3f} strict {f['strict_precision']:.3f} "
              f"recall {r:.3f} F1 {2 * p * r / (p + r) if p + r else 0:.3f} | sub-event {f['sub_event_accuracy']:.3f} "
              f"place {f['place_accuracy']:.3f} date {f['date_accuracy']:.3f} actor1 {f['actor1_accuracy']:.3f} "
              f"({f['extracted_events']} extracted, {f['gold_events']} gold)")
        if a.errors:
            a.errors.write_text(json.dumps({"false_positives": f["false_positives"], "missed": f["missed"]}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
