"""Compare `sitroom extract` output with a probe set's expected events (never a measure of quality: the
probe items are text we wrote, blind, to find general failures; quality is the real corpus's test split).

Usage: .venv/bin/python bench/probes/compare.py ITEMS.jsonl OUT.jsonl
  where OUT.jsonl is `sitroom extract --input ITEMS.jsonl --output OUT.jsonl` (items carry id, published,
  text and "expect": the events a coder records, by data/annotated/GUIDE.md).

An expected event matches the first unused extracted event of its type at its date or place (else of its
type or date); the slots are then compared as written. Lenient by design: read the lines, not the totals.
"""

from __future__ import annotations

import json
import sys


def _name(actor) -> str | None:
    return actor["name"] if actor else None


def _extracted(e: dict) -> dict:
    loc = e.get("location") or {}
    return dict(type=e["event_type"], sub=e["sub_event_type"], a1=_name(e["actor1"]), a2=_name(e["actor2"]),
                place=loc.get("name"), ptext=loc.get("text"), date=(e.get("date") or {}).get("start"),
                fat=e["fatalities"], s=e["evidence"]["sentence"], trig=e.get("trigger"))


def _pick(x: dict, got: list, used: set):
    for j, y in enumerate(got):
        if j not in used and y["type"] == x["type"] and (
                y["date"] == x["date"] or (y["place"] or "").lower()[:5] == (x["place"] or "").lower()[:5]):
            return j
    return next((j for j, y in enumerate(got) if j not in used and (y["date"] == x["date"] or y["type"] == x["type"])),
                None)


def _wrong(x: dict, y: dict) -> list[str]:
    bad = []
    if y["sub"] != x["sub"]:
        bad.append(f"sub {y['type']}/{y['sub']}!={x['sub']}")
    if (y["place"] or "") != (x["place"] or "") and (y["ptext"] or "") != (x["place"] or ""):
        bad.append(f"place {y['ptext']}/{y['place']}!={x['place']}")
    for mine, theirs, label in (("date", "date", "date"), ("a1", "actor1", "a1"), ("a2", "actor2", "a2"),
                                ("fat", "fatalities", "fat")):
        if y[mine] != x[theirs]:
            bad.append(f"{label} {y[mine]}!={x[theirs]}")
    return bad


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    items = [json.loads(l) for l in open(argv[0], encoding="utf-8") if l.strip()]
    out = {d["id"]: d for d in (json.loads(l) for l in open(argv[1], encoding="utf-8") if l.strip())}
    tot = dict(expected=0, found=0, false=0, wrong_slot=0)
    for it in items:
        got = [_extracted(e) for e in out[it["id"]]["events"]]
        used: set[int] = set()
        lines = []
        tot["expected"] += len(it["expect"])
        for x in it["expect"]:
            j = _pick(x, got, used)
            if j is None:
                lines.append(f"  MISS {x['type']}/{x['sub']} {x['place']} {x['date']}")
                continue
            used.add(j)
            tot["found"] += 1
            bad = _wrong(x, got[j])
            tot["wrong_slot"] += bool(bad)
            lines.append(f"  {'SLOT' if bad else 'OK  '} s{got[j]['s']} {x['sub']} {x['place']} {x['date']} ; "
                         + " | ".join(bad))
        for j, y in enumerate(got):
            if j not in used:
                tot["false"] += 1
                lines.append(f"  FALSE s{y['s']} {y['type']}/{y['sub']} trig={y['trig']} {y['a1']} -> {y['a2']} "
                             f"@{y['ptext']} {y['date']} fat={y['fat']}")
        print(it["id"])
        print("\n".join(lines))
    print(tot)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
