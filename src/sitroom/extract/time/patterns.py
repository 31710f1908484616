"""Time expressions: the regular expressions that find them, and the cues that rule them out cheaply."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...lang.en.time.patterns import (
    FUTURE, NAMED_WEEKDAY_BEFORE, QUOTED_NAME_CLOSE, QUOTED_NAME_OPEN,
)


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    kind: str
    match: re.Match


def is_future(sentence: str) -> bool:
    """True when ``sentence`` speaks of what is to come (so a date may lie after publication)."""
    return bool(FUTURE.search(sentence))


def named_weekday(text: str, start: int, end: int) -> bool:
    """True when the weekday(s) at ``text[start:end]`` are part of a name ("Bloody Sunday", "dubbed “Super
    Tuesday”"), not a day: reading them as the last such weekday dates a past event to the week of the report."""
    before = text[max(0, start - 40):start]
    if NAMED_WEEKDAY_BEFORE.search(before):
        return True
    return bool(QUOTED_NAME_OPEN.search(before) and QUOTED_NAME_CLOSE.match(text, end))
