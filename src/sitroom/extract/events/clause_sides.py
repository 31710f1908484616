"""Which mentions of a sentence belong to the event's own clause, read from the parse: the token that carries
the event (event_anchor), and the mentions on the side of a verb that governs it (speech_side), in a clause
below it told at another time (subordinate_side), in its own clause (clause_side), in the topic of a talk
(topic_side) or named as its site (site_side). arguments.py chooses the event's place and date among them."""

from __future__ import annotations

from typing import Iterable

from ...lang.en.events.arguments import (
    FIGHTING_LEMMAS,
    OTHER_TIME_MARKS,
    SITE_PREPS,
    TALK_LEMMAS,
    TOPIC_PREPS,
    WHILE_DOING,
)
from ...lang.en.events.discourse import OCCASION_MARKERS
from ...lang.en.places import OWN_LEVEL_WORDS
from ...lang.en.reporting import REPORTING_LEMMAS
from ...read.nlp import doc_text
from ...records import PlaceMention
from ..pos import VERBAL
from .parse_roles import verb_of
from .units import across_paragraphs


def event_anchor(doc, trigger_start: int, cue_found: bool = True):
    """The token that carries the event in the parse: the trigger's; without a cue, the sentence's main
    verb, or the clause it reports ("police said gunmen attacked the village")."""
    if doc is None:
        return None
    span = doc.char_span(trigger_start, trigger_start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span[0]
    # A trigger that opens with a modifier ("guided bomb", "improvised explosive device", "remote-controlled
    # bomb") is carried by the noun it modifies: a participle taken for the event's verb put the day of "hit" above
    # the event ("An improvised explosive device hit a police van in Quetta on Monday": the week up to Monday).
    hops = 0
    while cue_found and tok.i < tok.head.i and hops < 4 and (
            tok.dep_ in ("amod", "compound") or tok.dep_ == "advmod" and tok.head.dep_ == "amod"):
        tok, hops = tok.head, hops + 1
    if not cue_found:
        tok = tok.sent.root
        hops = 0
        while tok.lemma_.lower() in REPORTING_LEMMAS and hops < 3:
            nxt = next((c for c in tok.children if c.dep_ == "ccomp"), None)
            if nxt is None:
                break
            tok, hops = nxt, hops + 1
    return tok


def mention_spans(doc, starts: Iterable[int]):
    """(start, span) for each mention starting at a character of ``starts``: the span of the token(s) there,
    skipping a start no token covers."""
    for c in starts:
        span = doc.char_span(c, c + 1, alignment_mode="expand")
        if span is not None and len(span):
            yield c, span



def speech_side(doc, anchor, starts: Iterable[int], speech_only: bool = True) -> set[int]:
    """Of the mentions starting at ``starts``, those that belong to a verb which governs the event's clause
    rather than to the event: "told a briefing on Tuesday that the child was kidnapped on January 20",
    "said in Abuja that gunmen attacked Kaduna", "called Monday for the release of 12 journalists
    detained in ...", "were released Monday after being kidnapped". Only verbs of saying with
    ``speech_only`` (their place is the speaker's); otherwise any verb above the event's clause, except
    one it is coordinated with or the complement of ("stormed the village on Monday and kidnapped 20",
    "began to shell the town on Monday"), which shares its time."""
    if doc is None or anchor is None:
        return set()
    hops = 0
    while anchor.pos_ not in VERBAL and anchor.head.i != anchor.i and hops < 8 \
            and not across_paragraphs(doc_text(doc), anchor.idx, anchor.head.idx):
        anchor, hops = anchor.head, hops + 1  # a noun trigger ("the delegation ... arrived on July 8"): its verb
    governors, named_by, t, hops = set(), set(), anchor, 0
    while t.head.i != t.i and hops < 12:  # the verbs above the event's own clause
        if across_paragraphs(doc_text(doc), anchor.idx, t.head.idx):
            break  # a headline run into the paragraph after it (one parsed sentence): its verb governs nothing there
        below, t, hops = t, t.head, hops + 1
        if t.pos_ not in VERBAL:
            if not governors:
                named_by.add(t.i)  # a word the event's clause describes: "the offensive two weeks ago where ..."
            continue
        if t.lemma_.lower() in REPORTING_LEMMAS or (not speech_only and not _shares_time(below)
                                                     and not _same_occasion(below)):
            governors.add(t.i)
    own = {x.i for x in anchor.subtree}
    if speech_only:
        # "The attack ... killed 12 policemen, said a spokesman in Kunduz city": an attribution after the event's
        # clause, parsed as a verb coordinated with the event's, is the speaker's side too
        for c in anchor.children:
            if (c.dep_ in ("conj", "parataxis") and c.i > anchor.i and c.lemma_.lower() in REPORTING_LEMMAS
                    and doc[c.i - 1].text == "," and any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)):
                governors.add(c.i)
                own -= {x.i for x in c.subtree}
    if not governors:
        return set()
    out = set()
    for c, span in mention_spans(doc, starts):
        if span[0].i in own:
            continue
        t, hops = span[0], 0
        while t.pos_ not in VERBAL and t.head.i != t.i and hops < 20 and t.i not in named_by:
            t, hops = t.head, hops + 1
        if t.i in governors:  # not when the mention hangs on a word that names the event on the way up
            out.add(c)
    return out


def subordinate_side(doc, anchor, starts: Iterable[int], relative_clauses: bool = True) -> set[int]:
    """Of the mentions starting at ``starts``, those that date a clause below the event's verb told at another
    time (opened by one of OTHER_TIME_MARKS: "protesters gathered near a hospital, while a testing centre was
    set on fire on Saturday evening in Urk", "a crowd of protesters ... at a regular spot for demonstrations
    since they started six days ago"), or a relative clause on a noun of the event's clause ("the suspects
    arrested last week led police to a hideout"; left out with ``relative_clauses=False``): that clause's act, not
    the event. Not a clause on the event's own word."""
    if doc is None or anchor is None:
        return set()
    trigger, anchor = anchor, verb_of(anchor)
    out = set()
    for c, span in mention_spans(doc, starts):
        t, hops = span[0], 0
        while t.pos_ not in VERBAL and t.head.i != t.i and hops < 20:
            t, hops = t.head, hops + 1
        marked = t.dep_ == "advcl" and any(ch.dep_ == "mark" and ch.lower_ in OTHER_TIME_MARKS for ch in t.children) \
            and not _while_doing(t)
        # "beaten with cables before being released on Wednesday": a gerund after the preposition
        gerund = t.dep_ == "pcomp" and t.head.lower_ in OTHER_TIME_MARKS and t.lemma_.lower() not in FIGHTING_LEMMAS
        # "the gang members arrested earlier last week led operatives to ...": a relative clause's own act, told
        # done (a participle: "whose leader was detained on Monday", or the simple past: "the gunmen who killed a
        # chief last month killed five villagers": on the doer only; one on the victims or those held tells how they
        # met the act, "troops killed five militants who attacked a checkpoint on Monday"), not going on ("a trader
        # who was returning ...")
        relative = relative_clauses and ((t.tag_ == "VBN" and (t.dep_ == "relcl" or (t.dep_ == "acl" and t.head.i < t.i)))
                                         or (t.tag_ == "VBD" and t.dep_ == "relcl"
                                             and t.head.dep_ in ("nsubj", "nsubjpass")))
        if t.i == anchor.i or not (marked or gerund or relative):
            continue
        # A time said before the clause's opening word is the main clause's ("detained two men yesterday after
        # they fired on a patrol"): English puts a clause's own time inside it, not before its "after"; a parser
        # that hangs such a time on the clause misreads the word order.
        opener = t.head.i if gerund else min((ch.i for ch in t.children if ch.dep_ == "mark"), default=None)
        if (marked or gerund) and opener is not None and span[-1].i < opener:
            continue
        path, hops = set(), 0
        while t.head.i != t.i and hops < 20:
            t, hops = t.head, hops + 1
            path.add(t.i)
        if anchor.i in path and trigger.i not in path - {anchor.i}:
            out.add(c)
    return out


def clause_side(doc, anchor, starts: Iterable[int]) -> set[int]:
    """Of the mentions starting at ``starts``, those the event's own clause gives as places: the
    subtree of the verb that carries it, less the clauses coordinated with that verb ("police searched the
    offices in Yekaterinburg and detained a journalist in Khabarovsk": the arrest's clause names Khabarovsk
    only). A name in apposition is a person's, not a place ("detained ... his spouse, Nina")."""
    if doc is None or anchor is None:
        return set()
    anchor = verb_of(anchor)
    own = {x.i for x in anchor.subtree}
    for c in anchor.children:
        if c.dep_ == "conj" and c.pos_ in VERBAL:
            own -= {x.i for x in c.subtree}
    out = set()
    for c, span in mention_spans(doc, starts):
        if span[0].i in own and span.root.dep_ != "appos":
            out.add(c)
    return out


def topic_side(doc, starts: Iterable[int]) -> set[int]:
    """Of the mentions starting at ``starts``, those in the topic of a talk: below "on"/"about" after a word
    of talk ("talks on the humanitarian situation in Aleppo"), or the object of "discuss" ("discussed the
    fight against Daesh in Mosul"). What the talk was about is not where it was held ("talks in Paris" is)."""
    if doc is None:
        return set()
    out = set()
    for c, span in mention_spans(doc, starts):
        t, hops = span[0], 0
        while t.head.i != t.i and hops < 12:
            below, t, hops = t, t.head, hops + 1
            if t.lemma_.lower() in TALK_LEMMAS and (
                    (below.dep_ == "prep" and below.lower_ in TOPIC_PREPS) or (below.dep_ == "dobj" and t.pos_ == "VERB")):
                out.add(c)
                break
    return out


def site_side(doc, anchor, places: Iterable[PlaceMention]) -> set[int]:
    """Of the mentions ``places``, the starts of those the event's own word names as its site, through a
    preposition of place hung on it ("the car bomb attacks in Diyala Province", "was arrested in Greece"):
    where that event happened, whatever finer place the rest of the sentence names for another ("the attack
    at a market in Baghdad, and the car bomb attacks in Diyala"). Not a name inside another's ("a bomb
    explosion at the Saint Peter and Saint Paul Church": the church's, not a place of that name)."""
    if doc is None or anchor is None:
        return set()
    hops = 0
    while anchor.dep_ == "compound" and anchor.head.i != anchor.i and hops < 4:
        anchor, hops = anchor.head, hops + 1  # the cue "car bomb": its noun, "attacks"
    out = set()
    for p in places:
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        t = span.root
        if t.dep_ == "compound" and t.head.lower_ in OWN_LEVEL_WORDS:
            if any(c.dep_ == "prep" and c.lower_ == "of" for c in t.head.children):
                continue  # "the West Bank city of Ramallah": the city's parent; the site is Ramallah (below)
            t = t.head  # "Diyala Province"
        elif t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in OWN_LEVEL_WORDS:
            t = t.head.head  # "in the West Bank city of Ramallah", "in the town of Palma"
        if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ in SITE_PREPS and t.head.head.i == anchor.i:
            out.add(p.start)
    return out


def _same_occasion(tok) -> bool:
    """An "as" or "when" clause whose subject is a pronoun for those of the clause it hangs on ("killed 38 people on
    Sunday as they cracked down on protesters"): the same people at the same occasion, so that clause's time is its
    own (not "fears swept Cairo on Monday as police probed the blast ...": other people, another act)."""
    return tok.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in OCCASION_MARKERS
                                       and c.lower_ != WHILE_DOING for c in tok.children) \
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "PRP" for c in tok.children)


def _while_doing(tok) -> bool:
    """A participle clause opened by "while" with no subject of its own ("was beaten by police while covering a
    protest on Monday"): what the victim was doing when the event befell them, at its time (not the contrast of
    "while a testing centre was set on fire on Saturday")."""
    return tok.tag_ == "VBG" and any(c.dep_ == "mark" and c.lower_ == WHILE_DOING for c in tok.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in tok.children)


def _shares_time(tok) -> bool:
    """Whether the clause or phrase ``tok`` heads happens at the time of the verb it hangs on: coordinated
    ("stormed ... and kidnapped"), a complement ("began to shell"), or a participle clause without a
    conjunction ("attacked a school on Friday, abducting scores of students"), or an infinitive of purpose."""
    if tok.dep_ in ("conj", "xcomp", "aux", "auxpass"):
        return True
    if tok.dep_ == "advcl" and tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
            and not any(c.dep_ == "mark" for c in tok.children):
        return True  # its purpose, done then: "staged a sit-down strike Monday to protest the lack of ..."
    return tok.dep_ == "advcl" and tok.tag_ in ("VBG", "VBN") and not any(c.dep_ == "mark" for c in tok.children)
