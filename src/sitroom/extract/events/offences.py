"""An act named as the offence of a court's step: "jailed an activist for taking part in an unauthorised protest",
"standing trial for money laundering", "charged with kidnapping". The guide codes no charge, trial, sentence or
verdict, and the offence they name is an earlier act: no report of it (told as news, it has a report of its own).
A word of taking is no court step ("arrested for taking part in the protest" is made at it)."""

from __future__ import annotations

from ...lang.en.events.civilians import CHARGE_LEMMAS, CHARGE_PREPS, TAKING_CHARGE_LEMMAS, TAKING_CHARGE_PREPS
from ...lang.en.events.discourse import RECENT_DAY
from ...lang.en.events.rules import CROWD_CONTROLLED
from ..written import as_written
from .arrest_background import is_background_taking

# The words of a court's step (a charge, a trial, a sentence), whose "for"/"with"/"of"/"over" phrase names the offence.
# (an accusation is no step of a court: "accused the army of abducting him" tells the abduction, review42)
COURT_STEPS = CHARGE_LEMMAS - TAKING_CHARGE_LEMMAS - {"suspect", "connection", "accuse"} | {"jail"}


def is_offence(tok) -> bool:
    """Whether the event word ``tok`` is (inside) the offence phrase of a court's step."""
    prep = _offence_phrase(tok, CHARGE_PREPS, COURT_STEPS)
    # "Police charged the crowd with tear gas": a force's charge, its means no offence
    return prep is not None and not CROWD_CONTROLLED.search(as_written(prep.subtree))


def is_background_arrest_offence(tok) -> bool:
    """Whether the event word ``tok`` is (inside) the "for"/"over" phrase of a word of taking that is itself told as
    background (arrest_background.is_background_taking: "the court ordered the release of 46 students who were
    arrested for protesting", "5,600 people arrested for protesting would be freed"): the act is named as the
    offence of an arrest that is not the sentence's news, so it is no news either. A fresh arrest keeps it
    ("police arrested a demonstrator today for protesting": the protest met an intervention)."""
    prep = _offence_phrase(tok, TAKING_CHARGE_PREPS, TAKING_CHARGE_LEMMAS)
    # (an arrest told on a day of this week is fresh, and so is its protest: "they had been arrested on Tuesday for
    # protesting against the fuel price rise")
    return prep is not None and is_background_taking(prep.head) and not RECENT_DAY.search(as_written(prep.head.subtree))


def _offence_phrase(tok, preps, lemmas):
    """The first preposition of ``preps`` on a word of ``lemmas`` that ``tok`` lies (inside) the phrase of, walking up
    through objects, prepositions and conjuncts ("jailed him for taking part in a protest"), or None."""
    t, hops = tok, 0
    while t.dep_ in ("pobj", "prep", "pcomp", "dobj", "conj") and t.head.i != t.i and hops < 8:
        if t.dep_ == "prep" and t.lower_ in preps and t.head.lemma_.lower() in lemmas:
            return t
        t, hops = t.head, hops + 1
    return None
