"""A release of captives told as the sentence's act (the guide: the release of hostages or kidnapped people is
Strategic developments / Other, not the abduction): "Three of the students who were kidnapped in May have been
freed, police said", "The gang released two of the hostages", "the pastor and his daughter were free". The
abduction then is background in the sentence (a relative clause, a participle): the typer reads its words, the
coder codes the release. The abduction itself is coded from the report that tells it."""

from __future__ import annotations

from typing import Optional

from ...lang.en.events.arrests import SET_FREE_LEMMAS
from ...lang.en.events.strategic import RELEASED_THINGS
from .clause_sides import event_anchor
from .taxonomy import OTHER  # noqa: F401 (the type of a release: the extractor reads it here)

VAC = "Violence against civilians /"


def release_verb(label: str, doc, start: int, trigger: Optional[int] = None):
    """The verb of the release when a sentence (starting at ``start`` in ``doc``) typed as violence against
    civilians has a release of people as its main act (after any reporting verb), else None. The event is then
    Strategic developments / Other (OTHER), at the release's place and day, its sides the abduction's: the
    captors (an unidentified armed group when unnamed) and the people they held. A release whose doer also
    does the violence the sentence is typed by, in a verb joined to it ("troops freed the hostages and killed
    two kidnappers", ``trigger`` its character offset), is a rescue: the violence is coded, not the release."""
    if not label.startswith(VAC) or doc is None:
        return None
    tok = event_anchor(doc, start, False)
    if tok is None or not is_release(tok):
        return None
    return None if trigger is not None and _joined_act(tok, trigger) else tok


def _joined_act(release, trigger: int) -> bool:
    """Whether the verb at character offset ``trigger`` is another verb coordinated with the release."""
    return any(c.dep_ == "conj" and c.pos_ == "VERB" and c.idx == trigger for c in release.children)


def is_release(tok) -> bool:
    """Whether the verb ``tok`` sets people free: "(were) freed/released" of people, "released/freed <people>",
    "set <people> free", "<people> were free"."""
    kids = list(tok.children)
    if tok.lemma_.lower() in SET_FREE_LEMMAS and tok.pos_ == "VERB":
        if any(c.dep_ == "prt" and c.lower_ == "up" for c in kids):
            return False  # "freed up the road": made room, set no one free
        passive = [c for c in kids if c.dep_ == "nsubjpass"]
        objects = [c for c in kids if c.dep_ == "dobj"]
        released = passive or objects
        return bool(released) and all(_person(c) for c in released)
    if tok.lemma_.lower() == "set" and any(t.lower_ == "free" and t.head.i in (tok.i, *(c.i for c in kids))
                                           for t in tok.subtree):
        return True  # "set the hostages free" (free on the verb, or parsed on its object)
    if tok.lemma_.lower() == "be" and any(c.dep_ == "acomp" and c.lower_ == "free" for c in kids):
        # "the pastor and his daughter were free"; not "are still free" (at large), nor a subject told by what it
        # did to others ("the gunmen who abducted the students are free")
        if any(c.dep_ == "advmod" and c.lower_ == "still" for c in kids):
            return False
        return any(c.dep_ == "nsubj" and _person(c) and not _told_as_doer(c) for c in kids)
    return False


def _told_as_doer(tok) -> bool:
    """Whether a noun phrase is described by what it did to someone: a relative clause with an object of its own."""
    return any(c.dep_ == "relcl" and any(g.dep_ == "dobj" for g in c.children) for c in tok.children)


def _person(tok) -> bool:
    """Whether a released noun phrase (its head ``tok``) names people, not a thing ("a statement")."""
    head = tok
    if head.lower_ in ("one", "some", "all", "most", "many", "none", "each", "both") or head.pos_ == "NUM":
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        head = obj if obj is not None else head
    return head.lemma_.lower() not in RELEASED_THINGS and head.lower_ not in RELEASED_THINGS and head.lower_ != "it"


# Non-state armed groups (ACLED inter codes: rebels, political and identity militias): the ones that hold hostages.
_CAPTOR_INTERS = (2, 3, 4)


def captor_first(a1, a2):
    """The sides of a release: the armed group the report names only as the captor ("hostages held by X were
    freed", "workers kidnapped by X were released") sets them free, so it is actor1, not the other side; the
    civilians held are then supplied as the abduction's. A state force named so is left alone (a detention's
    release is another story)."""
    if a1 is None and a2 is not None and a2.inter in _CAPTOR_INTERS:
        return a2, None
    return a1, a2
