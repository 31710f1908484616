"""The reports merged into each false event of train, out of fold (never dev's errors, never the test split).

Usage: PYTHONPATH=src .venv/bin/python bench/false_event_reports.py --cache DIR [--detector FILE] [--rerank]
           [--kinds "other sentence of an event article,article with no event"] [ARTICLE_ID ...]

For each false event (bench/rules_oof.py --anatomy's kinds) it prints the reports rules.merge_events joined into it,
in document order: '*' marks the report that is its evidence, M a mention (joins the nearest earlier event of its
type), R a retelling and A an addition (merging.merge_events says what each joins), then the report's sentence,
its type, trigger word (None: the typer's type, no cue word), place and day. A false event made of several reports
none of which tells the act as news (a mention, a reaction's object, background, talk) shows as a pile here.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import rules_oof  # noqa: E402

KINDS = ("other sentence of an event article", "article with no event")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, default=Path("/tmp/rules_oof"))
    ap.add_argument("--corpus", type=Path, default=ROOT / "data" / "annotated")
    ap.add_argument("--detector", type=Path)
    ap.add_argument("--rerank", action="store_true")
    ap.add_argument("--kinds", default=",".join(KINDS))
    ap.add_argument("ids", nargs="*")
    a = ap.parse_args(argv)
    from sitroom.evaluation.real import _sentence_of, match, parse_article
    from sitroom.extract.events import detector as det_mod
    from sitroom.extract.events import extract_events, rules
    from sitroom.records import NON_FACTUAL

    problem = rules_oof.cache_problem(a.cache, a.corpus)
    if problem:
        print(problem, file=sys.stderr)
        return 2
    kinds = set(a.kinds.split(","))
    seen: list = []
    orig = rules.merge_events

    def watched(news, mentions=frozenset(), members=None, retold=frozenset(), added=frozenset()):
        members = members if members is not None else []
        out = orig(news, mentions, members, retold, added)
        flags = {id(r): "".join(c for c, s in (("M", mentions), ("R", retold), ("A", added)) if id(r) in s) or "-"
                 for g in members for r in g}
        seen.extend([(r, flags[id(r)]) for r in g] for g in members)
        return out

    rules.merge_events = watched
    data = pickle.loads((a.cache / "contexts.pkl").read_bytes())
    dets = [det_mod.EventDetector.load(a.detector or a.cache / f"fold{k}.npz") for k in range(rules_oof.FOLDS)]
    for line in (a.corpus / "train.jsonl").open(encoding="utf-8"):
        if not line.strip():
            continue
        art = parse_article(json.loads(line))
        if a.ids and art.id not in a.ids:
            continue
        det, groups = dets[data["fold_of"][art.id]], []

        def extract(ctx):
            seen.clear()
            evs = extract_events(ctx, det, **({} if a.rerank else {"reranker": None}))
            groups.extend(list(seen))
            return evs

        # (groups keep their segment's offsets: a long article's later segments print unshifted)
        events = rules_oof.code_segments(data["segments"][art.id], extract)
        _, misses = match(art, [e for e in events if e.modality not in NON_FACTUAL])
        gold_sents = art.event_sentences()
        for e in misses:
            kind = ("article with no event" if not art.events else "other family in an event sentence"
                    if _sentence_of(art, e.evidence.start, e.evidence.end) & gold_sents
                    else "other sentence of an event article")
            if kind not in kinds:
                continue
            group = next((g for g in groups if any(r.evidence.start == e.evidence.start for r, _ in g)), [])
            print(f"=== {art.id} {e.event_type} / {e.sub_event_type} ({kind}, {len(group)} reports)")
            for r, flag in group:
                mark = "*" if r.evidence.start == e.evidence.start else " "
                loc = r.location.name if r.location else None
                print(f"  {mark}[{flag}] s{r.evidence.sentence} {r.sub_event_type} trigger={r.trigger!r} place={loc} "
                      f"day={r.date.start} | {' '.join(r.evidence.text.split())[:200]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
