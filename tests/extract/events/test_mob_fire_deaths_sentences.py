"""Misfires a fresh reviewer (review48) found by writing news sentences of his own across ACLED's types and
running them through the extractor as a user would. Every sentence here is the reviewer's own (none from the
corpus); each group has sentences the rule must get right and sentences where it must not fire."""

import pytest

from sitroom.extract.events import crime
from sitroom.extract.events.counts import count
from sitroom.extract.events.disasters import accident_told, disaster_told
from sitroom.lang.en.events.disasters import MAN_MADE
from sitroom.records import ActorRef


# Deaths told with a person's noun the count did not know (a governor, a detainee, a prisoner), a killing by hand
# told with the passive ("was tortured to death"), and the dead after "to death" ("beat to death two men").
@pytest.mark.parametrize("text, n", [
    ("Unidentified gunmen shot dead a district governor in Nangarhar province on Wednesday.", 1),
    ("A detainee was tortured to death in a police station in Cairo on Friday.", 1),
    ("A prisoner was hacked to death by fellow inmates in Kigali on Sunday.", 1),
    ("A mob beat to death two men suspected of cattle theft in the village of Kagoro on Monday.", 2),
    ("Villagers stoned to death three suspected witches near Kisii.", 3),
    ("A mob beat two men to death in Kagoro.", 2),
])
def test_deaths_by_hand_and_of_officials_are_counted(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text", [
    "The boy was beaten to death 3 years ago, his mother told the court.",  # a time, no count
    "The governor was briefed about the attack on Tuesday.",  # no death
    "A minister was attacked but escaped unhurt.",
])
def test_no_count_without_the_dead(text):
    assert count("fatalities", text) is None


# A mob's act is no lone criminal's, in a story told with police words ("accused", "police said").

MOB = "Riots / Mob violence"
ATTACK = "Violence against civilians / Attack"
RIOTERS = ActorRef(name="Rioters (Pakistan)", actor_type="rioters", inter=5)
UNKNOWN = ActorRef(name="Unidentified Armed Group (Kenya)", actor_type="political militia", inter=3)


@pytest.mark.parametrize("label, text", [
    (MOB, "A mob lynched a man accused of blasphemy in the Pakistani town of Sargodha on Sunday, police said."),
    (MOB, "A man accused of theft was beaten to death by a mob in Kisumu on Friday, police said."),
    (MOB, "A crowd of angry residents stoned two suspected kidnappers in Jos on Tuesday."),
    (ATTACK, "Vigilantes beat a suspected thief in Aba on Monday, police said."),
])
def test_a_crowd_doer_is_no_ordinary_crime(label, text):
    assert not crime.is_ordinary_crime(label, text, RIOTERS, True)


@pytest.mark.parametrize("text", [
    "A man drove his car into a crowd in Kisumu on Friday, police said; the suspect was charged with murder.",
    "A suspect stabbed a woman outside a crowded bar, police said.",
])
def test_a_crowd_as_target_leaves_a_crime_story_a_crime(text):
    assert crime.is_ordinary_crime(ATTACK, text, UNKNOWN, True)


# A man named Lynch, or the Mafia ("a mob hitman"), is no crowd (reread48's own sentences).
@pytest.mark.parametrize("text", [
    "Police spokesman Tom Lynch said the man was stabbed outside a bar; a suspect was charged with murder.",
    "The accountant was shot dead by a mob hitman outside his home in Chicago, police said.",
])
def test_a_name_or_the_mafia_is_no_crowd_doer(text):
    assert crime.is_ordinary_crime(ATTACK, text, UNKNOWN, True)


def test_a_threat_to_lynch_is_a_crowd_doer():
    assert not crime.is_ordinary_crime(ATTACK, "Residents tried to lynch a suspected thief in Aba, police said.",
                                       RIOTERS, True)


# A fire at a place ("A fire at a garment factory ...") is a fire; fire opened or returned at someone is not. An
# explosion at an industrial site with no bomb or armed doer is an industrial accident.

MAN_MADE_DISASTER = "Disasters / Man-made disaster"
IED = "Explosions/Remote violence / Remote explosive/landmine/IED"


@pytest.mark.parametrize("text", [
    "A fire at a garment factory in Dhaka killed 17 workers on Monday.",
    "Nine students died in a fire at a hostel in Lagos overnight.",
    "A huge fire on the third floor of a hotel in Hanoi killed 14 guests on Sunday.",
])
def test_a_fire_at_a_place_is_a_man_made_disaster(text):
    assert MAN_MADE.search(text)
    assert disaster_told(MAN_MADE_DISASTER, text) == MAN_MADE_DISASTER


@pytest.mark.parametrize("text", [
    "The troops returned the fire at the attackers near Mopti on Sunday.",
    "Gunmen opened fire on a minibus near Kaduna on Monday, killing four.",
    "A patrol came under fire at a checkpoint near Gao.",
])
def test_fire_aimed_at_someone_is_no_fire(text):
    assert not MAN_MADE.search(text)


# "a fire at <a place>" set by someone is arson, no disaster; a fire that broke out stays one, and "set up" or
# "set off" is no setting of a fire (reread48's own sentences).
@pytest.mark.parametrize("text, told", [
    ("Protesters set a fire at the gate of the embassy in Baghdad on Tuesday.", None),
    ("Someone set a small fire on the porch of the mosque in Leeds, police said.", None),
    ("A man sets fire to a shop in Kano every year.", None),
    ("The town set up a fire brigade after a fire at a market killed three traders.", MAN_MADE_DISASTER),
    ("The blaze set off alarms at a hotel in Hanoi, where a fire on the third floor killed 14.", MAN_MADE_DISASTER),
])
def test_a_fire_set_at_a_place_is_arson(text, told):
    assert disaster_told(MAN_MADE_DISASTER, text) == told


@pytest.mark.parametrize("text", [
    "An explosion at a chemical plant in Gujarat killed nine workers on Tuesday.",
    "A blast ripped through a fireworks factory near Sivakasi on Saturday, killing six.",
    "Two miners died when an explosion hit a coal mine in Zonguldak on Friday.",
])
def test_an_explosion_at_an_industrial_site_is_an_accident(text):
    assert accident_told(IED, text) == MAN_MADE_DISASTER


@pytest.mark.parametrize("text", [
    "A bomb exploded at a cement factory in Quetta on Sunday, killing two workers.",
    "Militants blew up a gas pipeline in North Sinai on Monday.",
    "An explosion at a police station in Quetta killed two officers on Sunday.",
])
def test_an_explosion_with_a_bomb_or_a_doer_or_elsewhere_stays_remote_violence(text):
    assert accident_told(IED, text) == IED


# The site must be the place's own noun: not a name after "of", mines a field is littered with, a land mine, or a
# pipeline (its sabotage is an act of war). (reread48's own sentences.)
@pytest.mark.parametrize("text", [
    "An explosion at the home of John Mills in Belfast killed two people on Sunday.",
    "An explosion in an area littered with mines killed three children near Kandahar.",
    "Two soldiers were killed when a blast hit a land mine clearance team near Kassala.",
    "An explosion hit an oil pipeline in Marib on Monday, cutting supplies to the capital.",
])
def test_an_explosion_near_no_industrial_site_stays_remote_violence(text):
    assert accident_told(IED, text) == IED


# The dead of a disaster, told by a killing verb after it, are its toll, not a second event of violence
# against civilians; a killing by armed men beside a disaster stays an event of its own.
def _labels(pipeline, text, published="2024-03-14"):
    from sitroom.records import DocumentIn
    evs = pipeline.extract(DocumentIn(id="t", text=text, published=published)).events
    return [f"{e.event_type} / {e.sub_event_type}" for e in evs]


@pytest.mark.slow
@pytest.mark.parametrize("text, label", [
    ("A fire swept through a crowded market in Kano on Sunday night, killing four traders.", MAN_MADE_DISASTER),
    ("Floods swept through villages in Sylhet district of Bangladesh on Tuesday, killing eight people.",
     "Disasters / Natural disaster"),
    ("A fire at a garment factory in Dhaka killed 17 workers on Monday.", MAN_MADE_DISASTER),
])
def test_a_disaster_toll_is_no_attack(pipeline, text, label):
    labels = _labels(pipeline, text)
    assert label in labels
    assert not any(x.startswith("Violence against civilians") for x in labels)


# A fire set on purpose is arson, no disaster (disaster_told drops it): the killing beside it is no disaster's
# toll and stays its own event (reread48's own sentences).
@pytest.mark.parametrize("text, toll", [
    ("A fire swept through a crowded market in Kano on Sunday night, killing four traders.", True),
    ("Herders set fire to houses in Bokkos on Sunday, killing 12 villagers.", False),
    ("Youths torched a mosque in Jos, killing two worshippers.", False),
    ("Gunmen burnt down a market in Kano, killing four traders.", False),
])
def test_a_fire_set_on_purpose_has_no_disaster_toll(text, toll):
    from sitroom.extract.events.triggers import _toll_of_disaster
    assert _toll_of_disaster("Disasters", ATTACK, text) is toll


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Gunmen shot dead four traders at a market in Kano on Sunday night, police said.",
    "Gunmen stormed a crowded market in Kano on Sunday night, killing four traders.",
])
def test_a_killing_without_a_disaster_stays_an_attack(pipeline, text):
    assert any(x.startswith("Violence against civilians") for x in _labels(pipeline, text))

