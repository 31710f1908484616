"""Where and when an event happened: its sentence's place and date, else those of the sentences before it in
the paragraph (one event told across sentences), else the article's focus and the week before publication;
and how old a date is against the report's publication (the extractor's news window). The date of an event
kept, settled after the filter, is kept_dates.py's."""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from ...lang.en.events.arrests import AT_ARREST, CUSTODY_SINCE, IN_CUSTODY
from ...lang.en.places import POSSESSIVE_S
from ...records import DateValue
from ..actors.vocabulary import dateline_end
from ..time import embedded_posts, publication_window
from . import arguments as args
from .act_days import act_relative_day, counted_back, told_after
from .arguments import STALE_DAYS  # noqa: F401 (the news window, read here and by the extractor)
from .captions import in_caption_aside, in_photo_caption
from .conventions import document_focus
from .grievance_place import grievance_side
from .earlier_acts import CAPTIVE, SINCE, after_act, captivity_times, preceding_times
from .named_times import names_other_thing
from .not_where import names_whose
from .burials import burial_times
from .story_city import in_story_city
from .told_when import (described_times, outside_own_clause, reaction_times, scene_times, statement_times,
                        told_in_present)
from .units import Unit
from ..pos import VERBAL

# An event dated by nothing in its sentence or paragraph is coded to the week before publication.
RECENT_DAYS = 6
# How far back an event may borrow its place and date (sentences, same paragraph).
CONTEXT_SENTENCES = 2
# How far back an undated event looks for the background it may continue (sentences of earlier paragraphs).
BACKGROUND_SENTENCES = 5
# The most words of a section heading ("Washington, DC", "New York City").
HEADING_WORDS = 4
# An item of a numbered list: "8. The EFCC has arrested ...", "1. Daphne Caruana Galizia (Malta)".
NUMBERED_ITEM = re.compile(r"\d{1,2}[.)](?:\s|$)")


def in_unit(items, u: Unit):
    return [x for x in items if u.start <= x.start < u.end]


def context_units(units: list[Unit], k: int) -> list[Unit]:
    """The units before unit ``k`` in the same paragraph, nearest first."""
    return [units[j] for j in range(k - 1, max(-1, k - 1 - CONTEXT_SENTENCES), -1)
            if units[j].paragraph == units[k].paragraph]


def where_and_when(ctx, units: list[Unit], k: int, trig: int, context: list[Unit], cue_found: bool = True,
                   release: bool = False, meeting: bool = False):
    """The event's place and date: its own sentence's, else borrowed from the sentences before it in the
    paragraph, else the article's focus and the week before publication. Also the sentence's own places
    (for the actors) and the context sentences used. A ``release`` of captives (``trig`` its verb) is dated at
    the release, not by the clause that tells who was held ("the nurses who were kidnapped in April") nor by
    the sentences before it, which tell their abduction: undated, it is dated by its statement or publication.
    A ``meeting`` (a diplomatic contact) is not placed at the article's focus when its sentence names that place
    only as the topic talked of."""
    u = units[k]
    # "The discovery came 10 days after 39 bodies were found": the event is the earlier act, placed in its clause
    # and dated from the later act
    root = args.event_anchor(ctx.doc, trig, False) if not cue_found else None  # (a cueless event: its main verb)
    earlier = None if release else told_after(u.text, u.start, root.idx if root is not None else trig, cue_found)
    if earlier is not None:
        trig, cue_found = max(trig, u.start + earlier.end()), True
    used_context: list[Unit] = []
    pub = ctx.pub_date
    # The dateline says where the reporter files from: a place only when the text names no other.
    after = dateline_end(ctx.text)
    unit_places = [p for p in in_unit(ctx.places, u) if p.start >= after]
    unit_times = [t for t in in_unit(ctx.times, u) if t.start >= after  # the dateline's day is the report's
                  and not in_caption_aside(ctx.text, u.start, t.start)]
    # The place and date of the event's own clause, not those of a statement about it ("told a briefing on
    # Tuesday that the child was kidnapped on January 20").
    anchor = args.event_anchor(ctx.doc, trig, cue_found) if (unit_places or unit_times) else None
    if anchor is not None and not cue_found:
        trig = anchor.idx
    speech = frozenset(args.speech_side(ctx.doc, anchor, [m.start for m in unit_places]))
    clause = frozenset(args.clause_side(ctx.doc, anchor, [m.start for m in unit_places]))
    # (nor the grievance of a protest, "demonstrate against the death in Minneapolis police custody")
    topic = frozenset(args.topic_side(ctx.doc, [m.start for m in unit_places])
                      | grievance_side(ctx.doc, [m.start for m in unit_places], trig))
    site = frozenset(args.site_side(ctx.doc, anchor, unit_places))
    # (a country that only tells whose people or forces they were, "16 U.S. citizens", is not where: as a demonym)
    location = args.pick_location([p for p in unit_places if not names_whose(ctx.doc, p)], ctx.text, trig, speech,
                                  clause, topic, site)
    # A time that dates the verb governing the event ("police said on Saturday that he was arrested")
    # says only that the event happened by then: used, as the week up to it, when nothing else dates it.
    above = args.speech_side(ctx.doc, anchor, [t.start for t in unit_times], speech_only=False)
    above = statement_times(ctx.doc, anchor, unit_times, above)  # "said Thursday Davis was arrested"
    if cue_found:
        # "HRW today condemned the arrest ... on Monday": the parser hangs both times on the verb of condemning;
        # the one before the act's word dates the condemnation, the one after it the act (when there is one)
        reacted = {s for s in reaction_times(ctx.doc, unit_times) if s < trig}
        if any(t.start > trig and t.start not in above for t in unit_times):
            above |= reacted
    buried, killed_then = burial_times(ctx.doc, anchor, unit_times)  # "buried 11 protesters shot dead": by then
    above |= buried
    # (when the event's word is known: else the anchor is the sentence's root, and the clause may be the event)
    aside = args.subordinate_side(ctx.doc, anchor, [t.start for t in unit_times if t.start not in above]) \
        if cue_found else set()
    aside -= killed_then  # ("buried five villagers killed by gunmen on Friday": the killing's own day)
    described = described_times(ctx.doc, args.event_anchor(ctx.doc, trig), unit_times) if release else ()
    main = outside_own_clause(ctx.doc, anchor, unit_times)  # (the event told in a relative clause with its own time)
    # "mourned the victims of yesterday's attack", "Since the raid on Monday, ...", "rescued traders abducted on
    # Monday": the day of an act the event came after
    preceding = preceding_times(ctx.doc, anchor, unit_times)
    if cue_found:  # (without the event's word, the anchor is the sentence's verb: the abduction may be the event)
        preceding.update(dict.fromkeys(captivity_times(ctx.doc, anchor, unit_times), CAPTIVE))
    date = args.pick_date([t for t in unit_times if t.start not in above and t.start not in aside
                           and t.start not in described and t.start not in main and t.start not in preceding],
                          ctx.text, trig, pub)
    by_then = args.pick_date([t for t in unit_times if t.start in above and t.start not in main], ctx.text, trig, pub)
    if date is None and aside and pub is not None:
        # Undated itself, told after an act of a day long past ("Israel launched its offensive after Hamas-led fighters
        # attacked southern Israel on Oct. 7", months before): background to the news, dated by that act
        # (a time clause's act, not a relative clause's: "engineers who were abducted in March were released")
        before = args.subordinate_side(ctx.doc, anchor, aside, relative_clauses=False)
        old = [t for t in unit_times if t.start in before and (age_days(t.date, pub)[0] or 0) > STALE_DAYS]
        if old:
            date = old[0].date
    if date is None and aside and pub is not None and not release and earlier is None:
        # Undated itself, with a recent day in a clause on its participants or place ("fired tear gas to disperse
        # supporters who had gathered outside the court on Monday"): the scene it happened in, about then
        scene = scene_times(ctx.doc, [t for t in unit_times if t.start in aside and t.start not in preceding
                                      and t.date.precision == "day"
                                      and 0 <= (age_days(t.date, pub)[0] or -1) <= RECENT_DAYS + 1])
        date = args.pick_date([t for t in unit_times if t.start in scene], ctx.text, trig, pub)
    if date is None and preceding and not release and earlier is None:
        # Undated itself, told after a recent act of a day: between that day and the report's (a quoted post's)
        date = after_act(args.pick_date([t for t in unit_times if t.start in preceding], ctx.text, trig, pub),
                         _now(ctx, u.start), RECENT_DAYS)
        # what has gone on since an act long past began then, as "since October 4" dates it (pick_date's onset)
        if date is None:
            date = args.pick_date([t for t in unit_times if preceding.get(t.start) == SINCE], ctx.text, trig, pub)
    if location is not None and location.level == "country":
        # ACLED codes the most specific place: "went to Moscow. The delegation arrived ... in the Russian
        # Federation" happened in Moscow. A finer place in the same country just before refines it.
        for c in context:
            finer = [p for p in _told_places(ctx, c, after) if p.country == location.country and p.level != "country"]
            refined = args.pick_location(finer, ctx.text, c.end)
            if refined is not None:
                location = refined
                used_context.append(c)
                break
    if date is None and not release and earlier is None:
        # "detained the day before he took the poison": the day of that act, dated shortly before, not the day of
        # the sentence just before ("He died two days later")
        date = act_relative_day(ctx, units, k, after, BACKGROUND_SENTENCES)
    for c in context:  # one event told across sentences: borrow what this sentence lacks
        if location is None:
            # (not the dateline when the tokenizer made it a sentence of its own: "(Nairobi) – Rwandan ...")
            location = args.pick_location(_told_places(ctx, c, after), ctx.text, c.end)
            if location is not None:
                used_context.append(c)
        if date is None and not release and not _custody_told(u.text):
            # (the sentences before a release tell the captivity: not its day)
            borrowed = _told_date(ctx, c, after, pub)
            # A sentence of old background ("a massacre committed in 2014") is not where a report
            # without a date of its own took place: borrow only a date recent enough to be its news.
            if borrowed is not None and (age_days(borrowed, pub)[0] or 0) <= STALE_DAYS:
                date = borrowed
                if c not in used_context:
                    used_context.append(c)
    if location is None or location.level == "country":
        # A live report's section under a city's name ("Austin, Texas" on a line, then its news), or an item
        # of a numbered digest: its sentences that name no finer place are its place's, not the article's first.
        heading = section_place(ctx, units, k, after)
        if heading is not None and (location is None or heading.country == location.country):
            location = heading
    if location is None or location.level == "country":
        # A coder places a sentence that names no finer place where its article does: the article's focus.
        focus = document_focus(ctx, location)
        # (a meeting is not where the place its sentence names only as what was talked of is: talks on "the
        # situation in Aleppo" held in Paris are not in Aleppo, however much the article is about it; left
        # unplaced, the report joins the one that names the venue)
        if focus is not None and not (meeting and _talked_of(focus, [p for p in unit_places if p.start in topic])):
            location = focus
    if location is None and after:
        location = args.pick_location([p for p in in_unit(ctx.places, u) if p.start < after], ctx.text, trig)
    if date is None and by_then is not None:
        date = week_by_then(by_then)
    if date is None and pub is not None and not release and not told_in_present(args.event_anchor(ctx.doc, trig, cue_found)):
        # A paragraph told right after background far older than the report (the 1992 killings, then "brought
        # the group to the pit and shot them"): that background goes on; build_event leaves it out as not news.
        # (Not a clause in the present: "the plant remains picketed" is told as the report appears.)
        date = _background_date(ctx, units, k, after, pub)
    if date is None and pub is not None:
        # Undated in its sentence and paragraph: news reports what happened in the days before it appeared,
        # marked as dated by the publication (never a day the text does not give).
        date = publication_window(ctx.published)
    if earlier is not None:
        date = counted_back(date, earlier, u.start, unit_times, pub)
    location = in_story_city(ctx.text, location, ctx.places) or location  # "the city's Abbassiya district"
    return location, date, unit_places, used_context


def _custody_told(text: str) -> bool:
    """Whether a sentence tells an act done in a custody whose own start it gives ("A journalist held since March
    was tortured in police custody"): the act happened in that custody, not on the day of the sentence before,
    which tells another act (custody_dates.py leaves it to its report's week)."""
    return bool(IN_CUSTODY.search(text) and CUSTODY_SINCE.search(text) and not AT_ARREST.search(text))


def _talked_of(place, topic_places: list) -> bool:
    """Whether ``place`` is one of the places the sentence names as the topic of a talk."""
    return any((p.gazetteer_id and p.gazetteer_id == place.gazetteer_id) or (p.name or p.text) == (place.name or place.text)
               for p in topic_places)


def _now(ctx, at: int) -> Optional[dt.date]:
    """The day the text at character ``at`` is told on: a quoted post's own day, else the report's."""
    for a, b, day in embedded_posts(ctx.text):
        if a <= at < b:
            return day
    return ctx.pub_date


def _told_places(ctx, c: Unit, after: int) -> list:
    """The places a sentence before the event lends it: not the dateline's, nor a photo caption's ("an officer stands
    guard in the northern city of Irbid. (Muhammad Hamed/Reuters)"), where a picture was taken; nor one that only
    tells whose people they are, as a demonym ("the fate of an Adelaide man", "16 U.S. citizens")."""
    return [p for p in in_unit(ctx.places, c) if p.start >= after and not in_photo_caption(ctx.text, p.end)
            and not names_whose(ctx.doc, p)]


def section_place(ctx, units: list[Unit], k: int, after: int):
    """The place of the section unit ``k`` is in: that of the nearest heading before it (_headings), when the
    report has two placed headings at least (a report in sections by place; a lone place line is a dateline).
    None when the nearest heading places nothing (a byline, "Background", an item naming no place) or there is
    none."""
    headings = ctx.scratch.get("_event_headings")
    if headings is None:
        headings = ctx.scratch["_event_headings"] = _headings(ctx, units, after)
    if sum(p is not None for _, p in headings) < 2:
        return None
    before = [p for j, p in headings if j < k]
    return before[-1].model_copy() if before and before[-1] is not None else None


def _headings(ctx, units: list[Unit], after: int) -> list:
    """The report's headings [(unit index, its place or None)]: paragraphs of one short unit (HEADING_WORDS
    words at most, no closing stop), with the place when the heading names one in a country and nothing else;
    and the items of a numbered list (two at least: "6. Some Nigerian States ...", "8. The EFCC has
    arrested ..."), each a story of its own, with the place its first sentence names."""
    out, items = [], []
    for j, u in enumerate(units):
        if (j == 0 or units[j - 1].paragraph != u.paragraph) and NUMBERED_ITEM.match(u.text):
            # (the parser may make the number a sentence of its own: then the item's first sentence is the next)
            alone = len(u.text.split()) == 1 and j + 1 < len(units) and units[j + 1].paragraph == u.paragraph
            lead = units[j + 1] if alone else u
            items.append((j, args.pick_location([p for p in in_unit(ctx.places, lead) if p.start >= after],
                                                ctx.text, lead.start)))
            continue
        alone = all(units[i].paragraph != u.paragraph for i in (j - 1, j + 1) if 0 <= i < len(units))
        if not alone or len(u.text.split()) > HEADING_WORDS or u.text.rstrip().endswith((".", "!", "?", ":")):
            continue
        # Any role: a name on a line of its own acts in no clause, whatever the parse made of it.
        places = [p for p in in_unit(ctx.places, u) if p.start >= after]
        rest = u.text
        for p in sorted(places, key=lambda p: -p.start):
            rest = rest[:p.start - u.start] + rest[p.end - u.start:]
        # A region ("Europe") heads no country's news; an unknown part ("DC") may stand with a known one.
        known = [p.model_copy(update={"role": "location"}) for p in places if p.country and p.level is not None]
        out.append((j, args.pick_location(known, ctx.text, u.end) if not rest.strip(" \t,") else None))
    return sorted(out + items, key=lambda h: h[0]) if len(items) >= 2 else out


def week_by_then(said: DateValue) -> Optional[DateValue]:
    """What a statement's day says of the event it reports: that it happened by then (the week up to it)."""
    if said.precision == "publication":
        return said  # "condemns today's attack" with only the report's month known: that month
    if not said.end:
        return None
    end = dt.date.fromisoformat(said.end[:10])
    return DateValue(start=(end - dt.timedelta(days=RECENT_DAYS)).isoformat(), end=end.isoformat(),
                     precision="range", text=said.text)


def _told_date(ctx, c: Unit, after: int, pub) -> Optional[DateValue]:
    """The date a sentence before the event's lends it: that of what the sentence tells, not of the statement
    that tells it ("Kukah said in a February 1 statement that Nnadi was murdered. Nnadi ... were killed": by
    February 1, not on it)."""
    times = [t for t in in_unit(ctx.times, c) if t.start >= after]
    reacted = reaction_times(ctx.doc, times)  # "denounced the persecution ... last week": the condemnation's
    times = [t for t in times if t.start not in reacted]
    # "marched on Saturday demanding justice for a student killed during last month's clashes. The protesters
    # chanted ...": a time in the possessive names another act (the clashes), not the one the sentence tells
    named = {t.start for t in times if POSSESSIVE_S.match(ctx.text[t.end:t.end + 3])}
    if len(named) < len(times):
        times = [t for t in times if t.start not in named]
    if not times:
        return None
    anchor = args.event_anchor(ctx.doc, c.start, False)
    said = args.speech_side(ctx.doc, anchor, [t.start for t in times], speech_only=False)
    said = statement_times(ctx.doc, anchor, times, said)
    told = args.pick_date([t for t in times if t.start not in said], ctx.text, c.end, pub)
    if told is not None or not said:
        return told
    by_then = args.pick_date([t for t in times if t.start in said], ctx.text, c.end, pub)
    return week_by_then(by_then) if by_then is not None else None


def _background_date(ctx, units: list[Unit], k: int, after: int, pub) -> Optional[DateValue]:
    """The date of the nearest sentence of the paragraphs before unit ``k``'s that gives one (at most
    BACKGROUND_SENTENCES back), when it lies more than STALE_DAYS before publication; else None. A paragraph
    that dates nothing goes on at the time of the text before it; within one paragraph an old date in a
    modifier ("charged over a massacre committed in 2014") does not set the time of the next sentence, but one
    fronted before the sentence's verb does ("Last year, activists took to the streets ... Hundreds of activists
    were detained", "In February, three workers were sentenced ... Meanwhile, that same month, ... were raided")."""
    para = units[k].paragraph
    for j in range(k - 1, max(-1, k - 1 - BACKGROUND_SENTENCES), -1):
        # (a date that names another thing, "the disputed August 9, 2020 elections", is no time the text is told at)
        times = [t for t in in_unit(ctx.times, units[j]) if t.start >= after and not names_other_thing(ctx.doc, ctx.text, t)]
        if units[j].paragraph == para:
            found = args.pick_date(times, ctx.text, units[j].end, pub) if times else None
            if found is not None and (age_days(found, pub)[0] or 0) <= STALE_DAYS:
                return None  # the paragraph is told at a recent time ("On Monday, residents ... Separately, ...")
            fronted = _fronted_date(ctx, units[j], [t for t in times if t.start >= units[j].start], pub)
            if fronted is not None:
                return fronted if (age_days(fronted, pub)[0] or 0) > STALE_DAYS else None
            continue
        found = args.pick_date(times, ctx.text, units[j].end, pub) if times else None
        if found is not None:
            return found if (age_days(found, pub)[0] or 0) > STALE_DAYS else None
    return None


def _fronted_date(ctx, u: Unit, times, pub) -> Optional[DateValue]:
    """The date a sentence opens with, set off by a comma before any verb ("Last year, activists took to the
    streets", "Soon after the coup in February 2021, the military targeted ..."): the time of what the paragraph
    tells next; None when the sentence opens otherwise."""
    times = [t for t in times if t.date.start or t.date.end]  # ("Soon" is a time word that dates nothing)
    if u.span is None or not times:
        return None
    comma = next((t for t in u.span if t.text == ","), None)
    if comma is None or any(t.pos_ in VERBAL for t in u.span[:comma.i - u.span.start]):
        return None  # the sentence opens with no phrase set off by a comma before any verb
    first = min(times, key=lambda t: t.start)
    return args.pick_date([first], ctx.text, first.end, pub) if first.end <= comma.idx else None


def age_days(date: Optional[DateValue], pub) -> tuple[Optional[int], Optional[int]]:
    """Days from the end and from the start of the event's date to publication (None when unknown)."""
    if date is None or pub is None or not (date.end or date.start):
        return None, None
    try:
        start = dt.date.fromisoformat((date.start or date.end)[:10])
        end = dt.date.fromisoformat((date.end or date.start)[:10])
    except ValueError:
        return None, None
    return (pub - end).days, (pub - start).days


def is_stale(date: Optional[DateValue], pub) -> bool:
    """Background by its date (the guide: an event more than about 60 days before the article is not news):
    its newest day is beyond STALE_DAYS, or, dated only by a month or a year ("In December", "last year"),
    the middle of that period is (its one day is as likely anywhere in it: "In December" in a report of
    March 2 is some 75 days back). A period that runs up to the publication ("in 2024" in a report of December
    2024) may hold a fresh day: only its newest day can make it stale."""
    newest, oldest = age_days(date, pub)
    if newest is None:
        return False
    if newest > STALE_DAYS:
        return True
    return date.precision in ("month", "year") and newest > 0 and (newest + oldest) / 2 > STALE_DAYS
