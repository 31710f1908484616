"""A Mob violence, a base established, a shelling or a looting must be told with what defines its type by one of
its reports (extract/events/defining_element.defining_told): a crowd, a base, an artillery weapon, people who destroy."""

import pytest

from sitroom.extract.events.defining_element import defining_told
from sitroom.extract.events.taxonomy import typed_fields
from sitroom.records import ActorRef, DateValue, Event, Evidence, PlaceMention

MOB = "Riots / Mob violence"
BASE = "Strategic developments / Headquarters or base established"
SHELLING = "Explosions/Remote violence / Shelling/artillery/missile attack"
LOOTING = "Strategic developments / Looting/property destruction"
CHEMICAL = "Explosions/Remote violence / Chemical weapon"
CLASH = "Battles / Armed clash"
TRANSFER = "Strategic developments / Non-violent transfer of territory"
NATURAL = "Disasters / Natural disaster"
ABDUCTION = "Violence against civilians / Abduction/forced disappearance"


def _event(label, text, sentence=0):
    return Event(**typed_fields(label), confidence=0.9, date=DateValue(), extractor="t",
                 evidence=Evidence(sentence=sentence, start=0, end=len(text), text=text))


@pytest.mark.parametrize("label, text, told", [
    (MOB, "An angry crowd beat two suspected thieves to death in the market on Friday.", True),
    (MOB, "Villagers lynched a man accused of stealing a goat.", True),
    (MOB, "A cyclist was hit by a truck and killed on the highway near the town on Monday.", False),
    (MOB, "Four people were killed in separate knife and machete attacks across the city.", False),
    (BASE, "The army set up a new base outside the town last week.", True),
    (BASE, "A fire crew received reports of a blaze at a warehouse in the port district.", False),
    # a base that an attack hit is its target, not a base established (probe 34a, Somalia)
    (BASE, "The operation targeted an al Shabaab base in the village of Sabiid, east of Afgoye, army spokesman "
           "Felix Kulayigye said in a statement.", False),
    (BASE, "Troops overran a militant camp and destroyed several hideouts in the forest.", False),
    (BASE, "After the raid on the rebel camp, troops set up a new base in the village.", True),
    (SHELLING, "Government artillery shelled the northern districts overnight.", True),
    (SHELLING, "Rebels fired mortars at the airport on Sunday.", True),
    (SHELLING, "Smoke rose from the burning tyres outside the depot on Tuesday.", False),
    (LOOTING, "Gunmen looted shops and burned houses in the village.", True),
    (LOOTING, "Torrential rains flooded the valley, destroying homes and bridges.", False),
    (LOOTING, "Flood waters receded after militants had burned the granaries.", True),
    (CHEMICAL, "Government helicopters dropped chlorine gas on the suburb, residents said.", True),
    (CHEMICAL, "Dozens of people were treated after being exposed to sarin in the attack.", True),
    (CHEMICAL, "The minister published a statement on the inspectors' chemical weapons report.", False),
    (CLASH, "Two policemen were killed at a checkpoint outside the town on Sunday.", True),
    (CLASH, "Troops and rebels fought for control of the bridge overnight.", True),
    (CLASH, "A passer-by called the police and nobody was hurt.", False),
    (CLASH, "Riot police with shields lined the avenue leading to the palace on Saturday.", False),
    (TRANSFER, "Rebel fighters withdrew from the town overnight and handed it to local elders.", True),
    (TRANSFER, "The reporter pulled out of a book launch and went into hiding.", False),
    (NATURAL, "Heavy rains flooded hundreds of homes in the delta on Thursday.", True),
    (NATURAL, "Three people died when a landslide buried their house.", True),
    (NATURAL, "The city recorded 90 millimetres of rainfall in six hours on Wednesday.", False),
    (LOOTING, "Two ministers were accused of the looting of public funds meant for hospitals.", False),
    # an arrest needs someone taken or held; a trial, a verdict or a questioning alone is none (the guide)
    ("Strategic developments / Arrests", "Police detained three bloggers in Hanoi on Tuesday.", True),
    ("Strategic developments / Arrests", "The activist has been held without charge in Evin since May.", True),
    ("Strategic developments / Arrests", "Plainclothes officers picked the editor up at his home in Minsk.", True),
    ("Strategic developments / Arrests", "The blogger's trial in Hanoi lasted two hours and was held in an almost "
                                         "empty courtroom.", False),
    ("Strategic developments / Arrests", "A court in Minsk sentenced two reporters to three years on Friday.", False),
    ("Strategic developments / Arrests", "Several lawyers were questioned by intelligence officers about their "
                                         "clients last week.", False),
    # an abduction tells someone taken, held or missing
    (ABDUCTION, "The union organiser was eating with his family when two masked men entered his house and shot him.",
     False),
    (ABDUCTION, "Four armed men forced the student into a car and drove him to an unknown location.", True),
    (ABDUCTION, "The reporter has been missing since men in plain clothes came to his home on Saturday.", True),
])
def test_defining_element(label, text, told):
    ev = _event(label, text)
    assert (defining_told(ev) is not None) is told


def test_a_merged_report_that_tells_it_keeps_the_event():
    ev = _event(MOB, "Two men died in the village on Saturday.", 3)
    report = _event(MOB, "A mob attacked the two men accused of witchcraft.", 2)
    assert defining_told(ev, [ev, report]) is ev


def test_other_types_are_untouched():
    ev = _event("Violence against civilians / Attack", "A man was hit by a car and killed.")
    assert defining_told(ev) is ev


def test_tear_gas_shells_fired_are_a_protest_with_intervention():
    # tear gas shells are no artillery: force that disperses a crowd is the codebook's intervention
    police = ActorRef(name="Police Forces of Kenya", actor_type="state forces", inter=1, country="KE")
    ev = _event(SHELLING, "Police fired tear gas shells at the students outside the university on Tuesday.")
    ev = ev.model_copy(update={"actor1": police, "location": PlaceMention(text="Nairobi", start=0, end=7, name="Nairobi", level="populated place", country="KE")})
    out = defining_told(ev)
    assert (out.event_type, out.sub_event_type) == ("Protests", "Protest with intervention")
    assert out.actor1.name == "Protesters (Kenya)" and out.actor2.name == "Police Forces of Kenya"


def test_a_shelling_with_neither_artillery_nor_tear_gas_is_dropped():
    assert defining_told(_event(SHELLING, "Smoke rose from the burning tyres outside the depot on Tuesday.")) is None


def test_tear_gas_at_a_demonstration_already_coded_there_that_day_gives_no_second_one():
    where = PlaceMention(text="Nairobi", start=0, end=7, name="Nairobi", level="populated place", country="KE",
                         gazetteer_id="g:nairobi")
    day = DateValue(start="2024-03-05", end="2024-03-05", precision="day")
    march = _event("Protests / Peaceful protest", "Thousands of students marched through Nairobi on Tuesday.")
    march = march.model_copy(update={"location": where, "date": day})
    shells = _event(SHELLING, "Police fired tear gas shells at the students outside the university.", 1)
    shells = shells.model_copy(update={"location": where, "date": day})
    assert defining_told(shells, [shells], [march, shells]) is None


VIOLENT = "Riots / Violent demonstration"


def _placed(ev, iso):
    where = PlaceMention(text="Town", start=0, end=4, name="Town", level="populated place", country=iso)
    return ev.model_copy(update={"location": where})


def test_damage_by_no_crowd_is_property_destruction():
    """A riot needs demonstrators or a mob (the guide's Riots): property damaged by a doer told as no crowd is
    Strategic developments / Looting/property destruction, its unnamed doer an unidentified armed group."""
    rioters = ActorRef(name="Rioters (Kenya)", actor_type="rioters", inter=5, country="KE")
    ev = _placed(_event(VIOLENT, "Unknown men vandalised the offices of a local radio station in Kisumu overnight."), "KE")
    got = defining_told(ev.model_copy(update={"actor1": rioters}))
    assert got.sub_event_type == "Looting/property destruction"
    assert got.actor1.name == "Unidentified Armed Group (Kenya)"


@pytest.mark.parametrize("text", [
    "Protesters smashed the windows of the town hall in Kisumu on Friday.",  # demonstrators: a riot
    "Youths burned tyres and vandalised shops after the match in Kisumu.",  # a crowd of youths
    "Students set fire to two dormitories at a boys' school in Kisii on Monday night.",  # a body of students
    "Angry villagers torched the chief's office in Kakamega after a land dispute.",
    "Unknown men broke into the editor's house and beat him badly.",  # a person harmed: not mere damage
])
def test_riots_with_a_crowd_or_harm_keep_their_type(text):
    ev = _placed(_event(VIOLENT, text), "KE")
    assert defining_told(ev).sub_event_type == "Violent demonstration"
