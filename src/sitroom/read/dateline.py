"""The wire service named in a report's dateline: "BAMAKO, March 14, 2024 (Reuters) -" was filed by Reuters.

A report that carries no outlet of its own (a dump record without ``source``, a pasted text) is the
agency's: that is what the store keeps as its source, what ACLED's source column shows, and how the
reports of one incident are told apart.
"""

from __future__ import annotations

import re
from typing import Optional

from ..lang.en.agencies import WIRE_AGENCIES

# A line opening with a place in capitals, perhaps a region and a date after commas, then the agency in
# parentheses and a dash; or the parentheses alone opening the line ("(Reuters) - Troops ...").
_DATELINE = re.compile(
    r"^[ \t]*(?:[A-Z][A-Z.'\u2019\- ]{1,40}(?:,[^\n()]{1,60}?)?[ \t]*)?"
    r"\((?P<agency>[^()\n]{2,60})\)[ \t]*(?:[-\u2013\u2014]|$)",
    re.MULTILINE,
)
# How far into the text a dateline may open a line: past a headline and a byline or two.
WINDOW = 400


def wire_agency(text: str) -> Optional[str]:
    """The wire service(s) the dateline at the top of ``text`` names ("Reuters"; "AFP; Reuters" for
    "(AFP/Reuters)"), or None when there is no dateline or it names no known agency."""
    for m in _DATELINE.finditer(text[:WINDOW]):
        names = [WIRE_AGENCIES.get(" ".join(part.split()).lower()) for part in re.split(r"[/,&]| and ", m["agency"])]
        if names and all(names):
            return "; ".join(dict.fromkeys(names))
    return None
