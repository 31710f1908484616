"""Which candidate names are places here: the recognition policy of the places stage.

A gazetteer match is a place when spaCy agrees, when a cue says so, or when the gazetteer's evidence
and the story's country focus are strong enough; a name that is a place once in a story is that
place throughout; a place named inside an organisation's name is kept apart (a metonym).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from ...lang.en.metonymy import GOVERNMENT_NOUNS
from ...lang.en.places import BUILDING_HEADS, FEATURE_TAILS, STYLE_NOUNS, SITE_HEADS, SITE_NAME_HEADS, SITE_NAME_NOT_FIRST
from .gazetteer import ADMIN1, ADMIN2, COUNTRY, OTHER, PPL, Gazetteer
from .hierarchy import inside, parent_links
from .normalise import fold_name
from .cues import QUALIFIER
from .recognise import LANDMARK_KEYS, OTHER_LABELS, PLACE_LABELS, STOP_WORDS, Span
from .resolve import main_keys, prior, span_focus
from .seats import chief_towns
from .spellings import MIN_FOCUS, respelt_in_focus  # (the focus of a country a story is about)
from .tables import DEMONYMS

_DISEASE_AFTER = re.compile(r"^(?:virus|viruses|ebolavirus|fever|flu|strain|disease)$", re.I)
# A place named only by the gazetteer (no spaCy entity, no cue) must be at least this big.
GAZETTEER_ONLY_MIN_POPULATION = 100_000
# A seat that a verb of attack takes, which spaCy calls a person ("shelled Goma"), must be a town at least this big.
ATTACKED_SEAT_MIN_POPULATION = 50_000
# A name after a preposition of place ("in Dori") must be a town at least this big (or a unit).
LOCATIVE_MIN_POPULATION = 5_000



def refused_as_person_or_site(s: Span) -> bool:
    return bool(s.extra.get("honorific") or s.extra.get("website") or s.extra.get("title") or s.extra.get("agency"))


def same_name_same_place(gaz: Gazetteer, text: str, kept: list[Span], rejected: list[Span]) -> list[Span]:
    """One name, one sense in a story: a name taken as a place once ("TORRINGTON —", "in Foua") is a place
    wherever it stands as a name of its own, also where spaCy calls it an organisation ("Torrington
    businesses") or a person ("while Heathrow and Gatwick reported"); never when a title or an honorific
    makes it a person's, nor inside a longer name. So is a name listed with places of its country ("in
    Mozambique and Botswana", "unlike Irvine or Newport Beach")."""
    keys = {s.key for s in kept if s.entries}
    back = [s for s in rejected if s.entries and not refused_as_person_or_site(s)
            and s.key not in STOP_WORDS and s.text not in DEMONYMS and not _DISEASE_AFTER.match(s.extra.get("next", ""))
            and (s.extra.get("ent") is None or s.extra["ent"] == (s.start, s.end))
            and (s.key in keys or _listed_with_places(gaz, text, s, kept))]
    if not back:
        return kept
    for s in back:
        rejected.remove(s)
    return sorted(kept + back, key=lambda s: s.start)


_COMMA_GAP = re.compile(r"\s*,\s*")
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
        if weight >= 0.7 and any(gaz.country[e] == country and (gaz.level[e] in (ADMIN1, ADMIN2) or gaz.population[e] >= LOCATIVE_MIN_POPULATION) for e in mine):
            return True
    return False


# Labels of longer names that may carry a place name: "the Winnipeg Free Press", "CBC Toronto",
# "the University of Michigan", "the Venice International Film Festival", "Middlesex-London EMS".
_NAME_LABELS = ("ORG", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT")
# A place named only inside another name must be a unit or a town of this size, unless the story names it too.
INNER_MIN_POPULATION = 100_000


def is_place(gaz: Gazetteer, s: Span, focus: Counter) -> bool:
    """Whether a candidate span is a place name here (recognition policy)."""
    if s.key in LANDMARK_KEYS:
        return True
    if s.text in DEMONYMS:
        return False  # nationality words become "origin" mentions, not toponyms
    if s.extra.get("after") is None and _DISEASE_AFTER.match(s.extra.get("next", "")):
        return False  # "Marburg virus", "Lassa fever": a disease named after a place
    if s.extra.get("next", "").lower() in STYLE_NOUNS and not (s.cue or s.extra.get("locative")):
        return False  # "an all-black Zhongshan suit", "a Panama hat": a style named after a place, no place
    if s.extra.get("name_before") and s.key in FEATURE_TAILS:
        return False  # "the Ryukyu Islands" (the gazetteer lacks them) is no Islands district of Hong Kong
    if s.extra.get("name_goes_on") and s.extra.get("next", "").lower() in SITE_HEADS:
        return False  # "a picket in Roman Road", "Damascus Street": a street or square named after a place, no town
    if s.extra.get("name_before") and s.label is None and not s.extra.get("generic_head"):
        return False  # "in Let Yet Kone village" (no entity): the end of a longer name the gazetteer lacks, no Koné
    if s.extra.get("honorific") or s.extra.get("website") or s.extra.get("agency"):
        return False  # "Governor Zulum", "Mr Oban", "premiumtimesng.com", "Xinhua reported": a person, site or wire
    if s.extra.get("named_in_unit"):
        return True  # "shelled Thantlang in Chin State": placed at the unit (hierarchy.constrain)
    cands = s.entries[:40]
    best = max(cands, key=lambda e: prior(gaz, e)) if cands else None
    if s.extra.get("body_apposed") and (best is None or gaz.level[best] not in (COUNTRY, ADMIN1)):
        return False  # "talks broke down at Acas, the conciliation service": an appositive naming a body renames a body
    if s.extra.get("title") and s.label not in PLACE_LABELS and (best is None or gaz.level[best] not in (COUNTRY, ADMIN1)):
        return False  # "Admiral of the Fleet", "Chancellor of the Exchequer"
    if s.text.isupper() and len(s.key) <= 4 and best is not None and gaz.level[best] not in (COUNTRY, ADMIN1):
        return False  # acronyms (CDC, BBC) that happen to name a village
    if (s.text.isupper() and len(s.key) <= 4 and best is not None and gaz.level[best] == ADMIN1
            and s.key not in main_keys(gaz.names[best]) and focus.get(gaz.country[best], 0.0) < MIN_FOCUS):
        return False  # a province's code ("NSW") in a story about its country only: "TKM", a firm's initials, is no Tulkarm
    if (s.extra.get("directed") and best is not None and gaz.level[best] in (COUNTRY, ADMIN1)
            and s.extra.get("ent") in (None, (s.start, s.end)) and not s.extra.get("possessive")):
        return True  # "in central Mali" (PERSON): a direction word after a preposition of place parts a country or province
    if s.extra.get("generic_head"):
        # "Wadi Barada", "Kafr Nabl", "Dogon Noma": a name whose first word says it is a place, unless it begins a
        # longer name of something else ("the Wadi Barada Water Authority"); found by its skeleton only, it keeps
        # its readings on the terms of any such name, else stays a place the gazetteer lacks
        ent = s.extra.get("ent")
        if s.label in OTHER_LABELS and ent is not None and ent[1] > s.end:
            return False
        if s.extra.get("variant") and sum(focus.values()) >= MIN_FOCUS:
            s.entries = [e for e in s.entries if focus.get(gaz.country[e], 0.0) >= MIN_FOCUS or gaz.level[e] == COUNTRY]
        return True
    if s.extra.get("variant"):
        return _variantis_place(gaz, s, focus)
    if s.label in PLACE_LABELS:
        ent = s.extra.get("ent")
        return s.key not in STOP_WORDS or (ent is not None and ent == (s.start, s.end))
    if best is None or s.key in STOP_WORDS:
        return False
    if s.cue:
        return True
    if s.extra.get("attacked") and s.label != "PERSON" and _city_of_that_name(gaz, s, cands):
        # the object of "shelled", "overran": a city of that very name, big enough not to be a namesake of a
        # person or a firm ("captured Smith" is no Smith County)
        return True
    if (s.extra.get("attacked") and s.label == "PERSON" and s.extra.get("ent") == (s.start, s.end)
            and not s.extra.get("possessive") and _seat_of_that_name(gaz, s, cands)):
        # "M23 rebels shelled Goma" (PERSON): the object of a verb of attack that the gazetteer has as the seat of
        # its unit, of that very name and some size, is that town, not a person
        return True
    if (s.extra.get("bracketed") and s.label in ("PERSON", "ORG") and s.extra.get("ent") == (s.start, s.end)
            and _of_that_name(gaz, s, cands, (ADMIN1,))):
        # "in Kyaukphyu township (Rakhine)" (PERSON): a province of that very name in brackets after a place is
        # that place's parent
        return True
    if (s.extra.get("attacked_place") and s.label in ("PERSON", "ORG") and s.extra.get("ent") == (s.start, s.end)
            and not s.extra.get("possessive")
            and any(gaz.population[e] >= ATTACKED_SEAT_MIN_POPULATION for e in _of_that_name(gaz, s, cands))):
        # "Russian artillery shelled Kherson" (PERSON), "retook Rutshuru": the object of a verb that takes only
        # places, a town of that very name and some size (the gazetteer does not mark every seat as one)
        return True
    if s.extra.get("locative") and not s.extra.get("possessive"):
        # "in Dori" (no entity), "in Sokoto on June 13" (read as one DATE): spaCy's small model misses
        # them, or calls them a nationality, an organisation or a person ("in Kidal", "control of
        # Palmyra"); inside a longer entity a name is no place at all, nor before a possessive ("at
        # Khan's rally").
        if s.label not in OTHER_LABELS and not (s.label is None and s.extra.get("name_goes_on")) and _in_focus(
                gaz, s, None, levels=(ADMIN1, ADMIN2), min_pop=LOCATIVE_MIN_POPULATION):
            # (a name spaCy has no entity for that runs on into capitalised words the gazetteer lacks is a
            # longer name: "Near Dayr Az Zayr" is no Dyer, Indiana)
            return True
        if s.label is None and not s.extra.get("name_goes_on") and _in_focus(gaz, s, focus, levels=(ADMIN1, ADMIN2, PPL)):
            # "Near Ayn Isa," in a story about Syria: a name spaCy has no entity for, after a preposition of
            # place, that the gazetteer has in a country the story is about, is that town however small (the
            # data give many towns of a war no population at all)
            return True
        if s.label in OTHER_LABELS and s.extra.get("ent") == (s.start, s.end) and _in_focus(
                gaz, s, focus if s.label in ("PERSON", "ORG") else None, levels=(ADMIN1, ADMIN2),
                min_pop=LOCATIVE_MIN_POPULATION, min_focus=0.5):
            # A person or organisation ("Wagner") needs the country too: half the usual focus will do.
            return True
        if (s.label in ("PERSON", "ORG") and s.extra.get("ent") == (s.start, s.end) and " " not in s.key
                and not s.sentence_start and _named_country_town(gaz, s, focus)):
            # "Nigeria's army said ... Fighters struck troops in Gajiram" (ORG): a town of a country the story names
            # as such, however small (the data give many towns of a war no population)
            return True
        if s.label in ("PERSON", "ORG") and s.extra.get("ent") == (s.start, s.end) and _city_of_that_name(gaz, s, cands):
            # "in Bamenda" (ORG), "near Hamilton" (PERSON): after a preposition of place, a city of that very name
            # big enough not to be a namesake of a person or a firm, as the object of "shelled" above
            return True
        if (s.label == "PERSON" and s.extra.get("ent") == (s.start, s.end) and s.extra.get("place_only")
                and _abroad_by_alias_only(gaz, s, cands, focus)):
            # "a police post near Boni" (PERSON) in a story about Kenya: the gazetteer's only readings are other
            # languages' names of towns abroad (Bonn), so the place is one it lacks, placed by the story's others
            s.entries = []
            return True
        if s.label == "PERSON" and s.extra.get("ent") == (s.start, s.end) and _seat_of_that_name(gaz, s, cands):
            # "UN peacekeepers deployed near Goma" (PERSON) in a story that names only Rwanda: after a preposition
            # of place, the seat of a province of that very name and some size is that town, as after "shelled"
            # (the data's figures for the towns of a war are often old: Goma has 78,200)
            return True
        if s.label in ("PERSON", "ORG") and not focus and (
                _in_focus(gaz, s, None, levels=(ADMIN1,)) or any(e in chief_towns(gaz) for e in s.entries[:40])):
            # "officials in Uruzgan said" (ORG), "a shell hit a market in Lashkar Gah" (PERSON) with no other
            # place to give a focus: a province, or its chief town, is named for itself
            return True
    if s.label in OTHER_LABELS and s.extra.get("owns") in GOVERNMENT_NOUNS and s.extra.get("ent") == (s.start, s.end) \
            and gaz.level[best] == COUNTRY and fold_name(gaz.names[best]) == s.key:
        return True  # "Mali's army", "Chad's government" (spaCy: a person): the country, owner of its forces
    if s.label in OTHER_LABELS:
        ent = s.extra.get("ent")
        if ent != (s.start, s.end):
            if (ent[1] == s.end and (s.extra.get("bracketed") or s.extra.get("after_comma"))
                    and gaz.level[best] in (COUNTRY, ADMIN1) and s.key not in STOP_WORDS):
                # "a market (Soum, Burkina Faso)" (ORG), "at Kidal (Mali" (WORK_OF_ART): a country or province
                # told after a comma or a bracket says where the name before it lies; it is no part of a name
                return True
            if (s.label in ("ORG", "FAC") and gaz.level[best] in (COUNTRY, ADMIN1) and s.key not in STOP_WORDS
                    and not (s.extra.get("name_before") and s.key != fold_name(gaz.names[best]))):
                # (a word that only one of its other names holds, after another name word, is a word of the
                # body's name: "Free" of "the Winnipeg Free Press" is no Free State)
                # "the U.S. Centers for Disease Control", "Environment Canada": the state the
                # body belongs to, named as such (an actor, so a metonym); "Kabul Airport" is a place.
                s.extra["inside"] = s.label
                return True
            return False  # part of a longer name: "Washington Post", "George Washington"
        if s.label == "PERSON":  # surnames are towns somewhere; take only units of the focus country
            return _in_focus(gaz, s, focus, levels=(ADMIN1, ADMIN2, COUNTRY))
        if gaz.level[best] == PPL and gaz.population[best] >= 500_000:
            return True  # a big city tagged ORG as a whole ("Edmonton"); "Edmonton Oilers" is longer
        return gaz.level[best] == COUNTRY or _in_focus(gaz, s, focus, levels=(ADMIN1, ADMIN2, COUNTRY), min_pop=100_000)
    # no entity at all
    if s.sentence_start and " " not in s.key:
        return gaz.level[best] == COUNTRY or _in_focus(gaz, s, focus, levels=(ADMIN1, ADMIN2))
    if gaz.level[best] in (COUNTRY, OTHER):
        return True
    return _in_focus(gaz, s, focus, levels=(ADMIN1, ADMIN2), min_pop=20000) or (
        gaz.level[best] in (ADMIN1, PPL) and int(gaz.population[best]) >= GAZETTEER_ONLY_MIN_POPULATION
        and " " in s.key)


def _of_that_name(gaz: Gazetteer, s: Span, cands: list[int], levels: tuple[int, ...] = (PPL,)) -> list[int]:
    """The candidates at ``levels`` whose own name is exactly the span's (not an alternate spelling)."""
    return [e for e in cands if gaz.level[e] in levels and fold_name(gaz.names[e]) == s.key]


def _city_of_that_name(gaz: Gazetteer, s: Span, cands: list[int]) -> bool:
    """Whether the gazetteer has a town of exactly the span's name with at least GAZETTEER_ONLY_MIN_POPULATION people."""
    return any(gaz.population[e] >= GAZETTEER_ONLY_MIN_POPULATION for e in _of_that_name(gaz, s, cands))


def _named_country_town(gaz: Gazetteer, s: Span, focus: Counter) -> bool:
    """Whether the span's name is, by its own spelling, a town or district of a country with a whole country's
    weight of focus (a country named as such) and of no other country the story is about."""
    cands = _of_that_name(gaz, s, s.entries[:40], (PPL, ADMIN2))
    countries = {gaz.country[e] for e in cands if focus.get(gaz.country[e], 0.0) > 0}
    return len(countries) == 1 and focus[next(iter(countries))] >= 1.0


def _abroad_by_alias_only(gaz: Gazetteer, s: Span, cands: list[int], focus: Counter) -> bool:
    """Whether a story firmly about a country (a country's weight of focus) reads a name only as alternate names
    of towns in countries it does not name: Boni as Bonn (Germany) or Watampone (Indonesia) in a Kenyan story."""
    if not cands or not focus or focus.most_common(1)[0][1] < 1.0:
        return False
    return all(gaz.level[e] in (PPL, ADMIN2) and s.key not in main_keys(gaz.names[e])
               and focus.get(gaz.country[e], 0.0) < MIN_FOCUS for e in cands)


def _seat_of_that_name(gaz: Gazetteer, s: Span, cands: list[int]) -> bool:
    """Whether the gazetteer has a seat of a unit (a capital) of exactly the span's name with at least
    ATTACKED_SEAT_MIN_POPULATION people."""
    return any(gaz.capital[e] >= 1 and gaz.population[e] >= ATTACKED_SEAT_MIN_POPULATION
               for e in _of_that_name(gaz, s, cands))


def _variantis_place(gaz: Gazetteer, s: Span, focus: Counter) -> bool:
    """A name found only by its transliteration skeleton needs more than the gazetteer's word, since
    personal names share their roots with places (Soleimani, Sulaymaniyah): a cue ("Tarin Kowt
    district", "the town of ...") or a preposition of place ("in Tarin Kowt", which spaCy may call a
    person); and its candidates must lie in a country the document is about. Failing that, a name
    spaCy calls a place stays one, unresolved, as it would without the skeletons."""
    as_entity = s.label in PLACE_LABELS and s.extra.get("ent") == (s.start, s.end)
    qualified = QUALIFIER.match(s.text)  # "Lower Shabelle", "North Kivu": a qualifier opens many names of regions
    words = (qualified.group(1) if qualified else s.text).split()
    if any(w.lower() in STOP_WORDS for w in words):
        return False
    ent = s.extra.get("ent")
    if s.label in OTHER_LABELS and ent is not None and ent != (s.start, s.end):
        return False  # part of a longer name
    supported = (s.cue and s.label not in ("PERSON", "NORP")) or s.extra.get("bracketed") or (
        s.extra.get("locative") and not s.extra.get("possessive") and not s.sentence_start)
    # (searched outside the skeleton's own countries: Messina matches "Misan" by its consonants too)
    home = respelt_in_focus(gaz, s.text, focus, frozenset(gaz.country[e] for e in s.entries)) if supported else []
    if home and (focus[gaz.country[home[0]]] > max((focus.get(gaz.country[e], 0.0) for e in s.entries), default=0.0) or (
            _of_level(gaz, s, home) and not _of_level(gaz, s, s.entries))):
        # "in Misan province" in a story about Iraq that names Italy once: the skeleton's readings lie in countries
        # the story is less about (Messina), or are not of the level its kind word says, and a unit or town of a
        # main country spelt with the same consonants (Maysan) is the likelier name
        s.entries = home
    if supported and sum(focus.values()) >= 1.0:
        s.entries = [e for e in s.entries if focus.get(gaz.country[e], 0.0) >= 0.3 or gaz.level[e] == COUNTRY]
    if supported and s.entries and (s.cue or _in_focus(gaz, s, None, levels=(ADMIN1, ADMIN2))):
        return True
    if as_entity and sum(focus.values()) >= 1.0:
        # "Afgoye, Lower Shabelle, Somalia": a name spaCy calls a place, read as a unit of a country the story is about
        units = [e for e in s.entries if focus.get(gaz.country[e], 0.0) >= MIN_FOCUS and gaz.level[e] in (ADMIN1, ADMIN2)]
        if units:
            s.entries = units
            return True
    s.entries = []
    return as_entity or bool(s.extra.get("kind_of"))  # ("the town of Dabiq", no Dubuque: a place the gazetteer lacks)


def _of_level(gaz: Gazetteer, s: Span, cands: list[int]) -> bool:
    """Whether a kind word after or before the name ("province") gives its level and a candidate is of it."""
    return s.level_hint is not None and any(gaz.level[e] == s.level_hint for e in cands)


def _in_focus(gaz: Gazetteer, s: Span, focus: Optional[Counter], levels: tuple[int, ...], min_pop: int = 0,
              min_focus: float = 0.7) -> bool:
    """Whether a candidate lies in a country the document is about (any country when ``focus`` is
    None) and is either of ``levels`` or a town of at least ``min_pop`` people (when ``min_pop`` is set)."""
    for e in s.entries[:40]:
        c = gaz.country[e]
        if focus is not None and (not c or focus.get(c, 0) < min_focus):
            continue
        if gaz.level[e] == ADMIN2 and fold_name(gaz.names[e]).startswith(s.key + " "):
            continue  # "Steele" is a surname before it is Steele County
        if gaz.level[e] in levels or (min_pop and gaz.level[e] == PPL and gaz.population[e] >= min_pop):
            return True
    return False


def inner_name_spans(gaz: Gazetteer, rejected: list[Span], known: set[str]) -> list[Span]:
    """Rejected spans that are places named inside a longer name of an organisation, building or event
    ("the Winnipeg Free Press", "the Vietnam war"): a unit, a big town, or a name ``known`` as a place
    elsewhere in the story."""
    inner = []
    for s in rejected:
        ent = s.extra.get("ent")
        if (s.label not in _NAME_LABELS or ent is None or ent == (s.start, s.end) or not s.entries
                or refused_as_person_or_site(s) or s.key in STOP_WORDS or s.text in DEMONYMS
                or s.extra.get("variant") or _DISEASE_AFTER.match(s.extra.get("next", ""))):
            continue  # (nor a disease named after a place: "the Ebola Reston virus")
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
