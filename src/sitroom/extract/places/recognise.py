"""Find place names in a parsed document: gazetteer matches backed by spaCy entities.

spaCy's small model finds most well-known places but mislabels conflict-zone names
(Garmsir as PRODUCT, Lashkar Gah as PERSON, Ghazni as ORG), so every capitalised
token is also looked up in the gazetteer trie (longest match first). A match is
kept when spaCy agrees it is a place, when a cue in the text says so ("X district",
"the village of X"), or when the evidence of the gazetteer and the document's
country focus is strong enough; entities spaCy calls places but the gazetteer
lacks are kept unresolved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ...lang.en.places import (  # noqa: F401 (STOP_WORDS and DIRECTIONS are read from here by the stage)
    ATTACKED_BEFORE, CAMP_AFTER, DIRECTIONS, PLACE_ONLY_ATTACKED_BEFORE, SECOND_LEVEL_AFTER, ENTITY_LEADING_PREPOSITIONS, GENERIC_NAME_HEADS, HONORIFICS, KIND_BEFORE, LOCATIVE_BEFORE, NEAR_BEFORE, OWN_LEVEL_WORDS, STOP_WORDS, TITLE_HEADS,
)
from ...lang.en.agencies import WIRE_AGENCIES
from ...lang.en.dates import MONTHS, WEEKDAYS
from .gazetteer import ADMIN1, ADMIN2, PPL, Gazetteer
from .normalise import SUN_ARTICLES, fold_name, fold_text, variant_key
from .tables import DEMONYMS, LANDMARK_METONYMS

PLACE_LABELS = {"GPE", "LOC"}
# Entity labels spaCy gives to place names it does not know; a gazetteer match equal
# to such an entity may still be a place, a longer one (Washington Post) is not.
OTHER_LABELS = {"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "FAC", "NORP", "LANGUAGE"}

# STOP_WORDS (lang/en/places.py): capitalised words that are also names of some village somewhere.
# Words after a name that tell its level; the plural also covers a preceding list.
LEVEL_AFTER = {
    "province": ADMIN1, "provinces": ADMIN1, "state": ADMIN1, "governorate": ADMIN1, "oblast": ADMIN1,
    "region": ADMIN1, "prefecture": ADMIN1, "district": ADMIN2, "districts": ADMIN2, "county": ADMIN2,
    "counties": ADMIN2, "municipality": ADMIN2, "township": ADMIN2, "townships": ADMIN2, "territory": ADMIN2,
    "city": PPL, "town": PPL, "village": PPL, "villages": PPL, "town's": PPL, "city's": PPL,
}
_BEFORE = re.compile(KIND_BEFORE, re.I)
_NEAR = re.compile(
    r"(\d+(?:[.,]\d+)?)\s*(?:km|kms|kilometres|kilometers|miles|mi)\s+(?:\(\d+\s*\w+\)\s+)?"
    + DIRECTIONS + r"?\s*(?:of|from|outside)\s+(?:the\s+(?:city|town|village)\s+of\s+)?$",
    re.I,
)
_NEAR_WORDS = re.compile(NEAR_BEFORE, re.I)
# A preposition of place right before a name: "in Dori", "near Kidal", "control of Palmyra". Weaker
# than a level word ("Dori district"), so it only admits names of towns of some size (see _is_place).
LOCATIVE = re.compile(LOCATIVE_BEFORE, re.I)
_ATTACKED = re.compile(ATTACKED_BEFORE, re.I)
_CAMP_AFTER = re.compile(CAMP_AFTER, re.I)
_SECOND_LEVEL_AFTER = re.compile(SECOND_LEVEL_AFTER, re.I)
_PLACE_ONLY_ATTACKED = re.compile(PLACE_ONLY_ATTACKED_BEFORE, re.I)
_BORDER_AFTER = re.compile(r"^[\s-]*border\b", re.I)
_PAIR_BORDER = re.compile(r"^-(\w[\w ]*?)\s+border\b")


_TITLE_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+of\s+the\s+$")
_HONORIFIC_BEFORE = re.compile(r"\b([A-Z][a-z]+)\.?\s+$")
_WEB_AFTER = re.compile(r"^\.(?:com|org|net|info|news|tv|co|ng|gov)\b", re.I)
_WEB_BEFORE = re.compile(r"(?:www\.|https?://)$", re.I)
# A dateline that opens a line: "TORRINGTON —", "HOLLIDAY, Mo. —", "VICTORIA - The home ...".
_DATELINE_AFTER = re.compile(r"^(?:\s*,|\s+[-\u2013\u2014])")
_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")
# An Arabic article written in lower case before a name ("in al-Hilla", "el-Fasher"): the name starts there,
# so the preposition before it counts and the gazetteer's "Al Hillah" is met.
_ARTICLE_START = re.compile(r"(?:al|el)-[A-Z]")
POSSESSIVE = re.compile(r"['’]s?$")
_OWNED = re.compile(r"^['’]s\s+([A-Za-z]+)")
# Tokens that fold to nothing but a space ("-" in "Sar-e Pul"): the words so far are unchanged.
JOINER_TOKEN = re.compile(r"^[-‐‑‒–—_/]+$")
# A code of capitals and digits ("M23", "G5", "B52"): an armed group's, a summit's or a machine's name, no place.
_CODE = re.compile(r"^[A-Z]{1,4}-?\d{1,4}$")
_QUALIFIER_WORD = (r"(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Greater|"
                   r"North-?[Ee]astern|North-?[Ww]estern|South-?[Ee]astern|South-?[Ww]estern)")
QUALIFIER = re.compile(rf"^{_QUALIFIER_WORD}\s+(.+)$")


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
    text = doc.text
    folded = fold_text(text)
    ents_by_token = {}
    for ent in doc.ents:
        if _entity_start(ent, gaz) != ent.start:
            continue  # "Near Bayji" as a PERSON: spaCy's label for such a run says nothing of the name in it
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
                if not (len(key) <= 3 and "." not in key and not surface.isupper()) or _short_name_at_place(
                        text, tok, key, surface):
                    best = (end, key, key_id, j)
            if key not in prefixes and not JOINER_TOKEN.match(doc[j].text):
                break
        variant = _variant_match(doc, text, tok, gaz, best[0] if best else -1)
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
        if tok.lower_ in GENERIC_NAME_HEADS and " " in key:
            span.extra["generic_head"] = True  # "Kafr Nabl", "Tal Rifaat": a name whose first word says it is a place
        spans.append(span)
        covered_until = end
    spans = _with_unmatched_entities(doc, gaz, spans)
    for s in spans:
        read_cues(text, s)
        _read_own_level(gaz, s)
    _spread_plural_hints(text, spans)
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
    return bool(LOCATIVE.search(before) or _BEFORE.search(before) or _NEAR_WORDS.search(before))


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
        name = re.sub(r"^(?:the)\s+", "", doc.text[first.idx:ent.end_char], flags=re.I)
        if not name[:1].isupper() or _CODE.match(name):
            continue  # "201st", "al-..." fragments; "M23 rebels"
        start = ent.end_char - len(name)
        key = fold_name(name)
        entries = gaz.lookup(name)
        qualified = QUALIFIER.match(name)
        if not entries and qualified:  # "Southern California": the named unit, coarsely
            entries = gaz.lookup(qualified.group(1))
        out.append(Span(start, ent.end_char, text_of(doc, start, ent.end_char), key, entries, label=ent.label_,
                        sentence_start=first.is_sent_start))
    out.sort(key=lambda s: s.start)
    return out


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
    before = doc.text[max(0, ent.start_char - 60):ent.start_char]
    honorific = _HONORIFIC_BEFORE.search(before)
    if not (LOCATIVE.search(before) or _ATTACKED.search(before)) or (honorific and honorific.group(1).lower() in HONORIFICS):
        return False
    after = doc.text[ent.end_char:ent.end_char + 60]
    # "in Kyaukphyu township (Rakhine)": a level word of a small unit after the name says it is one
    return bool(_IN_UNIT_AFTER.match(after) or _SMALL_UNIT_AFTER.match(after))


def text_of(doc, start: int, end: int) -> str:
    return doc.text[start:end]


# One or two capitalised words right before a name, after a word in lower case (not the start of a sentence).
_NAME_BEFORE = re.compile(r"[a-z,]\s+((?:[A-Z][a-z]+\s+){1,2})$")


def _not_name_part(word: str) -> bool:
    """A capitalised word that does not make a place's name longer: a qualifier ("Upper"), a title ("President"),
    a nationality, a month or a day."""
    low = word.lower()
    return (bool(re.fullmatch(_QUALIFIER_WORD, word)) or low in TITLE_HEADS or low in HONORIFICS or word in DEMONYMS
            or low in MONTHS or low in WEEKDAYS)


def read_cues(text: str, s: Span) -> None:
    after = text[s.end: s.end + 40]
    m = re.match(r"^\s+([A-Za-z']+)", after)
    s.extra["next"] = m.group(1) if m else ""
    owned = _OWNED.match(after)
    if owned:
        s.extra["owns"] = owned.group(1).lower()  # "Mali's army": the noun the name owns
    if (m and "\n" not in m.group(0) and m.group(1)[:1].isupper() and m.group(1).lower() not in MONTHS
            and m.group(1).lower() not in WEEKDAYS and m.group(1) not in DEMONYMS):
        s.extra["name_goes_on"] = True  # "Near Dayr Az Zayr": "Dayr" is only the start of a longer name
    lead = _NAME_BEFORE.search(text, max(0, s.start - 40), s.start)
    if lead and not any(_not_name_part(w) for w in lead.group(1).split()):
        s.extra["name_before"] = True  # "in Let Yet Kone village": "Kone" is only the end of a longer name
    if m and m.group(1).lower() in LEVEL_AFTER:
        s.level_hint = LEVEL_AFTER[m.group(1).lower()]
        s.cue = True
        s.extra["after"] = m.group(1).lower()
    elif _SECOND_LEVEL_AFTER.match(after):
        s.level_hint = ADMIN2  # (no cue, as for a camp: the words say its level, not that it is a place)
    elif _CAMP_AFTER.match(after):
        s.level_hint = PPL  # (no cue: a camp's name says where it is no more than the name alone)
    before = text[max(0, s.start - 60): s.start]
    mb = _BEFORE.search(before)
    if mb and mb.group(3) and mb.group(3)[:1].isupper():
        mb = None  # "City Hall", "Town Hall": a capitalised kind word right before a name begins that name
    if mb:
        word = (mb.group(1) or mb.group(2) or mb.group(3)).lower()
        if mb.group(1):
            s.level_hint = LEVEL_AFTER.get(word.rstrip("s") if word.endswith("ts") else word, ADMIN1)
        else:
            s.level_hint = PPL
        s.cue = True
    mn = _NEAR.search(before)
    if mn:
        s.near = mn.group(0).strip()
        s.cue = True
    elif _NEAR_WORDS.search(before):
        s.near = _NEAR_WORDS.search(before).group(0).strip()
    if re.search(r"\w\s*\(\s*$", before):
        s.extra["bracketed"] = True  # "Tarin Kot (Urozgan)": the parent of the name before
    title = _TITLE_BEFORE.search(before)
    if title and title.group(1).lower() in TITLE_HEADS:
        s.extra["title"] = title.group(0).strip()  # "Admiral of the Fleet"
    honorific = _HONORIFIC_BEFORE.search(before)
    if honorific and honorific.group(1).lower() in HONORIFICS:
        s.extra["honorific"] = honorific.group(1)  # "Governor Zulum", "Mr Oban"
    if _WEB_AFTER.match(text[s.end:s.end + 8]) or _WEB_BEFORE.search(before):
        s.extra["website"] = True  # "Sahara Reporters.com", "www.premiumtimesng"
    if (s.text.isupper() and len(s.key) >= 3 and _LINE_START.search(text[max(0, s.start - 80):s.start])
            and _DATELINE_AFTER.match(text[s.end:s.end + 4])):
        s.cue = True  # a dateline: the town the reporter files from
        s.level_hint = s.level_hint if s.level_hint is not None else PPL
        s.extra["dateline"] = True
    if _ATTACKED.search(before):
        s.extra["attacked"] = True  # "shelled Mariupol"
        if _PLACE_ONLY_ATTACKED.search(before):
            s.extra["attacked_place"] = True  # "shelled Kherson": no person is shelled
    if s.key in WIRE_AGENCIES and not (s.cue or _ATTACKED.search(before) or LOCATIVE.search(before)):
        # "according to Xinhua", "Xinhua reported", "(SANA)": the wire service, not its namesake county;
        # "in Xinhua county" has a cue and "in Xinhua" a preposition of place.
        s.extra["agency"] = True
    if LOCATIVE.search(before):
        s.extra["locative"] = True
        # "at Khan's rally": a possessive before a noun names its owner, most often a person.
        s.extra["possessive"] = bool(re.match(r"['’]s\s+[a-z]", text[s.end:s.end + 4]))


_OWN_LEVEL = re.compile(r"^(.+?)\s+(" + "|".join(OWN_LEVEL_WORDS) + ")$", re.I)


def _read_own_level(gaz: Gazetteer, s: Span) -> None:
    """"Karak district", "Cross River State": a name that carries its level word says its level, and
    the units named without the word ("Al Karak") are candidates too; spaCy's entity may stop before
    the word ("Karak" ORG), which still makes the whole span that entity."""
    m = _OWN_LEVEL.match(s.text)
    if m is None or s.kind != "name":
        return
    word = m.group(2).lower()
    s.level_hint = LEVEL_AFTER.get(word, ADMIN1)
    s.cue = True
    s.extra.setdefault("after", word)
    bare = [e for e in gaz.lookup(m.group(1)) if e not in set(s.entries)]
    s.entries = s.entries + bare
    if s.extra.get("ent") == (s.start, s.start + len(m.group(1))):
        s.extra["ent"] = (s.start, s.end)


def _spread_plural_hints(text: str, spans: list[Span]) -> None:
    """"Kunduz, Sar-e Pul, Takhar and Helmand provinces": the plural covers the list."""
    for i, s in enumerate(spans):
        if s.extra.get("after") not in ("provinces", "districts", "counties", "villages"):
            continue
        j = i - 1
        while j >= 0:
            gap = text[spans[j].end: spans[j + 1].start]
            if not re.fullmatch(r"\s*(?:,|,?\s*and|&)\s*", gap):
                break
            spans[j].level_hint = s.level_hint
            spans[j].cue = True
            j -= 1


LANDMARK_KEYS = {fold_name(k) for k in LANDMARK_METONYMS}
