"""Where each gold event missed out of fold was lost, on train+dev (never the test split).

Usage: .venv/bin/python bench/recall_loss.py [--cache /tmp/rules_oof] [--rerank] [--list] [--json OUT]

Runs the events stage of the working tree over bench/rules_oof.py's cache (each article with the detector of
the fold that never saw it), watching the steps of extract_events, and gives every missed gold event the
step where its family's last candidate in its sentences went:
  detector <0.05 / detector <bar  no unit of its sentences reached the candidate bar (0.05 is the filter's)
  headline                        only the headline reported it (the headline is never coded)
  typer: A -> B                   its sentence was typed into another family (B) and no second event was A's
  build: REASON                   the event was built and dropped (a rule of build_event, named)
  relabel: RULE                   a rule changed its family (armed_victims, civilian_victims, ...)
  absorbed                        figures.absorb_victims took it as the victims of the sentence before
  news: REASON                    rules.select_news dropped it (rule 6's checks, named)
  merged (gold|fp)                rules.merge_events merged it into another event (which hits another gold
                                  event, or none)
  non-factual                     kept, but with a modality the score leaves out
  slot                            a found event of its family in its sentence hit another gold event
  filter                          (--rerank) the event-level filter dropped it; in-sample, an indication only
  after filter: RULE              (--rerank) the filter kept it, then a rule of step 7 dropped it (named) or
                                  gave it another family ("RULE -> family"); "later" when a step over the
                                  whole list of kept events took it (an arrest into its protest, ...)
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import rules_oof  # noqa: E402
from recall_watch import Kept, Watch, lab as _lab  # noqa: E402


def _fam(label: str) -> str:
    return label.split(" / ")[0]


def _build_reason(trace) -> str:
    relabels = [v for k, v in trace if k.startswith("relabel")]
    for name, v in reversed(trace):
        if name in ("is_aggregate", "is_ordinary_crime_arrest", "protest talk", "reaction") and v:
            return name
        if name == "news_gate" and v:
            return f"news gate: {v}"
        if name == "age":
            newest = v[0]
            if newest is not None and newest > 62:
                return "stale date (>62 days)"
            return "confidence below the modality's bar"
    return "?" + (f" after {relabels}" if relabels else "")


def attribute(art, events, w, bar: float, rerank_kept=None) -> dict:
    """gold index -> (cause, detail) for the gold events of ``art`` that no final event hits."""
    from sitroom.evaluation.real import _sentence_of, match
    from sitroom.records import NON_FACTUAL

    factual = [e for e in events if e.modality not in NON_FACTUAL]
    hits, _ = match(art, factual)
    hit = {id(h.gold) for h in hits if not h.duplicate}
    out = {}
    sent_of = lambda s, e: _sentence_of(art, s, e)  # noqa: E731
    for gi, g in enumerate(art.events):
        if id(g) in hit:
            continue
        S, F = set(g.sentences), g.event_type
        # final events of the family in its sentences
        fin = [e for e in events if sent_of(e.evidence.start, e.evidence.end) & S and e.event_type == F]
        if fin:
            if all(e.modality in NON_FACTUAL for e in fin):
                out[gi] = ("non-factual", ",".join(sorted({e.modality for e in fin})))
            else:
                out[gi] = ("slot", "")
            continue
        if rerank_kept is not None:
            pre = [e for e in w.merge_out_all if sent_of(e.evidence.start, e.evidence.end) & S and e.event_type == F]
            if pre:
                kept = [e for e in pre if any(e is k for k in w.kept_all)]
                if not kept:
                    out[gi] = ("filter", "")
                else:
                    out[gi] = ("after filter", w.after_all.get(id(kept[0]), "later"))
                continue
        merged_in = [e for e in w.merge_in_all if sent_of(e.evidence.start, e.evidence.end) & S and e.event_type == F]
        if merged_in:
            e = merged_in[0]
            others = [o for o in w.merge_out_all if o.event_type == F]
            host = None
            for o in others:
                if w.rules.same_incident(o, e) or w.rules.same_incident(e, o) or _lab(o) == _lab(e):
                    host = o
                    break
            tag = "?"
            if host is not None:
                hs = sent_of(host.evidence.start, host.evidence.end)
                tag = "gold" if any(hs & set(o.sentences) and o.event_type == F for o in art.events) else "fp"
            out[gi] = ("merged", tag, _merge_story(art, w, S, F))
            continue
        dropped = [(k, v) for k, v in w.dropped_all.items()
                   if sent_of(k[1], k[1] + 1) & S and _fam(k[2]) == F]
        if dropped:
            out[gi] = ((dropped[0][0][0]), dropped[0][1])
            continue
        tried = [a for a in w.attempts_all if sent_of(a["start"], a["end"]) & S]
        own = [a for a in tried if _fam(a["label"]) == F]
        if own:
            reasons = []
            for a in own:
                if a["event"] is None:
                    reasons.append(("build", _build_reason(a["trace"])))
                else:
                    reasons.append(("relabel", " ".join(k[8:] for k, v in a["trace"] if k.startswith("relabel"))
                                    + f" -> {_fam(_lab(a['event']))}"))
            out[gi] = sorted(reasons)[0]
            continue
        if tried:
            a = tried[0]
            sentence, probs, labels = a["typed"]
            fam_p = sum(v for l, v in probs.items() if _fam(l) == F)
            top = max(probs.values())
            fate = _lab(a["event"]) if a["event"] is not None else f"not built: {_build_reason(a['trace'])}"
            out[gi] = ("typer", f"{F} -> {_fam(a['label'])}", round(fam_p / top, 2) if top else 0, fate)
            continue
        ps = [(p, b) for (s, e, p, b) in w.units_all if sent_of(s, e) & S]
        pmax = max((p for p, b in ps if b), default=0.0)
        if any(not b and p >= bar for p, b in ps):
            out[gi] = ("headline", "")
        elif pmax < 0.05:
            out[gi] = ("detector <0.05", round(pmax, 3))
        elif pmax < bar:
            out[gi] = ("detector <bar", round(pmax, 3))
        else:
            out[gi] = ("?", round(pmax, 3))
    return out


def _where(e) -> str:
    loc = e.location
    place = "-" if loc is None else f"{loc.name or loc.text}/{loc.level}/{loc.country}"
    return f"s{e.evidence.sentence} {place} {e.date.start}..{e.date.end}"


def _merge_story(art, w, S, F) -> str:
    """Which merge took the gold event's report: the kept report and the absorbed one, places and dates."""
    from sitroom.evaluation.real import _sentence_of

    for keep, other, out, mention in w.pairs_all:
        if keep.event_type != F and other.event_type != F:
            continue
        ins = [bool(_sentence_of(art, e.evidence.start, e.evidence.end) & S) for e in (keep, other, out)]
        if (ins[0] or ins[1]) and not ins[2]:
            return f"{'mention ' if mention else ''}{_where(keep)} + {_where(other)} -> s{out.evidence.sentence}"
    return "?"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, default=Path("/tmp/rules_oof"))
    ap.add_argument("--corpus", type=Path, default=ROOT / "data" / "annotated")
    ap.add_argument("--rerank", action="store_true", help="the shipped filter and its candidate bar (in-sample)")
    ap.add_argument("--list", action="store_true", help="print each missed gold event with its cause")
    ap.add_argument("--json", type=Path, help="write the causes, one record per miss")
    ap.add_argument("--detector", type=Path, help="code every article with this detector, not the fold ones "
                    "(as rules_oof.py --detector)")
    ap.add_argument("--skip-articles", type=Path, help="a file of article ids (one a line) to leave out")
    ap.add_argument("--split", choices=("train", "dev"),
                    help="this split's articles only (read the misses of train; dev's by its counts alone)")
    a = ap.parse_args(argv)
    from sitroom.evaluation.real import parse_article
    from sitroom.extract.events import detector as det_mod
    from sitroom.extract.events import extract_events, rerank
    from sitroom.pipeline import _shift, limit_math_threads

    limit_math_threads()
    problem = rules_oof.cache_problem(a.cache, a.corpus)
    if problem:
        print(problem, file=sys.stderr)
        return 2
    w = Watch()
    data = pickle.loads((a.cache / "contexts.pkl").read_bytes())
    dets = [det_mod.EventDetector.load(a.detector or a.cache / f"fold{k}.npz") for k in range(rules_oof.FOLDS)]
    skip = frozenset(a.skip_articles.read_text(encoding="utf-8").split()) if a.skip_articles else frozenset()
    splits = (a.split,) if a.split else ("train", "dev")
    raw = [json.loads(l) for s in splits for l in (a.corpus / f"{s}.jsonl").open(encoding="utf-8") if l.strip()]
    articles = [parse_article(r) for r in raw if r["id"] not in skip]
    reranker = rerank.get_reranker(det_mod.detector_path()) if a.rerank else None
    if reranker is not None:
        reranker = Kept(reranker, w)
    causes, n_gold, records = Counter(), 0, []
    for art in articles:
        det = dets[data["fold_of"][art.id]]
        bar = getattr(reranker, "detector_bar", None) or det.threshold
        out, sentences = [], 0
        w.units_all, w.attempts_all, w.dropped_all, w.merge_in_all, w.merge_out_all, w.pairs_all = [], [], {}, [], [], []
        w.kept_all, w.after_all = [], {}
        for off, ctx, doc in data["segments"][art.id]:
            ctx.doc, ctx.events = doc, []
            ctx.scratch = {k: v for k, v in ctx.scratch.items() if not k.startswith("_event")}
            w.reset()
            w.merge_in, w.merge_out = [], []
            evs = extract_events(ctx, det, reranker=reranker)
            multi = off or len(data["segments"][art.id]) > 1
            # offsets of this segment's records into the article
            for texts, p, body in w.scores:
                pos = 0
                for t, pi, bi in zip(texts, p, body):
                    s = ctx.text.find(t, pos)
                    pos = s + len(t)
                    w.units_all.append((s + off, s + len(t) + off, float(pi), bool(bi)))
            for att in w.attempts:
                w.attempts_all.append({**att, "start": att["start"] + off, "end": att["end"] + off})
            for (kind, s, lab), why in w.dropped.items():
                w.dropped_all[(kind, s + off, lab)] = why
            if multi:  # one set: merged events share their nested records with those they came from
                seen: set[int] = set()
                for e in [*w.merge_in, *w.merge_out, *evs, *(x for p in w.pairs for x in p[:3])]:
                    _shift(e, off, sentences, seen)
                sentences += sum(1 for _ in doc.sents)
            w.merge_in_all += w.merge_in
            w.pairs_all += w.pairs
            w.merge_out_all += w.merge_out
            w.kept_all += w.kept
            w.after_all.update(w.after_did)
            out.extend(evs)
        n_gold += len(art.events)
        found = attribute(art, out, w, bar, rerank_kept=out if a.rerank else None)
        for gi, c in found.items():
            g = art.events[gi]
            key = c[0] + (f": {c[1]}" if c[0] in ("build", "relabel", "news", "merged", "typer", "after filter") else "")
            causes[key] += 1
            s0, e0 = art.sentences[g.sentences[0]]
            records.append({"doc": art.id, "label": g.label, "cause": c[0], "detail": c[1:],
                            "sentence": " ".join(art.text[s0:e0].split())[:220]})
    missed = sum(causes.values())
    print(f"{missed} of {n_gold} gold events missed (recall {1 - missed / n_gold:.3f})")
    for k, v in causes.most_common():
        print(f"{v:5d}  {k}")
    if a.list:
        for r in sorted(records, key=lambda r: (r["cause"], str(r["detail"]))):
            print(f"[{r['cause']} {r['detail']}] {r['doc']} {r['label']} | {r['sentence']}")
    if a.json:
        a.json.write_text(json.dumps(records, indent=0), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
