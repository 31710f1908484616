"""ACLED's rules 3, 4 and 5 over the events of one document (rules.py says them): reports of one event are
merged, keeping the arguments each adds, and as evidence the best report (merged_slots.py); an airstrike inside a
ground battle is the battle's, a riot and its dispersal one demonstration of the most severe type. Which reports
are one event: same_event.py (place and day: place_day.py; mentions: mention_place.py)."""

from __future__ import annotations

from typing import Optional

from ...lang.en.events.rules import DEMO_SEVERITY
from ...records import DateValue, Event
from .addendum import added_to
from .merged_slots import merge_reports, report_key, report_rank  # (recall_loss.py watches merging.merge_reports)
from .mention_place import another_day
from .place_day import date_key, dates_overlap, places_compatible
from .same_event import demo_type, same_incident, fighting_told, told_apart  # (recall_loss.py reads merging.same_incident)
from .taxonomy import label_of, typed_fields
from .undated_retold import retold_days


def merge_events(events: list[Event], mentions: frozenset[int] = frozenset(),
                 members: Optional[list[list[Event]]] = None, retold: frozenset[int] = frozenset(),
                 added: frozenset[int] = frozenset(), details: frozenset[int] = frozenset()) -> list[Event]:
    """Rules 3, 4 and 5 over the events of one document, in document order.

    mentions: ``id()`` of the events whose trigger only refers to an event ("the kidnapped missionaries",
        "the attack"); each joins the nearest earlier event of its type whatever its place and date.
    members: when given, filled with the reports merged into each returned event (in the same order).
    retold: ``id()`` of the events that retell an earlier one in other words (strategic.py: what was
        discussed at a meeting, where someone arrested is held); each joins the nearest earlier event of its
        type when no event is the same by place and date (the places it names are the talks' topic or the
        place of custody, not where the event happened).
    added: ``id()`` of the events that add to the act told before with no place or day of their own
        (also_told.py); each joins the nearest earlier event of its type when no event is the same by place and
        date, without lending it the place or date the context gave it.
    details: ``id()`` of the reports that add a detail to the event told just before, of whatever type
        (addendum.py: "Many were held overnight", "Dozens more were wounded"); each is folded into that event,
        lending it nothing, when no event is the same by place and date.
    A report with no day of its own joins the incident of its type the text dated at its place
    (undated_retold.py) when no event is the same by place and date.
    """
    out: list[Event] = []
    groups: list[list[Event]] = members if members is not None else []
    # Each report's rank as evidence, read before merging fills in arguments from other reports.
    ranks = {report_key(e): report_rank(e) for e in events}
    days = retold_days(events)  # an undated report and the dated one of the incident it retells
    for ev in sorted(events, key=lambda e: (e.evidence.sentence, e.evidence.start)):
        if id(ev) in mentions:  # joins its antecedent: the place and date of its sentence are not its own
            same = [i for i, kept in enumerate(out) if _refers_to(ev, kept) and not another_day(ev, kept)
                    and not told_apart(kept, ev)]
            if same:
                _join(out, groups, same[-1], ev, ranks)
                worst = demo_type(out[same[-1]], ev)
                if worst and worst != label_of(out[same[-1]]):
                    out[same[-1]] = out[same[-1]].model_copy(update=typed_fields(worst))
                continue
        for i, kept in enumerate(out):
            if same_incident(kept, ev):
                # The Battles event absorbs a strike in the same battle; otherwise the first report stays.
                if kept.event_type != "Battles" and ev.event_type == "Battles" and fighting_told(ev):
                    out[i] = merge_reports(ev, kept, ranks=ranks)
                else:
                    out[i] = merge_reports(kept, ev, ranks=ranks)
                worst = demo_type(kept, ev)
                if worst and worst != label_of(out[i]):
                    out[i] = out[i].model_copy(update=typed_fields(worst))
                groups[i].append(ev)
                break
        else:
            if any(told_apart(kept, ev) for kept in out):  # "In a separate incident, ...": its own event
                out.append(ev)
                groups.append([ev])
                continue
            before = added_to(ev, out) if id(ev) in details else None
            if before is not None:
                groups[before].append(ev)
                continue
            same = ([i for i, kept in enumerate(out) if label_of(kept) == label_of(ev)]
                    if id(ev) in retold or id(ev) in added else [])
            if same:
                _join(out, groups, same[-1], ev, ranks, lent=id(ev) in added)
                continue
            told = [i for i, group in enumerate(groups) if any(id(r) in days.get(id(ev), ()) for r in group)
                    and label_of(out[i]) == label_of(ev)]
            if told:
                out[told[-1]] = merge_reports(out[told[-1]], ev, ranks=ranks)
                groups[told[-1]].append(ev)
                continue
            out.append(ev)
            groups.append([ev])
    return out


def _refers_to(mention: Event, kept: Event) -> bool:
    """Whether a mention may refer back to ``kept``: one of its type, or, for "the protest", "the rally", any
    demonstration told before, whatever sub-type its own report gave it (rule 5: one demonstration, typed by the
    most severe of its reports: "police dispersed the protest" after "hundreds gathered")."""
    if label_of(kept) == label_of(mention):
        return True
    # (at a place and on days the demonstration told may have: "the protest in Abuja continued" is not the one
    # dispersed in Anambra)
    return (label_of(kept) in DEMO_SEVERITY and label_of(mention) in DEMO_SEVERITY and places_compatible(kept, mention)
            and dates_overlap(date_key(kept), date_key(mention)))


def _join(out: list[Event], groups: list[list[Event]], i: int, ev: Event, ranks: dict, lent: bool = False) -> None:
    """A report that refers back to (a mention) or retells ``out[i]`` joins it; its evidence stays. ``lent``: its
    place and date are the context's, not the act's, and fill in nothing."""
    told = ev.model_copy(update={"location": None, "date": DateValue()}) if lent else ev
    out[i] = merge_reports(out[i], told, keep_evidence=True, ranks=ranks)
    groups[i].append(ev)


def merge_across(earlier: list[Event], later: list[Event]) -> list[Event]:
    """``earlier`` with ``later`` (the events of a long text's next segment, merged among themselves)
    added: each merged into the first earlier event it is the same event as, by the rules merge_events
    applies within one text, so a report retold (or repeated) in another segment is one event."""
    out = list(earlier)
    for ev in later:
        for i in range(len(earlier)):
            if same_incident(out[i], ev):
                if out[i].event_type != "Battles" and ev.event_type == "Battles" and fighting_told(ev):
                    out[i] = merge_reports(ev, out[i])
                else:
                    out[i] = merge_reports(out[i], ev)
                break
        else:
            out.append(ev)
    return out
