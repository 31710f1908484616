"""The counts of people killed, injured and arrested that an event's sentence gives, in digits or words, with
ACLED's conventions: the lowest figure when a text gives several for the same dead, the sum of groups of other
victims of one incident (figures.py reads them into an event)."""

from __future__ import annotations

import re
from typing import Optional

from ...lang.en.events.counts import (
    ACTIVE_KILLING, ALSO_DIED, AMONG_THE_DEAD, ANIMAL_GROUP, ATTACKER_COUNTED, ATTACKER_DEAD, BOMBERS_DEAD,
    DIED_GROUPS, EARLIER_DEATH, KILLED_GROUPS, KILLED_GROUP_AND_ONE, KILLED_OBJECT, KILLERS_ACT,
    KILLERS_THEN_KILLED, KILLING_NOUN, KILLING_NOUN_OTHER, KILLING_NOUN_TALLY, LONG_AGO, NEEDS, ONE_DEAD,
    PARTITIVE_PART, PATTERNS, RANGE_LOW, RUNNING_TOTAL, SELF_KILLED, TWO_DEAD, UNREAL_DEATH, VICTIM_GROUP,
)
from ...lang.en.events.separate import another_incident
from ...lang.en.events.toll_forms import SEMI_OTHER
from ..numbers import parse_number
from .toll_forms import attacker_in_list, both_dead, incident_toll, one_along_with, one_by_possessive
from .victim_list import coordinated_dead

# "no" or "not" just before a count's number: "no one was hurt", "No-one was killed", "Not one person died".
NEGATED_COUNT = re.compile(r"(?<![A-Za-z])not?[ -]$", re.I)


def count(kind: str, text: str) -> Optional[int]:
    """The number of people ``kind`` ("fatalities", "injured", "arrested") the text reports; lowest if several."""
    total = incident_toll(text) if kind == "fatalities" else None
    if total is not None:  # the incident's running total wins over what the sentence says was added to it
        return total
    own = SELF_KILLED.search(text) if kind == "fatalities" else None
    if own is not None:  # (his death told here, whatever else tells it: "blew himself up, killing himself and ...")
        a, b = own.span("a") if own["a"] else own.span("b")
        n = _count(kind, text[:a].rstrip() + " " + text[b:].lstrip())
        return 1 if n is None else n + 1
    bombers = BOMBERS_DEAD.search(text) if kind == "fatalities" else None
    if bombers is not None and parse_number(bombers["n"]) is not None:  # their own deaths and their victims'
        n = _count(kind, text[:bombers.start()] + " " * (bombers.end() - bombers.start()) + text[bombers.end():])
        return parse_number(bombers["n"]) + (n or 0)
    then = KILLERS_THEN_KILLED.search(text) if kind == "fatalities" else None
    act = KILLERS_ACT.match(text[:then.start()]) if then is not None else None
    if act is not None:  # the killers' deaths (their figure, else one) and their victims'
        killers = parse_number(act["n"]) if act["n"] else 1
        n = _count(kind, text[:then.start()] + " " * (then.end() - then.start()) + text[then.end():])
        return (killers or 1) + (n or 0)
    attacker = ATTACKER_DEAD.search(text) if kind == "fatalities" else None
    if attacker is not None and not attacker_in_list(text, attacker.end()):
        # the attacker's death and his victims' figure, read without his clause: every death of the event
        spans = [(attacker.start(), attacker.end())]
        if attacker["rel"]:  # his relative clause kept: it tells his victims
            spans = [(attacker.start(), attacker.start("rel")), (attacker.end("rel"), attacker.end())]
        rest = text
        for a, b in spans:
            rest = rest[:a] + " " * (b - a) + rest[b:]
        n = _count(kind, rest)
        return 1 if n is None else n if ATTACKER_COUNTED.search(text) else n + 1
    return _count(kind, text)


def _count(kind: str, text: str) -> Optional[int]:
    if not NEEDS[kind].search(text):
        return None
    values = []
    for rx in PATTERNS[kind]:
        for m in rx.finditer(text):
            n = parse_number(m.group("n"))
            part = PARTITIVE_PART.search(text, max(0, m.start("n") - 30), m.start("n"))
            if kind == "fatalities" and part is not None:
                n = parse_number(part.group("n"))  # "two of the five soldiers ... were killed": the part, 2
            low = RANGE_LOW.search(text, max(0, m.start("n") - 30), m.start("n"))
            if low is not None:
                n = parse_number(low["a"] or low["b"] or low["c"])  # "10 to 15 people": the lower, 10
            if NEGATED_COUNT.search(text, max(0, m.start("n") - 4), m.start("n")):
                continue  # "no one", "no-one", "not one" is no count of one (figures.py reads the stated zero)
            if kind == "fatalities" and (_other_killing(text, m) or _killers(text, m)
                                         or RUNNING_TOTAL.match(text, m.end("n"))):
                continue
            # "killed one of the attackers" is a count; "left 2023" is a year, never a count of people.
            if n is not None and n < 100000 and not (1900 <= n <= 2100 and m.group("n").isdigit()):
                values.append(n)
    if kind == "fatalities":
        summed = _victim_groups(text)
        if summed is None:
            summed = one_along_with(text)
        if summed is None:
            summed = coordinated_dead(text)
        if summed is not None:
            return summed
    if kind == "fatalities" and re.search(r"\bno (?:one|casualties|deaths) (?:was|were )?(?:killed|reported)|no casualties\b", text, re.I) and not values:
        return 0
    if kind == "fatalities" and not values and (TWO_DEAD.search(text) or both_dead(text)):
        return 2
    if kind == "fatalities" and not values and (any(not EARLIER_DEATH.search(text, 0, m.start())
                                                   and not UNREAL_DEATH.search(text, 0, m.start())
                                                   and not LONG_AGO.match(text, m.end())
                                                   for m in ONE_DEAD.finditer(text)) or one_by_possessive(text)):
        return 1
    if kind == "fatalities" and not values:
        part = [parse_number(m["n"]) for m in AMONG_THE_DEAD.finditer(text)]
        values = [n for n in part if n is not None and n < 100000]
    return min(values) if values else None


def part_of_the_dead(text: str) -> bool:
    """Whether the death toll ``text`` gives is only a part of the dead ("Among the dead were two officers"): it never
    lowers a whole's figure told in another sentence ("A bomb killed three soldiers.": 3, not 2)."""
    if not AMONG_THE_DEAD.search(text):
        return False
    return _count("fatalities", AMONG_THE_DEAD.sub(lambda m: " " * len(m.group(0)), text)) is None


def _other_killing(text: str, m: re.Match) -> bool:
    """Whether ``m`` counts by the noun of a killing another event's dead or a tally ("justice for the killing of
    11 students", "the killings of 300 activists since 2016")."""
    return bool(KILLING_NOUN.match(text, m.start())) and bool(
        KILLING_NOUN_OTHER.search(text, max(0, m.start() - 30), m.start()) or KILLING_NOUN_TALLY.match(text, m.end()))


def _killers(text: str, m: re.Match) -> bool:
    """Whether ``m``, a figure before its verb, is the subject of an active killing of others ("two bombs killed
    six police officers"): it counts the killers or their weapons."""
    return bool(ACTIVE_KILLING.search(text, 0, m.end())) and bool(
        KILLED_OBJECT.match(text, m.end()))


def _victim_groups(text: str) -> Optional[int]:
    """All deaths of one incident told as groups of other victims joined by "and" ("at least two union members
    were killed ... and at least six workers were shot dead": 8), as ACLED counts them; None when the text
    gives no such groups (several figures for the same dead are read as alternatives: the lowest)."""
    groups = []
    for m in VICTIM_GROUP.finditer(text):
        n = parse_number(m.group("n"))
        if n is None or n >= 100000 or (1900 <= n <= 2100 and m.group("n").isdigit()):
            continue
        groups.append((m.start(), m.end(), n, (m.group("who") or "").lower().rstrip("s"), bool(ALSO_DIED.search(m.group(0)))))
    if len(groups) < 2:
        plus_one = KILLED_GROUP_AND_ONE.search(text)
        if plus_one is not None and parse_number(plus_one["n"]) is not None:
            return parse_number(plus_one["n"]) + 1
        both = KILLED_GROUPS.search(text) or DIED_GROUPS.search(text)
        if (both is None or both["who"].lower().rstrip("s") == both["other"].lower().rstrip("s")
                or RUNNING_TOTAL.match(text, both.end())):
            return None
        # one group is animals: the figure of the people is the toll
        if ANIMAL_GROUP.match(text, both.start("other")):
            return parse_number(both["n"])
        if ANIMAL_GROUP.fullmatch(both["who"]):
            return parse_number(both["m"])
        n, m = parse_number(both["n"]), parse_number(both["m"])
        return n + m if n is not None and m is not None else None
    for (_, end, _, who, _), (start, _, _, other, also) in zip(groups, groups[1:]):
        # ("Six militants were killed, the army said, adding that two soldiers also died": more dead, joined)
        if not who or who == other or not (_joined(text, end, start) or also and not another_incident(text[end:])):
            return None
    return sum(g[2] for g in groups)


def _joined(text: str, end: int, start: int) -> bool:
    """Whether two groups of dead, the first ending at ``end`` and the next starting at ``start``, are joined as one
    incident's: by "and", or by a semicolon that opens no other incident ("Two soldiers were killed in the ambush;
    three attackers also died"). The whole clause after the semicolon is read, since its mark of another incident
    often follows the figure ("; three people died in a separate attack", "in a similar attack in 2019")."""
    between = text[end:start]
    if re.search(r"\band\b", between):
        return True
    semi = between.find(";")
    if semi < 0:
        return False
    clause = text[end + semi + 1:].split(";", 1)[0]
    return not another_incident(clause) and not SEMI_OTHER.search(clause)
