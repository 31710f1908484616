"""Time expressions: the regular expressions that find them, and the cues that rule them out cheaply."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...lang.en.time.patterns import (
    FUTURE,
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
