"""Where and when an event happened: its sentence's place and date, else those of the sentences before it in
the paragraph (one event told across sentences), else the article's focus and the week before publication;
and how old a date is against the report's publication (the extractor's news window)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from ...lang.en.dates import YEAR_WORD  # (a date without one takes the report's year)
from ...lang.en.events.arguments import ONSET_MENTION
from ...records import DateValue, Event
from ..actors.vocabulary import dateline_end
from ..time import publication_window
from . import arguments as args
from .arguments import STALE_DAYS  # noqa: F401 (the news window, read here and by the extractor)
from .captions import in_caption_aside, in_photo_caption
from .conventions import document_focus
from .told_when import described_times, outside_own_clause, reaction_times, statement_times
from .units import Unit

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
                   release: bool = False):
    """The event's place and date: its own sentence's, else borrowed from the sentences before it in the
    paragraph, else the article's focus and the week before publication. Also the sentence's own places
    (for the actors) and the context sentences used. A ``release`` of captives (``trig`` its verb) is dated at
    the release, not by the clause that tells who was held ("the nurses who were kidnapped in April") nor by
    the sentences before it, which tell their abduction: undated, it is dated by its statement or publication."""
    u = units[k]
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
    topic = frozenset(args.topic_side(ctx.doc, [m.start for m in unit_places]))
    site = frozenset(args.site_side(ctx.doc, anchor, unit_places))
    location = args.pick_location(unit_places, ctx.text, trig, speech, clause, topic, site)
    # A time that dates the verb governing the event ("police said on Saturday that he was arrested")
    # says only that the event happened by then: used, as the week up to it, when nothing else dates it.
    above = args.speech_side(ctx.doc, anchor, [t.start for t in unit_times], speech_only=False)
    above = statement_times(ctx.doc, anchor, unit_times, above)  # "said Thursday Davis was arrested"
    # (when the event's word is known: else the anchor is the sentence's root, and the clause may be the event)
    aside = args.subordinate_side(ctx.doc, anchor, [t.start for t in unit_times if t.start not in above]) \
        if cue_found else set()
    described = described_times(ctx.doc, args.event_anchor(ctx.doc, trig), unit_times) if release else ()
    main = outside_own_clause(ctx.doc, anchor, unit_times)  # (the event told in a relative clause with its own time)
    date = args.pick_date([t for t in unit_times if t.start not in above and t.start not in aside
                           and t.start not in described and t.start not in main], ctx.text, trig, pub)
    by_then = args.pick_date([t for t in unit_times if t.start in above and t.start not in main], ctx.text, trig, pub)
    if date is None and aside and pub is not None:
        # Undated itself, told after an act of a day long past ("Israel launched its offensive after Hamas-led fighters
        # attacked southern Israel on Oct. 7", months before): background to the news, dated by that act
        # (a time clause's act, not a relative clause's: "engineers who were abducted in March were released")
        before = args.subordinate_side(ctx.doc, anchor, aside, relative_clauses=False)
        old = [t for t in unit_times if t.start in before and (age_days(t.date, pub)[0] or 0) > STALE_DAYS]
        if old:
            date = old[0].date
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
    for c in context:  # one event told across sentences: borrow what this sentence lacks
        if location is None:
            # (not the dateline when the tokenizer made it a sentence of its own: "(Nairobi) – Rwandan ...")
            location = args.pick_location(_told_places(ctx, c, after), ctx.text, c.end)
            if location is not None:
                used_context.append(c)
        if date is None and not release:  # (the sentences before a release tell the captivity: not its day)
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
        location = document_focus(ctx, location) or location
    if location is None and after:
        location = args.pick_location([p for p in in_unit(ctx.places, u) if p.start < after], ctx.text, trig)
    if date is None and by_then is not None:
        date = _by_then(by_then)
    if date is None and pub is not None and not release:
        # A paragraph told right after background far older than the report (the 1992 killings, then "brought
        # the group to the pit and shot them"): that background goes on; _build_event leaves it out as not news.
        date = _background_date(ctx, units, k, after, pub)
    if date is None and pub is not None:
        # Undated in its sentence and paragraph: news reports what happened in the days before it appeared,
        # marked as dated by the publication (never a day the text does not give).
        date = publication_window(ctx.published)
    return location, date, unit_places, used_context


def _told_places(ctx, c: Unit, after: int) -> list:
    """The places a sentence before the event lends it: not the dateline's, nor a photo caption's ("an officer stands
    guard in the northern city of Irbid. (Muhammad Hamed/Reuters)"), where a picture was taken."""
    return [p for p in in_unit(ctx.places, c) if p.start >= after and not in_photo_caption(ctx.text, p.end)]


def act_date(e: Event, reports) -> Event:
    """The event's date from the reports merged into it (``reports``), settled on the events kept (after merging
    and the filter, so it changes neither which events are kept nor how they merge):
    - a day lent by a report the detector typed without any word of the event's type (no cue), other than
      the event's own evidence, does not date an event whose reports with such a word all leave it undated:
      that report may tell another matter (a video caption's "The paper began printing ... Wednesday evening"
      merged into "Hong Kong police arrest 5 speech therapists"); the event keeps its publication week;
    - an onset ("Demonstrations have remained fierce since Monday") tells when a state of things began, not
      when the act reported happened: when another report dates the act itself ("Protests over the weekend led
      to confrontations"), the most precise of those dates."""
    if e.date.precision != "publication" and e.date.start:
        lent_by = [r for r in reports if _same_date(r.date, e.date)]
        cued = [r for r in reports if r.trigger]
        if lent_by and cued and all(r.trigger is None and r.evidence.start != e.evidence.start for r in lent_by) \
                and all(r.date.precision == "publication" for r in cued):
            return e.model_copy(update={"date": cued[0].date.model_copy()})
    if not (e.date.text and ONSET_MENTION.match(e.date.text.strip())):
        return e
    told = [r.date for r in reports if r.date.start and r.date.precision != "publication"
            and not (r.date.text and ONSET_MENTION.match(r.date.text.strip()))]
    if not told:
        return e
    best = min(told, key=lambda d: _span_days(d))  # (min keeps the first report's of equal spans)
    return e.model_copy(update={"date": best.model_copy()})


def section_date(e: Event, ctx, units: list[Unit], after: int) -> Event:
    """A kept event its sentence and paragraph leave undated (the publication week), in a timeline's entry: the
    date that heads the entry ("Feb. 17th 2021: Bandits Seize 41 In Kagara", then "The gunmen raided the
    Government Science College Kagara, ..." without a date of its own). Only in a report with two such
    headings at least (_date_headings); after the filter, like act_date."""
    if e.date.precision != "publication":
        return e
    headings = ctx.scratch.get("_event_date_headings")
    if headings is None:
        headings = ctx.scratch["_event_date_headings"] = _date_headings(ctx, units, after)
    if len(headings) < 2:
        return e
    para = next((u.paragraph for u in units if u.start == e.evidence.start), None)
    before = [d for p, d in headings if para is not None and p <= para]
    return e.model_copy(update={"date": before[-1].model_copy()}) if before else e


def _date_headings(ctx, units: list[Unit], after: int) -> list:
    """A timeline's entry headings [(paragraph, date)]: paragraphs that open with a date of a day or a month
    (its year told) followed by a colon ("26th Feb. 2021: 317 Female Students Abducted In Jangebe", "14th
    April 2014:")."""
    out = []
    for j, u in enumerate(units):
        if j and units[j - 1].paragraph == u.paragraph:
            continue
        first = next((t for t in in_unit(ctx.times, u) if t.start == u.start and t.start >= after), None)
        if first is not None and first.date.precision in ("day", "month") \
                and ctx.text[first.end:first.end + 3].lstrip(" ").startswith(":"):
            out.append((u.paragraph, first.date))
    return out


def _same_date(a: DateValue, b: DateValue) -> bool:
    return (a.start, a.end, a.text) == (b.start, b.end, b.text)


def _span_days(d: DateValue) -> int:
    try:
        return (dt.date.fromisoformat((d.end or d.start)[:10]) - dt.date.fromisoformat(d.start[:10])).days
    except (TypeError, ValueError):
        return 10 ** 6


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


def _by_then(said: DateValue) -> Optional[DateValue]:
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
    if not times:
        return None
    anchor = args.event_anchor(ctx.doc, c.start, False)
    said = args.speech_side(ctx.doc, anchor, [t.start for t in times], speech_only=False)
    said = statement_times(ctx.doc, anchor, times, said)
    told = args.pick_date([t for t in times if t.start not in said], ctx.text, c.end, pub)
    if told is not None or not said:
        return told
    by_then = args.pick_date([t for t in times if t.start in said], ctx.text, c.end, pub)
    return _by_then(by_then) if by_then is not None else None


def _background_date(ctx, units: list[Unit], k: int, after: int, pub) -> Optional[DateValue]:
    """The date of the nearest sentence of the paragraphs before unit ``k``'s that gives one (at most
    BACKGROUND_SENTENCES back), when it lies more than STALE_DAYS before publication; else None. A paragraph
    that dates nothing goes on at the time of the text before it; within one paragraph an old date in a
    modifier ("charged over a massacre committed in 2014") does not set the time of the next sentence, but one
    fronted before the sentence's verb does ("Last year, activists took to the streets ... Hundreds of activists
    were detained", "In February, three workers were sentenced ... Meanwhile, that same month, ... were raided")."""
    para = units[k].paragraph
    for j in range(k - 1, max(-1, k - 1 - BACKGROUND_SENTENCES), -1):
        if units[j].paragraph == para:
            times = [t for t in in_unit(ctx.times, units[j]) if t.start >= after]
            found = args.pick_date(times, ctx.text, units[j].end, pub) if times else None
            if found is not None and (age_days(found, pub)[0] or 0) <= STALE_DAYS:
                return None  # the paragraph is told at a recent time ("On Monday, residents ... Separately, ...")
            fronted = _fronted_date(ctx, units[j], [t for t in times if t.start >= units[j].start], pub)
            if fronted is not None:
                return fronted if (age_days(fronted, pub)[0] or 0) > STALE_DAYS else None
            continue
        times = [t for t in in_unit(ctx.times, units[j]) if t.start >= after]
        found = args.pick_date(times, ctx.text, units[j].end, pub) if times else None
        if found is not None:
            return found if (age_days(found, pub)[0] or 0) > STALE_DAYS else None
    return None


def told_after_old_day(e: Event, reports, ctx, units: list[Unit], after: int) -> bool:
    """Whether every report of the event (``e`` and the ``reports`` merged into it) that dates it does so without a
    year ("On the evening of March 20", "12 hours before") right after a sentence dated to a day with its year
    ("... was to be reintroduced on March 21, 1929."), and that day's year makes the report's date older than the
    news window: the time reader gave such a date the report's year, but a list of dated incidents goes on in the
    year last written ("On October 6, 2018, ... On November 18, two Lebanese were kidnapped": November 18, 2018,
    news in a report of December 2018, background in one of 2020). A date a report took from a sentence before it
    is read after that sentence ("On the evening of March 20, raids were conducted. Thirty-two people were
    arrested"). Background to the news (the guide). Settled
    on the events kept, like act_date."""
    pub = ctx.pub_date
    if pub is None:
        return False
    dated = {r.evidence.start: r for r in (e, *reports) if r.date.precision != "publication" and r.date.text}
    if e.evidence.start not in dated:
        return False
    starts = {u.start: j for j, u in enumerate(units)}
    for r in dated.values():
        k = starts.get(r.evidence.start)
        if k is None or YEAR_WORD.search(r.date.text):
            return False
        k = _told_in(units, k, r.date.text)  # a date the report took from a sentence before it is read there
        before = _day_before(ctx, units, k, after)
        told = _in_year_of(r.date, before) if before is not None else None
        if told is None or (pub - told).days <= STALE_DAYS:
            return False
    return True


def _told_in(units: list[Unit], k: int, text: str) -> int:
    """The unit, ``k`` or one of the CONTEXT_SENTENCES before it, whose words tell the date ``text`` (the report's
    own unit when none does): "On the evening of March 20, raids were conducted ... Thirty-two people were
    arrested" dates the arrests in the sentence before."""
    for j in range(k, max(-1, k - 1 - CONTEXT_SENTENCES), -1):
        if text in units[j].text:
            return j
    return k


def _day_before(ctx, units: list[Unit], k: int, after: int) -> Optional[dt.date]:
    """The day, with its year written out ("on March 21, 1929"), of the nearest sentence before unit ``k``
    (CONTEXT_SENTENCES back at most) that names a time; None when that sentence dates no such day."""
    for j in range(k - 1, max(-1, k - 1 - CONTEXT_SENTENCES), -1):
        times = [t for t in in_unit(ctx.times, units[j]) if t.start >= after]
        if not times:
            continue
        days = [t for t in times if t.date.precision == "day" and YEAR_WORD.search(t.text or "")]
        try:
            return dt.date.fromisoformat((days[-1].date.start or "")[:10]) if days else None
        except ValueError:
            return None
    return None


def _in_year_of(date: DateValue, day: dt.date) -> Optional[dt.date]:
    """A yearless date read in the year nearest to ``day``, told just before it ("On the evening of March 20"
    after "March 21, 1929": 1929; "On January 5" after "December 20, 2018": 2019)."""
    try:
        told = dt.date.fromisoformat((date.start or date.end or "")[:10])
    except ValueError:
        return None
    years = []
    for year in (day.year - 1, day.year, day.year + 1):
        try:
            years.append(told.replace(year=year))
        except ValueError:  # February 29 in another year
            continue
    return min(years, key=lambda d: abs((d - day).days)) if years else None


def _fronted_date(ctx, u: Unit, times, pub) -> Optional[DateValue]:
    """The date a sentence opens with, set off by a comma before any verb ("Last year, activists took to the
    streets", "Soon after the coup in February 2021, the military targeted ..."): the time of what the paragraph
    tells next; None when the sentence opens otherwise."""
    times = [t for t in times if t.date.start or t.date.end]  # ("Soon" is a time word that dates nothing)
    if u.span is None or not times:
        return None
    comma = next((t for t in u.span if t.text == ","), None)
    if comma is None or any(t.pos_ in ("VERB", "AUX") for t in u.span[:comma.i - u.span.start]):
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
