"""Whether an event word is part of a name, not an event: a person's or a body's name ("Kevin Lynch", "the
Ceasefire Violations Committee"), a work's title ("the Murder in Paris documentary"); a storm's title before its
given name is the storm ("Cyclone Freddy killed 20 people"). Read by discourse's checks (rules.py)."""

from __future__ import annotations

from ...lang.en.events.disasters import STORM_TITLES
from ...lang.en.events.discourse import WORK_NOUNS

# Named things that contain an event word: "Kevin Lynch", "the Ceasefire Violations Committee".
_NAME_ENTS = {"PERSON", "ORG", "FAC", "WORK_OF_ART", "PRODUCT", "LAW", "EVENT", "NORP"}


def is_name_part(tok) -> bool:
    """The trigger is part of a name: "Kevin Lynch", "Ceasefire Violations Committee". Not a trigger that is an
    acronym on its own ("one strike destroyed a VBIED", "an IED went off"): spaCy calls such a word an
    organisation or a product, but the cue is the word itself."""
    if tok.text.isupper() and tok.ent_iob_ == "B" and (tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I"):
        return False
    if _storm_title(tok):
        return False
    return (tok.pos_ == "PROPN" and tok.ent_type_ in _NAME_ENTS) or _work_title(tok)


def _storm_title(tok) -> bool:
    """A storm's title before its given name, the storm doing the harm ("Cyclone Freddy killed 20 people"): the
    storm, which the name only tells apart. Only as its clause's subject: a named storm is most often a known past
    one named as a time or a cause ("relief efforts after Hurricane Maria", "destroyed by Cyclone Kenneth which hit
    the country"), and a title inside a longer name is no storm ("the Hurricane Maria Relief Fund")."""
    if tok.lower_ not in STORM_TITLES or tok.dep_ != "compound" or tok.head.i != tok.i + 1:
        return False
    name = tok.head
    return name.pos_ == "PROPN" and name.dep_ == "nsubj" and name.ent_type_ not in ("ORG", "FAC", "WORK_OF_ART", "LAW")


def _work_title(tok) -> bool:
    """A capitalised event word inside a sentence that names a work: "the Murder in Paris documentary", "the film,
    Massacre at Dawn, ..." (the title's head or apposition is a noun of works)."""
    if not tok.text[:1].isupper() or tok.text.isupper() or tok.i == tok.sent.start:
        return False
    return (tok.dep_ in ("nmod", "compound", "appos") and tok.head.pos_ == "NOUN"
            and tok.head.lemma_.lower() in WORK_NOUNS)
