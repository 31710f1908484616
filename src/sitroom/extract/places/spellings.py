"""Names the gazetteer has under another spelling, found among the places of the countries a story is about.

The name index covers every name as the data spell it, and its transliteration skeletons (``assemble``) the
names of units and of towns of some size only, since a skeleton of every village would make namesakes of
half the words of a text. The towns of a war are often neither: the data give Tall 'Afar, Al Hawijah or Ash
Shaddadah no population, and the news writes them "Tal Afar", "Al Huwayjah", "Al Shadaddi". Such a name is
found here when the text puts it after a preposition of place ("near Tal Afar") and a town of a country the
story is about has the same consonants in the same order (:func:`consonant_key`): the vowels are what
transliterations disagree on most.
"""

from __future__ import annotations

from collections import Counter

import numpy as np

from ...lang.en.placenames import consonant_key
from ...lang.en.places import ENTITY_LEADING_PREPOSITIONS
from ...read.nlp import doc_text
from .assemble import VARIANTS_MIN_POPULATION
from .demonyms import demonym_countries
from .gazetteer import ADMIN1, COUNTRY, PPL, Gazetteer
from .normalise import fold_name
from .cues import LOCATIVE
from .recognise import JOINER_TOKEN, NAME_INNER, POSSESSIVE, STOP_WORDS, Span
from .tables import DEMONYMS

# A country counts as what the story is about from this share of the focus (focus.country_focus weights).
MIN_FOCUS = 0.7
# The countries searched: the story's main ones.
MAX_COUNTRIES = 3
# Towns of this size are searched by their consonants too, like the provinces.
BIG_TOWN = 100_000
# Consonant keys shorter than this match too many towns of one country.
MIN_CONSONANTS = 3
_WORDS_MAX = 5

_MEMBERS: dict[int, dict[str, list[int]]] = {}
_BY_COUNTRY: dict[tuple[int, str], dict[str, list[int]]] = {}


def _country_keys(gaz: Gazetteer, iso2: str) -> dict[str, list[int]]:
    """The consonant keys of the towns of one country that the skeleton index leaves out (``assemble``: towns
    under VARIANTS_MIN_POPULATION, most of them of no known population), and of its provinces and big towns,
    whose names the news misspells most ("Dayr Az Zayr"), in the gazetteer's order."""
    cached = _BY_COUNTRY.get((id(gaz), iso2))
    if cached is not None:
        return cached
    members = _MEMBERS.get(id(gaz))
    if members is None:
        level, population, capital = (np.asarray(a) for a in (gaz.level, gaz.population, gaz.capital))
        small = np.flatnonzero(((level == PPL) & (population < VARIANTS_MIN_POPULATION) & (capital == 0))
                               | (level == ADMIN1) | ((level == PPL) & (population >= BIG_TOWN)))
        members = {}
        for e in small.tolist():
            members.setdefault(gaz.country[e], []).append(e)
        _MEMBERS.clear()
        _MEMBERS[id(gaz)] = members
    keys: dict[str, list[int]] = {}
    for e in members.get(iso2, ()):
        k = consonant_key(gaz.names[e])
        if len(k) >= MIN_CONSONANTS:
            keys.setdefault(k, []).append(e)
    _BY_COUNTRY[(id(gaz), iso2)] = keys
    return keys


def _match(gaz: Gazetteer, name: str, countries: list[str]) -> list[int]:
    key = consonant_key(name)
    if len(key) < MIN_CONSONANTS or len(fold_name(name).replace(" ", "")) < 5:
        return []
    for iso2 in countries:
        found = _country_keys(gaz, iso2).get(key)
        if found:
            return found
    return []


def respelt_in_focus(gaz: Gazetteer, name: str, focus: Counter, skip: frozenset = frozenset()) -> list[int]:
    """The towns and units of the story's main countries, but those in ``skip``, that ``name`` spells with the same
    consonants ("Misan" for Maysan), none when the story has no other main country."""
    return _match(gaz, name, [c for c, w in focus.most_common(MAX_COUNTRIES) if w >= MIN_FOCUS and c and c not in skip])


def respelt_spans(doc, gaz: Gazetteer, kept: list[Span], rejected: list[Span], focus: Counter) -> list[Span]:
    """Spans for runs of name words after a preposition of place that no resolved place covers and that name a
    town or unit of a focus country under another spelling; each is longer than any rejected candidate it
    overlaps ("Afar" of "near Tal Afar"), whose place it takes, and takes that of a name spaCy calls a place
    that the gazetteer lacks ("in Yekaterinbrug"). Acronyms ("from ISIL control") and nationality words are
    no such names."""
    countries = [c for c, w in focus.most_common(MAX_COUNTRIES) if w >= MIN_FOCUS and c]
    if not countries:
        return []
    text = doc_text(doc)
    named = [(c, a) for c, a, _ in demonym_countries(doc)]
    # A name spaCy calls a place that the gazetteer lacks ("Yekaterinbrug") may be searched too.
    taken = [(s.start, s.end) for s in kept if s.entries]
    ents = {t: ent for ent in doc.ents for t in range(ent.start, ent.end)}
    out: list[Span] = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        i += 1
        if (not tok.text[:1].isupper() or not tok.text[:1].isalpha()
                or not LOCATIVE.search(text[max(0, tok.idx - 40):tok.idx])
                or any(a <= tok.idx < b for a, b in taken)):
            continue
        run = _name_run(doc, tok.i)
        # The whole run of name words only: its first words alone ("Cyclone" of "in Cyclone Larry's path") are
        # no name of their own.
        first, last = doc[run[0]], doc[run[-1]]
        start, end = first.idx, last.idx + len(last.text)
        possessive = POSSESSIVE.search(last.text)
        if possessive and len(last.text) > 3:
            end -= len(possessive.group(0))
        name = text[start:end]
        i = run[-1] + 1
        if (fold_name(name) in STOP_WORDS or first.text in DEMONYMS or (name.isupper() and len(name) <= 5)
                or any(a < end and start < b for a, b in taken) or _inside_longer_entity(ents, run[0], run[-1])
                or any(r.start < end and start < r.end and r.end - r.start >= end - start for r in rejected)):
            continue
        entries = _match(gaz, name, _countries_for(gaz, doc, first, kept, named, countries))
        if entries:
            out.append(Span(start, end, name, fold_name(name), list(entries), extra={"variant": True, "respelt": True}))
            taken.append((start, end))
    return out


def _countries_for(gaz: Gazetteer, doc, tok, kept: list[Span], named: list[tuple[str, int]],
                   countries: list[str]) -> list[str]:
    """The focus countries searched for a name, the one its sentence names last before it first; a country that the
    sentence names before that one is the actor's, not the place's ("Iran fired missiles at Iraqi bases at Al Asad":
    no namesake in Iran)."""
    sent_start = tok.sent.start_char
    before = sorted([(a, c) for c, a in named if sent_start <= a < tok.idx]
                    + [(s.start, gaz.country[s.entries[0]]) for s in kept
                       if s.entries and sent_start <= s.start and s.end <= tok.idx and gaz.level[s.entries[0]] == COUNTRY])
    if not before:
        return countries
    nearest = before[-1][1]
    earlier = {c for _, c in before if c != nearest}
    return ([nearest] if nearest in countries else []) + [c for c in countries if c != nearest and c not in earlier]


def _name_run(doc, i: int) -> list[int]:
    """The token indices of the name words from ``i``: capitalised words and the joiners and articles between
    them ("Tal Afar", "Dayr Az Zayr", "Qala-i-Naw"), at most five words."""
    run = []
    for j in range(i, min(len(doc), i + 2 * _WORDS_MAX)):
        t = doc[j]
        if t.text[:1].isupper() and t.text[:1].isalpha():
            run.append(j)
        elif t.lower_ in NAME_INNER or JOINER_TOKEN.match(t.text):
            continue
        else:
            break
        if len(run) >= _WORDS_MAX:
            break
    return run


def _inside_longer_entity(ents: dict, first: int, last: int) -> bool:
    """Whether the run is part of a longer named entity that is no place ("Tal Afar Operations Command")."""
    ent = ents.get(first)
    if ent is None or ent.label_ in ("GPE", "LOC"):
        return False
    begins_here = ent.start == first or (ent.start == first - 1 and ent[0].lower_ in ENTITY_LEADING_PREPOSITIONS)
    return not begins_here or ent.end - 1 > last
