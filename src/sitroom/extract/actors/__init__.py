"""Actors: canonical actors from the catalogue, and people with roles (stage sitroom.actors.catalogue.v1).

Public API for the other extractors:

- :func:`match_actor` — the canonical actor a phrase names ("Taliban militants" → Taliban);
- :func:`load_catalogue` — the catalogue, extended by user files;
- :func:`catalogue_of` — the catalogue the actors stage read a document with;
- :func:`extract_actors` — every actor mention of a parsed document.
"""

from .catalogue import Actor, Catalogue, Person, catalogue_of, load_catalogue, match_actor
from .stage import NAME_ as NAME
from .stage import extract_actors, make_actors

__all__ = ["Actor", "Catalogue", "Person", "NAME", "catalogue_of", "extract_actors", "load_catalogue", "make_actors",
           "match_actor"]
