"""Whether an actor named as the target of an arrest is only the body its people work for ("nine United Nations (UN)
staff ... have been detained"): ACLED codes such people as civilians, not as the body (the guide's civilians are
journalists, activists, students...; a body's staff are no force of it)."""

from __future__ import annotations

import re
from typing import Optional

from ...lang.en.events.arrests import ORG_STAFF
from ...records import ActorRef
from .taxonomy import ARMED_GROUP_INTER


def names_staff(text: str, actor: Optional[ActorRef]) -> bool:
    """Whether every place ``text`` names ``actor`` (by its words) qualifies a noun of its civilian staff
    ("United Nations (UN) staff", "Reuters journalists"). Not a state's forces or government, whose people
    arrested are coded as theirs."""
    if actor is None or not actor.text or actor.inter == 1 or actor.name.startswith("Government of"):
        return False
    if actor.inter in ARMED_GROUP_INTER:
        return False  # "15 Hamas students arrested": an armed group's people, coded as the group (no civilians)
    at = [m.end() for m in re.finditer(re.escape(actor.text), text)]
    return bool(at) and all(ORG_STAFF.match(text, i) for i in at)
