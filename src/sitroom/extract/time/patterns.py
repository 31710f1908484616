"""Time expressions: the regular expressions that find them, and the cues that rule them out cheaply."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...lang.en.time.patterns import (
    FUTURE, NAMED_WEEKDAY_BEFORE, QUOTED_NAME_CLOSE, QUOTED_NAME_OPEN, TARGET_PREPOSITIONS,
)
from ..pos import VERBAL


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


def told_as_past(span) -> bool:
    """Whether the time expression ``span`` (a parsed span) dates a verb told in the past: "was arrested on Friday",
    "police said Tuesday". Such a day is the last one, though the sentence speaks of the future elsewhere ("was
    arrested on Friday ahead of planned protests", "said on Tuesday that the court would hear the case"). Not a
    verb with a modal ("would be held on Monday"), a plan ("was scheduled for Thursday", "MEPs set to vote in
    January"), nor a time given as a target ("postponed to Friday", "adjourned until Monday") or told to come ("in
    January next year")."""
    if span is None or not len(span):
        return False
    first = span[0]
    if first.lower_ in TARGET_PREPOSITIONS:
        return False
    head, hops = span.root.head, 0
    while head.pos_ == "ADP" and head.head.i != head.i and hops < 3:  # "on Friday" hangs on its preposition
        if head.lower_ in TARGET_PREPOSITIONS:
            return False
        head, hops = head.head, hops + 1
    if head.i == span.root.i or head.pos_ not in VERBAL or FUTURE.fullmatch(head.text):
        return False
    if any(c.dep_ == "xcomp" for c in head.children) or (span.end < len(span.doc) and FUTURE.fullmatch(span.doc[span.end].text)):
        return False  # "set to vote on the deal in January", "in January next year": what is to be done
    aux = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or FUTURE.fullmatch(a.text) for a in aux):
        return False
    if head.tag_ == "VBD":
        return True
    # a participle after a past auxiliary ("was arrested", "had fled") or after "has"/"have" ("has been held")
    return head.tag_ == "VBN" and any(a.tag_ in ("VBD", "VBZ", "VBP") for a in aux)
