"""A demonstration whose grievance names violence is no riot (probe 34c, Nigeria/Kenya protest reports): a riot
needs the crowd's own violence (the guide's Riots), so "Hundreds of youths protested in Lagos on Wednesday against
police brutality" is a protest, one with intervention when the police disperse it (family.calm_crowd)."""

from __future__ import annotations

import pytest

from sitroom.extract.events.family import calm_crowd
from sitroom.records import DocumentIn

RIOT = "Riots / Violent demonstration"
PEACEFUL = "Protests / Peaceful protest"
INTERVENTION = "Protests / Protest with intervention"


@pytest.mark.parametrize("sentence", [
    "Hundreds of youths protested in Lagos on Wednesday against police brutality, marching from the Lekki toll "
    "gate to the state house of assembly.",
    "Hundreds of farmers protested in Kaduna on Monday over the killings of villagers by armed bandits in the "
    "south of the state, blocking the main road to Abuja for several hours.",
    "Women protested in Jos on Thursday against the killing of more than 50 villagers in Bokkos, demanding an end "
    "to the attacks by armed herders.",
])
def test_a_grievance_of_violence_makes_no_riot(sentence):
    assert calm_crowd(RIOT, sentence) == PEACEFUL


def test_police_dispersal_is_the_protests_intervention():
    sentence = ("Students marched in Abuja on Tuesday against the shooting of a classmate by soldiers before police "
                "fired tear gas to disperse them.")
    assert calm_crowd(RIOT, sentence) == INTERVENTION


@pytest.mark.parametrize("sentence", [
    "Riot police charged at protesters with batons in Dhaka on Monday.",
    "Anti-riot squads dispersed hundreds of marchers with tear gas in Conakry on Thursday.",
])
def test_riot_police_are_the_state_no_riot_told(sentence):
    """'Riot police', 'anti-riot squads' name the state's units: no riot of the crowd, their act an intervention."""
    assert calm_crowd(RIOT, sentence) == INTERVENTION


def test_riot_police_charging_protesters_is_an_intervention(pipeline):
    evs = pipeline.extract(DocumentIn(id="t", published="2024-03-14",
                                      text="Riot police charged at protesters with batons in Dhaka on Monday.")).events
    assert [e.sub_event_type for e in evs] == ["Protest with intervention"]
    assert evs[0].actor1.name == "Protesters (Bangladesh)" and evs[0].actor2.name == "Police Forces of Bangladesh"
    assert evs[0].location.name == "Dhaka" and evs[0].date.start == "2024-03-11"


@pytest.mark.parametrize("sentence", [
    # the crowd's own violence, beside a grievance
    "Youths protested in Lagos on Wednesday against police brutality and set fire to a police station.",
    "Hundreds of protesters clashed with police in Nairobi on Tuesday over the killing of a blogger in custody.",
    "Demonstrators hurled stones at soldiers in Kaduna on Monday to protest against the killings.",
    "Youths rioted in Jos on Friday over the killing of a motorcyclist.",
    "The protest over fuel prices turned violent when demonstrators blocked the highway.",
    # no demonstration word: left to its words
    "A mob attacked the police station in Kano on Sunday.",
])
def test_the_crowds_own_violence_keeps_the_riot(sentence):
    assert calm_crowd(RIOT, sentence) == RIOT


def test_other_types_are_left_alone():
    sentence = "Hundreds of youths protested in Lagos on Wednesday against police brutality."
    assert calm_crowd(PEACEFUL, sentence) == PEACEFUL


@pytest.mark.slow
def test_a_protest_against_brutality_dispersed_with_tear_gas_is_an_intervention():
    from sitroom.pipeline import Pipeline
    from sitroom.records import DocumentIn

    text = ("LAGOS, Oct 8 (AFP) - Hundreds of youths protested in Lagos on Wednesday against police brutality, "
            "marching from the Lekki toll gate to the state house of assembly.\n\n"
            "Police fired tear gas to disperse the protesters near the assembly building, witnesses said. No "
            "injuries were reported.")
    events = Pipeline().run_batch([DocumentIn(id="t", text=text, published="2026-10-08")])[0].events
    demos = [e for e in events if e.event_type in ("Protests", "Riots")]
    assert demos and all(e.event_type == "Protests" for e in demos)
    lagos = [e for e in demos if e.location is not None and e.location.name == "Lagos"]
    assert lagos and lagos[0].sub_event_type == "Protest with intervention"
    assert lagos[0].actor1.name == "Protesters (Nigeria)"


def _actor(name, text, inter=3):
    from sitroom.records import ActorRef
    return ActorRef(name=name, text=text, actor_type="political militia", inter=inter, country="NG")


def _kaduna():
    from sitroom.records import PlaceMention
    return PlaceMention(text="Kaduna", start=0, end=6, name="Kaduna", country="NG")


def test_an_armed_group_named_in_the_grievance_is_no_side_of_the_protest():
    from sitroom.extract.events.conventions import conventional_actors

    text = ("Hundreds of farmers protested in Kaduna on Monday over the killings of villagers by armed bandits in the "
            "south of the state, blocking the main road to Abuja for several hours.")
    a1, a2 = conventional_actors(PEACEFUL, None, _actor("Unidentified Armed Group (Nigeria)", "armed bandits"),
                                 _kaduna(), text)
    assert a1.name == "Protesters (Nigeria)" and a2 is None


def test_the_force_that_intervened_stays_the_other_side():
    from sitroom.extract.events.conventions import conventional_actors

    text = "Police fired tear gas at farmers who protested in Kaduna on Monday over the killings of villagers."
    police = _actor("Police Forces of Nigeria", "Police", inter=1)
    a1, a2 = conventional_actors(INTERVENTION, police, None, _kaduna(), text)
    assert a1.name == "Protesters (Nigeria)" and a2.name == "Police Forces of Nigeria"


def _protest(label, text, a2=None):
    from sitroom.extract.events.taxonomy import typed_fields
    from sitroom.records import DateValue, Event, Evidence

    return Event(**typed_fields(label), confidence=0.6, location=_kaduna(), date=DateValue(), extractor="t",
                 actor1=_actor("Protesters (Nigeria)", "farmers", inter=6), actor2=a2,
                 evidence=Evidence(sentence=1, start=0, end=len(text), text=text))


def test_an_intervention_no_report_tells_is_a_peaceful_protest():
    from sitroom.extract.events.demonstrations import intervention_told

    lede = _protest(INTERVENTION, "Hundreds of farmers protested in Kaduna on Monday over the killings of villagers "
                                  "by armed bandits in the south of the state, blocking the main road to Abuja.")
    more = _protest(INTERVENTION, 'The protesters carried placards reading "Stop the killings" and demanded that the '
                                  "state government deploy more soldiers to their communities.")
    ev = intervention_told(lede, [lede, more])
    assert ev.sub_event_type == "Peaceful protest" and ev.actor2 is None


def test_an_intervention_told_in_a_merged_report_stays():
    from sitroom.extract.events.demonstrations import intervention_told

    lede = _protest(INTERVENTION, "Hundreds of farmers protested in Kaduna on Monday over the killings of villagers.")
    police = _protest(INTERVENTION, "Police fired tear gas to disperse the crowd near the government house.")
    assert intervention_told(lede, [lede, police]).sub_event_type == "Protest with intervention"


@pytest.mark.parametrize("text", [
    "Lawyers held a protest on the arrest of their colleague outside the high court in Kaduna on Monday.",
    "Nurses staged a vigil and protest on the abduction and detention of two doctors in Kaduna on Monday.",
])
def test_an_arrest_a_protest_is_held_on_is_its_grievance_not_its_intervention(text):
    from sitroom.extract.events.demonstrations import intervention_told

    ev = _protest(INTERVENTION, text)
    assert intervention_told(ev, [ev]).sub_event_type == "Peaceful protest"


def test_an_arrest_on_a_day_of_the_protest_stays_its_intervention():
    from sitroom.extract.events.demonstrations import intervention_told

    ev = _protest(INTERVENTION, "Farmers protested in Kaduna on Monday and police arrested ten of them on the spot.")
    assert intervention_told(ev, [ev]).sub_event_type == "Protest with intervention"


@pytest.mark.parametrize("text, sub_event", [
    # an intervention the report denies is none
    ("Residents marched to the town hall in Uruapan on Monday. The march was peaceful, and police did not intervene.",
     "Peaceful protest"),
    ("Hundreds rallied outside the governor's office in Kisumu on Friday; the rally ended without any arrests.",
     "Peaceful protest"),
    ("Hundreds rallied in Kisumu on Friday and no one was arrested, but police fired tear gas at the end.",
     "Protest with intervention"),
    # a denial up to a turn of the account: what follows it is told done
    ("Hundreds of teachers marched through Nakuru on Tuesday. Police did not intervene at first, but later fired "
     "tear gas to disperse the crowd near the county offices.", "Protest with intervention"),
])
def test_an_intervention_the_report_denies_is_none(text, sub_event):
    from sitroom.extract.events.demonstrations import intervention_told

    ev = _protest(INTERVENTION, text)
    assert intervention_told(ev, [ev]).sub_event_type == sub_event


def test_signs_decrying_police_brutality_name_no_intervention():
    from sitroom.extract.events.demonstrations import intervention_told

    ev = _protest(INTERVENTION, "The marchers walked through the city centre, carrying banners decrying police "
                                "violence against students.")
    assert intervention_told(ev, [ev]).sub_event_type == "Peaceful protest"


@pytest.mark.parametrize("sentence, sub_event", [
    # the deaths a crowd mourns met no demonstration with lethal force
    ("Thousands marched in Basra on Sunday to mourn the demonstrators killed by troops last month.", "Peaceful protest"),
    ("Students held a candlelight vigil in Basra on Sunday for the protesters who were killed.", "Peaceful protest"),
    # force that kills at the demonstration itself stays excessive
    ("Protesters marched in Basra on Sunday and troops shot dead two of them.", "Excessive force against protesters"),
])
def test_the_deaths_a_demonstration_mourns_are_no_force_against_it(sentence, sub_event):
    from sitroom.extract.events.rules import demonstration_type

    for label in ("Protests / Peaceful protest", "Protests / Excessive force against protesters"):
        assert calm_crowd(demonstration_type(label, sentence), sentence).split(" / ")[-1] == sub_event


MOB = "Riots / Mob violence"


@pytest.mark.parametrize("sentence, expected", [
    # a crowd the report calls peaceful, typed a mob for its story's lean: a protest
    ("Footage showed a peaceful crowd gathering outside the governor's office on Monday morning.", PEACEFUL),
    ("Hundreds of teachers marched peacefully through the capital on Friday.", PEACEFUL),
    # dispersed by the police: its intervention
    ("A peaceful rally outside the ministry was broken up with tear gas on Monday.", INTERVENTION),
    # the crowd's own violence, or a mob not called peaceful: the mob stands
    ("A peaceful march turned violent when youths set fire to cars and looted shops.", MOB),
    ("A mob lynched a man accused of theft in the market on Sunday.", MOB),
])
def test_a_crowd_told_peaceful_is_no_mob(sentence, expected):
    assert calm_crowd(MOB, sentence) == expected
