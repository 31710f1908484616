"""ACLED's territory types follow who gains the place and whether it was fought over."""

import pytest

from sitroom.extract.events.taxonomy import GOV_REGAINS, NON_VIOLENT_TRANSFER as NON_VIOLENT, NSA_OVERTAKES
from sitroom.extract.events.territory import territory_type
from sitroom.records import ActorRef

ARMY_ML = ActorRef(name="Military Forces of Mali", inter=1, country="ML")
JNIM = ActorRef(name="JNIM", inter=2, country="ML")
RUSSIA = ActorRef(name="Military Forces of Russia", inter=1, country="RU")


def test_state_forces_taking_a_place_by_fighting_regain_it():
    s = "Malian troops retook Kidal from JNIM fighters on Saturday after two days of fighting."
    assert territory_type(NSA_OVERTAKES, s, ARMY_ML, "ML") == GOV_REGAINS


def test_a_non_state_group_taking_a_place_by_fighting_overtakes_it():
    s = "JNIM fighters stormed Kidal on Saturday and seized the town from the army."
    assert territory_type(GOV_REGAINS, s, JNIM, "ML") == NSA_OVERTAKES


def test_a_foreign_army_taking_a_town_is_not_the_government_regaining_it():
    s = "Russian forces captured the town of Avdiivka after months of fighting."
    assert territory_type(GOV_REGAINS, s, RUSSIA, "UA") == NSA_OVERTAKES


def test_a_place_taken_without_a_fight_is_a_non_violent_transfer():
    s = "JNIM fighters entered Kidal unopposed on Saturday after the army pulled out."
    assert territory_type(NSA_OVERTAKES, s, JNIM, "ML") == NON_VIOLENT
    s = "Soldiers abandoned the town and rebels took over without firing a shot."
    assert territory_type(NSA_OVERTAKES, s, JNIM, "ML") == NON_VIOLENT


def test_a_withdrawal_under_fire_is_still_a_battle():
    s = "The army withdrew from Kidal after heavy fighting with JNIM, which now holds the town."
    assert territory_type(NON_VIOLENT, s, JNIM, "ML") == NSA_OVERTAKES


def test_other_types_and_unknown_actors_are_left_alone():
    assert territory_type("Battles / Armed clash", "Troops clashed with JNIM.", ARMY_ML, "ML") == "Battles / Armed clash"
    assert territory_type(NSA_OVERTAKES, "The town fell after fierce fighting.", None, "ML") == NSA_OVERTAKES


@pytest.mark.slow
@pytest.mark.parametrize("text, sub_event", [
    # people taken, no place: an arrest by state forces
    ("A combined Afghan and coalition security force captured a Taliban leader during an operation in Nahr-e Saraj "
     "district, Helmand province, yesterday.", "Arrests"),
    ("Troops captured three Boko Haram commanders near Bama on Sunday.", "Arrests"),
    # a place taken stays a change of control
    ("Al-Shabaab captured the town of Bulo Burde on Monday.", "Non-state actor overtakes territory"),
])
def test_a_capture_of_people_is_no_change_of_control(pipeline, text, sub_event):
    from sitroom.records import DocumentIn

    [ev] = pipeline.extract(DocumentIn(id="t", text=text, published="2011-06-14")).events
    assert ev.sub_event_type == sub_event


def test_people_freed_are_no_change_of_control():
    # probe 34a (eastern DR Congo): a rescue was typed Non-state actor overtakes territory by Uganda's army
    from sitroom.extract.events.territory import territory_told

    rescue = ("BENI, Congo, Jan 19 (AP) - Congolese and Ugandan troops have freed 15 hostages held by the Allied "
              "Democratic Forces rebels in Ituri province, the Congolese army said on Friday.")
    assert not territory_told(NSA_OVERTAKES, rescue)
    assert not territory_told(GOV_REGAINS, "Police liberated 300 captives from a camp in the forest.")
    assert territory_told(GOV_REGAINS, "Troops liberated the town of Mambasa from ADF rebels on Wednesday.")
    assert territory_told(GOV_REGAINS, "The army freed the town from the rebels and freed 40 hostages.")


@pytest.mark.slow
@pytest.mark.parametrize("sentence, taken", [
    # a participle describing the thing taken: weapons or vehicles, not ground
    ("Jets destroyed six armoured vehicles and other weapons captured near the airbase of Tabqa.", False),
    ("Police recovered the rifles seized from the depot in Gao.", False),
    # the ground itself, described so, or taken by the verb
    ("Aid reached the villages captured by the army near Gao last week.", True),
    ("Rebels captured the town of Kidal on Monday.", True),
    ("Fighters seized the district centre of Garmsir on Sunday.", True),
])
def test_a_participle_names_what_was_taken(nlp, sentence, taken):
    from sitroom.extract.events.territory import is_not_territory

    doc = nlp(sentence)
    tok = next(t for t in doc if t.lower_ in ("captured", "seized"))
    assert is_not_territory(tok, "Battles / Non-state actor overtakes territory") is (not taken)
