"""English data of ``sitroom/extract/time/patterns.py``: the words and patterns it reads."""

from __future__ import annotations

import re

# Case-sensitive month names: "may" and "march" are also common English words.
MONTH = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
          r"|Sep(?:t(?:ember)?)?\.?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)(?![a-z])")

DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"

YEAR = r"(?:1[89]\d\d|20\d\d)(?!\d)"

WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

# The months' full names alone (no abbreviations), for patterns that must not read "Jan." or "Mar".
MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"

NUM = r"(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|(?:a )?few|(?:a )?couple of)"

UNIT = r"(?:hours?|days?|weeks?|months?|years?)"

# Prepositions kept in the mention: "until September 11" is a deadline, "since 2019" an onset.
PREP = r"(?i:(?:on|in|during|until|till|by|since|from|before|after|as of|at|through|throughout|over|within|for|around|about|between)\s+)?"

PART = r"(?P<part>early|mid|late|the (?:beginning|start|middle|end) of|beginning of|end of|start of|middle of)"

# The year of a month or a day told from publication: "in December last year", "on 5 March of this year", "in early
# June last year" (the month or day of that year, not the whole year nor the month of the report's year).
REL_YEAR = r"(?:,?\s+(?i:of\s+)?(?P<rel>(?i:last|this|next))\s+year\b)"

_I = re.IGNORECASE

# A feast's name that modifies what follows ("May Day marchers", "the Bastille Day attack", "the Valentine's
# Day massacre", "the New Year's Day Foundation") names an event or a body, not the day of the report.
HOLIDAY_NOT_MODIFIER = (r"(?!\s+(?:[A-Z]|(?i:attacks?|bomb\w*|massacres?|rall\w*|march\w*|protest\w*|parades?|"
                        r"tsunami|offensive|shootings?|celebrat\w*|holiday|weekend|speech\w*|messages?|address|"
                        r"foundation|events?|truce|ceasefire|demonstrat\w*|strikes?|crowds?|gatherings?)\b))")

# Days of the year named by their feast or observance (month, day), fixed in the calendar: "arrested on May
# Day", "released on Human Rights Day". (Holidays whose date moves or differs by country are left out.)
HOLIDAYS = {"may day": (5, 1), "international workers day": (5, 1), "new years day": (1, 1),
            "new years eve": (12, 31), "christmas day": (12, 25), "christmas eve": (12, 24),
            "boxing day": (12, 26), "valentines day": (2, 14), "halloween": (10, 31),
            "international womens day": (3, 8), "womens day": (3, 8), "human rights day": (12, 10),
            "bastille day": (7, 14)}  # keyed lower case, without apostrophes
HOLIDAY = (r"(?P<h>(?:May Day|International Workers[\u2019']? Day|New Year[\u2019']s (?:Day|Eve)|Christmas (?:Day|Eve)|"
           r"Boxing Day|Valentine[\u2019']s Day|Halloween|(?:International )?Women[\u2019']s Day|Human Rights Day|Bastille Day))")

# A weekday that is part of a name, not a date: a nickname ("Bloody Sunday", "Black Friday", "Super Tuesday",
# "Cyber Monday"; NAMED_WEEKDAY_BEFORE, tried on the text just before the weekday) or a weekday quoted as a name
# ("dubbed “Bloody Sunday”", "“Sunday”": QUOTED_NAME_OPEN before it, QUOTED_NAME_CLOSE after it; an opening word
# like "On" or "Last" makes it a quoted speech that dates). Moveable feasts ("Easter Sunday", "Good Friday") are
# days and stay dates; so do AP datelines ("in Kabul Tuesday"), whose capitalised word is a place.
NAMED_WEEKDAY_BEFORE = re.compile(r"\b(?:Bloody|Black|Super|Cyber|Giving|Blue|Manic)\s+$")
QUOTED_NAME_OPEN = re.compile(r"[\"\u201c\u2018]\s*(?:(?!(?:On|Last|This|Next|By|Since|Until|Every|From|Each)\b)"
                              r"[A-Z][\w-]*\s+){0,2}$")
QUOTED_NAME_CLOSE = re.compile(r"[,.]?[\"\u201d\u2019](?!\w)")

# (kind, compiled pattern); all are tried, then the longest non-overlapping matches win.
PATTERNS: list[tuple[str, re.Pattern]] = [
    ("iso", re.compile(r"\b(?P<y>" + YEAR + r")-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    # "Between"/"From" may open the sentence.
    ("between_md", re.compile(
        r"\b(?i:between|from)\s+(?P<m1>" + MONTH + r")\s+(?P<d1>" + DAY + r")(?:,?\s+(?P<y1>" + YEAR + r"))?"
        r"\s+(?:and|to|until|till|through)\s+(?:(?P<m2>" + MONTH + r")\s+)?(?P<d2>" + DAY + r")(?:,?\s+(?P<y2>" + YEAR + r"))?")),
    ("between_dm", re.compile(
        r"\b(?i:between|from)\s+(?P<d1>" + DAY + r")(?:\s+(?P<m1>" + MONTH + r"))?\s+(?:and|to|until|till|through)\s+"
        r"(?P<d2>" + DAY + r")\s+(?P<m2>" + MONTH + r")(?:,?\s+(?P<y2>" + YEAR + r"))?")),
    ("md_dash", re.compile(
        r"\b" + PREP + r"(?P<m1>" + MONTH + r")\s+(?P<d1>" + DAY + r")\s*[-–]\s*(?P<d2>" + DAY + r")(?:,?\s+(?P<y2>" + YEAR + r"))?", )),
    ("mdy", re.compile(r"\b" + PREP + r"(?:" + WEEKDAY + r",?\s+)?(?P<m>" + MONTH + r")(?:\s+|(?<=\.))(?P<d>" + DAY + r")(?:,?\s+(?P<y>" + YEAR + r")|" + REL_YEAR + r")?")),
    ("dmy", re.compile(r"\b" + PREP + r"(?:the\s+)?(?P<d>" + DAY + r")(?:\s+of)?\s+(?P<m>" + MONTH + r")(?:,?\s+(?P<y>" + YEAR + r")|" + REL_YEAR + r")?")),
    ("between_years", re.compile(r"\b(?i:between|from)\s+(?P<y1>" + YEAR + r")\s+(?:and|to|until|till|through)\s+(?P<y2>" + YEAR + r")")),
    ("decade", re.compile(r"\b" + PREP + r"the\s+(?:(?i:early|mid|late)[\s-]+)?(?P<y>(?:1[89]|20)\d0)'?s\b")),
    ("holiday", re.compile(r"\b" + PREP + HOLIDAY + r"(?:,?\s+(?P<y>" + YEAR + r"))?\b" + HOLIDAY_NOT_MODIFIER)),
    ("weekend", re.compile(r"\b(?P<prep>over|at|during|on)\s+the\s+weekend\b", _I)),
    ("part_month", re.compile(r"\b" + PREP + r"(?i:" + PART + r")[\s-]+(?P<m>" + MONTH + r")(?:,?\s+(?P<y>" + YEAR + r")|" + REL_YEAR + r")?")),
    ("part_year", re.compile(r"\b" + PREP + r"(?i:" + PART + r")[\s-]+(?P<y>" + YEAR + r")")),
    ("month_year", re.compile(r"\b" + PREP + r"(?P<m>" + MONTH + r"),?\s+(?P<y>" + YEAR + r")")),
    # A bare month needs a preposition or determiner: "May" alone is usually the verb. A number after it is its
    # day or year, unless a noun follows the number: "In March, 20 people were killed" is dated March.
    ("month", re.compile(r"\b(?i:(?P<pre>in|during|since|until|till|by|through|throughout|from|before|after|last|this|next|of|early|late|mid))[\s-]+(?P<m>" + MONTH + r")(?![\s,]+\d+(?:st|nd|rd|th)?\b(?!\s+[a-z]))" + REL_YEAR + "?")),
    ("year", re.compile(r"\b" + PREP + r"(?P<y>" + YEAR + r")(?![\d,.]\d)(?!\s+(?:[a-z]+s|per\b|km\b|m\b|kg\b))")),
    # "late last year", "at the end of last month": that part of the unit ("early" a year's first third, a month's first ten days).
    ("this_part", re.compile(r"\b(?:(?:in|at|by|since|until|from|during)\s+)?(?P<when>earlier|later|early|late|mid|(?:the )?(?:beginning|start|middle|end) of)"
                             r"[\s-](?P<this>this|last|next) (?P<unit>week|month|year)\b", _I)),
    ("this_unit", re.compile(r"\b" + PREP + r"(?P<this>this|last|next|the past|the last|the previous|the coming) (?P<unit>week|month|year|weekend)\b", _I)),
    ("past_n", re.compile(r"\b" + PREP + r"(?:the\s+)?(?P<dir>past|last|previous|next|coming|following)\s+(?P<n>" + NUM + r")\s+(?P<unit>" + UNIT + r")\b", _I)),
    ("ago", re.compile(r"\b(?P<n>" + NUM + r")\s+(?P<unit>" + UNIT + r")\s+(?:ago|earlier|before|prior)\b", _I)),
    # Two days of one week told together ("On Tuesday and Thursday army personnel raided ..."): both, as a range.
    ("weekdays", re.compile(r"\b" + PREP + r"(?:(?P<mod>(?i:last|this|on))\s+)?(?P<wd1>" + WEEKDAY + r")\s+(?:and|or|&)\s+"
                            r"(?:on\s+)?(?P<wd2>" + WEEKDAY + r")\b")),
    # A span of days ending on the second ("from Tuesday to Thursday", "Saturday through Monday"): "to" and "until"
    # only after "from" ("moved the hearing to Thursday" is a target, not the end of a span).
    ("weekday_span", re.compile(r"\b(?:(?i:from)\s+(?P<wd1>" + WEEKDAY + r")(?:\s+(?:morning|afternoon|evening|night))?"
                                r"\s+(?i:to|until|till|through)\s+|(?P<wd1b>" + WEEKDAY + r")\s+(?i:through)\s+)"
                                r"(?P<wd2>" + WEEKDAY + r")\b")),
    ("weekday", re.compile(r"\b" + PREP + r"(?:(?P<mod>(?i:last|this|next|this past|on))\s+)?(?P<wd>" + WEEKDAY + r")(?:\s+(?P<tod>morning|afternoon|evening|night))?"
                           r"(?:,?\s+(?:of\s+)?(?P<wk>last|this|next)\s+week)?\b")),
    # Counted forward from the day the text gave last ("On April 1 ... The next day, a farmer was shot").
    ("later", re.compile(r"\b(?:(?:the\s+)?(?:next|following)\s+(?P<unit1>day)"
                         r"|(?P<n>" + NUM + r")\s+(?P<unit>days?|weeks?)\s+later)\b", _I)),
    # "at the time of writing", "at time of publication": the report's own day, as its publication dates it.
    ("deictic", re.compile(r"\b(?P<w>yesterday|today|tonight|tomorrow|overnight|last night|this (?:morning|afternoon|evening)|on the same day"
                           r"|at (?:the )?time of (?:writing|publication)|as of (?:this )?writing)\b", _I)),
    ("vague", re.compile(r"\b(?P<w>recently|lately|in recent (?:days|weeks|months|years)|in the coming (?:days|weeks|months)|soon|earlier|currently|at the moment|now)\b", _I)),
]

# What a text must contain for a pattern to have a chance: most sentences name no date, and one
# search per cue class is far cheaper than trying all patterns (which start at every word).
CUES = {
    "digit": re.compile(r"\d"),
    "month": re.compile(MONTH),
    "weekday": re.compile(WEEKDAY),
    "unit": re.compile(r"\b(?:hours?|days?|weeks?|weekend|months?|years?)\b", _I),
    "deictic": re.compile(r"\b(?:yesterday|today|tonight|tomorrow|overnight|night|morning|afternoon|evening|same day|writing|publication)\b", _I),
    "holiday": re.compile(r"\b(?:Day|Eve|Halloween)\b"),
    "vague": re.compile(r"\b(?:recent|recently|lately|coming|soon|earlier|currently|moment|now)\b", _I),
}

NEEDS = {
    "iso": ("digit",), "between_years": ("digit",), "decade": ("digit",), "weekend": ("unit",), "between_md": ("month", "digit"), "between_dm": ("month", "digit"), "md_dash": ("month", "digit"),
    "mdy": ("month", "digit"), "dmy": ("month", "digit"), "part_month": ("month",), "part_year": ("digit",),
    "month_year": ("month", "digit"), "month": ("month",), "year": ("digit",), "this_part": ("unit",),
    "this_unit": ("unit",), "past_n": ("unit",), "ago": ("unit",), "weekday": ("weekday",), "weekdays": ("weekday",), "weekday_span": ("weekday",), "later": ("unit",), "deictic": ("deictic",),
    "vague": ("vague",), "holiday": ("holiday",),
}

# "Nine days prior", "two weeks earlier": counted from the date the text gave last, not from publication
# ("ago" counts from the day of writing).
ANCHORED = re.compile(r"(?P<n>" + NUM + r")\s+(?P<unit>days?|weeks?)\s+(?:earlier|before|prior)", _I)
# "The next day", "three days later": counted forward from that date.
ANCHORED_LATER = re.compile(r"(?:(?:the\s+)?(?:next|following)\s+(?P<unit1>day)"
                            r"|(?P<n>" + NUM + r")\s+(?P<unit>days?|weeks?)\s+later)", _I)

# An embedded social-media post, signed with its author's handle and its own day ("... last night, someone i went
# to school with was shot ... — Najib Shaikh (@NajibShaikhs) December 1, 2019"): its "last night" counts from that day.
POST_SIGNATURE = re.compile(r"[\u2014\u2013]\s*[^\n\u2014\u2013]{1,80}?\(@\w{1,30}\)\s+(?P<m>" + MONTH + r")\.?\s+(?P<d>" + DAY
                            + r"),?\s+(?P<y>" + YEAR + r")")

# Vague words kept as unknown-precision mentions only when they really date something.
VAGUE_KEPT = {"recently", "lately", "in recent days", "in recent weeks", "in recent months", "in recent years",
               "in the coming days", "in the coming weeks", "in the coming months", "soon"}

# Cues that a sentence speaks of the future, so "on September 11" is not last September. "Due to" before a
# determiner is a cause ("arrested on Wednesday due to his posts"), not what is due ("due to begin Monday").
FUTURE = re.compile(r"\b(?:will|would|shall|should|until|till|deadline|scheduled|plans?|planned|expected|"
                     r"due(?!\s+to\s+(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|some)\b)|"
                     r"intends?|going to|is to|are to|next)\b", _I)

# Prepositions that give a time as a target ("postponed to Friday", "adjourned until Monday", "set for Thursday",
# "by Friday"): a day to come, whatever the tense of the verb that sets it.
TARGET_PREPOSITIONS = frozenset({"to", "until", "till", "for", "by", "through"})

# Units before or after the publication's that the words of this_part and this_unit name ("last week": -1).
DEICTIC_STEP = {"this": 0, "last": -1, "the past": -1, "the last": -1, "the previous": -1, "next": 1, "the coming": 1}
