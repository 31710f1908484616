"""Named sites that are no towns: "Makerere University", "the Kainji dam", "Incirlik Air Base, Turkey", "Camp Hurriya".

The gazetteer has towns and units, not the universities, dams, bases and camps where much news happens, and the
annotation guide codes the most specific place as the text spells it. A site named with its kind word is a place of
its own, named as written, at a spot inside what the text puts it in: the place named right after it ("Tiyas
Military Airfield near Palmyra", "Incirlik Air Base, Turkey"), else, where the text puts something at it ("at
Makerere University", "an attack on Camp Hurriya"), the country a story is firmly about. One site, one place: its
other mentions ("46 Makerere University students") are placed alike. A site whose name holds a place the stage
found ("Kabul University") is left to that place.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from ...lang.en.places import (
    DIRECTIONS, KIND_OF_NAME_WORDS, NOT_PLACE_NAME_OPENERS, SITE_AFFILIATION_HEADS, SITE_AFFILIATION_VERBS,
    SITE_KINDS_NAMED_FOR_PEOPLE, SITE_KINDS_NAMED_FOR_TOWNS, SITE_NAME_HEADS, SITE_NAME_NOT_FIRST, SITE_NAME_OPENERS,
    SITE_TARGET_BEFORE, STOP_WORDS,
)
from ...read.nlp import doc_text
from ...records import PlaceMention
from .cues import ATTACKED, LOCATIVE, NEAR_WORDS
from .gazetteer import ADMIN2, PPL, Gazetteer, coord
from .normalise import fold_name
from .focus import prior
from .tables import DEMONYMS

_WORD = r"[A-Z][\w'’-]*"
_GAP = r"[ \t]+"  # (a name does not run over a line's end)
_NAME = rf"{_WORD}(?:{_GAP}{_WORD}){{0,2}}"
# (a kind that opens a name may close one too: "Camp Hurriya", "the Kalma camp" in Darfur)
_HEADS = "|".join(h.replace(" ", _GAP) for h in SITE_NAME_HEADS + SITE_KINDS_NAMED_FOR_TOWNS + SITE_NAME_OPENERS)
_OPENERS = "|".join(o.capitalize() for o in SITE_NAME_OPENERS)
_HEAD_AFTER = re.compile(rf"\b({_NAME}){_GAP}((?i:{_HEADS}))\b")
_OPENER_BEFORE = re.compile(rf"\b({_OPENERS}){_GAP}({_NAME})")
# After a site, what puts it inside the place named next: "Incirlik Air Base, Turkey", "Camp X near Baghdad".
# ("Al Asad Air Base in western Iraq": a direction word before the place)
PARENT_GAP = re.compile(r"\s*(?:,\s*|\(\s*|\s(?:in|at|near|outside|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?"
                        rf"(?:(?:{DIRECTIONS}|central)(?:ern)?\s+)?)$")
_THE = re.compile(r"\bthe\s+$", re.I)
_POSSESSIVE = re.compile(r"['’]s\s+$")
# "the mining town of Rubaya in eastern Congo": a kind of place, "of", its name (lower-case kind: "Town of" opens a
# body's name), placed only in a place named right after it, a direction word allowed before that place.
_KIND_OF = re.compile(rf"\b({'|'.join(KIND_OF_NAME_WORDS)}){_GAP}of{_GAP}({_NAME})")
_KIND_OF_PARENT_GAP = re.compile(
    rf"\s*(?:,\s*|\s(?:in|near|outside)\s+(?:the\s+)?(?:(?i:{DIRECTIONS}|central)(?:ern)?\s+)?)$")
_TARGET = re.compile(SITE_TARGET_BEFORE, re.I)
_KIND_WORDS = frozenset(  # "air", "base", "camp", "crossing"
    w for h in SITE_NAME_HEADS + SITE_NAME_OPENERS + SITE_KINDS_NAMED_FOR_TOWNS for w in h.split())
# A story is firmly about a country from this weight of focus (a country named as such) and this share of it.
FIRM_FOCUS, FIRM_SHARE = 1.0, 0.6
# Parts of speech of words that open a sentence before a site's name without being part of it.
_NOT_NAME_POS = frozenset({"NUM", "DET", "ADV", "PRON", "ADP", "CCONJ", "SCONJ", "VERB", "AUX"})


def _name_start(name: str, offset: int = 0, pos: Optional[dict] = None) -> Optional[int]:
    """Where the site's own name begins in ``name`` (at ``offset`` in the text), past the words before it that name
    nothing ("On Tuesday Makerere", "Forty Makerere": a number opening a sentence); None when what is left names
    no site ("Federal", "Nigerian"). ``pos``: the parse's part of speech by a word's offset."""
    words = list(re.finditer(r"\S+", name))
    while words and (fold_name(words[0].group()) in STOP_WORDS
                     or (pos or {}).get(offset + words[0].start()) in _NOT_NAME_POS):
        words = words[1:]
    if not words or words[0].group() in DEMONYMS or fold_name(words[0].group()) in SITE_NAME_NOT_FIRST:
        return None
    return words[0].start()


def _find(text: str, pos: Optional[dict] = None) -> list[tuple[int, int, str]]:
    """(start, end, key) of every site name in the text: the key is its first name word and its kind word."""
    found = []
    for m in _HEAD_AFTER.finditer(text):
        at = _name_start(m.group(1), m.start(1), pos)
        if at is not None:
            first = m.group(1)[at:].split()[0]
            found.append((m.start(1) + at, m.end(), f"{fold_name(first)} {fold_name(' '.join(m.group(2).split()))}"))
    for m in _OPENER_BEFORE.finditer(text):
        first = m.group(2).split()[0]
        if first not in DEMONYMS and fold_name(first) not in SITE_NAME_NOT_FIRST:  # ("Camp Liberty": any word names it)
            found.append((m.start(), m.end(), f"{fold_name(first)} {m.group(1).lower()}"))
    for m in _KIND_OF.finditer(text):
        at = _name_start(m.group(2), m.start(2), pos)
        first = m.group(2).split()[0]
        # (the name right after "of": "the town of Rubaya", not "area of the Sahel", nor an operation's name)
        if at == 0 and fold_name(first) not in NOT_PLACE_NAME_OPENERS:
            found.append((m.start(2), m.end(2), f"{fold_name(first)} {m.group(1)} of"))
    return sorted(found)


def _named_for_town(key: str) -> bool:
    """Whether a site's key (_find) is of a kind named after the town it serves ("rafah crossing")."""
    return key.split(" ", 1)[-1] in SITE_KINDS_NAMED_FOR_TOWNS


def _after_kind(key: str) -> bool:
    """Whether a site's key (_find) is of a name after a kind of place ("the town of Rubaya"): it is placed only in
    a place named right after it (_KIND_OF_PARENT_GAP), never in a town after it or the story's country."""
    return key.endswith(" of")


def where_acted(doc, start: int) -> bool:
    """Whether the text puts an act at the site named from ``start``: an attack on it ("shelled", "an attack on"),
    or a preposition of place hung on a verb ("arrested him at Makerere University"), not on a person ("a professor
    at Ryerson University", "a student at Xavier University") nor on a verb of working or studying ("who teaches at
    Kenyatta University"): where someone works or studies."""
    text = doc_text(doc)
    before = _THE.sub("", text[max(0, start - 60):start])
    if ATTACKED.search(before) or _TARGET.search(before):
        return True
    if not LOCATIVE.search(before):
        return False
    end = max(0, start - 60) + len(before.rstrip())
    prep = next((t for t in reversed(doc) if t.idx + len(t.text) <= end), None)
    return prep is not None and prep.head.pos_ in ("VERB", "AUX") and prep.head.lemma_.lower() not in SITE_AFFILIATION_VERBS


def site_mentions(gaz: Gazetteer, doc, mentions: list[PlaceMention], focus: Counter,
                  sentence_of) -> list[PlaceMention]:
    """The mentions of the named sites of a text that no place mention overlaps, each placed inside the place
    named right after one of its mentions, else, when one is where something happens, in the story's country."""
    text = doc_text(doc)
    pos = {t.idx: t.pos_ for t in doc}
    sites = [s for s in _find(text, pos) if not any(m.start < s[1] and s[0] < m.end for m in mentions)]
    if not sites:
        return []
    located = [m for m in mentions if m.role == "location" and m.country]
    parents: dict[str, PlaceMention] = {}
    locative: set[str] = set()
    for start, end, key in sites:
        gap = _KIND_OF_PARENT_GAP if _after_kind(key) else PARENT_GAP
        after = [m for m in located if m.start > end and m.start - end <= 40 and gap.match(text[end:m.start])]
        if after and key not in parents:
            parent = min(after, key=lambda m: m.start)
            inner = [m for m in located if m.country == parent.country and _POSSESSIVE.match(text[parent.end:m.start])]
            parents[key] = inner[0] if inner else parent  # "in Iraq's Anbar province": the unit inside the country
        if key not in locative and where_acted(doc, start):
            locative.add(key)
    home = _firm_country(gaz, focus)
    # (a parent the gazetteer lacks, placed only at its country, gives way to a town it has named after another
    # mention: "the Ibara prison, Abeokuta ... the Ibara Maximum Prison in Abeokua", a misspelling)
    unplaced = {k for k, m in parents.items() if (m.resolution or "").startswith("unresolved") and m.level == "country"}
    for start, end, key in sites:
        if (key not in parents or key in unplaced) and home is not None and not _after_kind(key):
            town = _town_after(gaz, text, end, home.country)
            if town is not None:  # "the Ibara prison, Abeokuta": a town the stage did not take for one
                parents[key] = town
                unplaced.discard(key)
    spelt: set[str] = set()  # the sites placed at the town their name spells
    for start, end, key in sites:
        parent = parents.get(key)
        if (_after_kind(key) or (parent is not None and parent.level != "country")
                or set(key.split()) & SITE_KINDS_NAMED_FOR_PEOPLE):
            continue
        # "the Qayyarah Airfield", "Al Asad air base, Iraq": a site named after a town the gazetteer has, in the
        # country the text puts it in (else the story's), lies at that town, not at the whole country's point.
        iso2 = parent.country if parent is not None else home.country if home is not None else _top(focus)
        town = _town_in_name(gaz, text, start, end, iso2) if iso2 else None
        if town is not None:
            parents[key] = town
            spelt.add(key)
    out = []
    for start, end, key in sites:
        if key.rsplit(" ", 1)[-1] in SITE_AFFILIATION_HEADS and key not in locative:
            continue  # "a professor at Ryerson University, in Toronto": where someone works
        if _named_for_town(key) and key not in spelt:
            continue  # "the Bakara market": a market, crossing or checkpoint is placed only at the town it spells
        parent = parents.get(key)
        if parent is None and key in locative and home is not None and not _after_kind(key):
            parent = home
        if parent is not None:
            near = NEAR_WORDS.search(text[end:parent.start]) if parent.start > end else None
            out.append(_at(text, start, end, parent, sentence_of(start), bool(near)))
    return out


_COMMA_NAME = re.compile(rf"[ \t]*,[ \t]*({_WORD}(?:[ \t]+{_WORD})?)")


def _town_after(gaz: Gazetteer, text: str, end: int, iso2: str) -> Optional[PlaceMention]:
    """The town of the story's country named after a site and a comma, as a mention to place the site at."""
    m = _COMMA_NAME.match(text, end)
    if m is None or fold_name(m.group(1)) in STOP_WORDS:
        return None
    towns = [e for e in gaz.lookup(m.group(1))[:40] if gaz.country[e] == iso2 and gaz.level[e] in (PPL, ADMIN2)
             and fold_name(gaz.names[e]) == fold_name(m.group(1))]
    return _likeliest_town(gaz, towns, m.group(1), m.start(1), m.end(1), iso2)


def _likeliest_town(gaz: Gazetteer, towns: list, text: str, start: int, end: int, iso2: str) -> Optional[PlaceMention]:
    """The likeliest of ``towns`` (gazetteer entries of ``iso2``) as a mention of ``text`` at ``start``-``end``;
    None when there are none."""
    if not towns:
        return None
    e = max(towns, key=lambda x: prior(gaz, x))
    a1, a2 = int(gaz.admin1[e]), int(gaz.admin2[e])
    return PlaceMention(text=text, start=start, end=end, name=gaz.names[e], level=gaz.level_name(e), country=iso2,
                        admin1=gaz.admin_name(a1), admin2=gaz.admin_name(a2) if gaz.level[e] == PPL
                        else gaz.names[e], lat=coord(gaz.lat[e]), lon=coord(gaz.lon[e]))


def _top(focus: Counter) -> Optional[str]:
    """The country a story names most, if any."""
    return focus.most_common(1)[0][0] if focus else None


def _town_in_name(gaz: Gazetteer, text: str, start: int, end: int, iso2: str) -> Optional[PlaceMention]:
    """The town of ``iso2`` that a site's name words before its kind word spell ("Qayyarah" of "Qayyarah
    Airfield", as the gazetteer's "Al Qayyarah"), as a mention to place the site at; None when they spell none."""
    name = " ".join(w for w in text[start:end].split()
                    if fold_name(w) not in STOP_WORDS and fold_name(w) not in _KIND_WORDS)
    if not name:
        return None
    towns = [e for e in gaz.lookup_variant(name)[:40] if gaz.country[e] == iso2 and gaz.level[e] in (PPL, ADMIN2)]
    return _likeliest_town(gaz, towns, name, start, end, iso2)


def _firm_country(gaz: Gazetteer, focus: Counter) -> Optional[PlaceMention]:
    """The country a story is firmly about, as a mention to place its sites at; None when there is none."""
    if not focus:
        return None
    top, weight = focus.most_common(1)[0]
    if weight < FIRM_FOCUS or weight < FIRM_SHARE * sum(focus.values()) or top not in gaz.country_index:
        return None
    e = gaz.country_index[top]
    return PlaceMention(text=gaz.names[e], start=0, end=0, name=gaz.names[e], level="country", country=top,
                        lat=coord(gaz.lat[e]), lon=coord(gaz.lon[e]))


def _at(text: str, start: int, end: int, parent: PlaceMention, sentence: int, near: bool) -> PlaceMention:
    """A site placed at its parent's point, a spot (a populated place's level) inside the parent's units."""
    level = parent.level
    precision = 1 if level == "populated place" and not near else 2 if level in ("populated place", "admin2") else 3
    return PlaceMention(
        text=text[start:end], start=start, end=end, sentence=sentence, name=text[start:end], gazetteer_id=None,
        lat=parent.lat, lon=parent.lon, level="populated place", country=parent.country,
        admin1=parent.admin1 if level != "country" else None, admin2=parent.admin2 if level != "country" else None,
        confidence=0.5, resolution=f"site: placed at {parent.name}", role="location", geo_precision=precision,
        extractor="sitroom.places.gazetteer.v1",
    )
