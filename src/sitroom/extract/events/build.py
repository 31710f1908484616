"""One event from one unit (sentence) and one label the typer gave it, or None when a rule drops it: steps 3-5 of
the stage (see the package's docstring): the checks of its type's words, its place and date (where_when.py), the
confidence its modality needs, its actors and ACLED's rules that retype it by them, and its counts.
"""

from __future__ import annotations

import re
from typing import Optional

from ...lang.en.events.extractor import (
    ANAPHOR,
    NON_STATE_ANAPHOR,
    STATE_ANAPHOR,
)
from ...lang.en.events.modality import MET, NONE_REPORTED, OFFER_TO_MEET, ONGOING_TALKS, VISIT_TO_TROOPS
from ...records import DateValue, Event, Evidence
from . import arguments as args
from . import crime, family, figures, responsibility, retold, rules
from .force_moves import force_moved
from .contact_act import contact_act
from .conventions import conventional_actors
from .disasters import accident_told, disaster_told
from .disruption import disruption_type
from .strategic import network_cut, network_cutter
from .releases import OTHER as RELEASE, captor_first, release_verb
from .taxonomy import ABDUCTION, DIPLOMATIC_CONTACT, MOB_VIOLENCE
from .mob_attack import armed_band_attack, crowd_clash, mob_on_demonstration, mob_sides
from .modality import modality_from_parse, modality_of, source_of
from .coerced import DEMONSTRATION_TYPES
from .patterns import Cue, find_cues
from .police_home import police_at_home
from .reactions import is_reaction_to, is_talk_about_protest
from .territory import TERRITORY, captured_persons, control_word, is_withdrawal, territory_type
from .units import Unit
from .weapons_named import is_armament_only, is_flight_only
from .document_facts import crime_story as _crime_story, place_texts as _place_texts
from .where_when import STALE_DAYS, age_days, context_units, in_unit, is_stale, where_and_when

# The stage's name (registered in this package's __init__), which each event carries as its extractor.
NAME = "sitroom.events.hybrid.v1"

# Background, not news: an event dated more than STALE_DAYS before publication is not emitted
# (where_when.py). One dated by words that look back ("only two months ago, 300 students were kidnapped")
# keeps OLD_FACTOR of its confidence, and so does one that starts more than OLD_DAYS before publication.
OLD_DAYS = STALE_DAYS
OLD_FACTOR = 0.5
_LOOKS_BACK = re.compile(r"\b(?:months|years|decades) ago\b|\blast year\b", re.I)
# Least confidence (p(event)) for an event to be kept: the detector's threshold for what is told as having
# happened; reports of what did not or may not happen need more, since the words that make them so also
# make the detector less sure.
MIN_CONFIDENCE_NON_FACTUAL = {"negated": 0.6, "hypothetical": 0.6, "predicted": 0.6, "planned": 0.5,
                              "threatened": 0.5}


def build_event(ctx, units: list[Unit], k: int, label: str, conf: float, cue: Optional[Cue],
                gates: Optional[dict] = None, bars: Optional[dict] = None) -> Optional[Event]:
    u = units[k]
    text = u.text
    trig = cue.start if cue else u.start
    if (rules.is_aggregate(label, text, trig - u.start) or crime.is_ordinary_crime_arrest(label, text)
            or rules.is_strike_only(label, text) or rules.is_inventory(label, text) or rules.is_kind_only(label, text)
            or is_armament_only(label, text) or is_flight_only(label, text)  # arms carried, jets escorting: none used
            or retold.named_not_told(label, text, cue.start - u.start if cue else None)):
        return None  # (retold: a court's testimony, a work's topic, a commercial deal)
    context = context_units(units, k)
    label = force_moved(label, u.span)  # "Australian troops arrived in Afghanistan": a deployment, no visit
    label = contact_act(label, u.span)  # "met Mr Zinni ... a mission marred by suicide bombings": the meeting
    label = family.armed_attack_typed(label, text, None, None)  # by the words, before a disaster's check drops it
    label = family.attack_noun_typed(label, text)  # "The attack on the Parliament building left 12 dead": no accident
    label = network_cut(label, text)  # "connectivity falling by as much as 75%": a cut network, no disaster
    label = accident_told(label, text, [v.text for v in units[:k]])  # "the blast" after "caused by a gas leak"
    label = disaster_told(label, text, " ".join(c.text for c in reversed(context)), (v.text for v in units[:k]),
                          ctx.text)
    if label is None:
        return None  # typed as a disaster, it tells none (disasters.py)
    label = rules.hors_de_combat(label, text)
    typed = label  # (the type the event's word was dated by)
    label = family.remote_means(label, text)  # the weapon decides Explosions/Remote violence
    label = disruption_type(label, text)  # a prevented attack or a seized cache is not the attack
    label = family.strike_means(label, text)  # strikes that hit a VBIED are an air strike, no IED
    # "the kidnapped students have been freed": the release, told at its verb's place and day (its sides the
    # abduction's, typed as the typer read it until the end)
    freed = release_verb(label, ctx.doc, u.start, cue.start if cue else None)
    trig = freed.idx if freed is not None else trig
    pub = ctx.pub_date
    location, date, unit_places, used_context = where_and_when(ctx, units, k, trig, context, cue is not None,
                                                               release=freed is not None,
                                                               meeting=label == DIPLOMATIC_CONTACT)
    # What drops the report regardless of its actors is decided before the actor work (the costliest part).
    newest, oldest = age_days(date, pub)
    if is_stale(date, pub):
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
    if label == DIPLOMATIC_CONTACT and (OFFER_TO_MEET.search(text) or ONGOING_TALKS.search(text)) and not MET.search(text):
        modality = "planned"  # "he is ready to meet the premier", "is negotiating with": no contact (guide v1.4)
    if cue is not None and retold.not_yet(text, cue.start - u.start, cue.end - u.start, label):
        modality = "planned"  # "paving the way for talks", "an agreement was about to be signed"
    if label == DIPLOMATIC_CONTACT and VISIT_TO_TROOPS.search(text):
        return None  # a visit to troops: neither diplomacy nor a deployment (guide v1.4)
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
    a1, a2 = args.pick_actors(ctx.doc, in_unit(ctx.actors, u), trig, ctx.text, places=unit_places, **actor_args)
    kind = NON_STATE_ANAPHOR.match(text) or STATE_ANAPHOR.match(text)
    if a1 is None and kind and context:
        # "The militants had captured the town": the party of that kind named before, not the actor1 there
        a1 = args.kind_referent(STATE_ANAPHOR.match(text) is not None, [in_unit(ctx.actors, c) for c in context])
        a2 = a2 if a2 is None or a1 is None or a2.name != a1.name else None
    if a1 is None and ANAPHOR.match(text) and context:  # "They ...", "The delegation ..."
        a1, a2b = args.pick_actors(ctx.doc, in_unit(ctx.actors, context[0]), context[0].end, ctx.text,
                                   places=in_unit(ctx.places, context[0]), **actor_args)
        a2 = a2 or (a2b if a2b and a1 and a2b.name != a1.name else None)
    if label == responsibility.CLAIM and ANAPHOR.match(text):  # "The group claimed ...": the group named before
        a1 = responsibility.claimant(a1, [in_unit(ctx.actors, c) for c in context])
    label = rules.armed_victims(label, text, a2, a1)
    if territory_type(label, text, a1, None) == rules.CLASH:
        label = rules.CLASH  # no change of control told: no loser of territory to supply below
    label = rules.civilian_victims(label, text, a2, a1)
    label = rules.crime_on_civilians(label, text, a2, a1)
    label = rules.demonstration_type(label, text)  # before the conventional actors, who depend on it
    label = family.calm_crowd(label, text)  # a riot needs the crowd's own violence, not its grievance's
    label = family.violent_crowd(label, text)
    mobbed = mob_on_demonstration(label, text) == MOB_VIOLENCE != label  # "hoodlums attacked the protesters"
    label = MOB_VIOLENCE if mobbed else label  # the mob's violence, its sides set below
    label = family.custody_type(label, text)  # after demonstration_type: arrests at a protest are the protest's
    # "captured a Taliban leader", "Hicks was captured by ...": people taken, no place
    label = family.persons_taken(label, text, a1, captured_persons(ctx.doc, u.start, u.end) if label in TERRITORY else ())
    label = family.goods_taken(label, text, a1)  # "ISIL seized the tanks ... from Tiyas Military Airfield": looting
    label = family.armed_attack_typed(label, text, a1, a2)  # "Insurgents attacked a police base": by doer and target
    label = family.attack_noun_typed(label, text, a2)  # "accused X of carrying out the attack on December 13"
    label = crowd_clash(label, text)  # "clashes between villagers and police": a riot, no battle
    label, a1, a2 = armed_band_attack(label, text, a1, a2)  # "hacked to death by men armed with machetes": no mob
    label = family.gathering_typed(label, text, u.span)  # "Peaceful groups gathered to honor Floyd": no killing
    if cue is not None and label.startswith(DEMONSTRATION_TYPES) and not typed.startswith(DEMONSTRATION_TYPES):
        # retyped as the demonstration against the act its word names ("marched to protest against Sunday's
        # killing of a student", "gathered on Tuesday to denounce Monday's arrest"): the demonstration's own day
        demo = _demonstration_over(ctx.doc, text, u.start, trig)
        if demo is not None:
            date = where_and_when(ctx, units, k, demo, context, True)[1] or date
    at_once = label == RELEASE and freed is None and release_verb(ABDUCTION, ctx.doc, u.start) is not None
    if freed is not None or at_once:
        a1, a2 = captor_first(a1, a2)  # "hostages held by X were freed": X, named as the captor, frees them
    a1, a2 = conventional_actors(label, a1, a2, location, text)
    if mobbed and label == MOB_VIOLENCE:  # (a step after may retype it: "militiamen and thugs ... shot dead")
        a1, a2 = mob_sides(a1, a2, location)  # the rioters and the demonstrators they attacked
    if at_once:
        # a release typed so at once ("two hostages were released on Sunday"): its sides are the abduction's, the
        # captors (an unidentified armed group when unnamed) and the civilians they held, as for one typed an abduction
        a1, a2 = conventional_actors(ABDUCTION, a1, a2, location, text)
    a1 = network_cutter(label, text, a1, location)  # a cut network: the state cut it, not the monitor that reported it
    if crime.is_ordinary_crime(label, text, a1, _crime_story(ctx), cue.label if cue else None) or crime.is_uncoded_execution(label, text, a1):
        return None  # rule 9: ordinary crime, a judicial execution
    # Which territory type: ACLED decides by who gains the place and whether it was fought over.
    label = territory_type(label, text, a1, location.country if location is not None else None)
    if is_withdrawal(label, text):
        a1, a2 = a2, a1  # the side told withdrawing lost the place: the gaining side is actor1

    label = RELEASE if freed is not None else label
    # ("Malaysian police arrested": at home)
    location = police_at_home(a1, location, in_unit(ctx.places, u), ctx.text, ctx.places)
    fields = rules.typed_fields(label)
    trig_at = cue.start - u.start if cue is not None else None
    figs = figures.read(figures.own_toll_text(text, trig_at, fields["event_type"]), fields["event_type"], label)
    ev = Event(
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
    ev._trigger_start = cue.start if cue else None  # the very word, when it occurs twice in the sentence
    return ev


def _demonstration_over(doc, text: str, start: int, trig: int) -> Optional[int]:
    """The character offset of the word that tells a demonstration over the act whose word is at ``trig``, in a
    sentence (``text`` at ``start``): the demonstration's verb, nearest the root, that governs that word ("marched
    to protest against Sunday's killing", "Since the raid on Monday, protesters have gathered"), or the verb of
    the demonstrators named as its subject. None when no demonstration word governs it: an arrest at a protest
    ("police arrested a demonstrator for protesting") is dated by the arrest."""
    act = args.event_anchor(doc, trig) if doc is not None else None
    if act is None:
        return None
    best = None
    for c in find_cues(text, start):
        if not c.label.startswith(DEMONSTRATION_TYPES):
            continue
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        tok = span.root
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ == "VERB":
            tok = tok.head  # "protesters have gathered": the gathering
        if tok.i == act.i or not any(d.i == act.i for d in tok.subtree):
            continue
        depth = sum(1 for _ in tok.ancestors)  # (nearest the root: the main clause's demonstration)
        if best is None or depth < best[0]:
            best = (depth, tok.idx)
    return best[1] if best is not None else None
