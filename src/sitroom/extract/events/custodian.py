"""The doer of violence done to someone held, when the report names none: the force that holds them. ACLED codes
torture or a beating "in police custody" as violence against civilians by the state force holding the person (the
guide's Attack: "beating, torture of civilians"), not by an unidentified armed group."""

from __future__ import annotations

from typing import Optional

from ...lang.en.events.arrests import CUSTODY_HELD, DETAINEE_HARMED, MILITARY_CUSTODY
from ...records import ActorRef


def custodian(text: str, cname: Optional[str], iso: Optional[str]) -> Optional[ActorRef]:
    """The state force of ``cname`` whose custody ``text`` tells ("tortured in police custody": Police Forces of the
    country; "in military detention": its Military Forces; "the torture of a detained politician": the police's), else
    None."""
    if not cname:
        return None
    m = CUSTODY_HELD.search(text)
    if m is None and not DETAINEE_HARMED.search(text):
        return None
    # (a detainee told without the custody's kind is held by the state's police, as arrests are made by them)
    kind = (m.group("kind") or m.group("kind2") or "").lower() if m else ""
    force = "Military Forces" if kind in MILITARY_CUSTODY else "Police Forces"
    # (no words of its own: the custody is no name of the force, so no step reads it as one told apart from the act)
    return ActorRef(name=f"{force} of {cname}", actor_type="state forces", inter=1, country=iso)
