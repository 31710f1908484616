"""Time: explicit and relative date expressions resolved against the publication date (stage sitroom.time.v1).

Expressions are found with a handful of compiled regular expressions (dateparser
is far too slow to run per sentence) and resolved to a :class:`DateValue` with
ACLED's precisions: day, part of month (early 1-10, mid 11-20, late 21-end),
month, year, range, unknown. Relative expressions ("yesterday", "on Monday",
"the past 24 hours", "last week") need the publication date; without one only
expressions that name their year resolve, the rest keep their text with
precision "unknown".

Public API: :func:`resolve_expression` for one phrase, :func:`find_times` for a
whole text. Both are used by the events and claims extractors.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Callable, Optional

from ..lang.en.dates import MONTHS, WEEKDAYS
from ..records import DatePrecision, DateValue, TimeMention
from ..registry import stage
from .numbers import count_value

NAME = "sitroom.time.v1"

# A month-day without a year lies at most this far after publication before we
# take the previous year ("On December 20" in a January report is last December).
FUTURE_SLACK_DAYS = 62

_MONTHS, _WEEKDAYS = MONTHS, WEEKDAYS

# Case-sensitive month names: "may" and "march" are also common English words.
_MONTH = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
          r"|Sep(?:t(?:ember)?)?\.?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)(?![a-z])")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?:1[89]\d\d|20\d\d)(?!\d)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUM = r"(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|(?:a )?few|(?:a )?couple of)"
_UNIT = r"(?:hours?|days?|weeks?|months?|years?)"
# Prepositions kept in the mention: "until September 11" is a deadline, "since 2019" an onset.
_PREP = r"(?i:(?:on|in|during|until|till|by|since|from|before|after|as of|at|through|throughout|over|within|for|around|about|between)\s+)?"
_PART = r"(?P<part>early|mid|late|the (?:beginning|start|middle|end) of|beginning of|end of|start of|middle of)"

_I = re.IGNORECASE


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    kind: str
    match: re.Match


# (kind, compiled pattern); all are tried, then the longest non-overlapping matches win.
_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("iso", re.compile(r"\b(?P<y>" + _YEAR + r")-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    ("between_md", re.compile(
        r"\b(?:between|from)\s+(?P<m1>" + _MONTH + r")\s+(?P<d1>" + _DAY + r")(?:,?\s+(?P<y1>" + _YEAR + r"))?"
        r"\s+(?:and|to|until|till|through)\s+(?:(?P<m2>" + _MONTH + r")\s+)?(?P<d2>" + _DAY + r")(?:,?\s+(?P<y2>" + _YEAR + r"))?")),
    ("between_dm", re.compile(
        r"\b(?:between|from)\s+(?P<d1>" + _DAY + r")(?:\s+(?P<m1>" + _MONTH + r"))?\s+(?:and|to|until|till|through)\s+"
        r"(?P<d2>" + _DAY + r")\s+(?P<m2>" + _MONTH + r")(?:,?\s+(?P<y2>" + _YEAR + r"))?")),
    ("md_dash", re.compile(
        r"\b" + _PREP + r"(?P<m1>" + _MONTH + r")\s+(?P<d1>" + _DAY + r")\s*[-–]\s*(?P<d2>" + _DAY + r")(?:,?\s+(?P<y2>" + _YEAR + r"))?", )),
    ("mdy", re.compile(r"\b" + _PREP + r"(?:" + _WEEKDAY + r",?\s+)?(?P<m>" + _MONTH + r")(?:\s+|(?<=\.))(?P<d>" + _DAY + r")(?:,?\s+(?P<y>" + _YEAR + r"))?")),
    ("dmy", re.compile(r"\b" + _PREP + r"(?:the\s+)?(?P<d>" + _DAY + r")(?:\s+of)?\s+(?P<m>" + _MONTH + r")(?:,?\s+(?P<y>" + _YEAR + r"))?")),
    ("between_years", re.compile(r"\b(?i:between|from)\s+(?P<y1>" + _YEAR + r")\s+(?:and|to|until|till|through)\s+(?P<y2>" + _YEAR + r")")),
    ("decade", re.compile(r"\b" + _PREP + r"the\s+(?:(?i:early|mid|late)[\s-]+)?(?P<y>(?:1[89]|20)\d0)'?s\b")),
    ("weekend", re.compile(r"\b(?P<prep>over|at|during|on)\s+the\s+weekend\b", _I)),
    ("part_month", re.compile(r"\b" + _PREP + r"(?i:" + _PART + r")[\s-]+(?P<m>" + _MONTH + r")(?:,?\s+(?P<y>" + _YEAR + r"))?")),
    ("part_year", re.compile(r"\b" + _PREP + r"(?i:" + _PART + r")[\s-]+(?P<y>" + _YEAR + r")")),
    ("month_year", re.compile(r"\b" + _PREP + r"(?P<m>" + _MONTH + r"),?\s+(?P<y>" + _YEAR + r")")),
    # A bare month needs a preposition or determiner: "May" alone is usually the verb.
    ("month", re.compile(r"\b(?i:(?P<pre>in|during|since|until|till|by|through|throughout|from|before|after|last|this|next|of|early|late|mid))[\s-]+(?P<m>" + _MONTH + r")(?![\s,]+\d)")),
    ("year", re.compile(r"\b" + _PREP + r"(?P<y>" + _YEAR + r")(?![\d,.]\d)(?!\s+(?:[a-z]+s|per\b|km\b|m\b|kg\b))")),
    ("this_part", re.compile(r"\b(?P<when>earlier|later|early|late) (?P<this>this|last|next) (?P<unit>week|month|year)\b", _I)),
    ("this_unit", re.compile(r"\b" + _PREP + r"(?P<this>this|last|next|the past|the previous|the coming) (?P<unit>week|month|year|weekend)\b", _I)),
    ("past_n", re.compile(r"\b" + _PREP + r"(?:the\s+)?(?P<dir>past|last|previous|next|coming|following)\s+(?P<n>" + _NUM + r")\s+(?P<unit>" + _UNIT + r")\b", _I)),
    ("ago", re.compile(r"\b(?P<n>" + _NUM + r")\s+(?P<unit>" + _UNIT + r")\s+(?:ago|earlier|before)\b", _I)),
    ("weekday", re.compile(r"\b" + _PREP + r"(?:(?P<mod>last|this|next|this past|on)\s+)?(?P<wd>" + _WEEKDAY + r")(?:\s+(?P<tod>morning|afternoon|evening|night))?\b")),
    ("deictic", re.compile(r"\b(?P<w>yesterday|today|tonight|tomorrow|overnight|last night|this (?:morning|afternoon|evening)|on the same day)\b", _I)),
    ("vague", re.compile(r"\b(?P<w>recently|lately|in recent (?:days|weeks|months|years)|in the coming (?:days|weeks|months)|soon|earlier|currently|at the moment|now)\b", _I)),
]

# What a text must contain for a pattern to have a chance: most sentences name no date, and one
# search per cue class is far cheaper than trying all patterns (which start at every word).
_CUES = {
    "digit": re.compile(r"\d"),
    "month": re.compile(_MONTH),
    "weekday": re.compile(_WEEKDAY),
    "unit": re.compile(r"\b(?:hours?|days?|weeks?|weekend|months?|years?)\b", _I),
    "deictic": re.compile(r"\b(?:yesterday|today|tonight|tomorrow|overnight|night|morning|afternoon|evening|same day)\b", _I),
    "vague": re.compile(r"\b(?:recent|recently|lately|coming|soon|earlier|currently|moment|now)\b", _I),
}
_NEEDS = {
    "iso": ("digit",), "between_years": ("digit",), "decade": ("digit",), "weekend": ("unit",), "between_md": ("month", "digit"), "between_dm": ("month", "digit"), "md_dash": ("month", "digit"),
    "mdy": ("month", "digit"), "dmy": ("month", "digit"), "part_month": ("month",), "part_year": ("digit",),
    "month_year": ("month", "digit"), "month": ("month",), "year": ("digit",), "this_part": ("unit",),
    "this_unit": ("unit",), "past_n": ("unit",), "ago": ("unit",), "weekday": ("weekday",), "deictic": ("deictic",),
    "vague": ("vague",),
}

# Vague words kept as unknown-precision mentions only when they really date something.
_VAGUE_KEPT = {"recently", "lately", "in recent days", "in recent weeks", "in recent months", "in recent years",
               "in the coming days", "in the coming weeks", "in the coming months", "soon"}

# Cues that a sentence speaks of the future, so "on September 11" is not last September.
_FUTURE = re.compile(r"\b(?:will|would|shall|should|until|till|deadline|scheduled|plans?|planned|expected|due|"
                     r"intends?|going to|is to|are to|next)\b", _I)


def is_future(sentence: str) -> bool:
    """True when ``sentence`` speaks of what is to come (so a date may lie after publication)."""
    return bool(_FUTURE.search(sentence))


# --- helpers ----------------------------------------------------------------------------

def _day(d: dt.date) -> DateValue:
    return DateValue(start=d.isoformat(), end=d.isoformat(), precision="day")


def _span(a: dt.date, b: dt.date, precision: DatePrecision) -> DateValue:
    return DateValue(start=a.isoformat(), end=b.isoformat(), precision=precision)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _month_num(word: str) -> int:
    return _MONTHS[word.lower().rstrip(".")]


def _day_num(word: str) -> int:
    return int(re.match(r"\d+", word).group())




def _infer_year(month: int, day: int, pub: Optional[dt.date], future: bool) -> Optional[int]:
    """The year of a month-day: the publication year, or the one before when that lies well after publication."""
    if pub is None:
        return None
    try:
        candidate = dt.date(pub.year, month, day)
    except ValueError:
        return pub.year
    if candidate - pub > dt.timedelta(days=FUTURE_SLACK_DAYS) and not future:
        return pub.year - 1
    if pub - candidate > dt.timedelta(days=300) and future:
        return pub.year + 1
    return pub.year


def _safe_date(y: int, m: int, d: int) -> Optional[dt.date]:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _shift_months(d: dt.date, months: int) -> dt.date:
    idx = d.year * 12 + d.month - 1 + months
    y, m = divmod(idx, 12)
    return dt.date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


# --- resolvers per pattern kind ------------------------------------------------------------

def _r_iso(m, pub, future):
    d = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return _day(d) if d else None


def _r_mdy(m, pub, future):
    month, day = _month_num(m["m"]), _day_num(m["d"])
    year = int(m["y"]) if m["y"] else _infer_year(month, day, pub, future)
    if year is None:
        return DateValue(precision="unknown")
    d = _safe_date(year, month, day)
    return _day(d) if d else None


def _r_range_md(m, pub, future):
    m1 = _month_num(m["m1"]) if m["m1"] else None
    m2 = _month_num(m["m2"]) if "m2" in m.re.groupindex and m["m2"] else m1
    m1 = m1 or m2
    if m1 is None:
        return None
    y2 = int(m["y2"]) if m["y2"] else None
    y1 = int(m["y1"]) if "y1" in m.re.groupindex and m["y1"] else None
    y2 = y2 or y1 or _infer_year(m2, _day_num(m["d2"]), pub, future)
    if y2 is None:
        return DateValue(precision="unknown")
    y1 = y1 or (y2 - 1 if m1 > m2 else y2)
    a, b = _safe_date(y1, m1, _day_num(m["d1"])), _safe_date(y2, m2, _day_num(m["d2"]))
    if not a or not b or b < a:
        return None
    return _span(a, b, "range")


def _r_part_month(m, pub, future):
    month = _month_num(m["m"])
    year = int(m["y"]) if m["y"] else _infer_year(month, 15, pub, future)
    if year is None:
        return DateValue(precision="unknown")
    part = m["part"].lower()
    if part in ("early",) or "beginning" in part or "start" in part:
        return _span(dt.date(year, month, 1), dt.date(year, month, 10), "part of month")
    if part == "mid" or "middle" in part:
        return _span(dt.date(year, month, 11), dt.date(year, month, 20), "part of month")
    return _span(dt.date(year, month, 21), _month_end(year, month), "part of month")


def _r_part_year(m, pub, future):
    year, part = int(m["y"]), m["part"].lower()
    if part == "early" or "beginning" in part or "start" in part:
        return _span(dt.date(year, 1, 1), dt.date(year, 4, 30), "range")
    if part == "mid" or "middle" in part:
        return _span(dt.date(year, 5, 1), dt.date(year, 8, 31), "range")
    return _span(dt.date(year, 9, 1), dt.date(year, 12, 31), "range")


def _r_month_year(m, pub, future):
    month, year = _month_num(m["m"]), int(m["y"])
    return _span(dt.date(year, month, 1), _month_end(year, month), "month")


def _r_month(m, pub, future):
    month = _month_num(m["m"])
    if pub is None:
        return DateValue(precision="unknown")
    pre = m["pre"].lower()
    if pre == "last":
        year = pub.year if month < pub.month else pub.year - 1
    elif pre == "next":
        year = pub.year if month > pub.month else pub.year + 1
    elif pre == "this":
        year = pub.year
    else:
        year = _infer_year(month, 1, pub, future)
    if pre in ("early", "late", "mid"):
        return _r_part_month({"m": m["m"], "y": str(year), "part": pre}, pub, future)
    return _span(dt.date(year, month, 1), _month_end(year, month), "month")


def _r_year(m, pub, future):
    year = int(m["y"])
    return _span(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


def _r_this_unit(m, pub, future):
    if pub is None:
        return DateValue(precision="unknown")
    this, unit = m["this"].lower(), m["unit"].lower()
    step = {"this": 0, "last": -1, "the past": -1, "the previous": -1, "next": 1, "the coming": 1}[this]
    if unit == "weekend":
        # The Saturday-Sunday before publication ("last weekend", "this weekend" in a Monday report).
        sat = pub - dt.timedelta(days=(pub.weekday() - 5) % 7 or (7 if step < 0 else 0))
        if step > 0:
            sat = pub + dt.timedelta(days=(5 - pub.weekday()) % 7)
        return _span(sat, sat + dt.timedelta(days=1), "range")
    if unit == "week":
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=step)
        return _span(monday, monday + dt.timedelta(days=6), "range")
    if unit == "month":
        first = _shift_months(pub.replace(day=1), step)
        return _span(first, _month_end(first.year, first.month), "month")
    year = pub.year + step
    return _span(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


def _r_this_part(m, pub, future):
    if pub is None:
        return DateValue(precision="unknown")
    when, this, unit = m["when"].lower(), m["this"].lower(), m["unit"].lower()
    step = {"this": 0, "last": -1, "next": 1}[this]
    if unit == "week":
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=step)
        a, b = monday, monday + dt.timedelta(days=6)
    elif unit == "month":
        a = _shift_months(pub.replace(day=1), step)
        b = _month_end(a.year, a.month)
    else:
        a, b = dt.date(pub.year + step, 1, 1), dt.date(pub.year + step, 12, 31)
    if step == 0 and when == "earlier":
        return _span(a, pub, "range")
    if step == 0 and when == "later":
        return _span(pub, b, "range")
    if unit == "month" and when in ("early", "late"):
        days = (1, 10) if when == "early" else (21, b.day)
        return _span(a.replace(day=days[0]), a.replace(day=days[1]), "part of month")
    return _span(a, b, "range")


def _units_to_delta(n: int, unit: str) -> tuple[dt.timedelta, int]:
    """(timedelta, months) for n units; months are shifted on the calendar."""
    unit = unit.lower().rstrip("s")
    if unit == "hour":
        return dt.timedelta(days=max(1, -(-n // 24))), 0
    if unit == "day":
        return dt.timedelta(days=n), 0
    if unit == "week":
        return dt.timedelta(weeks=n), 0
    if unit == "month":
        return dt.timedelta(0), n
    return dt.timedelta(0), 12 * n


def _r_past_n(m, pub, future):
    if pub is None:
        return DateValue(precision="unknown")
    n, unit = count_value(m["n"]), m["unit"]
    delta, months = _units_to_delta(n, unit)
    forward = m["dir"].lower() in ("next", "coming", "following")
    if forward:
        end = _shift_months(pub + delta, months)
        return _span(pub, end, "range")
    start = _shift_months(pub - delta, -months)
    # "the past 24 hours": ACLED codes it as the day before publication, kept as a day-precision span.
    precision: DatePrecision = "day" if unit.lower().startswith("hour") and n <= 24 else "range"
    return _span(start, pub, precision)


def _r_ago(m, pub, future):
    if pub is None:
        return DateValue(precision="unknown")
    n, unit = count_value(m["n"]), m["unit"]
    delta, months = _units_to_delta(n, unit)
    when = _shift_months(pub - delta, -months)
    u = unit.lower().rstrip("s")
    if u in ("hour", "day"):
        return _day(when)
    if u == "week":
        return _span(when - dt.timedelta(days=3), when + dt.timedelta(days=3), "range")
    if u == "month":
        return _span(when.replace(day=1), _month_end(when.year, when.month), "month")
    return _span(dt.date(when.year, 1, 1), dt.date(when.year, 12, 31), "year")


def _r_weekday(m, pub, future):
    if pub is None:
        return DateValue(precision="unknown")
    target = _WEEKDAYS[m["wd"].lower()]
    mod = (m["mod"] or "").lower()
    if mod == "next" or (future and mod != "last"):
        ahead = (target - pub.weekday()) % 7 or 7
        return _day(pub + dt.timedelta(days=ahead))
    # The most recent such weekday, the publication day included: wire reports dated Monday
    # say "on Monday" of their own day. On HRDsAttack (400 dated articles) a weekday equal to
    # the publication weekday meant the publication day 8 times and the week before never.
    # "last Monday" in a Monday report is the week before.
    back = (pub.weekday() - target) % 7
    if back == 0 and mod == "last":
        back = 7
    return _day(pub - dt.timedelta(days=back))


def _r_deictic(m, pub, future):
    if pub is None:
        return DateValue(precision="unknown")
    w = m["w"].lower()
    if w in ("yesterday", "last night"):
        return _day(pub - dt.timedelta(days=1))
    if w == "tomorrow":
        return _day(pub + dt.timedelta(days=1))
    if w == "overnight":
        return _span(pub - dt.timedelta(days=1), pub, "day")
    if w == "on the same day":
        return None  # needs the date of the sentence before: left to the events extractor
    return _day(pub)


def _r_vague(m, pub, future):
    return DateValue(precision="unknown") if m["w"].lower() in _VAGUE_KEPT else None


def _r_between_years(m, pub, future):
    y1, y2 = int(m["y1"]), int(m["y2"])
    if y2 < y1:
        return None
    return _span(dt.date(y1, 1, 1), dt.date(y2, 12, 31), "range")


def _r_decade(m, pub, future):
    y = int(m["y"])
    return _span(dt.date(y, 1, 1), dt.date(y + 9, 12, 31), "range")


def _r_weekend(m, pub, future):
    if pub is None:
        return DateValue(precision="unknown")
    # The Saturday-Sunday on or before publication (a Monday report's "over the weekend").
    sat = pub - dt.timedelta(days=(pub.weekday() - 5) % 7)
    if future:
        sat = pub + dt.timedelta(days=(5 - pub.weekday()) % 7)
    return _span(sat, sat + dt.timedelta(days=1), "range")


_RESOLVERS: dict[str, Callable] = {
    "between_years": _r_between_years, "decade": _r_decade, "weekend": _r_weekend,
    "iso": _r_iso, "between_md": _r_range_md, "between_dm": _r_range_md, "md_dash": _r_range_md,
    "mdy": _r_mdy, "dmy": _r_mdy, "part_month": _r_part_month, "part_year": _r_part_year,
    "month_year": _r_month_year, "month": _r_month, "year": _r_year, "this_part": _r_this_part,
    "this_unit": _r_this_unit, "past_n": _r_past_n, "ago": _r_ago, "weekday": _r_weekday,
    "deictic": _r_deictic, "vague": _r_vague,
}


# --- finding -------------------------------------------------------------------------------

def _candidates(text: str) -> list[_Found]:
    found = []
    present = {cue for cue, pattern in _CUES.items() if pattern.search(text)}
    if not present:
        return []
    for kind, pattern in _PATTERNS:
        if not all(cue in present for cue in _NEEDS[kind]):
            continue
        for m in pattern.finditer(text):
            if m.end() > m.start():
                found.append(_Found(m.start(), m.end(), kind, m))
    # Longest first; earlier patterns win ties (they are the more specific ones).
    order = {k: i for i, (k, _) in enumerate(_PATTERNS)}
    found.sort(key=lambda f: (-(f.end - f.start), order[f.kind], f.start))
    chosen: list[_Found] = []
    for f in found:
        if all(f.end <= c.start or f.start >= c.end for c in chosen):
            chosen.append(f)
    return sorted(chosen, key=lambda f: f.start)


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


# --- the pipeline stage ------------------------------------------------------------------------

@stage(NAME, requires=("doc", "published"), assigns=("times",))
def make_time():
    """Stage: every time expression of the document, sentence by sentence, into ``ctx.times``."""

    def run(ctx) -> None:
        pub = ctx.pub_date
        for i, sent in enumerate(ctx.doc.sents):
            sentence = sent.text
            for start, end, value in find_times(sentence, pub, is_future(sentence)):
                a, b = sent.start_char + start, sent.start_char + end
                ctx.times.append(TimeMention(text=ctx.text[a:b], start=a, end=b, sentence=i, date=value, extractor=NAME))

    return run
