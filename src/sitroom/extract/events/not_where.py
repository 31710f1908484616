"""Places a sentence names that are not where its event happened: a person's home town or where someone is based,
a lake's or a basin's name, the seat in a person's style or a name of theirs, a country naming a side. Read by
pick_location (arguments.py) and the article's focus (conventions.py)."""

from __future__ import annotations

import re

from ...lang.en.events.arguments import ATTACKED_BEFORE, BASED_AT, BASED_IN, FEATURE_AFTER, FEATURE_BEFORE, HOME_TOWN, PERSON_POSSESSIVE, SEAT_OF
from ...lang.en.metonymy import GOVERNMENT_NOUNS, MISSION_NOUNS
from ...lang.en.places import HONORIFICS, RANK_ADJECTIVES, RANK_AS_NOUN, TITLE_HEADS
from ...records import PlaceMention


def is_home_town(text: str, start: int) -> bool:
    """Whether the place named at ``start`` is a person's home town or birthplace ("Dayton, 42, of
    Woodbridge, Virginia"), not where anything happened."""
    return bool(HOME_TOWN.search(text, max(0, start - 80), start))


def is_origin(text: str, p: PlaceMention, based_at: bool = True) -> bool:
    """Whether the place ``p`` says where someone comes from or is based ("their Ohio-based church"), not
    where anything happened; before the place too (``based_at``): "a unit based at Fort Campbell, Kentucky")."""
    return (is_home_town(text, p.start) or bool(BASED_IN.match(text, p.end))
            or based_at and is_based_at(text, p))


def is_based_at(text: str, p: PlaceMention) -> bool:
    """Whether the place ``p`` follows "based at/in" ("troops based in Kismayo"): a unit's or a body's home."""
    return bool(BASED_AT.search(text, max(0, p.start - 80), p.start))


def attacked_at_home(text: str, p: PlaceMention) -> bool:
    """Whether the place ``p`` is the home of people an attack's verb takes as its object ("attacked Chadian
    peacekeepers based in Aguelhok", "ambushed Kenyan troops based in Kismayo"): where they were hit when the
    sentence names no other place."""
    m = BASED_AT.search(text, max(0, p.start - 80), p.start)
    return m is not None and bool(ATTACKED_BEFORE.search(text, max(0, m.start() - 80), m.start()))


def names_a_feature(text: str, p: PlaceMention) -> bool:
    """Whether the place ``p`` is part of the name of a lake, river or basin ("the Lake Chad Basin", "the Niger
    Delta"): that feature's, not the place where anything happened. After "Lake" or "River" whatever the place
    was resolved to ("on the shores of Lake Chad in Borno state" had become a place named Chad in Borno); a
    country only before "Basin", "Delta" or "River" (a county may be named so: "Tana River")."""
    if FEATURE_BEFORE.search(text[max(0, p.start - 12):p.start]):
        return True
    return p.level == "country" and bool(FEATURE_AFTER.match(text, p.end))


def in_a_style(text: str, p: PlaceMention) -> bool:
    """Whether the place ``p`` completes a person's or an institution's style ("Bishop Matthew Hassan Kukah of
    Sokoto", "the Coptic Orthodox Church of Alexandria"): whose they are, not where anything happened."""
    return bool(SEAT_OF.search(text, max(0, p.start - 60), p.start))


def is_a_persons(text: str, p: PlaceMention) -> bool:
    """Whether the place ``p`` names a person, not where anything happened: the seat in their style ("Bishop
    Kukah of Sokoto, Nigeria, said") or a name of theirs the gazetteer has as a place ("Booker's hometown")."""
    return in_a_style(text, p) or bool(PERSON_POSSESSIVE.match(text, p.end))


# A country before one of these words names whose official, government, forces or embassy ("the US Secretary of
# State", "Central Africa director", "Turkey's army", "Iran's embassy"); after "ally", a side ("our ally Turkey").
_SIDE_WORDS = HONORIFICS | TITLE_HEADS | GOVERNMENT_NOUNS | MISSION_NOUNS
_NEXT_WORD = re.compile(r"[ \u2019']*(?:s[ ]+)?(?:and [A-Z][A-Za-z.-]+ )?([A-Za-z]+)")  # "U.S. and British warplanes"
_ALLY_BEFORE = re.compile(r"\b(?:ally|allies|partner|partners)\s+(?:of\s+)?$", re.I)


def names_a_side(text: str, p: PlaceMention) -> bool:
    """Whether the country ``p`` names a side, not where anything happened: before an official's title or a
    word for a government and its forces ("the US Secretary of State", "US envoy"), or after "ally"
    ("aided by strong support from our ally Turkey")."""
    if p.level != "country":
        return False
    nxt = _NEXT_WORD.match(text, p.end)
    if nxt is not None and nxt.group(1).lower() in _SIDE_WORDS and not (
            nxt.group(1) in RANK_ADJECTIVES and not RANK_AS_NOUN.match(text, nxt.end())):
        return True
    return bool(_ALLY_BEFORE.search(text[max(0, p.start - 30):p.start]))
