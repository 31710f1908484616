"""A report placed by its dateline alone ("MANILA, Philippines – A health worker ... was arrested by police") and
one that names where the act happened ("arrested by the San Juan City Police in their home"): the dateline says
where the reporter filed from, the body where the event was. When both lie in one province they are one incident
(same_event.py joins them: place_day.places_compatible), coded at the body's place (merged_slots.merge_reports).
Another province is left apart: a wire filed from a capital often reports several provinces' news."""

from __future__ import annotations

from ..actors.vocabulary import dateline_end


def filed_at(e) -> bool:
    """Whether the report's place is the dateline that opens its own sentence."""
    loc = e.location
    if loc is None:
        return False
    at = loc.start - e.evidence.start
    return 0 <= at < dateline_end(e.evidence.text)


def told_where(e) -> bool:
    """Whether the report's own sentence names its place after any dateline (the body's place)."""
    loc = e.location
    return (loc is not None and not filed_at(e) and bool(loc.text)
            and e.evidence.start <= loc.start < e.evidence.start + len(e.evidence.text))


def filed_and_told(a, b) -> bool:
    """Whether one report is placed by its dateline and the other names a place of its own in the same province
    of the same country (module doc)."""
    for filed, told in ((a, b), (b, a)):
        lf, lt = filed.location, told.location
        if (filed_at(filed) and told_where(told) and lf.country is not None and lf.country == lt.country
                and bool(lf.admin1) and lf.admin1 == lt.admin1):
            return True
    return False
