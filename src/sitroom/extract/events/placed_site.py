"""What a planted weapon was put under or beside is the attack's target (its owner is actor2, never the doer).

"A sticky bomb planted beneath a police car exploded in Baghdad": the preposition hangs on the participle that
tells where the bomb was put ("planted", "placed", "hidden"), not on the event's word, so the owner of the car
would otherwise have no role in the event and could be taken for its doer. As with "exploded beneath a police car"
(parse_roles.event_role), the owner of what the weapon lay against is on the target's side.
"""

from __future__ import annotations

from typing import Optional

from ...lang.en.events.arguments import BESIDE_SITE_PREPS
from .taxonomy import VIOLENT_TYPES


def placed_beside(tok, path: list, label: Optional[str]) -> bool:
    """Whether the mention whose root is ``tok`` names (or owns) what a weapon was placed under or beside: ``tok``
    is the object of a preposition of BESIDE_SITE_PREPS (or a compound of it: "a police car") hung on a passive
    participle that modifies a noun ("a bomb planted beneath ..."), on the ``path`` from ``tok`` up to the event's
    word. Violent events only."""
    if not (label and label.startswith(VIOLENT_TYPES)):
        return False
    obj = tok.head if tok.dep_ == "compound" else tok
    if obj.dep_ != "pobj":
        return False
    prep = obj.head
    part = prep.head
    return (prep.dep_ == "prep" and prep.lower_ in BESIDE_SITE_PREPS and part.dep_ == "acl" and part.tag_ == "VBN"
            and part.head.pos_ in ("NOUN", "PROPN") and any(t.i == part.i for t in path))
