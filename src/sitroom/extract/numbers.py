"""Numbers written in words, read once for every stage (the words are in :mod:`sitroom.lang.en.numbers`).

- :func:`count_value`: counts in durations ("two days ago", "the next three months");
- :func:`parse_number`: event tallies, with ACLED's conventions for vague amounts ("dozens of" 12).
"""

from __future__ import annotations

import re
from typing import Optional

from ..lang.en.numbers import COUNT_WORDS, HUNDRED, TENS, UNITS, VAGUE_AMOUNTS

__all__ = ["COUNT_WORDS", "count_value", "parse_number"]


def count_value(word: str) -> int:
    """The number a count word or digit string stands for (1 when it is not known)."""
    word = word.lower()
    return int(word) if word.isdigit() else COUNT_WORDS.get(word, 1)


def parse_number(text: str) -> Optional[int]:
    """An integer from digits, number words or an ACLED vague amount ("dozens of" → 12); None if none."""
    t = text.lower().strip()
    if t in VAGUE_AMOUNTS:
        return VAGUE_AMOUNTS[t]
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", t):
        return int(t.replace(",", ""))
    if t in HUNDRED:
        return 100
    dozens = re.fullmatch(r"(.+) dozen", t)  # "two dozen" 24, "some dozen" 12
    if dozens is not None:
        n = 1 if dozens.group(1) == "some" else parse_number(dozens.group(1))
        return 12 * n if n is not None else None
    parts = re.split(r"[- ]", t)
    total = 0
    for p in parts:
        if p in UNITS:
            total += UNITS[p]
        elif p in TENS:
            total += TENS[p]
        else:
            return None
    return total
