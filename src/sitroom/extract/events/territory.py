"""ACLED's three territory sub-event types, decided by its own criteria once the sentence is known to
report a change of control.

The words of "the army retook Kidal from JNIM" and "JNIM took Kidal from the army" are the same, so a
sentence classifier confuses the three types; ACLED defines them by who gains the place and whether it
was fought over:
- Battles / Government regains territory: state forces (or their affiliates) regain control by fighting;
- Battles / Non-state actor overtakes territory: a non-state group, or a foreign state's forces, take
  control by fighting;
- Strategic developments / Non-violent transfer of territory: control changes hands without a fight
  (a withdrawal, a handover, a town taken unopposed). When a side is told to withdraw after fighting,
  with no side said to take the place, the other side gains it.
"""

from __future__ import annotations

from typing import Optional

from ...lang.en.events.territory import (
    EXPEL_LEMMAS,
    OUT_LEMMAS,
    TERRITORY_NOUNS,
    CAPTURE_LEMMAS,
    CONTROL,
    FOUGHT,
    NOT_FOUGHT,
    PEOPLE_FREED,
    PERSON_PRONOUNS,
    TAKEN,
    TAKEN_PERSON,
    UNOPPOSED,
    WITHDRAWAL,
)
from ...lang.en.reporting import REPORTING_LEMMAS
from ...records import ActorRef
from .taxonomy import CLASH, GOV_REGAINS, NON_VIOLENT_TRANSFER, NSA_OVERTAKES, STATE_FORCES_INTER
from ..pos import VERBAL

TERRITORY = frozenset({GOV_REGAINS, NSA_OVERTAKES, NON_VIOLENT_TRANSFER})


def _of_places(sentence: str) -> str:
    """``sentence`` without the people it tells freed ("troops have freed 15 hostages held by the ADF"): a
    rescue changes no one's control of a place (the same length: offsets stay)."""
    return PEOPLE_FREED.sub(lambda m: " " * len(m.group(0)), sentence)


def _fought(sentence: str) -> bool:
    """Whether the sentence tells fighting (FOUGHT), not counting fighting it says did not happen ("without a fight")."""
    return bool(FOUGHT.search(NOT_FOUGHT.sub(" ", sentence)))


def control_word(label: str, sentence: str) -> Optional[int]:
    """Offset in ``sentence`` of the first word stating a change of control, for a territorial label
    (the event's word when no cue marked one); None otherwise."""
    if label not in TERRITORY:
        return None
    m = CONTROL.search(_of_places(sentence))
    return m.start() if m else None


def territory_told(label: str, sentence: str) -> bool:
    """Whether the sentence tells what a territory label needs: a change of control, or fighting (which
    territory_type codes as an armed clash when no change of control is stated). "A policeman fatally
    shot the ambassador" tells neither: the typer's next label is the better guess. Any other label: True."""
    return label not in TERRITORY or bool(CONTROL.search(_of_places(sentence))) or _fought(sentence)


def is_withdrawal(label: str, sentence: str) -> bool:
    """Whether a territorial event is told as a side withdrawing (no side said to take the place): its
    actor1 is then the side that lost the place, the other side the one that gained it (none when no
    other side is named: "government troops withdrew from the area" is no one's gain)."""
    return label in TERRITORY and bool(WITHDRAWAL.search(sentence)) and not TAKEN.search(sentence)


def territory_type(label: str, sentence: str, actor1: Optional[ActorRef], place_country: Optional[str]) -> str:
    """The territory sub-event type ACLED's criteria give; ``label`` unchanged unless it is one of them.

    The gaining side is actor1 (the arguments put the side that takes the place there); without an
    actor1 whose kind is known, the classifier's choice between the two Battles types stands.
    """
    if label not in TERRITORY:
        return label
    fought = _fought(sentence)
    if not CONTROL.search(_of_places(sentence)):
        # ACLED's territory types need a change of control the report states; fighting without one is a clash.
        return CLASH if fought else label
    withdrawal = bool(WITHDRAWAL.search(sentence)) and not TAKEN.search(sentence)
    if UNOPPOSED.search(sentence) and not fought:
        return NON_VIOLENT_TRANSFER
    if label == NON_VIOLENT_TRANSFER and not fought:
        return label
    if actor1 is None or actor1.inter is None:
        return label
    home = actor1.country is None or place_country is None or actor1.country == place_country
    state = actor1.inter == STATE_FORCES_INTER and home
    if withdrawal:
        # "government forces withdrew from the district headquarters after days of fighting": the side told
        # is the one leaving; the place goes, by fighting, to the other side.
        state = not state
    return GOV_REGAINS if state else NSA_OVERTAKES


def captured_persons(doc, start: int, end: int) -> list[tuple[int, int]]:
    """The offsets (from ``start``) of each verb of a taking told in the passive of a person ("David Hicks, 26, was
    captured by Northern Alliance forces", "the commander, who was seized near the border"): a capture of people,
    which ACLED codes as an arrest or an abduction, not a change of control. Its subject must be a person: a named
    one, a pronoun of persons, or a word for people (TAKEN_PERSON); "the town was captured" is not one."""
    if doc is None:
        return []
    span = doc.char_span(start, end, alignment_mode="expand")
    out = []
    for tok in span if span is not None else ():
        if tok.lemma_.lower() not in CAPTURE_LEMMAS or tok.tag_ != "VBN":
            continue
        subjects = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if any(_is_person(c) for c in subjects):
            out.append((tok.idx - start, tok.idx + len(tok.text) - start))
    return out


def _is_person(tok) -> bool:
    return (tok.ent_type_ == "PERSON" or tok.lower_ in PERSON_PRONOUNS
            or (tok.pos_ == "NOUN" and TAKEN_PERSON.match(tok.text) is not None))


def is_not_territory(tok, label: str) -> bool:
    """A territorial type whose verb takes people or things, not ground: "the suspects had been handed
    over to the DSS", "took over two stations of the Orange Line"."""
    if label not in TERRITORY or tok.pos_ not in VERBAL:
        return False
    lemma = tok.lemma_.lower()
    if lemma in REPORTING_LEMMAS:
        return False  # "informs the public that ...": the object of a verb that only reports is its audience
    if lemma in EXPEL_LEMMAS or (lemma in OUT_LEMMAS and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)):
        return False  # "drove out the jihadists", "dislodged the rebels": the object is who lost the ground
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [g for c in tok.children if c.dep_ == "prt" for g in c.children if g.dep_ == "pobj"]
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        objs.append(tok.head)  # "equipment captured near Palmyra": the noun the participle describes was taken
    if not objs:
        return False
    return not any(o.ent_type_ in ("GPE", "LOC", "FAC") or o.pos_ == "PROPN" or o.lemma_.lower() in TERRITORY_NOUNS
                   or any(g.lemma_.lower() in TERRITORY_NOUNS or g.ent_type_ in ("GPE", "LOC", "FAC") for g in _named(o))
                   for o in objs)


def _named(noun) -> list:
    """The words that name what ``noun`` is: itself, its compounds, appositions and conjuncts, and its "of" phrase
    ("the district centre of Garmsir"); not where it was or came from ("the tanks ... from Tiyas Military Airfield",
    "equipment captured near Palmyra")."""
    out, stack = [], [noun]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in t.children:
            if c.dep_ in ("compound", "appos", "conj", "nmod", "amod", "poss"):
                stack.append(c)
            elif c.dep_ == "prep" and c.lower_ == "of":
                stack.extend(g for g in c.children if g.dep_ == "pobj")
    return out
