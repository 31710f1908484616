"""Violence against civilians is coded when a report tells it as an incident (rule 15 of rules.py; the guide:
"investigations, court hearings, charges, trials", "statistics, trends" and reactions are not events).

Human-rights reports and the news about them name acts of violence for many other purposes than to report
one, and the detector types such sentences as violence against civilians. A report tells no incident when
its sentence names no harm done to people ("a car ... was smashed by security forces", "residents felt
duped"), or when its trigger word is:

- the grievance of a protest: the object of a protest noun or verb ("protested over the kidnapping");
- the offence of a charge, an arrest or a trial ("arrested for armed robbery and kidnapping", "implicated in
  kidnapping", "arrested in connection with the kidnapping and rape"): the court step is the news;
- the content of a published or told account ("published a report detailing harrowing stories of ... sexual
  assault", "doctors tell harrowing stories of ... torture"); an account's own sentence about what happened
  ("The report described chop houses where protesters were tortured") stays a report of it;
- a pattern of abuse: words of repetition around it ("countless protesters have been beaten", "a crackdown
  which includes torture", "a spike in kidnappings"), or a bare plural of victims in the perfect or the
  present ("dissidents in exile have been kidnapped", "young boys are kidnapped to join the insurgents"),
  with no day named;
- a kind of violence that work is against ("organisations focused on preventing sexual violence");
- the name of a place, as the modifier of a facility noun ("have set up torture sites", "the torture chambers of
  the university");
- who a person is: a passive relative clause on a person the sentence tells something else about ("the
  parents of Kayla Mueller, an aid worker who was kidnapped", "the family of the student that was killed
  during the attack"), unless the sentence tells what became of the victim ("who was abducted on January 8
  remains at large", "... was rescued by police", which the corpus codes);

and a sentence that tells a suicide and no violence by others tells none either.

An event is dropped when its evidence tells no incident and no other report of it found by a word of its type
does. It runs on the events the filter kept, as rule 10 does, so what it drops changes nothing else.
"""

from __future__ import annotations

from typing import Optional, Sequence

from ...lang.en.events.civilians import (
    ACCOUNT_LEMMAS,
    ATTACK_NOUNS,
    CHARGED_IN_LEMMAS,
    CHARGE_LEMMAS,
    CHARGE_PREPS,
    FACILITY_NOUNS,
    HARM_BY_OTHERS,
    MOURNING_NOUNS,
    PATTERN,
    PHRASE_DEPS,
    PRACTICE_LEMMAS,
    PREVENT_LEMMAS,
    PROTEST_LEMMAS,
    PROTEST_PREPS,
    QUANTITY_NOUNS,
    SUICIDE,
    VICTIM_FATE_LEMMAS,
    VIOLENCE,
)
from ...lang.en.events.discourse import BACKGROUND, DEFINITE_WORDS, SPECIFIC_DAY
from ...lang.en.events.family import OWN_ELEMENT
from ...records import Event
from . import discourse
from .trigger_word import trigger_token
from .taxonomy import LOOTING, SEXUAL_VIOLENCE, VAC, label_of, typed_fields
from ..pos import VERBAL
from ..written import as_written

# Property destroyed: the element of the looting type (the words of family's own element check).
PROPERTY_DESTROYED = OWN_ELEMENT[LOOTING]
_MAX_HOPS = 12
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
# Determiners of a person the report knows ("the student"); not the possessives ("its observers who were
# taken hostage" are not yet told).
KNOWN_DETERMINERS = frozenset(w for w in DEFINITE_WORDS if w not in ("its", "their"))


def _governors(tok):
    """The words ``tok`` hangs off, nearest first, as long as it stays inside their phrase."""
    hops = 0
    while tok.dep_ in PHRASE_DEPS and tok.head.i != tok.i and hops < _MAX_HOPS:
        if tok.dep_ == "conj" and tok.pos_ in VERBAL:
            return  # a coordinated clause is another statement
        tok, hops = tok.head, hops + 1
        yield tok


def _one_occasion(tok) -> bool:
    """Whether the act at ``tok`` is told as one occasion: its verb has its own time ("reports that soldiers had killed
    15 villagers earlier this month") or counts its victims ("killed 15 villagers"). A report's content told so is
    an incident reported, not the subject matter of an account ("stories of torture")."""
    if tok.pos_ not in VERBAL:
        return False
    for c in tok.children:
        if c.ent_type_ in ("DATE", "TIME") and c.dep_ in ("npadvmod", "tmod", "advmod"):
            return True
        if c.dep_ == "prep" and any(p.ent_type_ in ("DATE", "TIME") for p in c.children if p.dep_ == "pobj"):
            return True
        if c.dep_ in ("dobj", "nsubjpass") and any(n.dep_ == "nummod" for n in c.children):
            return True
    return False


def why_not_incident(tok, span, label: str) -> Optional[str]:
    """Why the report whose trigger is ``tok`` (in its evidence ``span``) tells no incident, or None when it does."""
    sentence = span.text
    if not VIOLENCE.search(sentence):
        return "no violence"
    if label != SEXUAL_VIOLENCE and SUICIDE.search(sentence) and not HARM_BY_OTHERS.search(SUICIDE.sub(" ", sentence)):
        return "suicide"
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in FACILITY_NOUNS:
        return "place name"  # "have set up torture sites", "the 'torture chambers' of Makerere University"
    for gov in _governors(tok):
        lemma = gov.lemma_.lower()
        if gov.dep_ == "prep" and gov.lower_ in PROTEST_PREPS and gov.head.lemma_.lower() in PROTEST_LEMMAS:
            return "protest cause"
        if gov.dep_ == "prep" and _charged(gov.lower_, gov.head.lemma_.lower()):
            return "charge"
        if gov.pos_ == "NOUN" and lemma in ACCOUNT_LEMMAS and not _one_occasion(tok):
            return "account"
        if gov.pos_ == "NOUN" and lemma in PRACTICE_LEMMAS:
            return "pattern"
    if _kind_fought(tok):
        return "kind of violence"
    if _describes_person(tok):
        return "person's background"
    if not SPECIFIC_DAY.search(sentence) and (PATTERN.search(_told_around(tok, span)) or _bare_plural_victims(tok)):
        return "pattern"
    return None


def _charged(prep: str, lemma: str) -> bool:
    """A preposition that attaches the offence to a word of accusation, arrest or trial ("arrested for",
    "charged in the plot"); "in" only after accusation words ("arrested in a raid in which ..." tells a place)."""
    return (prep in CHARGE_PREPS and lemma in CHARGE_LEMMAS) or (prep == "in" and lemma in CHARGED_IN_LEMMAS)


def _told_around(tok, span) -> str:
    """The words that say how the act happened: its clause and those governing it, the phrases it is in, and
    its own modifiers ("indiscriminate killing"); not another clause of the sentence nor a circumstance
    ("Gunmen abducted five people, amid increasing insecurity")."""
    words = set(discourse.scope(tok)) | set(_governors(tok)) | set(tok.subtree)
    for t in list(words):  # a circumstance of the clause tells no repetition of the act
        if t.dep_ == "prep" and tok not in t.subtree:
            words -= set(t.subtree)
    words = {t for t in words if span.start <= t.i < span.end}  # (a heading next to it can hang in its parse tree)
    return as_written(words)


def _kind_fought(tok) -> bool:
    """A bare noun of violence that work against it takes as object ("preventing sexual violence in conflict",
    "the fight against kidnapping"): a kind, not an occurrence."""
    if tok.pos_ != "NOUN" or any(c.dep_ in ("det", "poss", "nummod") for c in tok.children):
        return False
    gov = tok.head.head if tok.dep_ == "pobj" else tok.head if tok.dep_ == "dobj" else None
    return gov is not None and gov.lemma_.lower() in PREVENT_LEMMAS


def _describes_person(tok) -> bool:
    """The act told in a passive relative clause on a person the sentence tells something else about: who the
    person is, not the news. Either the clause looks back ("three party activists abducted by unidentified men
    earlier this year"), or the person is one the report knows (definite or named: "the family of the student
    that was killed during the attack", "Kayla Mueller, an aid worker who was kidnapped") and the clause names
    no date of its own ("the service member who was killed in Syria on Thanksgiving Day" reports the killing).
    Not on a place ("chop houses where protesters were tortured") or an attack ("an attack that killed
    residents"), not a clause with a subject of its own ("information that one Abubakar was abducted"), nor
    when the sentence tells what became of the victim ("who was abducted on January 8 remains at large", "who
    was abducted outside a synagogue ... was rescued by police"). So is a participle before a known person whom the
    sentence mourns ("attended the funeral of the slain journalist": _mourned)."""
    if _mourned(tok):
        return True
    if tok.dep_ == "acl":
        if tok.tag_ != "VBN" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return False
    elif tok.dep_ != "relcl" or not any(c.dep_ == "nsubjpass" and c.tag_ in ("WP", "WDT") for c in tok.children):
        return False  # the victim's clause (passive), not the doer's ("two men who kidnapped a girl on Monday")
    head = tok.head
    if head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ in _PLACE_ENTS or head.lemma_.lower() in ATTACK_NOUNS:
        return False
    if discourse.clause_head(head).lemma_.lower() in VICTIM_FATE_LEMMAS:
        return False  # what became of the person
    clause = list(tok.subtree)
    if BACKGROUND.search(as_written(clause)):
        return True
    known = head.pos_ == "PROPN" or (head.dep_ == "appos" and head.head.pos_ == "PROPN") or any(
        c.dep_ == "det" and c.lower_ in KNOWN_DETERMINERS for c in head.children)
    return known and not any(t.ent_type_ == "DATE" for t in clause)


def _mourned(tok) -> bool:
    """A known person named by a participle of violence ("the slain journalist", "the murdered activist") in a phrase
    of their mourning or kin ("the funeral of", "the family of"): who the person is; a killing told before."""
    if tok.dep_ == "amod" and tok.head.pos_ == "NOUN":
        tok = tok.head  # the trigger may be the participle itself
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ not in ("of", "for"):
        return False
    if tok.head.head.lemma_.lower() not in MOURNING_NOUNS:
        return False
    known = any(c.dep_ in ("det", "poss") and (c.lower_ in KNOWN_DETERMINERS or c.tag_ == "PRP$") for c in tok.children)
    return known and any(c.dep_ == "amod" and VIOLENCE.fullmatch(c.text) for c in tok.children)


def _bare_plural_victims(tok) -> bool:
    """The act told in the perfect or the present with a bare plural of victims ("activists have been
    kidnapped", "young men are kidnapped", "Police have ... used torture"): a practice. The trigger must be
    the verb or its object ("before Rukirabashaija's abduction, he had been blasting trolls" tells no practice)."""
    verb = tok if tok.pos_ == "VERB" else (tok.head if tok.dep_ in ("dobj", "nsubjpass") else None)
    if verb is None:
        return False
    # A coordinated verb shares the first one's tense and objects ("Police have locked curfew violators in
    # dog cages, used torture": the parser may tag the second a past tense).
    verbs = [verb, verb.head] if verb.dep_ == "conj" and verb.head.pos_ == "VERB" else [verb]
    if verbs[-1].tag_ not in ("VBN", "VBZ", "VBP", "VBG"):
        return False
    auxes = [c for v in verbs for c in v.children if c.dep_ in ("aux", "auxpass")]
    perfect = any(a.lemma_ == "have" for a in auxes)
    present = any(a.tag_ in ("VBZ", "VBP") for a in auxes) or verbs[-1].tag_ in ("VBZ", "VBP")
    if not (perfect or present):
        return False
    victims = [c for v in verbs for c in v.children if c.dep_ in ("nsubjpass", "dobj")]
    return any(v.tag_ in ("NNS", "NN") and v.lower_ not in QUANTITY_NOUNS
               and not any(c.dep_ in ("det", "nummod", "poss") for c in v.children)
               and (v.tag_ == "NNS" or v == tok) for v in victims)  # (== : spaCy makes a new Token per access)


def tells_incident(report: Event, doc) -> bool:
    """Whether the violence-against-civilians ``report`` tells an incident (a report of another type does)."""
    label = label_of(report)
    if not label.startswith(VAC):
        return True
    span = discourse.evidence_span(doc, report)
    tok = trigger_token(span, report.trigger) if span is not None else None
    return tok is None or why_not_incident(tok, span, label) is None


def civilians_told(ev: Event, doc, reports: Sequence[Event] = (), coded: Sequence[Event] = ()) -> Optional[Event]:
    """The event ``ev`` (``doc``: the parsed document its evidence points into; ``reports``: those merged into
    it; ``coded``: the document's events), or None when its evidence tells no incident and no other report found
    by a word of its type (a cue) does: a report the detector typed from the sentence as a whole says nothing in
    words. One that tells property destroyed is that destruction (property_destroyed)."""
    if tells_incident(ev, doc) or any(r.trigger and tells_incident(r, doc) for r in reports if r is not ev):
        return ev
    return property_destroyed(ev, coded)


def property_destroyed(ev: Event, coded: Sequence[Event] = ()) -> Optional[Event]:
    """The guide's Looting/property destruction ("burning of houses, looting, destruction of property, without
    people attacked") for a violence-against-civilians event whose evidence names no harm done to people but
    property destroyed ("a car that the lawyer had borrowed was smashed by security forces"): the typer read the
    doer's violence, the codebook types it by what was harmed. Its sides stay (the owners are civilians). None when
    it names neither, or when another of the document's events (``coded``) already codes its sentence as that
    destruction (one sentence, one event of a type)."""
    text = ev.evidence.text
    if not label_of(ev).startswith(VAC) or VIOLENCE.search(text) or not PROPERTY_DESTROYED.search(text):
        return None
    if any(c is not ev and label_of(c) == LOOTING and c.evidence.sentence == ev.evidence.sentence for c in coded):
        return None
    return ev.model_copy(update=typed_fields(LOOTING))
