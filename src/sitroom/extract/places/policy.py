"""Which candidate names are places here: the recognition policy of the places stage.

A gazetteer match is a place when spaCy agrees, when a cue says so, or when the gazetteer's evidence
and the story's country focus are strong enough. The names it refuses get a second look (second_look.py):
a name that is a place once in a story is that place throughout; a place named inside an organisation's
name is kept apart (a metonym).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from ...lang.en.metonymy import GOVERNMENT_NOUNS
from ...lang.en.places import (FEATURE_TAILS, LANDFORM_NOUNS, PLURAL_ABBREVIATION, SEAT_NOUN_NAMES, STYLE_NOUNS,
                               SITE_HEADS)
from .gazetteer import ADMIN1, ADMIN2, COUNTRY, OTHER, PPL, Gazetteer
from .normalise import fold_name
from .cues import QUALIFIER
from .recognise import LANDMARK_KEYS, OTHER_LABELS, PLACE_LABELS, STOP_WORDS, Span
from .focus import main_keys, prior
from .seats import chief_towns
from .spellings import MIN_FOCUS, respelt_in_focus  # (the focus of a country a story is about)
from .tables import DEMONYMS

DISEASE_AFTER = re.compile(r"^(?:virus|viruses|ebolavirus|fever|flu|strain|disease)$", re.I)
# A place named only by the gazetteer (no spaCy entity, no cue) must be at least this big.
GAZETTEER_ONLY_MIN_POPULATION = 100_000
# A seat that a verb of attack takes, which spaCy calls a person ("shelled Goma"), must be a town at least this big.
ATTACKED_SEAT_MIN_POPULATION = 50_000
# A name after a preposition of place ("in Dori") must be a town at least this big (or a unit).
LOCATIVE_MIN_POPULATION = 5_000


def reads_as_acronym(gaz: Gazetteer, s: Span, entry) -> bool:
    """Whether a name of capitals of four letters at most reads as an acronym ("CDC", "BBC", "the local NGO Human
    Rights Centre", no Nagoya by its airport's code): unless its entry is a country or a province ("US", "NSW")."""
    return s.text.isupper() and len(s.key) <= 4 and entry is not None and gaz.level[entry] not in (COUNTRY, ADMIN1)


def is_place(gaz: Gazetteer, s: Span, focus: Counter) -> bool:
    """Whether a candidate span is a place name here (recognition policy)."""
    if s.key in LANDMARK_KEYS:
        return True
    if s.text in DEMONYMS:
        return False  # nationality words become "origin" mentions, not toponyms
    if PLURAL_ABBREVIATION.fullmatch(s.text):
        return False  # "the release of 80 JWs" (GPE to spaCy): Jehovah's Witnesses, no place
    if s.key in SEAT_NOUN_NAMES:
        return False  # "the Capital", "the federal capital": a description of a seat, not the gazetteer's namesake
    if s.extra.get("after") is None and DISEASE_AFTER.match(s.extra.get("next", "")):
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
    if s.extra.get("person_name"):
        return False  # "the director, Deprose Muchena said" (GPE, found by its skeleton or not at all): a surname
    if s.extra.get("one_name"):
        # "the Tora Bora region" (PERSON to spaCy): a run of names the gazetteer lacks as a whole (pieces.py) is a
        # place where spaCy calls it one or a word of its level after it says so
        # (or a word whose object is only ever a place before it, "near Tora Bora", or the common noun of a landform
        # after it, "Tora Bora mountain": the words say it is a place as a level word does)
        nxt = s.extra.get("next", "")
        return (s.label in PLACE_LABELS or bool(s.extra.get("after")) or bool(s.extra.get("place_only"))
                or (nxt.islower() and (nxt in FEATURE_TAILS or nxt in LANDFORM_NOUNS)))
    if s.extra.get("named_in_unit"):
        return True  # "shelled Thantlang in Chin State": placed at the unit (hierarchy.constrain)
    cands = s.entries[:40]
    best = max(cands, key=lambda e: prior(gaz, e)) if cands else None
    if s.extra.get("body_apposed") and (best is None or gaz.level[best] not in (COUNTRY, ADMIN1)):
        return False  # "talks broke down at Acas, the conciliation service": an appositive naming a body renames a body
    if s.extra.get("title") and s.label not in PLACE_LABELS and (best is None or gaz.level[best] not in (COUNTRY, ADMIN1)):
        return False  # "Admiral of the Fleet", "Chancellor of the Exchequer"
    if reads_as_acronym(gaz, s, best):
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
                _in_focus(gaz, s, None, levels=(ADMIN1,)) or any(e in chief_towns(gaz) for e in s.entries[:40])
                or (" " in s.key and s.extra.get("ent") == (s.start, s.end) and _in_focus(gaz, s, None, levels=(ADMIN2,)))):
            # "officials in Uruzgan said" (ORG), "a shell hit a market in Lashkar Gah" (PERSON) with no other
            # place to give a focus: a province, or its chief town, is named for itself; so is a district or a
            # second-level province whose whole name of several words spaCy takes as one ("in Negros Oriental": ORG)
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
    if s.extra.get("listed") and (gaz.level[best] in (COUNTRY, ADMIN1) or (
            gaz.level[best] == PPL and gaz.population[best] >= GAZETTEER_ONLY_MIN_POPULATION)):
        # "to Ingham or Townsville" (one ORG to spaCy): in a list of names that are all places, a country, a province
        # or a city is named as such, as a longer name the gazetteer has of that size is (its neighbours in the list
        # follow it: second_look.same_name_same_place)
        return True
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
