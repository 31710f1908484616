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
   demonstrations, what is not news, one event per type, place and day (and per place of a list of places a
   report is told at: place_list.py), what a disaster is (disasters.py),
   violence against civilians told as an incident (civilians.py);
6. the event-level filter (rerank.py, built by bench/train_rerank.py): each event, with what is known of
   it now (its sentence's scores, how often and where it is reported, its tense, quotes, date, place,
   actors), is kept when it is likely a real event of its family and no duplicate;
7. on the events kept: an arrest must tell someone taken (rules.arrest_told), a diplomatic contact, an
   agreement, a change to a group or another strategic development the words of its type (strategic.py);
   a mob violence a crowd, a base established a base, a shelling an artillery weapon and a looting people who
   loot or destroy, a chemical weapon its use, an armed clash fighting or harm, a non-violent transfer of
   territory an armed force or a place, a natural disaster more than rain, told by one of its reports
   (defining_element.defining_told);
   an event must have a report that is no statement of a reaction (reactions.act_reported);
   a strike of a series that names no target takes the series' (conventions.series_targets); state forces
   that only probe an unnamed hand's bombing or attack, or act before or after it, give actor1 to the
   unidentified armed group of ACLED's convention (bystanders.py), and an unnamed doer the group that claims
   the act right after its report (responsibility.claimed_doers); members of a body arrested ("SP leaders",
   "government officials") are coded as the body (members.py), civilians named with another nationality as
   its civilians (nationals.py), and a bare "army" or "troops" the one state's forces the story names
   (story_forces.py); a protest with intervention that names no
   other party is one the police intervene in (conventions.intervening_police), and the target of a
   disrupted weapons use is no civilians (conventions.disrupted_owners); the date from the reports merged
   (not an onset, not a day lent by a report without a word of the type) or a timeline entry's
   (kept_dates.act_date, section_date); an arrest at the place and day of a protest with intervention is the
   protest's (rules.protest_arrests_retold), arrests for defying a curfew at the place and day of a
   demonstration its intervention (rules.curfew_arrests), and so are arrests told near a peaceful protest at
   its place and day (rules.protest_met_by_arrests); a demonstration whose crowd's violence the sentences
   after it tell is a riot (turned_violent.py).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Optional

import numpy as np

from ...errors import ConfigError
from ...lang.en.events.extractor import (
    ANAPHOR,
    NON_STATE_ANAPHOR,
    STATE_ANAPHOR,
)
from ...lang.en.events.modality import MET, NONE_REPORTED, OFFER_TO_MEET, ONGOING_TALKS, VISIT_TO_TROOPS
from ...records import DateValue, Event, Evidence
from ...registry import stage
from ..actors.vocabulary import dateline_end
from . import arguments as args
from . import crime, defining_element, family, figures, rerank, responsibility, retold, rules
from .also_told import adds_to_act
from .civilians import civilians_told
from .classifier import features
from .coerced import DEMONSTRATION_TYPES
from .bystanders import bystander_doers
from .members import member_bodies
from .nationals import civilian_nationals
from .story_forces import story_forces
from .conventions import (
    conventional_actors,
    disrupted_owners,
    intervening_police,
    rioting_side,
    series_doers,
    series_targets,
)
from .detection import (ADMIT_FLOOR, found_embeddings, headline_of, held_since_day, is_headline, rescore,
                        told_as_dated_act, untitled_headline)
from .detector import detector_path, get_detector, with_context
from .demonstrations import demonstration_event, intervention_told
from .disasters import accident_told, bushfire_typed, disaster_told
from .disruption import disruption_type
from .strategic import contact_of_officials, network_cut, network_cutter, retells_contact, retells_custody, told_by_report
from .place_list import dated_by_source, split_by_place
from .releases import OTHER as RELEASE, captor_first, release_verb
from .taxonomy import ABDUCTION, DIPLOMATIC_CONTACT, MOB_VIOLENCE
from .mob_attack import crowd_clash, mob_on_demonstration, mob_sides
from .modality import modality_from_parse, modality_of, source_of
from .patterns import Cue, find_cues
from .practice import practice_told
from .reactions import act_reported, is_reaction_to, is_talk_about_protest
from .territory import control_word, is_withdrawal, territory_type
from .triggers import typed_labels, usable_cues
from .turned_violent import turned_violent
from .units import Unit, units_of
from .document_facts import (crime_story as _crime_story, place_texts as _place_texts,
                             placed_or_dated as _placed_or_dated)
from .kept_dates import act_date, section_date, told_after_old_day
from .where_when import STALE_DAYS, age_days, context_units, in_unit, is_stale, where_and_when

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
    headline = headline_of(ctx) or untitled_headline(units)
    body = np.array([not is_headline(u, headline) for _, u in todo])
    emb = rescore(det, x, [u.text for _, u in todo], p_event, body)
    lead = int(np.argmax(body)) if body.any() else -1  # the first unit after the dateline and the headline
    for i in np.flatnonzero((p_event < bar) & (p_event >= ADMIT_FLOOR) & body):
        if (told_as_dated_act(ctx.doc, [c for c in cues[i] if c.start >= dateline], lead=i == lead)
                or held_since_day(todo[i][1].text)):
            p_event[i] = bar  # a dated incident the detector underrates: a candidate at the bar (detection.py)
    found = np.flatnonzero((p_event >= bar) & body)
    if not len(found):
        return []
    # Each found unit is typed with the document's other units above the bar (the headline's too), when
    # the detector has context weights (none in the shipped one: detector.CONTEXT_WEIGHT).
    typed = np.flatnonzero(p_event >= bar)
    p_all = det.p_type_in_document(x[typed], p_event[typed], 0 if typed[0] == 0 else None,
                                   found_embeddings(det, emb, typed, [u.text for _, u in todo]))
    p_type = p_all[np.searchsorted(typed, found)]
    scores = {todo[i][1].start: rerank.UnitScore(float(p_event[i]), dict(zip(det.labels, map(float, pt))),
                                                 len(cues[i]), max((c.weight for c in cues[i]), default=0.0))
              for i, pt in zip(found, p_type)}
    events, gates = [], {}
    bars = {"asserted": bar, **{m: max(bar, v) for m, v in MIN_CONFIDENCE_NON_FACTUAL.items()}}
    for i, pt in zip(found, p_type):
        (k, _), pe = todo[i], float(p_event[i])
        cs, forced = usable_cues(ctx.doc, cues[i], dateline)
        probs = {label: pe * float(q) for label, q in zip(det.labels, pt)}
        if forced and not any(c.label.startswith(DEMONSTRATION_TYPES) for c in cs):
            # captives marched away: whatever the unit reports, it is no demonstration
            probs = {label: q for label, q in probs.items() if not label.startswith(DEMONSTRATION_TYPES)}
        said = " ".join([c.text for c in context_units(units, k)] + [units[k].text])
        labelled = typed_labels(probs, cs, ctx.doc, pe, said, units[k].text)
        for label, conf, cue in responsibility.with_claim(labelled, units[k].text, units[k].start, pe):
            ev = _build_event(ctx, units, k, label, conf, cue, gates, bars)
            if ev is not None:
                events.append(ev)
    events = sorted(events, key=lambda e: (e.evidence.sentence, e.evidence.start))
    own = _placed_or_dated(ctx, units, dateline)
    events = series_doers(figures.victims_of_next_sentence(figures.absorb_victims(events, own), units, own))
    sources: dict = {}  # a report split off a list, or a mention at a place of its own -> the report it comes from
    news, mentions = rules.select_news(events, ctx.doc, ctx.pub_date, bars, gates=gates, apart=sources)
    news = split_by_place(news, ctx.doc, ctx.places, mentions, sources)  # one event per place of a list (rule 4)
    members: list[list[Event]] = []
    merged = rules.merge_events(news, mentions, members,
                                retold=frozenset(id(e) for e in news if retells_contact(e) or retells_custody(e)),
                                added=frozenset(id(e) for e in news if id(e) not in mentions and adds_to_act(e, ctx.doc)))
    reports = {id(e): group for e, group in zip(merged, members)}
    if reranker is not None and merged:
        info = rerank.DocInfo(scores, len(units), len(found), events, ctx.pub_date)
        merged = reranker.select(merged, rerank.event_features(merged, info, ctx.doc))
    # A demonstration told (rule 14), rule 10, the strategic types' words and violence against civilians told
    # as an incident (rule 15) last, on the events kept (rules.py says why).
    kept, kept_groups = [], []
    coded = [e for e in merged if rules.label_of(e) == rules.ARRESTS and rules.tells_taking(e, ctx.doc)]
    for e in merged:
        group = reports.get(id(e), ())
        e = family.gathering_event(e, group)  # a gathering against a killing is a protest, not the killing
        e = demonstration_event(e, ctx.doc, group)
        e = intervention_told(e, group, ctx.doc)  # an intervention that none of its reports tells is none
        e = rules.arrest_told(e, ctx.doc, group, coded) if e is not None else None
        e = told_by_report(e, group, ctx.doc) if e is not None else None
        e = contact_of_officials(e, ctx.actors) if e is not None else None
        e = defining_element.defining_told(e, group, merged) if e is not None else None
        e = civilians_told(e, ctx.doc, group, merged) if e is not None else None
        e = act_reported(e, ctx.doc, group) if e is not None else None
        e = practice_told(e, ctx.doc, group) if e is not None else None  # a habit told, no occurrence
        if e is not None and (told_after_old_day(e, group, ctx, units, dateline)
                              or retold.year_named_incident(e, group, ctx.text, ctx.pub_date)):
            e = None  # "On the evening of March 20" after "on March 21, 1929"; "the 1999 Interlaken tragedy": background
        # (its date last: on the event kept, it changes neither which events are kept nor how they merge; so the
        # sub-type of a bushfire, after the filter, which learned the typer's)
        if e is not None:
            e = bushfire_typed(e, ctx.text)  # "the blaze" in a story of bushfires
            e = section_date(act_date(e, group), ctx, units, dateline)
            if retold.undated_in_long_text(e, ctx, units):  # a report's case, an essay's past
                continue
            kept.append(e)
            kept_groups.append(group)
    kept = dated_by_source(kept, kept_groups, sources)  # a place of a list, or a mention, undated: its report's
    kept = rules.curfew_arrests(kept)  # arrests for defying a curfew where and when the document codes a demonstration
    kept = turned_violent(kept, units, [m for m in ctx.places if m.start >= dateline],  # its crowd's violence after it
                          [m for m in ctx.times if m.start >= dateline])
    kept = rules.protest_met_by_arrests(kept, kept_groups)  # arrests told by a peaceful protest, where and when: its intervention
    kept = rioting_side(disrupted_owners(intervening_police(series_targets(kept))))
    kept = rules.protest_arrests_retold(kept)  # arrests at a protest belong to the protest
    # (a doer a claim after the report names: claimed_doers, after those that only stand beside the act)
    kept = responsibility.claimed_doers(bystander_doers(kept, ctx.doc), units,
                                        [a for a in ctx.actors if a.start >= dateline], ctx.places)
    return figures.clear_deathless_types(civilian_nationals(member_bodies(story_forces(kept, ctx), ctx), ctx))


def _build_event(ctx, units: list[Unit], k: int, label: str, conf: float, cue: Optional[Cue],
                 gates: Optional[dict] = None, bars: Optional[dict] = None) -> Optional[Event]:
    u = units[k]
    text = u.text
    trig = cue.start if cue else u.start
    if (rules.is_aggregate(label, text, trig - u.start) or rules.is_ordinary_crime_arrest(label, text)
            or rules.is_strike_only(label, text) or rules.is_inventory(label, text) or rules.is_kind_only(label, text)
            or retold.named_not_told(label, text, cue.start - u.start if cue else None)):
        return None  # (retold: a court's testimony, a work's topic, a commercial deal)
    context = context_units(units, k)
    label = family.armed_attack_typed(label, text, None, None)  # by the words, before a disaster's check drops it
    label = family.attack_noun_typed(label, text)  # "The attack on the Parliament building left 12 dead": no accident
    label = network_cut(label, text)  # "connectivity falling by as much as 75%": a cut network, no disaster
    label = accident_told(label, text, [v.text for v in units[:k]])  # "the blast" after "caused by a gas leak"
    label = disaster_told(label, text, " ".join(c.text for c in reversed(context)), (v.text for v in units[:k]))
    if label is None:
        return None  # typed as a disaster, it tells none (disasters.py)
    label = rules.hors_de_combat(label, text)
    label = family.remote_means(label, text)  # the weapon decides Explosions/Remote violence
    label = disruption_type(label, text)  # a prevented attack or a seized cache is not the attack
    label = family.strike_means(label, text)  # strikes that hit a VBIED are an air strike, no IED
    # "the kidnapped students have been freed": the release, told at its verb's place and day (its sides the
    # abduction's, typed as the typer read it until the end)
    freed = release_verb(label, ctx.doc, u.start, cue.start if cue else None)
    trig = freed.idx if freed is not None else trig
    pub = ctx.pub_date
    location, date, unit_places, used_context = where_and_when(ctx, units, k, trig, context, cue is not None,
                                                               release=freed is not None)
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
    label = family.persons_taken(label, text, a1)  # "captured a Taliban leader": people taken, no place
    label = family.goods_taken(label, text, a1)  # "ISIL seized the tanks ... from Tiyas Military Airfield": looting
    label = family.armed_attack_typed(label, text, a1, a2)  # "Insurgents attacked a police base": by doer and target
    label = family.attack_noun_typed(label, text, a2)  # "accused X of carrying out the attack on December 13"
    label = crowd_clash(label, text)  # "clashes between villagers and police": a riot, no battle
    label = family.gathering_typed(label, text, u.span)  # "Peaceful groups gathered to honor Floyd": no killing
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
    fields = rules.typed_fields(label)
    figs = figures.read(text, fields["event_type"], label)
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
