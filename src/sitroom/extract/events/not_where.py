"""Places a sentence names that are not where its event happened: a person's home town or where someone is based,
a lake's or a basin's name, the seat in a person's style or a name of theirs, a country naming a side. Read by
pick_location (arguments.py) and the article's focus (conventions.py)."""

from __future__ import annotations

import re

from ...lang.en.actors.vocabulary import FAMILY_NOUNS
from ...lang.en.events.arguments import (ATTACKED_BEFORE, BASED_AT, BASED_IN, COURSE_END_AFTER, COURSE_END_BEFORE,
                                         COURSE_START_AFTER, FEATURE_AFTER, FEATURE_BEFORE, HOME_TOWN,
                                         PERSON_POSSESSIVE, SEAT_OF)
from ...lang.en.events.demonstrations import NOUN_MODIFIER_DEPS
from ...lang.en.metonymy import GOVERNMENT_NOUNS, MISSION_NOUNS
from ...lang.en.places import (ALLY_BEFORE, HONORIFICS, ORIGIN_PERSON_NOUNS, POSSESSIVE_S, RANK_ADJECTIVES,
                                RANK_AS_NOUN, TITLE_AFTER, TITLE_HEADS, WEAPON_NOUNS, WORD_AFTER_COUNTRY)
from ...records import PlaceMention


def is_home_town(text: str, start: int) -> bool:
    """Whether the place named at ``start`` is a person's home town or birthplace ("Dayton, 42, of
    Woodbridge, Virginia"), not where anything happened."""
    return _told_before(HOME_TOWN, text, start)


def is_origin(text: str, p: PlaceMention, based_at: bool = True) -> bool:
    """Whether the place ``p`` says where someone comes from or is based ("their Ohio-based church"), not
    where anything happened; before the place too (``based_at``): "a unit based at Fort Campbell, Kentucky")."""
    return (is_home_town(text, p.start) or bool(BASED_IN.match(text, p.end))
            or based_at and is_based_at(text, p))


def is_based_at(text: str, p: PlaceMention) -> bool:
    """Whether the place ``p`` follows "based at/in" ("troops based in Kismayo"): a unit's or a body's home."""
    return _told_before(BASED_AT, text, p.start)


def attacked_at_home(text: str, p: PlaceMention) -> bool:
    """Whether the place ``p`` is the home of people an attack's verb takes as its object ("attacked Chadian
    peacekeepers based in Aguelhok", "ambushed Kenyan troops based in Kismayo"): where they were hit when the
    sentence names no other place."""
    m = BASED_AT.search(text, max(0, p.start - 80), p.start)
    return m is not None and bool(ATTACKED_BEFORE.search(text, max(0, m.start() - 80), m.start()))


def _told_before(pattern: re.Pattern, text: str, start: int) -> bool:
    """Whether ``pattern`` ends right before ``start``, within a clause's length (a name of a few words, its
    parents)."""
    return bool(pattern.search(text, max(0, start - 80), start))


def names_a_feature(text: str, p: PlaceMention) -> bool:
    """Whether the place ``p`` is part of the name of a lake, river or basin ("the Lake Chad Basin", "the Niger
    Delta"): that feature's, not the place where anything happened. After "Lake" or "River" whatever the place
    was resolved to ("on the shores of Lake Chad in Borno state" had become a place named Chad in Borno); a
    country only before "Basin", "Delta" or "River" (a county may be named so: "Tana River")."""
    if FEATURE_BEFORE.search(text[max(0, p.start - 12):p.start]):
        return True
    return p.level == "country" and bool(FEATURE_AFTER.match(text, p.end))


def names_a_course(text: str, p: PlaceMention) -> bool:
    """Whether the place ``p`` is an end of a race or a journey named by its towns ("the Sydney to Hobart yacht
    race"): the course's, not where anything on it happened."""
    if COURSE_START_AFTER.match(text, p.end):
        return True
    return bool(COURSE_END_BEFORE.search(text[max(0, p.start - 40):p.start]) and COURSE_END_AFTER.match(text, p.end))


def in_a_style(text: str, p: PlaceMention) -> bool:
    """Whether the place ``p`` completes a person's or an institution's style ("Bishop Matthew Hassan Kukah of
    Sokoto", "the Coptic Orthodox Church of Alexandria"): whose they are, not where anything happened."""
    return bool(SEAT_OF.search(text, max(0, p.start - 60), p.start))


def is_a_persons(text: str, p: PlaceMention) -> bool:
    """Whether the place ``p`` names a person, not where anything happened: the seat in their style ("Bishop
    Kukah of Sokoto, Nigeria, said") or a name of theirs the gazetteer has as a place ("Booker's hometown")."""
    return in_a_style(text, p) or bool(PERSON_POSSESSIVE.match(text, p.end))


# A country before one of these words names whose official, government, forces or embassy ("the US Secretary of
# State", "Central Africa director", "Turkey's army", "Iran's embassy").
_SIDE_WORDS = HONORIFICS | TITLE_HEADS | GOVERNMENT_NOUNS | MISSION_NOUNS


def names_a_side(text: str, p: PlaceMention) -> bool:
    """Whether the country ``p`` names a side, not where anything happened: before an official's title or a
    word for a government and its forces ("the US Secretary of State", "US envoy", "US Vice President"), or after "ally"
    ("aided by strong support from our ally Turkey")."""
    if p.level != "country":
        return False
    nxt = WORD_AFTER_COUNTRY.match(text, p.end)
    if nxt is not None and nxt.group(1).lower() in _SIDE_WORDS and not (
            nxt.group(1) in RANK_ADJECTIVES and not RANK_AS_NOUN.match(text, nxt.end())):
        return True
    title = TITLE_AFTER.match(text, p.end)
    if title is not None and any(w and w.lower() in TITLE_HEADS for w in title.groups()):
        return True
    return bool(ALLY_BEFORE.search(text[max(0, p.start - 30):p.start]))


# The nouns of people, of armed forces and their strikes (actors' FAMILY_NOUNS) and of weapons, longest first: a
# country's name that qualifies one says whose they are.
_QUALIFIER_DEPS = (*NOUN_MODIFIER_DEPS, "npadvmod")  # ("US B-52 bombers": the parser's npadvmod)
_WHOSE_NOUNS = tuple(sorted(set(FAMILY_NOUNS["military"]) | set(FAMILY_NOUNS["civilians"]) | WEAPON_NOUNS, key=len,
                            reverse=True))


def names_whose(doc, p: PlaceMention) -> bool:
    """Whether the country ``p`` only qualifies a noun of people, of forces or of weapons as their nationality or
    owner ("16 U.S. citizens", "US B-52 bombers", "United States air strikes on Al Qaeda", "a misguided US bomb"), as a nationality word would: where
    they come from, not where the event happened. A town only as a person's home ("an Adelaide man": _names_home). A country that is the place stays ("in the US", "the US
    capital"), and so does one that qualifies an act ("the Iraq attack")."""
    if doc is None:
        return False
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    if span.start > 0 and doc[span.start - 1].pos_ == "ADP":
        return False  # "In Syria civilians were killed": a place after its preposition, whatever the parse hangs it on
    if p.level != "country":
        return _names_home(doc, span)
    # up the noun phrase it qualifies to its head noun ("US" -> "B-52" -> "bombers")
    head, hops = span.root, 0
    while head.dep_ in _QUALIFIER_DEPS and head.head.i > head.i and hops < 3:
        head, hops = head.head, hops + 1
    if hops == 0 or head.i < span.end:
        return False
    # the words from the name to the noun it qualifies ("citizens", "B-52 bombers", "'s army")
    # (the tokens' own text: doc.text would rebuild the whole document's text on every call)
    rest = POSSESSIVE_S.sub("", doc[span.end:head.i + 1].text.lower().strip()).strip()
    return any(rest == w or rest.endswith(" " + w) for w in _WHOSE_NOUNS)


def _names_home(doc, span) -> bool:
    """Whether the town or province ``span`` qualifies the noun of a private person right after it, inside a noun
    phrase that opens before it ("an Adelaide man", "two Sydney women", "the 26-year-old Dayton father"): their
    home, as a demonym ("an Australian man") would say, not where anything happened. Not the town's bodies or
    buildings ("Adelaide police", "a Kabul hospital"), nor a sentence opening on the name ("Kabul women marched")."""
    if span.end >= len(doc) or span.start == 0:
        return False
    noun = doc[span.end]
    if noun.lower_ not in ORIGIN_PERSON_NOUNS or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ == "compound":
        # (the person noun heads the phrase: "the Kano youth leader" is a leader of the town's youth)
        return False
    return doc[span.start - 1].pos_ in ("DET", "NUM", "ADJ") or doc[span.start - 1].tag_ == "PRP$"
