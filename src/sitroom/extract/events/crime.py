"""Rules 7 and 9 of rules.py: ordinary crime and judicial executions are not coded (the guide's decisions v1.1 and
v1.2: "crimes by individuals or pairs with no organised group are not coded, even when violent: sprees,
family killings, single robberies"; "judicial executions after a trial: not coded").

Who and why decide, not the act: a stabbing at a party, an abducted toddler or a jogger's kidnapper are
violence against civilians in form, but ACLED codes political violence. A report is ordinary crime when
its story is a criminal case (police and court words: suspect, charged with, homicide, sheriff, Amber
Alert) with nothing political, armed or repressive in it (no activist, journalist, protester or rights
defender as victim, no armed group, gang, soldiers or crackdown), and its own sentence names no organised
doer (a gang, a band of kidnappers) and no violence by the police. Arrests are rule 7's
(is_ordinary_crime_arrest), read by the offence the report names, not by the story: the corpus codes the arrest of a
killer's suspect as often as not.
"""

from __future__ import annotations

from typing import Optional

from ...lang.en.events.crime import (
    CONFLICT_CONTEXT,
    CRIME_HARM,
    CRIMINAL_CASE,
    CROWD_DOER,
    EXECUTED_THING,
    EXECUTION,
    EXTRAJUDICIAL,
    FAMILY_DOER,
    HARM_BEFORE_DEATH,
    JUDICIAL,
    NATURAL_DEATH,
    ORGANISED_DOER,
    POLICE_DOER,
)
from ...lang.en.events.rules import ARMED
from ...lang.en.events.arrests import ORDINARY_OFFENCE, POLITICAL_ARREST
from .taxonomy import ABDUCTION, ARRESTS, ATTACK, CLASH, DISASTERS, MOB_VIOLENCE, SEXUAL_VIOLENCE
from .conventions import is_unidentified

# The violent types a lone criminal's act is typed as: violence against civilians, a shootout with the
# police, a knife attack typed as mob violence.
CRIME_TYPES = frozenset({ATTACK, ABDUCTION,
                         SEXUAL_VIOLENCE, CLASH,
                         MOB_VIOLENCE})
# Different words of a criminal case a story needs (one "victim" is no case).
CASE_WORDS = 2


def is_crime_story(text: str) -> bool:
    """Whether a document tells a criminal case and nothing political, armed or repressive."""
    case = {m.group(0).lower() for m in CRIMINAL_CASE.finditer(text)}
    return len(case) >= CASE_WORDS and not CONFLICT_CONTEXT.search(text)


def is_ordinary_crime(label: str, sentence: str, actor1=None, crime_story: bool = False,
                      cue_label: Optional[str] = None) -> bool:
    """Rule 9: a violent report in a crime story (is_crime_story) whose doer is a private person, not an
    organised group or the police: the sentence names no armed group or band of doers and no police
    violence, and actor1 is no known armed or political actor (the conventional "Unidentified Armed
    Group", a person kept as written, civilians or state forces that only found or arrested). A crime's
    harm typed as a disaster ("a stabbing spree left two dead") is no disaster either, unless a disaster
    word of its own (``cue_label``: the cue that typed it) tells one. A family killing (the doer the
    victim's relative or partner) is ordinary crime in any story. A death of illness (natural_death) is no
    violence at all, in any story."""
    if natural_death(label, sentence):
        return True
    if (label in CRIME_TYPES and FAMILY_DOER.search(sentence) and not ARMED.search(sentence)
            and not POLICE_DOER.search(sentence) and _no_armed_actor(actor1)):
        return True  # a family killing: "was reportedly killed by her brother", in any story
    if not crime_story:
        return False
    if label.startswith(f"{DISASTERS} /"):
        return not (cue_label or "").startswith(f"{DISASTERS} /") and bool(CRIME_HARM.search(sentence))
    if label not in CRIME_TYPES:
        return False
    if (ARMED.search(sentence) or ORGANISED_DOER.search(sentence) or POLICE_DOER.search(sentence)
            or CROWD_DOER.search(sentence)):
        return False  # an armed group, a band, the police or a mob did it
    return _no_armed_actor(actor1)


def _no_armed_actor(actor1) -> bool:
    """actor1 is no known armed or political actor: the conventional "Unidentified Armed Group", a person
    kept as written, rioters or civilians, or state forces (POLICE_DOER says when they were the doers:
    otherwise they found the victim or made the arrest)."""
    return actor1 is None or is_unidentified(actor1) or actor1.inter in (None, 1, 5, 7)


def is_uncoded_execution(label: str, sentence: str, actor1: Optional[object] = None) -> bool:
    """Rule 9: an Attack told only by an execution that is judicial (a court's sentence, or a state's
    hangings: "Iran hanged a man for murder, the judiciary said", "Egypt executed 57 people") or that is
    no killing ("executed five search warrants"). Summary executions, executions by armed groups, and
    killings told with other violence stay attacks."""
    if label != ATTACK or not EXECUTION.search(sentence) and not EXECUTED_THING.search(sentence):
        return False
    if EXECUTED_THING.search(sentence):
        return not EXECUTION.search(EXECUTED_THING.sub(" ", sentence))
    if EXTRAJUDICIAL.search(sentence) or ARMED.search(sentence):
        return False
    government = actor1 is not None and actor1.name.startswith("Government of")
    return bool(JUDICIAL.search(sentence)) or government


def natural_death(label: str, sentence: str) -> bool:
    """A violent type told only by a death of illness or old age ("Opposition activist Jean Mbemba died of a
    heart attack in a Kinshasa jail on Saturday"): no one's violence, in custody or not, unless the report tells
    harm done before it or care withheld ("died of his injuries after being beaten", "denied treatment")."""
    return (label in CRIME_TYPES and bool(NATURAL_DEATH.search(sentence))
            and not HARM_BEFORE_DEATH.search(NATURAL_DEATH.sub(" ", sentence)))


def is_ordinary_crime_arrest(label: str, sentence: str) -> bool:
    """Rule 7: an arrest for an ordinary crime ("was arrested Friday on DWI and other charges", "arrested for
    assaulting his wife", "arrested three teenagers in relation to bushfires") is police work, not an event ACLED
    codes; an arrest of activists, journalists, opposition figures, protesters, armed groups or gangs, or one for
    sedition, terrorism or kidnapping, is."""
    return label == ARRESTS and bool(ORDINARY_OFFENCE.search(sentence)) and not POLITICAL_ARREST.search(sentence)
