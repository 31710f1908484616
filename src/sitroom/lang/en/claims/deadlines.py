"""English data of ``sitroom/extract/claims/deadlines.py``: the words and patterns it reads."""

from __future__ import annotations

import re

from ..dates import WEEKDAYS
from ..numbers import COUNT_WORDS

# A count of periods: "three", "48", "a few"; and its unit ("days", "month").
COUNT = r"(?P<n>\d{1,3}|a few|a couple of|" + "|".join(sorted((w for w in COUNT_WORDS if " " not in w), key=len, reverse=True)) + r")"
UNIT = r"(?P<unit>day|week|month|year|hour)s?"

# "over the next three months", "within two weeks", "in the coming days", "in three months".
NEXT_PERIOD = re.compile(
    rf"\b(?P<cue>over|within|in|during)\s+(?:the\s+)?(?:next|coming|following)?\s*{COUNT}\s+{UNIT}\b",
    re.IGNORECASE,
)
# "have not more than a month left", "less than two weeks left", "only days left".
LEFT = re.compile(
    rf"\b(?P<cue>not more than|no more than|less than|at most|only|just)\s+{COUNT}\s+{UNIT}\s+(?:left|remaining|to go)\b",
    re.IGNORECASE,
)

# An ultimatum: "gave the government 48 hours to release the prisoners", "has given residents three days to leave".
GIVEN = re.compile(
    rf"\b(?P<cue>gave|give|gives|given|giving)\b[^.;:]{{0,60}}?\b{COUNT}\s+(?:more\s+|extra\s+)?{UNIT}\s+to\b",
    re.IGNORECASE,
)
# The ultimatum's own words end before "to" ("48 hours", not "48 hours to").
GIVEN_TAIL = re.compile(r"\s+to$", re.IGNORECASE)

# "by 2030", "before 2025": the end of that year.
BY_YEAR = re.compile(r"\b(?P<cue>by|before|until|till)\s+(?P<year>(?:19|20)\d\d)\b(?!\s*[-/])", re.IGNORECASE)

MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")

# A calendar date: "September 11", "August 31, 2021", "11 September 2021", "September 2021".
DATE = (rf"(?:(?P<m1>{MONTH})\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<y1>(?:19|20)\d\d)\b)?"
         rf"|(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<m2>{MONTH})(?:,?\s+(?P<y2>(?:19|20)\d\d)\b)?"
         rf"|(?P<m3>{MONTH})\s+(?P<y3>(?:19|20)\d\d)\b)")

# A deadline word followed by a date. "on" is a deadline only in forward-looking claims (caller's choice).
BY_DATE = re.compile(
    rf"\b(?P<cue>until|till|by|before|no later than|not later than|on|from|after|in|at the end of|by the end of|"
    rf"starting|beginning|effective)\s+"
    rf"(?:the end of\s+)?{DATE}",
    re.IGNORECASE,
)

# "by the end of the year/month/week", "this year", "next month".
PERIOD_END = re.compile(
    r"\b(?P<cue>by the end of|before the end of|until the end of|at the end of|by|before|until)\s+(?:the\s+|this\s+)?"
    r"(?P<period>year|month|week)\b|\b(?P<rel>next)\s+(?P<period2>year|month|week)\b",
    re.IGNORECASE,
)

# Words that make what follows a deadline ("until", "no later than").
DEADLINE_CUE = r"(?:until|till|by|before|no later than)"
# A cue just before "next week" that makes it the end of a window ("by next week", "until next month").
UNTIL_BEFORE = rf"\b{DEADLINE_CUE}\s+$"
# A deadline phrase left to the time resolver ("until the holiday ends").
CUED_PHRASE = re.compile(rf"\b{DEADLINE_CUE}\s+([^,.;:]{{3,40}})", re.IGNORECASE)
# A week named as such ("next week", "the coming week"): the one window another claim's day may narrow.
NAMED_WEEK = re.compile(r"^(?:next|this|the coming|the following)\s+week$", re.IGNORECASE)

# "on Tuesday", "by Friday": the first such day after publication.
BY_WEEKDAY = re.compile(r"\b(?P<cue>on|by|until|till|before|next|this|starting)\s+(?P<day>" + "|".join(WEEKDAYS) + r")\b",
                         re.IGNORECASE)
