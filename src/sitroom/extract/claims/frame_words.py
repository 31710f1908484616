"""The words of a reporting frame, read from spaCy's dependency parse: those naming the speaker
(speaker_words), those reported (content_tokens), and the shapes of the parse in which a verb reports
("issued a statement declaring that", "joined in calling for", "called it a tragedy")."""

from __future__ import annotations

from ...lang.en.claims.speakers import COURT_WORDS
from ...lang.en.claims.speech import (
    CHARACTERISE, CLAIM_NOUNS, CLAIMED_OBJECTS, CLAUSE_ONLY, MUTE_SUBJECTS, OBJECTLESS_SAY, PASSIVE_REPORTS, RELATIVE_PRONOUNS,
    STATEMENT_NOUNS, WARN_VERBS,
)
from ..pos import VERBAL

# Classes whose object alone can carry the content ("guaranteed a safe withdrawal", "denied the report").
_OBJECT_CONTENT = {"commit", "accuse", "deny", "predict", "request"}
SUBJECT_DEPS = ("nsubj",)
CONTENT_DEPS = ("ccomp", "xcomp")


def characterisation(tok) -> list:
    """What "called X Y" / "described X as Y" / "dismissed X as Y" / "likened X to Y" says X is: Y."""
    if tok.lemma_.lower() not in CHARACTERISE or not any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
        return []
    for c in tok.children:
        if c.dep_ in ("oprd", "xcomp") and c.pos_ in ("NOUN", "PROPN", "ADJ", "PRON", "NUM"):
            said = list(c.subtree)
            # "called the police to the hall", "called him Ali": only a characterisation in quotation marks
            # or of an adjective or common noun ("called it a tragedy").
            if tok.lemma_.lower() == "call" and not _quoted(said) and c.pos_ == "PROPN":
                return []
            return said
        if c.dep_ == "prep" and c.lower_ in ("as", "to") and (c.lower_ == "as" or tok.lemma_.lower() == "liken"):
            obj = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if obj:
                return [t for g in obj for t in g.subtree]
    # "rejected the report at the time as having nothing new": the parser may hang the "as" on a phrase of time
    for c in tok.children:
        if c.dep_ == "prep" and c.i > tok.i:
            for g in c.children:
                for a in (a for a in g.children if g.dep_ == "pobj" and a.dep_ == "prep" and a.lower_ == "as"):
                    obj = [o for o in a.children if o.dep_ in ("pobj", "pcomp")]
                    if obj:
                        return [t for o in obj for t in o.subtree]
    return []


def _quoted(tokens: list) -> bool:
    if not tokens:
        return False
    first, last = tokens[0], tokens[-1]
    doc = first.doc
    before = doc[first.i - 1].text if first.i > 0 else ""
    after = doc[last.i + 1].text if last.i + 1 < len(doc) else ""
    return first.text in "“\"‘" or before in ("“", '"', "‘") or after in ("”", '"', "’")


def statement_acl(tok) -> bool:
    """ "issued a statement declaring that ...", "in a letter saying ...": the statement's issuer speaks."""
    return tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.lemma_.lower() in STATEMENT_NOUNS


def verb_as_modifier(tok) -> bool:
    """ "The UN envoy called on both sides to ...": the parser may make the sentence's only verb, in the
    past tense, a modifier of the noun before it; that noun is its subject."""
    head = tok.head
    return tok.dep_ == "acl" and tok.tag_ == "VBD" and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN") \
        and head.i == tok.i - 1 and not any(t.pos_ in VERBAL and t.dep_ == "ROOT" for t in tok.sent)


def for_clause(c) -> bool:
    """ "calls for the practices to be improved": a clause opened by "for" hanging from the verb."""
    return c.dep_ in ("advcl", "ccomp") and c.i > c.head.i and \
        any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children)


def joined_in(tok) -> bool:
    """ "joined in calling for the release", "persisted in demanding": a reporting verb under a
    preposition of a verb speaks with that verb's subject."""
    return tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "VERB"


def statement_issuer(noun):
    """Who issued the statement ``noun`` names: the subject of the verb it hangs from ("X issued a
    statement", "X said in a statement")."""
    node = noun
    while node.head.i != node.i and node.pos_ not in VERBAL:
        node = node.head
    subject = [c for c in node.children if c.dep_ in SUBJECT_DEPS]
    return subject[0] if subject and subject[0].lemma_.lower() not in MUTE_SUBJECTS else None


def finite_clause(tok) -> bool:
    """Does the verb take a clause with its own subject and verb ("found that the virus boosts ...")?"""
    return any(c.dep_ == "ccomp" and c.pos_ in VERBAL and
               any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children) for c in tok.children)


def expletive_clause(tok) -> bool:
    """ "it was reported that ...": an empty "it" (or no subject) and a clause."""
    subj = [c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj", "expl")]
    return all(c.lower_ == "it" for c in subj) and any(c.dep_ == "ccomp" for c in tok.children)


def content_tokens(tok, cls: str, lemma: str) -> list:
    picked = []
    for c in tok.children:
        if c.dep_ == "xcomp" and cls in ("commit", "request"):
            # "promised to remove the kafala system[, a practice common in the Gulf where ...]": the pledge,
            # not the writer's gloss of its words
            picked.extend(_without_asides(c))
        elif c.dep_ in CONTENT_DEPS:
            picked.extend(c.subtree)
        elif lemma == "call" and c.dep_ == "prep" and c.lower_ in ("on", "for", "upon"):
            picked.extend(_without_asides(c))
        elif lemma == "call" and for_clause(c):  # "call for people to sign out": the parse makes "for" a mark
            picked.extend(t for t in _without_asides(c) if not (t.dep_ == "mark" and t.head.i == c.i))
        elif lemma == "call" and _asked_act(c) and any(g.dep_ == "prep" and g.lower_ in ("on", "upon")
                                                        for g in tok.children):
            # "called on the police, the ministry and other authorities not to relent in ...": after a long
            # list the parser may hang the act asked for on the verb, yet it is what the called are asked
            picked.extend(_without_asides(c))
        elif lemma in WARN_VERBS and c.dep_ == "prep" and c.lower_ in ("of", "about", "against") and c.i > tok.i:
            picked.extend(c.subtree)  # "warned of dire consequences"
        elif cls in _OBJECT_CONTENT and lemma not in CLAUSE_ONLY | WARN_VERBS and c.dep_ in ("dobj", "attr"):
            # (the object of "warned Mr Putin of ..." is who is warned, not what)
            if cls == "deny" and c.lemma_.lower() not in CLAIM_NOUNS:
                continue  # "denied them registration", "deny a safe haven": refusals, not denials
            picked.extend(c.subtree)
        elif cls == "claim" and c.dep_ == "dobj" and c.lemma_.lower() in CLAIMED_OBJECTS:
            picked.extend(c.subtree)  # "claims full control of Aleppo", "claimed responsibility for the attack"
        elif cls in ("accuse", "request") and c.dep_ == "prep" and c.i > tok.i and c.lower_ in ("of", "for", "in", "over", "on"):
            if any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children):
                continue  # "plead guilty on Monday": when, not what
            picked.extend(_without_asides(c))
    on = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")]
    if lemma == "call" and on and tok.dep_ == "advcl" and tok.head.i > tok.i and _infinitive(tok.head):
        # "we call upon the police, ... and other authorities not to relent": the parser may even make the act
        # asked for the head of the sentence and the call its modifier
        picked.extend(t for t in tok.head.subtree if t.i > on[0].i and not (t.is_punct and t.i > tok.head.i
                                                                             and t.head.i == tok.head.i))
    if not picked and cls == "say":
        picked = _misparsed_clause(tok, lemma)
    if not picked and tok.dep_ == "parataxis":  # '"We will fight," he said.'
        picked = [t for t in tok.head.subtree if t not in set(tok.subtree)]
    return sorted(set(picked), key=lambda t: t.i)


def _misparsed_clause(tok, lemma: str) -> list:
    """What a verb of saying reports when the parser broke its clause: "said the armed man and the 32-year-old
    drove to a bank" (say takes no such object), "told a judge that DNA was found" and "told police at the
    scene she had been taken" (the clause hung on who is told), "The death was confirmed by a WHO
    laboratory" (a passive's subject is what its agent says)."""
    children = list(tok.children)
    if lemma in OBJECTLESS_SAY:
        for c in children:
            if c.dep_ == "dobj" and c.i > tok.i and any(g.dep_ == "conj" and g.pos_ in VERBAL and g.tag_ in ("VBD", "VBZ", "VBP")
                                                      for g in c.children):
                return list(c.subtree)
    if lemma == "tell":
        told = [c for c in children if c.dep_ == "dobj"] + \
            [g for c in children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        for noun in told:
            for clause in noun.children:
                if clause.dep_ in ("acl", "relcl") and clause.i > noun.i and _told_clause(clause):
                    return [t for t in clause.subtree if not (t.dep_ == "mark" and t.head.i == clause.i)]
    agents = [g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if lemma in PASSIVE_REPORTS and agents and agents[0].lemma_.lower() not in COURT_WORDS:
        # (what a court confirms it upholds: "His sentence was confirmed by the appeal court" is a ruling)
        said = [c for c in children if c.dep_ == "nsubjpass" and c.i < tok.i]
        if said:
            return [*said[0].subtree, *(c for c in children if c.dep_ in ("aux", "auxpass", "neg")), tok]
    return []


def _told_clause(clause) -> bool:
    """A clause with its own subject that is no relative pronoun, opened by "that" or complete in itself
    ("that male DNA was found", "she had been taken"), not a relative clause ("police who arrived")."""
    subject = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subject or subject[0].lower_ in RELATIVE_PRONOUNS:
        return False
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) or \
        any(c.dep_ == "auxpass" for c in clause.children)


def _asked_act(c) -> bool:
    """An infinitive clause after the verb ("... not to relent"), or a phrase the parser could not place that
    holds one ("..., the courts and all officials not to abandon ..."): the act a request asks for."""
    if c.i < c.head.i:
        return False
    if c.dep_ == "dep":
        return any(_infinitive(t) for t in c.subtree)
    return c.dep_ in ("advcl", "xcomp") and _infinitive(c)


def _infinitive(t) -> bool:
    return t.pos_ in VERBAL and any(g.dep_ == "aux" and g.lower_ == "to" for g in t.children)


def _without_asides(head) -> list:
    """The subtree of ``head`` without what is said in passing about its nouns: "the release of her sister
    Loujain[, a prominent activist who had campaigned ...]", "respect the ceasefire around Damascus[,
    where civilians are facing shelling]"."""
    drop = set()
    for t in head.subtree:
        if t.dep_ in ("appos", "relcl") and t.i > head.i and t.doc[t.left_edge.i - 1].text == ",":
            drop.update(t.subtree)
            drop.add(t.doc[t.left_edge.i - 1])
    return [t for t in head.subtree if t not in drop]


def is_question(clause) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in clause.children) or \
        clause.left_edge.tag_ in ("WP", "WRB", "WDT")


def speaker_words(head) -> list:
    """The words naming a speaker: the subject's subtree without clauses hanging from it."""
    if head.lower_ in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":  # "the police, who said": the antecedent
        head = head.head.head
    drop = set()
    for c in head.children:
        if c.dep_ in ("relcl", "acl", "advcl") or (c.dep_ == "prep" and c.pos_ == "VERB"):
            drop.update(c.subtree)
    words = [t for t in head.subtree if t not in drop]
    # "the representative ..., Suheil Shaheen, following a visit" → stop at the participle
    for k, t in enumerate(words):
        if k and t.pos_ == "VERB" and t.tag_ in ("VBG", "VBN") and t.dep_ not in ("amod", "compound"):
            words = words[:k]
            break
    return words
