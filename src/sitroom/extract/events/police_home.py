"""Where a country's police act: at home. A report of "Pakistani police arrested ..." or "Malaysian police have
arrested a man believed to have smuggled boat people into Australia" tells an act of that country's police, which
acts on its own soil (ACLED codes a police force by its state); a place of another country that the sentence or the
sentences before it lend the event (the smuggling's goal, the last sentence's town) is not where it arrested."""

from __future__ import annotations

from typing import Optional

from ...lang.en.events.arguments import AT_PLACE_BEFORE, POLICE_AFTER_COUNTRY
from ...records import ActorRef, PlaceMention
from ..actors.vocabulary import dateline_end


def police_at_home(a1: Optional[ActorRef], location: Optional[PlaceMention], places: list[PlaceMention],
                   text: str, all_places: tuple = ()) -> Optional[PlaceMention]:
    """The event's place when its actor1 is a police force the sentence names by its country (``places``: the
    sentence's mentions, ``text`` the whole text): unchanged when it lies in that country (or nothing places it);
    else the finest place of that country the sentence names where something may happen, else that country
    (named by the nationality word before the police). Not when the report is filed from the place's country
    (``all_places``: the text's mentions, its dateline's among them): "PORT-AU-PRINCE - ... Kenyan police arrested
    12 gang members" tells a force serving abroad, where the reporter is."""
    if a1 is None or not a1.country or not (a1.name or "").startswith("Police Forces of"):
        return location
    if location is None or not location.country or location.country == a1.country:
        return location
    if AT_PLACE_BEFORE.search(text, max(0, location.start - 20), location.start) and any(p.start == location.start for p in places):
        return location  # "British police detained a tanker in Gibraltar": the sentence puts the act there
    filed = dateline_end(text)
    if any(p.end <= filed and p.country == location.country for p in all_places):
        return location  # (a force abroad told from where it serves)
    named = [p for p in places if p.country == a1.country and POLICE_AFTER_COUNTRY.match(text, p.end)]
    if not named:
        return location  # the police's country is not said by the words before them: the place stands
    own = [p for p in places if p.country == a1.country and p.role == "location" and p.level != "country"]
    best = own[0] if own else named[0]
    return best.model_copy(update={"role": "location"})
