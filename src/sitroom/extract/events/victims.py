"""Who the victims are decides between the families (rules.py, rule 2): people hors de combat are civilians,
violence against civilians needs unarmed victims, a battle two organised armed sides, and an armed actor's
killing of unarmed people is an attack rather than organised crime. The victims are read in the words that do
not name the doer (without_doer)."""

from __future__ import annotations

from ...lang.en.events.conventions import PEOPLE
from ...lang.en.events.family import ATTACK_VERB
from ...lang.en.events.rules import (
    ARMED,
    ARMED_VICTIMS,
    CIVILIAN_VICTIMS,
    CIVILIANS_TARGETED,
    CRIMINAL_VICTIMS,
    DOER_PHRASE,
    HORS_DE_COMBAT,
    KILLING,
    PASSIVE_BEFORE,
    REPELLED,
    SOURCE_PHRASE,
    STATE_TYPES,
    TWO_SIDED,
)
from .taxonomy import ARMED_INTER, ATTACK, CLASH, REMOTE_VIOLENCE


def hors_de_combat(label: str, sentence: str) -> str:
    """Rule 2: a killing of people hors de combat is an Attack on civilians, whatever it looked like."""
    if label.startswith(("Battles", REMOTE_VIOLENCE)) or label == ATTACK:
        if HORS_DE_COMBAT.search(sentence) and KILLING.search(sentence):
            return ATTACK
    return label


def armed_victims(label: str, sentence: str, actor2=None, actor1=None) -> str:
    """ACLED: violence against civilians needs unarmed victims. An armed group's attack on soldiers, police,
    militia members or their checkpoints, bases and patrols, or on militants, rebels or insurgents, is a
    Battles / Armed clash, even when only one side fired; victims hors de combat (rule 2) stay civilians.
    The armed words must name the victims, not the doer: "a farmer was shot and killed by police" stays an
    attack on a civilian, and so do journalists beaten in a police station. Those killed by a side that drove
    them off ("the army pushed them back and killed many of them") were attacking: a clash."""
    if label != ATTACK or HORS_DE_COMBAT.search(sentence):
        return label
    if _killed_when_repelled(sentence):
        return CLASH
    armed_target = actor2 is not None and (actor2.actor_type or "").lower().startswith(STATE_TYPES)
    if actor1 is not None and actor1.inter == 1 and actor2 is not None and actor2.inter in (2, 3):
        # state forces' act on the rebels or militia it names as the other side is a battle; the civilians the
        # sentence also names are those rescued or caught up ("freed 20 travellers and killed four gunmen")
        return CLASH
    victims = without_doer(sentence, actor1)
    verb = ATTACK_VERB.search(victims) if actor1 is None else None
    if verb is not None and not PASSIVE_BEFORE.search(victims[:verb.start()]):
        # no doer found: its words are those before an active verb ("Suspected jihadists killed a village chief");
        # before a passive one they are the victims' ("A soldier was killed by a sniper")
        victims = victims[verb.end():]
    if armed_target or ARMED_VICTIMS.search(victims) or ARMED.search(victims):
        if not CIVILIAN_VICTIMS.search(victims):
            return CLASH
    return label


def armed_fighting(sentence: str) -> bool:
    """Whether the sentence tells fighting (TWO_SIDED) and names armed people (ARMED): "Fighting between rival
    militias killed 10 people" is a battle, its dead those of the fighting."""
    return bool(TWO_SIDED.search(sentence)) and bool(ARMED.search(sentence))


def _killed_when_repelled(sentence: str) -> bool:
    """Whether the sentence tells a side driving attackers off and then the killing ("the troops repelled them and
    killed several of them", "repelled an attack ..., killing 15 assailants"), no civilians named: a killing told
    before the repelling ("Bandits killed a herder before vigilantes repelled them") is the attack's own."""
    m = REPELLED.search(sentence)
    return m is not None and bool(KILLING.search(sentence, m.end())) and not KILLING.search(sentence, 0, m.start()) \
        and not CIVILIAN_VICTIMS.search(sentence)


def civilian_victims(label: str, sentence: str, actor2=None, actor1=None) -> str:
    """ACLED: a battle needs two organised armed sides. An armed clash told as an armed group's act on
    civilians, with no armed target and no fighting ("Militants stormed a village, killing 11 farmers": no
    soldier, police or militia on the other side), is violence against civilians, an Attack. Civilians
    killed in fighting ("Two civilians were killed" after "Rival militias clashed") stay the battle's; civilians named
    as its target ("they ambushed travellers", "firing guns at communities") make it an attack, doer named or not."""
    if label != CLASH or (actor2 is not None and actor2.inter != 7) or TWO_SIDED.search(sentence):
        return label
    if actor1 is None and not ARMED.search(sentence) and not CIVILIANS_TARGETED.search(sentence):
        return label  # no doer told: the victims of the battle the report tells around them
    if CIVILIANS_TARGETED.search(sentence) and not ARMED_VICTIMS.search(without_doer(sentence, actor1)):
        return ATTACK  # "they ambushed travellers", "firing at communities": civilians are what the act was aimed at
    victims = without_doer(sentence, actor1)
    if (CIVILIAN_VICTIMS.search(victims) or PEOPLE.search(victims)) and not ARMED_VICTIMS.search(victims):
        return ATTACK  # "insurgents attacked the town of Palma, killing dozens of people"
    return label


ORGANISED_CRIME = "Crime / Organised crime"


def crime_on_civilians(label: str, sentence: str, actor2=None, actor1=None) -> str:
    """The guide: when one report fits two types, Violence against civilians wins over the extra types. A killing
    the typer read as organised crime, by an organised armed actor, of people who are neither armed nor
    criminals ("Bandits killed the traditional ruler of Gatawa in Sokoto state after holding him captive"), is an
    Attack; a gang war or a cartel's killing of a rival stays Organised crime."""
    if label != ORGANISED_CRIME or actor1 is None or actor1.inter not in ARMED_INTER:
        return label
    if actor2 is not None and actor2.inter != 7:
        return label
    victims = without_doer(sentence, actor1)
    if not KILLING.search(victims) or ARMED_VICTIMS.search(victims) or ARMED.search(victims):
        return label
    return label if CRIMINAL_VICTIMS.search(sentence) else ATTACK


def without_doer(sentence: str, actor1=None) -> str:
    """The words that can name the victims: the sentence without those naming the doer, actor1's own words
    and an agent phrase ("by the E-Crack Unit of the Rivers Police Command", "at the hands of the police"), nor
    its source (", police said", "according to security officials")."""
    if actor1 is not None and actor1.text:
        sentence = sentence.replace(actor1.text, " ")
    return SOURCE_PHRASE.sub(" ", DOER_PHRASE.sub(" ", sentence))
