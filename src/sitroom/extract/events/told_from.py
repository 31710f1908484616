"""Clauses told over a stretch of time or from a later time (discourse.not_news): a year's or a stretch's tally ("In
2020, 19 foreigners were taken hostage in Delta, Ebonyi, ...", "between November 25 and December 9, troops killed 35
bandits"), and background told from after a change of office ("the then governor") or of a person's life ("was
arrested three times when he was a child"). An ACLED coder records neither a count for a stretch nor an act the
report looks back on. A series or a share of a group in the perfect ("has been detained under every head of state",
"many of our leaders have been arrested") is no incident either.
"""

from __future__ import annotations

from ...lang.en.dates import MONTHS
from ...lang.en.events.civilians import ATTACK_NOUNS
from ...lang.en.events.discourse import (AFTERMATH_NOUNS, BENCHMARK_WORDS, CIRCUMSTANCE_PREPS, DAY_SPAN, ELAPSED_SINCE,
                                        EVERY_OCCASION, EVERY_OCCASION_PREPS, LIFE_STAGES, MONTH_NAMED, OCCASION_NOUNS,
                                        ONSET_LEMMAS, PERIOD_SPAN, SHARE_OF_MANY, SPECIFIC_DAY, THEN_OFFICE_BEFORE,
                                        WHOLE_YEAR)
from ...lang.en.events.arrests import WHEN_OTHER
from ..pos import VERBAL
from ..written import as_written


def times_another(tok) -> bool:
    """Whether the event word ``tok`` only tells the time of the clause it hangs on: a clause of time ("have dug
    themselves into the forests after we overran their bases", "when the fire broke out") or an event noun after a
    preposition of time ("after the raid", "in the wake of Monday's storms"). A running total told by that clause
    ("has received 5,000 calls") counts its own acts, not this one."""
    if tok.pos_ in VERBAL:
        return tok.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in CIRCUMSTANCE_PREPS | WHEN_OTHER
                                           for c in tok.children)
    if tok.dep_ != "pobj" or (tok.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in tok.children)):
        return False  # "killed during protests against the coup": a bare plural, acts the count's stretch spans
    prep = tok.head
    if prep.lower_ == "of" and prep.head.lower_ in AFTERMATH_NOUNS and prep.head.dep_ == "pobj":
        return prep.head.head.lower_ == "in"  # "in the wake of": the preposition before the noun of time
    return prep.lower_ in CIRCUMSTANCE_PREPS and prep.lower_ != "during"  # (what happened during it is its own)


def yearly_tally(words, tok) -> bool:
    """The clause is timed by a year alone ("In 2020, ...", "during 2019", "this year": no month, no day), or by a
    stretch of months or years ("between January and June", "between 2019 and 2021"), and tells several victims or
    acts (a plural subject or object, a count of two or more, a plural event noun): a count for the year or the
    stretch, which a list of places after it ("in Delta, Ebonyi, Cross River ... states") does not make into one
    incident per place (so it is caught here, before place_list splits reports by place)."""
    text = as_written(words)
    if not PERIOD_SPAN.search(text) and (not WHOLE_YEAR.search(text) or MONTH_NAMED.search(text)):
        return False
    return _several(words, tok)


WEEK = 7


def day_span_tally(words, tok) -> bool:
    """The sentence is timed by a stretch between two days more than a week apart ("between November 25 and December
    9", "1-14 March": its sentence, as such a stretch closing a list of acts hangs on the last) and the clause tells
    several victims or acts: the stretch's tally (an army's record of the fortnight), though it names days."""
    return any(_days(m) > WEEK for m in DAY_SPAN.finditer(tok.sent.text)) and _several(words, tok)


def _days(m) -> int:
    """The days between the two ends of a DAY_SPAN match (a month left out on one end is the other's)."""
    m1, m2 = m["m1"] or m["m1b"], m["m2"] or m["m2b"]
    m1, m2 = (m1 or m2).lower(), (m2 or m1).lower()
    d1, d2 = int(m["d1"] or m["d1b"]), int(m["d2"] or m["d2b"] or m["d2c"])
    return (MONTHS[m2] - MONTHS[m1]) % 12 * 30 + d2 - d1


def _several(words, tok) -> bool:
    """Several victims or acts: a plural event noun, a plural subject or object, or a count of two or more. Not the
    doers ("In 2024, gunmen kidnapped a Turkish engineer": one band takes one victim), nor the victims of one act
    named in the singular ("In 2024, a rebel attack on Bunia killed 40 villagers": one incident, however many died)."""
    if tok.tag_ in ("NNS", "NNPS"):
        return True
    if any(_one_act(t, tok) for t in words):
        return False
    for t in words:
        if _doers(t):
            continue
        if t.dep_ in ("nsubj", "nsubjpass", "dobj") and t.tag_ in ("NNS", "NNPS"):
            return True
        if t.like_num and t.ent_type_ != "DATE" and t.dep_ == "nummod" and not _doers(t.head):
            try:
                if float(t.text.replace(",", "")) >= 2:
                    return True
            except ValueError:
                return True  # a number word: "two", "dozens"
    return False


def _doers(t) -> bool:
    """The subject of a verb with an object (its doers), or the noun of a by-phrase of the passive."""
    if t.dep_ == "nsubj":
        return any(c.dep_ == "dobj" for c in t.head.children)
    return t.dep_ == "pobj" and t.head.dep_ == "agent"


def _one_act(t, tok) -> bool:
    """``t`` is the event word or the clause's subject, an event noun in the singular with an article ("a rebel
    attack", "the bombing")."""
    return ((t == tok or t.dep_ in ("nsubj", "nsubjpass")) and t.tag_ == "NN" and t.lemma_.lower() in ATTACK_NOUNS
            and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in t.children))


def not_the_first_time(head) -> bool:
    """The event's clause (headed by ``head``) is what "is not the first time" ("This is not the first time police
    have arrested journalists in Harare"): a remark that such acts happened before, no report of one."""
    if head.dep_ not in ("relcl", "acl") or head.head.lemma_.lower() != "time":
        return False
    time = head.head
    return (any(c.lower_ == "first" for c in time.children)
            and any(c.dep_ == "neg" for c in time.head.children))


def office_then(sent) -> bool:
    """The sentence names someone by an office or a rule held "then" ("the then governor", "then-President Jammeh",
    "by the then Buhari-led regime"): it tells its acts from after that office changed hands, as background. Not
    "then" of a sequence ("arrested two men and then three women")."""
    for t in sent:
        if t.lower_ != "then" or t.i + 1 >= sent.end:
            continue
        nxt = t.doc[t.i + 1]
        if nxt.text == "-":
            return True  # "then-President", "Then-governor"
        if t.i == sent.start or nxt.pos_ not in ("PROPN", "NOUN", "ADJ"):
            continue  # "Then soldiers arrived", "by then, the rebels had fled"
        before = t.doc[t.i - 1]
        if before.lower_ in THEN_OFFICE_BEFORE or before.tag_ == "POS":
            return True
    return False


def told_at_an_age(head) -> bool:
    """The event's clause (headed by ``head``) is timed by an earlier age of a person: it governs "when he was a
    child" ("was arrested three times when he was a child"), or it is the "when" clause of such an age ("he was
    17 when police arrested him", "she was a schoolgirl at the time when soldiers burned her village"), or a verb
    coordinated with such a clause ("... arrested him and beat him")."""
    hops = 0
    while head.dep_ == "conj" and head.pos_ in VERBAL and head.head.pos_ in VERBAL and hops < 6:
        head, hops = head.head, hops + 1
    if any(c.dep_ == "advcl" and _when_clause(c) and _is_age(c) for c in head.children):
        return True
    if head.dep_ == "relcl" and head.head.lemma_.lower() == "time" and head.head.dep_ == "pobj" and any(
            _when_clause(v) for v in (head, *(c for c in head.children if c.dep_ == "conj"))):
        return _is_age(head.head.head.head)  # "he was a student activist at the time when the military kidnapped ..."
    if not _when_clause(head):
        return False
    if head.dep_ == "relcl" and head.head.dep_ in ("attr", "acomp"):
        head = head.head  # "he was 17 when ...": the clause may hang off the age itself
    return head.dep_ in ("advcl", "attr", "acomp") and _is_age(head.head)


def _when_clause(verb) -> bool:
    return any(c.dep_ in ("advmod", "mark") and c.lower_ == "when" for c in verb.children)


def _is_age(verb) -> bool:
    """``verb`` is "be" telling an age: "was 17", "was 17 years old", "was a 12-year-old", "was a child"."""
    if verb.lemma_ != "be":
        return False
    for c in verb.children:
        if c.dep_ not in ("attr", "acomp"):
            continue
        if c.like_num or c.lemma_.lower() in LIFE_STAGES:
            return True
        if c.pos_ == "NOUN" and any(m.dep_ == "compound" and m.lemma_.lower() in LIFE_STAGES for m in c.children):
            return True  # "was a student activist", (a stage of life in a role)
        if c.lower_ == "old" and any(t.like_num for t in c.subtree):
            return True
    return False


def elapsed_since(head) -> bool:
    """The event's clause (headed by ``head``, or a verb it is coordinated with) is the "since" clause of a time
    elapsed ("Five years have passed since gunmen abducted three priests", "It has been a decade since soldiers shot
    ..."): the act lies years back, background."""
    hops = 0
    while head.dep_ == "conj" and head.pos_ in VERBAL and head.head.pos_ in VERBAL and hops < 6:
        head, hops = head.head, hops + 1  # "since gunmen abducted and killed ..."
    mark = next((c for c in head.children if c.dep_ == "mark" and c.lower_ == "since"), None)
    if mark is None or head.dep_ != "advcl":
        return False
    gov = head.head
    return bool(ELAPSED_SINCE.search(gov.doc[gov.left_edge.i:mark.i + 1].text))


def share_of_many(head) -> bool:
    """Whether the subject of the clause headed by ``head`` is a share of a group ("many of our leaders", "most of
    the staff"): in the perfect with no day, a running total (discourse.not_news)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in SHARE_OF_MANY
               and any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children) for c in head.children)


def every_occasion(head) -> bool:
    """Whether a modifier of the verb ``head`` (a phrase of time or circumstance, not its object) quantifies over
    every occasion ("has been detained under every head of state", "has been arrested on every visit"): in the
    perfect, a series (discourse.not_news). The object's "every" counts victims ("killed every man in the house"), and
    a place's spreads one act ("deployed to every polling station"): OCCASION_NOUNS, EVERY_OCCASION_PREPS."""
    if head.pos_ not in VERBAL:
        return False
    for c in head.children:
        if c.dep_ == "npadvmod":  # "each year", "every day"
            nouns = [c]
        elif c.dep_ == "prep":
            nouns = [g for g in c.children if g.dep_ == "pobj"
                     and (c.lower_ in EVERY_OCCASION_PREPS or g.lemma_.lower() in OCCASION_NOUNS)]
        else:
            continue
        if any(d.dep_ == "det" and d.lower_ in EVERY_OCCASION for n in nouns for d in n.children):
            return True
    return False


def without_benchmarks(words) -> list:
    """``words`` less each "since" phrase that a superlative or "first" before it makes a comparison ("in the largest
    demonstration since last October", "the heaviest shelling since 2016", "the first time since 2019"): the day it
    names is the benchmark the news is measured by, not the time of the act, so it makes no act background."""
    drop = set()
    for t in words:
        if t.lower_ == "since" and t.dep_ == "prep" and _compared(t):
            drop.update(c.i for c in t.subtree)
    return [t for t in words if t.i not in drop] if drop else words


def _compared(since) -> bool:
    """A superlative or "first" in the phrase before the "since", up to a verb or a punctuation mark ("the largest
    demonstration since", "the heaviest bombardment of the city since", "the most intense since"; the parser may
    hang the "since" on the verb)."""
    for w in reversed(since.doc[max(since.sent.start, since.i - 7):since.i]):
        if w.pos_ in VERBAL or w.is_punct:
            return False
        if w.tag_ in ("JJS", "RBS") or w.lower_ in BENCHMARK_WORDS:
            return True
    return False


def counted_from_a_day(words, head) -> bool:
    """The only day of the clause headed by ``head`` is inside its "since" clause, the onset of something that goes
    on ("More than 100 people have been killed since the protests began on Tuesday", "since fighting erupted on
    Sunday"): that day starts the count, so told in the perfect with a large count the clause is a running total
    over the days since, not an incident of that day. Not a bare "since Sunday" ("have arrested some 100 militants
    in the crackdown since Sunday"), which the corpus codes as the week's campaign, nor one since an act ("since
    gunmen attacked the village on Sunday"), which is that act's toll."""
    since = [c for c in head.children
             if c.dep_ == "advcl" and c.lemma_.lower() in ONSET_LEMMAS
             and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)]
    inside = {t.i for c in since for t in c.subtree}
    if not inside:
        return False
    return bool(SPECIFIC_DAY.search(as_written([w for w in words if w.i in inside]))) \
        and not SPECIFIC_DAY.search(as_written([w for w in words if w.i not in inside]))


def since_governor(head):
    """The clause a "since" clause counts from (``head`` heads the "since" clause: "have been killed" for "since the
    protests began"), else ``head`` itself."""
    if head.dep_ == "advcl" and head.head != head and any(m.dep_ == "mark" and m.lower_ == "since" for m in head.children):
        head = head.head
        while head.pos_ not in VERBAL and head.head != head:
            head = head.head
    return head
