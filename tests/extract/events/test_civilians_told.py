"""Rule 15 of the rule layer: violence against civilians must be told as an incident (civilians.py)."""

import pytest

from sitroom.extract.events.civilians import civilians_told, why_not_incident
from sitroom.extract.events.trigger_word import trigger_token
from sitroom.extract.events.rules import typed_fields
from sitroom.records import DateValue, Event, Evidence

ATTACK = "Violence against civilians / Attack"
ABDUCTION = "Violence against civilians / Abduction/forced disappearance"
SEXUAL = "Violence against civilians / Sexual violence"


@pytest.mark.parametrize("text, trigger, label, why", [
    # no harm done to people named
    ("Then on 31 October, a car that the lawyer had borrowed was smashed by security forces at dawn.", None, ATTACK,
     "no violence"),
    ("The head of forensics in the east of the city said residents felt duped.", None, ATTACK, "no violence"),
    # the grievance of a protest
    ("The prime minister protested to the military government over the kidnapping of the former minister.",
     "kidnapping", ABDUCTION, "protest cause"),
    # the offence of a charge or an arrest
    ("Two days after two men were arrested for armed robbery and kidnapping, the police arrested three more.",
     "kidnapping", ABDUCTION, "charge"),
    ("Police arrested two people in connection with the kidnapping and rape of a minor girl.", "rape", SEXUAL,
     "charge"),
    ("Two men were held on the charge of beating up a man who later attempted self-immolation.", "beating",
     ATTACK, "charge"),
    ("The guys that are implicated in kidnapping might be working with police accomplices.", "kidnapping", ABDUCTION,
     "charge"),
    # the content of an account
    ("Senior doctors tell harrowing stories of treating young men who have been victims of torture.", "torture",
     ATTACK, "account"),
    ("The agency published reports that militias kill villagers who refuse to pay them.", "kill", ATTACK, "account"),
    # ... unless the account tells one occasion: its own time, or a count of its victims (reported, not a subject)
    ("The UN said it was alarmed by reports that gunmen had killed at least 12 farmers near Jos earlier this week.",
     "killed", ATTACK, None),
    ("Witnesses gave accounts that soldiers shot dead two traders in the market on Saturday.", "shot", ATTACK, None),
    # a pattern of abuse
    ("Countless protesters have been beaten and tortured, and every day people are harassed.", "tortured", ATTACK,
     "pattern"),
    ("Scores of activists have fled the country, and dissidents in exile have been kidnapped or found dead.",
     "kidnapped", ABDUCTION, "pattern"),
    ("He has responded with a crackdown which some of those detained say includes torture and beatings.", "torture",
     ATTACK, "pattern"),
    ("Police have locked curfew violators in dog cages, used torture and beaten poor people protesting for food.",
     "torture", ATTACK, "pattern"),
    ("Haiti struggles with a spike in gang-related violence and kidnappings.", "kidnappings", ABDUCTION, "pattern"),
    # a kind of violence fought against
    ("The minister met organisations focused on supporting refugees and preventing sexual violence in conflict.",
     "sexual violence", SEXUAL, "kind of violence"),
    # who a person is
    ("Trump spoke of the parents of Kayla Mueller, an American aid worker who was kidnapped by the Islamic State.",
     "kidnapped", ABDUCTION, "person's background"),
    ("The governor consoled the family of the student that was killed during the attack.", "killed", ATTACK,
     "person's background"),
    ("The spokesperson was detained on Friday, along with three activists abducted by unidentified men earlier "
     "this year.", "abducted", ABDUCTION, "person's background"),
    # a suicide
    ("His family said that the young man had committed suicide with a single shot to the head.", None, ATTACK,
     "suicide"),
    ("A few hours before he took his life, he wrote that his suicide was aimed at seeking salvation.", None, ATTACK,
     "no violence"),
    # incidents, however told
    ("The journalists were taken to a police station, placed in separate cells and severely beaten with cables.",
     "beaten", ATTACK, None),
    ("A new addition to the list is a peasant organizer who went missing last Nov. 6.", "missing", ABDUCTION, None),
    ("In the same month, two women were rescued after being abducted by Chinese nationals in the city.", "abducted",
     ABDUCTION, None),
    ("The report described chop houses in the city where protesters kidnapped by fascists were tortured.",
     "tortured", ATTACK, None),
    ("One of the seminarians who was abducted from the seminary on January 8 remains at large.", "abducted",
     ABDUCTION, None),
    ("A businessman who was abducted outside a synagogue and held a week for ransom was rescued by police.",
     "abducted", ABDUCTION, None),
    ("The rebels refused to let planes land and evacuate 15 of its observers who were taken hostage.", "taken hostage",
     ABDUCTION, None),
    ("Security forces have tortured scores of refugees, whom authorities blame for a border conflict.", "tortured",
     ATTACK, None),
    ("The United States condemns today's terrorist attack on the camp that killed and injured camp residents.",
     "killed", ATTACK, None),
    ("Police arrested two men who kidnapped a girl in the market on Monday.", "kidnapped", ABDUCTION, None),
    ("The activist was arrested in a raid in which two people were killed.", "killed", ATTACK, None),
    ("Gunmen abducted five people in the village, amid increasing insecurity in the state.", "abducted", ABDUCTION,
     None),
    ("Three masked men pulled out knives and stabbed my friend repeatedly in front of me.", "stabbed", ATTACK, None),
    ("A girl committed suicide after she accused the officials who had detained her of sexual assault.",
     "sexual assault", SEXUAL, None),
    # the place named by the violence done in it
    ("A rights group said militias have set up torture sites in two districts of the city.", "torture", ATTACK,
     "place name"),
    ("The lecturer said he would stay away from the torture chambers of the university today.", "torture", ATTACK,
     "place name"),
    ("Soldiers tortured two students in a room of the university on Tuesday.", "tortured", ATTACK, None),
])
def test_what_tells_an_incident(nlp, text, trigger, label, why):
    span = nlp(text)[:]
    assert why_not_incident(trigger_token(span, trigger), span, label) == why


def _event(label, text, trigger=None, start=0):
    return Event(**typed_fields(label), confidence=0.9, date=DateValue(), trigger=trigger,
                 evidence=Evidence(sentence=0, start=start, end=start + len(text), text=text), extractor="t")


def test_an_event_is_dropped_unless_one_of_its_reports_tells_an_incident(nlp):
    charge = "Police arrested two people in connection with the kidnapping and rape of a minor girl."
    told = "Gunmen raped a girl in the village on Monday."
    doc = nlp(charge + " " + told)
    ev = _event(SEXUAL, charge, "rape")
    assert civilians_told(ev, doc, [ev]) is None
    # a merged report found by a word of the type keeps it; one the detector typed without such a word does not
    other = _event(SEXUAL, told, "raped", len(charge) + 1)
    assert civilians_told(ev, doc, [ev, other]) is ev
    assert civilians_told(ev, doc, [ev, _event(SEXUAL, told, None, len(charge) + 1)]) is None
    # other types pass
    arrest = _event("Strategic developments / Arrests", charge, "arrested")
    assert civilians_told(arrest, doc, [arrest]) is arrest


@pytest.mark.parametrize("text, typed", [
    # property destroyed and no one harmed: the guide's Looting/property destruction, not an attack
    ("Soldiers wrecked the printing press of the opposition weekly in Bujumbura on Sunday night.",
     "Strategic developments / Looting/property destruction"),
    ("The windows of the union's office in Minsk were smashed by plain-clothes officers on Friday.",
     "Strategic developments / Looting/property destruction"),
    # neither people harmed nor property destroyed: no event
    ("The head of the bar association said the lawyers felt let down by the court.", None),
])
def test_violence_told_only_against_property_is_property_destruction(nlp, text, typed):
    ev = _event(ATTACK, text)
    out = civilians_told(ev, nlp(text), [ev])
    assert (None if out is None else f"{out.event_type} / {out.sub_event_type}") == typed


def test_property_destroyed_beside_people_harmed_stays_an_attack(nlp):
    text = "Militiamen burned three shops and beat their owners in the market of Bunia on Monday."
    ev = _event(ATTACK, text, "beat")
    assert civilians_told(ev, nlp(text), [ev]) is ev


def test_a_sentence_already_coded_as_the_destruction_gives_no_second_one(nlp):
    text = "Villagers said their granaries were burned by the militia on Sunday."
    attack = _event(ATTACK, text)
    looting = _event("Strategic developments / Looting/property destruction", text, "burned")
    assert civilians_told(attack, nlp(text), [attack], [looting, attack]) is None


@pytest.mark.parametrize("text, word, practice", [
    # the act's own noun as the object of a perfect or present verb: a practice (the token check once never held)
    ("Security forces have used torture against detainees in the north.", "torture", True),
    ("The army has carried out abduction after abduction in the region.", "abduction", True),
    # a past-tense act with its own occasion stays an incident
    ("Police used torture on the two suspects in Kano on Monday.", "torture", False),
])
def test_the_acts_own_noun_as_object_of_a_practice(nlp, text, word, practice):
    from sitroom.extract.events.civilians import _bare_plural_victims

    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert _bare_plural_victims(tok) is practice
