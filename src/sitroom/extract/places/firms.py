"""Names that are a firm's or a body's in this story, though the gazetteer has a town of that name.

One name, one sense (as ``second_look.same_name_same_place`` has it for places): a name that opens the longer name of an
organisation elsewhere in the story ("Toyota Kirloskar Motor") is that organisation's short name where spaCy calls it
an organisation alone and nothing in the text makes it a place ("3,000 Toyota workers", "a Toyota plant"), not
Toyota, Japan.
"""

from __future__ import annotations

from .gazetteer import ADMIN2, PPL, Gazetteer
from .recognise import Span


def firm_names(gaz: Gazetteer, kept: list[Span], rejected: list[Span]) -> list[Span]:
    """The kept spans that are such short names of an organisation; a province's or a country's name opens many
    names of its government's bodies ("Lagos State Government") and is left alone."""
    opens = {s.key for s in rejected if s.label == "ORG" and (ent := s.extra.get("ent")) is not None
             and ent[0] == s.start and ent[1] > s.end}
    if not opens:
        return []
    return [s for s in kept if s.key in opens and s.label == "ORG" and s.extra.get("ent") == (s.start, s.end)
            and not (s.cue or s.extra.get("locative") or s.extra.get("attacked") or s.extra.get("dateline"))
            and s.entries and all(gaz.level[e] in (PPL, ADMIN2) for e in s.entries[:40])]
