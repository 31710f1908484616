"""What makes a plain statement an accusation besides its words of charging (see kinds.content_kind): a
doer other than the speaker who coerces people or should have done otherwise, and "accused" that only names
a defendant and so charges no one."""

from __future__ import annotations

from ...lang.en.claims.kinds import (
    AGENT_NOUNS,
    COERCION_VERBS,
    DEFENDANT_DEPS,
    PEOPLE_NOUNS,
    PERSONAL_PRONOUNS,
    REPROACH_MODALS,
)
from ...lang.en.claims.speakers import GOVERNMENT_NOUNS, GROUP_ANAPHORS, ROLE_WORDS
from ...lang.en.claims.speech import PARTY_NOUNS
from .control import negated as _negated, subject as _subject


def coerces(verb) -> bool:
    """A doer other than the speaker's "we" or "I" threatens, forces or pressures people: "police threatened
    Xu's sister", "saw him forcing her into the car", "these unions put pressure on us" (not "was forced to":
    the passive names no doer; "Floods forced thousands of families to flee" charges no one)."""
    if not _blamed_doer(verb):
        return False
    lemma = verb.lemma_.lower()
    if lemma in COERCION_VERBS:
        victims = [c for c in verb.children if c.dep_ == "dobj"]
    elif lemma == "put":  # "put pressure on us"
        victims = [g for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "pressure"
                   for p in c.children if p.dep_ == "prep" and p.lower_ == "on" for g in p.children]
        victims += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" and
                    any(o.dep_ == "dobj" and o.lemma_.lower() == "pressure" for o in verb.children)
                    for g in c.children if g.dep_ == "pobj"]
    else:
        return False
    return any(_is_people(v) for v in victims)


def _is_people(noun) -> bool:
    """People or a named party ("Xu's sister", "Blanchard", "us"), not a thing or a place."""
    return any(t.ent_type_ in ("PERSON", "NORP") or t.lower_ in PERSONAL_PRONOUNS or t.lemma_.lower() in PEOPLE_NOUNS
               or (t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "LOC", "FAC", "DATE")) for t in noun.subtree)


def reproached(verb) -> bool:
    """ "the president should have known the truth": what a doer should have done and did not (a
    passive "should not have been prosecuted" clears someone rather than blames)."""
    auxes = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return verb.tag_ == "VBN" and "have" in auxes and any(a in REPROACH_MODALS for a in auxes) and _blamed_doer(verb)
    # ("The talks should have started on Monday": a plan gone astray, no one blamed)


def _blamed_doer(verb) -> bool:
    """Whether the verb, active and not negated, has a subject that can be blamed other than the speaker's "we" or
    "I" (_is_doer), or none told: what coerces and reproached charge."""
    if _negated(verb) or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    subject = _subject(verb)
    return subject is None or (subject.lower_ not in ("i", "we") and _is_doer(subject))


def _is_doer(subject) -> bool:
    """A subject that can be blamed: people, a named party or a body of them ("the president", "police", "these
    unions", "Russia"), not a thing or an event ("Floods", "The talks", "The bridge")."""
    return _is_people(subject) or any(
        t.ent_type_ in ("ORG", "GPE") or t.lemma_.lower() in _DOER_NOUNS or t.lower_.endswith(("man", "men"))
        for t in subject.subtree)


_DOER_NOUNS = AGENT_NOUNS | PARTY_NOUNS | GROUP_ANAPHORS | GOVERNMENT_NOUNS | ROLE_WORDS


def defendant_spans(words: list) -> set[int]:
    """Where, in the words as written, "accused" names the defendant rather than charging anyone: "filed
    against the accused", "the accused's lack of licence", "the other accused men"."""
    out, at = set(), 0
    for t in words:
        if t.lower_ == "accused" and t.dep_ in DEFENDANT_DEPS:
            out.add(at)
        at += len(t.text_with_ws)
    return out
