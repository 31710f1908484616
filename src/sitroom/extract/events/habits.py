"""A report told as a practice or a person's part, not as one incident (read by discourse.not_news): the simple present
with a bare plural or a large count ("gangs kidnap travellers for ransom"), its passive with a bare plural subject
("girls are abducted and forced into marriage"), a bare plural a verb or adjective of someone's part governs
("coordinated ... attacks", "responsible for bombings"), and what makes a count large."""

from __future__ import annotations

from ...lang.en.events.discourse import LARGE_COUNT_WORDS, QUANTIFIER_PRONOUNS, ROLE_ADJECTIVES, ROLE_VERBS, SPECIFIC_DAY
from ...lang.en.events.arguments import SINCE_MARK
from ..written import as_written

# What a count leans on when it is rounded ("more than 200", "at least 50", "about 80", "some 2,000").
ROUNDING_DEPS = frozenset({"advmod", "quantmod", "amod", "det", "prep"})


def is_habitual(tok) -> bool:
    """A practice told in the present simple ("gangs kidnap travellers for ransom", "Israel detains
    around 4,850 Palestinians"): the verb with a bare plural object or a large count."""
    verb = tok if tok.pos_ == "VERB" else (tok.head if tok.dep_ in ("nsubj", "dobj") and tok.head.pos_ == "VERB" else None)
    if verb is None:
        return False
    # (Not the progressive: "neighbouring states are closing border crossings" is news in the making.)
    if verb.tag_ == "VBN":
        return _habitual_passive(verb)
    if verb.tag_ not in ("VBZ", "VBP"):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(SPECIFIC_DAY.search(as_written(o.subtree)) for o in objects):
        return False  # "light candles for those killed in yesterday's attack": tied to a day, no practice
    bare_plural = any(o.tag_ in ("NNS", "NNPS") and not any(c.dep_ in ("det", "nummod", "poss") for c in o.children)
                      for o in objects)
    return bare_plural or large_count(list(verb.subtree))


def _habitual_passive(verb) -> bool:
    """A practice told in the present simple passive with a bare plural subject ("young men are kidnapped to join
    the insurgents", "girls are abducted and forced into marriage"): no one incident. Not the progressive ("are
    being held"), the perfect or a modal ("have been", "will be"), nor a counted or definite subject ("two men are
    held")."""
    while verb.dep_ == "conj" and verb.head.tag_ == "VBN" and not any(c.dep_ == "auxpass" for c in verb.children):
        verb = verb.head  # "are recruited and abducted": the first verb's auxiliary and subject
    aux = [c for c in verb.children if c.dep_ == "auxpass"]
    if len(aux) != 1 or aux[0].lower_ not in ("is", "are") or any(c.dep_ == "aux" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    # A quantifier standing alone for a bare plural is one too: "many are arrested and jailed for months".
    return bool(subjects) and all((s.tag_ in ("NNS", "NNPS") or s.lower_ in QUANTIFIER_PRONOUNS)
                                  and not any(c.dep_ in ("det", "nummod", "poss") for c in s.children)
                                  for s in subjects)


def names_a_role(tok, adjective: bool = False) -> bool:
    """The event word is a bare plural that a verb of a person's part governs ("coordinated ... attacks",
    "financed bombings"), or with ``adjective`` one after an adjective of such a part ("responsible for
    bombings", with no day of its own after "for"): what someone's role was, not one incident."""
    noun = tok
    while noun.dep_ in ("compound", "amod") and noun.head.i != noun.i:
        noun = noun.head  # "improvised explosive device attacks": the attacks
    if noun.tag_ not in ("NNS", "NNPS") or any(c.dep_ in ("det", "nummod", "poss") for c in noun.children):
        return False
    if adjective:
        prep = noun.head
        return (noun.dep_ == "pobj" and prep.lower_ == "for" and prep.head.lemma_.lower() in ROLE_ADJECTIVES
                and prep.head.pos_ == "ADJ" and not SPECIFIC_DAY.search(as_written(prep.subtree)))
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in ROLE_VERBS


def lede_count(verb) -> bool:
    """An exact count of what a named doer did (the clause of ``verb`` active, with its subject) told in the text's
    first sentence, with no start it runs from: the lede's incident, told in the perfect of fresh news ("ISIL has
    killed 70 members of the Al bu Nimr tribe in Anbar"), as is_habitual's present is read only after it. Not a
    rounded count ("Troops have arrested more than 200 suspects", "hundreds"), which sums what the lede does not tell
    apart, nor a count of victims told as what they underwent ("300 people have been killed during protests"), nor
    one with "since" ("Since the vote, police have detained 150"), nor a count of occasions (the caller's)."""
    if verb.sent.start != 0 or any(w.lower_ == SINCE_MARK for w in verb.sent):
        return False
    if not any(c.dep_ == "nsubj" for c in verb.children) or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return False
    counts = [t for c in verb.children if c.dep_ == "dobj" for t in c.subtree if t.dep_ == "nummod"]
    return bool(counts) and all(t.like_num and not any(c.dep_ in ROUNDING_DEPS for c in t.children) for t in counts)


def large_count(words) -> bool:
    """A count of 50 or more ("more than 100 supporters", "hundreds"): many events, not one."""
    for t in words:
        if t.lower_ in LARGE_COUNT_WORDS:
            return True
        if t.like_num:
            try:
                if float(t.text.replace(",", "")) >= 50:
                    return True
            except ValueError:
                continue
    return False


def generic_when(verb) -> bool:
    """The clause headed by ``verb`` belongs to a general rule told in the present ("when authorities deprive someone
    of their liberty and refuse to acknowledge it, they are committing an enforced disappearance", "when police
    arrest a reporter, they seize his phone"): a "when"/"whenever" clause and its main clause both in the present
    (English's zero conditional) tell what happens each time, no incident. Either clause may hold the event."""
    v, hops = verb, 0
    while v.dep_ in ("conj", "xcomp") and v.head.i != v.i and hops < 4:
        v, hops = v.head, hops + 1  # "... and refuse to acknowledge the detention": the clause's first verb
    if _progressive(verb) or _progressive(v):
        return False  # "when protesters approach, police are firing tear gas": the progressive tells what is going on
    if v.dep_ == "advcl" and _opens_when(v):
        sub, main = v, v.head
    else:
        sub = next((c for c in v.children if c.dep_ == "advcl" and _opens_when(c)), None)
        main = v
    return sub is not None and _present(sub) and _present(main)


def _opens_when(verb) -> bool:
    return any(c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "whenever") and c.i < verb.i
               for c in verb.children)


def _present(verb) -> bool:
    """The verb is told in the present: simple, progressive or passive, with no modal and no past auxiliary."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ in ("MD", "VBD") or a.lower_ in ("to", "have", "has", "had") for a in aux):
        return False
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    if verb.tag_ == "VB":
        return not aux
    return verb.tag_ in ("VBG", "VBN") and any(a.lower_ in ("is", "are", "am") for a in aux)


def _progressive(verb) -> bool:
    """A present progressive that tells an act going on ("police are firing tear gas"); not one that names what an
    act is ("they are committing an enforced disappearance", "is perpetrating torture")."""
    return (verb.tag_ == "VBG" and verb.lemma_.lower() not in ("commit", "perpetrate")
            and any(c.dep_ == "aux" and c.lower_ in ("is", "are", "am") for c in verb.children))
