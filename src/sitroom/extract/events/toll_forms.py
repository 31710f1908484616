"""Forms of a report's death toll that counts.py reads beside its figures and verbs (data in
lang/en/events/toll_forms.py):

- the incident's running total: "Rescuers found two more bodies, taking the toll to 9" is 9, not the 2 found (the
  sentence's other figures are what was added to it); a tally over many incidents ("bringing the toll this year to
  300", or counted "since" a time) is none of this event's;
- "both" as the dead: 2 ("Both brothers were killed");
- one dead named by a possessive as the killing's object: 1 ("A man killed his wife");
- a pair as one noun ("The couple were killed"): 2; one killed "along with" more: their figure and him.
"""

from __future__ import annotations

from typing import Optional

from ...lang.en.events.counts import RUNNING_TOTAL, TOLL_BROUGHT, TOLL_ROSE
from ...lang.en.events.toll_forms import (
    ATTACKER_IN_LIST, BOTH_DEAD, ONE_ALONG_WITH, ONE_BY_POSSESSIVE, PAIR_DEAD, TALLY_SCOPE,
)
from ..numbers import parse_number


def incident_toll(text: str) -> Optional[int]:
    """The incident's total toll told by a toll that rose or was brought to a figure ("taking the toll to 9"), or
    None when the text tells none, or only a tally of many incidents."""
    values = []
    for rx in (TOLL_ROSE, TOLL_BROUGHT):
        for m in rx.finditer(text):
            if TALLY_SCOPE.search(m["between"] or "") or RUNNING_TOTAL.match(text, m.end("n")):
                continue
            n = parse_number(m["n"])
            if n is not None and n < 100000 and not (1900 <= n <= 2100 and m["n"].isdigit()):
                values.append(n)
    return min(values) if values else None


def both_dead(text: str) -> bool:
    """Whether the text tells "both" of a pair killed ("Both brothers were killed", "killing both men"), or a pair
    ("The couple were killed", "He and his brother were shot dead")."""
    return bool(BOTH_DEAD.search(text) or PAIR_DEAD.search(text))


def one_along_with(text: str) -> Optional[int]:
    """One dead and those killed with him ("A soldier was killed along with two civilians": 3), or None."""
    m = ONE_ALONG_WITH.search(text)
    n = parse_number(m["n"]) if m is not None else None
    return n + 1 if n is not None else None


def attacker_in_list(text: str, end: int) -> bool:
    """Whether the attacker's death told as an object ending at ``end`` heads a list of dead that counts him
    ("killed the bomber and two bystanders")."""
    return bool(ATTACKER_IN_LIST.match(text, end))


def one_by_possessive(text: str) -> bool:
    """Whether the text tells one person killed, named by a possessive ("killed his wife")."""
    return bool(ONE_BY_POSSESSIVE.search(text))
