"""The modality the words governing an event word impose on it: "threatened to launch an offensive",
"rejected an offer of talks", "the mob might attack them", "would not go ... unless they start armed
robbery". An ACLED coder records what happened, not what was threatened, refused, planned or supposed:
the event layer codes such events as not factual (rules.py, demonstrations.py).
"""

from __future__ import annotations

from typing import Optional

from ...lang.en.events.irrealis import (CAUSATIVE, CONDITIONAL_MARKS, FACTIVE_FOR_OBJECT, FOR_INTENT_NOUNS,
                                        OF_UNREAL_NOUNS, PERMISSION_VERBS, INTENT_NOUNS, USE_LEMMAS, USED_CHANCES,
                                        LIGHT_VERBS, MODAL_AUX, NEGATED_WITNESS, NEGATION_KEEPS, NOBODY, NON_FACTIVE,
                                        OBJECT_IRREALIS, OPINION_VERBS, PRESUPPOSING, WRITTEN_VERB_LEMMAS)
from ...lang.en.events.demonstrations import MOTIVE_PREPS
from .modality import told_as_past
from ..pos import VERBAL
from ..written import listed, whole_word


def irrealis(tok) -> Optional[str]:
    """The modality imposed on the event by the words that govern its trigger, or None when they leave
    it factual. Walking up from the trigger:
    - on the event's own clause, when the trigger is its verb or subject: a modal ("the mob might attack
      them"), a negation ("has not been involved in operations against protesters"), a condition;
    - on a noun trigger's governing verb only a condition or a non-factive verb counts ("would
      investigate the killing" leaves the killing factual; "rejected an offer of talks" does not);
    - above, through complements ("threatened to launch an offensive", "is ready to ... quash the
      protests", "has to declare a state of emergency"): non-factive words, conditions, and modals on
      the verbs the event is the complement of;
    and a question ("why were his relatives placed under house arrest?") is hypothetical."""
    if tok.sent.text.rstrip().rstrip("\"'\u201d\u2019)").endswith("?"):
        return "hypothetical"
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in FOR_INTENT_NOUNS:
        return FOR_INTENT_NOUNS[tok.head.head.lemma_.lower()]  # "in preparation for the Mosul offensive"
    if (tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN"
            and tok.head.head.lemma_.lower() in OF_UNREAL_NOUNS and not _told_done(tok)):
        # (not an act its relative clause tells done: "fled in fear of the shelling, which killed 12 people")
        return OF_UNREAL_NOUNS[tok.head.head.lemma_.lower()]  # "the thought of being tortured", "fear of arrest"
    caused = caused_effect(tok)
    if caused:
        return caused  # "will enable the liberation of the city": the effect of what is only to come
    if be_to(tok):
        return "planned"  # "two hostages were to be released on Sunday", "the envoys are to meet in May": a schedule
    if tok.dep_ == "compound" and INTENT_NOUNS.get(tok.head.lemma_.lower()) == "planned":
        return "planned"  # "the Whitmer kidnap plot", "an assassination plot": a plan named by what it plans
    t, hops, own = tok, 0, True
    via_complement = finite = False
    role, below = tok.dep_, tok
    while hops < 12:
        if t.pos_ in VERBAL or t.pos_ == "ADJ":
            event_clause = own and (t == tok or role in ("nsubj", "nsubjpass", "csubj", "attr", "agent"))
            if event_clause and t != tok and role in ("nsubj", "nsubjpass", "csubj") and told_as_past(below):
                event_clause = False  # "Monday's clashes may complicate the talks": the modal is the consequence's
            for c in t.children:
                if c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS:
                    return "hypothetical"
                if (event_clause or via_complement) and c.dep_ in ("aux", "auxpass") and c.lower_ in MODAL_AUX:
                    return MODAL_AUX[c.lower_]
                if event_clause and c.dep_ == "neg":
                    return "negated"
                if event_clause and c.dep_ in ("nsubj", "nsubjpass") and tok in (t, c) and _nobody(c):
                    # "Nobody has claimed responsibility", "No attack was reported": its own clause's verb, or the
                    # subject itself; not a word inside it ("none of the villagers were killed" read from
                    # "villagers"), whose act may be told asserted in another clause ("The village was attacked")
                    return "negated"
                if not own and c.dep_ == "neg" and _negation_reaches(t, below):
                    return "negated"
            if t != tok and not _in_protest_of(tok, t):
                lemma, object_ = _lemma(t), below.i == tok.i and tok.dep_ == "dobj"
                m = None if object_ and lemma in OBJECT_IRREALIS and _told_done(tok) else \
                    _governing_irrealis(t, lemma, direct=own, object_=object_, finite=finite)
                if m or _opinion(t, lemma, below):
                    return m or "hypothetical"
            finite = finite or t.tag_ in ("VBD", "VBZ", "VBP")
            if own and not event_clause and t.pos_ in VERBAL and t.lemma_.lower() not in LIGHT_VERBS:
                break  # "we need to note the arrest": what governs the noting does not touch the arrest
            if own:
                own = False
        if t.pos_ in VERBAL and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            m = _intended(t)
            if m:
                return m  # "the plot to kidnap the governor": what was intended, not done
        if t.head == t or t.dep_ in ("relcl", "acl", "appos", "parataxis"):
            break  # a relative clause describes its noun: the clause above does not govern the event
        if t != tok and t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in PRESUPPOSING:
            break  # "called for an investigation into the airstrike": the airstrike happened
        if t.dep_ == "advcl" and not any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in t.children) \
                and not any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            break  # "..., killing 12" hangs off a factual report; a purpose ("to arrest them") shares its fate
        if t.pos_ in VERBAL and t.dep_ not in ("xcomp", "ccomp", "conj", "advcl", "pcomp", "acl", "acomp"):
            break
        via_complement = t.dep_ in ("xcomp", "conj") and (via_complement or t.pos_ in VERBAL)
        if t.pos_ not in VERBAL and t.pos_ != "ADJ":
            role = t.dep_ if own else role
        t, hops, below = t.head, hops + 1, t
    return None


def _opinion(verb, lemma: str, below) -> bool:
    """Whether ``verb`` is a verb of opinion in the present whose own subject holds true the clause ``below`` ("His
    widow believes he was murdered", "we absolutely believe that he was tortured"): an opinion held now, no act
    reported. Its passive ("is thought to be under house arrest") relays a report and has no such subject; a clause
    with a day or a count of its own ("police believe gunmen killed five people on Monday") tells an incident."""
    return (lemma in OPINION_VERBS and verb.tag_ in ("VBZ", "VBP") and below.dep_ == "ccomp"
            and any(c.dep_ == "nsubj" for c in verb.children)
            and not any(t.ent_type_ in ("DATE", "TIME", "CARDINAL") or t.like_num for t in below.subtree))


def _in_protest_of(tok, verb) -> bool:
    """Whether ``tok`` is the "protest" of "in protest" / "as a protest" hung on ``verb``: why the act was done, not
    its object, so a verb of refusal does not deny it ("boycotted lunch in protest", "refused to work in protest":
    the boycott and the refusal are the protest)."""
    return tok.dep_ == "pobj" and tok.lemma_.lower() == "protest" and tok.head.lower_ in MOTIVE_PREPS \
        and tok.head.head == verb


def _lemma(verb) -> str:
    """The verb's lemma, or for a hyphenated verb spaCy cannot lemmatise ("pre-empted": "pre", "-", "empted", lemma
    "empte") the lemma of the word as written."""
    return WRITTEN_VERB_LEMMAS.get(whole_word(verb), verb.lemma_.lower())


def _nobody(subject) -> bool:
    """A subject that names nobody: "nobody", "none (of the hostages)", "no one", "no group" (not "no fewer than 20
    people", whose "no" is the count's)."""
    return listed(subject, NOBODY) or any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)


def _negation_reaches(verb, below) -> bool:
    """Whether a negation on ``verb`` denies the event clause ``below`` it governs: its "to" complement or purpose
    ("can't go out to protest", "did not try to storm the building"; not "did not hesitate to fire"), or the clause a
    verb of seeing or telling has for object ("have never heard of dogs being tortured"; not "did not say who
    attacked the base")."""
    if below.dep_ == "prep" and below.lower_ == "of":  # "heard of dogs being tortured"
        below = next((c for c in below.children if c.dep_ == "pcomp" and c.pos_ in VERBAL), below)
    if verb.pos_ not in VERBAL or below.pos_ not in VERBAL or verb.lemma_.lower() in NEGATION_KEEPS:
        return False
    if below.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children):
        return True
    if below.dep_ in ("ccomp", "pcomp") and verb.lemma_.lower() in NEGATED_WITNESS:
        return not any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in below.subtree if t.i < below.i)
    return False


def _told_done(noun) -> bool:
    """A noun whose relative clause tells it in the past ("avoided a roadside bomb that killed two bystanders"): what
    it did happened, whoever escaped it."""
    return any(c.dep_ == "relcl" and c.tag_ == "VBD" for c in noun.children)


def _governing_irrealis(verb, lemma: str, direct: bool = False, object_: bool = False,
                        finite: bool = False) -> Optional[str]:
    """``direct``: the verb is the first above the trigger; ``object_``: the trigger is its direct object;
    ``finite``: a verb with a tense of its own lies between them."""
    # (a tensed clause below it tells what happened: "the video enables investigators to establish that soldiers
    # fired at protesters")
    if lemma in PERMISSION_VERBS and verb.tag_ in ("VBZ", "VBP") and not finite:
        return "hypothetical"  # "the law allows police to arrest people without warrants": a rule, not an act
    if object_ and lemma in OBJECT_IRREALIS and not any(c.dep_ == "prep" and c.lower_ in ("from", "by")
                                                        for c in verb.children):
        # "ordered the arrest of ...", "to prevent protests"; not a person kept from acting, nor a prevention told
        # by its means ("averted an attack by defusing the bomb": a disrupted weapons use)
        return OBJECT_IRREALIS[lemma]
    if lemma not in NON_FACTIVE or NON_FACTIVE[lemma] is None:
        return None
    if object_ and lemma in FACTIVE_FOR_OBJECT:
        return None  # "welcomed the agreement": it was reached
    if lemma == "have":  # only the obligation "has to ...", not "have killed"
        return "hypothetical" if any(c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children)
                                     for c in verb.children) else None
    if lemma in ("call", "press", "push") and not any(c.lower_ == "for" for c in verb.children) and direct:
        return None
    if lemma == "announce":
        return None
    return NON_FACTIVE[lemma]


def _intended(verb) -> Optional[str]:
    """The modality of a to-infinitive that completes a noun of intent: "the plot to kidnap the governor", told
    as the noun's clause or, as the parser may read "charged in the plot to kidnap", hung off another verb with
    the noun just before its "to"."""
    if verb.dep_ in ("acl", "relcl"):
        m = INTENT_NOUNS.get(verb.head.lemma_.lower())
        if m:
            return None if _seized(verb.head) else m
    i = verb.i
    doc = verb.doc
    if i >= 2 and doc[i - 1].lower_ == "to" and doc[i - 1].head == verb and doc[i - 2].pos_ == "NOUN":
        return None if _seized(doc[i - 2]) else INTENT_NOUNS.get(doc[i - 2].lemma_.lower())
    return None


def _seized(noun) -> bool:
    """A chance or a right to act that was used ("seized the opportunity to storm the prison", "exercised their right
    to protest"): the act was done. Only a use told in the past, with no modal or negation on it."""
    if noun.lemma_.lower() not in USED_CHANCES or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in USE_LEMMAS:
        return False
    verb = noun.head
    aux = [c for c in verb.children if c.dep_ in ("aux", "neg")]
    return (verb.tag_ == "VBD" and not aux
            or verb.tag_ == "VBN" and all(a.lower_ in ("has", "have", "had") for a in aux) and bool(aux))


def be_to(tok) -> bool:
    """Whether the verb ``tok`` is the infinitive of "be to" ("were to be released", "is to visit"; "the aim was to
    arrest him" too): what is arranged, due or aimed at, not done. Only "be" heads it (not "went to arrest him")."""
    head = tok.head
    return (tok.pos_ in VERBAL and tok.dep_ == "xcomp" and head.lemma_ == "be" and head.pos_ in VERBAL
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children))


def caused_effect(noun) -> Optional[str]:
    """The modality of an act told as the effect of a verb of causing (CAUSATIVE) that a modal or a negation governs:
    "the isolation of Raqqah will enable the liberation of the city" (planned), "the decision could trigger protests"
    (predicted), "the raid did not lead to arrests" (negated). What is caused is no more real than its causing; a
    causing told as done ("the arrest sparked protests") leaves the effect factual. A verb joined to another shares
    its modal only when it has no subject of its own ("will liberate the terrain and enable the liberation")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if noun.dep_ == "dobj" and CAUSATIVE.get(noun.head.lemma_.lower()) == "":
        verb = noun.head  # (not the object of "lead", which commands it: "did not lead the raid himself")
    elif (noun.dep_ == "pobj" and noun.head.dep_ == "prep"
          and CAUSATIVE.get(noun.head.head.lemma_.lower()) == noun.head.lower_):  # "lead to arrests"
        verb = noun.head.head
    else:
        return None
    if verb.pos_ not in VERBAL or verb.lemma_.lower() not in CAUSATIVE:
        return None
    for _ in range(4):
        for c in verb.children:
            if c.dep_ == "aux" and c.lower_ in MODAL_AUX:
                return MODAL_AUX[c.lower_]
            if c.dep_ == "neg":
                return "negated"
        if verb.dep_ != "conj" or verb.head.pos_ not in VERBAL \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            break
        verb = verb.head
    return None
