"""The family a single stated fact decides, after the typer (family.py): the weapon, the crowd's own
violence, what the detained suffered; and arrests beside a protest that is not the one they broke up."""

import pytest

from sitroom.extract.events.family import (ABDUCTION, VIOLENT_DEMONSTRATION, custody_type, remote_means, strike_means,
                                           violent_crowd)
from sitroom.extract.events.rules import ARRESTS, ATTACK, CLASH, demonstration_type

IED = "Explosions/Remote violence / Remote explosive/landmine/IED"
SHELLING = "Explosions/Remote violence / Shelling/artillery/missile attack"
GRENADE = "Explosions/Remote violence / Grenade"
AIR = "Explosions/Remote violence / Air/drone strike"
PEACEFUL = "Protests / Peaceful protest"
INTERVENTION = "Protests / Protest with intervention"
LOOTING = "Strategic developments / Looting/property destruction"


@pytest.mark.parametrize("label, sentence, weapon", [
    (ATTACK, "A roadside bomb killed four farmers on the road to Gao on Monday.", IED),
    (ATTACK, "Two bombs killed three teachers and a guard outside a school in Peshawar.", IED),
    (ATTACK, "Mortar shells fired by the rebels killed five civilians in a market in Goma.", SHELLING),
    (ATTACK, "Gunmen threw a grenade into a bar in Juba, wounding six customers.", GRENADE),
    (CLASH, "Warplanes struck a convoy of the militants near Idlib, killing 12.", AIR),
    (ATTACK, "The Air Force targeted the commanders of the group and killed several of them near Kukawa.", AIR),
])
def test_a_remote_weapon_decides_explosions(label, sentence, weapon):
    assert remote_means(label, sentence) == weapon


@pytest.mark.parametrize("label, sentence", [
    (IED, "Near Tikrit, one strike destroyed a VBIED factory and two car bombs."),
    (SHELLING, "Near Raqqa, four strikes engaged two ISIL units; destroyed three mortar systems and a rocket launcher."),
    (SHELLING, "Coalition air strikes hit artillery positions of the group west of Mosul."),
    # a state's military that "bombed" a village bombed it from the air, not with a planted device
    (IED, "Myanmar's military bombed a village in Magway region on Friday, killing nine farmers."),
    (IED, "Sudanese army jets bombed a market in Nyala on Sunday."),
    # told in the passive: the weapons were destroyed in (or by) the strike
    (SHELLING, "Two rocket launchers and a mortar tube were also destroyed in the strike."),
    (SHELLING, "An artillery battery of the militia was hit by an airstrike near Sirte."),
])
def test_strikes_that_hit_weapons_are_an_air_strike(label, sentence):
    assert strike_means(label, sentence) == AIR


@pytest.mark.parametrize("label, sentence", [
    (SHELLING, "Attack helicopters fired rockets at a militia office in the port town on Sunday."),
    (SHELLING, "The air force launched raids on two towns, with a missile strike on a police post."),
])
def test_missiles_fired_by_an_air_arm_are_an_air_strike(label, sentence):
    assert strike_means(label, sentence) == AIR


@pytest.mark.parametrize("label, sentence", [
    (SHELLING, "Tanks fired missiles at the house while warplanes circled overhead."),  # a ground weapon told
    (SHELLING, "Rebels fired rockets at the airport on Friday."),  # no air arm
])
def test_missiles_beside_a_ground_weapon_stay_shelling(label, sentence):
    assert strike_means(label, sentence) == label


@pytest.mark.parametrize("label, sentence", [
    (SHELLING, "A missile strike destroyed a fuel depot in Odesa overnight."),
    (SHELLING, "Artillery strikes hit the village of Kafr Nabl on Tuesday."),
    (SHELLING, "The fuel depot was destroyed by a missile strike overnight."),
    (IED, "A roadside bomb destroyed an army truck near Kandahar."),
    (IED, "Militants bombed a police station in Quetta on Saturday, killing three officers."),
    (ATTACK, "Near Tikrit, one strike destroyed a house, killing a family of five."),  # remote_means decides attacks
])
def test_other_explosions_keep_their_weapon(label, sentence):
    assert strike_means(label, sentence) == label


@pytest.mark.parametrize("label, sentence", [
    (ATTACK, "Gunmen shot dead four farmers on the road to Gao on Monday."),  # no remote weapon
    (ATTACK, "Militants executed two captured soldiers with a grenade launcher pointed at them."),  # hors de combat
    (CLASH, "Troops clashed with rebels near Idlib after an airstrike on their positions."),  # a ground battle
    (ARRESTS, "Police arrested three men suspected of planting a bomb in Kano."),  # not an attack
    (ATTACK, "The hijackers beat two passengers on board the aircraft at Beirut airport."),  # no air arm
])
def test_other_attacks_keep_their_type(label, sentence):
    assert remote_means(label, sentence) == label


@pytest.mark.parametrize("label, sentence", [
    (PEACEFUL, "Protesters threw stones at the town hall in Lyon and set two cars on fire."),
    (INTERVENTION, "Police fired tear gas after demonstrators smashed shop windows in the centre of Lima."),
    (LOOTING, "A police post was torched by protesters in Kisumu on Tuesday."),
    (PEACEFUL, "Hundreds of marchers clashed with riot police outside parliament in Nairobi."),
    # either order of the clash's sides (the guide's Violent demonstration: "demonstrators ... clash")
    (PEACEFUL, "Running clashes between police and protesters lasted into the night near the campus in Quito."),
    (INTERVENTION, "Fierce clashes between riot police and student demonstrators broke out outside the ministry."),
    (INTERVENTION, "Five people were hurt when the police clashed with stone-throwing demonstrators in Hebron."),
])
def test_a_crowd_that_turns_violent_is_a_riot(label, sentence):
    assert violent_crowd(label, sentence) == VIOLENT_DEMONSTRATION


@pytest.mark.parametrize("label, sentence", [
    (PEACEFUL, "Thousands of protesters marched peacefully through Lyon on Saturday."),
    (INTERVENTION, "Police fired tear gas to disperse demonstrators in the centre of Lima."),
    (LOOTING, "Soldiers burned down houses in the village of Kuki."),  # no crowd: property destruction
    (PEACEFUL, "A teacher set himself on fire outside the ministry in protest at unpaid wages."),
    # police fighting gunmen near a protest: no clash of the crowd's own
    (PEACEFUL, "Protesters marched in Lima as clashes between police and gunmen went on in the hills."),
    (PEACEFUL, "Protesters marched in Lima while police clashed with smugglers near the border."),
    ("Protests / Excessive force against protesters", "Police shot dead two protesters who threw stones in Lima."),
])
def test_calm_or_other_demonstrations_keep_their_type(label, sentence):
    assert violent_crowd(label, sentence) == label


@pytest.mark.parametrize("sentence, expected", [
    ("The activist was arrested at his home and held incommunicado for nine days.", ABDUCTION),
    ("Security agents detained the blogger and took him to an undisclosed location.", ABDUCTION),
    ("Police detained the union leader on Monday, and his whereabouts remain unknown.", ABDUCTION),
    ("The reporters were detained at a checkpoint and beaten with rifle butts.", ATTACK),
    ("Soldiers arrested the student and tortured him at the barracks.", ATTACK),
    # the detained killed: the worst they suffered, whatever else is told of them
    ("Witnesses said the farmers were detained by soldiers, some went missing and three were later executed.", ATTACK),
    ("The trader was arrested by the anti-robbery squad on Friday and died in police custody two days later.", ATTACK),
    ("Soldiers rounded up the herders at dawn; two of them were later shot dead behind the school.", ATTACK),
])
def test_what_the_detained_suffered_decides(sentence, expected):
    assert custody_type(ARRESTS, sentence) == expected


@pytest.mark.parametrize("label, sentence", [
    (ARRESTS, "Police arrested the opposition spokesman at his home in Harare on Friday."),
    (ARRESTS, "He was detained on Monday but was not beaten, his lawyer said."),
    (ARRESTS, "A man was arrested and charged in connection with the abduction of a girl."),  # a charge
    (ARRESTS, "Two men were arrested after a shopkeeper was killed in a robbery in the market."),  # the offence
    (ARRESTS, "He was arrested for the murder of a trader who was beaten to death last week."),  # the offence
    # killed in the fighting the arrest came out of, not in custody
    (ARRESTS, "Police arrested four gang members in Kano after a gunfight; two of them were shot dead."),
    (ARRESTS, "Police detained 15 suspects after a shootout in which three were shot dead."),
    (ATTACK, "Gunmen abducted two traders and took them to an unknown location."),  # not an arrest
])
def test_plain_arrests_and_other_types_keep_their_type(label, sentence):
    assert custody_type(label, sentence) == label


@pytest.mark.parametrize("sentence", [
    "Police arrested 40 demonstrators during the rally outside parliament on Sunday.",
    "The journalist was detained while covering the protest in Minsk.",
    # a general strike called by parties or unions is a protest: its arrests are the protest's
    "Police detained dozens of party workers during the bandh in Patna on Monday.",
    "Officers detain union members during a day-long shut-down called by transport unions in Dhaka.",
    # arrested for taking part in a protest told by its article: the one the arrest broke up
    "Police detained 25 people in Almaty on Saturday for taking part in an unsanctioned rally.",
    "Officers arrested a dozen students for joining the sit-in outside the ministry.",
    # people told as a gathering by the clause that names them
    "On Friday, police in Gomel detained 15 people who had gathered outside the court to support the defendants.",
    "Riot police beat and arrested dozens of residents on Monday who marched to the governor's office in Kisumu.",
])
def test_arrests_at_a_protest_are_the_protest(sentence):
    assert demonstration_type(ARRESTS, sentence) == INTERVENTION


@pytest.mark.parametrize("sentence", [
    # people gathered for something else than a protest: the arrest is no protest's intervention
    "Police in Jinja on Sunday arrested 30 people who had gathered for a wedding in defiance of a ban on gatherings.",
    "Officers detained 14 men who gathered to watch a football match at a bar in Mombasa.",
])
def test_a_gathering_of_another_kind_is_no_crowd(sentence):
    assert demonstration_type(ARRESTS, sentence) == ARRESTS


@pytest.mark.parametrize("sentence", [
    "The novelist was arrested on Friday in a crackdown ahead of planned anti-government demonstrations.",
    "Five activists were detained for attempting to stage a protest against the election results.",
    "Masked men detained the protest leader in central Minsk on Monday.",
    "She was detained outside her home, months after the January protests.",
    # the protest named as the offence of others, or of the arrested, is no protest the arrest broke up
    "The editor was detained on Tuesday over an article criticising the jailing of students for taking part in "
    "last year's protests.",
    "Police arrested the union secretary at his office for his role in the March demonstrations.",
    "Police detained two bloggers during the internet shutdown in the region.",
    # a shutdown the government called is no strike
    "Police detained 30 traders who opened their shops during a shutdown called by the government in Srinagar.",
])
def test_arrests_beside_another_protest_stay_arrests(sentence):
    assert demonstration_type(ARRESTS, sentence) == ARRESTS


@pytest.mark.parametrize("sentence", [
    "Police said two men were arrested for armed robbery and kidnapping in Yenagoa on Sunday.",
    "A local chief has been detained by the police for alleged kidnap and murder.",
])
def test_an_arrest_for_a_kidnapping_is_the_arrest(sentence):
    assert custody_type(ABDUCTION, sentence) == ARRESTS


@pytest.mark.parametrize("sentence", [
    "Gunmen kidnapped two aid workers on the road to Maiduguri on Sunday.",
    "The spokesman was detained on Friday, along with three activists abducted by unidentified men this week.",
])
def test_abductions_stay_abductions(sentence):
    assert custody_type(ABDUCTION, sentence) == ABDUCTION


def _armed(name, inter):
    from sitroom.records import ActorRef
    return ActorRef(name=name, text=name, inter=inter, country="SY")


@pytest.mark.parametrize("sentence, actor1, expected", [
    # goods an armed group took, no place: looting
    ("The militants seized four armoured vehicles and a stock of ammunition from the depot near Deir ez-Zor.",
     _armed("Islamic State", 2), "Strategic developments / Looting/property destruction"),
    ("Fighters of the group carted off food supplies from the aid warehouse in Idlib on Monday.",
     _armed("Hayat Tahrir al-Sham", 2), "Strategic developments / Looting/property destruction"),
    # a place taken too: the territory stands; the state's seizure is left to its words
    ("The militants seized the town of Mayadin and captured weapons left by the army.",
     _armed("Islamic State", 2), "Battles / Non-state actor overtakes territory"),
    ("Troops seized a truck of weapons at a checkpoint near Homs.", _armed("Military Forces of Syria", 1),
     "Battles / Non-state actor overtakes territory"),
    # a rising: nothing taken
    ("Hundreds of militiamen took up arms against the army in the hills near Hama.", _armed("Islamic State", 2),
     "Battles / Non-state actor overtakes territory"),
])
def test_goods_taken_by_an_armed_group_are_looting(sentence, actor1, expected):
    from sitroom.extract.events.family import goods_taken

    assert goods_taken("Battles / Non-state actor overtakes territory", sentence, actor1) == expected
