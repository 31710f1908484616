"""Event extraction quality: the benchmark behind `sitroom bench events`.

Datasets (each scored on its own; every file is given by the caller, see :class:`DataPaths` — the
installed package carries no checkout paths; `sitroom bench events` defaults to the checkout's):
- ``written``: our labelled reports (``written``: data/events/reports.jsonl), by split; "test" is the
  held-out part whose templates the classifier never saw;
- ``seed``: the hand annotation of the seed article (``seed_gold``: ../shared/gold/seed-article.json);
- ``plover``: PLOVER gold-standard sentences (``devdata``/plover) mapped to ACLED where the mapping is
  clean (``plover_map``: data/events/plover_acled.json), plus statements that must yield no event;
- ``hrdsattack``: news articles about attacks on human-rights defenders (``devdata``/hrdsattack, dev
  split), scored on the type family, date, country and perpetrator of the event;
- ``re3d``: entities of defence and security documents (``devdata``/re3d; see re3d.py);
- ``real``: the annotated real-news corpus (``corpus``: data/annotated; see real.py).

Type scores are per gold event: a gold event is matched by the predicted event whose evidence overlaps
its quote; predicted events matching nothing are false positives (reports of what did not or may not
happen — negated, planned, threatened, predicted, hypothetical, denied — are not counted as events).
"""

from __future__ import annotations

import re
import time
import unicodedata
from collections import defaultdict
from typing import Iterable, Optional

from ..errors import ConfigError
from ..records import NON_FACTUAL, Event, Extraction
from .event_datasets import (  # noqa: F401 (the benchmark's datasets, read by callers from here)
    DATASETS, NONE, SEED_LABELS, DataPaths, GoldDoc, GoldEvent, HrdsDoc, hrds_docs, plover_docs, seed_docs,
    written_docs,
)


# ---- running and scoring -----------------------------------------------------------------------------

def extract(docs: Iterable[GoldDoc], pipeline=None) -> tuple[list[Extraction], float, float]:
    """Run the pipeline; returns (extractions, seconds in the events stage, seconds in the whole run)."""
    from ..extract.events import NAME
    from ..pipeline import Pipeline

    pipe = pipeline or Pipeline()
    spent = [0.0]
    for idx, (name, fn) in enumerate(pipe.stages):
        if name == NAME:
            def timed(ctx, _fn=fn):
                t0 = time.perf_counter()
                _fn(ctx)
                spent[0] += time.perf_counter() - t0
            pipe.stages[idx] = (name, timed)
    docs = list(docs)
    t0 = time.perf_counter()
    out = []
    for i in range(0, len(docs), 16):
        out.extend(pipe.run_batch([d.to_input() for d in docs[i:i + 16]]))
    return out, spent[0], time.perf_counter() - t0


def _norm(s: Optional[str]) -> str:
    s = unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def actor_matches(gold: Optional[str], pred) -> bool:
    """Same actor: names agree, one contains the other, or the catalogue resolves the gold name to the
    predicted canonical name (gold files may spell "Rapid Support Forces" where the catalogue says "RSF")."""
    if gold is None or pred is None:
        return False
    g, n, t = _norm(gold), _norm(pred.name), _norm(pred.text)
    if bool(g) and (g == n or (t and (g in t or t in g)) or (n and (g in n or n in g))):
        return True
    try:
        from ..extract.actors import match_actor

        ref = match_actor(gold)
    except Exception:  # the catalogue is optional for scoring
        return False
    return ref is not None and _norm(ref.name) == n


def place_matches(gold: Optional[str], pred) -> bool:
    if gold is None or pred is None:
        return False
    g = _norm(gold)
    names = {_norm(pred.name), _norm(pred.text), _norm(pred.admin2), _norm(pred.admin1)} - {""}
    return any(g == n or g in n or n in g for n in names)


def _label(e: Event) -> str:
    return f"{e.event_type} / {e.sub_event_type}"


def _match(doc: GoldDoc, events: list[Event]) -> tuple[list[tuple[GoldEvent, Optional[Event]]], list[Event]]:
    """Pair gold events with predicted ones by evidence overlap; return pairs and unmatched predictions."""
    used: set[int] = set()
    pairs = []
    for g in doc.events:
        qs = doc.text.find(g.quote)
        qe = qs + len(g.quote)
        cands = [(i, e) for i, e in enumerate(events)
                 if i not in used and qs >= 0 and e.evidence.start < qe and qs < e.evidence.end]
        best = None
        if cands:
            best = max(cands, key=lambda ie: (_label(ie[1]) == g.label, ie[1].confidence))
            used.add(best[0])
        pairs.append((g, best[1] if best else None))
    extra = [e for i, e in enumerate(events) if i not in used and e.modality not in NON_FACTUAL]
    return pairs, extra


def f1_table(gold_labels: list[str], pred_labels: list[str]) -> dict:
    """Per-label precision/recall/F1 over labels other than "none", with weighted and macro F1."""
    labels = sorted({l for l in gold_labels if l != NONE})
    per = {}
    for l in labels:
        tp = sum(1 for g, p in zip(gold_labels, pred_labels) if g == l and p == l)
        fp = sum(1 for g, p in zip(gold_labels, pred_labels) if g != l and p == l)
        fn = sum(1 for g, p in zip(gold_labels, pred_labels) if g == l and p != l)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        per[l] = {"precision": prec, "recall": rec, "f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
                  "support": tp + fn}
    support = sum(v["support"] for v in per.values())
    weighted = sum(v["f1"] * v["support"] for v in per.values()) / support if support else 0.0
    macro = sum(v["f1"] for v in per.values()) / len(per) if per else 0.0
    return {"weighted_f1": weighted, "macro_f1": macro, "per_type": per}


def score(docs: list[GoldDoc], results: list[Extraction]) -> dict:
    """Type F1, and argument accuracies over matched gold events that carry the argument."""
    gold_l, pred_l = [], []
    acc = defaultdict(lambda: [0, 0])
    for doc, res in zip(docs, results):
        pairs, extra = _match(doc, res.events)
        for g, p in pairs:
            gold_l.append(g.label)
            pred_l.append(_label(p) if p else NONE)
            if p is None:
                continue
            if g.date:
                acc["date_exact"][1] += 1
                acc["date_exact"][0] += (p.date.start, p.date.end) == tuple(g.date)
            if g.fatalities is not None:
                acc["fatalities_exact"][1] += 1
                acc["fatalities_exact"][0] += p.fatalities == g.fatalities
            for slot in ("actor1", "actor2"):
                if getattr(g, slot):
                    acc["actor"][1] += 1
                    acc["actor"][0] += actor_matches(getattr(g, slot), getattr(p, slot))
            if g.location:
                acc["place"][1] += 1
                acc["place"][0] += place_matches(g.location, p.location)
            if g.modality:
                acc["modality"][1] += 1
                acc["modality"][0] += p.modality == g.modality
        for e in extra:
            gold_l.append(NONE)
            pred_l.append(_label(e))
    out = f1_table(gold_l, pred_l)
    out["gold_events"] = sum(len(d.events) for d in docs)
    out["documents"] = len(docs)
    out["false_positives"] = sum(1 for g, p in zip(gold_l, pred_l) if g == NONE and p != NONE)
    for k, (right, n) in acc.items():
        out[k] = right / n if n else None
        out[k + "_n"] = n
    return out


def score_seed(doc: GoldDoc, result: Extraction) -> dict:
    """Per gold event of the seed: type right, and for core events every argument."""
    pairs, extra = _match(doc, result.events)
    rows, right = [], 0
    for g, p in pairs:
        ok_type = p is not None and _label(p) == g.label
        checks = {"type": ok_type}
        if g.core and p is not None:
            checks["actor1"] = actor_matches(g.actor1, p.actor1)
            checks["actor2"] = g.id == "E2" or actor_matches(g.actor2, p.actor2)  # E2: civilians by ACLED's rule
            checks["place"] = place_matches(g.location, p.location)
            checks["date"] = bool(g.date) and p.date.start == g.date[0] and p.date.end in g.date
            checks["modality"] = p.modality == g.modality
        ok = all(checks.values())
        right += ok
        rows.append({"id": g.id, "core": g.core, "ok": ok, **checks})
    core = [r for r in rows if r["core"]]
    return {"events": rows, "core_right": sum(r["ok"] for r in core), "core_total": len(core),
            "recall": sum(r["type"] for r in rows) / len(rows), "all_right": right, "extra_events": len(extra)}


def score_hrds(items: list[HrdsDoc], results: list[Extraction]) -> dict:
    """Type family found, date exact, country and perpetrator of the best matching event, per article."""
    import pycountry

    acc = defaultdict(lambda: [0, 0])
    for it, res in zip(items, results):
        evs = [e for e in res.events if e.modality not in NON_FACTUAL]
        typed = [e for e in evs if _label(e) in it.labels]
        if it.labels:
            acc["type_found"][1] += 1
            acc["type_found"][0] += bool(typed)
        best = max(typed or evs, key=lambda e: e.confidence, default=None)
        if best is None:
            continue
        if it.date:
            acc["date_exact"][1] += 1
            acc["date_exact"][0] += any(e.date.start == it.date and e.date.end == it.date for e in (typed or evs))
        if it.country and best.location is not None and best.location.country:
            try:
                c = pycountry.countries.get(alpha_2=best.location.country)
                names = {_norm(c.name), _norm(getattr(c, "common_name", "")), _norm(getattr(c, "official_name", ""))}
            except (KeyError, AttributeError):
                names = set()
            acc["country"][1] += 1
            acc["country"][0] += _norm(it.country) in names or any(_norm(it.country) in n for n in names if n)
        if it.state_perpetrator is not None and best.actor1 is not None:
            acc["perpetrator_state"][1] += 1
            is_state = best.actor1.inter in (1, 3) or (best.actor1.actor_type or "").startswith(("state", "police", "government"))
            acc["perpetrator_state"][0] += is_state == it.state_perpetrator
    out = {"documents": len(items)}
    for k, (right, n) in acc.items():
        out[k] = right / n if n else None
        out[k + "_n"] = n
    return out


def run_benchmark(datasets: Iterable[str], paths: DataPaths, split: str = "test",
                  limit: Optional[int] = None) -> dict:
    """Figures per dataset, plus the time in the events stage against the whole pipeline.

    datasets: names from :data:`DATASETS`; each must have its data (see :meth:`DataPaths.missing`: the
    caller decides which to skip). paths: where the datasets are. split: of the real corpus and of the
    written reports. RAISES ConfigError: a dataset's data is missing.
    """
    from ..pipeline import Pipeline

    for name in datasets:
        gone = paths.missing(name, split)
        if gone is not None:
            raise ConfigError(f"no data for dataset {name!r}: {gone} does not exist")
    pipe = Pipeline()
    figures: dict = {}
    for name in datasets:
        if name == "real":
            from .real import by_source, load_split, score as score_real

            arts = load_split(paths.corpus, split)[:limit]
            results, ev_s, all_s = extract(arts, pipe)
            figures[f"real-{split}"] = {**score_real(arts, results), "by_source": by_source(arts, results),
                                        "events_seconds": ev_s, "pipeline_seconds": all_s}
            continue
        if name == "hrdsattack":
            items = hrds_docs(paths.devdata)[:limit]
            results, ev_s, all_s = extract([i.doc for i in items], pipe)
            figures[name] = {**score_hrds(items, results), "events_seconds": ev_s, "pipeline_seconds": all_s}
            continue
        if name == "re3d":
            from .re3d import re3d_docs, score_re3d

            items = re3d_docs(paths.devdata / "re3d")[:limit]
            results, ev_s, all_s = extract([i.doc for i in items], pipe)
            figures[name] = {**score_re3d(items, results), "events_seconds": ev_s, "pipeline_seconds": all_s}
            continue
        docs = {"written": lambda: written_docs(paths.written, split), "seed": lambda: seed_docs(paths.seed_gold),
                "plover": lambda: plover_docs(paths.devdata, paths.plover_map)}[name]()[:limit]
        results, ev_s, all_s = extract(docs, pipe)
        fig = score(docs, results)
        if name == "seed":
            fig["seed"] = score_seed(docs[0], results[0])
        fig.update(events_seconds=ev_s, pipeline_seconds=all_s)
        figures[name if name != "written" else f"written-{split}"] = fig
    return figures
