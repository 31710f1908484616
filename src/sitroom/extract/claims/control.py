"""Control clauses inside a claim: who holds what ground ("174 areas ... had passed under their control",
"most areas of Kunduz ... have been captured by the Taliban", "the district fell to the Taliban")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ...lang.en.claims.kinds import CAPTURE_VERBS, STATE_AUX, TERRITORY_NOUNS
from ..pos import VERBAL


@dataclass
class Control:
    """The controller and the ground of a control clause."""

    controller_words: list  # tokens naming the controller, or a possessive pronoun
    territory_words: list  # tokens naming the ground
    verb: object
    negated: bool = False  # "did not capture Chora": a denial, no evidence that the controller holds it


def find_control(words: list, places: list, state_only: bool = False) -> Optional[Control]:
    """A control clause among ``words``: "passed under their control", "captured by the Taliban".

    state_only (bool): only control as a state (perfect, present, passive), not a one-off capture in the past.
    """
    inside = set(words)
    for t in words:
        lemma = t.lemma_.lower()
        if lemma == "control" and t.head.lower_ in ("under", "in") and t.head in inside:
            verb = _governing_verb(t)
            owner = [c for c in t.children if c.dep_ == "poss"]
            of = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            controller = owner or (list(of[0].subtree) if of else [])
            territory = _territory_of(verb) if verb is not None else []
            if controller and _is_ground(territory, places) and (not state_only or _is_state(verb)):
                return Control(controller, territory, verb, negated(verb))
        if lemma in CAPTURE_VERBS and t.pos_ == "VERB":
            control = _capture_clause(t, places)
            if control is not None and (not state_only or _is_state(t)):
                control.negated = negated(t)
                return control
    return None


def negated(verb) -> bool:
    return verb is not None and any(c.dep_ == "neg" for c in verb.children)


def _capture_clause(verb, places: list) -> Optional[Control]:
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    if lemma in ("pass", "gain", "fall") and not any(c.lower_ in ("to", "into") for c in children):
        return None
    agent = [g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    passive_subject = [c for c in children if c.dep_ == "nsubjpass"]
    if agent and passive_subject:
        territory = _territory_of(verb)
        if _is_ground(territory, places):
            return Control(list(agent[0].subtree), territory, verb)
        return None
    doer = subject(verb)
    objects = [c for c in children if c.dep_ == "dobj"]
    if lemma == "fall":  # "the district fell to the Taliban"
        to = [g for c in children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
        territory = _territory_of(verb)
        if to and _is_ground(territory, places):
            return Control(list(to[0].subtree), territory, verb)
        return None
    if not objects or doer is None:
        return None
    obj = objects[0]
    if obj.lemma_.lower() == "control":  # "took control over Garmsir district"
        ground = [g for c in obj.children if c.dep_ == "prep" and c.lower_ in ("of", "over")
                  for g in c.children if g.dep_ == "pobj"]
        territory = list(ground[0].subtree) if ground else []
    else:
        territory = list(obj.subtree)
    if _is_ground(territory, places):
        return Control(_subject_words(doer), territory, verb)
    return None


def _governing_verb(tok):
    node = tok
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in VERBAL:
            return node
    return None


def _territory_of(verb) -> list:
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj:
        return []
    s = subj[0]
    if s.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":  # "Afghanistan, which has passed under ..."
        head = verb.head
        return [t for t in head.subtree if t.i <= head.i and t.i >= head.left_edge.i]
    return [t for t in s.subtree]


def claimed_control(words: list, claimant: list, places: list) -> Optional[Control]:
    """ "The Syrian army now claims full control of Aleppo": the claimant holds the ground it names."""
    inside = set(words)
    head = next((t for t in words if t.head not in inside or t.head.i == t.i), None)
    if head is None or head.lemma_.lower() != "control" or not claimant:
        return None
    of = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if of and _is_ground(list(of[0].subtree), places):
        return Control(list(claimant), list(of[0].subtree), head)
    return None


def _is_ground(words: list, places: list) -> bool:
    """Do ``words`` name ground? Their head noun (or its conjuncts, or what it is "of") must be a
    territory noun or a place: "most areas of Kunduz", "Afghanistan", not "the tanks ... near Palmyra"."""
    if not words:
        return False
    inside = set(words)
    head = next((t for t in words if t.head not in inside or t.head.i == t.i), words[0])
    heads = [head, *[c for c in head.children if c.dep_ in ("conj", "appos")]]
    for h in list(heads):
        heads.extend(g for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj")
    heads.extend(c for h in list(heads) for c in h.children if c.dep_ == "conj")
    spans = [(p.start, p.end) for p in places]
    for h in heads:
        if h.lemma_.lower() in TERRITORY_NOUNS or h.text == "%":
            return True
        if any(s <= h.idx < e for s, e in spans):
            return True
    return False


def _is_state(verb) -> bool:
    """Perfect, present or passive: control as it stands, not a capture told as a past event."""
    if verb is None:
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & STATE_AUX:
        return True
    return verb.tag_ in ("VBZ", "VBP", "VBG") or verb.lemma_ in ("control", "hold")


def subject(verb):
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subj[0] if subj else None


def _subject_words(subject) -> list:
    if subject.lower_ in ("which", "that", "who") and subject.head.dep_ == "relcl":  # the antecedent
        subject = subject.head.head
    drop = {t for c in subject.children if c.dep_ in ("relcl", "acl", "appos") for t in c.subtree}
    return [t for t in subject.subtree if t not in drop]
