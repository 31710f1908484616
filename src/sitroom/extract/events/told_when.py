"""Whose time a time expression is: the event's, or the statement that reports it (issue 11 item 4, review 3 #41).

The parse decides first (clause_sides.speech_side: a time hanging on a verb above the event's clause dates that
verb); a time that modifies a statement or another document dates that document ("in a February 1
statement", "an Oct. 29 article"); two habits of news writing correct the parse where the small parser errs:
- "police said Thursday Davis was arrested", "told reporters on Monday": a time right after a verb of saying,
  or after its audience, is the day of the statement (the parser may read "Thursday Davis" as one name);
- "Taliban fighters entered Lashkar Gah, the provincial capital, on Tuesday, officials said": a time inside
  the report, before an attribution that closes the sentence, is the event's, though the parser hangs it on
  "said".
A time on a verb of reaction dates the reaction (reaction_times): a sentence after it does not borrow it.
A time inside a clause that describes one of the event's participants ("the nurses who were kidnapped in April
have been freed", "two traders abducted last month were released", "Kidnapped in March, the pupils were freed")
dates that clause's act (described_times). An event its sentence dates by nothing else may take the day of a clause
that describes its participants or place ("dispersed supporters who had gathered outside the court on Monday"),
never the day of a statement or of a release told there (scene_times).
"""

from __future__ import annotations

from typing import Iterable

from ...lang.en.dates import DAY_PREPOSITION
from ...lang.en.events.arguments import REACTION_VERBS
from ...lang.en.events.irrealis import NON_FACTIVE
from ...lang.en.events.reactions import CROWD
from ...lang.en.events.arrests import SET_FREE_LEMMAS
from ...lang.en.reporting import AUDIENCE_LEMMAS, DATED_DOCUMENTS, REPORTING_LEMMAS
from ...lang.en.tags import FINITE_VERB_TAGS
from .clause_sides import mention_spans
from ..pos import VERBAL
from ..written import listed


def statement_times(doc, anchor, times: Iterable, above: set[int]) -> set[int]:
    """The starts of ``times`` that date the statement, not the event carried by ``anchor``: ``above`` (those the
    parse puts on a verb above the event's clause) corrected by the two habits above."""
    if doc is None or anchor is None:
        return set(above)
    out = set(above)
    for t in times:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        if t.start in out and _before_closing_attribution(anchor, span):
            out.discard(t.start)
        elif t.start not in out and (_right_after_saying(doc, span) or _dates_a_document(span)):
            out.add(t.start)
    return out


def _dates_a_document(span) -> bool:
    """Whether the time modifies a statement or another document ("in a February 1 statement", "an Oct. 29
    article", "Thursday's report"): the day of that document, not of the event. Not a phrase after it ("the author
    of an article on Friday" may be arrested that day; "said in a statement on Friday" is _right_after_saying's)."""
    root = next((x for x in span if not span.start <= x.head.i < span.end), None)
    if root is None or root.dep_ not in ("compound", "nmod", "poss", "npadvmod", "amod", "nummod"):
        return False
    return root.head.pos_ == "NOUN" and listed(root.head, DATED_DOCUMENTS, lemma=True)


def _right_after_saying(doc, span) -> bool:
    first, last = span[0], span[-1]
    if first.pos_ == "ADP" and first.lower_ != DAY_PREPOSITION:
        return False  # "claimed responsibility for Dec. 10 bombings", "said in April": left to the parse
    if last.i + 1 < len(doc) and (doc[last.i + 1].tag_ == "POS" or (
            doc[last.i + 1].pos_ == "NOUN" and last.head.i == last.i + 1)):
        return False  # "said Thursday's attack killed five", "the Dec. 10 bombings": the time of a thing named
    i = first.i - 1
    if i >= 0 and doc[i].lower_ == DAY_PREPOSITION:
        i -= 1
    if i < 0:
        return False
    prev = doc[i]
    if _saying(prev):
        return True
    # "told reporters Thursday", "confirmed by the police command on Tuesday", "said in a statement on Friday"
    if prev.dep_ in ("dobj", "dative"):
        return prev.head.i < prev.i and _saying(prev.head) and prev.head.lemma_.lower() in AUDIENCE_LEMMAS
    return prev.dep_ == "pobj" and prev.head.dep_ in ("agent", "prep") and _saying(prev.head.head) \
        and prev.head.head.i < prev.i


def _saying(tok) -> bool:
    return tok.pos_ in VERBAL and tok.lemma_.lower() in REPORTING_LEMMAS


def _before_closing_attribution(anchor, span) -> bool:
    """Whether the time lies between the event's word and the verb of saying it hangs on, that verb closing the
    sentence after its subject (", officials said.")."""
    t, hops = span[0], 0
    while t.pos_ not in VERBAL and t.head.i != t.i and hops < 20:
        t, hops = t.head, hops + 1
    if not _saying(t) or not anchor.i < span[0].i < t.i:
        return False
    subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(span[-1].i < s.i for s in subjects)


def reaction_times(doc, times: Iterable) -> set[int]:
    """The starts of ``times`` that date a reaction, not an act: those hanging on a verb of condemning ("The State
    Department denounced the persecution of the lawyer last week"). The sentences after it tell acts of their own
    time ("He was seized by police when his taxi reached the highway"): that week is the condemnation's, not
    theirs. Not a time of the act condemned ("condemned Saturday's bombing", "the attack on Saturday in which ..."),
    nor a crowd's ("protesters denounced the verdict on Monday" is a protest). Where the parser hangs an act's time
    on the verb ("condemned the attacks this weekend"), the act told next keeps its publication week, which
    holds such a recent time."""
    out = set()
    if doc is None:
        return out
    for t in times:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        head, hops = span.root.head, 0
        while head.pos_ == "ADP" and head.head.i != head.i and hops < 3:  # "on Monday" hangs on its preposition
            head, hops = head.head, hops + 1
        if head.i == span.root.i or head.pos_ != "VERB" or head.lemma_.lower() not in REACTION_VERBS:
            continue
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lemma_.lower() not in CROWD:
            out.add(t.start)
    return out


# The clauses that describe a noun: a relative clause or a participle on it.
DESCRIBING_DEPS = ("relcl", "acl")


def described_times(doc, anchor, times: Iterable) -> set[int]:
    """The starts of ``times`` inside a clause that describes a participant of the event carried by ``anchor``
    ("Three of the nurses who were kidnapped in April have been freed": April is the abduction's, not the
    release's): the act of that clause, told as who the participant is. Not a clause on the event's own word
    ("the attack, which took place on Monday") nor one the event is told in."""
    if doc is None or anchor is None:
        return set()
    out = set()
    for c, span in mention_spans(doc, [t.start for t in times]):
        x, hops = span[0], 0
        while x.head.i != x.i and hops < 20:
            # (a clause below the event's word: the event is not inside it)
            if (x.dep_ in DESCRIBING_DEPS and x.head.i != anchor.i and any(a.i == anchor.i for a in x.ancestors)) \
                    or _fronted_participle(x, anchor):
                out.add(c)
                break
            x, hops = x.head, hops + 1
    return out


def _fronted_participle(x, anchor) -> bool:
    """A passive participle clause on the event's verb, before its subject, that describes the subject ("Kidnapped
    in March, the pupils were released"): of another verb than the event's own."""
    subjects = [c.i for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")]
    return (x.dep_ == "advcl" and x.head.i == anchor.i and x.tag_ == "VBN" and x.lemma_ != anchor.lemma_
            and not any(c.dep_ == "mark" for c in x.children) and bool(subjects) and x.i < min(subjects))


# What a describing clause's day cannot date: a statement or report ("the report published on Monday", "officials
# who said on Monday"), a reaction, a release of captives ("hostages who were freed on Monday" were taken before), or
# what was only planned, demanded or threatened ("the organisers of a rally scheduled for Tuesday").
_NOT_THE_SCENE = REPORTING_LEMMAS | SET_FREE_LEMMAS | frozenset(REACTION_VERBS) | frozenset(NON_FACTIVE)


def scene_times(doc, times: Iterable) -> set[int]:
    """The starts of ``times`` (of the event's sentence, each in a clause subordinate_side set aside) inside a relative
    or participle clause on a noun: who or what the event's participants are, or where it happened ("supporters who
    had gathered outside the court in Dakar on Monday", "a bomb planted under a bridge on Monday", "two men suspected
    of cattle theft in Kagoro on Monday"). Such a clause sets the scene of the event, so an event otherwise undated
    happened about then. Not a clause of saying, reporting, reacting, setting captives free or planning (NON_FACTIVE:
    "a rally scheduled for Tuesday"), nor one on a document ("a statement released on Monday")."""
    if doc is None:
        return set()
    out = set()
    for c, span in mention_spans(doc, [t.start for t in times]):
        x, hops = span[0], 0
        while x.dep_ not in DESCRIBING_DEPS and x.head.i != x.i and hops < 20:
            x, hops = x.head, hops + 1
        if x.dep_ not in DESCRIBING_DEPS or x.pos_ not in VERBAL or x.head.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        if x.lemma_.lower() in _NOT_THE_SCENE or listed(x.head, DATED_DOCUMENTS, lemma=True):
            continue
        if any(a.dep_ in DESCRIBING_DEPS and a.lemma_.lower() in _NOT_THE_SCENE for a in x.ancestors):
            continue  # ("the students who were released after being abducted on Monday")
        out.add(c)
    return out


def outside_own_clause(doc, anchor, times: Iterable) -> set[int]:
    """The starts of ``times`` outside the relative clause the event (carried by ``anchor``) is told in, when that
    clause has a time of its own: the time of the clause the relative one hangs on ("last year, he pushed to lift
    sanctions on Belarus, where a flight was diverted last week so authorities could arrest a journalist": last
    year is the pushing's, last week the arrest's). A relative clause without a time of its own goes on at its
    sentence's ("On Monday police raided the village, where they arrested five men")."""
    if doc is None or anchor is None:
        return set()
    clause, hops = anchor, 0
    while clause.dep_ != "relcl" and clause.head.i != clause.i and hops < 12:
        clause, hops = clause.head, hops + 1
    if clause.dep_ != "relcl":
        return set()
    inside = {x.i for x in clause.subtree}
    spans = list(mention_spans(doc, [t.start for t in times]))
    if not any(span[0].i in inside for _, span in spans):
        return set()
    return {c for c, span in spans if span[0].i not in inside}


def told_in_present(anchor) -> bool:
    """Whether the event's clause is told in the present simple or progressive ("the plant remains closed and
    picketed by workers", "workers are occupying the site"): a state or an act going on as the report appears,
    so it is not dated by the older background of the paragraphs before it. Not the perfect ("have been
    arrested": done before), nor a modal."""
    tok, hops = anchor, 0
    # up from a participle or adjective to the finite verb it is coordinated with or completes
    while (tok is not None and hops < 4 and tok.tag_ not in FINITE_VERB_TAGS
           and not any(c.dep_ in ("aux", "auxpass") for c in tok.children) and tok.dep_ in ("conj", "acomp", "xcomp")):
        tok, hops = tok.head, hops + 1
    if tok is None:
        return False
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lemma_ == "have" or a.tag_ == "MD" for a in aux):
        return False
    if aux:
        return any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in aux)
    return tok.tag_ in ("VBZ", "VBP")
