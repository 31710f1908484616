"""A bare "army" or "troops" is the army the story has named (English definite and bare nouns point back to a referent
the text has given): in a story that names "Israeli tanks" and "Israeli troops" only, "tanks and army bulldozers
moved in" on Ramallah are Israel's, not the forces of the country the event happens in. ACLED names a state's forces
wherever they act ("Military Forces of Israel" in the West Bank).

The actors stage and the events stage name a bare military noun after the document's or the event's country: right
when the story names no state's forces, or names those of that country. Here, when the document (after its
dateline) names the forces of exactly one state by its name or nationality ("Israeli troops", "Russia's army"), and
never those of the country given to the bare noun, the bare noun is that state's.

Run on the events kept, after the filter and the merging (as nationals.py): it renames actors only, so no event kept
and no other slot changes."""

from __future__ import annotations

from typing import Optional

from ...lang.en.actors.vocabulary import BARE_FORCES
from ...records import ActorRef
from ..actors.vocabulary import dateline_end
from .actor_roles import country_name

_FORCES = "Military Forces of "


def story_forces(events: list, ctx) -> list:
    """Each kept event whose actor1 or actor2 is a bare military noun takes the one state whose forces the story
    names (see the module's doc), unless the other side already is that state's forces."""
    if ctx is None or not events:
        return events
    named = _named_forces(ctx)
    if len(named) != 1:
        return events
    (iso, words), = named.items()
    cname = country_name(iso)
    if cname is None:
        return events
    name = _FORCES + cname
    out = []
    for e in events:
        if words[1] > e.evidence.start:
            out.append(e)  # the state's forces named only after the event's report: no referent given yet (Mali's
            continue  # "the army said ...", then "French troops withdrew last year")
        update = {}
        for slot, other in (("actor1", e.actor2), ("actor2", e.actor1)):
            ref = getattr(e, slot)
            if _bare(ref) and ref.name != name and (other is None or other.name != name):
                update[slot] = ref.model_copy(update={"name": name, "country": iso})
        out.append(e.model_copy(update=update) if update else e)
    return out


def _bare(ref: Optional[ActorRef]) -> bool:
    return ref is not None and ref.name.startswith(_FORCES) and ref.text is not None and _bare_words(ref.text)


def _bare_words(text: str) -> bool:
    """Whether words name forces by a bare military noun ("the army", "troops"), no state's name or nationality."""
    return " ".join(text.lower().split()).removeprefix("the ") in BARE_FORCES


def _named_forces(ctx) -> dict:
    """The states whose forces the document names by name or nationality, not by a bare noun (ISO -> the first
    words naming them and their offset)."""
    start = dateline_end(ctx.text)
    named = {}
    for m in ctx.actors:
        if m.start < start or m.kind != "group" or not (m.name or "").startswith(_FORCES) or not m.country:
            continue
        if not _bare_words(m.text):
            named.setdefault(m.country, (m.text, m.start))
    return named
