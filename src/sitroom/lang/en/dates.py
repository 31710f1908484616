"""English month and weekday names."""

from __future__ import annotations

import calendar
import re

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
# A year written out ("March 21, 1929", "in 2014").
YEAR_WORD = re.compile(r"\b(?:1[89]|20)\d\d\b")
# A time expression that names its month or year ("on July 8", "in 2020"), not one counted from the day of
# writing ("the past 24 hours", "on Tuesday").
NAMES_ITS_DATE = re.compile(r"\b(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?|" + YEAR_WORD.pattern, re.I)
# The preposition of a day: "on Monday", "told reporters on Monday".
DAY_PREPOSITION = "on"
# A roundup's heading that names the month it covers ("May 2021 in Middle East and North Africa: A free expression
# roundup ...", "December in Africa: a round-up of key news"): a paragraph that opens with the month.
ROUNDUP_HEADING = re.compile(r"^[ \t]*(?P<month>" + "|".join(calendar.month_name[1:]) + r")"
                             r"(?:[ \t]+(?P<year>(?:19|20)\d\d))?[ \t]+in[ \t]+[^:\n]{2,60}:[^\n]{0,80}?\b(?i:round[- ]?up)\b",
                             re.M)
