"""Names the actor catalogue knows as a group or a body, though the gazetteer has a town of that name: "Hamas's
Internal Security Force arrested him" names the movement, not Hamm in Germany; "NATO said" the alliance. The
catalogue is the one the actors stage reads (``catalogue_of``): the shipped one when the places stage runs first.
Such a name is a place only where the text says so: a kind word ("the town of X", "X district"), an appositive
("X, a mining town") or a preposition that only a place follows ("near X", "outside X").
"""

from __future__ import annotations

from ..actors.catalogue import catalogue_of
from .recognise import Span


def group_names(doc, kept: list[Span], rejected: list[Span]) -> list[Span]:
    """The kept spans that are the name of a catalogued group or body, with no word making them a place. Those
    and the rejected ones are marked ``group``, so that none comes back as a place named inside a longer name
    ("Hamas's Internal Security Force": second_look.inner_name_spans)."""
    cat = None
    out = []
    for s in (*kept, *rejected):
        if s.cue or s.extra.get("place_only"):
            continue
        cat = cat or catalogue_of(doc)
        if cat.organisation(s.text) is not None:
            s.extra["group"] = True
            out.append(s)
    kept_ids = {id(s) for s in kept}
    return [s for s in out if id(s) in kept_ids]
