"""Statements about demonstrations are not demonstrations; reports of people demonstrating are."""

import pytest

from sitroom.extract.events.reactions import act_reported, is_reaction_statement, is_talk_about_protest
from sitroom.extract.events.taxonomy import typed_fields
from sitroom.records import DateValue, DocumentIn, Event, Evidence

TALK = [
    "US Secretary of State Antony Blinken denounced the crackdown on protesters as abhorrent.",
    "The union is calling on workers to protest peacefully against the new labour law.",
    "By taking hostages, the authorities are demonstrating their determination to silence the press.",
    "Amnesty International condemned the use of tear gas against demonstrators in Baghdad.",
    # what is shown hung elsewhere by the parser, past the adverbs between
    "The union leader wrote that our members have demonstrated, once again, their clear opposition to the pay offer.",
]
PROTESTS = [
    "Thousands of protesters denounced the verdict outside the court in Dhaka on Monday.",
    "Hundreds of people demonstrated in Lagos on Tuesday against fuel prices.",
    "Security forces used stun grenades and tear gas to disperse the protesters in Yangon.",
    "Students called for the rector's resignation during a sit-in on the campus in Kampala on Friday.",
    # "demonstrated" followed by when, not by what is shown
    "Kurds demonstrated this week in Berlin against the offensive.",
    "Kurds demonstrated the whole day outside parliament.",
]


@pytest.mark.parametrize("sentence", TALK)
def test_reactions_and_appeals_are_talk(nlp, sentence):
    assert is_talk_about_protest(nlp(sentence)[:])


@pytest.mark.parametrize("sentence", PROTESTS)
def test_people_demonstrating_is_not_talk(nlp, sentence):
    assert not is_talk_about_protest(nlp(sentence)[:])


@pytest.mark.slow
def test_a_condemnation_yields_no_protest_event(pipeline):
    text = ("Police fired tear gas at hundreds of protesters in Yangon on Sunday, witnesses said. "
            "US Secretary of State Antony Blinken denounced the crackdown as abhorrent.")
    events = pipeline.extract(DocumentIn(id="r", text=text, published="2021-03-01")).events
    assert [e.evidence.sentence for e in events if e.event_type == "Protests"] == [0]


STATEMENTS = [
    "I am appalled by this latest brutal attack on a hospital in the north of the country.",
    "We are deeply concerned by reports of shelling around the town.",
    "\"On behalf of the government, I want to convey my deepest condolences to the families of the victims "
    "of Sunday's bombing,\" the minister said in a statement.",
    "The Foreign Minister welcomes the commission's report on the attack on the refugee camp.",
    "The teachers' union has endorsed the decision of the labour congress to hold a nationwide protest.",
    "We remain firmly committed to working with our partners to defeat terrorism in the region.",
    "Fire investigators from the state police were back at the burned warehouse on Friday.",
    "Health teams in the district were unable to investigate several reported deaths.",
]
ACTS = [
    "I welcome today's news that government forces recaptured the town of Ramadi from the militants.",
    "The United States strongly condemns the terrorist attack in Kabul today that killed 20 worshippers.",
    "Gunmen attacked a police station in Maiduguri on Monday, killing four officers, the army said.",
    "Police arrested three journalists in Harare on Friday, their lawyer said.",
    "Security fears swept across the city on Monday as police probed the bomb blast that hit a church.",
    "Officials from the Criminal Investigation Department arrested two suspects in Lagos on Sunday.",
    "Two of the kidnapped students remain missing, the school said.",
    "The town was shocked by a car bomb that killed ten people near the market.",
    "I am appalled by today's bombing of the hospital in Aleppo.",
]


@pytest.mark.parametrize("sentence", STATEMENTS)
def test_a_statement_of_feeling_or_approval_is_a_reaction(nlp, sentence):
    assert is_reaction_statement(nlp(sentence)[:])


@pytest.mark.parametrize("sentence", ACTS)
def test_a_report_of_the_act_is_no_reaction(nlp, sentence):
    assert not is_reaction_statement(nlp(sentence)[:])


def _event(label, start, end, text):
    return Event(**typed_fields(label), confidence=0.9, date=DateValue(), extractor="t",
                 evidence=Evidence(sentence=0, start=start, end=end, text=text))


def test_an_event_only_reacted_to_is_dropped_but_one_reported_stays(nlp):
    text = ("We extend our deepest condolences to the families of the victims. "
            "A suicide bomber killed 12 people at a market in Baghdad on Monday.")
    doc = nlp(text)
    k = text.index("A suicide")
    reaction = _event("Explosions/Remote violence / Suicide bomb", 0, k - 1, text[:k - 1])
    report = _event("Explosions/Remote violence / Suicide bomb", k, len(text), text[k:])
    assert act_reported(reaction, doc) is None
    assert act_reported(reaction, doc, [reaction, report]) is reaction


@pytest.mark.parametrize("sentence, care", [
    # probe 34a (Sudan): an MSF quote on a hospital's intake had become an attack of its own
    ("\"Our teams at the Southern Hospital received 130 wounded people,\" MSF said.", True),
    ("Doctors at the hospital treated 40 injured civilians overnight, the health ministry said.", True),
    ("Gunmen wounded 130 people at the Southern Hospital on Friday, MSF said.", False),
    ("The hospital received a shell on Friday that killed two patients, MSF said.", False),
])
def test_care_for_the_wounded_is_no_act(nlp, sentence, care):
    assert is_reaction_statement(nlp(sentence)[:]) is care


def test_what_an_inquiry_looks_into_is_a_mention_of_the_act(pipeline):
    """The abduction an investigation is opened (or not) into is the one told before, not a second one by police."""
    text = ("Gunmen abducted a student leader in Harare on Saturday. On Monday, police officers questioned him in "
            "hospital but did not open an investigation into his abduction.")
    evs = pipeline.extract(DocumentIn(id="t", published="2024-08-08", text=text)).events
    assert [e.sub_event_type for e in evs] == ["Abduction/forced disappearance"]
    assert evs[0].actor1.name == "Unidentified Armed Group (Zimbabwe)" and evs[0].date.start == "2024-08-03"


@pytest.mark.parametrize("sentence, word, reacted", [
    ("Prosecutors opened an investigation into the killing of the journalist.", "killing", True),
    ("The commission announced a probe into the abduction.", "abduction", True),
    ("Gunmen burst into the office and shot the guard.", "office", False),
])
def test_the_act_an_inquiry_looks_into(nlp, sentence, word, reacted):
    from sitroom.extract.events.reactions import is_reaction_to

    doc = nlp(sentence)
    assert is_reaction_to(next(t for t in doc if t.text == word)) is reacted


@pytest.mark.parametrize("sentence, condition", [
    ("He appeared exhausted and had bruises on his face and hands.", True),
    ("She was taken to a private hospital in Mutare, where doctors said she had a broken arm.", True),
    ("The lawyer had deep wounds on his back and legs.", True),
    # an act told with the state stays a report
    ("Seven people were taken to hospital after police beat them with batons in Gweru on Monday.", False),
    ("Soldiers beat the farmer and took him to a camp outside the town.", False),
    # the act told in a clause joined to it: the act stays
    ("Soldiers beat a journalist in Goma on Friday and he was taken to hospital with a broken arm.", False),
    ("Soldiers beat a journalist in Goma on Friday; he was taken to hospital with a broken arm, his employer said.",
     False),
])
def test_the_state_of_someone_hurt_is_no_act(nlp, sentence, condition):
    assert is_reaction_statement(nlp(sentence)[:]) is condition


def test_bruises_told_after_a_release_add_no_attack(pipeline):
    text = ("Gunmen released the abducted activist in Basra on Sunday. He appeared exhausted and had bruises on his "
            "face and hands, his brother said.")
    evs = pipeline.extract(DocumentIn(id="t", published="2024-10-14", text=text)).events
    assert "Attack" not in [e.sub_event_type for e in evs]


@pytest.mark.parametrize("sentence, word, named", [
    # the event word is the name a speaker gives to an act told elsewhere: a judgement, no report
    ("Foreign ministers have dubbed it in-flight kidnapping and sheer thuggery.", "kidnapping", True),
    ("Rights groups described it as an abduction.", "abduction", True),
    ("Residents called it a massacre.", "massacre", True),
    # the act itself, named and then judged, and calls with no name given, stay
    ("Police described the attack as a terrorist act.", "attack", False),
    ("The group called for the kidnapping of officials.", "kidnapping", False),
    ("Gunmen called the victims out of their homes and killed them.", "killed", False),
    # a second object joined by "as well as" is no name given to the first
    ("The bishop condemned the attack as well as the abduction of three priests.", "abduction", False),
    ("Rights groups described the raid as well as the killing of a student as unlawful.", "killing", False),
])
def test_a_name_given_to_an_act_is_no_report_of_it(nlp, sentence, word, named):
    from sitroom.extract.events.reactions import named_as

    assert named_as(next(t for t in nlp(sentence) if t.text == word)) is named
