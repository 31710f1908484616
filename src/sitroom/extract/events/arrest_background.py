"""Words of taking that tell no arrest of the sentence's news (rule 10's no_taking_told): an arrest told as
background, one tried, ordered or sought but not made, or ordered by a court of someone already held
(is_unrealised_taking), a thing seized (is_thing_taken),
the time of another act, a release or a lasting custody (is_taking_named_only).

An article about a trial, a bail, a release or a verdict names the arrest that led to it, but the guide codes
the news, not the history. These forms of English tell that the arrest is not the sentence's act:
- the past perfect: "after learning that Gonzalez had been arrested", "Police had already jailed Wong on
  separate charges", "The reporter had been detained two months at that point". In the clause a verb of saying
  reports it is only the reported tense of a fresh arrest ("police announced that they had arrested two men"),
  so it tells nothing there.
- a relative clause with no time of its own (or a participle after its noun: "the release of 80 believers
  detained in jails"), on a person whose main clause tells another act: "Nodeep Kaur, who was arrested in
  Haryana on criminal charges, the High Court on Friday granted her bail", "activists who were arrested while
  trying to flee". A relative clause that dates the arrest ("a defendant who was arrested last week has been
  released on bond") tells it as news, and one under a main clause that only says who they are ("The five who
  were arrested are members of the association", "Those arrested include two reporters") has the arrest as
  the sentence's news.
- a clause that only dates the main clause's act ("was charged after she was detained", "after being
  arrested", "since he was jailed"), or an adverb of an earlier time ("was recently arrested", "was originally
  detained"): the arrest came before the news. One with a day of its own ("protests broke out after the
  leader was arrested on Monday") is told as news.
"""

from __future__ import annotations

import re

from ...lang.en.events.irrealis import INTENT_NOUNS, NON_FACTIVE
from ...lang.en.events.arrests import (AGE, ARREST_PAPERS, AFTER_OTHER, ATTEMPT_LEMMAS, CUSTODY_LASTING, CUSTODY_PLACES,
                                       COURT_ORDERERS, CUSTODY_STATE_LEMMAS, DURING_HARM, EARLIER_TIME,
                                       LASTING_CUSTODY_ADJ, LENGTH_ONLY, LISTING, ORDER_LEMMAS, PROLONG_LEMMAS,
                                       SET_FREE_LEMMAS, SOUGHT_FOR, THINGS_TAKEN, TIME_OF_OTHER, VERB_ARGUMENT_DEPS,
                                       WHEN_OTHER)
from ...lang.en.numbers import COUNT_WORDS, TENS, UNITS
from ...lang.en.reporting import REPORTING_LEMMAS
from ..pos import VERBAL
from ..written import listed, whole_word
from .irrealis import be_to

# Dependencies that carry a verb's clause on to another verb of the same clause ("was arrested and detained",
# "had stopped the truck, arresting the driver"): the tense and clause of the verb they hang on are theirs.
_SAME_CLAUSE = ("conj", "advcl", "xcomp")
_TIME_ENTITIES = ("DATE", "TIME")
# A time expression that only measures how long, a count and a unit ("two years", "the 34 days", "26 days"):
# no day of its own ("last week", "this month" have one).
_COUNTS = "|".join(sorted({*UNITS, *TENS, *COUNT_WORDS}, key=len, reverse=True))
DURATION = re.compile(rf"^(?:for )?(?:the |a |an )?(?:(?:close to|nearly|almost|about|around|over|more than|at least) )?"
                      rf"(?:\d+|(?:{_COUNTS})(?:-\w+)?)(?: \w+)? "
                      r"(?:hours?|days?|weeks?|months?|years?|decades?)$", re.I)


def is_background_taking(tok) -> bool:
    """Whether ``tok`` (a word of taking, a spaCy token) tells an arrest in the past perfect outside reported
    speech, or in a relative clause with no time of its own under a main clause that tells another act."""
    if tok is not None and tok.dep_ in ("aux", "auxpass"):
        tok = tok.head  # "was held": the verb is the participle
    if tok is None or tok.pos_ not in VERBAL:
        return False  # a noun ("his arrest") or a state ("in custody") has no tense of its own
    verb = _clause_verb(tok)
    if _past_perfect(verb) or _undated_relative(verb):
        return True
    if not (_time_of_other(verb) or _told_earlier(verb)) or _dated(verb):
        return False
    # a "when" clause happens at the main clause's time: that clause's day dates the arrest too ("riots broke out
    # on Wednesday when police arrested the opposition leader": the arrest is the news)
    return not (_when_clause(verb) and _dated(verb.head))


def _clause_verb(tok):
    verb = tok
    while verb.dep_ in _SAME_CLAUSE and verb.head.i != verb.i and verb.head.pos_ in VERBAL:
        if _past_perfect(verb) or verb.dep_ == "relcl" or _time_of_other(verb):
            break
        verb = verb.head
    return verb


def _time_of_other(verb) -> bool:
    """A clause of taking that only dates the main clause's act: "was charged after she was detained", "after
    being arrested", "when the reporter was arrested, colleagues rallied" (its own time makes it news again:
    _dated)."""
    if verb.dep_ == "advcl":
        main = verb.head
        if not (_when_clause(verb) or any(c.dep_ == "mark" and c.lower_ in AFTER_OTHER for c in verb.children)):
            return False
    elif verb.dep_ == "pcomp" and verb.head.lower_ in AFTER_OTHER:
        main = verb.head.head
    else:
        return False
    return main.lemma_ not in SET_FREE_LEMMAS  # "was released after being detained for ten hours": the news


def _when_clause(verb) -> bool:
    return verb.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in WHEN_OTHER for c in verb.children)


def _told_earlier(verb) -> bool:
    """An arrest told with an adverb of an earlier time and no day ("was recently arrested", "was originally
    detained in Izmir"): a person's history, not the news."""
    return any(c.dep_ == "advmod" and c.lower_ in EARLIER_TIME for c in verb.children)


def _past_perfect(verb) -> bool:
    if not any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") for c in verb.children):
        return False
    # only the verb of saying whose report it is: "came forward after learning that he had been arrested,
    # police said" tells the arrest as what she learned, before the news
    return not (verb.dep_ in ("ccomp", "parataxis") and verb.head.lemma_ in REPORTING_LEMMAS)


def _undated_relative(verb) -> bool:
    if verb.dep_ != "relcl" and not _reduced_relative(verb):
        return False
    lo, hi = verb.left_edge.i, verb.right_edge.i
    if any(_a_time(e) and lo <= e.start and e.end <= hi + 1 for e in verb.sent.ents):
        return False  # "who was arrested last week": dated, the arrest is news ("for two years" dates nothing)
    root = verb.sent.root
    # "The five who were arrested are members of ...", "Those arrested include two reporters": the arrest is the
    # news (not "Other speakers included X, who was detained in 2019"); a "be" with an infinitive ("are to be granted
    # access to David Hicks, arrested by ...") is no copula saying who they are, but the future of another act
    copula = root.lemma_ == "be" and not any(be_to(c) for c in root.children)
    return not copula and not (root.lemma_ in LISTING and verb.i < root.i)


def _reduced_relative(verb) -> bool:
    """A participle after its noun, a relative clause without "who was" ("the women detained", "80 believers
    detained in jails")."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.i < verb.i


def is_unrealised_taking(tok) -> bool:
    """Whether ``tok`` (a word of taking) names an arrest tried, planned, ordered or sought, not made: under a
    verb of trying or intent ("Police attempted to arrest him"), or a noun of intent, also through the participle
    that qualifies it ("a plan hatched by officials to arrest him"),
    the object of "for" after an order, a warrant or a target ("issued an order for the arrest of Igboho",
    "were being targeted for arrest"), or a warrant's kind ("Arrest Warrants against Activists"). An arrest
    ordered and made stays ("the minister who ordered Bhiri's arrest"), and so does one a purpose clause names
    ("searched the house to arrest him")."""
    if tok is None:
        return False
    head = tok.head
    if tok.dep_ in ("xcomp", "acl", "advcl") and head.dep_ == "acl" and head.head.lemma_ in INTENT_NOUNS:
        head = head.head  # "a plan hatched by officials to arrest him": the purpose is the plan's
    if tok.dep_ in ("xcomp", "acl", "advcl") and (head.lemma_ in ATTEMPT_LEMMAS or head.lemma_ in NON_FACTIVE
                                                  or head.lemma_ in INTENT_NOUNS):
        return NON_FACTIVE.get(head.lemma_, "x") is not None  # "announced to arrest" is no intent
    if tok.dep_ == "pobj" and head.lower_ == "for" and (head.head.lemma_ in SOUGHT_FOR or any(
            c.dep_ in VERB_ARGUMENT_DEPS and c.lemma_ in SOUGHT_FOR for c in head.head.children)):
        # "selected for arrest"; "for" on the warrant's verb, the warrant its object or subject: "had four warrants
        # out for her arrest", "A warrant is out for his arrest", "a warrant was issued for the arrest of"
        return True
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and head.head.lemma_ in SOUGHT_FOR:
        return True  # "The warrant of arrest against Castro was issued", "an order of arrest": the paper, not the act
    if tok.dep_ in ("acl", "xcomp") and head.lemma_ in SOUGHT_FOR:
        return True  # "the order to arrest Igboho", "were ordered to arrest": an order, not the arrest
    return tok.dep_ == "compound" and head.lower_ in ("warrant", "warrants") or _court_ordered(tok)


def _court_ordered(tok) -> bool:
    """Whether ``tok`` is the arrest or detention a prosecutor, judge or court orders ("appeared before the
    prosecutor who ordered his arrest and detention until his extradition", "The judge ordered his detention
    pending trial"), or lengthens ("renewed the detention of five defenders"): a court step on someone already
    held, not a new taking."""
    noun = tok
    while noun.dep_ == "conj" and noun.head.i != noun.i:  # "his arrest and detention"
        noun = noun.head
    verb = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in PROLONG_LEMMAS:
        return True  # "renewed the detention of five defenders", "his detention was extended": whoever lengthens it
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in ORDER_LEMMAS:
        return False
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # "the prosecutor charged him and ordered his detention"
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ == "WP" and verb.dep_ == "relcl":
        subject = verb.head  # "the prosecutor who ordered his arrest"
    if subject is None:
        return False
    words = [subject, *(c for c in subject.children if c.dep_ == "compound")]  # "Public Prosecutor Stroeber"
    return any(w.lemma_.lower() in COURT_ORDERERS or w.lower_ in COURT_ORDERERS for w in words)


def is_thing_taken(tok) -> bool:
    """Whether ``tok`` (a word of taking or release) tells a thing detained, seized or released, no person: its
    patient (the passive subject, the object, or the noun a participle qualifies) is a vessel, a vehicle,
    goods or "it" ("a supply vessel previously detained", "It has since been seized", "It was eventually
    released from its berth"). One that also takes a person stays ("detained the aircraft and arrested four
    persons": its other word of taking tells it)."""
    if tok is None:
        return False
    if tok.dep_ in ("aux", "auxpass"):
        tok = tok.head
    if tok.pos_ not in VERBAL:
        return False
    patients = [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")]
    if not patients and tok.dep_ == "acl":
        patients = [tok.head]
    return bool(patients) and all(p.lower_ in THINGS_TAKEN or p.lemma_.lower() in THINGS_TAKEN for p in patients)


# A noun's roles in which it names a taking ("arrest", "detention", "raids"); others are the parser's misreadings of
# a verb ("Policemen detain activists" read as an adjective).
_NOUN_ROLES = ("nsubj", "nsubjpass", "dobj", "pobj", "compound", "appos", "attr")
# Prepositions of a state of custody ("on house arrest", "in custody", "into custody", "behind bars").
_STATE_PREPS = ("on", "under", "in", "into", "to", "behind", "at")
# The prepositions of a person's state of custody ("a woman in custody", "a man under arrest"); "to" and "at" name
# an arrest as the object of something else ("in response to the arrests", "anger at the arrests").
_PERSON_STATE_PREPS = ("in", "under")
_OTHER_CLAUSES = ("relcl", "acl", "ccomp", "advcl", "conj", "parataxis")


def _a_time(ent) -> bool:
    return (ent.label_ in _TIME_ENTITIES and not DURATION.match(ent.text) and not LENGTH_ONLY.match(ent.text)
            and not AGE.search(ent.text))  # ("the 26-year-old ... is still being held": an age, no time)


def is_taking_named_only(tok) -> bool:
    """Whether ``tok`` (a word of taking) tells no taking made at the time of the news, only the time of
    another act, a release, a lasting custody or a place of custody. A noun that is only the time of another act
    ("days before his arrest", "since his arrest in 2019", "prior to this week's raids") or one named as lasting
    ("the prolonged detention of reporters") tells none, nor does a
    release "from jail", nor a paper ("the arrest affidavit"). A state of custody tells no taking when it lasts (CUSTODY_STATE_LEMMAS: "remain
    imprisoned", "spent years under house arrest"; or told as going on: "workers were being held against their
    will", "was being held at the county jail", "are currently detained"; one dated is the news's: "remained in
    custody as of December 31") or describes a person ("a woman in custody", "while on house arrest"); one a
    verb puts someone in stays ("was taken into custody", "placed under house arrest"). A
    place of custody (CUSTODY_PLACES) named otherwise names nobody taken ("to decongest jails"). A noun of
    taking named otherwise ("Cumpio's arrest is part of a crackdown") is left to the other checks: told with no
    time or place of its own it may still be the news's arrest."""
    if tok is None:
        return False
    if tok.dep_ in ("acomp", "oprd", "xcomp") and tok.head.lemma_ in CUSTODY_STATE_LEMMAS:
        return not _dated(tok.head)
    if tok.lower_ == "being" and tok.dep_ == "auxpass" and _going_on(tok.head):
        return not _dated(tok.head)  # "workers were being held against their will": a custody going on
    if tok.pos_ in VERBAL:
        verb = tok.head if tok.dep_ in ("aux", "auxpass") else tok
        if any(c.dep_ == "advmod" and c.lower_ in CUSTODY_LASTING for c in verb.children) or _going_on(verb):
            return not _dated(verb)  # "three journalists are currently detained", "he is held in": a custody going on
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    noun = tok
    while noun.dep_ == "conj" and noun.head.i != noun.i:  # "his arrest and detention": the first noun's role
        noun = noun.head
    if _named_lasting(tok):
        return True  # "the unlawful and prolonged detention ... is a shocking reminder": a custody
    if noun.dep_ not in _NOUN_ROLES:
        return False
    head = noun.head
    if noun.dep_ == "compound" and head.lemma_.lower() in ARREST_PAPERS:
        return True  # "according to the arrest affidavit": a paper
    if noun.dep_ == "pobj":
        if head.lower_ == "during":
            return head.head.lemma_.lower() in DURING_HARM  # "beat him during the arrest": the attack is the act
        if head.lower_ in TIME_OF_OTHER or head.head.lower_ in TIME_OF_OTHER:
            return True  # "before his arrest", "prior to the raids"
        if head.lower_ == "from":
            return True  # "ordered their release from the jail"
        if head.lower_ == "on":
            return True  # "while on house arrest": a state; one is put "under" house arrest
        if head.lower_ in _STATE_PREPS:
            ruler = head.head
            if head.lower_ in _PERSON_STATE_PREPS and noun.tag_ == "NN" and (
                    ruler.pos_ in ("NOUN", "PROPN", "PRON") or _on_the_subject(head)):
                return True  # "a woman in custody", "a man under arrest" (not "in response to the arrests");
                # "The man, in custody in India, is not a citizen": set off after the subject, it describes him
            if ruler.lemma_ in CUSTODY_STATE_LEMMAS or _going_on(ruler):
                return not _dated(ruler)  # "spent years under house arrest"; "remained in custody as of May 3";
                # "was being held at the county jail"
            if ruler.pos_ in VERBAL:
                # "was taken into custody", "leading to the arrest of": the verb's clause tells it, or tells it as
                # background ("the release of 80 believers detained in jails")
                return is_background_taking(ruler)
    # "to decongest jails", "the jail's warden": a place of custody names nobody taken
    return noun.lemma_.lower() in CUSTODY_PLACES


def _on_the_subject(prep) -> bool:
    """Whether the phrase of ``prep`` is set off by commas between its verb's subject and the verb ("The man, in
    custody in India, is not a citizen"): the parse hangs it on the verb, but it describes the subject, as "a
    woman in custody" does."""
    verb, doc = prep.head, prep.doc
    last = max(t.i for t in prep.subtree)
    return (prep.i > 0 and doc[prep.i - 1].text == "," and last + 1 < verb.i and doc[last + 1].text == ","
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < prep.i for c in verb.children))


def _named_lasting(noun) -> bool:
    """A noun of taking named as lasting ("prolonged detention", "the unlawful and prolonged detention", "long-term
    detention": a hyphenated modifier is parsed as a compound)."""
    adjs = [c for c in noun.children if c.dep_ == "amod" or c.dep_ == "compound" and "-" in whole_word(c)]
    adjs += [c for a in adjs for c in a.children if c.dep_ == "conj"]
    return any(listed(a, LASTING_CUSTODY_ADJ) for a in adjs)


def _going_on(verb) -> bool:
    """Whether the verb is a holding told in the progressive ("were being held") or in the present ("he is held in
    military custody", "they are held at a camp"): a custody going on."""
    return verb.lemma_ == "hold" and any(c.dep_ == "auxpass" and (c.lower_ == "being" or c.tag_ in ("VBZ", "VBP"))
                                         for c in verb.children)


def _dated(verb) -> bool:
    """Whether the verb's own clause names a time (not a mere length): a custody "as of December 31" is told
    at that time, as the holding of the news."""
    own = {t.i for t in verb.subtree} - {t.i for c in verb.children if c.dep_ in _OTHER_CLAUSES for t in c.subtree}
    return any(_a_time(e) and e.start in own for e in verb.sent.ents)
