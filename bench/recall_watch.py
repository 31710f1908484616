"""The watch on the events stage that bench/recall_loss.py reads: it wraps the stage's helpers (module attributes)
to record, for each candidate event, where it went (its sentence's scores, its typing, the build's checks and
relabellings, rule 6's drops, the merges, the filter and the rules after it)."""

from __future__ import annotations


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
        self._wrap(merging, "merge_reports", self._pair)
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
                    self.dropped[("absorbed", e.evidence.start, lab(e))] = "absorbed"
            self.pre_select = None
            return out
        return f

    def _select(self, orig):
        def f(events, doc, pub=None, min_confidence=None, gates=None, apart=None):
            kept, mentions = orig(events, doc, pub, min_confidence, gates, apart)
            ids = {(e.evidence.start, e.trigger) for e in kept}
            for e in events:
                if (e.evidence.start, e.trigger) not in ids:
                    self.dropped[("news", e.evidence.start, lab(e))] = _select_reason(e, doc, pub, min_confidence)
            self.selected = kept
            self.mentions = {(e.evidence.start, lab(e)) for e in kept if id(e) in mentions}
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


def lab(e) -> str:
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
    if d.is_bystander_agent(tok, lab(e)):
        return "bystander agent"
    from sitroom.extract.events.territory import is_not_territory
    if is_not_territory(tok, lab(e)):
        return "not territory"
    if irrealis(tok):
        return f"irrealis ({irrealis(tok)}) below its bar"
    if d.is_modifier_mention(tok, e.trigger):
        return "modifier mention, nothing before"
    return "?"


class Kept:
    """The filter, recording the events it keeps."""

    def __init__(self, reranker, w: Watch):
        self.reranker, self.w = reranker, w
        self.detector_bar = getattr(reranker, "detector_bar", None)

    def select(self, events, x):
        out = self.reranker.select(events, x)
        self.w.kept = list(out)
        return out
