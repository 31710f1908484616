"""Actors of stop 54 (sentences of our own): what a planted bomb lay against is its target, not its doer."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow  # runs the pipeline


@pytest.mark.parametrize("text, target", [
    ("BAGHDAD — A sticky bomb planted beneath a police car exploded in Baghdad on Monday, wounding two policemen.",
     "Police Forces of Iraq"),
    ("KABUL — A bomb planted under an army truck exploded in Kandahar on Tuesday, wounding three soldiers.",
     "Military Forces of Afghanistan"),
])
def test_what_a_planted_bomb_lay_against_is_its_target(actor_pairs, text, target):
    events = actor_pairs(text)
    assert events and all(a1 != target for a1, _ in events)
    assert any(a2 == target for _, a2 in events)


def test_a_bracket_after_a_persons_name_glosses_the_person():
    from sitroom.extract.events.not_parties import glosses_person
    from sitroom.records import ActorMention

    text = "Among those tortured are two MPs, Muhammad Ssegirinya (Kawempe North) and Allan Sewanyana (FDC)."

    def mention(words, kind="group"):
        s = text.index(words)
        return ActorMention(text=words, start=s, end=s + len(words), sentence=0, name=words, kind=kind, known=False)
    people = [mention("Muhammad Ssegirinya", "person"), mention("Allan Sewanyana", "person")]
    seat, party = mention("Kawempe North"), mention("FDC")
    assert glosses_person(seat, text, people + [seat, party])  # the MP's constituency: no party to the event
    assert not glosses_person(party, text, people + [seat, party])  # an acronym may be the body the person stands for
    assert not glosses_person(seat, text, [seat])  # no person's name before the bracket


@pytest.mark.parametrize("text, words, title", [
    ("The retired Air Vice Marshal was released on Saturday.", "Air", True),
    ("Gunmen abducted Air Commodore John Okafor.", "Air Commodore", True),
    ("Parliament Speaker Mohamed Nasheed was injured in a blast.", "Parliament", True),
    ("EFCC Chairman Abdulrasheed Bawa said the suspects were arrested.", "EFCC", False),  # the body may act
    ("Forum for Democratic Change supporters marched in Kampala.", "Forum for Democratic Change", False),
])
def test_a_name_that_opens_a_persons_title_is_no_party(text, words, title):
    from sitroom.extract.events.not_parties import in_title
    from sitroom.records import ActorMention

    s = text.index(words)
    m = ActorMention(text=words, start=s, end=s + len(words), sentence=0, name=words, kind="group", known=False)
    assert in_title(m, text) is title


def test_a_speaker_hurt_in_a_blast_is_not_the_parliament(actor_pairs):
    events = actor_pairs("MALE — Parliament Speaker Mohamed Nasheed was injured in a blast near his home in Male on "
                       "Thursday, police said.")
    assert events and all(a2 != "Parliament" for _, a2 in events)


def test_a_junta_in_a_report_filed_from_a_junta_capital_is_that_states(actor_pairs):
    text = "BAMAKO (Reuters) - The junta has arrested a former prime minister, his party said on Saturday."
    assert any(a1 == "Military Forces of Mali" for a1, _ in actor_pairs(text))


def test_a_junta_elsewhere_stays_myanmars():
    from sitroom.extract.actors.catalogue import load_catalogue
    from sitroom.extract.actors.stage import dateline_country

    cat = load_catalogue()
    assert dateline_country(cat, [], "BAMAKO (Reuters) - The junta ...") == "ML"
    assert dateline_country(cat, [], "LONDON (Reuters) - The junta ...") == "GB"
    assert dateline_country(cat, [], "The junta arrested ...") is None


def test_a_report_filed_from_a_former_juntas_capital_tells_no_junta_of_its_own(actor_pairs):
    # Bangkok, where Myanmar is covered from: Thailand's junta handed over power in 2019
    text = "BANGKOK (AP) - The junta arrested three journalists on Sunday, a rights group said."
    assert any(a1 == "Military Forces of Myanmar" for a1, _ in actor_pairs(text))


def test_a_junta_rules_its_country_only_in_its_years():
    import datetime as dt

    from sitroom.extract.actors.stage import ruling_junta

    assert ruling_junta("TH", dt.date(2016, 3, 1)) == "TH"
    assert ruling_junta("TH", dt.date(2021, 3, 1)) is None
    assert ruling_junta("ML", dt.date(2021, 3, 1)) == "ML"
    assert ruling_junta("GB", None) is None
