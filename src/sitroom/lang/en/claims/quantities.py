"""English data of ``sitroom/extract/claims/quantities.py``: the words and patterns it reads."""

from __future__ import annotations

from ..dates import MONTHS

# Words that make a number approximate. "over"/"more than" are lower bounds, still not exact.
APPROX = (r"about|around|approximately|roughly|some|nearly|almost|close to|over|more than|at least|"
           r"up to|an estimated|estimated|as many as|fewer than|less than|under")

SMALL = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a hundred": 100, "one hundred": 100,
    "a thousand": 1000, "one thousand": 1000, "a dozen": 12, "dozen": 12,
}

# ACLED conventions for vague amounts, extended to larger orders of magnitude.
VAGUE = {"several": 3, "a few": 3, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000,
          "tens of thousands": 10000, "hundreds of thousands": 100000, "millions": 1e6, "billions": 1e9}

# Units that make a number a duration or a date, not a count.
TIME_UNITS = {"hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
               "minute", "minutes", "second", "seconds", "decade", "decades", "century", "am", "pm", "a.m.", "p.m."}

MONTH_WORDS = frozenset(MONTHS)

# Words of scale after a number ("2.5 million", "$3bn").
SCALE = {"thousand": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}
