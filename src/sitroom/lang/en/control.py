"""English data of ``sitroom/fuse/control.py``: the words that say a claim is about part of a place."""

from __future__ import annotations

import re

# Words right before a place that make a control claim about part of it: "most areas of Kunduz",
# "parts of Helmand", "much of northern Yemen", "several villages in Chora", "the outskirts of Kandahar".
PARTIAL_BEFORE = re.compile(
    r"\b(?:most|much|many|some|several|part|parts|large parts|swathes?|a number|dozens|hundreds|half|"
    r"outskirts|areas|villages|districts|neighbou?rhoods|pockets|sections?|a (?:few|third|quarter))"
    r"(?:\s+[\w-]+){0,2}?\s+(?:of|in)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+)?$", re.I)

# What joins the names of a list ("Kunduz, Sar-e Pul, Takhar ... and Helmand"): they share its first's scope.
LIST_JOINER = re.compile(r"^\s*(?:,|and|or|,\s*and|,\s*or)\s*$", re.I)

# What puts a name inside its parent, so that the parent only locates it: "Dehrawud in Uruzgan province",
# "Chora district, Uruzgan".
LOCATOR_JOINER = re.compile(r"^\s*(?:district\s+|town\s+|city\s+|village\s+)?(?:,|in|of)\s*(?:the\s+)?$", re.I)
