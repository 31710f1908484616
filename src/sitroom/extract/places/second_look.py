"""A second look at the names the recognition policy (policy.is_place) refused: a name taken as a place once in a
story is that place wherever it stands as a name of its own, and so is a name listed with places of its country; a
name the text puts inside a place it names is a place whatever spaCy calls it; and a place named inside a longer name
of an organisation, building or event is kept apart (a metonym).
"""

from __future__ import annotations

import re

from ...lang.en.places import BUILDING_HEADS, SITE_NAME_HEADS, SITE_NAME_NOT_FIRST
from .focus import prior, span_focus
from .gazetteer import ADMIN1, ADMIN2, COUNTRY, OTHER, PPL, Gazetteer
from .hierarchy import SITE_GAP, inside, parent_links
from .normalise import fold_name
from .policy import DISEASE_AFTER
from .recognise import STOP_WORDS, Span
from .tables import DEMONYMS


def refused_as_person_or_site(s: Span) -> bool:
    """Refused for what its own words make it: a person (an honorific, a title, the end of a person's name:
    person_names.py), a website or a wire; one name, one sense does not bring it back."""
    return bool(s.extra.get("honorific") or s.extra.get("website") or s.extra.get("title") or s.extra.get("agency")
                or s.extra.get("person_name"))


def same_name_same_place(gaz: Gazetteer, text: str, kept: list[Span], rejected: list[Span]) -> list[Span]:
    """One name, one sense in a story: a name taken as a place once ("TORRINGTON —", "in Foua") is a place
    wherever it stands as a name of its own, also where spaCy calls it an organisation ("Torrington
    businesses") or a person ("while Heathrow and Gatwick reported"); never when a title or an honorific
    makes it a person's, nor inside a longer name. So is a name listed with places of its country ("in
    Mozambique and Botswana", "unlike Irvine or Newport Beach")."""
    keys = {s.key for s in kept if s.entries}
    back = [s for s in rejected if s.entries and not refused_as_person_or_site(s)
            and s.key not in STOP_WORDS and s.text not in DEMONYMS and not DISEASE_AFTER.match(s.extra.get("next", ""))
            and (s.extra.get("ent") is None or s.extra["ent"] == (s.start, s.end))
            and (s.key in keys or _listed_with_places(gaz, text, s, kept))]
    if not back:
        return kept
    for s in back:
        rejected.remove(s)
    return sorted(kept + back, key=lambda s: s.start)


# (or a site or landform named after the place between them: "at Hamilton prison, Bermuda")
_COMMA_GAP = re.compile(r"(?:" + SITE_GAP + r")?\s*,\s*", re.I)
# The rest of an entity that only tells where its first name lies: "Soum, Burkina Faso", "Arbinda (Burkina Faso".
_PARENT_AFTER = re.compile(r"\s*[,(]\s*[A-Z][\w'\u2019 -]*\)?")


def named_with_parent(gaz: Gazetteer, text: str, kept: list[Span], rejected: list[Span]) -> list[Span]:
    """A name the text puts inside a place it names is a place whatever spaCy calls it: a country after a place
    and a comma ("in Kouri, Burkina Faso", PERSON), then a name the gazetteer has inside the unit the text names
    as its parent ("attacked Gajiram in Borno State", ORG; "Walikale, North Kivu", PERSON): inside a unit named
    with its kind word or after "of" or in brackets, or after a comma inside a province. Never a name a title or
    an honorific makes a person's, nor one inside a longer name."""
    def eligible(s: Span) -> bool:
        ent = s.extra.get("ent")
        return bool(s.entries) and not refused_as_person_or_site(s) and s.key not in STOP_WORDS and (
            s.text not in DEMONYMS) and not s.extra.get("variant") and not s.extra.get("possessive") and (
            ent is None or ent == (s.start, s.end) or ent[0] == s.start and _PARENT_AFTER.fullmatch(text, s.end, ent[1]))

    back = []
    for s in rejected:
        if eligible(s) and gaz.level[s.entries[0]] == COUNTRY and any(
                k.end <= s.start and _COMMA_GAP.fullmatch(text[k.end:s.start]) for k in kept):
            back.append(s)
    for s in back:
        rejected.remove(s)
    kept = sorted(kept + back, key=lambda s: s.start)
    back = []
    cands = [s for s in rejected if eligible(s)]
    if not cands:
        return kept
    spans = sorted(kept + cands, key=lambda s: s.start)
    ids = {id(s) for s in cands}
    for link in parent_links(text, spans):
        c, p = spans[link.child], spans[link.parent]
        if id(c) not in ids or id(p) in ids:
            continue
        units = (COUNTRY, ADMIN1, ADMIN2) if link.strong else (ADMIN1,)
        parents = [q for q in p.entries[:40] if gaz.level[q] in units]
        if any(inside(gaz, e, q) for e in c.entries[:40] for q in parents):
            back.append(c)
            rejected.remove(c)
    return sorted(kept + back, key=lambda s: s.start)


# A town listed beside a town of its own country need be only this big ("around Tamworth, Gunnedah and Quirindi"):
# the list says what it is, as a preposition of place does for a bigger one (policy.LOCATIVE_MIN_POPULATION).
LISTED_MIN_POPULATION = 1_000
_LIST_GAP = re.compile(r"\s*(?:,|,?\s*(?:and|or)|&)\s*")


def _listed_with_places(gaz: Gazetteer, text: str, s: Span, kept: list[Span]) -> bool:
    """Whether ``s`` stands in a list next to a place of its kind: a country beside a country, else a
    unit or town in the same country as its neighbour's."""
    for k in kept:
        gap = text[k.end:s.start] if k.end <= s.start else text[s.end:k.start] if s.end <= k.start else None
        if gap is None or not k.entries or not _LIST_GAP.fullmatch(gap):
            continue
        mine = s.entries[:40]
        theirs = k.entries[0]
        if gaz.level[theirs] == COUNTRY:
            if any(gaz.level[e] == COUNTRY for e in mine):
                return True
            continue
        country, weight = span_focus(gaz, k)
        if weight >= 0.7 and any(gaz.country[e] == country and (gaz.level[e] in (ADMIN1, ADMIN2) or gaz.population[e] >= LISTED_MIN_POPULATION) for e in mine):
            return True
    return False


# Labels of longer names that may carry a place name: "the Winnipeg Free Press", "CBC Toronto",
# "the University of Michigan", "the Venice International Film Festival", "Middlesex-London EMS".
_NAME_LABELS = ("ORG", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT")
# A place named only inside another name must be a unit or a town of this size, unless the story names it too.
INNER_MIN_POPULATION = 100_000

def inner_name_spans(gaz: Gazetteer, rejected: list[Span], known: set[str]) -> list[Span]:
    """Rejected spans that are places named inside a longer name of an organisation, building or event
    ("the Winnipeg Free Press", "the Vietnam war"): a unit, a big town, or a name ``known`` as a place
    elsewhere in the story."""
    inner = []
    for s in rejected:
        ent = s.extra.get("ent")
        if (s.label not in _NAME_LABELS or ent is None or ent == (s.start, s.end) or not s.entries
                or refused_as_person_or_site(s) or s.key in STOP_WORDS or s.text in DEMONYMS
                or s.extra.get("variant") or s.extra.get("group") or DISEASE_AFTER.match(s.extra.get("next", ""))):
            continue  # (nor a disease named after a place: "the Ebola Reston virus"; nor a group: groups.py)
        if s.key in SITE_NAME_NOT_FIRST and not s.extra.get("name_before") and s.extra.get("name_goes_on"):
            continue  # "the Federal University Gusau", "the National Assembly": a word that opens many bodies' names
        if s.key not in known and _ends_a_longer_name(s):
            continue  # "Ahmadu Bello University": named for a person, Bello, not for Bello (Colombia)
        best = max(s.entries[:40], key=lambda e: prior(gaz, e))
        if (s.key in known or gaz.level[best] in (COUNTRY, ADMIN1, OTHER)
                or (gaz.level[best] == PPL and gaz.population[best] >= INNER_MIN_POPULATION)):
            inner.append(s)
    return inner


def _ends_a_longer_name(s: Span) -> bool:
    """Whether a name inside a longer one follows a name word of its own ("Ahmadu Bello University"): the end of a
    person's name, for whom the body is named. A word that opens many names of bodies ("Federal", "Royal",
    "National") leaves the place its own ("the Royal Ottawa Hospital"), and so does a site's head word right before
    it ("Usmanu Danfodiyo University Sokoto", "Aminu Kano Teaching Hospital Kano": the town the site is in)."""
    words = [fold_name(w) for w in str(s.extra.get("name_before") or "").split()]
    return (bool(words) and words[0] not in SITE_NAME_NOT_FIRST and words[0] not in STOP_WORDS
            and words[-1] not in SITE_NAME_HEADS and words[-1] not in BUILDING_HEADS)


def named_as_body(kept: list[Span], rejected: list[Span]) -> tuple[list[Span], list[Span]]:
    """One name, one sense, the other way: a name the gazetteer lacks that the text calls a body once ("the rights
    group Karapatan said") is that body where it stands alone too ("Karapatan called on the government"), unless a
    word of place marks it there. Returns (kept, rejected)."""
    bodies = {s.key for s in rejected if s.extra.get("body_apposed") and not s.entries}
    moved = [s for s in kept if s.key in bodies and not s.entries and not s.cue]
    if not moved:
        return kept, rejected
    return [s for s in kept if s not in moved], rejected + moved
