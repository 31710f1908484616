"""Counts written as words, for durations ("two days ago", "the next three months").

Event tallies follow ACLED's conventions for vague amounts instead (events/arguments.py).
"""

from __future__ import annotations

COUNT_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "several": 3, "few": 3, "a few": 3, "couple of": 2, "a couple of": 2,
}


def count_value(word: str) -> int:
    """The number a count word or digit string stands for (1 when it is not known)."""
    word = word.lower()
    return int(word) if word.isdigit() else COUNT_WORDS.get(word, 1)
