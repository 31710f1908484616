"""Names in an event filter that match nothing stored: a typo ("Atlantis") told apart from "no events"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .models import EventFilter

if TYPE_CHECKING:
    from .reads import StoreReads as Store

# Filter fields taken as free names, and how a note names them.
NAMED = (("place", "place"), ("admin1", "province (admin1)"), ("actor", "actor"), ("source", "source"))


def unmatched_names(store: "Store", f: EventFilter) -> list[str]:
    """One note per name in ``f`` that no stored event matches on its own, under no other filter:
    ``no place matches 'Atlantis'``. Empty when every name matches some event (then an empty answer
    means no event meets all the filters together, not a misspelt name)."""
    notes = []
    for field, label in NAMED:
        value = getattr(f, field)
        if value and not store.events(EventFilter(**{field: value}), limit=1):
            notes.append(f"no {label} matches {value!r}")
    return notes
