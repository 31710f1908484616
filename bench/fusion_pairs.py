"""How fusion joins reports of one incident across articles, judged against the annotated corpus.

Usage: .venv/bin/python bench/fusion_pairs.py --db STORE [--splits train dev] [--rebuild] [--show]

STORE holds the articles of the splits, ingested as they are in data/annotated (e.g.
``cat data/annotated/train.jsonl data/annotated/dev.jsonl > td.jsonl; sitroom ingest td.jsonl --db td.db``).
Never the test split. ``--rebuild`` fuses the stored events again with this checkout's rules first.

Each stored event is matched to the gold event of its article whose sentences hold its evidence
(the same family of types, see sitroom.fuse.incidents.family). Every pair of stored events from two
articles that fusion put in one incident is then judged on their gold events:

- *right*: same family and country, dates at most two days apart, and the same place when both
  gold events name one;
- *wrong*: another family, country or place, or dates more than two days apart;
- *unjudged*: either event has no gold event (the extractor found something the annotators did not),
  or the gold dates are not days.

It also counts the cross-article pairs of gold events that are one incident by the rule above and
whose stored events fusion kept apart (missed).
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
from collections import Counter, defaultdict
from pathlib import Path

from sitroom.api import open_store
from sitroom.fuse.incidents import family
from sitroom.store import EventFilter

ROOT = Path(__file__).resolve().parent.parent


def _day(value):
    try:
        return dt.date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def gold_relation(a: dict, b: dict) -> str:
    """right (one incident), wrong (two) or unjudged, for two gold events of different articles."""
    if family(a["event_type"], a["sub_event_type"]) != family(b["event_type"], b["sub_event_type"]):
        return "wrong"
    if a.get("country") and b.get("country") and a["country"] != b["country"]:
        return "wrong"
    if a.get("place") and b.get("place") and a["place"].casefold() != b["place"].casefold():
        return "wrong"
    da, db = _day(a.get("date")), _day(b.get("date"))
    if da is None or db is None:
        return "unjudged"
    return "right" if abs((da - db).days) <= 2 else "wrong"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--splits", nargs="+", default=["train", "dev"])
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    if "test" in args.splits:
        raise SystemExit("the test split is frozen: never measure fusion on it")
    articles = {}
    for split in args.splits:
        for line in open(ROOT / f"data/annotated/{split}.jsonl", encoding="utf-8"):
            a = json.loads(line)
            articles[a["id"]] = a
    with open_store(args.db) as store:
        if args.rebuild:
            store.rebuild_incidents()
        docs = {d.id: d.uri.rsplit("#", 1)[-1] for d in store.documents(limit=None)}
        events = store.events(EventFilter(), limit=None)
        summary = store.summary()
    gold_of = {}
    for e in events:
        art = articles.get(docs.get(e.document_id))
        if not art:
            continue
        sent = next((i for i, (s, t) in enumerate(art["sentences"]) if s <= e.evidence_start < t), None)
        fam = family(e.event_type, e.sub_event_type)
        cands = [(n, g) for n, g in enumerate(art["events"]) if sent in g["sentences"]]
        same = [c for c in cands if family(c[1]["event_type"], c[1]["sub_event_type"]) == fam]
        if same or cands:
            gold_of[e.id] = (art["id"], *(same or cands)[0])
    by_incident = defaultdict(list)
    for e in events:
        if e.incident_id is not None:
            by_incident[e.incident_id].append(e)
    verdicts, shown = Counter(), []
    fused_gold = set()
    for inc, evs in by_incident.items():
        for x, y in itertools.combinations(evs, 2):
            if x.document_id == y.document_id or docs.get(x.document_id) == docs.get(y.document_id):
                continue
            gx, gy = gold_of.get(x.id), gold_of.get(y.id)
            if not gx or not gy:
                verdicts["unjudged"] += 1
                continue
            v = gold_relation(gx[2], gy[2])
            verdicts[v] += 1
            fused_gold.add(frozenset({gx[:2], gy[:2]}))
            if v == "wrong":
                shown.append((inc, x, y, gx[2], gy[2]))
    # Gold pairs that are one incident, both found by the extractor, but not fused.
    found = defaultdict(set)
    for eid, (art, n, _g) in gold_of.items():
        found[(art, n)].add(eid)
    gold_events = [(aid, n, g) for aid, a in articles.items() for n, g in enumerate(a["events"])]
    missed = 0
    same_pairs = 0
    for (a1, n1, g1), (a2, n2, g2) in itertools.combinations(gold_events, 2):
        if a1 == a2 or gold_relation(g1, g2) != "right":
            continue
        if not found.get((a1, n1)) or not found.get((a2, n2)):
            continue
        same_pairs += 1
        if frozenset({(a1, n1), (a2, n2)}) not in fused_gold:
            missed += 1
    multi = sum(1 for evs in by_incident.values() if len({e.document_id for e in evs}) > 1)
    print(f"{len(events)} events, {summary.incidents} incidents, {multi} joining several articles")
    print(f"cross-article fused pairs: right {verdicts['right']}, wrong {verdicts['wrong']}, "
          f"unjudged {verdicts['unjudged']}")
    print(f"gold same-incident pairs across articles with both events extracted: {same_pairs}, not fused: {missed}")
    if args.show:
        for inc, x, y, gx, gy in shown:
            print(f"incident {inc}: {x.sub_event_type} @ {x.location_name} {x.date_start} [{docs[x.document_id]}] "
                  f"+ {y.sub_event_type} @ {y.location_name} {y.date_start} [{docs[y.document_id]}]; gold "
                  f"{gx.get('place')} {gx.get('date')} / {gy.get('place')} {gy.get('date')}")


if __name__ == "__main__":
    main()
