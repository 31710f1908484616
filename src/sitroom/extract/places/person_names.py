"""A name spaCy calls a place that ends a person's name: "the agency's director, Deprose Muchena said" (Muchena
tagged GPE, Deprose left untagged), "its spokesman, Muchena, said". The small model often tags an unfamiliar
surname as a place when it misses the first name; such a name, which the gazetteer lacks too, would stand as an
unresolved place of the story (and an event's). Only names the gazetteer lacks are read here: a surname that is
also a town is weighed by the focus of the story (policy.py, __init__._is_surname).
"""

from __future__ import annotations

from ...lang.en.claims.speakers import ROLE_WORDS
from ...lang.en.events.arguments import FEATURE_BEFORE
from ...lang.en.places import GENERIC_NAME_HEADS
from ...read.nlp import doc_text
from .cues import ATTACKED, KIND, LOCATIVE, not_name_part


def ends_a_persons_name(doc, first, last) -> bool:
    """Whether the entity of tokens ``first``..``last`` follows a capitalised word spaCy tagged as nothing that the
    parser joins to it as the first part of one name ("Deprose Muchena"), with no preposition of place, verb of
    attack or kind word before the two ("in Bir Muchena", "the town of ..."); or follows a role noun, right
    before it or before a comma ("spokesman Muchena", "the director, Muchena, said")."""
    i = first.i
    if i == 0:
        return False
    prev = doc[i - 1]
    if prev.text == "," and i >= 2:
        prev = doc[i - 2]
        return prev.pos_ == "NOUN" and prev.lower_ in ROLE_WORDS  # "the director, Muchena"
    if prev.pos_ == "NOUN" and prev.lower_ in ROLE_WORDS:
        return True  # "spokesman Muchena"
    if not (prev.tag_ == "NNP" and not prev.ent_type_ and prev.text.isalpha() and prev.text[:1].isupper()
            and not prev.text.isupper() and prev.dep_ == "compound" and first.i <= prev.head.i <= last.i):
        return False
    if not_name_part(prev.text) or prev.lower_ in GENERIC_NAME_HEADS:
        return False  # "Upper Muchena", "President ...", "Kafr Nabl": a qualifier, title or place word opens it
    text = doc_text(doc)
    before = text[max(0, prev.idx - 60):prev.idx]
    return not (LOCATIVE.search(before) or ATTACKED.search(before) or KIND.search(before)
                or FEATURE_BEFORE.search(text, max(0, first.idx - 12), first.idx))
