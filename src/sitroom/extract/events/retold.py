"""Events a sentence names without telling them as news (rule 6 of rules.py: only news is coded).

(What a court or an inquiry heard is discourse.not_news's: background unless the hearing dates the act recently.)
- An event named as the topic of a work ("produced stories about the survivors of the earthquake", "a documentary on
  the massacre"): the work is what the sentence tells.
- An agreement a company is party to (the guide v1.4: commercial settlements are not coded).
- An act named as the start of a period ("the fourth rate cut since the September 11 attacks"), or, for an
  explosion, a weapon named as a thing made, owned or traded ("missile defence", "develop a nuclear bomb").
- An act still to come ("are about to sign a deal", "paving the way for peace talks", "an agreement was about to
  be signed"): a plan, no event (its modality is planned).
- A document-level one, on the events kept: an incident the document names by an old year and its place ("after
  the 1999 Interlaken canyoning tragedy"), reported at that place with no day of its own ("Twenty-one people were
  killed when a thunderstorm struck near Interlaken"), is that old incident retold: background (the guide's 60-day
  window; in an undated article, "in 2014" is background too).
- Another on the events kept: an act with no date of its own (dated by the publication alone) in a long text that
  dates almost none of its sentences to the days before its publication (a report, an essay, a profile, a history:
  at least LONG_TEXT sentences, fewer than one in DATED_SHARE dated to the RECENT_WINDOW days before). The
  publication date dates an undated act only in a text that tells the news of its days; such a text tells a long
  period, so its undated act cannot be pinned to a period (the guide's criterion 1) and is no news of it
  (criterion 2): a testimony of the report ("Three men beat me"), a pattern ("police arrest people without
  warrants"), a past of the person profiled.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from ...lang.en.events.discourse import RECENT_DAY
from ...lang.en.events.retold import (COMMERCIAL_PARTNER, COMMERCIAL_PARTY, FUTURE, GOAL_FOR, NOT_YET_AFTER, NOT_YET_BEFORE, PURPOSE_FOR,
                                      SINCE_CLAUSE_AT, SINCE_NAMED, SINCE_PHRASE_END, TOPIC_OF, WEAPON_AT, WEAPON_THING_AFTER,
                                      WEAPON_THING_BEFORE, YEAR_NAMED, YEAR_PLACED)
from ...lang.en.events.rules import WEAPON_USED
from .merged_slots import own_place
from .patterns import find_cues
from .taxonomy import AGREEMENT, DIPLOMATIC_CONTACT, REMOTE_VIOLENCE

# Dates that are the report's own day: a report dated so is its own news, whatever old incident the text names.
_OWN_DAY = frozenset({"day", "week", "range"})
# A long text (a report, an essay, a feature: news reports are shorter) and the share of its sentences dated to the
# days just before publication below which it tells no news of its days (one in DATED_SHARE).
LONG_TEXT = 50
DATED_SHARE = 50
RECENT_WINDOW = 14
# The lead of a text: its first sentence (a news report opens with its day).
LEAD = 1
# The lead of a report (its headline and first sentence): its news.
_LEAD_SENTENCES = 2
# An incident named by the year before last, or older, lies beyond the news window whatever the day of publication.
_YEARS_BACK = 2


def named_not_told(label: str, sentence: str, trigger_offset: Optional[int]) -> bool:
    """Whether the sentence names the event at ``trigger_offset`` (its cue; None when no cue found it) only as a
    topic of a work, a commercial agreement, the start of a period ("since the September 11 attacks"), or, for an
    explosion, a weapon named as a thing ("missile defence", "armed with bombs and cruise missiles")."""
    if trigger_offset is None:
        return label == AGREEMENT and bool(COMMERCIAL_PARTY.search(sentence))
    if label == AGREEMENT and (COMMERCIAL_PARTY.search(sentence[:trigger_offset])
                               or COMMERCIAL_PARTNER.match(sentence[trigger_offset:])):
        return True  # the company is a party: the agreement's subject, or the one it is made with
    before, at = sentence[max(0, trigger_offset - 80):trigger_offset], sentence[trigger_offset:]
    if TOPIC_OF.search(before) or _since_named(sentence, trigger_offset, before, at):
        return True
    # (a weapon bought and then fired is used: "bought rockets from smugglers and fired them at the base")
    return label.startswith(REMOTE_VIOLENCE) and bool(
        WEAPON_THING_AFTER.match(at) or WEAPON_AT.match(at) and WEAPON_THING_BEFORE.search(before)) and not (
        WEAPON_USED.search(at))


def _since_named(sentence: str, offset: int, before: str, at: str) -> bool:
    """The cue names the start of a period ("the fourth cut since the September 11 attacks"), and no cue outside that
    phrase tells another act ("Since the raid on Monday, protesters have gathered daily": the gathering is told, and
    the label built at the raid's cue may be its). Not an act of the last days ("since Monday's bombing at the
    ministry"): the guide codes a passing mention of a recent attack that gives its own day."""
    since = SINCE_NAMED.search(before)
    if since is None or SINCE_CLAUSE_AT.match(at):
        return False
    start = offset - len(before) + since.start()
    stop = SINCE_PHRASE_END.search(at)
    end = offset + (stop.start() if stop else len(at))
    if RECENT_DAY.search(sentence, start, end):
        return False
    return all(start <= c.start < end for c in find_cues(sentence, 0))


def not_yet(sentence: str, trigger_offset: Optional[int], trigger_end: Optional[int], label: str = "") -> bool:
    """Whether the words around the cue put its act still to come ("paving the way for talks", "an agreement was about
    to be signed"); a meeting or a deal also when named as a goal ("conditions for resuming talks") or as the purpose
    of an act still to come ("will go to Jakarta for a summit meeting")."""
    if trigger_offset is None or trigger_end is None:
        return False
    before = sentence[max(0, trigger_offset - 60):trigger_offset]
    if NOT_YET_BEFORE.search(before) or NOT_YET_AFTER.match(sentence[trigger_end:]):
        return True
    if label not in (DIPLOMATIC_CONTACT, AGREEMENT):
        return False
    if GOAL_FOR.search(before):
        return True
    purpose = PURPOSE_FOR.search(sentence[:trigger_offset])
    # (the future of the purpose's own clause: "the minister, who will step down next month, flew to Islamabad for
    # talks" met; the clause after the last comma)
    return purpose is not None and bool(FUTURE.search(sentence[:purpose.start()].rsplit(",", 1)[-1]))


def year_named_incident(e, reports, text: str, pub) -> bool:
    """Whether the event is an old incident the document names by its year and place or name (module doc): its place
    is named in "the YEAR Place ..." with the year before last or older (any year when the article is undated), or
    the name stands right before the word that tells the event ("accused of aiding the Easter Sunday suicide bombers"
    after "the 2019 Easter Sunday bombings"), and no report of it is dated to a day of its own (a day that is part of
    the name, "Easter Sunday", is the name's)."""
    group = (e, *reports)
    place = e.location.name.split(",")[0].strip().lower() if e.location is not None and e.location.name else ""
    # (a report in the lead, told before the old incident is named, is not its retelling: the lead "A grenade attack
    # in Nairobi killed three", then "since the 1998 Nairobi bombing"; an undated one further on, before the naming,
    # may be: a history names its incident after telling it)
    first = min(r.evidence.start for r in group)
    lead = min(getattr(r.evidence, "sentence", 0) or 0 for r in group) < _LEAD_SENTENCES
    for at, year, name, whole, placed in _old_namings(text):
        if at > first and lead:
            continue
        if pub is not None and year > pub.year - _YEARS_BACK:
            continue
        named = bool(place) and re.search(rf"\b{re.escape(place)}\b", name.lower()) is not None
        if not (named or not placed and any(_named_at_cue(r, name) for r in group)):
            continue
        if placed and any(own_place(r) for r in group):
            # (a report that places itself anew, "A bomb exploded near a school in Kabul", after "The Taliban seized
            # power in Kabul in 2021": the phrase names a place and a year, not which incident; only a report whose
            # place the story lends, "the police arrested four persons" after "foiled ... in London in 1984",
            # goes on telling it)
            continue
        if not any(r.date is not None and r.date.precision in _OWN_DAY and not _in_name(getattr(r.date, "text", None), whole)
                   for r in group):
            return True
    return False


def _old_namings(text: str):
    """(offset, year, name, words, by place) of each old incident the text names: "the YEAR Name ..." (YEAR_NAMED),
    and "in Place in YEAR" (YEAR_PLACED) in a sentence that tells an act (a cue of an event: not "the mayor, elected
    in London in 2016"); the latter is matched by its place only."""
    for m in YEAR_NAMED.finditer(text):
        yield m.start(), int(m.group(2)), m.group(3), m.group(0), False
    for m in YEAR_PLACED.finditer(text):
        start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        stop = text.find(". ", m.end())
        if find_cues(text[start:stop if stop >= 0 else len(text)], 0):
            yield m.start(), int(m.group(2)), m.group(1), m.group(0), True


def _named_at_cue(r, name: str) -> bool:
    """Whether the report's cue follows the incident's name, at most one word between ("the Easter Sunday suicide
    bombers"): the old incident named, not a new act of its place."""
    told, cue = getattr(r.evidence, "text", None) or "", getattr(r, "trigger", None)
    at = told.find(cue) if cue else -1
    return at > 0 and re.search(rf"\b{re.escape(name)}\s+(?:[\w'-]+\s+)?$", told[:at]) is not None


def _in_name(date_text, named: str) -> bool:
    return bool(date_text) and re.search(rf"\b{re.escape(date_text.strip())}\b", named) is not None


def undated_in_long_text(e, ctx, units) -> bool:
    """Whether the kept event ``e`` is dated by the publication alone in a long text that dates almost none of its
    sentences to the days before publication (module doc); the text's figure is cached per document."""
    if e.date is None or e.date.precision != "publication":
        return False
    frame = ctx.scratch.get("_event_news_frame")
    if frame is None:
        frame = ctx.scratch["_event_news_frame"] = _tells_its_days(ctx, units)
    return not frame


def _tells_its_days(ctx, units) -> bool:
    """Whether the text is short, undated, or dates at least one sentence in DATED_SHARE to the RECENT_WINDOW days
    before its publication."""
    pub = ctx.pub_date
    sentences = {u.sentence for u in units}
    if pub is None or len(sentences) < LONG_TEXT:
        return True
    recent = set()
    for m in ctx.times:
        end = m.date.end if m.date is not None else None
        try:
            day = dt.date.fromisoformat(end[:10]) if end else None
        except ValueError:
            day = None
        if day is not None and 0 <= (pub - day).days <= RECENT_WINDOW:
            recent.add(m.sentence)
    # A text whose lead is dated to those days tells their news (a news report opens with its day), however long
    # and however few of its later sentences are dated: a live report of the day's protests.
    if recent & set(sorted(sentences)[:LEAD]):
        return True
    return len(recent) * DATED_SHARE >= len(sentences)
