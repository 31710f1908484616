"""Event arguments: actors, location, date, and the counts of killed, injured and arrested.

Actors, places and times come from the earlier stages (ctx.actors, ctx.places, ctx.times); this module
(with actor_roles.py for the actors) only chooses among them: the agent and the target of the event,
the place where it happened (not every place in the sentence), the date of the event (not a deadline). Counts are read here, in digits or
words, with ACLED's conventions for vague amounts and the lowest figure when a text gives several.
"""

from __future__ import annotations

import datetime as dt
from typing import Iterable, Optional

from ...lang.en.events.arguments import (
    BACKED_BY,
    CLOSED_SPAN,
    DEADLINE_MENTION,
    DURATIVE_MENTION,
    FIGHTING_LEMMAS,
    ONSET_MENTION,
    OTHER_TIME_MARKS,
    WHILE_DOING,
    LEFT_FROM,
    LOCATED_BY,
    NOT_EVENT_DATE,
    NOT_HERE,
    SITE_PREPS,
    TALK_LEMMAS,
    TOPIC_PREPS,
    YEAR_FRAME,
)
from ...lang.en.reporting import REPORTING_LEMMAS
from ...lang.en.events.discourse import OCCASION_MARKERS
from ...lang.en.places import OWN_LEVEL_WORDS
from ...read.nlp import doc_text
from ...records import DateValue, PlaceMention, TimeMention
from ..numbers import parse_number  # noqa: F401 (read from here by the tests of counts)
from ..time import counted_back
from .parse_roles import verb_of
from .units import across_paragraphs
from .actor_roles import bracketed, country_name, kind_referent, pick_actors, victims_text  # noqa: F401 (the events' argument API)
from .counts import count  # noqa: F401 (the events' argument API: counts.py)
from .not_where import (attacked_at_home, is_a_persons, is_home_town, is_origin, names_a_course, names_a_feature,  # noqa: F401 (the API)
                        names_a_side)
from ..pos import VERBAL

# ---- counts ----------------------------------------------------------------------------------------


# ---- location and date -----------------------------------------------------------------------------

# More specific places first: ACLED codes the most precise location the report supports.
_LEVEL_RANK = {"populated place": 0, "admin2": 1, "border area": 2, "other": 3, "admin1": 4, "country": 5}


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


def within(p: PlaceMention, wide: PlaceMention) -> bool:
    """Whether the place ``p`` lies inside ``wide`` by the gazetteer's hierarchy (its country, its province)."""
    if not p.country or p.country != wide.country:
        return False
    if wide.level == "country":
        return p.level != "country"
    return wide.level == "admin1" and p.level not in ("country", "admin1") and p.admin1 == (wide.name or wide.text)


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


def pick_location(places: Iterable[PlaceMention], text: str, trigger_start: int,
                  speech: frozenset[int] = frozenset(), clause: frozenset[int] = frozenset(),
                  topic: frozenset[int] = frozenset(), site: frozenset[int] = frozenset()) -> Optional[PlaceMention]:
    """The place where the event happened: not metonyms, origins or goals, nor a person's home town or where
    someone is based ("their Ohio-based church"), nor where
    it was told (``speech``: starts of the mentions on the side of a verb of saying); the site the event's own
    word names (``site``: starts of those mentions, see site_side) or a place inside it, then the most
    specific, then one in the event's own clause (``clause``: starts of the mentions in it, when any), then
    the nearest. Not the topic of a talk either (``topic``: "talks on the situation in Aleppo")."""
    places = list(places)
    where = [p for p in places if _may_be_where(text, p, topic)]
    if not where:
        # the home of people attacked, told alone, is where they were hit: "attacked Chadian peacekeepers based in
        # Aguelhok on Sunday" (not beside another place, "killed in Afghanistan ... a unit based at Fort Campbell",
        # nor a unit's home told of no attack, "was assigned to a unit which is based in Virginia Beach")
        where = [p for p in places if attacked_at_home(text, p) and _may_be_where(text, p, topic, based_at=False)]
    located = _locators(text, where, speech)
    # (only a site the gazetteer places: a name it cannot place says nothing of the others)
    sites = [p for p in places if p.start in site and p.start not in speech and p.country and p.level
             and p.start not in located]
    best, best_key = None, None
    for p in where:
        # (a place of another country still competes as before: a site that contradicts the sentence's country
        # may be a namesake, "at the Saint Peter and Saint Paul Church ... in Cairo")
        elsewhere = p.start not in site and any(p.country == q.country for q in sites) \
            and not any(within(p, q) for q in sites)
        key = (p.start in speech, p.start in located, elsewhere, _LEVEL_RANK.get(p.level or "", 6),
               bool(clause) and p.start not in clause, abs(p.start - trigger_start))
        if best_key is None or key < best_key:
            best, best_key = p, key
    return best


def _may_be_where(text: str, p: PlaceMention, topic: frozenset[int], based_at: bool = True) -> bool:
    """Whether a mention may be where an event happened: a location, not a topic, a destination, an origin
    (a home "based at" it too unless not ``based_at``), a backer, a side, a style or a feature's name."""
    if p.role != "location" or p.start in topic:
        return False
    if NOT_HERE.search(text[max(0, p.start - 40):p.start]) and not LEFT_FROM.search(text[max(0, p.start - 80):p.start]):
        return False
    if p.level == "country" and BACKED_BY.search(text[max(0, p.start - 30):p.start]):
        return False  # "rebels backed by Turkey": the backer
    return not (is_origin(text, p, based_at) or names_a_side(text, p) or is_a_persons(text, p)
                or names_a_feature(text, p) or names_a_course(text, p))


def _locators(text: str, places: list[PlaceMention], speech: frozenset[int]) -> set[int]:
    """The starts of the mentions that only locate a town or district named right before them ("the town of
    Mandera, near the Somali border", "Tarmiyah, 50 km north of Baghdad"): the event is at that town, which the
    gazetteer places; a name it lacks ("Zabarmari, near Maiduguri") leaves the nearby town its best place."""
    # (a province too: "Basra province, 330 miles south of Baghdad")
    towns = [q for q in places if q.gazetteer_id and q.level in ("populated place", "admin2", "admin1")
             and q.start not in speech]
    return {p.start for p in places
            if any(q.end <= p.start and LOCATED_BY.match(_after_level_word(text[q.end:p.start])) for q in towns)}


def _after_level_word(gap: str) -> str:
    """The text after a place's name without the word of its level that completes it ("Basra province, near")."""
    word = gap.lstrip().split(None, 1)[0].rstrip(",").lower() if gap.strip() else ""
    return gap.lstrip()[len(word):] if word in OWN_LEVEL_WORDS else gap


# Background, not news: an event dated more than STALE_DAYS before publication is not emitted ("since
# 34 people were killed there on May 1, 1977", "was arrested on October 13, 2020" in a report of August
# 2021): the annotation guide's "about 60 days", ACLED's report window.
STALE_DAYS = 62
# A "since" day dates what goes on since then only inside that window: "the deadliest attack since January
# 2021", "held since 2015" date nothing.


def pick_date(times: Iterable[TimeMention], text: str, trigger_start: int,
              pub_date: Optional[dt.date] = None, speech: frozenset[int] = frozenset()) -> Optional[DateValue]:
    """The date of the event: the time expression nearest the trigger that is not a deadline, an onset,
    or a date after publication (reports tell what happened; plans are not dated events); one that dates
    a statement about the event (``speech``, as for pick_location) only when no other does."""
    best, best_d = None, None
    onset, onset_d = None, None
    times = list(times)
    if any(t.date.precision == "day" for t in times):
        # "met ... in Baghdad on Tuesday, in the highest-level talks between the two rivals this year": the day
        times = [t for t in times if not YEAR_FRAME.match(t.text.strip())]
    for t in times:
        if (ONSET_MENTION.match(t.text) and t.date.precision == "day" and t.date.start
                and (pub_date is None or 0 <= (pub_date - dt.date.fromisoformat(t.date.start[:10])).days <= STALE_DAYS)):
            d = abs(t.start - trigger_start)
            if onset_d is None or d < onset_d:
                onset, onset_d = t, d
        if NOT_EVENT_DATE.search(text[max(0, t.start - 16):t.start]) or (
                DEADLINE_MENTION.match(t.text) and not CLOSED_SPAN.match(t.text)):
            continue
        if t.date.precision == "unknown" and not t.date.start:
            continue
        if pub_date is not None and t.date.start and t.date.start > pub_date.isoformat():
            continue
        d = (t.start in speech, abs(t.start - trigger_start))
        if best_d is None or d < best_d:
            best, best_d = t, d
    if best is None and onset is not None:
        # "protests have shaken Iraq since October 4th", "detained since March": what goes on since a day
        # began that day, when nothing else in the sentence dates it.
        return onset.date.model_copy()
    if best is None:
        return None
    durative = DURATIVE_MENTION.match(best.text.strip())
    began = counted_back(durative["n"], durative["unit"], pub_date) if durative and pub_date else None
    if began is not None and began.start:
        # "held incommunicado for the past two weeks": the event is its onset, two weeks before the report
        return began.model_copy(update={"text": best.text})
    return best.date.model_copy()
