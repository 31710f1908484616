"""ACLED coding rules applied after detection.

1. Priority order: when one clause fits two types, the type earlier in ACLED's order wins (taxonomy.py).
2. Killing detained, surrendered or captured combatants is Violence against civilians / Attack: people
   hors de combat are coded as civilians.
3. An airstrike (or shelling) inside a ground battle at the same place and day is one Battles event.
4. One event per type, location and day: reports of the same event in one document are merged, keeping
   the arguments each report adds, the lowest fatality figure, and as evidence the most confident report.
"""

from __future__ import annotations

import re
from typing import Optional

from ...records import Event
from .taxonomy import get, priority

HORS_DE_COMBAT = re.compile(
    r"\b(?:surrender(?:ed|ing)?|detained|detainees?|captured (?:soldiers|troops|fighters|men|combatants)|prisoners?|"
    r"captives?|hors de combat|in (?:their )?custody|had been taken prisoner|executions?|executed|executing)\b", re.I)
_KILLING = re.compile(r"\b(?:kill\w*|shoot\w*|shot|execut\w*|murder\w*|massacr\w*|beheaded|slain)\b", re.I)

ATTACK = "Violence against civilians / Attack"
CLASH = "Battles / Armed clash"


def hors_de_combat(label: str, sentence: str) -> str:
    """Rule 2: a killing of people hors de combat is an Attack on civilians, whatever it looked like."""
    if label.startswith(("Battles", "Explosions/Remote violence")) or label == ATTACK:
        if HORS_DE_COMBAT.search(sentence) and _KILLING.search(sentence):
            return ATTACK
    return label


# Aggregates are claims about many places, not events: "captured a number of districts", "most areas of ...".
_AGGREGATE = re.compile(r"\b(?:a number of|most (?:areas|parts|of)|large parts|much of|many (?:districts|areas|towns|"
                        r"villages|regions)|dozens of (?:districts|towns|villages)|\d+ (?:districts|areas)|% of|per ?cent of)\b", re.I)
_TERRITORY = ("Battles / Non-state actor overtakes territory", "Battles / Government regains territory",
              "Strategic developments / Non-violent transfer of territory")


def is_aggregate(label: str, sentence: str, trigger_offset: int) -> bool:
    """Whether a territorial "event" is really an aggregate claim over many places."""
    return label in _TERRITORY and bool(_AGGREGATE.search(sentence))


def by_priority(labels: list[str]) -> list[str]:
    """Rule 1: labels in ACLED's priority order."""
    return sorted(labels, key=priority)


def _place_key(e: Event) -> Optional[str]:
    if e.location is None:
        return None
    return e.location.gazetteer_id or (e.location.name or e.location.text).lower()


def _date_key(e: Event) -> Optional[tuple]:
    if not e.date.start:
        return None
    return (e.date.start, e.date.end)


def _compatible(a: Optional[object], b: Optional[object]) -> bool:
    return a is None or b is None or a == b


def _places_compatible(a: Event, b: Event) -> bool:
    """Same place, or one is the country the other lies in ("in Russia" and "in Moscow")."""
    pa, pb = _place_key(a), _place_key(b)
    if _compatible(pa, pb):
        return True
    la, lb = a.location, b.location
    return (la.level == "country" or lb.level == "country") and la.country is not None and la.country == lb.country


def _label(e: Event) -> str:
    return f"{e.event_type} / {e.sub_event_type}"


def _same_event(a: Event, b: Event) -> bool:
    """Same type (or an air/artillery strike inside a battle), same place and day (unknowns are compatible)."""
    la, lb = _label(a), _label(b)
    kinds = {a.event_type, b.event_type}
    battle_with_strike = kinds == {"Battles", "Explosions/Remote violence"} and (
        "Air/drone strike" in (a.sub_event_type, b.sub_event_type)
        or "Shelling/artillery/missile attack" in (a.sub_event_type, b.sub_event_type))
    if la != lb and not battle_with_strike:
        return False
    pa, pb, da, db = _place_key(a), _place_key(b), _date_key(a), _date_key(b)
    if not (_places_compatible(a, b) and _compatible(da, db)):
        return False
    if battle_with_strike:  # rule 3 only when the strike is clearly in the same battle: same place and day
        return pa is not None and pa == pb and da == db
    # Two reports with neither place nor date in common are kept apart unless they are near each other.
    if (pa is None or pb is None) and (da is None or db is None):
        return abs(a.evidence.sentence - b.evidence.sentence) <= 3
    return True


def _merge(keep: Event, other: Event) -> Event:
    """Fill ``keep``'s missing arguments from ``other``; lowest fatality figure wins."""
    upd = {}
    for f in ("actor1", "actor2", "location", "trigger"):
        if getattr(keep, f) is None and getattr(other, f) is not None:
            upd[f] = getattr(other, f)
    if keep.location is not None and other.location is not None and keep.location.level == "country" \
            and other.location.level != "country":
        upd["location"] = other.location  # the more precise place
    if not keep.date.start and other.date.start:
        upd["date"] = other.date
    for f in ("fatalities", "injured", "arrested"):
        vals = [v for v in (getattr(keep, f), getattr(other, f)) if v is not None]
        if vals:
            upd[f] = min(vals)
    hedges = list(dict.fromkeys(keep.hedges + other.hedges))
    if hedges != keep.hedges:
        upd["hedges"] = hedges
    if other.confidence > keep.confidence:  # the evidence is the most confident report of the event
        upd["evidence"], upd["trigger"] = other.evidence, other.trigger
    upd["confidence"] = max(keep.confidence, other.confidence)
    return keep.model_copy(update=upd)


def merge_events(events: list[Event]) -> list[Event]:
    """Rules 3 and 4 over the events of one document, in document order."""
    out: list[Event] = []
    for ev in sorted(events, key=lambda e: (e.evidence.sentence, e.evidence.start)):
        for i, kept in enumerate(out):
            if _same_event(kept, ev):
                # The Battles event absorbs a strike in the same battle; otherwise the first report stays.
                if kept.event_type != "Battles" and ev.event_type == "Battles":
                    out[i] = _merge(ev, kept)
                else:
                    out[i] = _merge(kept, ev)
                break
        else:
            out.append(ev)
    return out


def typed_fields(label: str) -> dict:
    """The Event fields that follow from the label: types and the PLOVER/CAMEO cross-walk."""
    t = get(label)
    return dict(event_type=t.event_type, sub_event_type=t.sub_event_type, plover_type=t.plover_type,
                plover_mode=t.plover_mode, cameo_root=t.cameo_root)
