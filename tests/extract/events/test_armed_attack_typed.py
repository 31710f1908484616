"""Short incident notes of an armed attack ("Insurgents attacked a police base in Helmand on Friday."), typed as
the codebook types violence, by doer and target (family.armed_attack_typed), not by the type the words lean to
(a base established, property destroyed, a claim)."""

import pytest

from sitroom.records import DocumentIn

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, row", [
    ("Insurgents attacked a police base in Helmand on Friday.",
     ("Armed clash", "Unidentified Armed Group (Afghanistan)", "Police Forces of Afghanistan")),
    ("Al-Shabaab militants attacked an African Union base in Lower Shabelle on Friday.",
     ("Armed clash", "Al-Shabaab", "African Union")),
    ("Al-Shabaab fighters attacked a police station in Mogadishu on Thursday.",
     ("Armed clash", "Al-Shabaab", "Police Forces of Somalia")),
    ("FARC dissidents attacked a police station in Cauca department on Sunday, wounding two officers.",
     ("Armed clash", "FARC", "Police Forces of Colombia")),
    ("Bandits attacked Kuriga in Kaduna State on Thursday.",
     ("Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")),
    ("Gunmen attacked a market in Maiduguri on Sunday.",
     ("Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")),
])
def test_an_armed_attack_is_typed_by_doer_and_target(pipeline, text, row):
    evs = pipeline.extract(DocumentIn(id="t", text=text, published="2021-06-10")).events
    assert [(e.sub_event_type, e.actor1.name, e.actor2.name) for e in evs] == [row]


@pytest.mark.parametrize("text, sub_event", [
    # a crowd's attack stays a riot; a base set up stays a base; property burnt stays its destruction
    ("Protesters attacked a police station in Kano on Monday.", "Violent demonstration"),
    ("The army set up a new base in Gwoza after militants attacked the town on Sunday.",
     "Headquarters or base established"),
])
def test_the_type_stands_when_its_own_element_is_told(pipeline, text, sub_event):
    evs = pipeline.extract(DocumentIn(id="t", text=text, published="2021-06-10")).events
    assert sub_event in [e.sub_event_type for e in evs]


@pytest.mark.parametrize("text, row", [
    # killings by armed men, whatever the typer's lean (a man-made disaster, mob violence): typed by doer and target
    ("Gunmen shot dead a pastor in Kaduna on Sunday.",
     ("Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", 1)),
    ("Suspected jihadists killed a village chief in Mopti region on Tuesday.",
     ("Attack", "Unidentified Armed Group (Mali)", "Civilians (Mali)", 1)),
    ("Gunmen killed two policemen at a checkpoint in Zamfara on Monday.",
     ("Armed clash", "Unidentified Armed Group (Nigeria)", "Police Forces of Nigeria", 2)),
    ("A soldier was killed by a sniper in Nad Ali district, Helmand, on Friday.",
     ("Armed clash", "Unidentified Armed Group (Afghanistan)", "Military Forces of Afghanistan", 1)),
])
def test_a_killing_by_armed_men_is_typed_by_doer_and_target(pipeline, text, row):
    evs = pipeline.extract(DocumentIn(id="t", text=text, published="2021-06-10")).events
    assert [(e.sub_event_type, e.actor1.name, e.actor2.name, e.fatalities) for e in evs] == [row]


@pytest.mark.parametrize("text, sub_event", [
    ("Soldiers set fire to more than 100 houses in Thantlang on Friday.", "Looting/property destruction"),
    ("Militants set fire to a school in Borno State on Tuesday.", "Looting/property destruction"),
    ("A bus crashed near Kaduna on Monday, killing 12 soldiers.", "Man-made disaster"),  # an accident stays one
])
def test_destruction_by_armed_men_and_accidents(pipeline, text, sub_event):
    evs = pipeline.extract(DocumentIn(id="t", text=text, published="2021-06-10")).events
    assert [e.sub_event_type for e in evs] == [sub_event]


@pytest.mark.parametrize("sentence", [
    "Gunmen killed at least 30 people in attacks on three villages in Kajuru local government area last week, "
    "according to residents.",
    "Gunmen killed at least 30 people in three villages in Kajuru on Sunday, residents told Reuters.",
])
def test_residents_named_as_a_source_are_no_mob(sentence):
    # probe 34c: "according to residents" was the mob's element, and the killing a Mob violence
    from sitroom.extract.events.family import armed_attack_typed

    assert armed_attack_typed("Riots / Mob violence", sentence, None, None) == "Violence against civilians / Attack"


def test_a_mob_of_residents_stays_a_mob():
    from sitroom.extract.events.family import armed_attack_typed

    sentence = "Angry residents killed two suspected thieves in Kajuru on Sunday, police said."
    assert armed_attack_typed("Riots / Mob violence", sentence, None, None) == "Riots / Mob violence"


@pytest.mark.parametrize("sentence, expected", [
    # beating, torture or flogging of people by armed men is the guide's Attack ("killing, shooting, beating,
    # torture of civilians"), not the property destruction or base the words leaned to
    ("Witnesses saw armed soldiers beating traders at the bus terminus in Bulawayo on Monday.",
     "Violence against civilians / Attack"),
    ("Militiamen flogged three farmers in the village square on Friday.", "Violence against civilians / Attack"),
    # with no armed doer, or property only, the type stands
    ("Traders were seen beating a suspected thief at the market on Monday.",
     "Strategic developments / Looting/property destruction"),
    ("Soldiers torched more than 40 houses in the village on Friday.",
     "Strategic developments / Looting/property destruction"),
    # a beat that is no beating of people
    ("Fighters were beating drums as they entered the town on Tuesday.",
     "Strategic developments / Looting/property destruction"),
    ("Gunmen whipped up the crowd before the shops were looted.", "Strategic developments / Looting/property destruction"),
])
def test_beating_by_armed_men_is_an_attack(sentence, expected):
    from sitroom.extract.events.family import armed_attack_typed

    assert armed_attack_typed("Strategic developments / Looting/property destruction", sentence, None, None) == expected


ABDUCTION = "Violence against civilians / Abduction/forced disappearance"


@pytest.mark.parametrize("sentence, sub_event", [
    # an assault that takes no one is an attack, whatever the typer leaned to
    ("The farmer says he was tending his cattle when soldiers assaulted him on Friday.", "Violence against civilians / Attack"),
    # an abduction told stays one
    ("Gunmen attacked the village on Friday and abducted eleven women.", ABDUCTION),
    ("Soldiers raided the house and took him away to an unknown place.", ABDUCTION),
])
def test_an_abduction_needs_someone_taken(sentence, sub_event):
    from sitroom.extract.events.family import armed_attack_typed

    assert armed_attack_typed(ABDUCTION, sentence, None, None) == sub_event
