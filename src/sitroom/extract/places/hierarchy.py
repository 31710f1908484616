"""Places named with their parent: "Nawa-e Barakzayi district, Helmand", "the Bazar area of Shah Joy
district", "Oban village in Cross River State", "Tarin Kowt (Uruzgan)", "Quetta, Pakistan".

A place named so must lie inside that parent: its candidates are cut to those inside one of the
parent's, and the parent's to those that hold one of them. When no candidate lies inside (the
gazetteer lacks the village), the place stays unresolved, placed at the parent it is sure of,
rather than jumping to a namesake in another province or country.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ...lang.en.places import DIRECTIONS, FEATURE_TAILS, LANDFORM_NOUNS, PART_OF_WORDS, PLACE_KIND_WORDS, SITE_NAME_HEADS
from .gazetteer import ADMIN1, ADMIN2, COUNTRY, OTHER, PPL, Gazetteer
from .recognise import UNIT_WORDS, Span

# Level words that may follow a name ("Garmsir district") or its parent ("Helmand province").
_LEVEL = r"(?:" + "|".join(PLACE_KIND_WORDS) + ")"
# Between a place and its parent. Strong forms say it outright; a bare comma may also be a list.
# ("Bunagana on the outskirts of Rutshuru", "Karrada in the suburbs of Baghdad": the part of the parent it lies in)
_OF = re.compile(r"^\s+(?:" + _LEVEL + r"|(?:(?:on|in|at)\s+the\s+)?(?:" + "|".join(PART_OF_WORDS)
                 + r"))\s+of\s+(?:the\s+)?$", re.I)
_IN = re.compile(r"^(?:\s+" + _LEVEL + r")?,?\s+(?:in|of)\s+(?:the\s+)?$", re.I)
_OWN_LEVEL_WORD = re.compile(r"^\s+" + _LEVEL + r"\b", re.I)
_PAREN = re.compile(r"^(?:\s+" + _LEVEL + r")?\s*\(\s*$", re.I)
# A site or landform named after the place, between it and the parent ("Hamilton prison, Bermuda", "the Tora Bora caves
# in eastern Afghanistan", "Incirlik Air Base, Turkey"): the site lies in the parent, so its place does too (a weak
# link, as a bare comma: no level word says the place's own level)
SITE_GAP = r"(?:\s+(?:" + "|".join(sorted(set(SITE_NAME_HEADS) | LANDFORM_NOUNS | FEATURE_TAILS, key=len, reverse=True)) \
        + r")(?:\s+complex)?)"
_COMMA = re.compile(r"^(?:\s+(" + _LEVEL + r")|" + SITE_GAP + r")?\s*,\s*(?:the\s+)?$", re.I)
# (a comma then a lower-case word goes on with the sentence: "in Tudun Wada, Kaduna State, killing four")
_LIST_AFTER = re.compile(r"^(?:\s+" + _LEVEL + r")?\s*(?:,\s*(?:(?:and|or)\b|[A-Z\d])|and\b|&|or\b)")
_LIST_BEFORE = re.compile(r"(?:,|\band|&|\bor)\s*$", re.I)

# "Solhan in Burkina Faso's Yagha province", "Jaar in Yemen's southern Abyan province": the unit after a country's
# possessive is the parent of the place before the country.
_IN_COUNTRY = re.compile(r"^(?:\s+" + _LEVEL + r"|" + SITE_GAP + r")?,?\s+(?:in|of)\s+(?:the\s+)?(?:(?:" + DIRECTIONS + r")(?:ern)?\s+|central\s+)?$", re.I)
# "the Mosh Khil area near Sharana", "a village just outside Kandahar": a place the gazetteer lacks, named by the town it
# lies near, is coded at that town (ACLED's convention for a place near a town; never a place the gazetteer has, which
# lies where it lies)
_NEAR = re.compile(r"^(?:\s+" + _LEVEL + r")?,?\s+(?:just\s+)?(?:near|outside|close\s+to)\s+(?:the\s+)?$", re.I)
# "Dora village, 40 km south of Srinagar": a place told by its distance from a bigger one lies near it, whatever
# namesakes the gazetteer has elsewhere (Dora, Alabama): a candidate near that place, else placed at it.
_DISTANCE = re.compile(r"^(?:\s+" + _LEVEL + r")?\s*,?\s+(?:about\s+|some\s+|around\s+)?(\d+(?:[.,]\d+)?)\s*"
                       r"(km|kms|kilometres|kilometers|miles)\s+(?:\(\d+\s*\w+\)\s+)?(?:" + DIRECTIONS
                       + r")?\s*(?:of|from)\s+(?:the\s+(?:city|town|village)\s+of\s+)?$", re.I)
# "the Southern Highlands of New South Wales", "the Hunter Valley of NSW": a region named with the article and a bare
# "of" before a state or a country lies in it (the unit's own name: never "the Bank of England", no place; a town after
# "of" is no such parent)
_BARE_OF = re.compile(r"^\s+of\s+$")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_COUNTRYS = re.compile(r"^['’]s\s+(?:[a-z][a-z-]*\s+)?$")
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")

# How far a town may lie from a town named as its parent, or from a district's towns, and still be in it.
NEAR_KM = 60.0


@dataclass
class Link:
    """``child`` (a span index) is named as lying in ``parent``; ``strong`` when the text says so
    outright (a level word, "of", brackets), so that no candidate inside means unresolved."""

    child: int
    parent: int
    strong: bool
    # the country the text puts the parent in ("Iraq's Kurdistan region": not Iran's Kordestan), when it says
    country: Optional[int] = None
    # only a unit may be the parent ("the Southern Highlands of New South Wales": a bare "of")
    unit_only: bool = False
    # the child is told by its distance from the parent ("40 km south of Srinagar"): near it, not inside
    relative: Optional[float] = None


def parent_links(text: str, spans: list[Span]) -> list[Link]:
    """Child-parent pairs of consecutive names, rightmost parent first (so chains resolve outward-in)."""
    links = []
    for i in range(len(spans) - 1):
        a, b = spans[i], spans[i + 1]
        if a.kind != "name" or b.kind != "name":
            continue
        gap = text[a.end:b.start]
        if len(gap) > 40:
            continue
        if _OF.match(gap) or _PAREN.match(gap):
            links.append(Link(i, i + 1, True))
        elif _IN.match(gap) and (b.level_hint in (ADMIN1, ADMIN2) or _OWN_LEVEL_WORD.match(gap)):
            # "Oban village in Cross River State", "Seiyun city in Hadramout Province"
            links.append(Link(i, i + 1, True))
        elif (_IN_COUNTRY.match(gap) and b.extra.get("country_name") and not a.extra.get("country_name")
              and not _POSSESSIVE_AFTER.match(text, b.end)):
            # "the village of Moura in central Mali": a place the text puts in a country (not a country in another:
            # "fighters from Syria in Iraq"; "in Burkina Faso's Yagha province" names the unit it lies in). Weak, as
            # "Moura, Mali" is: a town the country lacks is placed at it, no sea or region ("the Indian Ocean in
            # Seychelles")
            links.append(Link(i, i + 1, False))
        elif _BARE_OF.match(gap) and _THE_BEFORE.search(text, max(0, a.start - 5), a.start):
            links.append(Link(i, i + 1, True, unit_only=True))
        elif (far := _DISTANCE.match(gap)) is not None:
            km = float(far.group(1).replace(",", "")) * (1.609 if far.group(2).lower() == "miles" else 1.0)
            links.append(Link(i, i + 1, True, relative=km))
        elif _NEAR.match(gap) and not a.entries:
            links.append(Link(i, i + 1, False))
        else:
            m = _COMMA.match(gap)
            if m is None:
                continue
            listed = _LIST_AFTER.match(text[b.end:b.end + 20]) or (
                i > 0 and _LIST_BEFORE.search(text[spans[i - 1].end:a.start]) and a.start - spans[i - 1].end < 8)
            if listed and not m.group(1) and not _chain(text, spans, i + 1):
                continue  # "Kunduz, Sar-e Pul, Takhar and Helmand": a list, not a place and its parent
            links.append(Link(i, i + 1, bool(m.group(1)) or b.level_hint in (ADMIN1, ADMIN2)))
    for i in range(len(spans) - 2):
        a, b, c = spans[i], spans[i + 1], spans[i + 2]
        if (a.kind == "name" and c.kind == "name" and b.extra.get("country_name") and c.level_hint in (ADMIN1, ADMIN2)
                and _IN_COUNTRY.match(text[a.end:b.start]) and _COUNTRYS.match(text[b.end:c.start])):
            links.append(Link(i, i + 2, True, country=i + 1))
    links.sort(key=lambda l: -l.parent)
    return links


def _chain(text: str, spans: list[Span], j: int) -> bool:
    """"Sabon Gari, Kano State, Nigeria": a unit named with its own kind word, then its country after a comma,
    goes on a chain of parents, not a list."""
    b = spans[j]
    if b.extra.get("after") not in UNIT_WORDS or j + 1 >= len(spans):
        return False
    c = spans[j + 1]
    return bool(re.fullmatch(r"\s*,\s*", text[b.end:c.start])) and c.extra.get("country_name", False)


def _abbreviated_state(gaz: Gazetteer, s: Span, parents: list[int]) -> bool:
    """"HOLLIDAY, Mo.", "Wainwright, Alta.": a state's abbreviation names nothing but a parent (not "U.S.")."""
    return ((s.text.endswith(".") or (s.text.isupper() and len(s.text) <= 3)) and " " not in s.text
            and all(gaz.level[q] == ADMIN1 for q in parents))


def _town_of_state(gaz: Gazetteer, text: str, parent: Span, parents: list[int]) -> bool:
    """"Palestine, Texas,", "Lebanon, Pennsylvania.": a country's name before a comma and a state that closes
    the phrase is a town of that state when the state has one of that name (the pairs below keep only such);
    not when the state's name goes on into a noun ("Mexico, Texas officials said") or may be a country
    itself ("Armenia, Georgia")."""
    return (gaz.level[parent.entries[0]] == ADMIN1 and not any(gaz.level[q] == COUNTRY for q in parents)
            and re.match(r"\s*(?:[,.;:)]|$)", text[parent.end:parent.end + 2]) is not None)


def _km(gaz: Gazetteer, a: int, b: int) -> float:
    import math

    la1, lo1, la2, lo2 = (math.radians(float(x)) for x in (gaz.lat[a], gaz.lon[a], gaz.lat[b], gaz.lon[b]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h))) if h == h else float("inf")


def inside(gaz: Gazetteer, e: int, p: int) -> bool:
    """Whether entry ``e`` lies in entry ``p`` (a country, a unit, or a town it is next to)."""
    if e == p:
        return False
    lp, le = int(gaz.level[p]), int(gaz.level[e])
    if lp == COUNTRY:
        return le != COUNTRY and gaz.country[e] == gaz.country[p]
    if gaz.country[e] != gaz.country[p]:
        return False
    if lp == ADMIN1:
        return le in (ADMIN2, PPL, OTHER) and int(gaz.admin1[e]) == p
    if lp == ADMIN2:
        if le not in (PPL, OTHER):
            return False
        return int(gaz.admin2[e]) == p or (int(gaz.admin2[e]) < 0 and int(gaz.admin1[e]) == int(gaz.admin1[p])
                                            and _km(gaz, e, p) < NEAR_KM)
    if lp == PPL:
        return le in (PPL, OTHER) and _km(gaz, e, p) < NEAR_KM
    return False


@dataclass
class Constraint:
    """What the parents in the text allow: per span, the candidates still possible; and the spans
    that are unresolved within a parent (span index -> parent span index)."""

    allowed: dict[int, list[int]]
    unresolved: dict[int, int]


def constrain(gaz: Gazetteer, text: str, spans: list[Span], max_candidates: int = 40) -> Constraint:
    allowed: dict[int, list[int]] = {}
    unresolved: dict[int, int] = {}
    for s in spans:
        if s.entries and gaz.level[s.entries[0]] == COUNTRY:
            s.extra["country_name"] = True
    for link in parent_links(text, spans):
        c, p = link.child, link.parent
        parents = allowed.get(p, spans[p].entries[:max_candidates])
        parents = [q for q in parents if gaz.level[q] in ((COUNTRY, ADMIN1) if link.unit_only else (COUNTRY, ADMIN1, ADMIN2, PPL))]
        if link.country is not None:
            home = {gaz.country[e] for e in spans[link.country].entries[:1]}
            parents = [q for q in parents if gaz.country[q] in home]
        if link.relative is not None:
            # "Beit Hanoun, 2 km from Israel": a distance from a country is from its border, so the place lies
            # outside it as often as in it; only a town or unit is a point to measure from
            parents = [q for q in parents if gaz.level[q] != COUNTRY]
        if not parents:
            continue
        children = allowed.get(c, spans[c].entries[:max_candidates])
        strong = link.strong or _abbreviated_state(gaz, spans[p], parents)
        if not strong:
            # "Russia, U.S. officials", "Helmand, Kandahar": a comma alone never puts a country inside
            # anything, nor a province inside anything but a country.
            levels = {int(gaz.level[e]) for e in children}
            if ADMIN1 in levels and not any(gaz.level[q] == COUNTRY for q in parents):
                continue
            if COUNTRY in levels and not _town_of_state(gaz, text, spans[p], parents):
                continue
        if link.relative is not None:
            # (about as far from the parent as the text says: "Basra, 330 miles south of Baghdad")
            pairs = [(e, q) for e in children for q in parents
                     if gaz.country[e] == gaz.country[q] and _km(gaz, e, q) < 1.5 * link.relative + NEAR_KM]
        else:
            pairs = [(e, q) for e in children for q in parents if inside(gaz, e, q)]
        if pairs:
            allowed[c] = list(dict.fromkeys(e for e, _ in pairs))
            allowed[p] = list(dict.fromkeys(q for _, q in pairs))
        elif not children:
            # A name the gazetteer lacks, with its parent: placed at the parent ("Karrada, Baghdad").
            allowed[p] = parents
            unresolved[c] = p
        elif link.relative is not None:
            allowed[p] = parents
            unresolved[c] = p
        elif all(gaz.level[e] == OTHER and not gaz.country[e] for e in children) and any(
                gaz.level[q] == COUNTRY for q in parents) and text[spans[c].end:spans[p].start].strip() == ",":
            # "Amazonia, Brazil", "Borneo, Malaysia": a region of several countries (the gazetteer puts it in none) named
            # with one of them after a comma is that country's part of it: placed at the country, named as written
            # (not a sea "in" a country: "the Indian Ocean in Seychelles" is more than its waters)
            allowed[p] = [q for q in parents if gaz.level[q] == COUNTRY]
            unresolved[c] = p
            spans[c].extra["region"] = True
        elif not strong and all(gaz.level[e] in (PPL, ADMIN2) for e in children) and any(
                gaz.level[q] in (COUNTRY, ADMIN1) for q in parents):
            # "Sabon Gari, Kano", "Moura, Mali": the stated parent wins over a namesake elsewhere; the town is placed
            # at the unit, as when the gazetteer lacks it
            allowed[p] = [q for q in parents if gaz.level[q] in (COUNTRY, ADMIN1)]
            unresolved[c] = p
        elif strong and spans[p].level_hint != PPL:
            # Named inside a unit the gazetteer knows, yet no such place lies there: placed at the unit.
            units = [q for q in parents if gaz.level[q] != PPL]
            if units:
                allowed[p] = units
                unresolved[c] = p
    return Constraint(allowed, unresolved)


def best_parent(choices: dict, p: int) -> Optional[int]:
    choice = choices.get(p)
    return choice.entry if choice is not None else None
