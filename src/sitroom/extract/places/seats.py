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


_CHIEF_TOWNS: dict[int, frozenset[int]] = {}


def chief_towns(gaz) -> frozenset[int]:
    """Entries that are their province's chief town: the largest town of an admin1 unit that is also a
    seat (the capital, or the town its district is named after: Lashkar Gāh in Helmand, Maiduguri in
    Borno). The packaged gazetteer has no feature codes, so a province's capital is known only this way;
    where the largest town is not the capital (Bagrām in Parwān), it is still a town named for itself."""
    import numpy as np

    from .gazetteer import PPL

    key = id(gaz)
    if key not in _CHIEF_TOWNS:
        towns = np.where((gaz.level == PPL) & (gaz.admin1 >= 0))[0]
        order = towns[np.lexsort((gaz.population[towns], gaz.admin1[towns]))]
        units = gaz.admin1[order]
        last = order[np.append(units[1:] != units[:-1], True)]  # the most populous town of each unit
        _CHIEF_TOWNS[key] = frozenset(int(e) for e in last if gaz.capital[e] >= 1)
    return _CHIEF_TOWNS[key]
