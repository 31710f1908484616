"""Time: explicit and relative date expressions resolved against the publication date (stage sitroom.time.v1).

Expressions are found with a handful of compiled regular expressions (dateparser
is far too slow to run per sentence) and resolved to a :class:`DateValue` with
ACLED's precisions: day, part of month (early 1-10, mid 11-20, late 21-end),
month, year, range, unknown. Relative expressions ("yesterday", "on Monday",
"the past 24 hours", "last week") need the publication date; without one only
expressions that name their year resolve, the rest keep their text with
precision "unknown".

Public API: :func:`resolve_expression` for one phrase, :func:`find_times` for a
whole text. Both are used by the events and claims extractors. The patterns are in
:mod:`.patterns`, the resolvers (one per pattern kind) in :mod:`.resolve`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Optional

from ...records import DateValue, Published, TimeMention
from ...registry import stage
from ...lang.en.dates import MONTHS
from ...lang.en.time.patterns import ANCHORED, ANCHORED_LATER, CUES, NEEDS, PATTERNS, POST_SIGNATURE
from ..numbers import count_value
from .patterns import _Found, is_future, named_weekday, told_as_past
from .resolve import _RESOLVERS, PUBLICATION_WINDOW_DAYS

NAME = "sitroom.time.v1"


# --- finding -------------------------------------------------------------------------------

def _candidates(text: str) -> list[_Found]:
    found = []
    present = {cue for cue, pattern in CUES.items() if pattern.search(text)}
    if not present:
        return []
    for kind, pattern in PATTERNS:
        if not all(cue in present for cue in NEEDS[kind]):
            continue
        for m in pattern.finditer(text):
            if m.end() > m.start() and not _named(kind, m):
                found.append(_Found(m.start(), m.end(), kind, m))
    # Longest first; earlier patterns win ties (they are the more specific ones).
    order = {k: i for i, (k, _) in enumerate(PATTERNS)}
    found.sort(key=lambda f: (-(f.end - f.start), order[f.kind], f.start))
    chosen: list[_Found] = []
    for f in found:
        if all(f.end <= c.start or f.start >= c.end for c in chosen):
            chosen.append(f)
    return sorted(chosen, key=lambda f: f.start)


def _named(kind: str, m: re.Match) -> bool:
    """A weekday match that is a name ("Bloody Sunday"), not a date."""
    if kind == "weekday":
        return named_weekday(m.string, m.start("wd"), m.end("wd"))
    if kind == "weekdays":
        return named_weekday(m.string, m.start("wd1"), m.end("wd2"))
    if kind == "weekday_span":
        return named_weekday(m.string, m.start("wd1") if m["wd1"] else m.start("wd1b"), m.end("wd2"))
    return False


def find_times(text: str, pub_date: Optional[dt.date], future: Optional[bool] = None) -> list[tuple[int, int, DateValue]]:
    """All time expressions of ``text`` as (start, end, value), in text order.

    Args:
        text (str): a sentence or a whole document.
        pub_date (date | None): the publication date that relative expressions count from.
        future (bool | None): whether the text speaks of the future; None decides from the text.
    RETURNS (list): (char start, char end, DateValue with its ``text`` set).
    """
    if future is None:
        future = is_future(text)
    out = []
    for f in _candidates(text):
        value = _RESOLVERS[f.kind](f.match, pub_date, future)
        if value is None:
            continue
        phrase = text[f.start:f.end]
        out.append((f.start, f.end, value.model_copy(update={"text": phrase})))
    return out


def resolve_expression(text: str, pub_date: Optional[dt.date], future: Optional[bool] = None) -> Optional[DateValue]:
    """Resolve one time expression ("in early July", "the past 24 hours") against ``pub_date``.

    Args:
        text (str): the expression, possibly with words around it.
        pub_date (date | None): publication date; without it only dated expressions resolve.
        future (bool | None): whether the context speaks of the future; None decides from ``text``.
    RETURNS (DateValue | None): the longest expression found in ``text``, or None if there is none.
    """
    found = find_times(text, pub_date, future)
    if not found:
        return None
    start, end, value = max(found, key=lambda f: f[1] - f[0])
    return value


def counted_back(n: str, unit: str, pub: Optional[dt.date]) -> Optional[DateValue]:
    """The time ``n`` ``unit`` before ``pub``, as "two weeks ago" resolves (the onset of what has gone on "for
    the past two weeks"); None when ``n`` is no count."""
    if count_value(n) is None:
        return None
    return _RESOLVERS["ago"]({"n": n, "unit": unit}, pub, False)


# --- the pipeline stage ------------------------------------------------------------------------

@stage(NAME, requires=("doc", "published"), assigns=("times",))
def make_time():
    """Stage: every time expression of the document, sentence by sentence, into ``ctx.times``."""

    def run(ctx) -> None:
        pub = ctx.pub_date
        pub_last = month_last_day(pub) if pub is not None and ctx.published.month_only else None
        last_day: Optional[dt.date] = None  # the day the text gave last: what "nine days prior" counts from
        posts = embedded_posts(ctx.text)
        for i, sent in enumerate(ctx.doc.sents):
            sentence = sent.text
            future = is_future(sentence)
            found = find_times_in_month(sentence, pub, pub_last, future)
            if future:  # a day on a verb told in the past is the last one, whatever the sentence says of the future
                found = _past_told(sent, found, lambda: find_times_in_month(sentence, pub, pub_last, False))
            for a, b, day in posts:  # what a quoted post says counts from its own day
                if a < sent.end_char and sent.start_char < b:
                    own = {(x, y): v for x, y, v in find_times(sentence, day, is_future(sentence))}
                    found = [(x, y, own.get((x, y), v) if a <= sent.start_char + x < b else v) for x, y, v in found]
            for start, end, value in found:
                a, b = sent.start_char + start, sent.start_char + end
                value = _anchored(ctx.text[a:b], value, last_day)
                if value.precision == "day" and value.start:
                    last_day = dt.date.fromisoformat(value.start[:10])
                ctx.times.append(TimeMention(text=ctx.text[a:b], start=a, end=b, sentence=i, date=value, extractor=NAME))

    return run


def _past_told(sent, found, as_past) -> list[tuple[int, int, DateValue]]:
    """``found`` (the times of the sentence ``sent``, read as the sentence speaks of the future) with those on a verb
    told in the past read as past (patterns.told_as_past); ``as_past`` gives the sentence's times read so."""
    past = None
    out = []
    for a, b, v in found:
        span = sent.doc.char_span(sent.start_char + a, sent.start_char + b, alignment_mode="expand")
        if told_as_past(span):
            past = {(x, y): w for x, y, w in as_past()} if past is None else past
            v = past.get((a, b), v)
        out.append((a, b, v))
    return out


def embedded_posts(text: str) -> list[tuple[int, int, dt.date]]:
    """The social-media posts quoted in ``text`` with their own day: (start, end of the post's words, day). A post
    runs from its paragraph's start to its signature ("— Name (@handle) December 1, 2019"); what it says
    happened "last night" happened the night before it was posted, not before the report."""
    out = []
    for m in POST_SIGNATURE.finditer(text):
        try:
            day = dt.date(int(m["y"]), MONTHS[m["m"].lower().rstrip(".")], int(re.match(r"\d+", m["d"]).group()))
        except (ValueError, KeyError):
            continue
        out.append((text.rfind("\n", 0, m.start()) + 1, m.start(), day))
    return out


def month_last_day(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def find_times_in_month(text: str, pub: Optional[dt.date], pub_last: Optional[dt.date],
                        future: Optional[bool] = None) -> list[tuple[int, int, DateValue]]:
    """As :func:`find_times`; when only the publication's month is known (``pub`` its first day, ``pub_last``
    its last), an expression counted from the publication day ("today", "on Wednesday") spans what it
    means on every day of that month, with precision "publication": "today" in a report of October
    2015 is October 2015, never the 1st."""
    found = find_times(text, pub, future)
    if pub_last is None:
        return found
    late = {(a, b): v for a, b, v in find_times(text, pub_last, future)}
    out = []
    for a, b, v in found:
        w = late.get((a, b))
        if w is not None and v.start and w.start and (v.start, v.end) != (w.start, w.end):
            v = DateValue(start=min(v.start, w.start), end=max(v.end or v.start, w.end or w.start),
                          precision="publication", text=v.text)
        out.append((a, b, v))
    return out


def publication_window(published: Published) -> Optional[DateValue]:
    """The date of an event its text does not date: its report's publication, precision "publication"."""
    if not published.value:
        return None
    pub = dt.date.fromisoformat(published.value[:10])
    if published.month_only:
        start, end = pub.replace(day=1), month_last_day(pub)
    else:
        start, end = pub - dt.timedelta(days=PUBLICATION_WINDOW_DAYS), pub
    return DateValue(start=start.isoformat(), end=end.isoformat(), precision="publication")


def _anchored(phrase: str, value: DateValue, last_day: Optional[dt.date]) -> DateValue:
    """A count of days or weeks before or after the date the text gave last ("On February 26, 317 girls were
    kidnapped ... Nine days prior, 42 people were kidnapped": February 17; "On April 1 ... The next day":
    April 2), else ``value`` as resolved."""
    m, sign = ANCHORED.fullmatch(phrase.strip()), -1
    if m is None:
        m, sign = ANCHORED_LATER.fullmatch(phrase.strip()), 1
    if m is None or last_day is None:
        return value
    n = 1 if m.groupdict().get("unit1") else count_value(m["n"])
    if n is None:
        return value
    if (m.groupdict().get("unit1") or m["unit"]).lower().startswith("day"):
        day = (last_day + sign * dt.timedelta(days=n)).isoformat()
        return DateValue(start=day, end=day, precision="day", text=value.text)
    when = last_day + sign * dt.timedelta(weeks=n)
    return DateValue(start=(when - dt.timedelta(days=3)).isoformat(), end=(when + dt.timedelta(days=3)).isoformat(),
                     precision="range", text=value.text)
