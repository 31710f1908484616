"""The re3d benchmark: the arguments events are built from, on defence and security documents.

re3d (dstl; devdata/re3d: US CENTCOM and State Department releases, UK Government pages) marks
entities, not events. It measures what an event's arguments rest on, by span overlap:

- ``actor_*``: the actor mentions sitroom finds against the gold Organisation and Person entities;
- ``place_*``: the place mentions (not nationality words, which are origins) against gold Locations;
- ``event_actor``: share of the events' actors whose words are, or lie inside, a gold Organisation or
  Person of the same document (an actor the coder would recognise as one);
- ``event_place``: share of the events' locations that overlap a gold Location.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..records import Extraction
from .events import GoldDoc

ACTOR_TYPES = {"Organisation", "Person"}
PLACE_TYPES = {"Location"}


@dataclass
class Re3dDoc:
    doc: GoldDoc
    entities: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)  # type -> (begin, end, value)


def _json_lines(path):
    """re3d's files hold one JSON object per line (a MongoDB export)."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def re3d_docs(root: Path) -> list[Re3dDoc]:
    """Every re3d document with its entities, sources in name order.

    root (Path): the re3d folder (one sub-folder per source, each with documents.json and entities.json).
    """
    out = []
    for source in sorted(p for p in Path(root).iterdir() if (p / "documents.json").exists()):
        ents = defaultdict(lambda: defaultdict(list))
        for e in _json_lines(source / "entities.json"):
            ents[e["documentId"]][e["type"]].append((e["begin"], e["end"], e["value"]))
        for d in _json_lines(source / "documents.json"):
            doc = GoldDoc(id="re3d-" + d["_id"], text=d["text"], published=None, source=d.get("sourceName"))
            out.append(Re3dDoc(doc, {k: sorted(v) for k, v in ents[d["_id"]].items()}))
    return out


def _overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(s < a[1] and a[0] < e for s, e in spans)


def _prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> tuple[float, float, float]:
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_re3d(items: list[Re3dDoc], results: list[Extraction]) -> dict:
    counts = defaultdict(int)
    for it, res in zip(items, results):
        gold_actors = [(s, e) for t in ACTOR_TYPES for s, e, _ in it.entities.get(t, [])]
        gold_places = [(s, e) for t in PLACE_TYPES for s, e, _ in it.entities.get(t, [])]
        actors = [(a.start, a.end) for a in res.actors]
        places = [(p.start, p.end) for p in res.places if p.role != "origin"]
        counts["actor_pred"] += len(actors)
        counts["actor_pred_ok"] += sum(_overlaps(a, gold_actors) for a in actors)
        counts["actor_gold"] += len(gold_actors)
        counts["actor_gold_ok"] += sum(_overlaps(g, actors) for g in gold_actors)
        counts["place_pred"] += len(places)
        counts["place_pred_ok"] += sum(_overlaps(p, gold_places) for p in places)
        counts["place_gold"] += len(gold_places)
        counts["place_gold_ok"] += sum(_overlaps(g, places) for g in gold_places)
        values = [v.lower() for t in ACTOR_TYPES for _, _, v in it.entities.get(t, [])]
        for ev in res.events:
            for ref in (ev.actor1, ev.actor2):
                if ref is not None and ref.text:
                    counts["event_actor_n"] += 1
                    counts["event_actor_ok"] += any(ref.text.lower() in v for v in values)
            if ev.location is not None:
                counts["event_place_n"] += 1
                counts["event_place_ok"] += _overlaps((ev.location.start, ev.location.end), gold_places)
    out: dict = {"documents": len(items)}
    for kind in ("actor", "place"):
        p, r, f = _prf(counts[f"{kind}_pred_ok"], counts[f"{kind}_pred"], counts[f"{kind}_gold_ok"], counts[f"{kind}_gold"])
        out.update({f"{kind}_precision": p, f"{kind}_recall": r, f"{kind}_f1": f, f"{kind}_gold": counts[f"{kind}_gold"]})
    for key in ("event_actor", "event_place"):
        n = counts[key + "_n"]
        out[key] = counts[key + "_ok"] / n if n else None
        out[key + "_n"] = n
    out["events"] = sum(len(r.events) for r in results)
    return out
