"""Provincial seats from the gazetteer index: what the commitments ledger asks of the places data."""

from __future__ import annotations

from typing import Optional

_GID_INDEX: dict[int, dict[str, int]] = {}


def is_seat(gazetteer_id: Optional[str]) -> Optional[bool]:
    """Whether the gazetteer entry ``gazetteer_id`` is the seat of its province; None when the index is not
    built (it is never built just for this), cannot be read, or has no such entry."""
    if not gazetteer_id:
        return None
    try:
        from .gazetteer import get_gazetteer, index_path

        if not index_path().exists():
            return None  # never build the index just for this
        gaz = get_gazetteer()
    except Exception:  # the places data is optional here: the caller falls back to names
        return None
    i = _gid_index(gaz).get(gazetteer_id)
    return None if i is None else bool(gaz.capital[i] >= 1)


def _gid_index(gaz) -> dict[str, int]:
    key = id(gaz)
    if key not in _GID_INDEX:
        _GID_INDEX[key] = {g: i for i, g in enumerate(gaz.gids)}
    return _GID_INDEX[key]
