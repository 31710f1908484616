"""English number words, and ACLED's conventions for vague amounts."""

from __future__ import annotations

# Number words up to nineteen, and the tens ("twenty-one" is read as 20 + 1).
UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if i >= 2}
HUNDRED = ("a hundred", "one hundred")

# ACLED's conventions for vague amounts, as the annotation guide's table writes them (data/annotated/GUIDE.md:
# "a few", "several", "some" 3, "many" 10, "dozens" 12, "scores" 20, "hundreds" 100).
VAGUE_AMOUNTS = {"a few": 3, "few": 3, "several": 3, "some": 3, "a number of": 3, "a dozen": 12, "dozen": 12,
                 "dozens": 12, "dozens of": 12, "scores": 20, "scores of": 20, "tens": 10, "tens of": 10, "hundreds": 100,
                 "hundreds of": 100, "thousands": 1000, "thousands of": 1000, "a handful of": 3, "many": 10}

# Counts in durations ("two days ago", "the next three months"); vague ones count as three.
COUNT_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "several": 3, "few": 3, "a few": 3, "couple of": 2, "a couple of": 2,
}
