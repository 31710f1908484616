"""A prevented attack or a seized cache is Disrupted weapons use, not the attack it prevented."""

import pytest

from sitroom.extract.events.disruption import DISRUPTED, disruption_type

IED = "Explosions/Remote violence / Remote explosive/landmine/IED"
SHELLING = "Explosions/Remote violence / Shelling/artillery/missile attack"
AIR = "Explosions/Remote violence / Air/drone strike"


@pytest.mark.parametrize("label, sentence", [
    (IED, "A bomb disposal team defused a roadside bomb planted near the market in Kandahar on Monday."),
    (IED, "A controlled explosion was carried out on a roadside bomb found by a patrol in Arauca."),
    (IED, "The army rendered safe a car packed with explosives left on the highway near Lashio."),
    (SHELLING, "Air defences intercepted two missiles fired at the city of Dnipro overnight."),
    ("Crime / Organised crime", "Troops uncovered a weapons cache of the ELN in Tibu containing 31 assault rifles."),
    # an explosive that failed to go off: the attack did not happen
    (IED, "A parcel bomb left outside the mayor's office in Bremen on Tuesday failed to explode, police said."),
    (IED, "The device planted under a bridge near Jalalabad did not go off because its timer was faulty."),
])
def test_prevented_attacks_and_seized_caches(label, sentence):
    assert disruption_type(label, sentence) == DISRUPTED


@pytest.mark.parametrize("label, sentence", [
    (IED, "A roadside bomb went off near the market in Kandahar on Monday, killing four people."),
    (IED, "A second device exploded as the bomb squad tried to defuse it, wounding two officers."),
    (IED, "One of the two bombs failed to detonate, but the other killed three shoppers at the market in Quetta."),
    ("Crime / Organised crime", "Police arrested five smugglers and seized 40 rifles at a checkpoint near Gao."),
    ("Battles / Armed clash", "Troops clashed with rebels after seizing their weapons depot near Beni."),
    # a strike that hit the weapons attacked them: no disruption without an attack
    (AIR, "Near Kirkuk, two strikes destroyed an ISIL weapons cache and a tactical vehicle."),
    (SHELLING, "Government aircraft bombed an arms depot of the rebels outside Sirte on Sunday."),
])
def test_attacks_arrests_and_other_types_keep_their_label(label, sentence):
    assert disruption_type(label, sentence) == label
