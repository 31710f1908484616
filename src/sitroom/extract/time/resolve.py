"""Time expressions resolved against the publication date: one resolver per pattern kind (:data:`RESOLVERS`)."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Callable, Optional

from ...lang.en.dates import MONTHS as _MONTHS, WEEKDAYS as _WEEKDAYS
from ...records import DatePrecision, DateValue
from ..numbers import count_value
from ...lang.en.time.patterns import DEICTIC_STEP, HOLIDAYS, VAGUE_KEPT

# A month-day without a year lies at most this far after publication before we
# take the previous year ("On December 20" in a January report is last December).
FUTURE_SLACK_DAYS = 62

# An event its text does not date happened in the days before its report appeared (a week: news
# tells what is new), or, when only the report's month is known, in that month (time/__init__.py).
PUBLICATION_WINDOW_DAYS = 6

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
    # "on July 25 last year": the year counted from publication
    year = int(m["y"]) if m["y"] else _rel_year(m, pub) or _infer_year(month, day, pub, future)
    if year is None:
        return DateValue(precision="unknown")
    d = _safe_date(year, month, day)
    return _day(d) if d else None


def _r_holiday(m, pub, future):
    month, day = HOLIDAYS[re.sub(r"[\u2019']", "", " ".join(m["h"].lower().split()))]
    year = int(m["y"]) if m["y"] else _infer_year(month, day, pub, future)
    if year is None:
        return DateValue(precision="unknown")
    return _day(dt.date(year, month, day))


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


def _rel_year(m, pub) -> Optional[int]:
    """The year "last year", "this year" after a month or a day names ("in December last year"), else None."""
    rel = m["rel"] if "rel" in m.re.groupindex else None  # (not every pattern has one)
    return pub.year + DEICTIC_STEP[rel.lower()] if rel and pub is not None else None


def _r_part_month(m, pub, future):
    month = _month_num(m["m"])
    year = int(m["y"]) if m["y"] else _rel_year(m, pub) or _infer_year(month, 15, pub, future)
    if year is None:
        return DateValue(precision="unknown")
    return _part_of_month(year, month, m["part"].lower())


def _third(part: str) -> int:
    """Which third of a month or year a part word names: 0 "early", "the beginning of"; 1 "mid", "the middle of";
    2 "late", "the end of"."""
    if part == "early" or "beginning" in part or "start" in part:
        return 0
    return 1 if part == "mid" or "middle" in part else 2


def _part_of_month(year: int, month: int, part: str) -> DateValue:
    first, last = ((1, 10), (11, 20), (21, calendar.monthrange(year, month)[1]))[_third(part)]
    return _span(dt.date(year, month, first), dt.date(year, month, last), "part of month")


def _part_of_year(year: int, part: str) -> DateValue:
    (m1, m2) = ((1, 4), (5, 8), (9, 12))[_third(part)]
    return _span(dt.date(year, m1, 1), _month_end(year, m2), "range")


def _r_part_year(m, pub, future):
    return _part_of_year(int(m["y"]), m["part"].lower())


def _r_month_year(m, pub, future):
    month, year = _month_num(m["m"]), int(m["y"])
    return _span(dt.date(year, month, 1), _month_end(year, month), "month")


def _r_month(m, pub, future):
    month = _month_num(m["m"])
    if pub is None:
        return DateValue(precision="unknown")
    pre = m["pre"].lower()
    if rel_year := _rel_year(m, pub):  # "in December last year": that year's month, whatever the report's month
        year = rel_year
    elif pre == "last":
        year = pub.year if month < pub.month else pub.year - 1
    elif pre == "next":
        year = pub.year if month > pub.month else pub.year + 1
    elif pre == "this":
        year = pub.year
    else:
        year = _infer_year(month, 1, pub, future)
    if pre in ("early", "late", "mid"):
        return _part_of_month(year, month, pre)
    return _span(dt.date(year, month, 1), _month_end(year, month), "month")


def _r_year(m, pub, future):
    year = int(m["y"])
    return _span(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


def _r_this_unit(m, pub, future):
    if pub is None:
        return DateValue(precision="unknown")
    this, unit = m["this"].lower(), m["unit"].lower()
    step = DEICTIC_STEP[this]
    if unit == "weekend":
        # The Saturday-Sunday before publication ("last weekend", "this weekend" in a Monday report).
        sat = pub - dt.timedelta(days=(pub.weekday() - 5) % 7 or (7 if step < 0 else 0))
        if step > 0:
            sat = pub + dt.timedelta(days=(5 - pub.weekday()) % 7)
        return _span(sat, sat + dt.timedelta(days=1), "range")
    if unit == "week" and this in ("the past", "the last"):
        # "in the past week", "in the last week": the seven days up to the report, not the calendar week before
        return _span(pub - dt.timedelta(days=7), pub, "range")
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
    when, this, unit = " ".join(m["when"].lower().split()).removeprefix("the "), m["this"].lower(), m["unit"].lower()
    step = DEICTIC_STEP[this]
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
    if when in ("earlier", "later") or unit == "week":
        return _span(a, b, "range")
    # "late last year", "at the end of last month": that third of it, as "late 2023" or "late March" reads
    return _part_of_month(a.year, a.month, when) if unit == "month" else _part_of_year(a.year, when)


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
    week = (m["wk"] or "").lower()
    if week:  # "on Friday last week": that weekday of the calendar week before (or of this, or the next); "the
        # following week" counts from the story's time, not the report's, and is left alone
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=DEICTIC_STEP[week])
        return _day(monday + dt.timedelta(days=target))
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


def _r_weekdays(m, pub, future):
    """"On Tuesday and Thursday": from the first of the two days to the last, each read as a lone weekday."""
    if pub is None:
        return DateValue(precision="unknown")
    days = [_r_weekday({"wd": m[k], "mod": m["mod"], "wk": None}, pub, future) for k in ("wd1", "wd2")]
    a, b = sorted(dt.date.fromisoformat(d.start) for d in days)
    return _span(a, b, "range") if a != b else _day(a)


def _r_weekday_span(m, pub, future):
    """"From Tuesday to Thursday": up to the second day, read as a lone weekday, from the first such day before it
    (not the nearest Tuesday to the report, which may come after the Thursday)."""
    if pub is None:
        return DateValue(precision="unknown")
    end = dt.date.fromisoformat(_r_weekday({"wd": m["wd2"], "mod": None, "wk": None}, pub, future).start)
    start = end - dt.timedelta(days=(end.weekday() - _WEEKDAYS[(m["wd1"] or m["wd1b"]).lower()]) % 7)
    return _span(start, end, "range") if start != end else _day(end)


def _r_later(m, pub, future):
    """"The next day", "three days later": counted from the date told before it, which the stage knows
    (time/__init__.py); alone, no date."""
    return DateValue(precision="unknown")


def _r_deictic(m, pub, future):
    if pub is None:
        return DateValue(precision="unknown")
    w = m["w"].lower()
    if w in ("yesterday", "last night"):
        return _day(pub - dt.timedelta(days=1))
    if w == "tomorrow":
        return _day(pub + dt.timedelta(days=1))
    if w == "overnight":
        # the night before the report runs over two days, either of which a coder may date it by: a range of
        # the two (ACLED's time precision 2), not one exact day
        return _span(pub - dt.timedelta(days=1), pub, "range")
    if w == "on the same day":
        return None  # needs the date of the sentence before: left to the events extractor
    if w.startswith(("at", "as")):
        # "at the time of writing": what holds as the report appears, dated by its publication as an undated
        # report is (the days before it appeared), not a day the text names as that of an event
        return _span(pub - dt.timedelta(days=PUBLICATION_WINDOW_DAYS), pub, "publication")
    return _day(pub)


def _r_vague(m, pub, future):
    return DateValue(precision="unknown") if m["w"].lower() in VAGUE_KEPT else None


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
    "weekdays": _r_weekdays, "weekday_span": _r_weekday_span, "later": _r_later,
    "deictic": _r_deictic, "vague": _r_vague, "holiday": _r_holiday,
}
