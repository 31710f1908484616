"""A report dated by the publication alone that retells an incident the text dates to a day (ACLED's rule 4: one
event per type, place and day).

Merging (merging.py) runs before the events' dates and types are settled: a report's day may then be cut off
(custody, an old day), and a peaceful protest becomes the protest with intervention its arrests tell. So after
them, two events of one type may stand at one place where one has no date of its own (the publication's week) and
the other a day inside that week: "Hong Kong police on Thursday arrested five union members" then "The five who
were arrested are members of ...". The report with no day gives none of its own to set it apart: it is the dated
incident retold, and joins it (its more precise place and day kept: merged_slots.merge_reports). A report that marks
another incident ("In a separate incident", "four more were arrested") stays its own, and so does one told more
than NEAR sentences away that names its place in its own words: far into the story, an undated killing the
sentence places anew is as likely another incident ("Gunmen shot dead a tribal elder in Peshawar on Tuesday", then,
paragraphs on, "Gunmen killed a polio worker in Peshawar"); one whose place the context lends ("Police also
arrested the head of another group") goes on telling the story's incident.
"""

from __future__ import annotations

from ...records import Event
from .merged_slots import merge_reports, own_place
from .place_day import NEAR, date_key, dates_overlap, one_inside_other, place_key
from .same_event import further_count, told_apart
from .taxonomy import label_of
from .within_city import one_in_city

# Kin of undated_retold.retold_days and place_day.by_then_retold (an undated report joining a dated one at its
# place), kept apart because each predicate differs: this one runs after dates and types are settled, takes a day in
# the publication week (the 7 days before it too lost a right event on bench/events_precision.py; retold_days: up to
# STALE_DAYS before; by_then_retold: 1 to BY_THEN_DAYS before a range or publication week), a place equal, inside
# the other or in one city (retold_days: equal place only; by_then_retold: equal or inside, no city), any dated
# report of the type not told apart (retold_days: only the nearest one before, or after a lead, with the same
# parties, no demonstrations; by_then_retold: any within NEAR sentences). One shared predicate would change which
# reports join.
_NO_OWN_DATE = "publication"


def _undated_and_day(a: Event, b: Event) -> bool:
    """One report dated by the publication alone, the other to a day inside that week."""
    for week, day in ((a.date, b.date), (b.date, a.date)):
        if week.precision == _NO_OWN_DATE and day.precision == "day" and week.start and day.start:
            return dates_overlap((week.start, week.end), (day.start, day.end))
    return False


def _one_place(a: Event, b: Event) -> bool:
    """The same resolved place, or one inside the other (a province's town, a large city's district)."""
    pa, pb = place_key(a), place_key(b)
    if pa is None or pb is None:
        return False
    return pa == pb or one_inside_other(a.location, b.location) or one_in_city(a.location, b.location)


def _retells(earlier: Event, later: Event) -> bool:
    if label_of(earlier) != label_of(later) or not _undated_and_day(earlier, later) or not _one_place(earlier, later):
        return False
    undated = earlier if earlier.date.precision == _NO_OWN_DATE else later
    if abs(later.evidence.sentence - earlier.evidence.sentence) > NEAR and own_place(undated):
        return False  # (module doc: placed anew far away, as likely its own incident)
    return not told_apart(earlier, later) and not further_count(undated.evidence.text)


def merge_undated_retellings(events: list[Event]) -> list[Event]:
    """The events with each report dated by the publication alone merged into the incident of its type the text
    dates to a day at its place (module doc); document order kept."""
    order = sorted(range(len(events)), key=lambda i: (events[i].evidence.sentence, events[i].evidence.start))
    out: list[Event] = []
    for i in order:
        ev = events[i]
        same = [k for k, kept in enumerate(out) if date_key(kept) is not None and _retells(kept, ev)]
        if same:
            k = same[0]
            out[k] = merge_reports(out[k], ev)
        else:
            out.append(ev)
    return out
