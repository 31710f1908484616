"""The date of an event kept, settled after merging and the filter (so it changes neither which events are kept
nor how they merge): from the reports merged into it (act_date), from the heading of a timeline's entry
(section_date), from a month's roundup (roundup_month), a cut-off day read as "by then" (cut_off_date), and whether
its yearless dates follow a day of an old year (told_after_old_day)."""

from __future__ import annotations

import datetime as dt
from typing import Optional

from ...lang.en.dates import MONTHS, ROUNDUP_HEADING, YEAR_WORD  # (a date without one takes the report's year)
from ...lang.en.events.discourse import AS_OF
from ...lang.en.events.arguments import ONSET_MENTION
from ...records import DateValue, Event
from .arguments import STALE_DAYS
from .units import Unit
from .where_when import CONTEXT_SENTENCES, in_unit, week_by_then


def act_date(e: Event, reports) -> Event:
    """The event's date from the reports merged into it (``reports``), settled on the events kept (after merging
    and the filter, so it changes neither which events are kept nor how they merge):
    - a day lent by a report the detector typed without any word of the event's type (no cue), other than
      the event's own evidence, does not date an event whose first report with such a word leaves it undated:
      that report may tell another matter (a video caption's "The paper began printing ... Wednesday evening"
      merged into "Hong Kong police arrest 5 speech therapists"), and so may a later cued report dated otherwise
      (another arrest merged in: "They were arrested Wednesday"); the event keeps its publication week;
    - an onset ("Demonstrations have remained fierce since Monday") tells when a state of things began, not
      when the act reported happened: when another report dates the act itself ("Protests over the weekend led
      to confrontations"), the most precise of those dates."""
    if e.date.precision != "publication" and e.date.start:
        lent_by = [r for r in reports if _same_date(r.date, e.date)]
        cued = [r for r in reports if r.trigger]
        if lent_by and cued and all(r.trigger is None and r.evidence.start != e.evidence.start for r in lent_by) \
                and cued[0].date.precision == "publication":
            return e.model_copy(update={"date": cued[0].date.model_copy()})
    if not (e.date.text and ONSET_MENTION.match(e.date.text.strip())):
        return e
    told = [r.date for r in reports if r.date.start and r.date.precision != "publication"
            and not (r.date.text and ONSET_MENTION.match(r.date.text.strip()))]
    if not told:
        return e
    best = min(told, key=lambda d: _span_days(d))  # (min keeps the first report's of equal spans)
    return e.model_copy(update={"date": best.model_copy()})


def cut_off_date(e: Event) -> Event:
    """A kept event dated by a cut-off day ("were arrested and remained in custody as of December 31", "As of
    Sunday, 40 people had been detained"): that day tells the state of things then, not the act's day; the act
    happened by then, dated as by a statement's day (the week up to it). After the filter, like act_date."""
    if not (e.date.text and AS_OF.match(e.date.text.strip())) or e.date.precision != "day":
        return e
    week = week_by_then(e.date)
    return e.model_copy(update={"date": week.model_copy()}) if week is not None else e


# How far into the text a roundup's heading is looked for (after a photo's caption or a title).
ROUNDUP_REACH = 600


def roundup_month(e: Event, ctx) -> Event:
    """A kept event its sentence and paragraph leave undated (the publication week), in a month's roundup ("May 2021
    in Middle East and North Africa: A free expression roundup ..."): the month the roundup covers, not the week
    before it appeared (published in June, it tells May's news). After the filter, like act_date."""
    if e.date.precision != "publication" or ctx.pub_date is None:
        return e
    if "_event_roundup" not in ctx.scratch:
        ctx.scratch["_event_roundup"] = _roundup(ctx.text[:ROUNDUP_REACH], ctx.pub_date)
    month = ctx.scratch["_event_roundup"]
    return e.model_copy(update={"date": month.model_copy()}) if month is not None else e


def _roundup(text: str, pub: dt.date) -> Optional[DateValue]:
    """The month a roundup's heading names (ROUNDUP_HEADING), its year told or the latest one not after ``pub``."""
    m = ROUNDUP_HEADING.search(text)
    if m is None:
        return None
    month = MONTHS[m["month"].lower()]
    year = int(m["year"]) if m["year"] else (pub.year if month <= pub.month else pub.year - 1)
    first = dt.date(year, month, 1)
    if first > pub:
        return None  # a month to come: no roundup of it yet
    last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return DateValue(start=first.isoformat(), end=last.isoformat(), precision="month", text=m["month"])


def section_date(e: Event, ctx, units: list[Unit], after: int) -> Event:
    """A kept event its sentence and paragraph leave undated (the publication week), in a timeline's entry: the
    date that heads the entry ("Feb. 17th 2021: Bandits Seize 41 In Kagara", then "The gunmen raided the
    Government Science College Kagara, ..." without a date of its own). Only in a report with two such
    headings at least (_date_headings); after the filter, like act_date."""
    if e.date.precision != "publication":
        return e
    headings = ctx.scratch.get("_event_date_headings")
    if headings is None:
        headings = ctx.scratch["_event_date_headings"] = _date_headings(ctx, units, after)
    if len(headings) < 2:
        return e
    para = next((u.paragraph for u in units if u.start == e.evidence.start), None)
    before = [d for p, d in headings if para is not None and p <= para]
    return e.model_copy(update={"date": before[-1].model_copy()}) if before else e


def _date_headings(ctx, units: list[Unit], after: int) -> list:
    """A timeline's entry headings [(paragraph, date)]: paragraphs that open with a date of a day or a month
    (its year told) followed by a colon ("26th Feb. 2021: 317 Female Students Abducted In Jangebe", "14th
    April 2014:")."""
    out = []
    for j, u in enumerate(units):
        if j and units[j - 1].paragraph == u.paragraph:
            continue
        first = next((t for t in in_unit(ctx.times, u) if t.start == u.start and t.start >= after), None)
        if first is not None and first.date.precision in ("day", "month") \
                and ctx.text[first.end:first.end + 3].lstrip(" ").startswith(":"):
            out.append((u.paragraph, first.date))
    return out


def _same_date(a: DateValue, b: DateValue) -> bool:
    return (a.start, a.end, a.text) == (b.start, b.end, b.text)


def _span_days(d: DateValue) -> int:
    try:
        return (dt.date.fromisoformat((d.end or d.start)[:10]) - dt.date.fromisoformat(d.start[:10])).days
    except (TypeError, ValueError):
        return 10 ** 6


def told_after_old_day(e: Event, reports, ctx, units: list[Unit], after: int) -> bool:
    """Whether every report of the event (``e`` and the ``reports`` merged into it) that dates it does so without a
    year ("On the evening of March 20", "12 hours before") right after a sentence dated to a day with its year
    ("... was to be reintroduced on March 21, 1929."), and that day's year makes the report's date older than the
    news window: the time reader gave such a date the report's year, but a list of dated incidents goes on in the
    year last written ("On October 6, 2018, ... On November 18, two Lebanese were kidnapped": November 18, 2018,
    news in a report of December 2018, background in one of 2020). A date a report took from a sentence before it
    is read after that sentence ("On the evening of March 20, raids were conducted. Thirty-two people were
    arrested"). Background to the news (the guide). Settled
    on the events kept, like act_date."""
    pub = ctx.pub_date
    if pub is None:
        return False
    dated = {r.evidence.start: r for r in (e, *reports) if r.date.precision != "publication" and r.date.text}
    if e.evidence.start not in dated:
        return False
    starts = {u.start: j for j, u in enumerate(units)}
    for r in dated.values():
        k = starts.get(r.evidence.start)
        if k is None or YEAR_WORD.search(r.date.text):
            return False
        k = _told_in(units, k, r.date.text)  # a date the report took from a sentence before it is read there
        before = _day_before(ctx, units, k, after)
        told = _in_year_of(r.date, before) if before is not None else None
        if told is None or (pub - told).days <= STALE_DAYS:
            return False
    return True


def _told_in(units: list[Unit], k: int, text: str) -> int:
    """The unit, ``k`` or one of the CONTEXT_SENTENCES before it, whose words tell the date ``text`` (the report's
    own unit when none does): "On the evening of March 20, raids were conducted ... Thirty-two people were
    arrested" dates the arrests in the sentence before."""
    for j in range(k, max(-1, k - 1 - CONTEXT_SENTENCES), -1):
        if text in units[j].text:
            return j
    return k


def _day_before(ctx, units: list[Unit], k: int, after: int) -> Optional[dt.date]:
    """The day, with its year written out ("on March 21, 1929"), of the nearest sentence before unit ``k``
    (CONTEXT_SENTENCES back at most) that names a time; None when that sentence dates no such day."""
    for j in range(k - 1, max(-1, k - 1 - CONTEXT_SENTENCES), -1):
        times = [t for t in in_unit(ctx.times, units[j]) if t.start >= after]
        if not times:
            continue
        days = [t for t in times if t.date.precision == "day" and YEAR_WORD.search(t.text or "")]
        try:
            return dt.date.fromisoformat((days[-1].date.start or "")[:10]) if days else None
        except ValueError:
            return None
    return None


def _in_year_of(date: DateValue, day: dt.date) -> Optional[dt.date]:
    """A yearless date read in the year nearest to ``day``, told just before it ("On the evening of March 20"
    after "March 21, 1929": 1929; "On January 5" after "December 20, 2018": 2019)."""
    try:
        told = dt.date.fromisoformat((date.start or date.end or "")[:10])
    except ValueError:
        return None
    years = []
    for year in (day.year - 1, day.year, day.year + 1):
        try:
            years.append(told.replace(year=year))
        except ValueError:  # February 29 in another year
            continue
    return min(years, key=lambda d: abs((d - day).days)) if years else None
