"""Out-of-fold event figures on train+dev in seconds, for work on the rule layer (never the test split).

Usage: .venv/bin/python bench/rules_oof.py --build [--cache /tmp/rules_oof]   (once: parse, fit 5 fold detectors)
       .venv/bin/python bench/rules_oof.py --refit --encoder-typer --features F --cache DIR   (fold detectors only)
       .venv/bin/python bench/rules_oof.py [--cache DIR] [--save NAME] [--diff NAME] [--errors]

bench/cv_events.py parses every train and dev article again for each run and refits the detectors: about
25 minutes on the shared machine. The rule layer (rules.py, arguments, conventions...) runs after the parse
and after the places, actors and times stages, so ``--build`` keeps those: each article's parsed segments
with their places, actors and times (pickled), and the five fold detectors fitted as bench/cv_events.py
fits them (same GroupKFold by article, features from its --features file). A run then codes every article
with the events stage of the working tree and the detector of the fold that never saw it, and scores as
sitroom.evaluation.real.score does (the figures are cv_events' plain variant at the shipped threshold).

--detector FILE codes every article with that one detector instead of the fold ones, and --skip-articles
FILE (article ids, one a line) leaves out the articles it was trained on: e.g. the shipped detector on the
train + dev articles annotated after it was built (`git show REV:data/annotated/train.jsonl` gives the ids
of its time).

--split train|dev scores one split's articles only. Rules written from the errors of train+dev and
measured on train+dev are measured in-sample: read the errors of train (--split train --errors/--wrong),
then check on dev (--split dev, its figures only) that the change holds on articles whose errors were not
read. That is the estimate to trust before the frozen test split.

--save NAME keeps the run's events; --diff NAME prints the events that changed against a saved run: the
false positives gone and new, and the gold events found or lost, with their sentences and slots (hitTPDA: sub-
event type, place, date and actor1 right; lower case wrong), then how many found events have each slot right
before and after (the test split's floors are ratios over the found events: a gained event with one wrong slot
lowers one).
A code change in the places, actors or times stages, or in the features, needs a new --build. The cache
records the SHA-256 of the train and dev files it was built from (built_from.json), and a run (and
bench/train_rerank.py) refuses a cache built from other ones, or one that does not say.
The event-level filter (rerank.py) is off unless --rerank: the shipped one was trained on these very
out-of-fold events (bench/train_rerank.py gives its out-of-fold figures), so with it the figures are in-sample.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

FOLDS = 5
# The fold detectors' C: the one bench/train_detector.py's grouped cross-validation chooses on the corpus
# (bench/train_rerank.py refuses to stand them for a detector of another C).
FOLD_C = 3.0
BUILT_FROM = "built_from.json"
SPLITS = ("train.jsonl", "dev.jsonl")


def corpus_hashes(corpus: Path) -> dict[str, str]:
    import hashlib

    return {name: hashlib.sha256((corpus / name).read_bytes()).hexdigest() for name in SPLITS}


def cache_problem(cache: Path, corpus: Path):
    """Why the cache cannot be used with ``corpus`` (one line with the way to rebuild it), None when it can."""
    rebuild = (f"rebuild it: rm -r {cache} && make rerank RULES_OOF={cache} (or bench/rules_oof.py --build "
               f"--features F --cache {cache})")
    if not (cache / "contexts.pkl").exists():
        return f"{cache}: no contexts.pkl; {rebuild}"
    if not (cache / BUILT_FROM).exists():
        return f"{cache}: it does not record the train and dev files it was built from; {rebuild}"
    built = json.loads((cache / BUILT_FROM).read_text(encoding="utf-8"))
    now = corpus_hashes(corpus)
    changed = [name for name in SPLITS if built.get(name) != now[name]]
    if changed:
        return f"{cache}: built from another {changed[0]} than {corpus / changed[0]}; {rebuild}"
    return None


# The records of the stages before events that the events stage reads, by their segment's offsets.
_SEGMENT_RECORDS = ("places", "actors", "times")


def _segments_of(docs):
    """Each document's parsed segments [(offset, context with its doc)], through the pipeline's own batching
    and segmenting, the events stage and those after it left out."""
    from sitroom.extract.actors.catalogue import DOC_KEY
    from sitroom.extract.events import NAME
    from sitroom.pipeline import DEFAULT_STAGES, Pipeline
    from sitroom.read import segments
    from sitroom.read.nlp import get_nlp

    pipe = Pipeline(DEFAULT_STAGES[:DEFAULT_STAGES.index(NAME)])
    kept: dict[str, list] = {}

    def keep(ctx) -> None:
        ctx.doc.user_data.pop(DOC_KEY, None)  # the shipped catalogue, which later stages load again
        # The pipeline then moves a long text's segment records to the whole text's offsets, in place: the
        # segment kept here keeps copies at its own offsets, as the events stage reads them.
        own = {name: [x.model_copy(deep=True) for x in getattr(ctx, name)] for name in _SEGMENT_RECORDS}
        kept.setdefault(ctx.doc_in.id, []).append((ctx, ctx.doc, own))

    pipe.stages.append(("keep", keep))
    limit = min(segments.SEGMENT_CHARS, get_nlp().max_length)
    out = {}
    for i in range(0, len(docs), 16):
        batch = docs[i:i + 16]
        pipe.run_batch(batch)
        for d in batch:
            pieces = segments.split_segments(d.text, limit)
            parts = kept.pop(d.id, [])
            assert len(parts) == len(pieces), d.id
            for ctx, _doc, own in parts:
                for name, records in own.items():
                    setattr(ctx, name, records)
            out[d.id] = [(off, ctx, doc) for (off, _), (ctx, doc, _own) in zip(pieces, parts)]
    return out


def _folds(x, y, groups) -> tuple[list, dict]:
    """The five folds' training units and each article's fold (GroupKFold depends on the units alone)."""
    from sklearn.model_selection import GroupKFold

    train_idx, fold_of = [], {}
    for k, (tr_idx, _) in enumerate(GroupKFold(FOLDS).split(x, y, groups)):
        train_idx.append(tr_idx)
        for g in set(groups) - set(groups[tr_idx]):
            fold_of[str(g)] = k
    return train_idx, fold_of


def fit_folds(cache: Path, features: Path, raw: list, encoder_typer: bool = False, fold_of_built=None) -> dict:
    """Fit the five fold detectors (fold{k}.npz) on the features file's units; returns each article's fold.
    With ``encoder_typer`` each fold's typer reads the sentence embeddings of its event units and template
    sentences (as train_detector.py --encoder-typer builds one). With ``fold_of_built`` (a built cache's folds),
    nothing is written unless the folds are those."""
    import numpy as np

    import train_detector as td

    d = np.load(features, allow_pickle=False)
    x, y, groups, xtt, ytt = (d[k] for k in ("x", "y", "groups", "xtt", "ytt"))
    if {str(g) for g in groups} != {r["id"] for r in raw}:  # the features file does not record its corpus
        raise SystemExit(f"{features}: its articles are not those of the corpus's train and dev files; "
                         f"remove it and run bench/cv_events.py --features {features} again")
    train_idx, fold_of = _folds(x, y, groups)
    if fold_of_built is not None and fold_of != fold_of_built:  # checked before a fold detector is overwritten
        raise SystemExit(f"{features}: its folds are not those {cache} was built with")
    base = td.unit_width(x)
    texts, ttexts = ([str(t) for t in d[k]] for k in ("texts", "ttexts")) if encoder_typer else ([], [])
    for k, tr_idx in enumerate(train_idx):
        emb = ett = None
        if encoder_typer:
            emb = td.embed_units([texts[i] for i in tr_idx], y[tr_idx], every=False)
            ett = td.template_embeddings(ytt, ttexts, y[tr_idx], td.TEMPLATE_BELOW)
        first = td.fit_detector(x[tr_idx], y[tr_idx] != "none", groups[tr_idx], FOLD_C, folds=5)
        model = td.build_model(x[tr_idx], y[tr_idx], groups[tr_idx], xtt, ytt, base, FOLD_C, td.THRESHOLD,
                               emb=emb, ett=ett, first=first)
        model.save(cache / f"fold{k}.npz")
        print(f"fold {k + 1}/{FOLDS} detector fitted", flush=True)
    return fold_of


def refit(cache: Path, features: Path, corpus: Path, encoder_typer: bool) -> None:
    """Refit the fold detectors of a built cache, its parsed articles kept (same folds: the cache's)."""
    raw = [json.loads(l) for s in ("train", "dev") for l in (corpus / f"{s}.jsonl").open(encoding="utf-8") if l.strip()]
    fit_folds(cache, features, raw, encoder_typer, pickle.loads((cache / "contexts.pkl").read_bytes())["fold_of"])


def build(cache: Path, features: Path, corpus: Path, encoder_typer: bool = False) -> None:
    from sitroom.evaluation.real import parse_article

    cache.mkdir(parents=True, exist_ok=True)
    raw = [json.loads(l) for s in ("train", "dev") for l in (corpus / f"{s}.jsonl").open(encoding="utf-8") if l.strip()]
    fold_of = fit_folds(cache, features, raw, encoder_typer)
    articles = [parse_article(r) for r in raw]
    segs = _segments_of([a.to_input() for a in articles])
    (cache / "contexts.pkl").write_bytes(pickle.dumps({"fold_of": fold_of, "segments": segs}))
    (cache / BUILT_FROM).write_text(json.dumps(corpus_hashes(corpus), indent=1), encoding="utf-8")


def fold_filters(path: Path, threshold: float = None) -> dict:
    """{article id: event filter} from bench/rerank_oof.py --save-folds: each article's filter fitted on the
    events of the other folds' articles, at ``threshold`` (the shipped filter's when None) and the shipped
    filter's candidate bar."""
    from sitroom.extract.events import rerank as rr

    saved = pickle.loads(path.read_bytes())
    shipped = rr.Reranker.load()
    if list(saved["names"]) != list(rr.FEATURES):
        raise SystemExit(f"{path}: fitted on other features than rerank.FEATURES; rebuild it")
    t = shipped.threshold if threshold is None else threshold
    filters = {k: rr.Reranker(*m, t, list(saved["names"]), {}, detector_bar=shipped.detector_bar)
               for k, m in saved["models"].items()}
    return {i: filters[k] for i, k in saved["fold_of"].items()}


def run(cache: Path, corpus: Path, detector: Path = None, skip: frozenset = frozenset(), rerank: bool = False,
        filters: dict = None):
    """The events of every article (id -> list), coded by the working tree with its fold's detector (or
    ``detector``), the articles ``skip`` left out; with the shipped event filter when ``rerank``, or with
    each article's out-of-fold filter of ``filters`` (fold_filters)."""
    from sitroom.evaluation.real import parse_article
    from sitroom.extract.events import detector as det_mod
    from sitroom.extract.events import extract_events

    data = pickle.loads((cache / "contexts.pkl").read_bytes())
    dets = [det_mod.EventDetector.load(detector or cache / f"fold{k}.npz") for k in range(FOLDS)]
    raw = [json.loads(l) for s in ("train", "dev") for l in (corpus / f"{s}.jsonl").open(encoding="utf-8") if l.strip()]
    articles = [parse_article(r) for r in raw if r["id"] not in skip]
    events = {}
    for a in articles:
        det = dets[data["fold_of"][a.id]]
        kw = {"reranker": filters[a.id]} if filters else {} if rerank else {"reranker": None}
        events[a.id] = code_segments(data["segments"][a.id], lambda ctx: extract_events(ctx, det, **kw))
    return articles, events


def code_segments(segments, extract) -> list:
    """One article's events: ``extract(ctx)`` on each cached segment (its events stage state cleared), their
    sentence indices and spans shifted to the whole article's."""
    from sitroom.pipeline import _shift

    out, sentences = [], 0
    for off, ctx, doc in segments:
        ctx.doc, ctx.events = doc, []
        ctx.scratch = {k: v for k, v in ctx.scratch.items() if not k.startswith("_event")}
        evs = extract(ctx)
        if off or len(segments) > 1:
            seen: set[int] = set()
            for e in evs:
                _shift(e, off, sentences, seen)
            sentences += sum(1 for _ in doc.sents)
        out.extend(evs)
    return out


def only_split(articles, events: dict, corpus: Path, split: str):
    """The articles of one split (train or dev) and their events: the rest are neither scored nor printed."""
    ids = {json.loads(l)["id"] for l in (corpus / f"{split}.jsonl").open(encoding="utf-8") if l.strip()}
    return [a for a in articles if a.id in ids], {k: v for k, v in events.items() if k in ids}


def _print_wrong(articles, events) -> None:
    """Found events (not duplicates) with a wrong sub-event type, place, date, actor1, actor2 or fatalities: what was
    coded and what the gold says."""
    from sitroom.evaluation.real import actor_right, date_right, match, place_right
    from sitroom.records import NON_FACTUAL

    for art in articles:
        hits, _ = match(art, [e for e in events[art.id] if e.modality not in NON_FACTUAL])
        for h in hits:
            if h.duplicate:
                continue
            g, e, loc = h.gold, h.event, h.event.location
            for what, ok, got, want in (
                    ("SUBEVENT", g.label == f"{e.event_type} / {e.sub_event_type}", e.sub_event_type, g.label),
                    ("PLACE", place_right(g, e), loc and f"{loc.name} ({loc.admin1}, {loc.country})", f"{g.place} ({g.admin1}, {g.country})"),
                    ("DATE", date_right(g, e), f"{e.date.start}..{e.date.end}", g.date),
                    ("ACTOR1", actor_right(g.actor1, e.actor1), e.actor1 and e.actor1.name, g.actor1),
                    ("ACTOR2", actor_right(g.actor2, e.actor2), e.actor2 and e.actor2.name, g.actor2),
                    ("FATALITIES", (g.fatalities or 0) == (e.fatalities or 0), e.fatalities, g.fatalities)):
                if ok is False:
                    words = e.actor1.text if what == "ACTOR1" and e.actor1 is not None else None
                    print(what, art.id, f"pub {art.published}", f"| {e.event_type} / {e.sub_event_type}",
                          f"| got {got} ({words}) | gold {want} |",
                          " ".join(e.evidence.text.split())[:200])


def _key(e) -> tuple:
    # The place too: one sentence gives one event per place it reports an act at (split.py).
    return (e.evidence.start, f"{e.event_type} / {e.sub_event_type}", e.location.name if e.location else None)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, default=Path("/tmp/rules_oof"))
    ap.add_argument("--corpus", type=Path, default=ROOT / "data" / "annotated")
    ap.add_argument("--build", action="store_true")
    ap.add_argument("--features", type=Path, help="bench/cv_events.py's --features file (with --build)")
    ap.add_argument("--refit", action="store_true", help="refit the fold detectors of a built cache (same folds, "
                    "same --features file), its parsed articles kept")
    ap.add_argument("--encoder-typer", action="store_true", help="with --build or --refit: the fold typers read "
                    "sentence embeddings (train_detector.py --encoder-typer; needs the `encoder` extra)")
    ap.add_argument("--detector", type=Path, help="code every article with this detector, not the fold ones")
    ap.add_argument("--skip-articles", type=Path, help="a file of article ids (one a line) to leave out")
    ap.add_argument("--save", help="keep this run's events as NAME in the cache folder")
    ap.add_argument("--diff", help="print what changed against the run saved as NAME")
    ap.add_argument("--by-source", action="store_true", help="the main figures per source too (hrdsattack, lee, ...)")
    ap.add_argument("--anatomy", action="store_true", help="count the false events by kind (duplicates, another "
                    "family in an event sentence, ...): counts only, fit to read on dev")
    ap.add_argument("--errors", action="store_true", help="print every false positive and miss")
    ap.add_argument("--wrong", action="store_true", help="print every found event whose sub-event type, place, date, actor1 or actor2 "
                    "is wrong, beside the gold's")
    ap.add_argument("--split", choices=("train", "dev"), help="score and print this split's articles only: "
                    "find errors on train, then check on dev, whose errors you have not read, that a change holds")
    ap.add_argument("--rerank", action="store_true", help="with the shipped event filter and its candidate bar "
                    "(in-sample: it was trained on these out-of-fold events)")
    ap.add_argument("--fold-filters", type=Path, help="with each article's event filter fitted on the other folds "
                    "(bench/rerank_oof.py --save-folds FILE): the errors a held-out article meets, not the in-sample "
                    "filter's")
    ap.add_argument("--filter-threshold", type=float, help="with --fold-filters: their threshold (default the shipped "
                    "filter's; a filter refitted on today's events needs its own, e.g. train_rerank.py's choice)")
    a = ap.parse_args(argv)
    from sitroom.pipeline import limit_math_threads

    limit_math_threads()
    t0 = time.time()
    if a.build or a.refit:
        if a.features is None or not a.features.exists():
            ap.error("--build and --refit need --features FILE (written by bench/cv_events.py --features FILE)")
        if a.refit:
            problem = cache_problem(a.cache, a.corpus)
            if problem:
                print(problem, file=sys.stderr)
                return 2
            refit(a.cache, a.features, a.corpus, a.encoder_typer)
        else:
            build(a.cache, a.features, a.corpus, a.encoder_typer)
        print(f"{'refitted' if a.refit else 'built'} {a.cache} in {time.time() - t0:.0f} s")
        return 0
    from sitroom.evaluation.real import by_source, match, score
    from sitroom.records import NON_FACTUAL, Extraction, Published

    def fmt(v) -> str:
        return "n/a" if v is None else f"{v:.3f}"

    for path in (a.detector, a.skip_articles):
        if path is not None and not path.exists():
            ap.error(f"{path} does not exist")
    skip = frozenset(a.skip_articles.read_text(encoding="utf-8").split()) if a.skip_articles else frozenset()
    problem = cache_problem(a.cache, a.corpus)
    if problem:
        print(problem, file=sys.stderr)
        return 2
    if a.fold_filters is not None and not a.fold_filters.exists():
        ap.error(f"{a.fold_filters} does not exist")
    filters = fold_filters(a.fold_filters, a.filter_threshold) if a.fold_filters else None
    articles, events = run(a.cache, a.corpus, a.detector, skip, a.rerank, filters)
    if a.split:
        articles, events = only_split(articles, events, a.corpus, a.split)
    results = [Extraction(id=k, published=Published(), events=v) for k, v in events.items()]
    f = score(articles, results)
    p, r = f["precision"], f["incident_recall"]
    def fig(key: str) -> str:  # None when no found event has that slot in gold (undated articles: no date)
        return "n/a" if f[key] is None else f"{f[key]:.3f}"

    print(f"precision {p:.3f} strict {f['strict_precision']:.3f} recall {r:.3f} F1 {2 * p * r / (p + r) if p + r else 0:.3f}"
          f" | sub-event {fig('sub_event_accuracy')} place {fig('place_accuracy')} date {fig('date_accuracy')}"
          f" actor1 {fig('actor1_accuracy')} actor2 {fig('actor2_accuracy')} fatalities {fig('fatalities_accuracy')}"
          f" ({f['extracted_events']} extracted, "
          f"{f['found']} found of {f['gold_events']} gold; date on dated articles {fig('date_accuracy_dated')})"
          f" [{time.time() - t0:.0f} s]")
    if a.by_source:
        for src, g in by_source(articles, results).items():
            print(f"  {src:>10}: {g['documents']} articles, precision {fmt(g['precision'])} strict "
                  f"{fmt(g['strict_precision'])} recall {fmt(g['incident_recall'])} ({g['extracted_events']} "
                  f"extracted, {g['found']} found of {g['gold_events']} gold) | sub-event {fmt(g['sub_event_accuracy'])} "
                  f"place {fmt(g['place_accuracy'])} date {fmt(g['date_accuracy'])} actor1 {fmt(g['actor1_accuracy'])}")
    if a.anatomy:
        from sitroom.evaluation.real import false_event_kinds

        kinds = false_event_kinds(articles, results)
        print("  false events: " + ", ".join(f"{k} {n}" for k, n in kinds.items()))
    if a.errors:
        for fp in f["false_positives"]:
            print("FP", fp["doc"], fp["label"], "|", " ".join(fp["sentence"].split())[:200])
        for m in f["missed"]:
            print("MISS", m["doc"], m["label"], "|", " ".join(m["sentence"].split())[:200])
    if a.wrong:
        _print_wrong(articles, events)
    status = {}
    for art in articles:
        evs = [e for e in events[art.id] if e.modality not in NON_FACTUAL]
        hits, misses = match(art, evs)
        for h in hits:
            status[(art.id, *_key(h.event))] = ("dup" if h.duplicate else "hit" + _slots(h),
                                                " ".join(h.event.evidence.text.split())[:180])
        for e in misses:
            status[(art.id, *_key(e))] = ("fp", " ".join(e.evidence.text.split())[:180])
    if a.save:
        (a.cache / f"run-{a.save}.pkl").write_bytes(pickle.dumps(status))
    if a.diff:
        old = pickle.loads((a.cache / f"run-{a.diff}.pkl").read_bytes())
        for k in sorted(set(old) | set(status), key=str):
            was, now = old.get(k, ("-", "")), status.get(k, ("-", ""))
            if was[0] != now[0]:
                print(f"{was[0]:>8} -> {now[0]:<8} {k[0]} {k[2]} | {now[1] or was[1]}")
        print(_slot_summary(old, status))
    return 0


def _slots(h) -> str:
    """A found event's slots as letters: T when its sub-event type is right; P, D, A when its place, date,
    actor1 are right, p, d, a when wrong (none when the gold does not say)."""
    from sitroom.evaluation.real import actor_right, date_right, place_right

    g, e = h.gold, h.event
    out = "T" if e.sub_event_type == g.label.split(" / ")[1] else ""
    for letter, ok in (("P", place_right(g, e)), ("D", date_right(g, e)), ("A", actor_right(g.actor1, e.actor1))):
        if ok is not None:
            out += letter if ok else letter.lower()
    return out


def _slot_summary(old: dict, new: dict) -> str:
    """How many found events (not duplicates) have each slot right, before and after: the test split's floors
    are ratios over the found events, so a gained event with a wrong slot lowers one even when no event that
    was found before got worse."""
    def counts(status: dict) -> str:
        hits = [s for s, _ in status.values() if s.startswith("hit")]
        right = {c: sum(c in s[3:] for s in hits) for c in "TPDA"}
        told = {c: sum(c in s[3:] or c.lower() in s[3:] for s in hits) for c in "PDA"}
        return (f"{len(hits)} found: sub-event {right['T']}/{len(hits)}, place {right['P']}/{told['P']}, "
                f"date {right['D']}/{told['D']}, actor1 {right['A']}/{told['A']}")
    return f"slots right  before {counts(old)}\n             after  {counts(new)}"


if __name__ == "__main__":
    sys.exit(main())
