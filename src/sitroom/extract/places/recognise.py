"""Find place names in a parsed document: gazetteer matches backed by spaCy entities.

spaCy's small model finds most well-known places but mislabels conflict-zone names
(Garmsir as PRODUCT, Lashkar Gah as PERSON, Ghazni as ORG), so every capitalised
token is also looked up in the gazetteer trie (longest match first). A match is
kept when spaCy agrees it is a place, when a cue in the text says so ("X district",
"the village of X"), or when the evidence of the gazetteer and the document's
country focus is strong enough; entities spaCy calls places but the gazetteer
lacks are kept unresolved. What the words around a name say (its level, a preposition of place, a title before it) is
read by cues.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ...lang.en.actors.vocabulary import MEMBER_NOUNS
from ...lang.en.numbers import VAGUE_AMOUNTS
from ...lang.en.places import APPOSED_PLACE_HEADS, PEOPLE_MEMBERS
from ...lang.en.places import (  # noqa: F401 (STOP_WORDS is read from here by the stage)
    ENTITY_LEADING_PREPOSITIONS, GENERIC_NAME_HEADS, HONORIFICS, STOP_WORDS,
)
from ...read.nlp import doc_text
from .cues import (
    APPOSED, ATTACKED, HONORIFIC_BEFORE, KIND, LEVEL_AFTER, LOCATIVE, NEAR_WORDS, QUALIFIER, read_cues, read_own_level,
    spread_plural_hints,
)
from .gazetteer import ADMIN1, ADMIN2, Gazetteer
from .listed import Item, listed_places
from .person_names import ends_a_persons_name
from .normalise import SUN_ARTICLES, fold_name, fold_text, variant_key
from .tables import DEMONYMS, LANDMARK_METONYMS

PLACE_LABELS = {"GPE", "LOC"}
# Entity labels spaCy gives to place names it does not know; a gazetteer match equal
# to such an entity may still be a place, a longer one (Washington Post) is not.
OTHER_LABELS = {"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "FAC", "NORP", "LANGUAGE"}

_BORDER_AFTER = re.compile(r"^[\s-]*border\b", re.I)
_PAIR_BORDER = re.compile(r"^-(\w[\w ]*?)\s+border\b")


# An Arabic article written in lower case before a name ("in al-Hilla", "el-Fasher"): the name starts there,
# so the preposition before it counts and the gazetteer's "Al Hillah" is met.
_ARTICLE_START = re.compile(r"(?:al|el)-[A-Z]")
POSSESSIVE = re.compile(r"['’]s?$")
# Tokens that fold to nothing but a space ("-" in "Sar-e Pul"): the words so far are unchanged.
JOINER_TOKEN = re.compile(r"^[-‐‑‒–—_/]+$")
# A code of capitals and digits ("M23", "G5", "B52"): an armed group's, a summit's or a machine's name, no place.
_CODE = re.compile(r"^[A-Z]{1,4}-?\d{1,4}$")


@dataclass
class Span:
    """A candidate toponym before resolution."""

    start: int
    end: int
    text: str
    key: str  # folded name
    entries: list[int]
    label: Optional[str] = None  # spaCy label of the entity it coincides with
    level_hint: Optional[int] = None
    near: Optional[str] = None  # "12 km north of" etc.
    border_with: Optional[str] = None  # ISO2 of the other side, for "X-Y border"
    kind: str = "name"  # name, demonym-border, landmark
    cue: bool = False  # a text cue says it is a place
    sentence_start: bool = False
    extra: dict = field(default_factory=dict)


def find_spans(doc, gaz: Gazetteer) -> list[Span]:
    """Candidate place names of a spaCy doc, in text order, without overlaps."""
    text = doc_text(doc)
    folded = fold_text(text)
    ents_by_token = {}
    listed: set[tuple[int, int]] = set()  # (first, last) tokens of each item of an entity that lists places
    for ent in doc.ents:
        if _entity_start(ent, gaz) != ent.start:
            continue  # "Near Bayji" as a PERSON: spaCy's label for such a run says nothing of the name in it
        items = listed_places(ent, gaz)
        if items:
            # "Enugu, Owerri and Aba" (one ORG): a list of places is no organisation's name; each item is read on its
            # own, as a name spaCy tagged alone (a place label) or not at all (any other label)
            for a, b in items:
                listed.add((a, b - 1))
                if ent.label_ in PLACE_LABELS:
                    for t in range(a, b):
                        ents_by_token[t] = Item(ent.label_, doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text))
            continue
        for t in range(ent.start, ent.end):
            ents_by_token[t] = ent
    spans: list[Span] = []
    covered_until = -1
    key_ids, prefixes = gaz.key_ids, gaz.prefixes
    n = len(doc)
    for tok in doc:
        if tok.idx < covered_until:
            continue
        if not tok.text[:1].isupper() and not _ARTICLE_START.match(text, tok.idx):
            continue
        # Longest name from here: extend token by token while the words so far begin some key.
        best = None
        for j in range(tok.i, min(n, tok.i + 8)):
            end = doc[j].idx + len(doc[j].text)
            possessive = POSSESSIVE.search(doc[j].text)
            if possessive and len(doc[j].text) > 3:  # "Canada’s" left as one token
                end -= len(possessive.group(0))
            key = " ".join(folded[tok.idx:end].split())
            key_id = key_ids.get(key, -1)
            if key_id >= 0 and doc[j].text[:1].isalnum():
                surface = text[tok.idx:end]
                # Short names count only as written in capitals (US, UK, NSW), never "Us"; a three-letter name
                # written as a name also after a word of place ("outskirts of Jos", "in Gao", "town of Kut").
                # (an item of a list of places is a name too: "Enugu, Owerri and Aba")
                if not (len(key) <= 3 and "." not in key and not surface.isupper()) or (tok.i, j) in listed or (
                        _short_name_at_place(text, tok, key, surface)):
                    best = (end, key, key_id, j)
            if key not in prefixes and not JOINER_TOKEN.match(doc[j].text):
                break
        # A preposition opening a sentence ("Near Raqqah, Syria, ...") begins no respelt name: its letters made
        # "Near Raqqah" a skeleton of Nīāraq in Iran, and the name after it went unread.
        variant = None if tok.lower_ in ENTITY_LEADING_PREPOSITIONS else _variant_match(
            doc, text, tok, gaz, best[0] if best else -1)
        if variant is not None:
            best = variant
        generic = _generic_head_run(doc, text, tok, gaz, best)
        if generic is not None:  # "Wadi Barada", "Dogon Noma": the whole name, whatever its first or last word names
            ent = ents_by_token.get(tok.i)
            if ent is not None:
                generic.label = ent.label_
                generic.extra["ent"] = (ent.start_char, ent.end_char)
            spans.append(generic)
            covered_until = generic.end
            continue
        if best is None:
            continue
        end, key, key_id, j = best
        entries = [int(e) for e in gaz.entries_for(key_id)]
        if variant is not None:
            exact = gaz.key_ids.get(key, -1)  # a name in the data under this spelling comes first
            if exact >= 0:
                first = [int(e) for e in gaz.entries_for(exact)]
                entries = first + [e for e in entries if e not in set(first)]
        ent = ents_by_token.get(tok.i)
        span = Span(tok.idx, end, text[tok.idx:end], key, entries,
                    sentence_start=tok.is_sent_start or (tok.i > 0 and doc[tok.i - 1].is_punct and doc[tok.i - 1].text in '"“‘('))
        if ent is not None:
            span.label = ent.label_
            span.extra["ent"] = (ent.start_char, ent.end_char)
        if variant is not None:
            span.extra["variant"] = True
        if (tok.i, j) in listed:
            span.extra["listed"] = True  # an item of an entity that lists places (read again once the story's countries are known)
        if tok.lower_ in GENERIC_NAME_HEADS and " " in key:
            span.extra["generic_head"] = True  # "Kafr Nabl", "Tal Rifaat": a name whose first word says it is a place
        spans.append(span)
        covered_until = end
    spans = _with_unmatched_entities(doc, gaz, spans)
    for s in spans:
        if s.label in PLACE_LABELS and (s.extra.get("variant") or not s.entries) and s.extra.get("ent") == (s.start, s.end):
            ent = doc.char_span(s.start, s.end)
            if ent is not None and ends_a_persons_name(doc, ent[0], ent[-1]):
                s.extra["person_name"] = True  # "the director, Deprose Muchena said" (GPE): a surname the gazetteer lacks
        read_cues(text, s)
        read_own_level(gaz, s)
    spread_plural_hints(text, spans)
    return spans


def _short_name_at_place(text: str, tok, key: str, surface: str) -> bool:
    """A name of three letters written with a capital ("Jos", "Gao", "Kut", "Bol") right after a preposition
    or a word of place ("in", "near", "the outskirts of", "the town of"): a name, not a word that starts a
    sentence ("Its", "Our")."""
    if len(key) != 3 or not surface[:1].isupper() or not surface[1:].islower() or key in STOP_WORDS:
        return False
    if tok.is_sent_start:
        return False
    after = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if after is not None and (after.text[:1].isupper() or JOINER_TOKEN.match(after.text)):
        return False  # the start of a longer name: "in Abu Shok", "in Mid-Jutland"
    before = text[max(0, tok.idx - 60):tok.idx]
    return bool(LOCATIVE.search(before) or KIND.search(before) or NEAR_WORDS.search(before))


def _generic_head_run(doc, text: str, tok, gaz: Gazetteer, best) -> Optional[Span]:
    """A name that begins with a common noun of its language ("Wadi", "Kafr", "Dogon", "Tudun": GENERIC_NAME_HEADS)
    and goes on with capitalised words that the gazetteer has no name for from here: the whole run is one
    place, found by its spelling or skeleton or not at all; neither its head alone ("Wadi", El Oued in Algeria)
    nor a later word ("Noma" of "Dogon Noma", NoMa in Washington) is matched on its own."""
    if tok.lower_ not in GENERIC_NAME_HEADS or not tok.text[:1].isupper():
        return None
    if best is not None and best[3] > tok.i:
        return None  # the gazetteer has a longer name from here ("Tal Afar", "Sabon Gari")
    last = None
    for j in range(tok.i + 1, min(len(doc), tok.i + 8)):
        t = doc[j]
        if t.text[:1].isupper() and t.text[:1].isalpha() and t.lower_ not in STOP_WORDS:
            last = j
        elif t.lower_ in NAME_INNER or JOINER_TOKEN.match(t.text) or (
                t.lower_ in SUN_ARTICLES and j + 1 < len(doc) and doc[j + 1].text[:1].isupper()):
            continue
        else:
            break
    if last is None:
        return None
    end = doc[last].idx + len(doc[last].text)
    possessive = POSSESSIVE.search(doc[last].text)
    if possessive and len(doc[last].text) > 3:
        end -= len(possessive.group(0))
    name = text[tok.idx:end]
    exact = gaz.lookup(name)
    entries = exact or gaz.lookup_variant(name)
    span = Span(tok.idx, end, name, fold_name(name), entries,
                sentence_start=tok.is_sent_start or (tok.i > 0 and doc[tok.i - 1].is_punct and doc[tok.i - 1].text in '"“‘('),
                extra={"generic_head": True})
    if entries and not exact:
        span.extra["variant"] = True
    return span


def _entity_start(ent, gaz: Gazetteer) -> int:
    """The token an entity's name begins at: after a preposition of place that spaCy's small model took into it
    at the start of a sentence or line ("Near Bayji" as one PERSON), unless the whole is a gazetteer name
    ("In Salah")."""
    if (len(ent) > 1 and ent[0].lower_ in ENTITY_LEADING_PREPOSITIONS and ent[0].text[:1].isupper()
            and fold_name(ent.text) not in gaz.key_ids):
        return ent.start + 1
    return ent.start


# Lower-case words that may sit inside a name: ezafe and Arabic articles ("Nawa-e Barakzayi", "Qala-i-Naw").
NAME_INNER = frozenset({"e", "i", "ye", "yi", "y", "al", "el", "ul", "-"})


def _variant_match(doc, text: str, tok, gaz: Gazetteer, exact_end: int):
    """The longest run of name words from ``tok`` whose transliteration skeleton is a gazetteer
    name's ("Tarin Kowt" for Tarīn Kōṯ, "Nawa-e Barakzayi" for Nāwah-ye Bārakzāy), when it ends
    after the exact match (if any); as (end, key, key_id, last token)."""
    best = None
    # A longer run with the exact match's own skeleton adds nothing ("Texas A white ...": the A folds away).
    exact_skeleton = variant_key(text[tok.idx:exact_end]) if exact_end > tok.idx else None
    for j in range(tok.i, min(len(doc), tok.i + 5)):
        t = doc[j]
        if t.text[:1].isupper() and t.text[:1].isalpha():
            end = t.idx + len(t.text)
            possessive = POSSESSIVE.search(t.text)
            if possessive and len(t.text) > 3:
                end -= len(possessive.group(0))
            if end > exact_end:
                skeleton = variant_key(text[tok.idx:end])
                key_id = gaz.variant_ids.get(skeleton, -1) if skeleton != exact_skeleton else -1
                if key_id >= 0:
                    best = (end, fold_name(text[tok.idx:end]), key_id, j)
        elif t.lower_ not in NAME_INNER and not JOINER_TOKEN.match(t.text):
            break
    return best


# After a name spaCy calls a place, the members of a group (MEMBER_NOUNS and a people's kinds): the name is a people's
# or a group's ("Tuareg rebels"), where the gazetteer has no place of that name.
_GROUP_AFTER = re.compile(r"\s+(?:" + "|".join(re.escape(n) for n in MEMBER_NOUNS + PEOPLE_MEMBERS) + r")\b", re.I)


def _placed_anywhere(text: str, name: str) -> bool:
    """Whether the story puts anything in or at ``name`` (a preposition of place before it, anywhere): then it is a
    place the gazetteer lacks ("Puntland forces ... fighting in Puntland"), one name one sense, not a people."""
    return any(LOCATIVE.search(text, max(0, m.start() - 40), m.start()) and not _GROUP_AFTER.match(text, m.end())
               for m in re.finditer(r"\b" + re.escape(name) + r"\b(?!-)", text))  # (not "in Tuareg-held towns")


def _with_unmatched_entities(doc, gaz: Gazetteer, spans: list[Span]) -> list[Span]:
    """Add GPE/LOC entities the trie did not cover, looked up after dropping "the" and
    level words ("Garmsir District"); they stay unresolved when nothing matches."""
    out = list(spans)
    for ent in doc.ents:
        if ent.label_ in ("PERSON", "ORG") and _named_in_unit(doc, ent, spans):
            # "shelled Thantlang in Chin State" (PERSON): a name the gazetteer lacks, after a preposition of place
            # or a verb of attack and before the unit it lies in, named with its kind word
            out.append(Span(ent.start_char, ent.end_char, ent.text, fold_name(ent.text), [], label=ent.label_,
                            sentence_start=ent[0].is_sent_start, extra={"ent": (ent.start_char, ent.end_char),
                                                                        "named_in_unit": True}))
            continue
        if ent.label_ not in PLACE_LABELS:
            continue
        if any(s.start < ent.end_char and ent.start_char < s.end for s in spans):
            continue
        first = doc[_entity_start(ent, gaz)]
        name = re.sub(r"^(?:the)\s+", "", doc_text(doc)[first.idx:ent.end_char], flags=re.I)
        if not name[:1].isupper() or _CODE.match(name):
            continue  # "201st", "al-..." fragments; "M23 rebels"
        start = ent.end_char - len(name)
        key = fold_name(name)
        entries = gaz.lookup(name)
        qualified = QUALIFIER.match(name)
        if not entries and qualified:  # "Southern California": the named unit, coarsely
            entries = gaz.lookup(qualified.group(1))
        if not entries and _GROUP_AFTER.match(doc_text(doc), ent.end_char) and not _placed_anywhere(doc_text(doc), name):
            continue  # "Tuareg rebels", "Fulani herders": a people's name before its members, no place
        if not entries and _counted(doc, first.i):
            continue  # "about 7,000 Bosniaks and Croats were held": what a number counts is people, no place
        out.append(Span(start, ent.end_char, text_of(doc, start, ent.end_char), key, entries, label=ent.label_,
                        sentence_start=first.is_sent_start))
    out.sort(key=lambda s: s.start)
    return out


def _counted(doc, i: int) -> bool:
    """Whether the name at token ``i`` is counted: after a number that is no year ("7,000 Bosniaks") or after "of" and
    a number or a word of quantity ("thousands of Bosniaks"): people or things, no place."""
    before = doc[i - 1] if i > 0 else None
    if before is not None and before.lower_ == "of" and i > 1:
        before = doc[i - 2]
        return before.like_num or before.lower_ in VAGUE_AMOUNTS
    return before is not None and before.like_num and not re.fullmatch(r"(?:1[89]|20)\d\d", before.text)


# A unit named with its kind word ("in Chin State", ", South West region"): LEVEL_AFTER's words of one unit.
UNIT_WORDS = tuple(w for w, lvl in LEVEL_AFTER.items() if lvl in (ADMIN1, ADMIN2) and not w.endswith("s"))
_IN_UNIT_AFTER = re.compile(r"^(?:,|\s+in)\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+(?i:" + "|".join(UNIT_WORDS)
                            + r")\b")


_SMALL_UNIT_AFTER = re.compile(r"^\s+(?:township|territory|district)\s*(?:,|\(|\bin\b)")


def _named_in_unit(doc, ent, spans: list[Span]) -> bool:
    """Whether a one-word entity the gazetteer has no name for stands after a preposition of place or a verb of
    attack and before "in" or a comma and a unit named with its kind word ("in Seytenga, Seno province")."""
    if len(ent) != 1 or not ent.text[:1].isupper() or not ent.text.isalpha() or ent.text.isupper():
        return False
    if fold_name(ent.text) in STOP_WORDS or ent.text in DEMONYMS:
        return False
    if any(s.start < ent.end_char and ent.start_char < s.end for s in spans):
        return False
    before = doc_text(doc)[max(0, ent.start_char - 60):ent.start_char]
    honorific = HONORIFIC_BEFORE.search(before)
    if honorific and honorific.group(1).lower() in HONORIFICS:
        return False
    kind = KIND.search(before)
    if kind is not None and kind.group(2):
        return True  # "the Syrian town of Dabiq": a kind of place and "of" before a name say it is that place
    if not (LOCATIVE.search(before) or ATTACKED.search(before)):
        return False
    after = doc_text(doc)[ent.end_char:ent.end_char + 60]
    # "in Kyaukphyu township (Rakhine)": a level word of a small unit after the name says it is one
    # "seized Rubaya, a mining town in North Kivu": an appositive whose head is a kind of place says it is one
    apposed = APPOSED.match(after)
    return bool(_IN_UNIT_AFTER.match(after) or _SMALL_UNIT_AFTER.match(after)
                or (apposed is not None and apposed.group(1) in APPOSED_PLACE_HEADS))


def text_of(doc, start: int, end: int) -> str:
    return doc_text(doc)[start:end]


LANDMARK_KEYS = {fold_name(k) for k in LANDMARK_METONYMS}
