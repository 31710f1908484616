"""The actor catalogue in memory: actors, people and the one automaton that finds their aliases in text.

:mod:`.catalogue` fills it from the shipped YAML files and the user's; this module matches. Aliases are
matched with one Aho-Corasick automaton over a lower-cased copy of the text that keeps every character
offset, so matching a whole article costs about as much as one pass over its characters.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import ahocorasick

from ...records import ActorRef
from ...lang.en.actors.vocabulary import (
    COALITION_DEFAULT,
    COALITION_OF_COUNTRY,
    COMPOUND_AFTER,
    IN_BEFORE,
    IN_FAMILY,
    OF_NOUNS,
)
from .vocabulary import FAMILY_AFTER, MEMBER_AFTER, MINISTER_AFTER, NOUN_FAMILY, OF_BEFORE, UNIT_AFTER, family_name, named_nonstate

# rapidfuzz ratio a misspelt country or capital must reach ("Afganistan" scores 95, "Austria"/"Australia" 75).
FUZZY_MIN_SCORE = 88

# Alias kinds, in order of trust: a "name" always names the actor; a "generic" phrase
# ("government troops") names the state actor of the document's country; a "place"
# (a country or capital name) names its government only when it acts ("Kabul said").
NAME, GENERIC, PLACE, DEMONYM, PERSON = "name", "generic", "place", "demonym", "person"
# The family of a GENERIC "coalition aircraft": a military coalition, chosen by the document's country.
COALITION = "coalition"
_KIND_RANK = {NAME: 0, GENERIC: 1, PLACE: 2, DEMONYM: 3, PERSON: 4}

_APOSTROPHES = "\u2019\u2018\u02bc`\u00b4"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2212"


@dataclass(frozen=True)
class Actor:
    """A canonical actor: name, ACLED type and interaction code, country (ISO alpha-2)."""

    name: str
    actor_type: str
    inter: int
    country: Optional[str] = None
    aliases: tuple[str, ...] = ()
    parent: Optional[str] = None
    family: Optional[str] = None  # for state and civilian actors: government, military, police, civilians ...

    def ref(self, text: Optional[str] = None) -> ActorRef:
        return ActorRef(name=self.name, text=text, actor_type=self.actor_type, inter=self.inter, country=self.country)


@dataclass(frozen=True)
class Person:
    """A known person: full name, name variants, usual role and organisation (a canonical actor name)."""

    name: str
    aliases: tuple[str, ...] = ()
    role: Optional[str] = None
    organisation: Optional[str] = None


@dataclass(frozen=True)
class AliasHit:
    """What one alias names, and how far to trust it.

    kind: NAME (an actor), GENERIC (a family: "police" takes the context's country),
    PLACE (a country or capital: its government when it acts; a prefix too),
    DEMONYM (only a prefix: "Afghan" + "army"), PERSON (a known person).
    """

    kind: str
    actor: Optional[Actor] = None
    family: Optional[str] = None
    person: Optional[Person] = None
    country: Optional[str] = None  # PLACE and DEMONYM: the country the word names
    # GENERIC office titles ("foreign secretary"): the countries that use the title, the default first.
    countries: tuple[str, ...] = ()


@dataclass(frozen=True)
class Match:
    """An alias found in a text: char span and what it names."""

    start: int
    end: int
    hit: AliasHit


_NORMALISE = str.maketrans({**{c: "'" for c in _APOSTROPHES}, **{c: "-" for c in _DASHES},
                            **{c: " " for c in "\t\n\r\x0b\x0c\xa0\u2009\u200a\u202f\u2007\u3000"}})


def normalise(text: str) -> str:
    """Lower-case ``text`` and unify apostrophes, dashes and spaces, keeping every character offset."""
    low = text.translate(_NORMALISE).lower()
    if len(low) == len(text):
        return low
    # A few characters lower-case to two ("İ"): fall back to a per-character copy.
    out = []
    for ch in text.translate(_NORMALISE):
        lower = ch.lower()
        out.append(lower if len(lower) == 1 else ch)
    return "".join(out)


def _squeeze_spaces(low: str) -> tuple[str, "list[int] | range"]:
    """``low`` with each run of spaces as one space, and each kept character's offset in ``low``: aliases are
    keyed single-spaced, while a text may break a name over a line or space it twice."""
    if "  " not in low:
        return low, range(len(low))
    chars, offsets = [], []
    for i, ch in enumerate(low):
        if ch == " " and i > 0 and low[i - 1] == " ":
            continue
        chars.append(ch)
        offsets.append(i)
    return "".join(chars), offsets


def _alias_key(alias: str) -> str:
    return " ".join(normalise(alias).split())


def _is_acronym(alias: str) -> bool:
    """Short tokens with several capitals ("US", "IS", "MoD", "U.S.") must be written so to match."""
    token = alias.replace(".", "")
    return " " not in alias and len(token) <= 6 and sum(c.isupper() for c in token) >= 2 or alias == "IS"


def _same_capitals(alias: str, surface: str) -> bool:
    """An acronym alias matches only text with the same capital letters ("US" but not "us")."""
    return [c for c in alias if c.isupper()] == [c for c in surface if c.isupper()]


@dataclass
class Catalogue:
    """All actors and people with their alias index. Build with :func:`load_catalogue`."""

    actors: dict[str, Actor] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)  # alpha-2 → short name used in actor names
    demonyms: dict[str, str] = field(default_factory=dict)  # lower-case demonym → alpha-2
    place_names: dict[str, str] = field(default_factory=dict)  # lower-case country/capital name → alpha-2
    generic_base: dict[str, Actor] = field(default_factory=dict)  # family → actor used when the country is unknown
    _hits: dict[str, list[tuple[AliasHit, str]]] = field(default_factory=dict)
    _automaton: Optional[ahocorasick.Automaton] = None

    # --- building -----------------------------------------------------------------------
    def add_actor(self, actor: Actor) -> Actor:
        """Add ``actor`` (merging aliases with an actor of the same name) and index its aliases."""
        known = self.actors.get(actor.name)
        if known is not None:
            actor = Actor(actor.name, actor.actor_type, actor.inter, actor.country,
                          tuple(dict.fromkeys(known.aliases + actor.aliases)), actor.parent or known.parent,
                          actor.family or known.family)
        self.actors[actor.name] = actor
        for alias in (actor.name,) + actor.aliases:
            self.add_alias(alias, AliasHit(NAME, actor=actor))
        return actor

    def add_alias(self, alias: str, hit: AliasHit) -> None:
        key = _alias_key(alias)
        if not key:
            return
        entries = self._hits.setdefault(key, [])
        for i, (old, old_alias) in enumerate(entries):
            if old.kind == hit.kind and old.actor == hit.actor and old.person == hit.person and old.family == hit.family:
                if _is_acronym(old_alias) and not _is_acronym(alias):
                    entries[i] = (hit, alias)  # "Daesh" and "DAESH": the spelling that matches more cases
                return
        # One meaning per kind: the latest wins (user files override, hand-written beats generated).
        entries[:] = [e for e in entries if e[0].kind != hit.kind]
        entries.append((hit, alias))
        entries.sort(key=lambda e: _KIND_RANK[e[0].kind])
        self._automaton = None

    def add_person(self, person: Person) -> None:
        self.people[person.name] = person
        for alias in (person.name,) + person.aliases:
            self.add_alias(alias, AliasHit(PERSON, person=person))

    def state_actor(self, country: Optional[str], family: str) -> Optional[Actor]:
        """The generated actor of ``family`` (government, military, police, civilians ...) for ``country``."""
        if country and country in self.country_names:
            return self.actors.get(family_name(family, self.country_names[country]))
        return None

    def person(self, name: str) -> Optional[Person]:
        """The known person one of whose names is ``name``."""
        for hit, _alias in self._hits.get(_alias_key(name)) or ():
            if hit.kind == PERSON:
                return hit.person
        return None

    def organisation(self, name: str) -> Optional[Actor]:
        """The named group or body (an armed group, a party, an international body; no state's generated actor)
        one of whose names is ``name`` as written ("Hamas", "NATO"; an acronym in its capitals only)."""
        for hit, alias in self._hits.get(_alias_key(name)) or ():
            if (hit.kind == NAME and hit.actor is not None and hit.actor.family is None
                    and not (_is_acronym(alias) and not _same_capitals(alias, name))):
                return hit.actor
        return None

    def _build(self) -> ahocorasick.Automaton:
        auto = ahocorasick.Automaton()
        for key, entries in self._hits.items():
            auto.add_word(key, (key, tuple(entries)))
        auto.make_automaton()
        return auto

    # --- matching -------------------------------------------------------------------------
    def scan(self, text: str, normalised: Optional[str] = None) -> list[Match]:
        """Every actor phrase in ``text``: longest first, without overlaps, returned in text order.

        A country name or demonym followed by a family noun becomes that country's actor
        ("Afghan government troops" → Military Forces of Afghanistan); a named armed group
        takes a following member noun into its span ("Taliban militants").
        """
        if self._automaton is None:
            self._automaton = self._build()
        low = normalised if normalised is not None else normalise(text)
        candidates: list[tuple[int, int, AliasHit]] = []
        squeezed, offsets = _squeeze_spaces(low)
        for end_idx, (key, entries) in self._automaton.iter(squeezed):
            # (an alias broken over a line or spaced twice in the text: "U.S.-led \ncoalition")
            start, end = offsets[end_idx - len(key) + 1], offsets[end_idx] + 1
            if start > 0 and (low[start - 1].isalnum() or low[start - 1] in "-_"):
                continue
            if end < len(low) and (low[end].isalnum() or low[end] == "_"):
                continue
            # "ISIL-held building" names ISIL; "Afghan-born" or "Kabul-based" names no actor.
            compound = end + 1 < len(low) and low[end] == "-" and low[end + 1].isalpha()
            if compound and not COMPOUND_AFTER.match(low, end):
                continue
            surface = text[start:end]
            for hit, alias in entries:
                if _is_acronym(alias) and not _same_capitals(alias, surface):
                    continue
                if compound and hit.kind != NAME:
                    continue
                candidates.extend(self._readings(low, start, end, hit, text))
        candidates.sort(key=lambda c: (-(c[1] - c[0]), _KIND_RANK[c[2].kind], c[0]))
        taken = bytearray(len(text) + 1)
        chosen = []
        for start, end, hit in candidates:
            if any(taken[start:end]):
                continue
            taken[start:end] = b"\x01" * (end - start)
            chosen.append(Match(start, end, hit))
        chosen.sort(key=lambda m: m.start)
        return self._widen_in_phrases(low, chosen)

    def _widen_in_phrases(self, low: str, chosen: list[Match]) -> list[Match]:
        """"rebels in the Ivory Coast" → Unidentified Armed Group (Ivory Coast), unless "rebels" is part of a name."""
        out: list[Match] = []
        for m in chosen:
            if m.hit.kind == PLACE and m.hit.country:
                before = IN_BEFORE.search(low, max(0, m.start - 30), m.start)
                if before and not (out and out[-1].end > before.start()):
                    actor = self.state_actor(m.hit.country, IN_FAMILY[before.group("noun")])
                    if actor is not None:
                        out.append(Match(before.start(), m.end, AliasHit(NAME, actor=actor)))
                        continue
            out.append(m)
        return out

    def _readings(self, low: str, start: int, end: int, hit: AliasHit, text: str):
        """The spans an alias match can stand for, with what each names (``text``: ``low`` as written)."""
        if hit.kind in (PLACE, DEMONYM) and hit.country:
            yield start, end, hit  # a bare demonym names no actor, but tells the country (people's roles, context)
            if hit.kind == PLACE:
                before = OF_BEFORE.search(low, max(0, start - 30), start)
                if before:
                    actor = self.state_actor(hit.country, OF_NOUNS[before.group("noun")])
                    if actor is not None:
                        yield before.start(), end, AliasHit(NAME, actor=actor)
            after = FAMILY_AFTER.match(low, end)
            if after:
                actor = self.state_actor(hit.country, NOUN_FAMILY[after.group("noun")])
                if actor is not None:
                    yield start, after.end(), AliasHit(NAME, actor=actor)
            unit = None if after else UNIT_AFTER.match(low, end)
            acronym = text[unit.start("unit"):unit.end("unit")] if unit else ""
            if acronym.isupper() and not self._hits.get(_alias_key(unit["unit"])) and not named_nonstate(acronym, text):
                actor = self.state_actor(hit.country, "military")
                if actor is not None:
                    yield start, unit.end(), AliasHit(NAME, actor=actor)
            minister = MINISTER_AFTER.match(low, end)
            if minister and (not after or minister.end() > after.end()):
                actor = self.state_actor(hit.country, "government")
                if actor is not None:
                    yield start, minister.end(), AliasHit(NAME, actor=actor)
            return
        yield start, end, hit
        if hit.kind == NAME and hit.actor is not None and hit.actor.inter in (2, 3, 4, 8) and not hit.actor.family:
            after = MEMBER_AFTER.match(low, end)
            if after:
                yield start, after.end(), hit

    def resolve(self, match: Match, country: Optional[str] = None) -> Optional[Actor]:
        """The actor a match names; generic phrases take ``country`` (the context's country)."""
        hit = match.hit
        if hit.actor is not None:
            return hit.actor
        if hit.family == COALITION:
            return self.actors.get(COALITION_OF_COUNTRY.get(country or "", COALITION_DEFAULT))
        if hit.family is not None:
            if hit.countries:  # an office title: the document's country's if it has that office
                country = country if country in hit.countries else hit.countries[0]
            return self.state_actor(country, hit.family) or self.generic_base.get(hit.family)
        return None

    def match(self, text: str, country: Optional[str] = None) -> Optional[ActorRef]:
        """The canonical actor named by a phrase ("Taliban militants", "Afghan government troops").

        Country and capital names count here ("Washington" → Government of the United States):
        a phrase handed in as an actor is one.

        Args:
            text (str): a noun phrase naming an actor.
            country (str | None): ISO alpha-2 of the context, for generic phrases ("government troops").
        RETURNS (ActorRef | None): the best named actor, or None when the phrase names none.
        """
        scanned = self.scan(text)
        matches = [m for m in scanned if m.hit.kind in (NAME, GENERIC, PLACE)]
        if not matches:
            # "President Obama": a known person stands for the organisation they lead or speak for.
            for m in scanned:
                if m.hit.kind == PERSON and m.hit.person.organisation in self.actors:
                    return self.actors[m.hit.person.organisation].ref(text[m.start:m.end])
            return self._fuzzy_place(text)
        best = min(matches, key=lambda m: (_KIND_RANK[m.hit.kind], -(m.end - m.start), m.start))
        actor = self.resolve(best, country)
        return actor.ref(text[best.start:best.end]) if actor else None


    def _fuzzy_place(self, text: str) -> Optional[ActorRef]:
        """A misspelt country or capital handed in as an actor ("Afganistan", "Khatmandu") → its government."""
        from rapidfuzz import fuzz, process

        phrase = " ".join(normalise(text).split())
        if len(phrase) < 5 or len(phrase.split()) > 3:
            return None
        best = process.extractOne(phrase, list(self.place_names), scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_SCORE)
        if best is None:
            return None
        actor = self.state_actor(self.place_names[best[0]], "government")
        return actor.ref(text) if actor else None
