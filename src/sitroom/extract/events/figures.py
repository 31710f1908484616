"""The figures of an event (killed, injured, arrested) and the note that says how each was read.

A figure belongs to an event only when the event's own sentence gives it, or the next sentence of its
paragraph that only adds the incident's victims ("Rival militias clashed in Tripoli. Two civilians were
killed, according to the health ministry."): never one from another paragraph, however the reports of
an event are merged (rules.merge_events calls :func:`merged`).

The note (``Event.fatalities_note``) says what a reader of the figure cannot see in it:
- a vague amount coded by ACLED's convention (the annotation guide's table, lang/en/numbers.py):
  "'several' coded as 3 (ACLED convention)";
- a stated zero: "the report says none: 'no one was hurt'";
- deaths and injuries told as one figure ("60 killed and injured"): no death toll of its own, coded as
  deaths without a number are (3, as "several");
- a figure from the next sentence.
The injured and arrested figures' notes follow, prefixed by their kind ("injured: 'hundreds' coded as
100 (ACLED convention)").
"""

from __future__ import annotations

import re
from typing import NamedTuple, Optional

from ...lang.en.events.counts import ATTACKER_DEAD, BOMBERS_DEAD, KILLERS_THEN_KILLED, PATTERNS, SELF_KILLED
from ...lang.en.figures import (
    ALSO, ATTACKER_LATER_DEATH, ATTACKERS, DEAD_WHO, DEATHS_UNNUMBERED, DISTANT_BEFORE, EARLIER_ACT_TOLL, EARLIER_CLAUSE_TOLL, KILLED_AND_INJURED, SUPERSEDED_FIGURE, NAMES_INCIDENT, NONE_HURT, NONE_INJURED, NONE_KILLED, NONE_ONLY_REST,
    LATER_DEATH, REVISES_FIGURE, NOT_WHO, VICTIMS_ONLY,
)
from ...lang.en.events.separate import another_incident
from ...lang.en.numbers import VAGUE_AMOUNTS
from ...records import Event
from ..numbers import parse_number
from .counts import count, part_of_the_dead
from .taxonomy import CLAIM, INTERVENTION, PEACEFUL_PROTEST, VIOLENT_TYPES

KINDS = ("fatalities", "injured", "arrested")
# Deaths told without a number of their own count as "several" does (annotation guide).
UNNUMBERED_DEATHS = VAGUE_AMOUNTS["several"]


class Figures(NamedTuple):
    fatalities: Optional[int]
    injured: Optional[int]
    arrested: Optional[int]
    note: Optional[str]


def read(text: str, event_type: str, label: str) -> Figures:
    """The figures ``text`` (one event's sentence) gives for an event of ``label``, with their note."""
    notes: dict[str, str] = {}
    fatalities = None
    if event_type != "Diplomacy":
        fatalities, note = _fatalities(text)
        if note:
            notes["fatalities"] = note
    injured = _counted("injured", text, notes)
    if injured is None and (NONE_HURT.search(text) or NONE_INJURED.search(text)):
        injured = 0
    arrested = _counted("arrested", text, notes) if label != CLAIM else None
    return Figures(fatalities, injured, arrested, join_note(notes))


def own_toll_text(text: str, trigger: Optional[int], event_type: Optional[str] = None) -> str:
    """``text`` without the toll of an earlier act named as the cause or time of the act at offset ``trigger``
    (EARLIER_ACT_TOLL, EARLIER_CLAUSE_TOLL), unless that act's word is the trigger (the earlier act's own event keeps
    its dead). A fight's or an attack's (``event_type``) bare "after" clause stays when it is the only toll told:
    "Troops repelled the attack after insurgents killed two soldiers" tells the one fight's dead (_same_fight)."""
    for m in EARLIER_ACT_TOLL.finditer(text):
        if trigger is None or not m.start() <= trigger < m.end():
            text = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
    for m in EARLIER_CLAUSE_TOLL.finditer(text) if trigger is not None else ():
        # (no word of the act known: the clause may be the act itself)
        if not m.start() <= trigger < m.end() and not _same_fight(text, m, event_type):
            text = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
    return text


# The types whose act may be the killing a clause of time tells: a fight, an attack, force on a crowd (not a strike
# from afar, "jets blasted Gaza after militants killed 10 Israelis", nor an operation or an arrest).
_ONE_FIGHT_TYPES = frozenset({"Battles", "Violence against civilians", "Protests", "Riots"})


def _same_fight(text: str, m: re.Match, event_type: Optional[str]) -> bool:
    """Whether the "after" clause ``m`` tells the dead of the act itself: an act of _ONE_FIGHT_TYPES, the clause
    set apart by no distance of time ("two days after") nor a mark of another incident ("a similar attack"), and
    no toll told outside it ("Rebels attacked the base after troops killed two, killing five soldiers": five)."""
    if event_type not in _ONE_FIGHT_TYPES or not m.group(0).lower().startswith("after"):
        return False
    if DISTANT_BEFORE.search(text, max(0, m.start() - 12), m.start()) or another_incident(m.group(0)):
        return False
    return count("fatalities", text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]) is None


def _fatalities(text: str) -> tuple[Optional[int], Optional[str]]:
    both = KILLED_AND_INJURED.search(text)
    # The figure of the dead and injured together is no death toll: read the text without it.
    rest = text[:both.start()] + " " * (both.end() - both.start()) + text[both.end():] if both else text
    n = count("fatalities", rest)
    if n:
        return n, _vague_note("fatalities", rest, n)
    if both:
        said = " ".join(both.group(0).split())
        return UNNUMBERED_DEATHS, (f"'{said}' gives no death toll of its own: deaths without a number coded as "
                                   f"{UNNUMBERED_DEATHS}, as 'several' (ACLED convention)")
    unnumbered = DEATHS_UNNUMBERED.search(text) if n is None else None
    if unnumbered:
        said = " ".join(unnumbered.group(0).split())
        return UNNUMBERED_DEATHS, f"'{said}': deaths without a number coded as {UNNUMBERED_DEATHS}, as 'several' (ACLED convention)"
    zero = NONE_HURT.search(text) or NONE_KILLED.search(text)
    if zero:
        return 0, f"the report says none: '{zero.group(0)}'"
    return (0, "the report says none") if n == 0 else (None, None)


def _counted(kind: str, text: str, notes: dict[str, str]) -> Optional[int]:
    n = count(kind, text)
    note = _vague_note(kind, text, n) if n is not None else None
    if note:
        notes[kind] = note
    return n


def _vague_note(kind: str, text: str, n: int) -> Optional[str]:
    """The note for a figure read from a vague amount ("several" 3), None for a number the text states."""
    exact = False
    vague = None
    for rx in PATTERNS[kind]:
        for m in rx.finditer(text):
            said = " ".join(m.group("n").lower().split())
            if parse_number(said) != n:
                continue
            if said in VAGUE_AMOUNTS:
                vague = vague or said
            else:
                exact = True
    if vague is None or exact:
        return None
    word = re.sub(r" of$", "", vague)
    return f"'{word}' coded as {n} (ACLED convention)"


# ---- notes of several kinds in one string ----------------------------------------------------------

def join_note(notes: dict[str, str]) -> Optional[str]:
    parts = [notes["fatalities"]] if "fatalities" in notes else []
    parts += [f"{k}: {notes[k]}" for k in ("injured", "arrested") if k in notes]
    return "; ".join(parts) or None


def split_note(note: Optional[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in (note or "").split("; "):
        if not part:
            continue
        kind, _, rest = part.partition(": ")
        if kind in ("injured", "arrested") and rest:
            out[kind] = rest
        else:
            out["fatalities"] = f"{out['fatalities']}; {part}" if "fatalities" in out else part
    return out


# ---- figures of merged reports ----------------------------------------------------------------------

def near(a: Event, b: Event) -> bool:
    """Whether two reports are close enough to share figures: the same sentence or the next, same paragraph."""
    pa, pb = a.evidence.paragraph, b.evidence.paragraph
    return pa is not None and pa == pb and abs(a.evidence.sentence - b.evidence.sentence) <= 1


def merged(keep: Event, other: Event, other_is_evidence: bool) -> dict:
    """The figures (and note) of the event ``keep`` once ``other``, another report of it, joins it. Reports in
    the same or the next sentence of a paragraph share their figures (the lowest wins, ACLED's most
    conservative figure); otherwise the figures are those of the report that becomes the evidence, whose
    reader sees where they come from."""
    if not near(keep, other):
        src = other if other_is_evidence else keep
        return {**{k: getattr(src, k) for k in KINDS}, "fatalities_note": src.fatalities_note}
    notes_keep, notes_other = split_note(keep.fatalities_note), split_note(other.fatalities_note)
    upd: dict = {}
    notes: dict[str, str] = {}
    for k in KINDS:
        a, b = getattr(keep, k), getattr(other, k)
        if a is None and b is None:
            continue
        if k == "fatalities" and a is not None and b is not None and _other_sides(keep, other):
            upd[k] = a + b  # the attackers' dead and their victims: every death of the event
            said = "; ".join(n for n in (notes_keep.get(k), notes_other.get(k)) if n)
            notes[k] = f"{a} + {b}: the attackers' dead and the others' told apart, summed" + (f"; {said}" if said else "")
            continue
        take_other = a is None or (b is not None and b < a)
        if k == "fatalities" and a is not None and b is not None and a != b:
            part_a, part_b = part_of_the_dead(keep.evidence.text), part_of_the_dead(other.evidence.text)
            if part_a != part_b and (b if part_a else a) >= (a if part_a else b):
                take_other = part_a  # the whole's figure, not the part's ("Among the dead were two officers")
        if k == "fatalities" and a is not None and b is not None and a != b:
            new_a, new_b = (bool(REVISES_FIGURE.search(x.evidence.text)) for x in (keep, other))
            old_a, old_b = (new_o and not new_x or not new_x and bool(SUPERSEDED_FIGURE.search(x.evidence.text))
                            for x, new_x, new_o in ((keep, new_a, new_b), (other, new_b, new_a)))
            take_other = old_a if old_a != old_b else take_other  # a revised figure is no longer credible
        upd[k] = b if take_other else a
        note = (notes_other if take_other else notes_keep).get(k)
        if note:
            notes[k] = note
    upd["fatalities_note"] = join_note(notes)
    return upd


def dead_are_attackers(text: str) -> Optional[bool]:
    """Whether the death figures of ``text`` count the attacking side's dead ("killed several attackers": True),
    others ("killing eight soldiers": False), or None when it does not say whom, or says both."""
    sides = set()
    for m in DEAD_WHO.finditer(text):
        words = [w for w in (m.group("who") or m.group("who2")).lower().split() if w not in NOT_WHO]
        if words:
            sides.add(any(ATTACKERS.match(w) for w in words))
    return sides.pop() if len(sides) == 1 else None


def _other_sides(a: Event, b: Event) -> bool:
    """Whether two near reports of one event count the dead of different sides (summed, not alternatives)."""
    sa, sb = dead_are_attackers(a.evidence.text), dead_are_attackers(b.evidence.text)
    return sa is not None and sb is not None and sa != sb


# ---- a sentence that only adds the victims of the one before ----------------------------------------

def adds_victims(text: str) -> bool:
    """Whether a sentence only adds the victims of an incident told before it (see VICTIMS_ONLY), without
    naming which ("wounded in the attack" is a mention of an attack, joined to one by its type)."""
    return bool(VICTIMS_ONLY.search(text)) and not NAMES_INCIDENT.search(text)


def tells_only_none_hurt(text: str) -> bool:
    """Whether a sentence tells nothing but that no one was hurt ("No injuries were reported.", "No one was
    killed, police said."): no act of its own."""
    zero = [m for rx in (NONE_HURT, NONE_KILLED, NONE_INJURED) for m in rx.finditer(text)]
    if not zero:
        return False
    rest = text
    for m in zero:
        rest = rest[:m.start()] + " " * (m.end() - m.start()) + rest[m.end():]
    return not re.search(r"[A-Za-z]{2,}", NONE_ONLY_REST.sub(" ", rest))


def absorb_victims(events: list[Event], own_place_or_time: set[int]) -> list[Event]:
    """Events (in document order) without those that only add the victims of a violent event told in the
    sentence just before, in the same paragraph: their figures join that event's (summed when told as
    more victims, "also"; else the lowest, the same dead told again). ``own_place_or_time``: the sentences
    that name a place or a date of their own, which tell another incident. A report with no word of an event
    that only says no one was hurt ("No injuries were reported.") is no event: its zeros join the event told
    just before it in its paragraph, whatever its type (a protest's too), when that one has no figure."""
    out: list[Event] = []
    for e in events:
        if e.trigger is None and tells_only_none_hurt(e.evidence.text):
            p = next((x for x in reversed(out) if x.evidence.sentence == e.evidence.sentence - 1
                      and x.evidence.paragraph is not None and x.evidence.paragraph == e.evidence.paragraph), None)
            if p is not None:
                i = out.index(p)
                out[i] = p.model_copy(update={k: 0 for k in ("fatalities", "injured")
                                              if getattr(e, k) == 0 and getattr(p, k) is None})
            continue
        prev = _previous_incident(out, e)
        if prev is not None and attacker_death_added(prev[1], e.evidence.text):
            i, p = prev  # "The gunman was shot dead by police": his death, one more of that event
            out[i] = _join_attacker(p)
            continue
        if prev is not None and LATER_DEATH.search(e.evidence.text):
            i, p = prev  # "He died in hospital on Wednesday": the victim's death, on a day of its own
            out[i] = _join_victims(p, 1, None, None, e.evidence.text)
            continue
        if (prev is None or e.evidence.sentence in own_place_or_time or not adds_victims(e.evidence.text)
                or not any(getattr(e, k) is not None for k in ("fatalities", "injured"))):
            out.append(e)
            continue
        i, p = prev
        out[i] = _join_victims(p, e.fatalities, e.injured, e.fatalities_note, e.evidence.text)
    return out


def victims_of_next_sentence(events: list[Event], units, own_place_or_time: set[int]) -> list[Event]:
    """``events`` with the figures of a sentence that only adds victims joined to the violent event told
    just before it in its paragraph, when no report was built from that sentence (the detector passes over
    some: "Rival militias clashed in Tripoli on Friday. At least 18 people were killed."), as absorb_victims
    joins a report. ``units``: the document's units (extract/events/units.py)."""
    built = {e.evidence.sentence for e in events}
    last = {e.evidence.sentence: i for i, e in enumerate(events) if e.event_type in VIOLENT_TYPES}
    out = list(events)
    for u in units:
        i = last.get(u.sentence - 1)
        if i is None or u.sentence in built:
            continue
        p = out[i]
        if p.evidence.paragraph != u.paragraph:
            continue
        if attacker_death_added(p, u.text):
            out[i] = _join_attacker(p)
            continue
        if LATER_DEATH.search(u.text):
            out[i] = _join_victims(p, 1, None, None, u.text)  # "The reporter was pronounced dead at a hospital."
            continue
        if u.sentence in own_place_or_time or not adds_victims(u.text):
            continue
        f = read(u.text, p.event_type, f"{p.event_type} / {p.sub_event_type}")
        if f.fatalities is not None or f.injured is not None:
            out[i] = _join_victims(p, f.fatalities, f.injured, f.note, u.text)
    return out


def _join_victims(p: Event, fatalities: Optional[int], injured: Optional[int], note: Optional[str],
                  text: str) -> Event:
    """``p`` with the figures of the next sentence (``text``) joined: summed when told as more victims
    ("also"), else the lowest (the same dead told again)."""
    also = bool(ALSO.search(text))
    upd: dict = {}
    notes = split_note(p.fatalities_note)
    for k, b in (("fatalities", fatalities), ("injured", injured)):
        a = getattr(p, k)
        if b is None:
            continue
        part = k == "fatalities" and a is not None and b <= a and part_of_the_dead(text)
        upd[k] = b if a is None else a if part else (a + b if also else min(a, b))  # (a part never lowers the whole)
        if upd[k] != a:
            added = split_note(note).get(k)
            told = "told in the next sentence" + (f" ({added})" if added else "")
            notes[k] = told if a is None else f"{told}, added to the {a} of this one" if also else told
    upd["fatalities_note"] = join_note(notes)
    return p.model_copy(update=upd)


def attacker_death_added(p: Event, text: str) -> bool:
    """Whether ``text``, the sentence after ``p``'s, tells the death of its one attacker at the scene
    (ATTACKER_LATER_DEATH) and ``p``'s own sentence has not counted him already ("killing two before he was shot
    dead", "the gunmen were killed")."""
    if not ATTACKER_LATER_DEATH.search(text):
        return False
    own = p.evidence.text
    if any(rx.search(own) for rx in (ATTACKER_DEAD, BOMBERS_DEAD, KILLERS_THEN_KILLED, SELF_KILLED)):
        return False
    return dead_are_attackers(own) is not True


_ATTACKER_NOTE = "the attacker's death told in the next sentence"


def _join_attacker(p: Event) -> Event:
    """``p`` with its attacker's death told in the next sentence added to its dead (once: absorb_victims joins the
    sentence's report, then victims_of_next_sentence sees the sentence again)."""
    notes = split_note(p.fatalities_note)
    if _ATTACKER_NOTE in notes.get("fatalities", ""):
        return p
    notes["fatalities"] = (_ATTACKER_NOTE +
                           (f", added to the {p.fatalities} of this one" if p.fatalities else ""))
    return p.model_copy(update={"fatalities": (p.fatalities or 0) + 1, "fatalities_note": join_note(notes)})


def _previous_incident(out: list[Event], e: Event) -> Optional[tuple[int, Event]]:
    """The violent event told in the sentence just before ``e``'s, in its paragraph; or in the paragraph just
    before when ``e`` tells more victims ("also") at the start of its own: wire copy gives each sentence a
    paragraph ("... killed 15 militants ... on Tuesday, the military said." then "Two soldiers were also killed
    in the exchange of fire, it said.")."""
    for i in range(len(out) - 1, -1, -1):
        p = out[i]
        if p.evidence.sentence == e.evidence.sentence:
            continue
        pa, pe = p.evidence.paragraph, e.evidence.paragraph
        same = pa is not None and pa == pe
        more = pa is not None and pe == pa + 1 and bool(ALSO.search(e.evidence.text))
        if p.evidence.sentence == e.evidence.sentence - 1 and (same or more) and p.event_type in VIOLENT_TYPES:
            return i, p
        return None
    return None


# ACLED records no deaths for these: non-violent developments, diplomacy, and demonstrations met with no lethal force
# (deaths at one make it excessive force or a riot). A figure their sentence gives is another event's ("detained a
# man accused of the killing of 51 civilians"). A statement (a claim of responsibility) is never the act it talks
# about (ACLED-RULES): "claimed the attacks which killed 28" gives the attack its dead, the claim none (as the guide's
# annotators code every claim).
DEATHLESS_TYPES = ("Strategic developments", "Diplomacy", "Statements")
DEATHLESS_LABELS = (PEACEFUL_PROTEST, INTERVENTION)


def clear_deathless_types(events: list[Event]) -> list[Event]:
    """``events`` with no fatalities on the types ACLED records none for (after every retyping)."""
    return [e.model_copy(update={"fatalities": None, "fatalities_note": None})
            if e.fatalities is not None and (e.event_type in DEATHLESS_TYPES
                                             or f"{e.event_type} / {e.sub_event_type}" in DEATHLESS_LABELS) else e
            for e in events]

