"""Claims of responsibility (review 3 #12, #27): a claim needs words that claim, and its actor1 is the claimant.

- "Security forces killed five militants in a raid ..., the army said." attributes a report: the event is
  the raid. The typer may read "X said" after a killing as a claim; without a word of claiming (the cues of
  ``Statements / Claim of responsibility`` in lang/en/events/patterns.py: "claimed responsibility", "took
  responsibility", "claimed the attack"...) the typer's next label is the event.
- "Daesh claimed dual attacks in Baghdad which killed at least 28 people": the guide codes the claimed attack
  and the claim, each as its own event; the typer reads the attack (with_claim adds the claim).
- "The group claimed responsibility ..., saying it had killed 20 soldiers." after "Al-Shabaab militants
  attacked a military base ..., a Somali army officer said": the group is al-Shabaab, the armed group the
  sentences before name, not the army officer who speaks there.
- "A suicide bomber blew himself up at a military base in Mogadishu ... Al Shabaab claimed responsibility.": the
  attack's doer is the group that claims it in the sentences right after (claimed_doers), not an unidentified one.
"""

from __future__ import annotations

from typing import Callable, Optional, Sequence

from ...lang.en.events.family import PEOPLE_HARMED_VERB
from ...lang.en.events.patterns import CLAIM_DENIED, CLAIM_HABIT, CLAIMED_ATTACK, CLAIMED_RESPONSIBILITY
from ...records import ActorMention, ActorRef
from .actor_roles import to_ref
from .patterns import Cue
from .taxonomy import ARMED_VIOLENCE_PREFIXES, ARMED_VIOLENCE_TYPES, CLAIM
from .conventions import is_unidentified

# ACLED's inter codes of the armed groups that claim attacks: rebels, political and identity militias.
CLAIMANT_INTERS = frozenset({2, 3, 4})


def demote_unclaimed(ranked: list[str], cues: Sequence) -> list[str]:
    """``ranked`` (labels, best first) with a claim of responsibility put last when no cue of the unit
    claims anything: then the typer's next label is what the unit reports. (Wherever the typer ranked it: a label
    before it that the report does not state, an explosion with no weapon named, passes to the next, which must be
    told too.)"""
    if CLAIM not in ranked or any(c.label == CLAIM for c in cues):
        return ranked
    return [label for label in ranked if label != CLAIM] + [CLAIM]


def denied_claim_act(ranked: list[str], cues: Sequence, sentence: str) -> list[str]:
    """``ranked`` with the claim of responsibility put last, and the attack labels that a cue of the sentence names
    first, when the sentence denies the claim ("No group has claimed responsibility for the attack, which killed six
    people ...") and tells people harmed: a claim nobody made is no event, the attack it is about is."""
    if not ranked or ranked[0] != CLAIM or not CLAIM_DENIED.search(sentence) or not PEOPLE_HARMED_VERB.search(sentence):
        return ranked
    cued = [label for label in ranked if label.startswith(ARMED_VIOLENCE_PREFIXES) and any(c.label == label for c in cues)]
    if not cued:
        return ranked
    return cued + [label for label in ranked if label not in cued and label != CLAIM] + [CLAIM]


def claimant(actor1: Optional[ActorRef], context_actors: Sequence[Sequence[ActorMention]]) -> Optional[ActorRef]:
    """Actor1 of a claim whose subject is an anaphor ("The group claimed ..."): the armed group the sentences
    before name (nearest sentence first, its last-named group first), when the one found is none or a
    state's forces; else ``actor1``."""
    if actor1 is not None and actor1.inter in CLAIMANT_INTERS:
        return actor1
    for actors in context_actors:
        groups = [a for a in actors if a.kind == "group" and a.inter in CLAIMANT_INTERS]
        if groups:
            return to_ref(max(groups, key=lambda a: a.start)) or actor1
    return actor1


def with_claim(labelled: list, text: str, start: int, p_event: float) -> list:
    """The (label, confidence, cue) of a unit (``text`` at ``start`` in the document), with a claim of
    responsibility added when the unit tells an attack claimed by someone ("Daesh claimed dual attacks in
    Baghdad", "multiple attacks, also claimed by Da'esh, have killed 35") and the typer read only the attack: the
    guide codes the claimed attack too, as its own event. Not a claim denied ("no group has claimed the attacks")."""
    m = CLAIMED_ATTACK.search(text)
    if m is None or CLAIM_DENIED.search(text) or any(label == CLAIM for label, _, _ in labelled):
        return labelled
    cue = Cue(CLAIM, 1.0, start + m.start(), start + m.end(), m.group(0))
    return [*labelled, (CLAIM, p_event, cue)]


# How many sentences after the report of an attack (ARMED_VIOLENCE_TYPES) the claim naming its doer may come.
CLAIM_SENTENCES = 2


def claimed_doers(events: list, units: Sequence, actors: Sequence[ActorMention], places: Sequence) -> list:
    """An attack, bombing or clash whose doer is unnamed (none, or ACLED's unidentified armed group) and whose
    report is followed, within CLAIM_SENTENCES sentences, by one that claims responsibility
    (CLAIMED_RESPONSIBILITY, not denied) and names one armed group (rebels, militias) and no other place than the
    event's: that group is its actor1, as ACLED codes a claimed attack. Run on the events kept: it renames actor1
    only."""
    return doers_told_after(events, units, actors, places, _claims)


def _claims(text: str) -> bool:
    # (a claim denied, or told as the group's habit: no claim of this act)
    return bool(CLAIMED_RESPONSIBILITY.search(text)) and not CLAIM_DENIED.search(text) and not CLAIM_HABIT.search(text)


def doers_told_after(events: list, units: Sequence, actors: Sequence[ActorMention], places: Sequence,
                     tells: Callable[[str], bool]) -> list:
    """``events`` with an attack's unnamed doer (none, or ACLED's unidentified armed group) renamed to the one armed
    group named in the first of the next CLAIM_SENTENCES sentences that ``tells`` puts the act on (a claim; a blame,
    blamed.py)."""
    out = []
    for e in events:
        a1 = e.actor1
        if e.event_type in ARMED_VIOLENCE_TYPES and (a1 is None or is_unidentified(a1)):
            group = _claimant_after(e, units, actors, places, tells)
            if group is not None and (e.actor2 is None or e.actor2.name != group.name):
                e = e.model_copy(update={"actor1": group})
        out.append(e)
    return out


def _claimant_after(e, units: Sequence, actors: Sequence[ActorMention], places: Sequence,
                    tells: Callable[[str], bool]) -> Optional[ActorRef]:
    for u in units:
        if not 0 < u.sentence - e.evidence.sentence <= CLAIM_SENTENCES:
            continue
        if not tells(u.text):
            continue
        where = e.location.name if e.location is not None else None
        if any(u.start <= p.start < u.end and p.name != where and p.role == "location" for p in places):
            return None  # a claim told of an attack somewhere else
        groups = {a.name: a for a in actors if u.start <= a.start < u.end and a.kind == "group" and a.known
                  and a.inter in CLAIMANT_INTERS}
        return to_ref(next(iter(groups.values()))) if len(groups) == 1 else None
    return None
