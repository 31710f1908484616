"""Entities whose text is a list of place names ("Enugu, Owerri and Aba", which spaCy's small model may call one
organisation): a list of places is no organisation's name, so recognise.find_spans reads each item on its own."""

from __future__ import annotations

from typing import NamedTuple

from ...lang.en.places import STOP_WORDS
from ...read.nlp import doc_text
from .gazetteer import ADMIN1, ADMIN2, COUNTRY, PPL, Gazetteer
from .normalise import fold_name


class Item(NamedTuple):
    """An item of an entity that lists places, standing as an entity of its own (what find_spans reads of one)."""

    label_: str
    start_char: int
    end_char: int


# What parts the items of a list: a comma, "and", "or" (not "&", which joins the founders of a firm: "Marks & Spencer").
_LIST_WORDS = frozenset({",", "and", "or"})
# Labels whose entity may be read as a list of places: not a person's ("Washington, Lincoln and Jefferson" are men).
_LIST_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})


def listed_places(ent, gaz: Gazetteer) -> list[tuple[int, int]]:
    """The items (token ranges) of an entity whose text is a list of names of places: two or more items parted by
    commas, "and" or "or", each a name the gazetteer has for a country, a unit or a town ("Enugu, Owerri and Aba",
    which spaCy's small model calls one organisation). An organisation's name is no list of places: "the Enugu State
    Government" and "Abuja Electricity Distribution Company" have items that are no place names, "Bosnia and
    Herzegovina" is one place's name."""
    if ent.label_ not in _LIST_LABELS or len(ent) < 3:
        return []
    tokens = list(ent)
    if tokens[0].lower_ == "the":
        tokens = tokens[1:]
    if fold_name(doc_text(ent.doc)[tokens[0].idx:ent.end_char]) in gaz.key_ids:
        return []  # "Trinidad and Tobago": one name
    items, run = [], []
    for t in tokens + [None]:
        if t is None or t.lower_ in _LIST_WORDS:
            if run:
                items.append((run[0].i, run[-1].i + 1))
            elif t is None or t.lower_ not in ("and", "or") or not items:
                return []  # a list word with no item before it ("and" may follow a comma: "Enugu, Owerri, and Aba")
            run = []
        else:
            run.append(t)
    if len(items) < 2:
        return []
    for a, b in items:
        name = ent.doc[a:b]
        key_id = gaz.key_ids.get(fold_name(name.text), -1)
        if not name.text[:1].isupper() or key_id < 0 or fold_name(name.text) in STOP_WORDS or not any(
                gaz.level[e] in (COUNTRY, ADMIN1, ADMIN2, PPL) for e in gaz.entries_for(key_id)[:40]):
            return []
    return items
