"""Events: ACLED-coded events with actors, place, date, counts, modality and source
(stage sitroom.events.hybrid.v1).

How a document is coded:
1. detection: every unit (sentence) is described by features the parse already paid for (classifier.py:
   pooled tok2vec vectors, static word vectors distilled from MiniLM, hashed words and parse triples, cue
   vector) with its document's mean and its position; the detector trained on the annotated real-news
   corpus (detector.py, built by bench/train_detector.py) says whether it reports an event as news;
2. typing: the detector's typer gives the sub-event type, with the cue words as a prior (and, for a
   detector built with context weights, the document's other event units); a second event in the same
   unit needs its own strong cue;
3. arguments: actors, place, date and counts from the sentence, or from the one or two sentences before
   it in the same paragraph when it lacks them (one event told across sentences), else the article's
   focus and the week before publication (arguments.py, conventions.py);
4. modality, hedges and source (modality.py);
5. ACLED's coding rules (rules.py): hors de combat and armed victims, airstrikes inside battles,
   demonstrations, what is not news, one event per type, place and day;
6. the event-level filter (rerank.py, built by bench/train_rerank.py): each event, with what is known of
   it now (its sentence's scores, how often and where it is reported, its tense, quotes, date, place,
   actors), is kept when it is likely a real event of its family and no duplicate.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Optional

import numpy as np

from ...errors import ConfigError
from ...lang.en.events.extractor import (
    ANAPHOR,
)
from ...lang.en.events.modality import NONE_REPORTED
from ...records import DateValue, Event, Evidence
from ...registry import stage
from ..actors.vocabulary import dateline_end
from ..time import publication_window
from . import arguments as args
from . import figures, rerank, responsibility, rules
from .classifier import features
from .coerced import DEMONSTRATION_TYPES, is_forced_movement
from .conventions import conventional_actors, document_focus, series_doers
from .detector import detector_path, get_detector, with_context
from .disruption import disruption_type
from .encoder import DIM, get_encoder
from .modality import modality_from_parse, modality_of, source_of
from .patterns import Cue, find_cues
from .reactions import is_reaction_to, is_talk_about_protest
from .taxonomy import LABELS
from .territory import control_word, is_withdrawal, territory_type
from .told_when import statement_times
from .units import Unit, units_of

NAME = "sitroom.events.hybrid.v1"

# A second event in the same unit needs its own strong cue and at least this p(event) x p(type).
SECOND_EVENT_MIN_PROB = 0.12
# Background, not news: an event dated more than STALE_DAYS before publication is not emitted ("since
# 34 people were killed there on May 1, 1977", "was arrested on October 13, 2020" in a report of August
# 2021): the annotation guide's "about 60 days", ACLED's report window. One dated by words that look
# back ("only two months ago, 300 students were kidnapped") keeps OLD_FACTOR of its confidence.
STALE_DAYS = 62
# An event dated by nothing in its sentence or paragraph is coded to the week before publication.
RECENT_DAYS = 6
OLD_DAYS = STALE_DAYS
OLD_FACTOR = 0.5
_LOOKS_BACK = re.compile(r"\b(?:months|years|decades) ago\b|\blast year\b", re.I)
# How far back an event may borrow its place and date (sentences, same paragraph).
CONTEXT_SENTENCES = 2
# How far back an undated event looks for the background it may continue (sentences of earlier paragraphs).
BACKGROUND_SENTENCES = 5
# Least confidence (p(event)) for an event to be kept: the detector's threshold for what is told as having
# happened; reports of what did not or may not happen need more, since the words that make them so also
# make the detector less sure.
MIN_CONFIDENCE_NON_FACTUAL = {"negated": 0.6, "hypothetical": 0.6, "predicted": 0.6, "planned": 0.5,
                              "threatened": 0.5}

# extract_events' default filter: the shipped one, when it matches the detector file in use (rerank.get_reranker).
_SHIPPED = object()

__all__ = ["NAME", "make_events", "extract_events", "units_of"]


def models_in_use() -> dict[str, Optional[Path]]:
    """The model files the stage runs with (their contents are in its version): the detector (and its own
    sentence encoder, when it has one) and the event filter, None when off or not applied."""
    path = detector_path()
    encoder = None
    if path.exists():
        with np.load(path, allow_pickle=False) as d:
            encoder = path.parent / str(d["encoder_file"]) if "encoder_file" in d else None
    return {"detector": path, "detector encoder": encoder, "filter": rerank.active_path(path)}


@stage(NAME, requires=("doc", "places", "actors", "times"), assigns=("events",),
       default_config={"threshold": None}, models=models_in_use)
def make_events(threshold: Optional[float] = None):
    """The event extractor: the learned detector and typer, then arguments and ACLED's rules.

    threshold (float | None): p(event) at or above which a unit reports an event; None: the event
        filter's candidate bar (rerank.npz, chosen out of fold on the corpus with the filter after it), or
        the one the detector was built with when there is no filter. Lower finds more, higher is surer.
    RAISES (ConfigError): when the detector file is missing (the package ships it).
    """
    det = get_detector()
    if det is None:
        raise ConfigError(f"the event detector {detector_path()} is missing; rebuild it with "
                          "`python bench/train_detector.py` (see README)")

    def run(ctx) -> None:
        ctx.events.extend(extract_events(ctx, det, threshold))

    return run


def extract_events(ctx, det=None, threshold: Optional[float] = None, reranker=_SHIPPED) -> list[Event]:
    """All events of one parsed document (see the module docstring for the steps).

    reranker: the event-level filter (rerank.py): the shipped one by default, None for none, or any
        object with ``select(events, features) -> events`` (bench/train_rerank.py records its inputs so).
    """
    det = det or get_detector()
    reranker = rerank.get_reranker(detector_path()) if reranker is _SHIPPED else reranker
    bar = threshold if threshold is not None else getattr(reranker, "detector_bar", None) or det.threshold
    units = units_of(ctx)
    # The dateline ("BAMAKO, March 14, 2024 (Reuters) -") says where and when the report was filed: never
    # an event, nor the trigger of the sentence it opens.
    dateline = dateline_end(ctx.text)
    todo = [(k, u) for k, u in enumerate(units) if u.span is not None and u.end > dateline
            and ctx.text[dateline:u.end].strip()]
    if not todo:
        return []
    cues = [find_cues(u.text, u.start) for _, u in todo]
    x = features([u.span for _, u in todo], [u.text for _, u in todo], cues)  # as the detector was trained
    x = with_context(x, np.array([k / len(units) for k, _ in todo], dtype=np.float32))
    p_event = det.p_event(x)
    # A headline is not the report: it repeats (or sells) what the body tells, and the body is where the
    # event's place, date and actors are. Its words still count in the document's mean features.
    headline = _headline(ctx) or _untitled_headline(units)
    body = np.array([not _is_headline(u, headline) for _, u in todo])
    emb = _rescore(det, x, [u.text for _, u in todo], p_event, body)
    found = np.flatnonzero((p_event >= bar) & body)
    if not len(found):
        return []
    # Each found unit is typed with the document's other units above the bar (the headline's too), when
    # the detector has context weights (none in the shipped one: detector.CONTEXT_WEIGHT).
    typed = np.flatnonzero(p_event >= bar)
    p_all = det.p_type_in_document(x[typed], p_event[typed], 0 if typed[0] == 0 else None,
                                   _found_embeddings(det, emb, typed, [u.text for _, u in todo]))
    p_type = p_all[np.searchsorted(typed, found)]
    scores = {todo[i][1].start: rerank.UnitScore(float(p_event[i]), dict(zip(det.labels, map(float, pt))),
                                                 len(cues[i]), max((c.weight for c in cues[i]), default=0.0))
              for i, pt in zip(found, p_type)}
    events, gates = [], {}
    bars = {"asserted": bar, **{m: max(bar, v) for m, v in MIN_CONFIDENCE_NON_FACTUAL.items()}}
    for i, pt in zip(found, p_type):
        (k, _u), pe = todo[i], float(p_event[i])
        cs, forced = _triggers(ctx.doc, cues[i], dateline)
        probs = {label: pe * float(q) for label, q in zip(det.labels, pt)}
        if forced and not any(c.label.startswith(DEMONSTRATION_TYPES) for c in cs):
            # captives marched away: whatever the unit reports, it is no demonstration
            probs = {label: q for label, q in probs.items() if not label.startswith(DEMONSTRATION_TYPES)}
        said = " ".join([c.text for c in _context(units, k)] + [units[k].text])
        for label, conf, cue in _typed_labels(probs, cs, ctx.doc, pe, said, units[k].text):
            ev = _build_event(ctx, units, k, label, conf, cue, gates, bars)
            if ev is not None:
                events.append(ev)
    events = sorted(events, key=lambda e: (e.evidence.sentence, e.evidence.start))
    events = series_doers(figures.absorb_victims(events, _placed_or_dated(ctx, units, dateline)))
    news, mentions = rules.select_news(events, ctx.doc, ctx.pub_date, bars, gates=gates)
    merged = rules.merge_events(news, mentions)
    if reranker is None or not merged:
        return merged
    info = rerank.DocInfo(scores, len(units), len(found), events, ctx.pub_date)
    return reranker.select(merged, rerank.event_features(merged, info, ctx.doc))


def _placed_or_dated(ctx, units: list[Unit], dateline: int) -> set[int]:
    """The sentences that name a place or a date of their own (the dateline's aside): another incident's."""
    return {u.sentence for u in units if _in_unit([m for m in ctx.places if m.start >= dateline], u)
            or _in_unit([m for m in ctx.times if m.start >= dateline], u)}


def _triggers(doc, cues: list[Cue], dateline: int) -> tuple[list[Cue], bool]:
    """The cues that may trigger an event: none in the dateline, and no demonstration cue that is a
    captive's forced movement ("marched into the forest at gunpoint"); and whether there was such a one."""
    out, forced = [], False
    for c in cues:
        if c.start < dateline:
            continue
        if c.label.startswith(DEMONSTRATION_TYPES) and is_forced_movement(doc, c.start, c.end):
            forced = True
            continue
        out.append(c)
    return out, forced


def _rescore(det, x: np.ndarray, texts: list[str], p_event: np.ndarray, body: np.ndarray) -> Optional[np.ndarray]:
    """The detector's second stage, in place on ``p_event``: the candidate units (first-stage p(event) at
    the detector's encoder bar or more, headline aside) are embedded by the sentence encoder, in one
    batch, and rescored. Only candidates: the encoder costs more per sentence than the parse. Returns
    the embeddings (zeros for the units not embedded), None when the detector has no such stage."""
    if not det.uses_encoder:
        return None
    emb = np.zeros((len(texts), DIM), dtype=np.float32)
    cand = np.flatnonzero((p_event >= det.encoder_bar) & body)
    if len(cand):
        emb[cand] = get_encoder(det.encoder_model).encode([texts[i] for i in cand], det.encoder_contexts(texts, cand))
        p_event[cand] = det.p_event_encoded(x[cand], emb[cand])
    return emb


def _found_embeddings(det, emb: Optional[np.ndarray], found: np.ndarray, texts: list[str]) -> Optional[np.ndarray]:
    """The embeddings the typer reads, when it reads any: of the units found to report an event, taken
    from the second stage's where it embedded them, else embedded here (few: typed units only)."""
    if not det.types_with_encoder:
        return None
    out = emb[found] if emb is not None else np.zeros((len(found), DIM), dtype=np.float32)
    todo = np.flatnonzero(~out.any(axis=1))
    if len(todo):
        out[todo] = get_encoder(det.encoder_model).encode([texts[found[i]] for i in todo],
                                                          det.encoder_contexts(texts, found[todo]))
    return out


def _headline(ctx) -> Optional[str]:
    title = getattr(getattr(ctx, "doc_in", None), "title", None)
    return " ".join(title.split()) if title else None


def _untitled_headline(units: list[Unit]) -> Optional[str]:
    """The headline of a text given without a title: its first line, when that line is a paragraph of its
    own set in title case without a closing full stop ("Escalation In Afghanistan Is Likely Nearing Its
    Final Stage"), or when the text repeats it as its next paragraph."""
    if len(units) < 2 or units[1].paragraph == units[0].paragraph:
        return None
    first = " ".join(units[0].text.split())
    if first == " ".join(units[1].text.split()):
        return first
    words = [w for w in re.findall(r"[A-Za-z][\w'\u2019-]*", first) if len(w) > 3]
    if first.endswith((".", "?", "!", ":", '"', "\u201d")) or len(words) < 3:
        return None
    return first if sum(w[0].isupper() for w in words) >= 0.8 * len(words) else None


def _is_headline(u: Unit, headline: Optional[str]) -> bool:
    """Whether the unit is the document's headline: the title's words, where the text starts or repeats
    them (scraped pages often give the headline twice)."""
    return bool(headline) and " ".join(u.text.split()) == headline


def _typed_labels(p: dict[str, float], cues: list[Cue], doc, p_event: float,
                  said: str = "", sentence: str = "") -> list[tuple[str, float, Optional[Cue]]]:
    """(label, confidence, trigger) for a unit the detector found to report an event (``p``: p(event) x
    p(type) per label): the typer's best label (an explosion only where a weapon is named: ``said``
    holds the unit and the sentences it continues), and a second event of another type when it has its
    own strong cue."""
    ranked = responsibility.demote_unclaimed(sorted(p, key=lambda l: -p[l]), cues)
    main = rules.stated_type(ranked, cues, said, sentence or said)
    trigger = _trigger(main, cues, doc) or _trigger_of_type(main, cues, doc)
    out = [(main, p_event, trigger)]
    main_type = main.split(" / ")[0]
    for label in ranked[1:4]:
        cue = _trigger(label, cues, doc)
        if (p[label] >= SECOND_EVENT_MIN_PROB and cue is not None and cue.weight >= 1.0
                and label.split(" / ")[0] != main_type and label in LABELS):
            if trigger is None or abs(cue.start - trigger.start) > 25:
                out.append((label, p_event, cue))
    return out


def _trigger_of_type(label: str, cues: list[Cue], doc=None) -> Optional[Cue]:
    """A cue of the label's event type when none names the sub-event type itself: the strongest cue of the
    first such cue's label (cues come in text order)."""
    kind = label.split(" / ")[0]
    same = [c for c in cues if c.label.split(" / ")[0] == kind]
    return _trigger(same[0].label, same, doc) if same else None


def _trigger(label: str, cues: list[Cue], doc=None) -> Optional[Cue]:
    own = [c for c in cues if c.label == label]
    if not own:
        return None
    best = max(c.weight for c in own)
    top = [c for c in own if c.weight == best]
    if len(top) > 1 and doc is not None:
        # Of equally strong cues, the one nearest the root of the parse: the clause's own predicate
        # ("... exchanged views", "protesters gathered"), not a modifier ("the visiting delegation") or
        # a word deep in a subordinate clause ("promising to escalate demonstrations if ...").
        return min(top, key=lambda c: (_depth(doc, c), c.start))
    return top[0]


def _depth(doc, cue: Cue) -> int:
    """Head hops from the cue's main token to the root of its sentence."""
    span = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    if span is None:
        return 99
    tok, hops = span.root, 0
    while tok.head.i != tok.i and hops < 50:
        tok, hops = tok.head, hops + 1
    return hops


def _in_unit(items, u: Unit):
    return [x for x in items if u.start <= x.start < u.end]


def _context(units: list[Unit], k: int) -> list[Unit]:
    """The units before unit ``k`` in the same paragraph, nearest first."""
    return [units[j] for j in range(k - 1, max(-1, k - 1 - CONTEXT_SENTENCES), -1)
            if units[j].paragraph == units[k].paragraph]


def _where_and_when(ctx, units: list[Unit], k: int, trig: int, context: list[Unit], cue_found: bool = True):
    """The event's place and date: its own sentence's, else borrowed from the sentences before it in the
    paragraph, else the article's focus and the week before publication. Also the sentence's own places
    (for the actors) and the context sentences used."""
    u = units[k]
    used_context: list[Unit] = []
    pub = ctx.pub_date
    # The dateline says where the reporter files from: a place only when the text names no other.
    after = dateline_end(ctx.text)
    unit_places = [p for p in _in_unit(ctx.places, u) if p.start >= after]
    unit_times = [t for t in _in_unit(ctx.times, u) if t.start >= after]  # the dateline's day is the report's
    # The place and date of the event's own clause, not those of a statement about it ("told a briefing on
    # Tuesday that the child was kidnapped on January 20").
    anchor = args.event_anchor(ctx.doc, trig, cue_found) if (unit_places or unit_times) else None
    if anchor is not None and not cue_found:
        trig = anchor.idx
    speech = frozenset(args.speech_side(ctx.doc, anchor, [m.start for m in unit_places]))
    location = args.pick_location(unit_places, ctx.text, trig, speech)
    # A time that dates the verb governing the event ("police said on Saturday that he was arrested")
    # says only that the event happened by then: used, as the week up to it, when nothing else dates it.
    above = args.speech_side(ctx.doc, anchor, [t.start for t in unit_times], speech_only=False)
    above = statement_times(ctx.doc, anchor, unit_times, above)  # "said Thursday Davis was arrested"
    date = args.pick_date([t for t in unit_times if t.start not in above], ctx.text, trig, pub)
    by_then = args.pick_date([t for t in unit_times if t.start in above], ctx.text, trig, pub)
    if location is not None and location.level == "country":
        # ACLED codes the most specific place: "went to Moscow. The delegation arrived ... in the Russian
        # Federation" happened in Moscow. A finer place in the same country just before refines it.
        for c in context:
            finer = [p for p in _in_unit(ctx.places, c) if p.country == location.country and p.level != "country"]
            refined = args.pick_location(finer, ctx.text, c.end)
            if refined is not None:
                location = refined
                used_context.append(c)
                break
    for c in context:  # one event told across sentences: borrow what this sentence lacks
        if location is None:
            location = args.pick_location(_in_unit(ctx.places, c), ctx.text, c.end)
            if location is not None:
                used_context.append(c)
        if date is None:
            borrowed = args.pick_date([t for t in _in_unit(ctx.times, c) if t.start >= after], ctx.text, c.end, pub)
            # A sentence of old background ("a massacre committed in 2014") is not where a report
            # without a date of its own took place: borrow only a date recent enough to be its news.
            if borrowed is not None and (_age_days(borrowed, pub)[0] or 0) <= STALE_DAYS:
                date = borrowed
                if c not in used_context:
                    used_context.append(c)
    if location is None or location.level == "country":
        # A coder places a sentence that names no finer place where its article does: the article's focus.
        location = document_focus(ctx, location) or location
    if location is None and after:
        location = args.pick_location([p for p in _in_unit(ctx.places, u) if p.start < after], ctx.text, trig)
    if date is None and by_then is not None and by_then.precision == "publication":
        date = by_then  # "condemns today's attack" with only the report's month known: that month
    elif date is None and by_then is not None and by_then.end:
        end = dt.date.fromisoformat(by_then.end[:10])
        date = DateValue(start=(end - dt.timedelta(days=RECENT_DAYS)).isoformat(), end=end.isoformat(),
                         precision="range", text=by_then.text)
    if date is None and pub is not None:
        # A paragraph told right after background far older than the report (the 1992 killings, then "brought
        # the group to the pit and shot them"): that background goes on; _build_event leaves it out as not news.
        date = _background_date(ctx, units, k, after, pub)
    if date is None and pub is not None:
        # Undated in its sentence and paragraph: news reports what happened in the days before it appeared,
        # marked as dated by the publication (never a day the text does not give).
        date = publication_window(ctx.published)
    return location, date, unit_places, used_context


def _background_date(ctx, units: list[Unit], k: int, after: int, pub) -> Optional[DateValue]:
    """The date of the nearest sentence of the paragraphs before unit ``k``'s that gives one (at most
    BACKGROUND_SENTENCES back), when it lies more than STALE_DAYS before publication; else None. A paragraph
    that dates nothing goes on at the time of the text before it; within one paragraph an old date in a
    modifier ("charged over a massacre committed in 2014") does not set the time of the next sentence."""
    para = units[k].paragraph
    for j in range(k - 1, max(-1, k - 1 - BACKGROUND_SENTENCES), -1):
        if units[j].paragraph == para:
            times = [t for t in _in_unit(ctx.times, units[j]) if t.start >= after]
            found = args.pick_date(times, ctx.text, units[j].end, pub) if times else None
            if found is not None and (_age_days(found, pub)[0] or 0) <= STALE_DAYS:
                return None  # the paragraph is told at a recent time ("On Monday, residents ... Separately, ...")
            continue
        times = [t for t in _in_unit(ctx.times, units[j]) if t.start >= after]
        found = args.pick_date(times, ctx.text, units[j].end, pub) if times else None
        if found is not None:
            return found if (_age_days(found, pub)[0] or 0) > STALE_DAYS else None
    return None


def _build_event(ctx, units: list[Unit], k: int, label: str, conf: float, cue: Optional[Cue],
                 gates: Optional[dict] = None, bars: Optional[dict] = None) -> Optional[Event]:
    u = units[k]
    text = u.text
    trig = cue.start if cue else u.start
    if rules.is_aggregate(label, text, trig - u.start) or rules.is_ordinary_crime_arrest(label, text):
        return None
    label = rules.hors_de_combat(label, text)
    label = disruption_type(label, text)  # a prevented attack or a seized cache is not the attack
    context = _context(units, k)
    pub = ctx.pub_date
    location, date, unit_places, used_context = _where_and_when(ctx, units, k, trig, context, cue is not None)
    # What drops the report regardless of its actors is decided before the actor work (the costliest part).
    newest, oldest = _age_days(date, pub)
    if newest is not None and newest > STALE_DAYS:
        return None
    if (oldest is not None and oldest > OLD_DAYS) or (date is not None and _LOOKS_BACK.search(date.text or "")):
        conf *= OLD_FACTOR
    # Without a cue the event is carried by the sentence's main verb (or the clause it reports): its own
    # words tell whether it happened ("said it would deploy troops" is planned).
    anchor = args.event_anchor(ctx.doc, u.start, False) if cue is None else None
    said_at = anchor.idx if anchor is not None and u.start <= anchor.idx < u.end else trig
    modality, hedges = modality_of(text, said_at - u.start, " ".join(c.text for c in used_context))
    if modality in ("asserted", "reported", "alleged", "claimed"):
        modality = modality_from_parse(ctx.doc, said_at) or modality  # "... may lead to ... possible kidnappings"
    if cue is None and NONE_REPORTED.search(text):
        modality = "negated"  # "..., no attacks were reported": no act of its own, and it says none happened
    bars = bars or {"asserted": 0.0, **MIN_CONFIDENCE_NON_FACTUAL}
    if conf < bars.get(modality, bars["asserted"]):
        return None
    # Reports rule 6 drops whatever their type (not news, boilerplate, ...): select_news would drop them anyway.
    if rules.news_gate(ctx.doc, u.start, u.end, text, cue.text if cue else None, pub, gates, u.span)[1]:
        return None
    if label.startswith(("Protests /", "Riots /")) and is_talk_about_protest(u.span):
        return None  # a condemnation of, or a call to, a demonstration is not one
    word = control_word(label, text) if cue is None else None
    if word is not None and is_reaction_to(args.event_anchor(ctx.doc, u.start + word)):
        return None  # "used his chance to comment on the withdrawal of US troops": talk about a transfer
    # Actors after the place: generic state forces ("government troops") take the country of the event's place.
    actor_args = dict(label=label, country=location.country if location is not None else None,
                      outlet=ctx.doc_in.source, place_texts=_place_texts(ctx), cue_found=cue is not None)
    a1, a2 = args.pick_actors(ctx.doc, _in_unit(ctx.actors, u), trig, ctx.text, places=unit_places, **actor_args)
    if a1 is None and ANAPHOR.match(text) and context:  # "They ...", "The delegation ..."
        a1, a2b = args.pick_actors(ctx.doc, _in_unit(ctx.actors, context[0]), context[0].end, ctx.text,
                                   places=_in_unit(ctx.places, context[0]), **actor_args)
        a2 = a2 or (a2b if a2b and a1 and a2b.name != a1.name else None)
    if label == responsibility.CLAIM and ANAPHOR.match(text):  # "The group claimed ...": the group named before
        a1 = responsibility.claimant(a1, [_in_unit(ctx.actors, c) for c in context])
    label = rules.armed_victims(label, text, a2, a1)
    if territory_type(label, text, a1, None) == rules.CLASH:
        label = rules.CLASH  # no change of control told: no loser of territory to supply below
    label = rules.civilian_victims(label, text, a2, a1)
    label = rules.demonstration_type(label, text)  # before the conventional actors, who depend on it
    a1, a2 = conventional_actors(label, a1, a2, location, text)
    # Which territory type: ACLED decides by who gains the place and whether it was fought over.
    label = territory_type(label, text, a1, location.country if location is not None else None)
    if is_withdrawal(label, text):
        a1, a2 = a2, a1  # the side told withdrawing lost the place: the gaining side is actor1

    fields = rules.typed_fields(label)
    figs = figures.read(text, fields["event_type"], label)
    return Event(
        **fields,
        confidence=round(float(conf), 4),
        actor1=a1, actor2=a2,
        location=location.model_copy() if location is not None else None,
        date=date or DateValue(),
        fatalities=figs.fatalities, injured=figs.injured, arrested=figs.arrested, fatalities_note=figs.note,
        modality=modality, hedges=hedges,
        source=source_of(u.span if u.span is not None else text, ctx.doc_in.source),
        evidence=Evidence(sentence=u.sentence, start=u.start, end=u.end, text=text, paragraph=u.paragraph),
        trigger=cue.text if cue else None,
        extractor=NAME,
    )


def _place_texts(ctx) -> set[str]:
    """Lower-case names of the document's places (an unknown "actor" named so is a place); cached per document."""
    cached = getattr(ctx, "_event_place_texts", None)
    if cached is None:
        cached = {p.text.lower() for p in ctx.places}
        try:
            ctx._event_place_texts = cached
        except AttributeError:  # a context that takes no new attributes: recompute (cheap)
            pass
    return cached


def _age_days(date: Optional[DateValue], pub) -> tuple[Optional[int], Optional[int]]:
    """Days from the end and from the start of the event's date to publication (None when unknown)."""
    if date is None or pub is None or not (date.end or date.start):
        return None, None
    try:
        start = dt.date.fromisoformat((date.start or date.end)[:10])
        end = dt.date.fromisoformat((date.end or date.start)[:10])
    except ValueError:
        return None, None
    return (pub - end).days, (pub - start).days
