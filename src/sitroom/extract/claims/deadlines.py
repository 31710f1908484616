"""Deadlines and horizons of commitments, predictions, requests and decisions.

"until September 11", "by August 31, 2021", "over the next three months",
"not more than a month left" become a :class:`DateValue` resolved against the
publication date. Deadlines look forward: a month and day without a year take
the first such day on or after the publication date ("until September 11" in a
report of 2021-07-12 is 2021-09-11). ``end`` always holds the deadline itself;
a horizon counted from the publication date ("over the next three months")
also has ``start`` = publication date and precision "range".

The time resolver of ``sitroom.extract.time`` is used for date phrases this
module does not read itself, when it is installed.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional

from ...lang.en.claims.deadlines import (
    BY_DATE,
    BY_WEEKDAY,
    BY_YEAR,
    CUED_PHRASE,
    DATE,
    GIVEN,
    GIVEN_TAIL,
    LEFT,
    NAMED_WEEK,
    NEXT_PERIOD,
    PERIOD_END,
    UNTIL_BEFORE,
)
from ...lang.en.dates import MONTHS, WEEKDAYS
from ...records import Claim, DateValue
from ..numbers import count_value

_UNTIL_BEFORE = re.compile(UNTIL_BEFORE, re.IGNORECASE)
# A calendar date with no cue ("will hold a hearing December 4"), for forward-looking claims only.
_BARE_DATE = re.compile(DATE, re.IGNORECASE)


@dataclass(frozen=True)
class Deadline:
    """A deadline found in a piece of text: the value and where its words are."""

    value: DateValue
    start: int  # offsets relative to the text searched
    end: int


def find_deadline(text: str, pub_date: Optional[dt.date], *, allow_on: bool = True,
                  said_from: Optional[dt.date] = None) -> Optional[Deadline]:
    """The first deadline or horizon in ``text``, resolved against ``pub_date``.

    allow_on (bool): accept "on <date>" as a deadline (for forward-looking claims only).
    said_from (date | None): the first day the words may have been said, when the text dates them ("In
    June, rebels demanded ... by June 30"): a calendar date looks forward from it, not from ``pub_date``,
    as a deadline set before publication may already be past when the report appears. Default ``pub_date``.
    RETURNS (Deadline | None): None when there is none, or when it needs a publication date that is unknown.
    """
    since = said_from or pub_date
    candidates: list[Deadline] = []
    for m in BY_DATE.finditer(text):
        cue = m.group("cue").lower()
        if cue == "on" and not allow_on:
            continue
        if cue in ("from", "after", "in"):  # starts and vague months are not deadlines
            continue
        value = _calendar_date(m, since)
        if value is not None:
            candidates.append(Deadline(value, m.start(), m.end()))
    relative: list[Deadline] = []  # counted from the publication date
    for rx in (NEXT_PERIOD, LEFT, GIVEN):
        for m in rx.finditer(text):
            end = _add(pub_date, count_value(m.group("n")), m.group("unit").lower()) if pub_date else None
            # (an ultimatum's words are its period: "48 hours", not "gave the government 48 hours to")
            words = GIVEN_TAIL.sub("", text[m.start("n"):m.end()]) if rx is GIVEN else m.group(0)
            relative.append(Deadline(_window(pub_date, end, words), m.start(), m.end()))
    for m in PERIOD_END.finditer(text):
        period = (m.group("period") or m.group("period2")).lower()
        if pub_date is None:
            relative.append(Deadline(_window(None, None, m.group(0)), m.start(), m.end()))
        elif m.group("rel") and not _UNTIL_BEFORE.search(text, 0, m.start()):
            # "halting a policy next week": within that week, not by its end
            first, last = _period(pub_date, period)
            relative.append(Deadline(DateValue(start=first.isoformat(), end=last.isoformat(), precision="range",
                                               text=m.group(0)), m.start(), m.end()))
        else:
            end = _period_end(pub_date, period, next_one=bool(m.group("rel")))
            relative.append(Deadline(_window(pub_date, end, m.group(0)), m.start(), m.end()))
    candidates += relative
    for m in BY_YEAR.finditer(text):
        year = int(m.group("year"))
        if pub_date is None or year >= pub_date.year:
            candidates.append(Deadline(DateValue(start=dt.date(year, 1, 1).isoformat(), end=dt.date(year, 12, 31).isoformat(),
                                                 precision="year", text=m.group(0)), m.start(), m.end()))
    for m in BY_WEEKDAY.finditer(text):
        if pub_date is None:  # "by Friday" in an undated text: the words only
            candidates.append(Deadline(_window(None, None, m.group(0)), m.start(), m.end()))
            continue
        target = WEEKDAYS[m.group("day").lower()]
        if m.group("cue").lower() == "next":  # "next Monday": the Monday of next week
            when = _period(pub_date, "week")[0] + dt.timedelta(days=target)
        else:  # "by Friday": the first Friday after publication
            when = pub_date + dt.timedelta(days=(target - pub_date.weekday() - 1) % 7 + 1)
        candidates.append(Deadline(DateValue(start=when.isoformat(), end=when.isoformat(), precision="day",
                                             text=m.group(0)), m.start(), m.end()))
    if not candidates and allow_on:
        for m in _BARE_DATE.finditer(text):
            value = _calendar_date(m, since)
            # a bare date before the words were said tells when something happened ("release the lawyer,
            # who was sentenced in June 2021"), not by when
            if value is not None and not (since and value.end and value.end < since.isoformat()):
                candidates.append(Deadline(value, m.start(), m.end()))
                break
    if not candidates:
        return _from_time_resolver(text, pub_date)
    return min(candidates, key=lambda d: d.start)


def _window(pub_date: Optional[dt.date], end: Optional[dt.date], words: str) -> DateValue:
    """From the publication date to ``end``; with no publication date only the words, as the annotation
    guide records a deadline no date can be computed for ("at the end of the year")."""
    if pub_date is None or end is None:
        return DateValue(precision="unknown", text=words)
    return DateValue(start=pub_date.isoformat(), end=end.isoformat(), precision="range", text=words)


def _period(pub_date: dt.date, period: str) -> tuple[dt.date, dt.date]:
    """The first and last day of the week (Monday to Sunday), month or year after the publication date's."""
    if period == "year":
        return dt.date(pub_date.year + 1, 1, 1), dt.date(pub_date.year + 1, 12, 31)
    if period == "month":
        first = _add(pub_date.replace(day=1), 1, "month")
        return first, first.replace(day=calendar.monthrange(first.year, first.month)[1])
    monday = pub_date + dt.timedelta(days=7 - pub_date.weekday())
    return monday, monday + dt.timedelta(days=6)


def refine_to_day(deadline: DateValue, days: list[DateValue]) -> DateValue:
    """A window deadline ("next week", "within two weeks") narrowed to the one day the same document gives
    inside it for a deadline of its own ("starting March 12"): the article dates its own "next week".
    Unchanged when no such day, or more than one, falls inside the window."""
    if deadline.precision != "range" or not (deadline.start and deadline.end):
        return deadline
    # Only a week named as such ("next week"): "by the end of the month", "within two weeks" or "three days
    # to leave" end when they say, and a month or a year holds too many days for another claim's day to be
    # this one's
    if not NAMED_WEEK.search(deadline.text or "") or \
            (dt.date.fromisoformat(deadline.end[:10]) - dt.date.fromisoformat(deadline.start[:10])).days > 7:
        return deadline
    inside = {d.end for d in days if d.precision == "day" and d.end and deadline.start <= d.end <= deadline.end}
    if len(inside) != 1:
        return deadline
    day = inside.pop()
    return DateValue(start=day, end=day, precision="day", text=deadline.text)


def _calendar_date(m: re.Match, pub_date: Optional[dt.date]) -> Optional[DateValue]:
    month_word = m.group("m1") or m.group("m2") or m.group("m3")
    month = MONTHS[month_word.lower().rstrip(".")]
    year_text = m.group("y1") or m.group("y2") or m.group("y3")
    day_text = m.group("d1") or m.group("d2")
    text = m.group(0)
    if day_text is None:  # "by September 2021": the end of that month
        year = int(year_text)
        last = calendar.monthrange(year, month)[1]
        return DateValue(start=dt.date(year, month, 1).isoformat(), end=dt.date(year, month, last).isoformat(),
                         precision="month", text=text)
    day = int(day_text)
    if year_text:
        year = int(year_text)
    elif pub_date is not None:
        year = pub_date.year
        # Deadlines look forward: a day already past this year means next year's.
        if _safe_date(year, month, day) and _safe_date(year, month, day) < pub_date:
            year += 1
    else:
        return None
    when = _safe_date(year, month, day)
    if when is None:
        return None
    return DateValue(start=when.isoformat(), end=when.isoformat(), precision="day", text=text)


def _safe_date(year: int, month: int, day: int) -> Optional[dt.date]:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _add(start: dt.date, n: int, unit: str) -> dt.date:
    """``start`` plus ``n`` units; months and years keep the day of month where they can."""
    if unit == "hour":
        return start + dt.timedelta(days=max(1, round(n / 24)))
    if unit == "day":
        return start + dt.timedelta(days=n)
    if unit == "week":
        return start + dt.timedelta(weeks=n)
    months = n if unit == "month" else 12 * n
    year, month = divmod(start.month - 1 + months, 12)
    year += start.year
    month += 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return dt.date(year, month, day)


def _period_end(pub_date: dt.date, period: str, next_one: bool) -> dt.date:
    if period == "year":
        return dt.date(pub_date.year + (1 if next_one else 0), 12, 31)
    if period == "month":
        anchor = _add(pub_date.replace(day=1), 1 if next_one else 0, "month")
        return anchor.replace(day=calendar.monthrange(anchor.year, anchor.month)[1])
    # week: the coming Sunday (or the one after it)
    return pub_date + dt.timedelta(days=6 - pub_date.weekday() + (7 if next_one else 0))


def _from_time_resolver(text: str, pub_date: Optional[dt.date]) -> Optional[Deadline]:
    """Ask the time resolver about "until/by <expression>" phrases this module does not read."""
    try:
        from ..time import resolve_expression  # lands with the time resolver
    except ImportError:
        return None
    m = CUED_PHRASE.search(text)
    if m is None or pub_date is None:
        return None
    try:
        value = resolve_expression(m.group(1), pub_date)
    except Exception:  # a resolver failure must not lose the claim
        return None
    if value is None or not (value.end or value.start):
        return None
    return Deadline(value, m.start(), m.end())


def find_statement_date(text: str, start: int, end: int, quote: tuple[int, int], times,
                        pub_date: Optional[dt.date]) -> Optional[DateValue]:
    """When a claim was made: a past date in ``text[start:end]`` outside the ``quote`` span.

    times (list[TimeMention]): the time expressions the time stage found; they are re-read as
    past-looking ("On June 8" before a 2021-07-12 report is 2021-06-08).
    RETURNS (DateValue | None): None when the sentence dates nothing outside the quote, or only the future.
    """
    phrases = [(t.start, t.end) for t in times if start <= t.start < end]
    if not phrases:
        phrases = [(start + m.start(), start + m.end()) for m in re.finditer(DATE, text[start:end], re.IGNORECASE)]
    for a, b in phrases:
        if quote[0] <= a < quote[1]:
            continue
        value = _past_value(text[a:b], pub_date)
        if value is not None:
            return value
    return None


def _past_value(phrase: str, pub_date: Optional[dt.date]) -> Optional[DateValue]:
    try:
        from ..time import resolve_expression
    except ImportError:
        resolve_expression = None
    value = None
    if resolve_expression is not None:
        try:
            value = resolve_expression(phrase, pub_date, future=False)
        except Exception:  # a resolver failure must not lose the claim
            value = None
    if value is None:
        m = re.search(DATE, phrase, re.IGNORECASE)
        if m is None or pub_date is None:
            return None
        value = _calendar_date(m, pub_date)
        if value is not None and value.end and value.end > pub_date.isoformat():
            # calendar dates here look forward; a statement looks back a year instead
            y, mo, d = (int(x) for x in value.end.split("-"))
            past = _safe_date(y - 1, mo, d)
            value = DateValue(start=past.isoformat(), end=past.isoformat(), precision="day", text=value.text) if past else None
    if value is None or not (value.start or value.end):
        return None
    if pub_date is not None and (value.start or value.end) > pub_date.isoformat():
        return None
    return value


def refine_deadlines(claims: list[Claim]) -> list[Claim]:
    """A window deadline ("is halting a policy next week") takes the one day the document gives inside it
    for another claim's deadline ("will no longer be in effect starting March 12")."""
    days = [c.deadline for c in claims if c.deadline is not None and c.deadline.precision == "day"]
    if not days:
        return claims
    out = []
    for c in claims:
        if c.deadline is not None and c.deadline.precision == "range":
            refined = refine_to_day(c.deadline, days)
            if refined is not c.deadline:
                c = c.model_copy(update={"deadline": refined})
        out.append(c)
    return out


def said_from(value: Optional[DateValue]) -> Optional[dt.date]:
    """The first day a statement may have been made, at whatever precision its date is known ("In June":
    June 1st)."""
    first = value.start or value.end if value is not None else None
    try:
        return dt.date.fromisoformat(first[:10]) if first else None
    except ValueError:
        return None


def said_day(value: Optional[DateValue]) -> Optional[dt.date]:
    """The day a statement was made, when its date is known to the day."""
    if value is None or value.precision != "day" or not value.end:
        return None
    try:
        return dt.date.fromisoformat(value.end[:10])
    except ValueError:
        return None
