"""Summaries of a campaign, not reports of an incident (rule 6 of rules.py, beside discourse.not_news).

Official releases and ministers' speeches sum up what a side has done: "the UK has flown over 870 missions,
conducted over 265 bombing raids on ISIL targets", "We have supported the liberation of key towns, broken the
siege ...". Such a sentence counts many acts or lists the speaker's record over months, with no day: the guide
codes neither statistics nor a record ("It happened": something occurred at a time that can be pinned down).
"""

from __future__ import annotations

from ...lang.en.events.civilians import ATTACK_NOUNS
from ...lang.en.events.discourse import (LARGE_COUNT_WORDS, RECORD_OWNERS, RECORD_SPAN, RECORD_SUBJECTS, SORTIES,
                                        SPECIFIC_DAY)
from .discourse import clause_head, scope
from .habits import large_count
from ..pos import VERBAL
from ..written import as_written


def is_summary(tok) -> bool:
    """Whether the event word ``tok`` is told in a summary of acts (counted_acts, own_record) with no day named
    in its clause or those governing it and no date or time in its sentence (a day makes it an incident: "we have
    killed 20 soldiers on Monday")."""
    if SPECIFIC_DAY.search(as_written(scope(tok))):
        return False
    if any(t.ent_type_ in ("DATE", "TIME") for t in tok.sent):
        return False  # "carried out 60 air strikes overnight": that night's, one incident
    return counted_acts(tok) or own_record(tok)


def own_record(tok) -> bool:
    """The speaker tells its own record: "we" or "our ..." in the present perfect ("We have supported the liberation of key
    towns, broken the siege ..."; a date in the sentence is is_summary's). A government's or a group's summary of
    what it has done over a campaign, not the report of one incident (which says when): an act named by a noun
    under the speaker's verb, several acts coordinated, or one spread over a stretch ("so far", "since ..."); "We
    have arrested four suspects", told by its own verb, is the news of one."""
    head, hops = clause_head(tok), 0
    while head.dep_ in ("conj", "dep") and head.head.pos_ in VERBAL and hops < 6:
        # "..., broken the siege": the first verb's subject and tense (a bare "dep" read as coordination, as scope does)
        head, hops = head.head, hops + 1
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not (subj.lower_ in RECORD_SUBJECTS or any(
            c.dep_ == "poss" and c.lower_ in RECORD_OWNERS for c in subj.children)):
        return False  # not the speaker's side: "we", "our forces"
    if not any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ") for c in head.children):
        return False
    if tok.i != head.i:
        return True  # an act named by a noun under the speaker's verb ("We have supported the recapture of ...")
    acts = [c for c in head.subtree if c.dep_ in ("conj", "dep") and c.pos_ in VERBAL and c.i != head.i]
    return len(acts) >= 2 or bool(RECORD_SPAN.search(tok.sent.text))


def counted_acts(tok) -> bool:
    """The event noun itself, a noun of acts, is counted in the many ("conducted over 265 bombing raids",
    "hundreds of air strikes"): a record of acts, not one incident (a count of people is not this)."""
    noun = tok
    while noun.dep_ in ("compound", "amod") and noun.head.i != noun.i:
        noun = noun.head  # "bombing raids": the raids
    if noun.tag_ != "NNS" or noun.lemma_.lower() not in ATTACK_NOUNS | SORTIES:
        return False  # acts, not people ("hundreds of protesters" is one crowd)
    if any(c.dep_ == "nummod" and large_count(list(c.subtree)) for c in noun.children):
        return True
    return (noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in LARGE_COUNT_WORDS
            and noun.head.head.lower_ != "dozens")
