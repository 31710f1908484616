"""ACLED's coding rules for the columns a report does not state: actors by convention, inter codes,
civilian targeting, and what an exported row lacks.

From ACLED's codebook (see ``shared/ACLED-RULES.md``):

- an unnamed perpetrator of political violence is an *Unidentified Armed Group (Country)*, inter 3;
- the actor1 of a protest is *Protesters (Country)*, inter 6, and of a riot *Rioters (Country)*,
  inter 5; a named group among them becomes the associated actor (in *Excessive force against
  protesters* the protesters are actor2 and actor1 is the force that fired);
- an actor whose type the text does not give keeps a blank inter code: no rule supplies it;
- the actor2 of *Violence against civilians* is always *Civilians (Country)*, inter 7 (a named
  victim becomes the associated actor), and so is that of *Excessive force against protesters*
  *Protesters (Country)*, inter 6;
- ``civilian_targeting`` is set for every event whose target is civilians: all violence against
  civilians, and remote violence or battles whose actor2 is civilians;
- an actor the extractor itself supplied by such a convention (the state's forces as the loser of
  territory a group overtakes, the police making arrests: stored with no words of the report naming
  it) is listed too, as ``actor2 Military Forces of X (not named in the report)``.

:func:`acled_actors` applies them and says which it applied, so an exported row shows what came
from the text and what from the convention.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ..store.models import EventRow

UNIDENTIFIED, PROTESTERS, RIOTERS, CIVILIANS = 3, 6, 5, 7
_POLITICAL_VIOLENCE = ("Battles", "Explosions/Remote violence", "Violence against civilians")
_GENERIC = {UNIDENTIFIED: "Unidentified Armed Group", PROTESTERS: "Protesters", RIOTERS: "Rioters",
            CIVILIANS: "Civilians"}


@dataclass
class AcledActors:
    """Both actors of one ACLED row, with their associated actors and inter codes."""

    actor1: str = ""
    assoc_actor_1: str = ""
    inter1: Optional[int] = None
    actor2: str = ""
    assoc_actor_2: str = ""
    inter2: Optional[int] = None
    civilian_targeting: bool = False
    by_rule: list[str] = field(default_factory=list)  # the conventions applied, in words


def generic(inter: int, country_name: str) -> str:
    """ACLED's name of a generic actor: "Civilians (Nigeria)"; without a country, the bare name."""
    name = _GENERIC[inter]
    if country_name.startswith("the "):
        country_name = country_name[4:]
    return f"{name} ({country_name})" if country_name else name


def _as(inter: int, name: Optional[str], code: Optional[int], country_name: str) -> tuple[str, str, int]:
    """(actor, associated actor, inter) when the rule says the actor is of type ``inter``."""
    if name and code == inter:
        return name, "", inter
    return generic(inter, country_name), name or "", inter


def acled_actors(e: EventRow, country_name: str) -> AcledActors:
    """The actor columns of an event's ACLED row, by the rules in the module docstring."""
    a = AcledActors(e.actor1 or "", "", e.actor1_inter, e.actor2 or "", "", e.actor2_inter)
    if e.event_type in ("Protests", "Riots"):
        code = PROTESTERS if e.event_type == "Protests" else RIOTERS
        excessive = e.sub_event_type == "Excessive force against protesters"  # actor1 is the state's force
        if a.inter1 != code and not excessive:
            a.actor1, a.assoc_actor_1, a.inter1 = _as(code, e.actor1, e.actor1_inter, country_name)
            a.by_rule.append(f"actor1 {_GENERIC[code].lower()}")
        if excessive and a.inter2 != PROTESTERS:
            a.actor2, a.assoc_actor_2, a.inter2 = _as(PROTESTERS, e.actor2, e.actor2_inter, country_name)
            a.by_rule.append("actor2 protesters")
    elif e.event_type in _POLITICAL_VIOLENCE and not e.actor1:
        a.actor1, a.inter1 = generic(UNIDENTIFIED, country_name), UNIDENTIFIED
        a.by_rule.append("actor1 unidentified armed group")
    if e.event_type == "Violence against civilians" and a.inter2 != CIVILIANS:
        a.actor2, a.assoc_actor_2, a.inter2 = _as(CIVILIANS, e.actor2, e.actor2_inter, country_name)
        a.by_rule.append("actor2 civilians")
    a.civilian_targeting = a.inter2 == CIVILIANS and e.event_type in _POLITICAL_VIOLENCE
    # An actor the extractor supplied by convention (no words of the report name it) is marked like the
    # conventions applied here, in the column where it ended up (a rule above may have made it associated).
    supplied = []
    for n, by_rule, name in ((1, e.actor1_by_rule, e.actor1), (2, e.actor2_by_rule, e.actor2)):
        if not by_rule:
            continue
        if getattr(a, f"actor{n}") == name:
            supplied.append(f"actor{n} {name} (not named in the report)")
        elif getattr(a, f"assoc_actor_{n}") == name:
            supplied.append(f"assoc_actor_{n} {name} (not named in the report)")
    a.by_rule[:0] = supplied
    return a


def missing(e: EventRow, *, coordinates: bool = True) -> list[str]:
    """What an exported event lacks that ACLED requires: country, date, location, coordinates. Every format
    gives the same reasons for the same row (a CSV row with an empty latitude says why, as GeoJSON does)."""
    out = []
    if not e.country:
        out.append(f"no country ({e.location_name!r} is not in a known country)" if e.location_name
                   else "no country")
    if not (e.date_start or e.document_published):
        out.append("no date (neither the report nor its publication dates it)")
    if not e.location_name:
        out.append("no location")
    if coordinates and (e.lat is None or e.lon is None):
        # A location that names no place on the map ("Daesh", an actor taken for a place) says which.
        out.append(f"no coordinates ({e.location_name!r} is not a place on the map)" if e.location_name and e.country
                   else "no coordinates")
    return out


def incomplete_reason(e: EventRow, *, coordinates: bool = True) -> str:
    """The row's reason column: what it lacks, or "" when complete."""
    return "; ".join(missing(e, coordinates=coordinates))


def missing_kinds(e: EventRow, *, coordinates: bool = True) -> list[str]:
    """The short kind of each thing missing ("no country", "no date"...), for counting."""
    return [m.split(" (")[0] for m in missing(e, coordinates=coordinates)]
