"""Events: ACLED-coded events with actors, place, date, counts, modality and source
(stage sitroom.events.hybrid.v1).

How a document is coded:
1. candidates: sentences with a cue (patterns.py), and sentences without one that the classifier's
   cheap screen finds event-like (classifier.Screen); the rest are skipped;
2. typing: a calibrated softmax over [spaCy's pooled tok2vec vectors ; static word vectors distilled
   from MiniLM ; hashed words ; cues] (classifier.py: a table lookup and features the parse already
   computed); decisive cues settle the type; without the shipped model, the cues alone decide;
3. arguments: actors, place, date and counts from the sentence, or from the one or two sentences before
   it in the same paragraph when it lacks them (one event told across sentences) (arguments.py);
4. modality, hedges and source (modality.py);
5. ACLED's rules: hors de combat, airstrikes inside battles, one event per place and day (rules.py).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from typing import Optional

import numpy as np

from ...records import ActorRef, DateValue, Event, Evidence
from ...registry import stage
from . import arguments as args
from . import rules
from .classifier import features, get_classifier, screen_features
from .detector import get_detector, with_context
from .modality import modality_of, source_of
from .patterns import DECISIVE, Cue, find_cues
from .taxonomy import LABELS, NONE_LABEL, priority
from .disruption import disruption_type
from .reactions import is_talk_about_protest
from .territory import territory_type

NAME = "sitroom.events.hybrid.v1"

# A sentence becomes an event when its best label beats "none"; a second event in the same sentence
# needs its own strong cue and at least this probability (several events in one sentence).
SECOND_EVENT_MIN_PROB = 0.12
# A decisive cue types the sentence unless the classifier is this sure it reports no event.
DECISIVE_MAX_NONE = 0.9
# A label with no cue of its own in the sentence (none at all, or only other types' cues: "threatened to
# launch a new military offensive" typed as a change of activity) needs a confident classifier.
NO_CUE_MIN_PROB = 0.6
# Without a trained model, cues alone: only strong ones count.
CUE_ONLY_MIN_WEIGHT = 1.0
# Background, not news: an event dated more than STALE_DAYS before publication is not emitted ("since
# 34 people were killed there on May 1, 1977"); one dated more than OLD_DAYS before, or by words that
# look back ("only two months ago, 300 students were kidnapped"), keeps OLD_FACTOR of its confidence.
# (The written reports code events up to 61 days old: retrospective reports are news too.)
STALE_DAYS = 365
# An event dated by nothing in its sentence or paragraph is coded to the week before publication.
RECENT_DAYS = 6
OLD_DAYS = 90
OLD_FACTOR = 0.5
_LOOKS_BACK = re.compile(r"\b(?:months|years|decades) ago\b|\blast year\b", re.I)
# How far back an event may borrow its place and date (sentences, same paragraph).
CONTEXT_SENTENCES = 2
# Least confidence for an event to be kept. Reports of what did not or may not happen need more,
# since the words that make them so also make the classifier less sure.
MIN_CONFIDENCE = {"asserted": 0.35, "negated": 0.6, "hypothetical": 0.6, "predicted": 0.6, "planned": 0.5,
                  "threatened": 0.5}
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n\s*")
# A sentence that starts by pointing back ("They ...", "The delegation ...") takes its actors from the one before.
_ANAPHOR = re.compile(r"^(?:they|it|he|she|this|these|the (?:group|delegation|militants|fighters|attackers|rebels|"
                      r"insurgents|troops|soldiers|forces|army|police|gunmen|assailants|videos?|footage))\b", re.I)

__all__ = ["NAME", "make_events", "extract_events"]


@stage(NAME, requires=("doc", "places", "actors", "times"), assigns=("events",),
       default_config={"screen_uncued": True})
def make_events(screen_uncued: bool = True):
    """The hybrid event extractor: cue patterns plus a calibrated sentence classifier.

    screen_uncued (bool): also classify the sentences without a cue that the classifier's cheap screen
        finds event-like (reports phrased in words no cue lists); off: sentences with a cue only.
    """

    def run(ctx) -> None:
        ctx.events.extend(extract_events(ctx, screen_uncued))

    return run


@dataclass
class Unit:
    """A stretch of text coded on its own: a spaCy sentence, cut again at blank lines (spaCy sometimes
    runs a sentence across paragraphs, e.g. after a colon that ends a caption)."""

    sentence: int  # index of the spaCy sentence (the provenance every stage uses)
    start: int
    end: int
    text: str
    paragraph: int
    span: object = None  # the spaCy span, for the dependency parse


def units_of(ctx) -> list[Unit]:
    """The document's sentences, split at blank lines, each with its paragraph number."""
    breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(ctx.text)]
    out = []
    for i, s in enumerate(ctx.doc.sents):
        pieces, pos = [], s.start_char
        for m in _PARAGRAPH_BREAK.finditer(ctx.text, s.start_char, s.end_char):
            pieces.append((pos, m.start()))
            pos = m.end()
        pieces.append((pos, s.end_char))
        for a, b in pieces:
            raw = ctx.text[a:b]
            lead = len(raw) - len(raw.lstrip())
            a, b = a + lead, a + len(raw.rstrip())
            if b <= a:
                continue
            span = ctx.doc.char_span(a, b, alignment_mode="expand")
            out.append(Unit(i, a, b, ctx.text[a:b], bisect.bisect_right(breaks, a), span))
    return out


def extract_events(ctx, screen_uncued: bool = True) -> list[Event]:
    """All events of one parsed document (see the module docstring for the steps)."""
    units = units_of(ctx)
    det = get_detector()
    if det is not None:
        return _detect_events(ctx, units, det)
    cands, uncued = [], []
    for k, u in enumerate(units):
        cues = find_cues(u.text, u.start)
        if cues:
            cands.append((k, cues))
        elif u.span is not None:
            uncued.append((k, cues))
    clf = get_classifier()
    if screen_uncued and uncued and clf is not None and clf.screen is not None:
        keep = clf.screen.passes(screen_features([units[k].span for k, _ in uncued]))
        cands = sorted(cands + [c for c, ok in zip(uncued, keep) if ok])
    if not cands:
        return []
    probs = _classify([units[k] for k, _ in cands], [c for _, c in cands])
    events = []
    gates: dict = {}  # rules.news_gate per (unit, trigger): asked before the argument work, reused by select_news
    for (k, cues), p in zip(cands, probs):
        for label, conf, cue in _labels_for(p, cues, ctx.doc):
            ev = _build_event(ctx, units, k, label, conf, cue, gates)
            if ev is not None:
                events.append(ev)
    news, mentions = rules.select_news(events, ctx.doc, ctx.pub_date, MIN_CONFIDENCE, gates=gates)
    return rules.merge_events(news, mentions)


def _detect_events(ctx, units: list[Unit], det) -> list[Event]:
    """Events by the detector trained on real news: every unit is asked whether it reports an event
    (calibrated p(event) at or above the detector's threshold) and which sub-event type; then arguments and
    ACLED's rules as for cue-found events."""
    todo = [(k, u) for k, u in enumerate(units) if u.span is not None]
    if not todo:
        return []
    cues = [find_cues(u.text, u.start) for _, u in todo]
    x = features([u.span for _, u in todo], [u.text for _, u in todo], cues)
    x = with_context(x, np.array([k / len(units) for k, _ in todo], dtype=np.float32))
    p_event = det.p_event(x)
    p_type = det.p_type(x)
    events, gates = [], {}
    for (k, u), cs, pe, pt in zip(todo, cues, p_event, p_type):
        if pe < det.threshold:
            continue
        probs = {label: float(pe * q) for label, q in zip(det.labels, pt)}
        probs[NONE_LABEL] = float(1.0 - pe)
        for label, conf, cue in _typed_labels(probs, cs, ctx.doc, float(pe)):
            ev = _build_event(ctx, units, k, label, conf, cue, gates)
            if ev is not None:
                events.append(ev)
    news, mentions = rules.select_news(events, ctx.doc, ctx.pub_date, MIN_CONFIDENCE, gates=gates)
    return rules.merge_events(news, mentions)


def _typed_labels(p: dict[str, float], cues: list[Cue], doc, p_event: float) -> list[tuple[str, float, Optional[Cue]]]:
    """(label, confidence, trigger) for a unit the detector found to report an event: the typer's best
    label, and a second event of another type when it has its own strong cue."""
    ranked = sorted((l for l in p if l != NONE_LABEL), key=lambda l: -p[l])
    main = ranked[0]
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
    """The strongest cue of the label's event type, when none names the sub-event type itself."""
    kind = label.split(" / ")[0]
    same = [c for c in cues if c.label.split(" / ")[0] == kind]
    return _trigger(same[0].label, same, doc) if same else None


def _classify(units: list[Unit], cues: list[list[Cue]]) -> list[dict[str, float]]:
    """Label probabilities per unit, from the model, or from the cues when no model ships."""
    clf = get_classifier()
    if clf is None:
        out = []
        for cs in cues:
            p = {NONE_LABEL: 1.0}
            strong = [c for c in cs if c.weight >= CUE_ONLY_MIN_WEIGHT]
            if strong:
                best = min(strong, key=lambda c: priority(c.label))
                p = {best.label: 0.6, NONE_LABEL: 0.4}
            out.append(p)
        return out
    probs = clf.predict_proba(features([u.span for u in units], [u.text for u in units], cues))
    return [dict(zip(clf.labels, row.tolist())) for row in probs]


def _labels_for(p: dict[str, float], cues: list[Cue], doc=None) -> list[tuple[str, float, Optional[Cue]]]:
    """(label, confidence, trigger cue) of each event a sentence reports; empty when it reports none."""
    ranked = sorted((l for l in p if l != NONE_LABEL), key=lambda l: -p[l])
    p_none = p.get(NONE_LABEL, 0.0)
    decisive = [c for c in cues if c.weight >= DECISIVE]
    decisive_wins = bool(decisive) and p_none < DECISIVE_MAX_NONE
    if decisive_wins:
        # Words that settle the type (patterns.py); the earliest label in ACLED's order wins. The
        # confidence is the classifier's belief that the sentence reports an event at all.
        main = min(decisive, key=lambda c: priority(c.label)).label
        conf = max(p.get(main, 0.0), 1.0 - p_none)
    else:
        if not ranked or p[ranked[0]] <= p_none:
            return []
        main, conf = ranked[0], p[ranked[0]]
    trigger = _trigger(main, cues, doc)
    if not decisive_wins and conf < NO_CUE_MIN_PROB and trigger is None:
        return []  # no word of its own type: only a confident classifier may type it
    out = [(main, conf, trigger)]
    main_type = main.split(" / ")[0]
    for label in ranked[1:4]:
        cue = _trigger(label, cues, doc)
        if (p[label] >= SECOND_EVENT_MIN_PROB and cue is not None and cue.weight >= 1.0
                and label.split(" / ")[0] != main_type and label in LABELS):
            main_cue = out[0][2]
            if main_cue is None or abs(cue.start - main_cue.start) > 25:
                out.append((label, p[label], cue))
    return out


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


def _build_event(ctx, units: list[Unit], k: int, label: str, conf: float, cue: Optional[Cue],
                 gates: Optional[dict] = None) -> Optional[Event]:
    if conf < min(MIN_CONFIDENCE.values()):  # below every modality's bar: skip the argument work
        return None
    u = units[k]
    text = u.text
    trig = cue.start if cue else u.start
    if rules.is_aggregate(label, text, trig - u.start):
        return None
    label = rules.hors_de_combat(label, text)
    label = disruption_type(label, text)  # a prevented attack or a seized cache is not the attack
    context = _context(units, k)
    used_context: list[Unit] = []
    pub = ctx.pub_date

    unit_places = _in_unit(ctx.places, u)
    location = args.pick_location(unit_places, ctx.text, trig)
    date = args.pick_date(_in_unit(ctx.times, u), ctx.text, trig, pub)
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
            borrowed = args.pick_date(_in_unit(ctx.times, c), ctx.text, c.end, pub)
            # A sentence of old background ("a massacre committed in 2014") is not where a report
            # without a date of its own took place: borrow only a date recent enough to be its news.
            if borrowed is not None and (_age_days(borrowed, pub)[0] or 0) <= STALE_DAYS:
                date = borrowed
                if c not in used_context:
                    used_context.append(c)
    if location is None or location.level == "country":
        # A coder places a sentence that names no finer place where its article does: the article's focus.
        location = _document_focus(ctx, location) or location
    if date is None and pub is not None:
        # Undated in its sentence and paragraph: news reports what happened in the days before it appeared.
        # ACLED's time precision 2 (a day within a week), never a day the text does not give.
        date = DateValue(start=(pub - dt.timedelta(days=RECENT_DAYS)).isoformat(), end=pub.isoformat(),
                         precision="range")
    # What drops the report regardless of its actors is decided before the actor work (the costliest part).
    newest, oldest = _age_days(date, pub)
    if newest is not None and newest > STALE_DAYS:
        return None
    if (oldest is not None and oldest > OLD_DAYS) or (date is not None and _LOOKS_BACK.search(date.text or "")):
        conf *= OLD_FACTOR
    modality, hedges = modality_of(text, trig - u.start, " ".join(c.text for c in used_context))
    if conf < MIN_CONFIDENCE.get(modality, MIN_CONFIDENCE["asserted"]):
        return None
    # Reports rule 6 drops whatever their type (not news, boilerplate, ...): select_news would drop them anyway.
    if rules.news_gate(ctx.doc, u.start, u.end, text, cue.text if cue else None, pub, gates, u.span)[1]:
        return None
    if label.startswith(("Protests /", "Riots /")) and is_talk_about_protest(u.span):
        return None  # a condemnation of, or a call to, a demonstration is not one
    # Actors after the place: generic state forces ("government troops") take the country of the event's place.
    actor_args = dict(label=label, country=location.country if location is not None else None,
                      outlet=ctx.doc_in.source, place_texts=_place_texts(ctx), cue_found=cue is not None)
    a1, a2 = args.pick_actors(ctx.doc, _in_unit(ctx.actors, u), trig, ctx.text, places=unit_places, **actor_args)
    if a1 is None and _ANAPHOR.match(text) and context:  # "They ...", "The delegation ..."
        a1, a2b = args.pick_actors(ctx.doc, _in_unit(ctx.actors, context[0]), context[0].end, ctx.text,
                                   places=_in_unit(ctx.places, context[0]), **actor_args)
        a2 = a2 or (a2b if a2b and a1 and a2b.name != a1.name else None)
    label = rules.armed_victims(label, text, a2)
    a1, a2 = _conventional_actors(label, a1, a2, location, text)
    # Which territory type: ACLED decides by who gains the place and whether it was fought over.
    label = territory_type(label, text, a1, location.country if location is not None else None)

    fields = rules.typed_fields(label)
    return Event(
        **fields,
        confidence=round(float(conf), 4),
        actor1=a1, actor2=a2,
        location=location.model_copy() if location is not None else None,
        date=date or DateValue(),
        fatalities=args.count("fatalities", text) if fields["event_type"] not in ("Diplomacy",) else None,
        injured=args.count("injured", text),
        arrested=args.count("arrested", text) if label != "Statements / Claim of responsibility" else None,
        modality=modality, hedges=hedges,
        source=source_of(u.span if u.span is not None else text, ctx.doc_in.source),
        evidence=Evidence(sentence=u.sentence, start=u.start, end=u.end, text=text),
        trigger=cue.text if cue else None,
        extractor=NAME,
    )


def _document_focus(ctx, location):
    """The article's focus: its first place finer than a country, in the event's country when the event has
    one, else in the country the article names most; None when there is none (cached per document)."""
    cache = ctx.scratch.setdefault("_event_focus", {})
    country = location.country if location is not None else None
    if country not in cache:
        placed = [p for p in ctx.places if p.country and p.role == "location"]
        want = country
        if want is None and placed:
            counts = Counter(p.country for p in placed)
            want = max(counts, key=lambda c: (counts[c], -next(i for i, p in enumerate(placed) if p.country == c)))
        finer = [p for p in placed if p.country == want and p.level != "country"]
        cache[country] = finer[0] if finer else next((p for p in placed if p.country == want), None)
    focus = cache[country]
    return focus.model_copy() if focus is not None else None


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


# Types whose unnamed perpetrator ACLED codes as "Unidentified Armed Group (Country)".
_UNNAMED_DOER_TYPES = ("Violence against civilians /", "Explosions/Remote violence / Remote explosive",
                       "Explosions/Remote violence / Suicide bomb", "Explosions/Remote violence / Grenade")


def _conventional_actors(label: str, a1: Optional[ActorRef], a2: Optional[ActorRef], location, text: str):
    """ACLED's conventions for actors a report leaves implicit."""
    iso = location.country if location is not None else None
    cname = args.country_name(iso)
    pname = cname[4:] if cname and cname.startswith("the ") else cname  # "Civilians (Philippines)", ACLED's form
    state_like = ("state forces", "government", "police")
    if label == rules.ATTACK and cname:
        victims = args.victims_text(text)
        # Victims hors de combat or unarmed are civilians, even when the report names them as soldiers.
        if a2 is None or (rules.HORS_DE_COMBAT.search(text) and a2 is not None and a1 is not None and a2.name != a1.name
                          and (a2.actor_type or "").lower().startswith(state_like)):
            a2 = ActorRef(name=f"Civilians ({pname})", text=victims or (a2.text if a2 else None), actor_type="civilians", inter=7,
                          country=iso)
    elif label == "Battles / Non-state actor overtakes territory" and a2 is None and cname:
        a2 = ActorRef(name=f"Military Forces of {cname}", actor_type="state forces", inter=1, country=iso)
    elif label == "Battles / Government regains territory" and a1 is None and cname:
        a1 = ActorRef(name=f"Military Forces of {cname}", actor_type="state forces", inter=1, country=iso)
    elif label == "Diplomacy / Diplomatic contact" and a2 is None and cname and (a1 is None or a1.country != iso):
        # "The foreign minister flew to Moscow for talks": the host is the government of the place.
        a2 = ActorRef(name=f"Government of {cname}", actor_type="government", country=iso)
    elif label.startswith("Protests"):
        # The protesters are actor1 of a protest, and actor2 of force used against them; the other party
        # (the police who intervene) is the other actor, whichever slot the sentence's grammar gave it.
        named = [a for a in (a1, a2) if a is not None and a.name.startswith("Protesters")]
        other = next((a for a in (a1, a2) if a is not None and not a.name.startswith("Protesters")), None)
        prot = named[0] if named else (ActorRef(name=f"Protesters ({pname})", actor_type="protesters", inter=6,
                                                country=iso) if cname else None)
        if prot is not None and prot.name == "Protesters" and cname:
            prot = ActorRef(name=f"Protesters ({pname})", text=prot.text, actor_type="protesters", inter=6, country=iso)
        if prot is not None:
            a1, a2 = (other, prot) if label == "Protests / Excessive force against protesters" else (prot, other)
    elif label.startswith("Riots") and a1 is None and cname:
        a1 = ActorRef(name=f"Rioters ({pname})", actor_type="rioters", inter=5, country=iso)
    elif label == "Strategic developments / Arrests" and a1 is None and cname:
        # Arrests are made by the police unless the report names another force.
        a1 = ActorRef(name=f"Police Forces of {cname}", actor_type="state forces", inter=1, country=iso)
    if a1 is None and cname and label.startswith(_UNNAMED_DOER_TYPES):
        # ACLED codes an unnamed perpetrator as an unidentified armed group of the event's country, not a guess.
        a1 = ActorRef(name=f"Unidentified Armed Group ({pname})", actor_type="political militia", inter=3,
                      country=iso)
    if a1 is not None and a2 is not None and a1.name == a2.name:
        a2 = None
    return a1, a2
