"""Precision of the event extractor on real news, against hand judgements.

Usage: .venv/bin/python bench/events_precision.py [--unjudged FILE] [--show] [--devdata DIR]

The audit set is 40 real articles: the 24 HRDsAttack *train* articles bundled in
src/sitroom/data/samples/news.jsonl and 16 more from ../shared/devdata/hrdsattack/train.json (never dev.json,
which `sitroom bench events -d hrdsattack` uses). All 40 are also in the frozen test split of data/annotated
(test.jsonl): report only aggregate figures from here, never tune on its verdicts. Every event the pipeline
extracts from them was judged by hand as an ACLED coder would, in bench/events_precision_audit.jsonl, one
line per (doc, sentence, label):

    {"doc": ..., "sentence": <evidence text>, "label": "Type / Sub-type", "modality": ...,
     "verdict": "right" | "wrong", "incident": <name of the real incident, for right ones>, "why": ...}

"right" means: the type is right and the sentence reports, as news of that article, an event that happened.
As in `sitroom bench events`, events the extractor itself marks as not having happened (negated, planned,
threatened, predicted, hypothetical, denied) are not counted as extracted events; they are listed apart.
Several right events with the same ``incident`` are one incident told several times: only the first counts,
the others are duplicates (ACLED codes one event). So

    precision = distinct incidents among the extracted events / extracted events
    incident recall = distinct incidents found / all incidents ever judged right in the audit file

(the second is relative: an incident no version of the extractor found is unknown to it; the incidents
missed are listed). Extracted events whose (doc, sentence, label) has no verdict yet are listed, and
written to --unjudged as JSONL to judge.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
AUDIT = ROOT / "bench" / "events_precision_audit.jsonl"
SAMPLES = ROOT / "src" / "sitroom" / "data" / "samples" / "news.jsonl"
DEVDATA = ROOT.parent / "shared" / "devdata"
# HRDsAttack train articles added to the bundled samples: short, varied (trade unions, courts, executions,
# detentions, protests, kidnappings, a mass grave), chosen by position (every third short one), not by outcome.
EXTRA_TRAIN = (0, 24, 39, 87, 93, 102, 111, 114, 126, 135, 156, 162, 201, 237, 285, 294)


def audit_docs(devdata: Path = DEVDATA):
    """The 40 audit articles as DocumentIn, in a fixed order (the HRDsAttack ones from ``devdata``)."""
    from sitroom.evaluation.events import hrds_docs
    from sitroom.records import DocumentIn

    docs = []
    for line in SAMPLES.open(encoding="utf-8"):
        r = json.loads(line)
        if not r["id"].startswith("hrdsattack-train-"):
            continue  # the bundled file also holds one dev article: keep the benchmark's split clean
        docs.append(DocumentIn(id=r["id"], text=r["text"], published=r.get("published"), source=r.get("source")))
    train = hrds_docs(devdata, "train")
    for k in EXTRA_TRAIN:
        d = train[k].doc
        docs.append(DocumentIn(id=f"hrdsattack-train-{k}", text=d.text, published=d.published))
    return docs


def label_of(e) -> str:
    return f"{e.event_type} / {e.sub_event_type}"


def load_verdicts(path: Path = AUDIT) -> dict[tuple[str, str, str], dict]:
    out = {}
    if path.exists():
        for line in path.open(encoding="utf-8"):
            if line.strip():
                r = json.loads(line)
                out[(r["doc"], r["sentence"], r["label"])] = r
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--unjudged", type=Path, help="write events without a verdict here (JSONL to fill in)")
    ap.add_argument("--show", action="store_true", help="print every extracted event with its verdict")
    # a git worktree outside the checkout's folder has no ../shared beside it
    ap.add_argument("--devdata", type=Path, default=DEVDATA, help="the shared devdata folder (../shared/devdata)")
    a = ap.parse_args(argv)

    from sitroom.pipeline import Pipeline
    from sitroom.records import NON_FACTUAL

    verdicts = load_verdicts()
    docs = audit_docs(a.devdata)
    results = Pipeline().run_batch(docs)
    n = tp = dup = wrong = 0
    unjudged, found, per_label_wrong, non_factual = [], set(), Counter(), Counter()
    for doc, res in zip(docs, results):
        seen: set[str] = set()
        for e in res.events:
            key = (doc.id, e.evidence.text, label_of(e))
            v = verdicts.get(key)
            if a.show:
                print(f"{doc.id:24s} {(v or {}).get('verdict', '?'):5s} {label_of(e):55s} {e.modality:9s} "
                      f"{e.evidence.text[:110]!r}")
            if e.modality in NON_FACTUAL:
                non_factual[(v or {}).get("verdict", "unjudged")] += 1
                continue
            if v is None:
                unjudged.append({"doc": doc.id, "sentence": e.evidence.text, "label": label_of(e),
                                 "modality": e.modality, "verdict": "", "incident": "", "why": ""})
                continue
            n += 1
            if v["verdict"] == "right" and v.get("incident") not in seen:
                tp += 1
                seen.add(v.get("incident"))
                found.add((doc.id, v.get("incident")))
            elif v["verdict"] == "right":
                dup += 1
                per_label_wrong["(duplicate) " + label_of(e)] += 1
            else:
                wrong += 1
                per_label_wrong[label_of(e)] += 1
    incidents = {(r["doc"], r.get("incident")) for r in verdicts.values() if r["verdict"] == "right"}
    print(f"documents {len(docs)}  extracted events judged {n}  unjudged {len(unjudged)}  "
          f"not counted as non-factual {sum(non_factual.values())} {dict(non_factual)}")
    if n:
        print(f"precision {tp / n:.3f}  ({tp} right, {dup} duplicates, {wrong} wrong)")
    if incidents:
        print(f"incident recall {len(found) / len(incidents):.3f}  ({len(found)} of {len(incidents)} judged incidents)")
    for doc_id, incident in sorted(incidents - found):
        print(f"  missed incident: {doc_id} {incident}")
    for label, c in per_label_wrong.most_common():
        print(f"  false: {c:3d}  {label}")
    for u in unjudged:
        print(f"UNJUDGED {u['doc']} | {u['label']} | {u['modality']} | {u['sentence'][:160]!r}")
    if a.unjudged:
        with a.unjudged.open("w", encoding="utf-8") as f:
            for u in unjudged:
                f.write(json.dumps(u, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
