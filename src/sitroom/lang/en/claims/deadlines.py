"""English data of ``sitroom/extract/claims/deadlines.py``: the words and patterns it reads."""

from __future__ import annotations

import re

from ..dates import WEEKDAYS

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

# A cue just before "next week" that makes it the end of a window ("by next week", "until next month").
UNTIL_BEFORE = r"\b(?:by|until|till|before|no later than)\s+$"

# "on Tuesday", "by Friday": the first such day after publication.
BY_WEEKDAY = re.compile(r"\b(?P<cue>on|by|until|till|before|next|this|starting)\s+(?P<day>" + "|".join(WEEKDAYS) + r")\b",
                         re.IGNORECASE)
