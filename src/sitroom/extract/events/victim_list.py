"""The dead told as a coordinated list of victims ("Three soldiers and a civilian were killed": 4; "Gunmen killed a
farmer and his two sons": 3): each member a figure or one person (article, possessive), the list the subject of a
passive killing or the object of an active one; ACLED sums them (both sides' dead of one incident). The wounded
beside the dead ("killed two and wounded five"), places and doers are no members."""

from __future__ import annotations

import re
from typing import List, Optional, Tuple

from ...lang.en.events.counts import KILLED_OBJECT
from ...lang.en.events.victim_list import (
    ACTIVE_BEFORE, BARE_PARTICIPLE, GENERIC, JOINER, NOT_PEOPLE, NUMBERED, OWN_VERB, PASSIVE_AFTER, PRONOUN_FIRST, SINGLE,
)
from ..numbers import parse_number

_START = re.compile(r"(?<![\w'’-])(?=[A-Za-z0-9])")


def _member(text: str, pos: int, first: bool = False) -> Optional[Tuple[int, int, bool, bool]]:
    """The member of a list at ``pos``: (its end, its count, whether it is generic, whether it joins two with "and");
    the first may be a pronoun."""
    if first:
        m = PRONOUN_FIRST.match(text, pos)
        if m is not None:
            return m.end(), 1, False, False
    m = NUMBERED.match(text, pos)
    if m is not None and not NOT_PEOPLE.search(m["who"]):
        n = parse_number(m["n"])
        if n is not None and not (1900 <= n <= 2100):
            return m.end(), n, bool(GENERIC.search(m["who"])), " and " in m["who"]
    m = SINGLE.match(text, pos)
    if m is not None:
        return m.end(), 1, False, False
    return None


def _list(text: str, pos: int) -> Optional[Tuple[int, List[Tuple[int, bool]]]]:
    """The list of members from ``pos``: (its end, the members' counts and generic flags); a list is closed by "and"
    (or is one figure shared by nouns joined by "and": "two dozen police officers and soldiers")."""
    first = _member(text, pos, first=True)
    if first is None:
        return None
    end, members, closed = first[0], [first[1:3]], first[3]
    while not closed:
        j = JOINER.match(text, end)
        nxt = _member(text, j.end()) if j is not None else None
        if nxt is None:
            return None
        members.append(nxt[1:3])
        end, closed = nxt[0], bool(j.group(0).strip(", "))  # "and" closes the list
    return end, members


def end_of_first(text: str, pos: int) -> int:
    """Where the list's first member ends (an apposition follows it after a comma)."""
    return _member(text, pos, first=True)[0]


def coordinated_dead(text: str) -> Optional[int]:
    """The sum of a coordinated list of victims killed together, or None when the text tells no such list."""
    for s in _START.finditer(text):
        pos = s.start()
        if pos and text[pos - 1] not in " \"'“(":
            continue
        parsed = _list(text, pos)
        if parsed is None:
            continue
        end, members = parsed
        active = ACTIVE_BEFORE.search(text, max(0, pos - 40), pos)
        if active is not None:
            if OWN_VERB.match(text, end):
                continue
        else:
            verb = PASSIVE_AFTER.match(text, end)
            if verb is None:
                continue
            if BARE_PARTICIPLE.match(text, end) and KILLED_OBJECT.match(text, verb.end()):
                continue  # doers: "Two gunmen and a bomber killed five people"
        counts = [n for n, _ in members]
        # an apposition sums up the others: "three people, two soldiers and a civilian" is 3
        if len(counts) > 2 and text[end_of_first(text, pos)] == "," and (members[0][1] or counts[0] == sum(counts[1:])):
            return counts[0]
        return sum(counts)
    return None
