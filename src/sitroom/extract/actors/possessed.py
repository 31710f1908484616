"""Forces named by a possessive pronoun ("its fighters", "his men"): the armed party the pronoun points back to.

A singular possessive before armed members (POSSESSED_FORCES) reads back to the nearest party named before it in the
same sentence or the one before (POSSESSOR_SENTENCES): "its" to the nearest group mention, "his"/"her" to the nearest
person, whose organisation then stands for them ("Osama bin Laden is on the run and many of his fighters were
injured": al-Qaeda). The pronoun points to the nearest such referent only: when that one is no armed party (a
ministry, a party's leader, civilians) the phrase is left as it was. A government's forces are its military
("the government and its troops"). A sentence that opens another account ("Elsewhere, ...") breaks the chain."""

from __future__ import annotations

from typing import Callable, Optional

from ...lang.en.actors.stage import POSSESSED_FORCES, POSSESSOR_SENTENCES, UNNAMED_POSSESSOR
from .catalogue import Actor, Catalogue

_ARMED = frozenset({1, 2, 3, 4})  # ACLED inter codes of state forces, rebels, political and identity militias


def _forces_of(cat: Catalogue, actor: Optional[Actor]) -> Optional[Actor]:
    """The armed forces a party's possessive names: a government's military, a force or armed group itself."""
    if actor is None or actor.inter not in _ARMED:
        return None
    if actor.family == "government":
        return cat.state_actor(actor.country, "military") if actor.country else None
    if actor.family not in (None, "military", "police"):
        return None
    return actor


def possessed_forces(low: str, cat: Catalogue, groups: list[tuple[int, int, Actor]], people: list,
                     sentence_of: Callable[[int], int], opens_account: Callable[[int, int], bool]
                     ) -> list[tuple[int, int, Actor]]:
    """``groups`` (in text order) with each possessive's forces read back to their possessor: a group mention on the
    phrase's noun ("its forces": the generic state forces of the story's country) takes the possessor's forces, and a
    phrase without one is added. ``people``: PersonFound (start, organisation); ``sentence_of``: a character
    offset's sentence index; ``opens_account(sentence, offset)``: whether that sentence starts another account."""
    out = list(groups)
    for m in POSSESSED_FORCES.finditer(low):
        s, e = m.start(), m.end()
        here = sentence_of(s)
        if m["pron"] == "its":
            before = [(gs, ge, a) for gs, ge, a in groups if ge <= s]
        else:
            before = [(p.start, p.end, p.organisation) for p in people if p.end <= s]
        if not before:
            continue
        at, end, owner = max(before, key=lambda x: x[0])
        if m["pron"] == "its" and UNNAMED_POSSESSOR.search(low, end, s):
            continue  # "the rebel group said its fighters": the nearer party has no name the catalogue knows
        back = sentence_of(at)
        if here - back > POSSESSOR_SENTENCES or any(opens_account(k, s) for k in range(back + 1, here + 1)):
            continue
        forces = _forces_of(cat, owner)
        if forces is None:
            continue
        noun = m.start("noun")
        on_noun = [i for i, (gs, ge, _a) in enumerate(out) if gs < e and ge > noun]
        if on_noun:
            for i in on_noun:
                out[i] = (out[i][0], out[i][1], forces)
        elif not any(gs < e and ge > s for gs, ge, _a in out):
            out.append((s, e, forces))
    out.sort(key=lambda g: g[0])
    return out
