"""Which report of a merged event fills its slots (merging.py merges the reports of one event): each argument one
report leaves missing comes from another, the finer place and the more precise date win, and the evidence is the
best report (one telling it happened, then the one stating more of its arguments itself)."""

from __future__ import annotations

from typing import Optional

from ...records import NON_FACTUAL, Event
from . import figures
from .actor_roles import bracketed, country_name
from .conventions import is_unidentified
from .taxonomy import ARMED_GROUP_INTER, CROWD_INTER, SUICIDE_BOMB
from .filed_from import filed_and_told, filed_at
from .within_city import in_city


def _inside_province(narrow, wide) -> bool:
    """Whether ``narrow`` is a place inside the province ``wide`` ("Mathura" in "Uttar Pradesh"), or inside a
    region the gazetteer names as its province ("Gaza" in "the Gaza Strip")."""
    return (wide.level in ("admin1", "other") and narrow.level not in ("country", "admin1", "other")
            and bool(narrow.admin1) and narrow.country == wide.country and (wide.name or wide.text) == narrow.admin1)


def _inside_district(narrow, wide) -> bool:
    """Whether ``narrow`` is a town or village of the district ``wide`` ("Kagara" in "Rafi"): a district's place
    is finer as a province's is (place_day.one_inside_other joins them; a district of the same name in another
    province is not it)."""
    return (wide.level == "admin2" and narrow.level not in ("country", "admin1", "admin2", "other")
            and bool(narrow.admin2) and narrow.country == wide.country and (wide.name or wide.text) == narrow.admin2
            and (not wide.admin1 or not narrow.admin1 or wide.admin1 == narrow.admin1))


def finer_place(narrow, wide) -> bool:
    """Whether the place ``narrow`` lies inside ``wide`` (a province's or district's town, a large city's district
    or suburb): of two reports of one event, the one ACLED codes it at (its most specific place)."""
    return _inside_province(narrow, wide) or _inside_district(narrow, wide) or in_city(narrow, wide)


def own_date(e: Event) -> bool:
    """Whether the report's own sentence states its date (not one lent by a neighbouring sentence)."""
    return bool(e.date.start) and bool(e.date.text) and e.date.text in e.evidence.text


def own_place(e: Event) -> bool:
    """Whether the report's own sentence names its place (not one lent by a neighbouring sentence)."""
    loc = e.location
    return loc is not None and bool(loc.text) and loc.text in e.evidence.text


def merge_reports(keep: Event, other: Event, keep_evidence: bool = False, ranks: Optional[dict] = None) -> Event:
    """Fill ``keep``'s missing arguments from ``other``; figures as figures.merged says. The evidence is the
    better report (report_rank), unless ``keep_evidence`` (``other`` only mentions the event)."""
    upd = {}
    for f in ("actor1", "actor2", "location", "trigger"):
        if getattr(keep, f) is None and getattr(other, f) is not None:
            upd[f] = getattr(other, f)
    if ("actor2" in upd and keep.event_type == "Riots" and keep.actor1 is not None
            and _same_crowd(keep.actor1, other.actor2) and other.actor1 is not None
            and not _same_crowd(keep.actor1, other.actor1)):
        # A riot's crowd is its actor1 (ACLED's convention): the other side filled in from another report is that
        # report's party that is not the crowd. "riots" (the rioters) and "clashes between police and protesters"
        # give the rioters' riot with the police, not with the protesters.
        upd["actor2"] = other.actor1
    if (_unnamed_doer(keep.actor1) or _state_bombing(keep)) and _named_armed_group(other.actor1):
        # The perpetrator one report leaves unnamed (ACLED's unidentified armed group) is the armed group
        # another report of the same event names: "kidnapped more than a month ago" and "kidnapped by the 400
        # Mawozo gang".
        upd["actor1"] = other.actor1
        if keep.actor2 is not None and keep.actor2.name == other.actor1.name:
            upd["actor2"] = None
    if keep.location is not None and other.location is not None and other.location.country is not None and (
            keep.location.country is None or (keep.location.level == "country" and other.location.level != "country")
            or finer_place(other.location, keep.location) or filed_and_told(keep, other) and filed_at(keep)):
        # The more precise place (a town of the province or district told before: the next report at another town
        # of it is then another event, rule 4's one event per place; a district of the city), the body's place of a
        # report the other placed by its dateline, or a place the geoparser could resolve.
        upd["location"] = other.location
        for f in ("actor1", "actor2"):
            if f not in upd and getattr(keep, f) is not None:
                moved = _implied_elsewhere(getattr(keep, f), keep.location.country, other.location.country)
                if moved is not None:
                    upd[f] = moved
    if not keep.date.start and other.date.start:
        upd["date"] = other.date
    elif keep.date.precision != "day" and other.date.precision == "day" and not (own_date(keep) and not own_date(other)):
        upd["date"] = other.date  # the overlapping day is the more precise date of the one event
    hedges = list(dict.fromkeys(keep.hedges + other.hedges))
    if hedges != keep.hedges:
        upd["hedges"] = hedges
    ranks = ranks if ranks is not None else {}
    if keep_evidence and keep.modality in NON_FACTUAL and other.modality not in NON_FACTUAL:
        # A report that refers back to an act told so far only as possible, planned or denied ("empowering the
        # government to arrest arbitrarily", then "the arrest of hundreds is being followed") tells that it
        # happened: it is the event's report, not the sentence that only foresaw it.
        keep_evidence = False
    if not keep_evidence and ranks.get(report_key(other), report_rank(other)) > \
            ranks.get(report_key(keep), report_rank(keep)):
        # The best report of the event is its evidence, and says whether and by whom it is reported.
        upd.update(evidence=other.evidence, trigger=other.trigger, modality=other.modality, source=other.source)
    # Figures only from the evidence's sentence or the next (figures.merged): never from another paragraph.
    upd.update(figures.merged(keep, other, "evidence" in upd))
    upd["confidence"] = max(keep.confidence, other.confidence)
    merged = keep.model_copy(update=upd)
    if "trigger" in upd:  # the trigger's place goes with its word (in another sentence when only filled in)
        merged._trigger_start = other._trigger_start
    return merged


# ACLED's actors a report leaves implicit, of the event's country (conventions.conventional_actors).
_IMPLIED_FORMS = ("Police Forces of {c}", "Military Forces of {c}", "Civilians ({p})", "Protesters ({p})",
                  "Rioters ({p})", "Unidentified Armed Group ({p})")


def _implied_elsewhere(actor, old: Optional[str], new: Optional[str]):
    """An actor the conventions gave a report for the country of its place (no words of the text name it:
    "Police Forces of the United Kingdom" making an arrest placed in "the UK's premier fiction award"), moved
    to the country of the place another report of the event gives ("her arrest in the city's upscale suburb of
    Borrowdale", Harare): the police, civilians, protesters... of where it happened. None when not such an
    actor or the country is the same."""
    if actor.text or not old or not new or old == new or actor.country != old:
        return None
    was, now = country_name(old), country_name(new)
    if not was or not now:
        return None
    for form in _IMPLIED_FORMS:
        if actor.name == form.format(c=was, p=bracketed(was)):
            return actor.model_copy(update={"name": form.format(c=now, p=bracketed(now)), "country": new})
    return None


def _same_crowd(a, b) -> bool:
    """Whether two actors are the crowd of one demonstration (ACLED's protesters and rioters, inter 6 and 5, of the
    same country)."""
    return a.inter in CROWD_INTER and b.inter in CROWD_INTER and a.country == b.country


def _unnamed_doer(actor) -> bool:
    """ACLED's unidentified armed group given by convention to a report that names no perpetrator."""
    return is_unidentified(actor) and not actor.text


def _state_bombing(e: Event) -> bool:
    """A state actor as the doer of a suicide bombing: a report that names it beside the act ("blaming the
    Palestinian leader for the bombings"), for a suicide bombing is no state's act (actor_roles: a suicide bomber is
    no state's force) and ACLED's actor1 is who attacked."""
    return e.actor1 is not None and e.actor1.inter == 1 and f"{e.event_type} / {e.sub_event_type}" == SUICIDE_BOMB


def _named_armed_group(actor) -> bool:
    """A non-state armed group (rebels, militias) the report names in its own words."""
    return actor is not None and bool(actor.text) and actor.inter in ARMED_GROUP_INTER \
        and not is_unidentified(actor)


def own_arguments(e: Event) -> int:
    """How many of the event's place, date, actors and counts its own sentence states (arguments borrowed
    from neighbouring sentences or other reports do not count)."""
    text = e.evidence.text
    n = sum(1 for a in (e.actor1, e.actor2) if a is not None and a.text and a.text in text)
    n += e.location is not None and e.location.country is not None and bool(e.location.text) and e.location.text in text
    n += bool(e.date.start) and bool(e.date.text) and e.date.text in text
    n += any(v is not None for v in (e.fatalities, e.injured, e.arrested))
    return n


def report_key(e: Event) -> tuple:
    """A report's key that survives merging's copies (a copy has a new id): where its sentence starts, its trigger."""
    return (e.evidence.start, e.trigger)


def report_rank(e: Event) -> tuple:
    """Which of two reports of one event is its evidence: one telling it happened, then the one stating
    more of its arguments itself (the lead of a news story, not "details about the kidnapping were still
    emerging"), then the more confident."""
    return (e.modality not in NON_FACTUAL, own_arguments(e), e.confidence)


def reported_by(ev: Event, report: Event, update: Optional[dict] = None) -> Event:
    """The merged event ``ev`` with ``report`` (one merged into it) as its evidence and trigger, its slots kept:
    when the evidence only lent the event a place or a day and the report tells the act, the report is the
    sentence that reports the event (the guide lists those). As in merge_reports, the evidence says whether and by whom
    it is reported: its modality and source go with it. ``update``: more fields to change with it (none when the
    report is the evidence already)."""
    if report is ev or report.evidence.start == ev.evidence.start:
        return ev
    out = ev.model_copy(update={"evidence": report.evidence, "trigger": report.trigger, "modality": report.modality,
                                "source": report.source, **(update or {})})
    out._trigger_start = report._trigger_start
    return out
