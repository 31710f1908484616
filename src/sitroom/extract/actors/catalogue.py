"""The actor catalogue: canonical actors with aliases, ACLED interaction codes and countries.

Two YAML files ship with the package: ``catalogue.yaml`` (armed groups, international
bodies, generic actors, known people) and ``lang/en/countries.yaml`` (conflict-relevant
countries, from which the state actors "Government of X", "Military Forces of X",
"Police Forces of X" and the civilian actors of X are generated with aliases such
as "Afghan government troops" or "armed forces of Ukraine"). User files with the
layout of ``catalogue.yaml`` extend it (``load_catalogue(extra_paths=[...])``; the pipeline passes
them to the actors stage as its ``extra_catalogues`` config, from ``Settings.actors``).

This module loads the files; the catalogue itself (actors, people, and the automaton that
matches their aliases) is :class:`~.index.Catalogue`.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

import pycountry
import yaml

from ...errors import ConfigError
from ...lang.en.actors.vocabulary import (
    COALITION_NOUNS,
    FAMILIES,
    GENERIC_PHRASES,
    OFFICE_TITLES,
    UNKNOWN_COUNTRY,
)
from ...lang.en.countries import COUNTRIES_FILE
from ...records import ActorRef
from .index import (  # noqa: F401 (the catalogue's types, imported from here by the stage and people)
    COALITION,
    DEMONYM,
    GENERIC,
    NAME,
    PLACE,
    Actor,
    AliasHit,
    Catalogue,
    Match,
    Person,
    normalise,
)
from .vocabulary import family_name

HERE = Path(__file__).resolve().parent
CATALOGUE_FILE = HERE / "catalogue.yaml"
# Where the actors stage leaves the catalogue it read a document with (user files included), for the
# stages after it (events' arguments, claims' speakers): see :func:`catalogue_of`.
DOC_KEY = "sitroom.actors.catalogue"
# --- loading ------------------------------------------------------------------------------------

def _read_yaml(path: Path) -> dict:
    try:
        # libyaml's loader parses the shipped files ~10x faster than the pure-Python one.
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader) or {}
    except FileNotFoundError:
        raise ConfigError(f"actor catalogue {path} does not exist; check --actors or SITROOM_ACTORS") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"actor catalogue {path} is not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"actor catalogue {path} must be a mapping with 'actors' and/or 'people' lists")
    return data


def _add_yaml_actors(cat: Catalogue, data: dict, source: Path) -> None:
    for i, item in enumerate(data.get("actors") or []):
        try:
            actor = Actor(str(item["name"]), str(item.get("actor_type") or "unknown"), int(item.get("inter") or 0) or None,
                          item.get("country"), tuple(str(a) for a in item.get("aliases") or ()), item.get("parent"),
                          item.get("generic"))
        except (KeyError, TypeError, ValueError) as exc:
            raise ConfigError(f"actor {i + 1} in {source} is malformed ({exc}); each needs name, actor_type, inter") from None
        if actor.family:
            # Protesters, civilians...: the bare phrase takes the context's country.
            cat.actors[actor.name] = cat.generic_base[actor.family] = actor
            for alias in actor.aliases:
                cat.add_alias(alias, AliasHit(GENERIC, family=actor.family))
        else:
            cat.add_actor(actor)
    for i, item in enumerate(data.get("people") or []):
        try:
            cat.add_person(Person(str(item["name"]), tuple(str(a) for a in item.get("aliases") or ()),
                                  item.get("role"), item.get("organisation")))
        except (KeyError, TypeError) as exc:
            raise ConfigError(f"person {i + 1} in {source} is malformed ({exc}); each needs a name") from None


def _country_names(code: str, entry: dict) -> list[str]:
    names = [entry["name"]]
    if entry["name"].startswith("the "):
        names.append(entry["name"][4:])
    names += [str(n) for n in entry.get("names") or ()]
    country = pycountry.countries.get(alpha_2=code)
    if country is not None:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                names.append(value)
    return list(dict.fromkeys(names))


def _add_countries(cat: Catalogue, data: dict) -> None:
    for code, entry in (data.get("countries") or {}).items():
        short = entry["name"]
        cat.country_names[code] = short
        names = _country_names(code, entry)
        capitals = [str(c) for c in entry.get("capitals") or ()]
        for family, (pattern, actor_type, inter) in FAMILIES.items():
            extra = [str(a) for a in entry.get(family) or ()]
            if family == "government":
                extra += [str(s) for s in entry.get("seats") or ()]
            cat.add_actor(Actor(family_name(family, short), actor_type, inter, code, tuple(extra), family=family))
        gov = cat.actors[f"Government of {short}"]
        # Country and capital names name the government only when they act ("Kabul said").
        for place in names + capitals:
            cat.place_names[place.lower()] = code
            cat.add_alias(place, AliasHit(PLACE, actor=gov, country=code))
        civilians = cat.actors[family_name("civilians", short)]
        for demonym in entry.get("demonyms") or ():
            demonym = str(demonym)
            cat.demonyms[demonym.lower()] = code
            cat.add_alias(demonym, AliasHit(DEMONYM, country=code))
            # "Syrians", "Afghans": the people of the country (not "Swiss", "British", "US").
            if demonym[-1].islower() and not demonym.endswith(("s", "sh", "ch", "ese", "x", "z")):
                cat.add_alias(demonym + "s", AliasHit(NAME, actor=civilians))


def _add_generics(cat: Catalogue) -> None:
    for family, name in UNKNOWN_COUNTRY.items():
        pattern, actor_type, inter = FAMILIES[family]
        cat.actors[name] = cat.generic_base[family] = Actor(name, actor_type, inter, None, (), family=family)
    for family, phrases in GENERIC_PHRASES.items():
        for phrase in phrases:
            cat.add_alias(phrase, AliasHit(GENERIC, family=family))
    for title, countries in OFFICE_TITLES.items():
        cat.add_alias(title, AliasHit(GENERIC, family="government", countries=countries))
    for noun in COALITION_NOUNS:
        cat.add_alias(f"coalition {noun}", AliasHit(GENERIC, family=COALITION))


def load_catalogue(extra_paths: Iterable[str] = ()) -> Catalogue:
    """The shipped catalogue, extended by user YAML files.

    Args:
        extra_paths (iterable of str): user catalogue files, same layout as catalogue.yaml.
    RETURNS (Catalogue): actors, people and their alias index.
    RAISES ConfigError: a file is missing, not YAML, or has a malformed actor.
    """
    return _load(tuple(str(Path(p).expanduser()) for p in extra_paths))


def catalogue_of(doc) -> Catalogue:
    """The catalogue the actors stage read ``doc`` (a spaCy Doc) with, user files included; the shipped
    catalogue when no actors stage ran over it. Later stages read it here, so user catalogues reach them
    through the pipeline's stage config rather than through the environment."""
    cat = doc.user_data.get(DOC_KEY) if doc is not None else None
    return cat if cat is not None else load_catalogue()


@lru_cache(maxsize=8)
def _load(paths: tuple[str, ...]) -> Catalogue:
    cat = Catalogue()
    _add_generics(cat)
    _add_countries(cat, _read_yaml(COUNTRIES_FILE))
    _add_yaml_actors(cat, _read_yaml(CATALOGUE_FILE), CATALOGUE_FILE)
    for p in paths:
        _add_yaml_actors(cat, _read_yaml(Path(p)), Path(p))
    cat._automaton = cat._build()
    return cat


def match_actor(text: str, country: Optional[str] = None) -> Optional[ActorRef]:
    """Canonical actor named by ``text`` in the shipped catalogue (see :meth:`Catalogue.match`)."""
    return load_catalogue().match(text, country)
