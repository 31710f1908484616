"""What role an event word plays in its sentence: the report of an event, or something else.

Real news uses event words far more often than it reports events. Written reports say "militants
stormed the town"; articles also say "gangs have stepped up kidnappings in recent years" (a trend),
"only two months ago, 300 students were kidnapped" (background), "the kidnapped missionaries" (a mention
of an event already told), "Pakistan rejected an offer of talks" (talks that did not happen), "the mob
might attack them" (a hypothetical), or "Reach Kevin Lynch at 330-231-8959" (boilerplate). An ACLED
coder records none of those. This module reads the dependency parse around the trigger to tell them apart:

- ``scope``: the words of the trigger's own clause and of the clauses that govern it ("Last month, X
  confirmed that ... were kidnapped"), but not relative or complement clauses hanging off them ("retook
  Tikrit, which had been held by IS since last year": "since last year" is not about the retaking);
- ``not_news``: generic, aggregate or background statements, judged on that scope;
- ``irrealis`` (irrealis.py): the modality that governing words impose ("threatened to launch an offensive",
  "rejected an offer of talks", "would not go ... unless they start armed robbery");
- ``is_modifier_mention`` / ``is_definite_mention``: event words that refer to an event rather than
  report one (merged into the earlier report, rules.merge_events);
- ``is_boilerplate``: bylines, contact lines, "Also read", captions and headings without a verb;
- ``is_activity_mention``, ``is_listed_kind``, ``is_bystander_agent``, ``is_name_part``:
  event words that name a kind ("kidnapping gang", "crimes of kidnapping, torture, rape"), an actor doing
  nothing ("tracking the bandits"), or part of a name ("Kevin Lynch"; name_parts.py); a transfer of people rather than
  ground ("suspects handed over") is territory.py's.

Everything here runs on already-extracted events (a few per document), so it costs next to nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from ...lang.en.events.discourse import (
    AGENT_NOUNS,
    BACKGROUND,
    BOILERPLATE,
    CAPTION_LABEL_END,
    CIRCUMSTANCE_PREPS,
    CONTACT_VERBS,
    DEFINITE_WORDS,
    GENERIC,
    ROUTINE_ACTS,
    KIND_HEADS,
    KIND_OF_HEADS,
    LIST_OF_EXAMPLES,
    SPECIFIC_DAY,
    CUTOFF,
    AS_OF,
    HABIT_ADVERBS,
    HEARD_AT_HEARING,
    LAST_NAMED_MONTH,
    MONTH_DAY,
    SERIES_ADVERBS,
    TIMES_COUNT,
    BLOW_VERBS,
    BODY_MOVES,
    MOURNING_WORDS,
)
from ...lang.en.events.civilians import ATTACK_NOUNS
from ...lang.en.events.rules import TAKING_NOUNS
from ...lang.en.reporting import SPEECH_LEMMAS
from ...read.nlp import doc_text
from .captions import dated_caption
from .habits import generic_when, is_habitual, large_count, lede_count, names_a_role
from .told_from import (counted_from_a_day, day_span_tally, elapsed_since, every_occasion, not_the_first_time,
                        office_then, share_of_many, since_governor, times_another, told_at_an_age, without_benchmarks,
                        yearly_tally)
from .name_parts import is_name_part  # noqa: F401 (read as discourse.is_name_part by rules.py)
from ..pos import VERBAL
from ..written import as_written, whole_word

# Clauses that describe something else than the event of the clause they hang off.
_EMBEDDED = {"relcl", "acl", "ccomp", "parataxis", "csubj", "advcl", "appos"}

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# Entities that give an event noun's phrase a day or a place of its own: then it is a report of its own.
OWN_DAY_OR_PLACE = ("DATE", "GPE", "LOC", "FAC", "TIME")


def evidence_span(doc, ev):
    """The spaCy span of the sentence an event's evidence points to in ``doc`` (None when it falls outside)."""
    return doc.char_span(ev.evidence.start, ev.evidence.end, alignment_mode="expand")


def clause_head(tok):
    """The verb that heads the clause ``tok`` is in (or the root of its sentence)."""
    seen = 0
    while tok.pos_ not in VERBAL and tok.head != tok and seen < 40:
        tok, seen = tok.head, seen + 1
    return tok


def _own_clause(head, skip=None) -> list:
    """Tokens of the clause headed by ``head``, leaving out embedded clauses (and the branch ``skip``),
    but keeping "since ..." adverbial clauses, which time the event ("since it was implemented")."""
    out, stack = [], [head]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in t.children:
            if skip is not None and c == skip:
                continue
            if c.dep_ in _EMBEDDED and c != head:
                if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children):
                    stack.append(c)
                continue
            if c.dep_ == "conj" and c.pos_ in VERBAL and t == head:
                continue  # a coordinated clause is another statement
            stack.append(c)
    return out


def scope(tok) -> list:
    """The trigger's clause and the clauses that govern it, in document order (an unlabelled "dep" is read as a
    coordination: "have been persecuted, violently attacked and arrested")."""
    head = clause_head(tok)
    words = _own_clause(head)
    cur, hops = head, 0
    while cur.dep_ in ("ccomp", "xcomp", "advcl", "conj", "dep", "pcomp", "pobj", "prep") and cur.head != cur and hops < 6:
        parent = clause_head(cur.head)
        if parent == cur:
            break
        words.extend(_own_clause(parent, skip=cur))
        cur, hops = parent, hops + 1
    return sorted(set(words), key=lambda t: t.i)


def not_news(tok, pub: Optional[dt.date]) -> Optional[str]:
    """Why the event told around ``tok`` is not news of this document, or None: "generic" (a trend),
    "tally" (a running total), "habitual" (a practice in the present simple), "description" (a state
    of a place in a relative clause), "background" (looks back: "three years after", "last year")."""
    words = scope(tok)
    text = as_written(words)
    specific = SPECIFIC_DAY.search(text)
    if GENERIC.search(text) and not specific:
        return "generic"  # a trend or a habit: "in recent years", "a total of", "since the coup"
    if ROUTINE_ACTS.search(text) and not specific and not SPECIFIC_DAY.search(tok.sent.text):
        return "generic"  # "kidnappings are a regular occurrence" (with no day in the sentence for an incident)
    occasions = TIMES_COUNT.search(text) and clause_head(tok).lemma_.lower() not in BLOW_VERBS
    # (an act that only times the counting clause is not one it counts: "in the wake of Monday's storms")
    counted = not specific and not times_another(tok)
    if counted and _is_perfect(words, told=clause_head(tok)) and (
            (large_count(_counted(words, tok)) and not lede_count(clause_head(tok))) or occasions):
        return "tally"  # "more than 100 supporters have been arrested", "jets have flown into the area 27 times"
    if counted and _is_perfect(words) and share_of_many(clause_head(tok)):
        return "tally"  # "many of our leaders have been arrested": a total over a group, no incident
    counting = since_governor(clause_head(tok))  # (the event word may be the onset's: "since the protests began")
    if specific and _is_perfect(words, told=counting) and large_count(_counted(words, tok)) \
            and counted_from_a_day(words, counting):
        return "tally"  # "more than 100 people have been killed since the protests began on Tuesday"
    if CUTOFF.search(text) and large_count(words) and (_is_perfect(words) or AS_OF.search(text)):
        return "tally"  # counted up to a day ("as of May 20", "since August 5"): the day ends the count
    if day_span_tally(words, tok):
        return "tally"  # "between November 25 and December 9, troops killed 35 bandits and arrested 120 suspects"
    if not specific and yearly_tally(words, tok):
        return "tally"  # "In 2020, 19 foreigners were taken hostage in Delta, Ebonyi, ...": the year's count
    if not specific and tok.sent.start > 0 and is_habitual(tok) and not dated_caption(clause_head(tok), pub):
        return "habitual"  # (a caption's present with its own day is that day's act: captions.dated_caption)
    if not specific and tok.sent.start > 0 and generic_when(clause_head(tok)):
        return "habitual"  # "when police arrest a reporter, they seize his phone": a rule told in the present
    # (the event's own verb: not one that an event noun undergoes, "The raid was often described as the worst")
    undergone = tok.pos_ == "NOUN" and tok.dep_ in ("nsubjpass", "dobj", "pobj")
    adverbs = set() if undergone else {c.lower_ for c in clause_head(tok).children if c.dep_ == "advmod"}
    if not specific and (adverbs & HABIT_ADVERBS or ((adverbs & SERIES_ADVERBS or every_occasion(clause_head(tok)))
                                                    and _is_perfect(words))):
        return "habitual"  # "soldiers routinely beat traders at checkpoints", "has repeatedly bombed the camps"
    if not specific and clause_head(tok).tag_ in ("VBZ", "VBP") and every_occasion(clause_head(tok)):
        return "habitual"  # "police clash with protesters every Friday": the simple present over every occasion
    if names_a_role(tok, adjective=True):
        return "habitual"  # "a leader responsible for roadside bomb attacks": who he is, whatever day his capture
    if not specific and names_a_role(tok):
        return "habitual"  # "The leader coordinated IED attacks against coalition forces": his part, no incident
    head = clause_head(tok)
    if head.dep_ == "relcl" and head.head.ent_type_ in ("GPE", "LOC", "FAC") and not specific and any(
            c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" for c in head.children):
        return "description"  # "Tajikistan, which borders Afghanistan, which has almost completely passed under ..."
    if told_at_an_age(head):
        return "background"  # "was smuggled into Hong Kong when he was a 12-year-old", "he was 17 when police arrested him"
    if elapsed_since(head):
        return "background"  # "Five years have passed since gunmen abducted three priests"
    if not specific and not_the_first_time(head):
        return "background"  # "This is not the first time police have arrested journalists"
    if not specific and office_then(tok.sent):
        return "background"  # "the failed attempt by the then Buhari-led regime to abduct ...": told from a later time
    if not specific and HEARD_AT_HEARING.search(text):
        # "the court heard how militiamen burnt several villages": evidence of an act long told; an act the hearing
        # dates to a recent day is news ("the court was told police arrested him at his home on Sunday")
        return "background"
    dated = as_written(without_benchmarks(words))  # (not "in the largest demonstration since last October")
    if pub is None and not specific and LAST_NAMED_MONTH.search(dated):
        return "background"  # "The police station was bombed last October" in an undated article
    if pub is None and day_of_a_last_month(dated, tok.doc.text):
        return "background"  # "on August 29" in an undated article that calls that month "last August"
    m = BACKGROUND.search(dated)
    if m:
        years = [int(y) for y in _YEAR.findall(m.group(0))]
        if not years or pub is None or min(years) < pub.year:
            return "background"
    return None


def day_of_a_last_month(dated: str, text: str) -> bool:
    """Whether ``dated`` (the event's clauses) names a day of a month that the document (``text``, undated) calls
    "last MONTH" elsewhere ("a helicopter crash last August", then "on a training flight on August 29 when he
    crashed"): the same month, so the day lies as far back as that month (LAST_NAMED_MONTH), beyond the news."""
    last = {m.group(1).lower() for m in LAST_NAMED_MONTH.finditer(text)}
    return bool(last) and any((m.group(1) or m.group(2)).lower() in last for m in MONTH_DAY.finditer(dated))


def _is_perfect(words, told=None) -> bool:
    """Told in the perfect ("have been arrested"), the tense of running totals. With ``told`` (the event's clause
    head), the perfect of a verb of saying that governs that clause does not count: "The ministry has confirmed 60
    detainees breached the fence" tells when the news came; the act it reports ("breached") keeps its own tense
    ("76 people have been confirmed dead" is the event's own clause, a toll)."""
    return any(t.dep_ in ("aux", "auxpass") and t.lemma_ == "have" and t.head.tag_ == "VBN"
               and not (told is not None and t.head != told and t.head.lemma_.lower() in SPEECH_LEMMAS)
               for t in words)


def _counted(words, tok) -> list:
    """``words`` less the subject of a body that moves as one (BODY_MOVES, active voice: "4,000 troops have
    fanned across the border"): its count is the body's size, not a total of acts."""
    head = clause_head(tok)
    if head.lemma_.lower() not in BODY_MOVES or any(c.dep_ == "auxpass" for c in head.children):
        return words
    subject = {t.i for c in head.children if c.dep_ == "nsubj" for t in c.subtree}
    return [t for t in words if t.i not in subject]


def is_modifier_mention(tok, trigger: Optional[str] = None) -> bool:
    """An event word used as a modifier: "the kidnapped missionaries", "the banned TLP", "Jordan's
    visiting King": it refers to an event (told elsewhere, or long past), it does not report one. A
    trigger of several words is a phrase ("improvised explosive"), not such a modifier."""
    if trigger and " " in trigger:
        return False
    if tok.tag_ == "VBG" and _after_comma(tok) and not any(c.dep_ in ("det", "poss", "nummod") for c in tok.head.children):
        return False  # ", heavily flooding areas of India": a participle clause with its object, parsed as a modifier
    return tok.dep_ == "amod" and tok.tag_ in ("VBN", "VBG") and tok.head.pos_ in ("NOUN", "PROPN") \
        and tok.head.i > tok.i


def _after_comma(tok) -> bool:
    """Whether a comma comes right before the word (its own adverbs aside: ", heavily flooding")."""
    i = tok.i - 1
    while i >= tok.sent.start and tok.doc[i].dep_ == "advmod" and tok.doc[i].head == tok:
        i -= 1
    return i >= tok.sent.start and tok.doc[i].text == ","


def is_activity_mention(tok) -> bool:
    """An event word naming a kind of activity, not an occurrence: a noun modifier ("Nigeria on the
    kidnapping map", "a kidnapping gang"), a subjectless gerund hanging off a noun ("the implication
    of kidnapping foreigners"), a bare noun after a noun of kinds ("powers of arrest"), or "such" acts
    uncounted ("such arrests are a tactic")."""
    if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() in KIND_HEADS:
        return True
    if _after_anti(tok):
        return True  # "an anti-kidnapping squad", "anti-abduction laws": what a unit or a law is against
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
            and tok.head.head.lemma_.lower() in KIND_OF_HEADS \
            and not any(c.dep_ in ("det", "poss", "nummod") for c in tok.children):
        return True
    if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.head.pos_ == "NOUN" \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return True
    if tok.pos_ == "NOUN" and any(c.lower_ == "such" and c.dep_ in ("amod", "det", "predet") for c in tok.children):
        # "Such arrests are a tactic used by the regime": the kind (not "two such attacks took place on Monday")
        return not any(c.dep_ == "nummod" for c in tok.children)
    return False


def _after_anti(tok) -> bool:
    """Whether the event word is written after "anti-" ("anti-kidnapping", one token or three; "anti-drug-trafficking"):
    it names what something is against, never an act that happened."""
    return tok.lower_ != "anti" and whole_word(tok).startswith("anti-")


def is_bystander_agent(tok, label: str) -> bool:
    """The trigger names who could act ("tracking the bandits", "the leader of the 400 Mawozo gang",
    "the UN envoy told the Security Council"), but the clause has them do nothing of the kind."""
    if tok.lower_ not in AGENT_NOUNS:
        return False
    t, hops = tok, 0
    while hops < 8 and t.head != t and (t.dep_ in ("conj", "appos", "compound") or (
            t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in ("NOUN", "NUM", "PRON"))):
        t = t.head.head if t.dep_ == "pobj" else t.head  # "thousands of demonstrators" acts as "thousands"
        hops += 1
    acting = t.dep_ in ("nsubj", "nsubjpass", "agent") or (t.dep_ == "pobj" and t.head.lower_ == "by")
    if t.dep_ == "ROOT" and t.pos_ in ("NOUN", "PROPN"):
        return False  # a verbless headline is about them: "Top envoy in Moscow for talks"
    if not acting:
        return True
    if label.startswith("Diplomacy"):
        verb = t.head if t.dep_ != "pobj" else t.head.head
        return verb.lemma_.lower() not in CONTACT_VERBS
    return False


def is_listed_kind(tok) -> bool:
    """A bare event noun in a list of kinds of violence ("crimes of kidnapping, torture, rape",
    "abuses, including torture, arson and rape"): a category, not an occurrence."""
    if tok.pos_ != "NOUN" or any(c.dep_ in ("det", "poss", "nummod") for c in tok.children):
        return False
    head, hops = tok, 0
    while head.dep_ == "conj" and head.head != head and hops < 20:
        head, hops = head.head, hops + 1
    members = [head] + [c for c in head.subtree if c.dep_ == "conj" and c.pos_ == "NOUN"]
    if len(members) >= 3:
        return True
    # Bare plurals given as examples of a broader noun ("a mission marred by constant violence, including Palestinian
    # suicide bombings and retaliatory Israeli air raids"): two make the list, as "including" already says it is one.
    return (len(members) >= 2 and tok.tag_ == "NNS" and head.dep_ == "pobj"
            and head.head.lower_ in LIST_OF_EXAMPLES)


def is_definite_mention(tok) -> bool:
    """A definite noun naming an event ("the kidnapping", "the attack on the police station", "this
    incident"): refers back to an event the document already told, when there is one. Not when the noun
    phrase itself says when or where ("the December 11 abduction of schoolboys at Kankara"): that is a
    report of its own."""
    np = tok.head if tok.dep_ in ("compound", "amod") else tok
    if any(t.ent_type_ in OWN_DAY_OR_PLACE for t in np.subtree):
        return False
    if tok.dep_ in ("acl", "relcl") and tok.head.lower_ in ("those", "these"):
        return True  # "those kidnapped", "those who were kidnapped"
    if tok.pos_ != "NOUN" and tok.dep_ not in ("compound", "amod"):
        return False
    nouns = [tok, tok.head] if tok.dep_ in ("compound", "amod") else [tok]  # "the latest kidnapping incident"
    return any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE_WORDS
               or (c.dep_ == "poss" and c.pos_ == "PROPN")  # "Bhiri’s arrest": the one told of him
               for n in nouns for c in n.children)


def is_definite_subject(root) -> bool:
    """A report with no trigger word whose clause (its ``root``) has a definite noun of an attack for subject
    ("The strikes were conducted as part of Operation Inherent Resolve", "The attack was carried out by two
    men"): it tells more of an event the document already told, when there is one (is_definite_mention)."""
    if root.pos_ not in VERBAL or any(c.dep_ == "agent" for c in root.children):
        return False
    return _definite_noun_subject(root, ATTACK_NOUNS)


# Nouns of an act a clause with no trigger word may have for subject (act_as_subject).
_ACT_NOUNS = ATTACK_NOUNS | TAKING_NOUNS


def act_as_subject(root) -> bool:
    """Whether the clause of a report with no trigger word (``root``: its sentence's root) has for subject a
    definite noun of an act, a taking too, whatever its verb ("The detention was confirmed by the state police command
    on Tuesday", "The attack was claimed by the group"): it tells more of an act told before, a mention of it."""
    return root is not None and _definite_noun_subject(root, _ACT_NOUNS)


def _definite_noun_subject(root, nouns) -> bool:
    """Whether a subject of ``root`` is a definite noun of ``nouns`` (is_definite_mention)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in nouns and is_definite_mention(c)
               for c in root.children)


def is_circumstance(tok) -> bool:
    """An event noun that only sets the scene of what the sentence reports ("Suheil Shaheen, following
    a visit to Moscow, claimed ...", "after the talks, the minister said"): it refers to an event the
    document told before, when there is one, and is not the better report of it."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj":
        return False
    prep = tok.head
    return prep.lower_ in CIRCUMSTANCE_PREPS or (prep.lower_ == "of" and prep.head.lower_ == "ahead")


def is_boilerplate(span, text: str) -> bool:
    """Page furniture rather than report: bylines, contact lines, "Also read", embedded-post credits,
    and short headings without a verb ("– Tracking bandits –", "Kevin Lynch, The Daily Record").
    ``text`` is the span's text (already at hand: Span.text is rebuilt on every access)."""
    if CAPTION_LABEL_END.search(doc_text(span.doc), max(0, span.start_char - 16), span.start_char):
        return True  # "Photo: Soldiers patrol a street in Bamako", its label split off into the sentence before
    if BOILERPLATE.search(CAPTION_LABEL_END.sub("", text)):
        return True
    if len(span) > 12:
        return False
    words = [t for t in span if t.is_alpha]
    has_verb = any(t.pos_ in VERBAL for t in span)
    return not has_verb and len(words) <= 6 and not any(t.like_num for t in span)


def mourned_event(tok) -> bool:
    """An event noun naming whose victims are mourned ("a vigil was held ... for the victims of the mosque bombing",
    "gathered to mourn the victims of the school bombing"): an event told before, not this report's news."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.head.head.lemma_.lower() != "victim":
        return False
    victims = tok.head.head
    clause = clause_head(victims)
    words = {clause.lemma_.lower(), victims.head.lemma_.lower()} | {
        c.lemma_.lower() for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")}
    return bool(words & MOURNING_WORDS)
