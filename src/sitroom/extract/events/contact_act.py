"""A meeting told as a sentence's act, typed by a violence word the sentence only names inside a noun phrase: the
guide's Diplomatic contact ("Sharon and Arafat met Mr Zinni yesterday and urged him to continue a mission marred by
constant violence, including Palestinian suicide bombings", "officials began meetings in Hanoi on Tuesday to discuss
funding to help victims still suffering from exposure to the chemical Agent Orange"). The typer reads the strongest
word; the codebook codes the act the sentence tells (rule 3: the act, not talk about another). A violence word that
is an act of its own is left to its type: a clause ("met after a suicide bomber killed ten"), a phrase on the
meeting's verb ("met after Sunday's bombing"), or one with its own day ("to discuss Monday's air strike")."""

from __future__ import annotations

from ...lang.en.events.strategic import (MEETING_HELD_LEMMAS, MEETING_NOUN_LEMMAS, MEETING_VERB_LEMMAS,
                                        MET_NOT_PARTY_LEMMAS)
from .patterns import find_cues
from .taxonomy import DIPLOMATIC_CONTACT, VIOLENT_TYPES, event_type_of


def meeting_verb(sent):
    """The root of the parsed sentence ``sent`` (a spaCy span) when it tells a meeting held by a subject it names
    ("X met Y", "officials began meetings"), else None."""
    root = sent.root
    if root.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "nsubj" for c in root.children):
        return None
    lemma = root.lemma_.lower()
    if lemma in MEETING_VERB_LEMMAS:
        return None if _met_no_party(root) else root
    if lemma in MEETING_HELD_LEMMAS and any(c.dep_ == "dobj" and c.lemma_.lower() in MEETING_NOUN_LEMMAS
                                            for c in root.children):
        return root
    return None


def _met_no_party(verb) -> bool:
    """Whether ``verb`` ("meet") meets no party but what resists an advance ("met stiff resistance", "met with heavy
    fire"): its object, or the noun after its "with", is one of MET_NOT_PARTY_LEMMAS."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in MET_NOT_PARTY_LEMMAS for o in objs)


def _inside_noun_phrase(tok, root) -> bool:
    """Whether ``tok`` is named inside another noun's phrase on its way up to ``root`` ("a mission marred by
    violence, including suicide bombings"), with no day or time of its own ("Monday's air strike")."""
    if any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree):
        return False
    head, below = tok, None
    while head.i != root.i:
        if head.dep_ in ("nsubj", "nsubjpass") and head.head.i != root.i and head.head.pos_ in ("VERB", "AUX"):
            return False  # the subject of a clause of its own: "after a bomber killed ten"
        if head.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
            return False  # a clause with its own subject: "met fighters who had attacked the base"
        below, head = head, head.head
        if head.i == below.i:
            return False
        if head.pos_ in ("NOUN", "PROPN") and head.i != root.i:
            return True
    return False


def contact_act(label: str, sent) -> str:
    """Diplomacy / Diplomatic contact when ``sent`` tells a meeting as its act (meeting_verb) and a violent type was
    read from words that all stand inside a noun phrase of it (_inside_noun_phrase); else ``label``."""
    if sent is None or event_type_of(label) not in VIOLENT_TYPES:
        return label
    root = meeting_verb(sent)
    if root is None:
        return label
    doc, base = sent.doc, sent.start_char
    cues = [c for c in find_cues(sent.text) if event_type_of(c.label) in VIOLENT_TYPES]
    if not cues:
        return label
    for c in cues:
        span = doc.char_span(base + c.start, base + c.end, alignment_mode="expand")
        if span is None or not len(span) or not _inside_noun_phrase(span.root, root):
            return label
    return DIPLOMATIC_CONTACT
