"""An event all of whose reports tell a practice, not an occurrence (rule 6: only news is coded).

English tells a habit or a state of affairs by the verb's aspect, not by a word of time: the simple present of
an act ("gangs raid the farms, they rape, rob and kidnap"), the present of a verb of continuing ("doctors
continue to be arrested", "journalists keep disappearing") or the past progressive of a passive with a bare
plural subject ("at that stage, Christians were being abducted and murdered"). None of them says that an act
happened at a place on a day: the guide codes occurrences, told as news. discourse.not_news reads the simple
present only with a bare plural object or a large count, before the filter; this reads the verb's form alone,
on the events the filter kept (like rule 10), and drops an event only when every report of it (its evidence and
those merged into it) is told so, with no day named in its clause and no place or time among the act's own words
(a caption tells a scene in the present: "Protesters in Misrata light candles for the dead").
"""

from __future__ import annotations

from ...lang.en.events.discourse import CONTINUING, MEANS_PREPOSITIONS, OCCASION_MARKERS, SPECIFIC_DAY, TAKING_PURPOSES
from . import discourse
from .arrest_told import tells_taking
from .taxonomy import ARRESTS, label_of
from .trigger_word import trigger_token
from ..pos import VERBAL, simple_past
from ..written import as_written

# Entities that set an act at one place, or at one time: a habit names neither.
_PLACES = ("GPE", "LOC", "FAC")
_TIMES = ("DATE", "TIME")


def practice_told(ev, doc, reports=()):
    """``ev`` unless each of its reports that tells its act by a word tells it as a practice (told_as_practice).
    A report with no trigger word (the typer's type alone: "This statement was originally published on ...")
    tells no act of its own, neither a habit nor an occurrence, nor does an Arrests report whose words of taking
    tell nobody taken (rule 10: "a warrant out for his arrest", "he remained in custody"): they are not judged,
    and an event none of whose reports is judged is kept."""
    judged = False
    arrests = label_of(ev) == ARRESTS
    for r in (ev, *reports):
        if not r.trigger or arrests and not tells_taking(r, doc):
            continue
        span = discourse.evidence_span(doc, r)
        tok = trigger_token(span, r.trigger) if span is not None else None
        if tok is None or not told_as_practice(tok):
            return ev
        judged = True
    return None if judged else ev


def told_as_practice(tok) -> bool:
    """Whether the act of the event word ``tok`` is told as a habit: the word, a verb, in the simple present or under a verb of continuing in the present, or a past progressive passive
    with a bare plural subject; never in a headline (the first sentence: headlines report in the present), nor
    with a day in its clause or a place or time among the act's own words."""
    if tok.sent.start == 0:
        return False
    while tok.pos_ not in VERBAL and tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head  # "they rape, rob, kidnap": a verb of the list parsed as a noun
    means = _means_of(tok) if tok.pos_ not in VERBAL else None
    if tok.pos_ not in VERBAL and means is None:
        return False  # a noun's verb is not its act ("videos show the shooting of prisoners": the shooting happened)
    verb = means if means is not None else tok
    while verb.dep_ == "conj" and verb.head.pos_ in VERBAL and not _own_subject(verb):
        verb = verb.head  # "they rape, rob, kidnap": the first verb's tense and subject
    clause = discourse.scope(verb)
    if SPECIFIC_DAY.search(as_written(clause)):
        return False
    # A place or time among the act's own words (the verb's subtree), not the scope's: a verb of saying above it
    # ("Speaking in Geneva, she said that ...") sets the saying at a place, not the act.
    if any(t.ent_type_ in _PLACES or t.ent_type_ in _TIMES for t in verb.subtree):
        return False  # "Protesters in Misrata light candles for the dead": a caption's present, a scene at a place
    if _counted(verb):
        return False  # "Police arrest 20 protesters as rallies spread": a headline's present, one act's victims
    if means is not None:
        return _simple_present(verb) or _present_passive(verb)
    return (_simple_present(verb) or _continuing(verb) or _past_progressive_passive(verb)
            or _progressive_for_conduct(verb))


def _means_of(noun):
    """The verb whose means a bare noun of the act is ("This is done through mass arrests and detention", "the
    regime silences critics via abductions"), or None. A noun with a determiner, a number or an owner ("through
    the arrest of its leader", "via his detention") names one act; a bare one, the way of a practice."""
    while noun.dep_ == "conj" and noun.head.i != noun.i and noun.head.pos_ not in VERBAL:
        noun = noun.head  # "through mass arrests and detention": the first noun's role
    if noun.dep_ != "pobj" or noun.head.lower_ not in MEANS_PREPOSITIONS:
        return None
    if any(c.dep_ in ("det", "nummod", "poss") for c in noun.children):
        return None
    verb = noun.head.head
    return verb if verb.pos_ in VERBAL else None


def _present_passive(verb) -> bool:
    """A passive in the present simple ("is done", "are silenced"), with no other auxiliary ("has been done",
    "is being done", "will be done")."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and len(aux) == 1 and aux[0].dep_ == "auxpass" and aux[0].lower_ in ("is", "are")


def _progressive_for_conduct(verb) -> bool:
    """A present progressive whose bare plural object is taken for a kind of conduct ("Police are arresting people
    for posting pictures on Facebook", "they are detaining women for not wearing veils"): the class of those
    taken, by what they do, is a practice's; not an act going on against a group ("police are arresting
    protesters outside parliament": news in the making) nor one for a charge ("for murder")."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ != "VBG" or len(aux) != 1 or aux[0].lower_ not in ("is", "are", "am"):
        return False
    bare = any(c.dep_ == "dobj" and c.tag_ in ("NNS", "NNPS") and not any(
        d.dep_ in ("det", "nummod", "poss", "amod") for d in c.children) for c in verb.children)
    conduct = any(c.dep_ == "prep" and c.lower_ == "for" and any(d.dep_ == "pcomp" and d.tag_ == "VBG" and d.lemma_.lower() not in TAKING_PURPOSES
                                                             for d in c.children)
                  for c in verb.children)
    return bare and conduct


def _counted(verb) -> bool:
    """Whether a participant of the act (the subject or object of the verb, or of the verb of continuing over it)
    is counted by a number ("kill five villagers", "20 protesters are detained"): a habit has no count of its
    own, the count belongs to one act told in the present of news (discourse.not_news reads a large count or a
    frequency as a practice before this)."""
    verbs = [verb] + ([verb.head] if verb.dep_ == "xcomp" else [])
    return any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and any(n.dep_ == "nummod" for n in c.children)
               for v in verbs for c in v.children)


def _own_subject(verb) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _simple_present(verb) -> bool:
    """An act in the simple present with a subject ("they rape, rob and kidnap the people"), not a question of
    saying (the verb of a report is no act) nor one with an auxiliary ("is attacking", "does not kill")."""
    if verb.tag_ not in ("VBP", "VBZ") or verb.lemma_.lower() in ("be", "have", "do"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False
    return _own_subject(verb)


def _continuing(verb) -> bool:
    """The act as the complement of a verb of continuing in the present ("continue to be arrested", "keep
    disappearing"): a practice still going on, no one act; not an act kept up against one target ("continue to
    shell the town", "keep pounding Kharkiv"), the fighting going on at one place."""
    head = verb.head
    if any(c.dep_ == "dobj" and (c.tag_ == "NNP" or c.tag_ == "NN" and any(d.dep_ == "det" for d in c.children))
           for c in verb.children):
        return False  # "soldiers continue to shell the town": one target, an episode still going on (coded)
    return (verb.dep_ == "xcomp" and head.lemma_.lower() in CONTINUING and head.tag_ in ("VBP", "VBZ")
            and not any(c.dep_ in ("aux", "auxpass") for c in head.children))


def _past_progressive_passive(verb) -> bool:
    """"were being abducted" with a bare plural subject ("Christians", not "the two men"): a state of things at a
    time, the habit of a period; not the frame of a point in the simple past ("when reporters arrived", "as they
    fled"), which sets the act at one occasion."""
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if aux != ["were", "being"] or verb.tag_ != "VBN":
        return False
    if any(c.dep_ == "advcl" and simple_past(c) and any(m.dep_ in ("mark", "advmod") and m.lower_ in OCCASION_MARKERS
                                                         for m in c.children) for c in verb.children):
        return False  # "protesters were being beaten when reporters arrived": the scene of one occasion
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return bool(subjects) and all(s.tag_ in ("NNS", "NNPS") and not any(
        c.dep_ in ("det", "nummod", "poss", "amod") for c in s.children) for s in subjects)
