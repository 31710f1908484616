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


def _fam(label: str) -> str:
    return label.split(" / ")[0]


class Watch:
    """Wraps the events stage's helpers (module attributes) to record what happens to each candidate."""

    def __init__(self):
        import sitroom.extract.events as ev
        from sitroom.extract.events import build, defining_element, family, figures, merging, retold, rules

        self.ev, self.rules, self.figures = ev, merging, figures
        self.reset()
        self._orig = {}
        self._wrap(ev, "rescore", self._rescore)
        self._wrap(ev, "typed_labels", self._typed)
        self._wrap(ev, "build_event", self._build)
        for name in ("is_aggregate", "is_ordinary_crime_arrest"):
            self._wrap(rules, name, self._check(name))
        for mod, name in ((rules, "hors_de_combat"), (build, "disruption_type"), (rules, "armed_victims"),
                          (build, "territory_type"), (rules, "civilian_victims"), (rules, "demonstration_type")):
            self._wrap(mod, name, self._relabel(name))
        self._wrap(build, "age_days", self._age)
        self._wrap(rules, "news_gate", self._gate)
        self._wrap(build, "is_talk_about_protest", self._check("protest talk"))
        self._wrap(build, "is_reaction_to", self._check("reaction"))
        self._wrap(figures, "absorb_victims", self._absorb)
        self._wrap(rules, "select_news", self._select)
        self._wrap(rules, "merge_events", self._merge)
        self._wrap(merging, "_merge", self._pair)
        # step 7, on each event the filter kept: the rules that may drop it or change its family
        for name in _AFTER_FILTER:
            if hasattr(ev, name):
                self._wrap(ev, name, self._after(name))
        self._wrap(rules, "arrest_told", self._after("arrest_told"))
        self._wrap(family, "gathering_event", self._after("gathering_event"))
        self._wrap(defining_element, "defining_told", self._after("defining_told"))
        for mod, name in ((ev, "told_after_old_day"), (retold, "year_named_incident"), (retold, "undated_in_long_text")):
            self._wrap(mod, name, self._after_check(name))

    def reset(self):
        self.scores = []        # (unit start, end, p_event, body)
        self.attempts = []      # dict per build_event call
        self.typed = {}         # unit start -> (best family, probs)
        self.dropped = {}       # id(event) -> reason, after the build
        self.trace = None
        self.cur = None
        self.pairs = []
        self.kept = []          # the events the filter kept (the very objects merge_events returned)
        self.origin = {}        # id(event a step-7 rule made) -> (that event, held so its id stays its own; the id
                                # of the event the filter kept that it came from)
        self.after_did = {}     # id(event the filter kept) -> the first step-7 rule that dropped or relabelled it

    def _wrap(self, mod, name, maker):
        orig = getattr(mod, name)
        self._orig[(mod, name)] = orig
        setattr(mod, name, maker(orig))

    def _rescore(self, orig):
        def f(det, x, texts, p_event, body):
            out = orig(det, x, texts, p_event, body)
            self.scores.append((list(texts), p_event.copy(), body.copy()))
            return out
        return f

    def _typed(self, orig):
        def f(p, cues, doc, p_event, said="", sentence=""):
            out = orig(p, cues, doc, p_event, said, sentence)
            self.cur = (sentence, p, [l for l, _, _ in out])
            return out
        return f

    def _build(self, orig):
        def f(ctx, units, k, label, conf, cue, gates=None, bars=None):
            self.trace = []
            ev = orig(ctx, units, k, label, conf, cue, gates, bars)
            self.attempts.append({"start": units[k].start, "end": units[k].end, "label": label, "event": ev,
                                  "trace": self.trace, "typed": self.cur})
            self.trace = None
            return ev
        return f

    def _check(self, name):
        def maker(orig):
            def f(*a, **kw):
                out = orig(*a, **kw)
                if self.trace is not None:
                    self.trace.append((name, bool(out)))
                return out
            return f
        return maker

    def _relabel(self, name):
        def maker(orig):
            def f(label, *a, **kw):
                out = orig(label, *a, **kw)
                if self.trace is not None and out != label:
                    self.trace.append(("relabel " + name, (label, out)))
                return out
            return f
        return maker

    def _age(self, orig):
        def f(date, pub):
            out = orig(date, pub)
            if self.trace is not None:
                self.trace.append(("age", out))
            return out
        return f

    def _gate(self, orig):
        def f(doc, start, end, text, trigger, pub=None, gates=None, span=None):
            out = orig(doc, start, end, text, trigger, pub, gates, span)
            if self.trace is not None:
                self.trace.append(("news_gate", out[1] and _gate_reason(out[0], span, text, pub)))
            return out
        return f

    def _absorb(self, orig):
        def f(events, own):
            out = orig(events, own)
            kept = {id(e) for e in out}
            for e in events:
                if id(e) not in kept:
                    self.dropped[("absorbed", e.evidence.start, _lab(e))] = "absorbed"
            self.pre_select = None
            return out
        return f

    def _select(self, orig):
        def f(events, doc, pub=None, min_confidence=None, gates=None, apart=None):
            kept, mentions = orig(events, doc, pub, min_confidence, gates, apart)
            ids = {(e.evidence.start, e.trigger) for e in kept}
            for e in events:
                if (e.evidence.start, e.trigger) not in ids:
                    self.dropped[("news", e.evidence.start, _lab(e))] = _select_reason(e, doc, pub, min_confidence)
            self.selected = kept
            self.mentions = {(e.evidence.start, _lab(e)) for e in kept if id(e) in mentions}
            return kept, mentions
        return f

    def _pair(self, orig):
        def f(keep, other, keep_evidence=False, ranks=None):
            out = orig(keep, other, keep_evidence, ranks)
            self.pairs.append((keep, other, out, keep_evidence))
            return out
        return f

    def _after(self, name):
        def maker(orig):
            def f(e, *a, **kw):
                out = orig(e, *a, **kw)
                if e is None:
                    return out
                root = self._origin(e)
                if out is None:
                    self.after_did.setdefault(root, name)
                elif out is not e:
                    self.origin[id(out)] = (out, root)
                    if out.event_type != e.event_type:
                        self.after_did.setdefault(root, f"{name} -> {out.event_type}")
                return out
            return f
        return maker

    def _after_check(self, name):
        def maker(orig):
            def f(e, *a, **kw):
                out = orig(e, *a, **kw)
                if out:
                    self.after_did.setdefault(self._origin(e), name)
                return out
            return f
        return maker

    def _origin(self, e) -> int:
        """The id of the event the filter kept that ``e`` is, or that a step-7 rule made ``e`` from."""
        return self.origin[id(e)][1] if id(e) in self.origin else id(e)

    def _merge(self, orig):
        def f(events, mentions=frozenset(), *args, **kw):  # (members, retold...: passed on as given)
            out = orig(events, mentions, *args, **kw)
            self.merge_in, self.merge_out = events, out
            return out
        return f


# The rules of extract_events' step 7 that take one kept event and may drop it (None) or change its family.
_AFTER_FILTER = ("demonstration_event", "intervention_told", "told_by_report", "contact_of_officials",
                 "civilians_told", "act_reported", "practice_told")


def _lab(e) -> str:
    return f"{e.event_type} / {e.sub_event_type}"


def _gate_reason(tok, span, text, pub) -> str:
    from sitroom.extract.events import discourse as d

    if tok is None:
        return "?"
    if span is not None and d.is_boilerplate(span, text):
        return "boilerplate"
    if d.is_name_part(tok):
        return "name part"
    why = d.not_news(tok, pub)
    if why:
        return f"not news ({why})"
    if d.is_activity_mention(tok):
        return "activity mention"
    if d.is_listed_kind(tok):
        return "listed kind"
    return "?"


def _select_reason(e, doc, pub, min_confidence) -> str:
    from sitroom.extract.events.irrealis import irrealis
    from sitroom.extract.events import discourse as d
    from sitroom.extract.events import rules

    tok, dropped = rules.news_gate(doc, e.evidence.start, e.evidence.end, e.evidence.text, e.trigger, pub, None)
    if dropped:
        span = doc.char_span(e.evidence.start, e.evidence.end, alignment_mode="expand")
        return _gate_reason(tok, span, e.evidence.text, pub)
    if d.is_bystander_agent(tok, _lab(e)):
        return "bystander agent"
    from sitroom.extract.events.territory import is_not_territory
    if is_not_territory(tok, _lab(e)):
        return "not territory"
    if irrealis(tok):
        return f"irrealis ({irrealis(tok)}) below its bar"
    if d.is_modifier_mention(tok, e.trigger):
        return "modifier mention, nothing before"
    return "?"


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
                if w.rules._same_event(o, e) or w.rules._same_event(e, o) or _lab(o) == _lab(e):
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


class _Kept:
    """The filter, recording the events it keeps."""

    def __init__(self, reranker, w: Watch):
        self.reranker, self.w = reranker, w
        self.detector_bar = getattr(reranker, "detector_bar", None)

    def select(self, events, x):
        out = self.reranker.select(events, x)
        self.w.kept = list(out)
        return out


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
        reranker = _Kept(reranker, w)
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
