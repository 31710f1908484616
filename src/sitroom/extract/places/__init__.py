"""Places: find toponyms and resolve them to gazetteer entries (stage sitroom.places.gazetteer.v1).

The stage reads the spaCy parse, finds candidate names (``recognise``), decides
which are places (``policy``, and ``second_look`` for the names it refused), resolves
them with the document as context (``resolve``, weighing the country focus of ``focus``)
and again within each sentence's other places (``sentence_context``), tells
metonyms from locations (``metonymy``) and writes :class:`PlaceMention` records to
``ctx.places`` in text order. :func:`resolve_name` resolves a single name for other
stages ("Afghanistan-Tajikistan border", "Garmsir").
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from ...lang.en.metonymy import MISSION_NOUNS
from ...lang.en.places import (
    AT_LANDMARK_BEFORE, BUILDING_HEADS, LEVEL_HINT_WORDS, SITE_AFFILIATION_HEADS, SITE_NAME_HEADS,
)
from ...read.nlp import doc_text
from ...records import PlaceMention
from ...registry import stage
from .gazetteer import ADMIN1, ADMIN2, COUNTRY, LEVELS, PPL, Gazetteer, coord, get_gazetteer
from .hierarchy import constrain
from .metonymy import is_metonym, owns_forces, speaks_for_government
from .normalise import fold_name
from .pieces import pieces_of_one_name
from .policy import is_place, reads_as_acronym
from .second_look import inner_name_spans, named_as_body, named_with_parent, same_name_same_place
from .demonyms import demonym_countries, find_demonym_borders
from .cues import read_cues
from .firms import firm_names
from .groups import group_names
from .recognise import LANDMARK_KEYS, PLACE_LABELS, Span, find_spans
from .focus import country_focus, prior
from .resolve import Choice, resolve_spans
from .sentence_context import within_sentence_places
from .sites import PARENT_GAP, site_mentions, where_acted
from .national_seats import seat_mentions
from .spellings import respelt_spans
from .tables import DEMONYMS

NAME = "sitroom.places.gazetteer.v1"
_AT_LANDMARK = re.compile(AT_LANDMARK_BEFORE, re.I)
# Sites whose opening town is where they are ("the Kandahar Airfield"); not a university (Columbia University is in
# New York, not Columbia, South Carolina).
_TOWN_SITE_HEADS = tuple(h for h in SITE_NAME_HEADS if h not in SITE_AFFILIATION_HEADS)


@stage(NAME, requires=("doc",), assigns=("places",))
def make_places():
    """The places stage: gazetteer-backed toponym recognition and resolution."""

    def run(ctx) -> None:
        ctx.places.extend(extract_places(ctx.doc, get_gazetteer(), ctx.sentence_index))

    return run


def extract_places(doc, gaz: Gazetteer, sentence_index=None) -> list[PlaceMention]:
    """PlaceMentions of a parsed document, in text order."""
    spans = find_spans(doc, gaz)
    # "Saudi Arabia", "South Africa": a nationality word that begins a place name is that name.
    demonyms = [d for d in demonym_countries(doc)
                if not any(s.start <= d[1] < s.end and s.text not in DEMONYMS for s in spans)]
    # Names found only by their skeleton do not vouch for a country: they are judged by the others.
    focus = country_focus(gaz, [s for s in spans if (s.label in PLACE_LABELS or s.cue) and not s.extra.get("variant")],
                          demonyms)
    spans = pieces_of_one_name(doc, gaz, spans, focus)
    kept, rejected = [], []
    surnames = _surnames(doc)
    for s in spans:
        (kept if is_place(gaz, s, focus) and not _is_surname(doc, s, surnames) else rejected).append(s)
    kept, rejected = _read_again(doc, gaz, kept, rejected, focus, demonyms, surnames)
    firms = firm_names(gaz, kept, rejected)
    if firms:  # "3,000 Toyota workers" in a story about "Toyota Kirloskar Motor": the firm, no town in Japan
        kept = [s for s in kept if s not in firms]
        rejected += firms
    groups = group_names(doc, kept, rejected)
    if groups:  # "Hamas's security force": the movement the actor catalogue knows, not Hamm in Germany
        kept = [s for s in kept if s not in groups]
        rejected += groups
    respelt = respelt_spans(doc, gaz, kept, rejected, focus)
    if respelt:  # "near Al Huwayjah": the town of a focus country the gazetteer spells "Al Hawijah"
        rejected = [r for r in rejected if not any(s.start < r.end and r.start < s.end for s in respelt)]
        kept = [k for k in kept if not any(s.start < k.end and k.start < s.end for s in respelt)]
        for s in respelt:
            read_cues(doc_text(doc), s)
        kept = sorted(kept + respelt, key=lambda s: s.start)
    borders = find_demonym_borders(doc, gaz)
    if borders:  # "the Afghanistan border" replaces the bare country name inside it
        kept = [s for s in kept if not any(b.start <= s.start and s.end <= b.end for b in borders)]
    kept, rejected = named_as_body(kept, rejected)
    kept = same_name_same_place(gaz, doc_text(doc), kept, rejected)
    kept = named_with_parent(gaz, doc_text(doc), kept, rejected)
    # (a patron's name as an adjective, "Iran-backed", weighs as the nationality word "Iranian-backed" would)
    patrons = [(gaz.country[s.entries[0]], s.start, s.end) for s in kept if _patron_country(gaz, s)]
    focus = country_focus(gaz, [s for s in kept if not _patron_country(gaz, s)], demonyms + patrons)
    choices = resolve_spans(gaz, kept, focus, constrain(gaz, doc_text(doc), kept))
    # a government speaking ("U.S. officials said talks would resume in Geneva") tells nothing of where the sentence's
    # or the story's other places lie
    # (nor a country owning a mission abroad: "outside Iran's embassy in Knightsbridge")
    sides = frozenset(i for i, s in enumerate(kept) if (c := choices.get(i)) is not None and not c.unresolved
                      and (speaks_for_government(doc, s.start, s.end,
                                                 gaz.level[c.entry] == COUNTRY or int(gaz.capital[c.entry]) == 2)
                           or gaz.level[c.entry] == COUNTRY and s.extra.get("owns") in MISSION_NOUNS
                           or s.extra.get("patron")))  # (nor a patron: "Rwanda-backed rebels seized Bunagana")
    owners = frozenset(i for i, s in enumerate(kept) if (c := choices.get(i)) is not None and not c.unresolved
                       and gaz.level[c.entry] == COUNTRY and owns_forces(doc, s.start, s.end))
    within_sentence_places(gaz, kept, choices, sentence_index or (lambda o: _sentence_of(doc, o)), focus, sides, owners)
    out = []
    for i, s in enumerate(kept):
        out.append(_mention(doc, gaz, s, choices.get(i), sentence_index))
    out += _names_in_names(doc, gaz, kept, choices, rejected, focus, sentence_index)
    for b in borders:
        out.append(_border_mention(gaz, b, focus, out, sentence_index))
    taken = [(m.start, m.end) for m in out]
    for iso2, start, end in demonyms:
        if not any(a < end and start < b for a, b in taken):
            out.append(_origin_mention(gaz, iso2, start, end, doc_text(doc)[start:end], sentence_index))
    # "Makerere University", "Incirlik Air Base, Turkey": sites the gazetteer lacks, at the place the text puts them in
    out += site_mentions(gaz, doc, out, focus, sentence_index or (lambda o: _sentence_of(doc, o)))
    # "an attack on the Indian Parliament": in the capital
    out += seat_mentions(gaz, doc, out, sentence_index or (lambda o: _sentence_of(doc, o)))
    out.sort(key=lambda m: m.start)
    return out


def _read_again(doc, gaz: Gazetteer, kept: list[Span], rejected: list[Span], focus: Counter, demonyms,
                surnames: set[str]) -> tuple[list[Span], list[Span]]:
    """The story's countries are known only once its places are read: a name after a preposition of place or a verb of
    attack, or an item of an entity that lists places ("Enugu, Owerri and Aba", one organisation to spaCy), refused for want
    of them ("soldiers were killed in Djibo. Burkina Faso's army said", both organisations to spaCy), is read again with the focus of the places kept (names found by their skeleton are left as they were)."""
    settled = country_focus(gaz, [s for s in kept if not s.extra.get("variant")], demonyms)
    if not settled or settled == focus:
        return kept, rejected
    again = [s for s in rejected if (s.extra.get("locative") or s.extra.get("attacked") or s.extra.get("listed")) and s.entries
             and not s.extra.get("variant") and not s.extra.get("generic_head")
             and is_place(gaz, s, settled) and not _is_surname(doc, s, surnames)]
    if not again:
        return kept, rejected
    return sorted(kept + again, key=lambda s: s.start), [r for r in rejected if r not in again]


def _surnames(doc) -> set[str]:
    """The last names of the people the story names in full ("Scott C. Dayton"): the name alone later on
    ("Dayton was mortally wounded") is that person, not a town."""
    return {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 and e[-1].text[:1].isupper()}


def _is_surname(doc, s: Span, surnames: set[str]) -> bool:
    """A one-word name that is a person's last name in this story, where no cue (a preposition of place, a
    kind word) makes it a place; a preposition before it governs the noun it modifies ("charged in Whitmer kidnap
    plot": the plot of Gov. Gretchen Whitmer's kidnap)."""
    if s.text not in surnames or s.cue:
        return False
    if not s.extra.get("locative"):
        return True
    span = doc.char_span(s.start, s.end, alignment_mode="expand")
    root = span.root if span is not None and len(span) else None
    return root is not None and root.dep_ in ("compound", "amod", "nmod") and root.head.i > root.i and (
        root.head.pos_ == "NOUN")


def _names_in_names(doc, gaz: Gazetteer, kept: list[Span], choices: dict, rejected: list[Span], focus: Counter,
                    sentence_index) -> list[PlaceMention]:
    """Places named inside the names of organisations, buildings and events ("the Winnipeg Free Press",
    "the Vietnam war"): toponyms standing for something else, so metonyms, never where an event
    happens; resolved as the same name elsewhere in the story when it is there, else on their own."""
    by_key = {s.key: choices.get(i) for i, s in enumerate(kept) if choices.get(i) is not None}
    inner = inner_name_spans(gaz, rejected, set(by_key))
    alone = [s for s in inner if s.key not in by_key]
    own = resolve_spans(gaz, alone, focus) if alone else {}
    out = []
    for s in inner:
        choice = by_key.get(s.key) or own.get(alone.index(s) if s in alone else -1)
        if choice is not None and not (not choice.unresolved and reads_as_acronym(gaz, s, choice.entry)):
            m = _mention(None, gaz, s, choice, sentence_index or (lambda o: _sentence_of(doc, o)))
            here = not choice.unresolved and _town_of_a_site_acted_at(doc, gaz, s, choice.entry, kept)
            out.append(m if here else m.model_copy(update=dict(role="metonym")))
    return out


def _town_of_a_site_acted_at(doc, gaz: Gazetteer, s: Span, e: int, kept: list[Span]) -> bool:
    """"a protest outside the Karachi Press Club", "arrested at the Lagos State Secretariat": a town or province
    that opens the name of a building the text puts an act at is where the act happened (the annotation guide codes
    the town of a named site); not where a place named after the site says where it is ("outside the Kano Emir's
    palace in Bichi"), nor a country's name ("outside the Kenya High Commission": a mission abroad)."""
    ent = s.extra.get("ent")
    if ent is None or gaz.level[e] not in (PPL, ADMIN1):
        return False
    if doc_text(doc)[ent[0]:s.start].lower() not in ("", "the "):
        # "abducted from the Federal University Gusau": a town that closes the name right after the site's head word
        # is the town the site is in (a place named after it is the town's parent)
        head = doc_text(doc)[ent[0]:s.start].split()[-1:]
        closes = s.end == ent[1] and head and head[0].lower() in BUILDING_HEADS | set(SITE_NAME_HEADS)
        return bool(closes) and where_acted(doc, ent[0])
    rest = " ".join(doc_text(doc)[s.end:ent[1]].lower().split())
    if not rest or (rest.split()[-1] not in BUILDING_HEADS and not rest.endswith(_TOWN_SITE_HEADS)):
        return False  # a building's name, not a firm's ("at Toyota Kirloskar Motor") nor a street's ("Damascus Street")
    # (a country after the site only says whose it is: "the Kandahar Airfield, Afghanistan")
    if any(k.start >= ent[1] and PARENT_GAP.match(doc_text(doc)[ent[1]:k.start])
           and not (k.entries and gaz.level[k.entries[0]] == COUNTRY) for k in kept):
        return False
    return where_acted(doc, ent[0])


def _patron_country(gaz: Gazetteer, s: Span) -> bool:
    """A country named as a patron ("Iran-backed", cues.py)."""
    return bool(s.extra.get("patron") and s.entries and gaz.level[s.entries[0]] == COUNTRY)


def _mention(doc, gaz: Gazetteer, s: Span, choice: Optional[Choice], sentence_index) -> PlaceMention:
    sent = sentence_index(s.start) if sentence_index else _sentence_of(doc, s.start)
    if choice is None:
        return PlaceMention(text=s.text, start=s.start, end=s.end, sentence=sent, name=s.text,
                            confidence=0.2, resolution="not in gazetteer", extractor=NAME)
    e = choice.entry
    if choice.unresolved:
        return _within_parent(gaz, s, choice, sent)
    level = gaz.level_name(e)
    landmark = s.key in LANDMARK_KEYS
    site = landmark and doc is not None and _AT_LANDMARK.search(doc_text(doc), max(0, s.start - 20), s.start) is not None
    # "early in the Balkans war", "veterans of the Syria war": the name of a war, no place where anything happens
    war = bool(s.extra.get("war"))
    # ("Iran-backed militias": a patron named as an adjective, cues.py)
    metonym = war or bool(s.extra.get("patron")) or (landmark and not site) or s.extra.get("inside") == "ORG" or doc is not None and is_metonym(doc, s.start, s.end, gaz.level[e] == COUNTRY or int(gaz.capital[e]) == 2)
    resolution = "landmark" if landmark else choice.resolution
    precision = _precision(int(gaz.level[e]), s.near)
    if s.near:
        resolution += f"; near ({s.near})"
    return PlaceMention(
        text=s.text, start=s.start, end=s.end, sentence=sent, name=gaz.names[e], gazetteer_id=gaz.gids[e],
        lat=coord(gaz.lat[e]), lon=coord(gaz.lon[e]), level=level, country=gaz.country[e] or None,
        admin1=gaz.admin_name(int(gaz.admin1[e])) if gaz.level[e] != ADMIN1 else gaz.names[e],
        admin2=gaz.admin_name(int(gaz.admin2[e])) if gaz.level[e] != ADMIN2 else gaz.names[e],
        confidence=choice.confidence, resolution=resolution, role="metonym" if metonym else "location",
        geo_precision=precision, extractor=NAME,
    )


def _within_parent(gaz: Gazetteer, s: Span, choice: Choice, sent: int) -> PlaceMention:
    """A place the gazetteer lacks, named inside a unit it has ("Oban village, Cross River State"): the
    name as written, unresolved (no gazetteer id), at the unit's point with the unit's precision."""
    p = choice.entry
    lvl = int(gaz.level[p])
    # The place keeps its own level when the text gives one finer than the unit's ("Chora district in
    # Uruzgan" is a district placed at Uruzgan's point, not the province itself; "the Tora Bora region in eastern
    # Afghanistan" a region of the country).
    # (and a region of several countries, named with one: "Amazonia, Brazil", that country's part of it)
    own = ADMIN2 if s.level_hint == ADMIN2 and lvl < ADMIN2 else ADMIN1 if (
        s.level_hint == ADMIN1 and lvl == COUNTRY and not s.entries and s.extra.get("after")
        or lvl == COUNTRY and s.extra.get("region")) else lvl
    return PlaceMention(
        text=s.text, start=s.start, end=s.end, sentence=sent, name=s.text, gazetteer_id=None,
        lat=coord(gaz.lat[p]), lon=coord(gaz.lon[p]), level=LEVELS[own], country=gaz.country[p] or None,
        admin1=gaz.names[p] if lvl == ADMIN1 else gaz.admin_name(int(gaz.admin1[p])) if lvl != COUNTRY else (
            s.text if own == ADMIN1 else None),
        admin2=s.text if own == ADMIN2 and own != lvl else gaz.names[p] if lvl == ADMIN2 else gaz.admin_name(int(gaz.admin2[p])) if lvl == PPL else None,
        confidence=choice.confidence, resolution=choice.resolution,
        role="location", geo_precision=2 if lvl in (ADMIN2, PPL) else 3, extractor=NAME,
    )


def _origin_mention(gaz: Gazetteer, iso2: str, start: int, end: int, text: str, sentence_index) -> PlaceMention:
    """A nationality word ("Afghan troops"): the country as the origin of an actor."""
    e = gaz.country_index.get(iso2)
    sent = sentence_index(start) if sentence_index else 0
    return PlaceMention(
        text=text, start=start, end=end, sentence=sent, name=gaz.names[e] if e is not None else iso2,
        gazetteer_id=gaz.gids[e] if e is not None else None, lat=coord(gaz.lat[e]) if e is not None else None,
        lon=coord(gaz.lon[e]) if e is not None else None, level="country", country=iso2, confidence=0.8,
        resolution="demonym", role="origin", geo_precision=3, extractor=NAME,
    )


def _precision(level: int, near: Optional[str]) -> int:
    """ACLED geo_precision: 1 the town itself, 2 near a town or a district, 3 wider."""
    if level == PPL:
        return 2 if near else 1
    if level == ADMIN2:
        return 2
    return 3


def _sentence_of(doc, offset: int) -> int:
    for i, sent in enumerate(doc.sents):
        if sent.start_char <= offset < sent.end_char:
            return i
    return 0


def _border_mention(gaz: Gazetteer, b: Span, focus: Counter, mentions: list[PlaceMention],
                    sentence_index) -> PlaceMention:
    """"the Tajik border": the border of that country with the neighbour the text is about
    here (the last neighbouring country named before it), else with the document's focus."""
    other = b.border_with
    side = b.extra.get("side")
    if side is None:
        before = [m.country for m in mentions if m.start < b.start and m.level == "country"
                  and m.country != other and (m.country, other) in gaz.border_points]
        ranked = [c for c, _ in focus.most_common() if c != other and (c, other) in gaz.border_points]
        side = before[-1] if before else ranked[0] if ranked else None
    sent = sentence_index(b.start) if sentence_index else 0
    m = border_place(gaz, side, other)
    return m.model_copy(update=dict(text=b.text, start=b.start, end=b.end, sentence=sent))


def border_place(gaz: Gazetteer, side: Optional[str], other: str) -> PlaceMention:
    """The border area between two countries (or along one country's border)."""
    point = gaz.border_points.get((side, other)) if side else None
    o = gaz.country_index.get(other)
    if point is None or side is None:
        # one side only: the country's own point stands for its border, coarsely
        lat, lon = (float(gaz.lat[o]), float(gaz.lon[o])) if o is not None else (None, None)
        name = f"{gaz.names[o]} border" if o is not None else f"{other} border"
        return PlaceMention(text=name, start=0, end=0, name=name, lat=coord(lat) if lat is not None else None,
                            lon=coord(lon) if lon is not None else None, level="border area", country=other,
                            confidence=0.5, resolution="border of one country", geo_precision=3, extractor=NAME)
    s = gaz.country_index[side]
    name = f"{gaz.names[s]}-{gaz.names[o]} border"
    return PlaceMention(text=name, start=0, end=0, name=name, gazetteer_id=f"sitroom:border:{side}-{other}",
                        lat=round(point[0], 5), lon=round(point[1], 5), level="border area", country=side,
                        confidence=0.7, resolution="border of neighbouring countries", geo_precision=3,
                        extractor=NAME)


# Everyday words for levels that callers may pass as level_hint.
_LEVEL_WORDS = LEVEL_HINT_WORDS
_PAIR = re.compile(r"^(.+?)\s*[-–/]\s*(.+?)\s+border$", re.I)
_ONE = re.compile(r"^(?:the\s+)?(.+?)\s+border$", re.I)


def resolve_name(name: str, country_hint: Optional[str] = None, level_hint: Optional[str] = None) -> Optional[PlaceMention]:
    """Resolve one place name without a document: "Garmsir", "Afghanistan-Tajikistan border".

    ``country_hint`` (ISO2) prefers candidates in that country; ``level_hint`` (a
    PlaceMention level: "admin1", "populated place", ..., or "province", "district",
    "town") prefers that level.
    The returned mention's start and end are 0: it points at no text.
    """
    gaz = get_gazetteer()
    name = name.strip()
    m = _PAIR.match(name)
    if m:
        a, b = _country_code(gaz, m.group(1)), _country_code(gaz, m.group(2))
        if a and b:
            return border_place(gaz, a, b)
    m = _ONE.match(name)
    if m and _country_code(gaz, m.group(1)):
        other = _country_code(gaz, m.group(1))
        return border_place(gaz, country_hint if country_hint != other else None, other)
    entries = gaz.lookup(name)
    if not entries:
        stripped = re.sub(r"^(?:the)\s+|\s+(?:province|district|city|region|state|county)$", "", name, flags=re.I)
        entries = gaz.lookup(stripped) or gaz.lookup_variant(stripped)  # "Tarin Kowt", "Hadramout"
    if not entries:
        return None
    level_hint = _LEVEL_WORDS.get((level_hint or "").lower(), level_hint)
    want = LEVELS.index(level_hint) if level_hint in LEVELS else None

    def score(e: int) -> float:
        sc = prior(gaz, e)
        if country_hint and gaz.country[e] == country_hint.upper():
            sc += 4.0
        if want is not None:
            sc += 4.0 if gaz.level[e] == want else -1.5
        return sc

    e = max(entries[:40], key=score)
    choice = Choice(e, score(e), 0.7 if len(entries) > 1 else 0.9, "name only")
    span = Span(0, 0, name, fold_name(name), entries)
    return _mention(None, gaz, span, choice, lambda _o: 0).model_copy(update=dict(text=name, role="location"))


def _country_code(gaz: Gazetteer, word: str) -> Optional[str]:
    word = word.strip()
    if word in DEMONYMS:
        return DEMONYMS[word]
    for e in gaz.lookup(word):
        if gaz.level[e] == COUNTRY:
            return gaz.country[e]
    return None
