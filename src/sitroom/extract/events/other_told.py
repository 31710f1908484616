"""An act of the Strategic developments / Other sub-type must be told as news (strategic.strategic_told reads it
when the document's parse is given).

The words of an Other act (OTHER_ACT: a release, a deployment, a curfew, a search ...) are read as rule 10 reads a
word of taking (arrest_background): the guide codes the act, not talk about it (a release called for, a
statement released), nor the background (an act in the past perfect with no day of its own, an undated relative
clause under another act), nor an act planned, tried or denied, nor an act named only as the time of another.
Nor is a word of an act that names something else: a text made public ("in a news release", "released video
stills"), captives who act ("detainees ... confirmed"), a person's title ("operations director"); nor a deployment
against a protest, which the guide codes with the protest ("force used on a protest belongs to the protest event").
"""

from __future__ import annotations

from ...lang.en.claims.speakers import ROLE_WORDS
from ...lang.en.events.civilians import PROTEST_LEMMAS
from ...lang.en.events.irrealis import NON_FACTIVE
from ...lang.en.events.demonstrations import DEMONSTRATOR_NOUNS
from ...lang.en.events.arrests import AFTER_OTHER, TIME_OF_OTHER
from ...lang.en.events.strategic import (
    CAPTIVE_NOUNS,
    COURT_RELEASE_TERMS,
    DEPLOY_LEMMAS,
    OTHER_ACT,
    PUBLISHED_RELEASE,
    RELEASED_THINGS,
)
from ...lang.en.reporting import REPORTING_LEMMAS
from ...records import Event
from ..pos import VERBAL
from .arrest_background import DURATION, is_background_taking, is_taking_named_only, is_unrealised_taking
from .irrealis import irrealis
from .parse_roles import token_at
from ..written import listed


def act_as_news(ev: Event, doc) -> bool:
    """Whether a word of an Other act (OTHER_ACT) in the evidence is told as the sentence's act, as rule 10 reads
    a word of taking (arrest_background): not one sought or called for ("calling for the immediate release of"),
    ordered or tried, governed by a plan, a modal or a negation, told as background (the past perfect, an undated
    relative clause under another act: "detainees, who were held in the room, confirmed that ..."), nor only the
    time of another act ("a soldier who died after deployment to Liberia")."""
    base = ev.evidence.start
    for m in OTHER_ACT.finditer(ev.evidence.text):
        tok = token_at(doc, base + m.start())
        if tok is None:
            return True
        if tok.dep_ in ("aux", "auxpass"):
            tok = tok.head
        if tok.pos_ not in VERBAL and tok.pos_ not in ("NOUN", "PROPN"):
            return True  # (an adjective or an adverb: "on the streets", "free"; left to the words)
        if tok.pos_ in VERBAL and any(c.dep_ == "dobj" and _thing_released(c) for c in tok.children):
            continue  # "released a statement": a thing made public, nobody set free
        if _on_bail(tok):
            continue  # "was released last week on bail": a court step, not coded
        if tok.pos_ not in VERBAL and _named_only(tok):
            continue
        if _against_protest(tok):
            continue  # "police were deployed to disperse the protesters": force used on the protest, coded with it
        if tok.pos_ not in VERBAL and tok.dep_ == "pobj" and tok.head.lower_ in TIME_OF_OTHER | AFTER_OTHER:
            continue  # "died after deployment to Liberia": the time of another act
        if is_background_taking(tok) and _own_day(tok):
            return True  # "had already been freed January 18": a day of its own tells it as news
        if not (is_background_taking(tok) or is_unrealised_taking(tok) or is_taking_named_only(tok)
                or (tok.pos_ in VERBAL and irrealis(tok)) or _demanded(tok)):
            return True
    return False


def _own_day(tok) -> bool:
    """Whether the clause of ``tok`` names a date or a time of its own (not a length: "for weeks")."""
    own = {t.i for t in tok.subtree}
    return any(e.label_ in ("DATE", "TIME") and e.start in own and not DURATION.match(e.text)
               and not (e.start and e.doc[e.start - 1].lower_ == "for") for e in tok.doc.ents)


def _demanded(noun) -> bool:
    """A noun of an act that is the object of a demand ("demanding the release of two reporters", "sought the
    deployment of peacekeepers"): asked for, not done. (Only the verbs of asking: an act ordered is left to its
    words, as one ordered is often told so when it is carried out.)"""
    return noun.pos_ in ("NOUN", "PROPN") and noun.dep_ == "dobj" and NON_FACTIVE.get(noun.head.lemma_.lower()) == "hypothetical"


def _thing_released(obj) -> bool:
    return obj.lemma_.lower() in RELEASED_THINGS or obj.lower_ in RELEASED_THINGS


def _on_bail(tok) -> bool:
    """A release on the terms of a court ("released on bail", "his release on bond"; the parser may hang the terms
    on the object: "freed the two activists on bond")."""
    heads = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
    return any(c.dep_ == "prep" and c.lower_ == "on" and any(g.dep_ == "pobj" and g.lemma_.lower() in COURT_RELEASE_TERMS
                                                            for g in c.children) for h in heads for c in h.children)


def _named_only(noun) -> bool:
    """A noun of an Other act that tells no act: a text made public ("in a news release"), captives who act ("three
    former detainees told reporters", "fellow detainees beat him", "the detainees were mostly students": the
    speakers, the doers of an act on another, or what they are, not an act done to them; "the hostages arrived in
    Niamey" may tell their release), or a word of a person's title
    ("the press operations director said", "a detention officer": who someone is)."""
    lemma = noun.lemma_.lower()
    if lemma == "release" and any(c.dep_ == "compound" and c.lower_ in PUBLISHED_RELEASE for c in noun.children):
        return True
    verb = noun.head
    if lemma in CAPTIVE_NOUNS and noun.dep_ == "nsubj" and verb.pos_ in VERBAL and (
            verb.lemma_ in REPORTING_LEMMAS or verb.lemma_ == "be" or any(c.dep_ == "dobj" for c in verb.children)):
        return True
    head = noun
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return head is not noun and listed(head, ROLE_WORDS, lemma=True)


def _against_protest(tok) -> bool:
    """Whether ``tok`` is a deployment whose purpose (an infinitive: "to disperse the protesters", "to intimidate
    the demonstrators") or target ("against the protesters") is a crowd of demonstrators or their protest."""
    if tok.lemma_.lower() not in DEPLOY_LEMMAS:
        return False
    aims = [c for c in tok.children if c.dep_ in ("advcl", "xcomp", "acl") and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                                   for a in c.children)]
    aims += [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "against"]
    return any(t.lemma_.lower() in DEMONSTRATOR_NOUNS or t.lemma_.lower() in PROTEST_LEMMAS
               for a in aims for t in a.subtree)
