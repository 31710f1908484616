"""A demonstration attacked by a mob is Mob violence (the guide's Riots / Mob violence: a spontaneous crowd attacks;
ACLED: rioters against protesters), not the protest the typer reads in its words (mob_attack.py)."""

from __future__ import annotations

import pytest

from sitroom.extract.events.mob_attack import mob_on_demonstration
from sitroom.records import DocumentIn

MOB = "Riots / Mob violence"
PEACEFUL = "Protests / Peaceful protest"
ATTACK = "Violence against civilians / Attack"


@pytest.mark.parametrize("sentence", [
    "In Kano, thugs attacked the marchers on Friday.",
    "Hoodlums hijacked the rally in Benin City on Monday, injuring several people.",
    "The sit-in outside the ministry was disrupted by hoodlums on Tuesday.",
    "Demonstrators were chased by a mob of counter-protesters near the square.",
    "Counter-protesters assaulted pro-democracy demonstrators in Belgrade on Saturday.",
    # a state force only looking on is not among the attackers
    "Soldiers watched as hoodlums attacked the protesters in Lagos.",
])
def test_a_demonstration_attacked_by_a_mob_is_mob_violence(sentence):
    assert mob_on_demonstration(PEACEFUL, sentence) == MOB
    assert mob_on_demonstration(ATTACK, sentence) == MOB


@pytest.mark.parametrize("sentence", [
    # a state force among the attackers: the protest's intervention, not a mob's violence
    "Police and thugs attacked the protesters in Harare on Monday.",
    "The rally was broken up by soldiers and hooligans on Sunday.",
    # the demonstrators are the doers, or no mob is told
    "Protesters attacked the thugs who had blocked the road.",
    "Protesters were beaten by police in Lagos.",
    "Thousands of protesters marched against the thugs who killed a student.",
])
def test_no_mob_attack_on_a_demonstration_leaves_the_label(sentence):
    assert mob_on_demonstration(PEACEFUL, sentence) == PEACEFUL


def test_other_families_are_left_alone():
    assert mob_on_demonstration("Strategic developments / Arrests",
                                "Thugs attacked the protesters in Kano on Friday.") == "Strategic developments / Arrests"


@pytest.mark.slow
def test_the_event_is_mob_violence_between_rioters_and_protesters(pipeline):
    text = "Hundreds of hoodlums attacked the protesters in Kaduna on Monday, injuring 12 people."
    evs = pipeline.extract(DocumentIn(id="t", published="2024-03-14", text=text)).events
    mobs = [e for e in evs if e.sub_event_type == "Mob violence"]
    assert mobs, [(e.event_type, e.sub_event_type) for e in evs]
    assert mobs[0].actor1.name == "Rioters (Nigeria)" and mobs[0].actor2.name == "Protesters (Nigeria)"


@pytest.mark.slow
def test_a_mob_attack_retyped_by_an_armed_doer_keeps_its_own_sides(pipeline):
    # an armed side among the attackers makes the typer's later steps read an attack on civilians: the rioters
    # and protesters of Mob violence are not its sides
    text = "Suspected militiamen and thugs stormed the rally in Kano on Tuesday and shot dead two protesters."
    evs = pipeline.extract(DocumentIn(id="t", published="2024-03-14", text=text)).events
    attacks = [e for e in evs if e.sub_event_type == "Attack"]
    assert attacks, [(e.event_type, e.sub_event_type) for e in evs]
    assert attacks[0].actor1 is None or not attacks[0].actor1.name.startswith("Rioters"), attacks[0].actor1.name


CLASH = "Battles / Armed clash"
RIOT = "Riots / Violent demonstration"


@pytest.mark.parametrize("sentence", [
    "Clashes between villagers and police left two people dead in Bihar on Monday.",
    "Students clashed with riot police outside the university in Dhaka.",
    "Clashes between the police and striking workers broke out at the port.",
    # the crowd as the agent of the clash
    "A constable was wounded on Friday in a clash with the police by angry traders in the market.",
])
def test_a_crowd_clashing_with_the_state_is_a_riot(sentence):
    from sitroom.extract.events.mob_attack import crowd_clash
    assert crowd_clash(CLASH, sentence) == RIOT


@pytest.mark.parametrize("sentence", [
    "Soldiers clashed with gunmen near the villagers' homes.",  # an armed side named
    "Armed youths clashed with soldiers in Jos on Sunday.",
    "Clashes between herders and farmers killed 12 people in Benue.",  # no state force: communal fighting
    "Troops clashed with the militants in the forest.",
    "Two soldiers died in a clash with the army by armed youths near the border.",
])
def test_an_armed_side_or_no_state_force_keeps_the_clash(sentence):
    from sitroom.extract.events.mob_attack import crowd_clash
    assert crowd_clash(CLASH, sentence) == CLASH


def test_the_sides_word_lists_match_the_armed_and_state_words():
    # ARMED_SIDE takes rules.ARMED's armed-group members, without its "army"/"troops" (the state's side of a
    # crowd clash); STATE_FORCE and the crowd clash's state side name the state's forces from one list.
    from sitroom.lang.en.events.mob_attack import ARMED_SIDE, CROWD_CLASH, STATE_FORCE, STATE_FORCE_JOINED
    from sitroom.lang.en.events.rules import ARMED

    for word in ("militants", "rebel", "insurgents", "fighters", "gunmen", "militia", "militiamen", "jihadist",
                 "guerrillas"):
        assert ARMED.search(f"the {word} came") and ARMED_SIDE.search(f"the {word} came")
    assert ARMED_SIDE.search("bandits and armed youths") and not ARMED_SIDE.search("the army and troops")
    for force in ("police", "policemen", "security forces", "soldiers", "troops", "gendarmes", "army"):
        assert STATE_FORCE.search(f"{force} came") and CROWD_CLASH.search(f"clashes between villagers and {force}")
        assert STATE_FORCE_JOINED.search(f"{force} and ")
    for force in ("military", "security agents", "officers"):
        assert STATE_FORCE.search(f"{force} came") and not CROWD_CLASH.search(f"clashes between villagers and {force}")
