"""What the events stage reads of the whole document once, for every event of it: the sentences that name a
place or a date of their own, whether it is a crime story, the names of its places."""

from __future__ import annotations

from . import crime
from .units import Unit
from .where_when import in_unit


def placed_or_dated(ctx, units: list[Unit], dateline: int) -> set[int]:
    """The sentences that name a place or a date of their own (the dateline's aside): another incident's."""
    return {u.sentence for u in units if in_unit([m for m in ctx.places if m.start >= dateline], u)
            or in_unit([m for m in ctx.times if m.start >= dateline], u)}


def crime_story(ctx) -> bool:
    """Whether the document is a criminal case with nothing political in it (crime.is_crime_story); cached."""
    cached = getattr(ctx, "_event_crime_story", None)
    if cached is None:
        cached = crime.is_crime_story(ctx.text)
        try:
            ctx._event_crime_story = cached
        except AttributeError:  # a context that takes no new attributes: recompute (cheap)
            pass
    return cached


def place_texts(ctx) -> set[str]:
    """Lower-case names of the document's places (an unknown "actor" named so is a place); cached per document."""
    cached = getattr(ctx, "_event_place_texts", None)
    if cached is None:
        cached = {p.text.lower() for p in ctx.places}
        try:
            ctx._event_place_texts = cached
        except AttributeError:  # a context that takes no new attributes: recompute (cheap)
            pass
    return cached
