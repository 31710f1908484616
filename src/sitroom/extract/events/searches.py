"""The sides of a search told with no arrest (the guide's "police search with no arrest": Strategic developments
/ Other): a search or raid of civilians' homes or offices, or of civilians ("law enforcement searched the homes of
at least five journalists", "six more searches of journalist targets were conducted") is made by the police
unless the report names another force, as an arrest is, and its target is the civilians searched."""

from __future__ import annotations

from ...lang.en.events.conventions import SEARCHED_CIVILIANS
from ...records import ActorRef
from . import arguments as args
from .taxonomy import CIVILIANS_INTER, OTHER, label_of


def searched_civilians(events: list) -> list:
    """The events with each search of civilians given its conventional sides: actor1 Police Forces of the country
    when none is named, actor2 Civilians (Country) when none is named. Run on the events kept, after the filter (as
    conventions.intervening_police): it fills empty actor slots only."""
    out = []
    for e in events:
        loc = e.location
        cname = args.country_name(loc.country) if loc is not None else None
        if label_of(e) == OTHER and cname and (e.actor1 is None or e.actor2 is None) \
                and SEARCHED_CIVILIANS.search(e.evidence.text):
            a1 = e.actor1 or ActorRef(name=f"Police Forces of {cname}", actor_type="state forces", inter=1,
                                      country=loc.country)
            a2 = e.actor2 or ActorRef(name=f"Civilians ({args.bracketed(cname)})", actor_type="civilians",
                                      inter=CIVILIANS_INTER, country=loc.country)
            e = e.model_copy(update={"actor1": a1, "actor2": a2})
        out.append(e)
    return out
