"""Why each gold event that bench/recall_loss.py puts down to a merge ("merged: fp|gold") was joined to another
report: one line per loss, train only (never dev's or test's errors).

Usage: .venv/bin/python bench/recall_loss.py --rerank --split train --json LOSSES.json [--cache C --detector D]
       .venv/bin/python bench/merge_why.py LOSSES.json [--cache C] [--detector D]

Each line: article, host kind (fp: the event it joined hits no gold event; gold: it hits another), how it joined
(mention / retold / added: merge_events' joins of a report that refers back; same_event: same_incident), the kinds
(same label, another sub-event type of one type, a demonstration or battle pair), the places (same key, one inside
the other, a country-level one, another place, one unknown), the dates (undated, same, overlapping ranges), then the
host's and the lost report's sentence (T: it has a trigger word; G: the host hits a gold event), label and place,
and whether the filter kept the merged event. Lines for losses whose first report shares the gold sentences are not
printed (the merge there is not what lost them)."""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from recall_watch import Kept, Watch  # noqa: E402


def _loc(e) -> str:
    loc = e.location
    return "-" if loc is None else f"{(loc.name or loc.text)[:14]}/{(loc.level or '-')[:5]}/{loc.country}"


def _place_why(a, b) -> str:
    from sitroom.extract.events import place_day as p

    pa, pb = p.place_key(a), p.place_key(b)
    if pa is None or pb is None:
        return "place?"
    if pa == pb:
        return "sameplace"
    if p._one_inside_other(a.location, b.location):
        return "inside"
    return "country" if "country" in (a.location.level, b.location.level) else "otherplace"


def _date_why(a, b) -> str:
    from sitroom.extract.events import place_day as p

    da, db = p.date_key(a), p.date_key(b)
    if da is None and db is None:
        return "undated"
    if da is None or db is None:
        return "date?"
    if da == db:
        return f"sameday/{a.date.precision[:3]}"
    return f"overlap:{a.date.precision[:3]}~{b.date.precision[:3]}" if p.dates_overlap(da, db) else "bythen"


def _kind_why(a, b) -> str:
    from sitroom.extract.events.taxonomy import label_of

    if label_of(a) == label_of(b):
        return "same"
    return "retold-subtype" if a.event_type == b.event_type else f"{a.event_type[:6]}+{b.event_type[:6]}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("losses", type=Path, help="bench/recall_loss.py --json output (train)")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/rules_oof"))
    ap.add_argument("--corpus", type=Path, default=ROOT / "data" / "annotated")
    ap.add_argument("--detector", type=Path, help="code every article with this detector, not the fold ones")
    a = ap.parse_args(argv)
    import rules_oof
    from sitroom.evaluation.real import _sentence_of, parse_article
    from sitroom.extract.events import detector as det_mod
    from sitroom.extract.events import extract_events, rerank
    from sitroom.extract.events import rules as rules_mod
    from sitroom.extract.events.taxonomy import label_of

    records = [r for r in json.loads(a.losses.read_text(encoding="utf-8")) if r["cause"] == "merged"]
    data = pickle.loads((a.cache / "contexts.pkl").read_bytes())
    dets = [det_mod.EventDetector.load(a.detector or a.cache / f"fold{k}.npz") for k in range(rules_oof.FOLDS)]
    raw = {}
    for line in (a.corpus / "train.jsonl").open(encoding="utf-8"):  # train only: its errors are the ones to read
        if line.strip():
            r = json.loads(line)
            raw[r["id"]] = r
    w = Watch()
    reranker = Kept(rerank.get_reranker(det_mod.detector_path()), w)
    merge = rules_mod.merge_events
    for rec in records:
        if rec["doc"] not in raw:
            continue
        art = parse_article(raw[rec["doc"]])
        gold = [g for g in art.events if g.label == rec["label"] and " ".join(
            art.text[slice(*art.sentences[g.sentences[0]])].split())[:220] == rec["sentence"]]
        if not gold:
            continue
        S, F = set(gold[0].sentences), gold[0].event_type
        det = dets[data["fold_of"][art.id]]
        for off, ctx, doc in data["segments"][art.id]:
            ctx.doc, ctx.events = doc, []
            ctx.scratch = {k: v for k, v in ctx.scratch.items() if not k.startswith("_event")}
            w.reset()
            cap: dict = {}

            def watched(events, mentions=frozenset(), members=None, **kw):
                out = merge(events, mentions, members, **kw)
                cap.update(men=mentions, mem=members, out=out, kw=kw)
                return out

            rules_mod.merge_events = watched
            try:
                extract_events(ctx, det, reranker=reranker)
            finally:
                rules_mod.merge_events = merge
            if not cap or cap["mem"] is None:
                continue
            sent = lambda e: _sentence_of(art, e.evidence.start + off, e.evidence.end + off)  # noqa: E731
            line = _story(cap, w, art, S, F, sent, label_of)
            if line:
                print(f"{rec['doc'][:22]:22} {rec['detail'][0]:4} {line}")
                break
    return 0


def _story(cap, w, art, S, F, sent, label_of):
    for ev, group in zip(cap["out"], cap["mem"]):
        first = group[0]
        if sent(first) & S:
            continue
        for m in group[1:]:
            if not (sent(m) & S and m.event_type == F):
                continue
            how = ("mention" if id(m) in cap["men"] else "retold" if id(m) in cap["kw"].get("retold", ())
                   else "added" if id(m) in cap["kw"].get("added", ()) else "same_event")
            host_gold = any(sent(first) & set(o.sentences) and o.event_type == first.event_type for o in art.events)
            return (f"{how:10} {_kind_why(first, m):16} {_place_why(first, m):10} {_date_why(first, m):18} "
                    f"host s{first.evidence.sentence}{'T' if first.trigger else '-'}{'G' if host_gold else ''} "
                    f"{label_of(first)[:28]} {_loc(first)} | lost s{m.evidence.sentence}{'T' if m.trigger else '-'} "
                    f"{label_of(m)[:28]} {_loc(m)} | kept={'Y' if any(x is ev for x in w.kept) else 'n'}")
    return None


if __name__ == "__main__":
    sys.exit(main())
