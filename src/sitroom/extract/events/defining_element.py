"""The element that defines an event's type, told by one of its reports (the guide's definitions): run on the events
the filter kept, after the typer, which reads a sentence's lean ("hit by a car and killed" leans to mob violence)
where the codebook decides the type by what the sentence tells (defining_told). An event lacking its type's element
is dropped, or retyped when its reports tell what it is instead: damage done by no crowd is property destruction
(damaged_typed), tear gas fired at a crowd the intervention in a protest (crowd_control_typed), mob violence by an
organised armed actor an attack or a clash (armed_doer_typed).
"""

from __future__ import annotations

from typing import Optional, Sequence

from ...lang.en.events.civilians import VIOLENCE
from ...lang.en.events.demonstrations import DEMONSTRATION_WORD
from ...lang.en.events.disasters import DISEASE, NATURAL_HAZARD
from ...lang.en.events.family import (AIR_FIRE, ARREST_TOLD, ARTILLERY, BASE, CELEBRATION, CELEBRATORY_FIRE, CHEMICAL_USE,
                                       CROWD_DOERS, FIGHTERS_NAMED, FIGHTING, FORCE_OR_TERRITORY, HUMAN_DAMAGE, LOOTED_FUNDS,
                                       MOB, NO_HARM, OWN_ELEMENT, RAIN, RAIN_DID, TARGETED_BASE, TEAR_GAS_SHELLS)
from ...lang.en.events.rules import CROWD, CROWD_CONTROLLED, SUPPORTERS_CLASH
from ...records import Event
from .arguments import country_name
from .conventions import conventional_actors, unidentified_group
from .place_day import same_place_and_day
from .mob_attack import mob_attack_told
from .taxonomy import (
    ABDUCTION, ARMED_INTER, ARRESTS, ATTACK, BASE_ESTABLISHED, CHEMICAL_WEAPON, CLASH, INTERVENTION, LOOTING,
    MOB_VIOLENCE, NON_VIOLENT_TRANSFER, SHELLING, VIOLENT_DEMONSTRATION, label_of, typed_fields,
)


def _fighting_told(text: str) -> bool:
    """Whether ``text`` tells fighting (FIGHTING), not only shooting in celebration ("firing celebratory gunfire into
    the air"): what is left must tell fighting or harm, the soldiers named being only who fired."""
    rest = CELEBRATORY_FIRE.sub(" ", text)
    if CELEBRATION.search(rest):
        rest = AIR_FIRE.sub(" ", rest)
    if rest == text:
        return bool(FIGHTING.search(text))
    return any(not FIGHTERS_NAMED.fullmatch(m.group(0)) for m in FIGHTING.finditer(rest))


def _artillery(text: str) -> bool:
    return bool(ARTILLERY.search(TEAR_GAS_SHELLS.sub(" ", text)))


def _people_destroy(text: str) -> bool:
    if LOOTED_FUNDS.search(text):
        return False
    return not NATURAL_HAZARD.search(text) or bool(HUMAN_DAMAGE.search(text))


def _more_than_rain(text: str) -> bool:
    """Whether a report naming rain tells more: another hazard, a disease, or what the rain did."""
    if not RAIN.search(text):
        return True
    hazards = (m.group(0) for m in NATURAL_HAZARD.finditer(text))
    return (any(not RAIN.fullmatch(h) for h in hazards) or bool(DISEASE.search(text))
            or bool(RAIN_DID.search(text)))


# The element that defines each of these types (the guide's definitions, lang/en/events/family.py's words).
_DEFINING = {
    MOB_VIOLENCE: lambda t: bool(MOB.search(t) or SUPPORTERS_CLASH.search(t) or mob_attack_told(t)),  # a crowd, supporters, a demo's attackers
    BASE_ESTABLISHED: lambda t: (
        bool(BASE.search(TARGETED_BASE.sub(" ", t))) and bool(OWN_ELEMENT[BASE_ESTABLISHED].search(t))),
    SHELLING: _artillery,
    LOOTING: _people_destroy,
    CHEMICAL_WEAPON: lambda t: bool(CHEMICAL_USE.search(t)),
    CLASH: lambda t: _fighting_told(NO_HARM.sub(" ", t)),
    NON_VIOLENT_TRANSFER: lambda t: bool(FORCE_OR_TERRITORY.search(t)),
    "Disasters / Natural disaster": _more_than_rain,
    # a riot needs demonstrators or a mob (the guide's Riots); none told, damaged_typed reads what was done
    VIOLENT_DEMONSTRATION: lambda t: bool(DEMONSTRATION_WORD.search(t) or CROWD.search(t) or MOB.search(t)),
    ARRESTS: lambda t: bool(ARREST_TOLD.search(t)),  # someone taken or held, not a trial or verdict alone
    # someone taken, held or missing ("two masked men entered his house and shot him" is no abduction)
    ABDUCTION: lambda t: bool(OWN_ELEMENT[ABDUCTION].search(t)),
}


def defining_told(ev: Event, reports: Sequence[Event] = (), coded: Sequence[Event] = ()) -> Optional[Event]:
    """``ev`` unless its type needs an element none of its reports (its evidence and those merged into it) tells:
    Mob violence a crowd, Headquarters or base established a base or post set up (not one struck or named: "said it
    had struck a Hamas command centre"), Shelling an artillery weapon (tear gas
    shells are none), Looting/property destruction people who loot or destroy (not a flood's damage, nor public
    funds embezzled), Chemical weapon a use of one (not a statement on a report), Armed clash fighting, an attack
    or harm (not police lining a street, nor "no-one was injured"), Non-violent transfer of territory an armed
    force or a place held (not a man who pulled out of a public event), Natural disaster more than rain (what the
    rain did, or another hazard or an outbreak), Abduction/forced disappearance someone taken, held or missing
    (not "two masked men entered his house and shot him"). The typer reads a sentence's lean ("hit by a car and killed" leans to mob violence); the
    codebook's type is decided by what the sentence tells. Run on the events the filter kept (rules.arrest_told
    says why: a report dropped before the merge brings up another sentence of the same event). A shelling whose
    shells are tear gas is the intervention in a protest (crowd_control_typed)."""
    told = _DEFINING.get(label_of(ev))
    if told is None or any(told(r.evidence.text) for r in (ev, *reports)):
        return ev
    if label_of(ev) == VIOLENT_DEMONSTRATION:
        return damaged_typed(ev, reports)
    return crowd_control_typed(ev, reports, coded) or armed_doer_typed(ev)


def damaged_typed(ev: Event, reports: Sequence[Event] = ()) -> Event:
    """A violent demonstration with no demonstrators, crowd or mob told whose reports tell property damaged and no
    one harmed ("An unknown group vandalised the journalist's house", "Unidentified men set his car on fire"):
    damage done by no crowd is the guide's Strategic developments / Looting/property destruction, a riot needing
    demonstrators or a mob. Any other such report is left as it is (its words, not a crowd's absence, decide)."""
    texts = [r.evidence.text for r in (ev, *reports)]
    if not any(OWN_ELEMENT[LOOTING].search(t) for t in texts) or any(VIOLENCE.search(t) for t in texts):
        return ev
    if any((m := OWN_ELEMENT[LOOTING].search(t)) and CROWD_DOERS.search(t[:m.start()]) for t in texts):
        return ev  # "Students set fire to two dormitories": a body of people told doing it, a crowd
    # The riot's conventional "Rioters" were no one told: an unnamed doer is ACLED's unidentified armed group.
    a1 = ev.actor1 if ev.actor1 is not None and ev.actor1.inter != 5 else None
    a1, a2 = conventional_actors(LOOTING, a1, ev.actor2, ev.location, ev.evidence.text)
    iso = ev.location.country if ev.location is not None else None
    if a1 is None and iso:
        a1 = unidentified_group(country_name(iso), iso)
    return ev.model_copy(update={**typed_fields(LOOTING), "actor1": a1, "actor2": a2})


def crowd_control_typed(ev: Event, reports: Sequence[Event] = (), coded: Sequence[Event] = ()) -> Optional[Event]:
    """A shelling with no artillery weapon told whose reports tell tear gas, water cannon or rubber bullets fired
    ("Smoke rises from teargas shells fired by security forces in Srinagar"): the shells are a crowd-control
    means, and force that disperses a crowd is the intervention of the codebook's Protest with intervention (the
    guide: "police disperse, ... tear-gas or beat peaceful protesters"). Its sides are the protesters and the force
    that fired, a state force named (else conventions.intervening_police gives the police). None for any other event,
    and when another of the document's events (``coded``) codes a demonstration at its place on its day: that one is
    the demonstration the tear gas met (one event per place and day)."""
    if label_of(ev) != SHELLING or not any(CROWD_CONTROLLED.search(r.evidence.text) for r in (ev, *reports)):
        return None
    if any(c is not ev and c.event_type in ("Protests", "Riots") and same_place_and_day(c, ev) for c in coded):
        return None
    force = next((a for a in (ev.actor1, ev.actor2) if a is not None and a.inter == 1), None)
    a1, a2 = conventional_actors(INTERVENTION, None, force, ev.location, ev.evidence.text)
    return ev.model_copy(update={**typed_fields(INTERVENTION), "actor1": a1, "actor2": a2})



def armed_doer_typed(ev: Event) -> Optional[Event]:
    """A violent report the typer read as mob violence, with no crowd told, whose doer is an organised armed actor
    ("Gunmen attacked a village, killing 12 people": an unidentified armed group): the codebook types violence by
    the doer and the target, not the lean of the words, so it is an attack on civilians, or an armed clash when its
    target is armed too. None for any other event that lacks its type's element (defining_told drops it)."""
    if label_of(ev) != MOB_VIOLENCE or ev.actor1 is None or ev.actor1.inter not in ARMED_INTER:
        return None
    label = CLASH if ev.actor2 is not None and ev.actor2.inter in ARMED_INTER else ATTACK
    # the new type's conventions for the sides the report leaves implicit (the victims of an attack are civilians)
    a1, a2 = conventional_actors(label, ev.actor1, ev.actor2, ev.location, ev.evidence.text)
    return ev.model_copy(update={**typed_fields(label), "actor1": a1, "actor2": a2})
