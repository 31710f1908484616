"""Fatalities of stop 46 (sentences of our own): one named person killed, a pronoun for one, the noun of a killing
with its count, a wound and death told as one; and no deaths on the types ACLED records none for."""

from __future__ import annotations

import pytest

from sitroom.extract.events.counts import count


@pytest.mark.parametrize("text, n", [
    ("The union confirmed the killing of three organisers on Friday.", 3),
    ("The deaths of two protesters sparked outrage in the capital.", 2),
    ("A teacher, Maria Lopez Vega, was shot and killed outside her school on Monday.", 1),
    ("On March 3, Samuel Okoro, a founding member of the farmers' union, was assassinated at his home.", 1),
    ("Ms Hale, 44, was travelling home when gunmen stopped her car and she was shot dead.", 1),
    ("Corporal Dan Ellis, 27, of Leeds, England, died Tuesday in southern Iraq.", 1),
    ("Unknown men stabbed a land rights defender to death in the village.", 1),
])
def test_the_dead_told_one_by_one_or_by_noun(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text", [
    "Nobody was killed in the attack.",
    "The ministry, which lost 300 soldiers, said none died.",
    "The spokesman said he was not killed.",
])
def test_no_death_is_counted_where_none_is_told(text):
    assert count("fatalities", text) is None


@pytest.mark.slow
def test_an_arrest_records_no_deaths_of_the_killing_it_is_for(pipeline):
    from sitroom.records import DocumentIn

    text = "Police in Sarajevo on Tuesday arrested a former guard accused of taking part in the killing of 40 prisoners."
    events = pipeline.run_batch([DocumentIn(id="t", text=text, published="2020-11-17")])[0].events
    arrests = [e for e in events if e.sub_event_type == "Arrests"]
    assert arrests and arrests[0].fatalities is None


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Gunmen shot a rights lawyer outside his home in Kaduna on Tuesday. He died in hospital on Wednesday, his family said.",
    "Unknown assailants attacked a journalist in Peshawar on Tuesday. The reporter was pronounced dead at a local hospital.",
])
def test_a_victim_dying_later_is_the_attacks_death_not_a_new_attack(pipeline, text):
    from sitroom.records import DocumentIn

    events = pipeline.run_batch([DocumentIn(id="t", text=text, published="2021-03-12")])[0].events
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Attack", 1)]
