"""A force that reaches a place, told as a sentence's act: the guide's troop deployment, Strategic developments /
Other ("Australian troops arrived in Afghanistan this morning", "Israeli tanks advanced to about 500 metres from
the offices", "Truckloads of armed men have been seen heading toward the area"). The typer reads such a sentence
by its other words: a visit ("arrived in"), a battle (tanks), a mob (armed men). A move with violence of its own
told ("advanced and killed five militants", "rolled in, firing shells") is the armed event; a move planned,
expected or ordered is no act of the sentence (the verb must be its act, or passed on by a report of it)."""

from __future__ import annotations

from typing import Optional

from ...lang.en.events.irrealis import MODAL_AUX
from ...lang.en.events.strategic import (
    ARMED_MEN_NOUNS,
    FORCE_CARRIER_NOUNS,
    FORCE_MODIFIERS,
    FORCE_MOVE_LEMMAS,
    FORCE_VIOLENCE_LEMMAS,
    FORCE_VIOLENCE_NOUNS,
    MOVE_DIRECTIONS,
    MOVE_TELLERS,
    MOVING_FORCE_NOUNS,
    PASSIVE_FORCE_MOVES,
)
from ...lang.en.reporting import REPORTING_LEMMAS
from .taxonomy import DISASTERS, OTHER, STRATEGIC, event_type_of


def moving_force(sent) -> Optional[object]:
    """The verb of a force's move that is the act of the parsed sentence ``sent`` (a spaCy span), None when there
    is none or the sentence tells violence beside it."""
    verb = next((t for t in sent if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in FORCE_MOVE_LEMMAS
                 and _force_subject(t) and _towards(t) and _is_act(t)), None)
    if verb is None:
        return None
    for t in sent:
        lemma = t.lemma_.lower()
        if ((t.pos_ == "VERB" and lemma in FORCE_VIOLENCE_LEMMAS) or (t.pos_ == "NOUN" and lemma in FORCE_VIOLENCE_NOUNS)) \
                and not _purpose(t):
            return None  # "advanced and killed", "rolled in, firing shells", "amid clashes": the armed event
    return verb


def force_moved(label: str, sent) -> str:
    """Strategic developments / Other when ``sent`` tells a force reaching a place as its act and the typer read
    another family; else ``label`` (a strategic sub-type stays: the typer read a strategic act; so does a disaster:
    troops sent to a flood bring relief, no armed actor's move)."""
    if sent is None or event_type_of(label) in (STRATEGIC, DISASTERS):
        return label
    return OTHER if moving_force(sent) is not None else label


def _force_subject(verb) -> bool:
    """Whether the verb's subject is a force: a force noun ("Israeli tanks", "troop re-enforcements"), armed men, or
    a carrier of either ("truckloads of armed men"); passive only for a deployment ("troops were deployed")."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if passive and verb.lemma_.lower() not in PASSIVE_FORCE_MOVES:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ in ("xcomp", "conj"):  # "have started arriving", "seen heading"
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(_is_force(s) or (s.lower_ in FORCE_CARRIER_NOUNS and any(
        _is_force(o) for p in s.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children))
        for s in subjects)


def _towards(verb) -> bool:
    """Whether the move is told with where it goes, an English preposition or particle ("arrived in", "rolled into",
    "fanned out"): a force reaching a place. Not a move word in a name ("the Forces pour la Défense de la Démocratie
    marched": French "pour", parsed as a verb with the party's forces its subject and "la" its preposition). A
    deployment needs none: its word says the force is there."""
    if verb.lemma_.lower() in PASSIVE_FORCE_MOVES:
        return True  # "a large police force was deployed to intimidate the protesters": deployed says it is there
    return any(c.dep_ in ("prep", "prt") and c.lower_ in MOVE_DIRECTIONS for c in verb.children)


def _is_force(noun) -> bool:
    if any(c.dep_ == "compound" and c.lower_ == "troop" for c in noun.children):
        return True  # "troop reinforcements", "troop convoys" (a split "re-enforcements" too)
    word = noun.lower_
    if word in ARMED_MEN_NOUNS:
        return word == "gunmen" or any(c.lower_ == "armed" for c in noun.children)
    if word in FORCE_CARRIER_NOUNS:  # "an army convoy"; not "an aid convoy" ("a convoy of troops": its subject's "of")
        return any(c.dep_ in ("compound", "amod") and c.lower_ in FORCE_MODIFIERS for c in noun.children)
    return word in MOVING_FORCE_NOUNS


def _is_act(verb) -> bool:
    """The move is the sentence's act: its root, or passed on by a verb that reports, sees or begins it."""
    tok, hops = verb, 0
    while tok.dep_ != "ROOT" and hops < 4:
        if tok.dep_ not in ("ccomp", "xcomp", "conj") or _infinitive(tok):
            return False
        if tok.dep_ != "conj" and tok.head.lemma_.lower() not in MOVE_TELLERS | REPORTING_LEMMAS:
            return False
        tok, hops = tok.head, hops + 1
    return tok.dep_ == "ROOT" and not any(c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in verb.children)


def _purpose(tok) -> bool:
    """Whether ``tok`` is, or lies below, a verb with "to" in its sentence ("deployed to end days of deadly clashes"):
    violence a move is meant to stop or bring, no act beside it."""
    return _infinitive(tok) or any(_infinitive(a) for a in tok.ancestors)


def _infinitive(tok) -> bool:
    """A verb with "to" ("to fight the Taliban", "to end days of deadly clashes"): a purpose or a plan, no act."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
