"""A run of name words that spaCy reads as one entity and the gazetteer has no name for ("Tora Bora", "Mosh Khil") is one
name the gazetteer lacks, not the small namesakes abroad that some of its words are on their own (Tora in Cote d'Ivoire,
Bora in Brazil, Kiel for "Khil")."""

from __future__ import annotations

from collections import Counter

from ...lang.en.places import (
    BUILDING_HEADS, GENERIC_NAME_HEADS, HONORIFICS, SITE_HEADS, SITE_NAME_HEADS, SITE_NAME_OPENERS, STOP_WORDS,
)
from ...read.nlp import doc_text
from .cues import LEVEL_AFTER, read_cues
from .focus import span_focus
from .gazetteer import ADMIN2, PPL, Gazetteer
from .normalise import fold_name, name_variants
from .recognise import Span
from .tables import DEMONYMS

# Words that make a run of names the name of something of a kind (a unit, a site, a building), not one bare name.
# (a site's name is sites.py's: "the Ibara Maximum Prison", "Tabqa Dam")
_KIND_WORDS = frozenset(LEVEL_AFTER) | SITE_HEADS | BUILDING_HEADS | frozenset(
    w for h in SITE_NAME_HEADS + SITE_NAME_OPENERS for w in h.split())
# A word of a longer name is read as a namesake only while it is a small town or district (a big town, a province or
# a country inside a name is that place: "Kabul Kandahar" lists two).
PIECE_MAX_POPULATION = 100_000


def pieces_of_one_name(doc, gaz: Gazetteer, spans: list[Span], focus: Counter) -> list[Span]:
    """The spans with the words of such a name replaced by one span of the whole run, with no entries (placed by the
    text's parent of it, if any): when each word the gazetteer has is a small town or district only in countries the
    story otherwise never names (in the story's own country, "Green Line", the word may well be its town's name)."""
    text = doc_text(doc)
    by_ent: dict[tuple[int, int], list[Span]] = {}
    for s in spans:
        ent = s.extra.get("ent")
        if ent is not None and ent != (s.start, s.end) and s.entries and not s.extra.get("variant"):
            by_ent.setdefault(ent, []).append(s)
    merged: dict[int, Span] = {}
    for (a, b), pieces in by_ent.items():
        ent = doc.char_span(a, b)
        if ent is None:
            continue
        words = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
        if len(words) < 2 or not all(_name_word(t) for t in words):
            continue
        name = text[words[0].idx:b]
        if gaz.lookup(name) or gaz.lookup_variant(name):
            continue
        if not all(_namesake_abroad(gaz, p, focus, sum(1 for q in spans if q.key == p.key)) for p in pieces):
            continue
        whole = Span(words[0].idx, b, name, fold_name(name), [], label=pieces[0].label,
                     sentence_start=words[0].is_sent_start, extra={"ent": (a, b), "one_name": True})
        read_cues(text, whole)
        for p in pieces:
            merged[id(p)] = whole
    if not merged:
        return spans
    out, seen = [], set()
    for s in spans:
        w = merged.get(id(s), s)
        if id(w) not in seen:
            seen.add(id(w))
            out.append(w)
    return out


def _name_word(t) -> bool:
    return (t.text[:1].isupper() and t.text.isalpha() and not t.text.isupper() and t.lower_ not in STOP_WORDS
            and t.lower_ not in _KIND_WORDS and t.lower_ not in GENERIC_NAME_HEADS and t.text not in DEMONYMS
            and t.lower_ not in HONORIFICS)


def _namesake_abroad(gaz: Gazetteer, s: Span, focus: Counter, times: int) -> bool:
    # the word's own weight is no part of the story's focus: it must not vouch for itself
    own_c, own_w = span_focus(gaz, s)
    for e in s.entries[:40]:
        c = gaz.country[e]
        named = focus.get(c, 0.0) - (own_w * times if c == own_c else 0.0)
        if gaz.level[e] not in (PPL, ADMIN2) or int(gaz.capital[e]) == 2 or named > 1e-9:
            return False
        if gaz.population[e] >= PIECE_MAX_POPULATION and s.key in name_variants(gaz.names[e]):
            return False
    return True
