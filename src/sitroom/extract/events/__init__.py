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
   focus and the week before publication (build.py, one event of a unit; arguments.py, conventions.py);
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
   disrupted weapons use is no civilians (conventions.disrupted_owners), and a search of civilians' homes or of
   civilians is the police's, its target the civilians (searches.py); the date from the reports merged
   (not an onset, not a day lent by a report without a word of the type) or a timeline entry's
   (kept_dates.act_date, section_date); an arrest at the place and day of a protest with intervention is the
   protest's (rules.protest_arrests_retold), arrests for defying a curfew at the place and day of a
   demonstration its intervention (rules.curfew_arrests), and so are arrests told near a peaceful protest at
   its place and day (rules.protest_met_by_arrests); a demonstration whose crowd's violence the sentences
   after it tell is a riot (turned_violent.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import numpy as np

from ...errors import ConfigError
from ...records import Event
from ...registry import stage
from ..actors.vocabulary import dateline_end
from . import defining_element, family, figures, rerank, responsibility, retold, rules
from .addendum import adds_detail
from .presence import presence_only
from .also_told import adds_to_act
from .build import MIN_CONFIDENCE_NON_FACTUAL, NAME, build_event
from .civilians import civilians_told
from .classifier import features
from .coerced import DEMONSTRATION_TYPES
from .bystanders import bystander_doers
from .blamed import blamed_doers
from .members import member_bodies
from .nationals import civilian_nationals
from .searches import searched_civilians
from .story_forces import story_forces
from .series_lead import tally_leads
from .conventions import (
    disrupted_owners,
    intervening_police,
    rioting_side,
    series_days,
    series_doers,
    series_targets,
)
from .detection import (ADMIT_FLOOR, found_embeddings, headline_of, held_since_day, is_headline, rescore,
                        told_as_dated_act, untitled_headline)
from .detector import detector_path, get_detector, with_context
from .demonstrations import demonstration_event, intervention_told
from .disasters import bushfire_typed
from .strategic import contact_of_officials, retells_contact, retells_custody, told_by_report
from .place_list import dated_by_source, split_by_place
from .combined_tolls import divide_tolls
from .patterns import find_cues
from .practice import practice_told
from .mishaps import mishap_only
from .reactions import act_reported
from .triggers import typed_labels, usable_cues
from .turned_violent import turned_violent
from .units import units_of
from .document_facts import placed_or_dated as _placed_or_dated
from .kept_dates import act_date, cut_off_date, roundup_month, section_date, told_after_old_day
from .custody_dates import custody_dates
from .undated_retelling import merge_undated_retellings
from .bare_retelling import follow_ups
from .where_when import context_units

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
            ev = build_event(ctx, units, k, label, conf, cue, gates, bars)
            if ev is not None:
                events.append(ev)
    events = sorted(events, key=lambda e: (e.evidence.sentence, e.evidence.start))
    own = _placed_or_dated(ctx, units, dateline)
    events = series_doers(figures.victims_of_next_sentence(figures.absorb_victims(events, own), units, own),
                          tally_leads(ctx.doc, units, ctx.actors))  # "X conducted 21 strikes ...": the items' doer
    sources: dict = {}  # a report split off a list, or a mention at a place of its own -> the report it comes from
    news, mentions = rules.select_news(events, ctx.doc, ctx.pub_date, bars, gates=gates, apart=sources)
    lists: list[list[Event]] = []  # each report split off a list of places, then its copies
    news = split_by_place(news, ctx.doc, ctx.places, mentions, sources, lists)  # one event per place of a list (rule 4)
    members: list[list[Event]] = []
    followed = follow_ups(news)  # a report with no place nor day of its own just after its incident's
    merged = rules.merge_events(news, mentions, members,
                                retold=frozenset(id(e) for e in news if retells_contact(e) or retells_custody(e)),
                                added=frozenset(id(e) for e in news if id(e) not in mentions
                                               and (adds_to_act(e, ctx.doc) or id(e) in followed)),
                                details=frozenset(id(e) for e in news if id(e) not in mentions and adds_detail(e, ctx.doc)))
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
        e = presence_only(e, ctx.doc, group)  # a force told as being somewhere: no deployment
        e = contact_of_officials(e, ctx.actors) if e is not None else None
        e = defining_element.defining_told(e, group, merged) if e is not None else None
        e = civilians_told(e, ctx.doc, group, merged) if e is not None else None
        e = act_reported(e, ctx.doc, group) if e is not None else None
        e = practice_told(e, ctx.doc, group) if e is not None else None  # a habit told, no occurrence
        e = mishap_only(e, group) if e is not None else None  # a vehicle stuck or turned over, nobody hurt
        if e is not None and (told_after_old_day(e, group, ctx, units, dateline)
                              or retold.year_named_incident(e, group, ctx.text, ctx.pub_date)):
            e = None  # "On the evening of March 20" after "on March 21, 1929"; "the 1999 Interlaken tragedy": background
        # (its date last: on the event kept, it changes neither which events are kept nor how they merge; so the
        # sub-type of a bushfire, after the filter, which learned the typer's)
        if e is not None:
            e = bushfire_typed(e, ctx.text)  # "the blaze" in a story of bushfires
            e = section_date(act_date(cut_off_date(e), [cut_off_date(r) for r in group]), ctx, units, dateline)
            e = roundup_month(e, ctx)  # a month's roundup tells that month's news
            if retold.undated_in_long_text(e, ctx, units):  # a report's case, an essay's past
                continue
            kept.append(e)
            kept_groups.append(group)
    kept = dated_by_source(kept, kept_groups, sources)  # a place of a list, or a mention, undated: its report's
    kept = series_days(kept)  # a listed strike with no day of its own: the series' day
    kept = divide_tolls(kept, kept_groups, lists)  # a toll told for a list of places, divided among them
    kept = rules.curfew_arrests(kept)  # arrests for defying a curfew where and when the document codes a demonstration
    kept = turned_violent(kept, units, [m for m in ctx.places if m.start >= dateline],  # its crowd's violence after it
                          [m for m in ctx.times if m.start >= dateline])
    kept = rules.protest_met_by_arrests(kept, kept_groups)  # arrests told by a peaceful protest, where and when: its intervention
    kept = searched_civilians(rioting_side(disrupted_owners(intervening_police(series_targets(kept)))))
    kept = rules.protest_arrests_retold(kept)  # arrests at a protest belong to the protest
    # (a doer a claim after the report names: claimed_doers, after those that only stand beside the act)
    told_actors = [a for a in ctx.actors if a.start >= dateline]
    kept = responsibility.claimed_doers(bystander_doers(kept, ctx.doc), units, told_actors, ctx.places)
    kept = blamed_doers(kept, units, told_actors, ctx.places)  # (a blame by others, when no claim named the doer)
    kept = custody_dates(kept, ctx.pub_date)  # an attack at an arrest or in custody: from the arrest's day
    kept = merge_undated_retellings(kept)  # a report with no day of its own retelling the dated incident
    return figures.clear_deathless_types(civilian_nationals(member_bodies(story_forces(kept, ctx), ctx), ctx))
