"""The labels of a unit found to report an event and the cue that triggers each: the typer's best label as
the report states it (rules.stated_type), and a second event of another type when it has its own strong cue;
of equally strong cues, the one nearest the root of the parse."""

from __future__ import annotations

from typing import Optional

from ...lang.en.events.civilians import PROTEST_LEMMAS, PROTEST_PREPS
from ...lang.en.events.disasters import ARSON
from ...lang.en.events.rules import ARMED
from . import responsibility, rules
from .discourse import is_modifier_mention
from .means import explosive_means_first
from .decided_stop import decided_stop_first
from .coerced import DEMONSTRATION_TYPES, is_forced_movement
from .patterns import Cue
from .strategic import talks_on_agreement
from .taxonomy import ARMED_VIOLENCE_PREFIXES, ARRESTS, DISASTERS, LABELS, STRATEGIC, VAC, event_type_of

# A second event in the same unit needs its own strong cue and at least this p(event) x p(type).
SECOND_EVENT_MIN_PROB = 0.12


def usable_cues(doc, cues: list[Cue], dateline: int) -> tuple[list[Cue], bool]:
    """The cues that may trigger an event: none in the dateline, and no demonstration cue that is a
    captive's forced movement ("marched into the forest at gunpoint"); and whether there was such a one."""
    out, forced = [], False
    for c in cues:
        if c.start < dateline:
            continue
        if c.label.startswith(DEMONSTRATION_TYPES) and is_forced_movement(doc, c.start, c.end):
            forced = True
            continue
        out.append(c)
    return out, forced


def typed_labels(p: dict[str, float], cues: list[Cue], doc, p_event: float,
                  said: str = "", sentence: str = "") -> list[tuple[str, float, Optional[Cue]]]:
    """(label, confidence, trigger) for a unit the detector found to report an event (``p``: p(event) x
    p(type) per label): the typer's best label (an explosion only where a weapon is named: ``said``
    holds the unit and the sentences it continues), and a second event of another type when it has its
    own strong cue."""
    ranked = responsibility.demote_unclaimed(sorted(p, key=lambda l: -p[l]), cues)
    ranked = talks_on_agreement(ranked, cues, sentence or said)  # "met ... to discuss a truce": the meeting
    # (the act so named is no event of the unit: not a second event either)
    before = ranked[0] if ranked else None
    ranked = decided_stop_first(ranked, cues, doc)  # "decided to stop suicide bombings": the group's change
    named_only = before if ranked and ranked[0] != before else None
    ranked = responsibility.denied_claim_act(ranked, cues, sentence or said)  # "no group has claimed the attack, which killed"
    ranked = explosive_means_first(ranked, cues, sentence or said, said)  # "killed in targeted bombings": the means decides
    main = rules.stated_type(ranked, cues, said, sentence or said)
    trigger = _trigger(main, cues, doc) or _trigger_of_type(main, cues, doc)
    act = _act_beside_modifier(trigger, cues, doc) or _protest_over(main, trigger, cues, doc)
    if act is not None and act.label.startswith("Battles") and rules.shots_in_air_only(sentence or said):
        act = None  # "firing shots in the air" beside the act: no battle (rules.shots_in_air_only)
    if act is not None:
        main, trigger = act.label, act
    out = [(main, p_event, trigger)]
    main_type = event_type_of(main)
    for label in ranked[1:4]:
        cue = _trigger(label, cues, doc)
        if (p[label] >= SECOND_EVENT_MIN_PROB and cue is not None and cue.weight >= 1.0
                and event_type_of(label) != main_type and label in LABELS and label != named_only
                and not _toll_of_disaster(main_type, label, sentence or said)):
            if trigger is None or abs(cue.start - trigger.start) > 25:
                out.append((label, p_event, cue))
    return out


def _toll_of_disaster(main_type: str, label: str, sentence: str) -> bool:
    """Whether a second event of violence against civilians would only be the toll of the disaster the unit
    reports ("A fire swept through a market in Kano, killing four traders"): no armed doer is told, and no fire
    set on purpose ("Herders set fire to houses in Plateau, killing 12 villagers": arson, which disasters.
    disaster_told drops as no disaster, leaving the killing its own event)."""
    return (main_type == DISASTERS and label.startswith(VAC) and not ARMED.search(sentence)
            and not ARSON.search(sentence))


# The families whose verb is the sentence's own act when the typed word only names victims of another event:
# ARMED_VIOLENCE_PREFIXES.


def _act_beside_modifier(trigger: Optional[Cue], cues: list[Cue], doc) -> Optional[Cue]:
    """The violent verb the sentence reports when its typed word is only a modifier naming victims of another
    event ("troops rescued 15 kidnapped victims and killed three bandits": the rescue's clash, not the
    abduction, which is told elsewhere or long past); None when there is no such verb or the trigger is a verb."""
    if trigger is None or doc is None or not _is_modifier(doc, trigger):
        return None
    verbs = [c for c in cues if c.label != trigger.label and c.label.startswith(ARMED_VIOLENCE_PREFIXES)
             and (tok := _token(doc, c)) is not None and tok.pos_ == "VERB" and not is_modifier_mention(tok)]
    return min(verbs, key=lambda c: (_depth(doc, c), c.start)) if verbs else None


# Strategic developments a demonstration can be held against (a policy, a curfew, a deployment, a deal): told as
# its grievance they are no act of the sentence. (Arrests and violence against someone stay: they are events.)
_PROTEST_VERBS = PROTEST_LEMMAS | {"demonstrate"}


def _protest_over(main: str, trigger: Optional[Cue], cues: list[Cue], doc) -> Optional[Cue]:
    """The demonstration cue when the typed word is the grievance of a protest told by its own cue ("Students
    protested against the army's recruitment policy", "Traders marched over the new curfew"): the sentence's act
    is the protest, the policy only its object (English: the prepositional phrase of "protest against/over"); None
    otherwise."""
    if (trigger is None or doc is None or event_type_of(main) != STRATEGIC or main == ARRESTS):
        return None
    tok = _token(doc, trigger)
    hops = 0
    while tok is not None and tok.head.i != tok.i and hops < 8:
        if tok.dep_ == "prep" and tok.lower_ in PROTEST_PREPS and tok.head.lemma_.lower() in _PROTEST_VERBS:
            verb = tok.head
            return next((c for c in cues if c.label.startswith(DEMONSTRATION_TYPES) and c.start <= verb.idx < c.end),
                        None)
        tok, hops = tok.head, hops + 1
    return None


def _token(doc, cue: Cue):
    span = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    return span.root if span is not None else None


def _is_modifier(doc, cue: Cue) -> bool:
    tok = _token(doc, cue)
    return tok is not None and " " not in cue.text and is_modifier_mention(tok)


def _trigger_of_type(label: str, cues: list[Cue], doc=None) -> Optional[Cue]:
    """A cue of the label's event type when none names the sub-event type itself: the strongest cue of the
    first such cue's label (cues come in text order)."""
    kind = event_type_of(label)
    same = [c for c in cues if event_type_of(c.label) == kind]
    return _trigger(same[0].label, same, doc) if same else None


def _trigger(label: str, cues: list[Cue], doc=None) -> Optional[Cue]:
    own = [c for c in cues if c.label == label]
    if not own:
        return None
    best = max(c.weight for c in own)
    top = [c for c in own if c.weight == best]
    if len(top) > 1 and doc is not None:
        # Of equally strong cues, the one nearest the root of the parse: the clause's own predicate
        # ("... exchanged views", "protesters gathered"), not a modifier ("the visiting delegation") or
        # a word deep in a subordinate clause ("promising to escalate demonstrations if ...").
        return _main_clause(min(top, key=lambda c: (_depth(doc, c), c.start)), own, doc)
    return _main_clause(top[0], own, doc)


def _main_clause(cue: Cue, own: list[Cue], doc) -> Cue:
    """A cue of several words that opens in a relative clause and ends in the clause that governs it ("the
    gunmen who killed a chief last month killed five villagers"): the act is the governing clause's verb (its
    day, place and sides), the relative clause's act background. The cue keeps its strength, moved to that verb."""
    if doc is None or " " not in cue.text:
        return cue
    span = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    if span is None or span[0].i == span.root.i or not _in_relative_clause(span[0], span.root):
        return cue
    verb = next((c for c in own if c.start == span.root.idx), None)
    return Cue(cue.label, cue.weight, verb.start, verb.end, verb.text) if verb is not None else cue


def _in_relative_clause(tok, top) -> bool:
    """Whether ``tok`` lies in a relative clause below ``top`` (within the same sentence)."""
    hops = 0
    while tok.i != top.i and tok.head.i != tok.i and hops < 50:
        if tok.dep_ == "relcl":
            return True
        tok, hops = tok.head, hops + 1
    return False


def _depth(doc, cue: Cue) -> int:
    """Head hops from the cue's main token to the root of its sentence."""
    span = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    if span is None:
        return 99
    tok, hops = span.root, 0
    while tok.head.i != tok.i and hops < 50:
        tok, hops = tok.head, hops + 1
    return hops
