"""The claims extractor on short reports: speakers, kinds, quotes, quantities, deadlines."""

import pytest

pytestmark = pytest.mark.slow  # loads spaCy and the gazetteer


def _one(claims, kind):
    found = [c for c in claims if c.kind == kind]
    assert found, f"no {kind} claim in {[(c.kind, c.quote.text) for c in claims]}"
    return found[0]


def test_spokesman_commitment_with_deadline(claims_of):
    text = ("Taliban spokesman Zabihullah Mujahid said the group's militants would not attack provincial "
            "capitals until September 11.")
    c = _one(claims_of(text), "commitment")
    assert c.speaker.name == "Zabihullah Mujahid"
    assert c.speaker.role == "spokesman" and c.speaker.organisation == "Taliban"
    assert c.quote.text == "the group's militants would not attack provincial capitals until September 11"
    assert text[c.quote.start:c.quote.end] == c.quote.text
    assert c.deadline.end == "2021-09-11"
    assert c.modality == "claimed"
    assert c.extractor.split("@")[0] == "sitroom.claims.v1"


def test_capital_speaks_for_its_government(claims_of):
    claims = claims_of("Washington assures that the withdrawal of troops does not mean the end of assistance.")
    assert claims[0].speaker.name == "Government of the United States"


def test_pronoun_speaker_is_the_last_person_named(claims_of):
    text = ("Donald Trump spoke at a conference in Dallas on July 11. "
            "He accused President Joe Biden of leaving billions of dollars worth of weapons in Afghanistan.")
    c = _one(claims_of(text), "accusation")
    assert c.speaker.name == "Donald Trump"
    assert any(q.value == 1e9 and q.approximate for q in c.quantities)


def test_according_to_media_is_the_channel_of_a_quoted_request(claims_of):
    text = ("According to Russian media, the representative of the political office of the Taliban in Doha, "
            "Suheil Shaheen, claimed: \u201cWe asked the Russian authorities to lift the sanctions.\u201d")
    c = _one(claims_of(text), "request")
    assert c.speaker.name == "Suheil Shaheen"
    assert c.speaker.organisation == "Taliban"
    assert c.quote.text.startswith("We asked")
    assert c.modality == "claimed"
    assert "according to Russian media" in c.hedges


def test_aggregate_control_claim(claims_of):
    text = ("Representatives of the Taliban have already claimed that 174 areas, 85% of the territory of "
            "Afghanistan, had already passed under their control.")
    c = _one(claims_of(text), "territorial control")
    assert c.controller == "Taliban"
    assert c.speaker.organisation == "Taliban"
    assert [(q.value, q.unit) for q in c.quantities] == [(174, "areas"), (85, "percent")]
    assert [p.text for p in c.places] == ["Afghanistan"]
    assert c.modality == "claimed"


def test_author_control_claim_lists_places_and_controller(claims_of):
    text = "Currently, most areas of Kunduz, Takhar and Helmand provinces have been captured by the Taliban."
    c = _one(claims_of(text), "territorial control")
    assert c.speaker.name == "author" and c.modality == "asserted"
    assert c.controller == "Taliban"
    assert {p.text for p in c.places} == {"Kunduz", "Takhar", "Helmand"}
    assert not c.quote.text.startswith("Currently")


def test_a_capture_told_as_a_past_event_is_not_a_control_claim(claims_of):
    claims = claims_of("Taliban militants took control over Garmsir district yesterday.")
    assert not [c for c in claims if c.kind == "territorial control"]


def test_author_prediction_with_horizon(claims_of):
    c = _one(claims_of("It may be predicted that Kabul forces have not more than a month left."), "prediction")
    assert c.speaker.name == "author"
    assert c.quote.text == "Kabul forces have not more than a month left"
    assert (c.deadline.start, c.deadline.end) == ("2021-07-12", "2021-08-12")
    assert c.modality == "predicted" and "may" in c.hedges


def test_request_by_a_country(claims_of):
    text = "Afghanistan has called on European countries to stop deporting Afghan migrants over the next three months."
    c = _one(claims_of(text), "request")
    assert c.speaker.name == "Government of Afghanistan"
    assert c.deadline.end == "2021-10-12"
    assert c.modality == "asserted"


def test_denial(claims_of):
    text = "The Defence Ministry denied that its aircraft had struck the market in Idlib."
    c = _one(claims_of(text), "denial")
    assert c.modality == "denied" and c.stance == "negative"
    assert c.quote.text.startswith("its aircraft had struck")


def test_list_items_speak_with_the_voice_of_the_frame(claims_of):
    text = ("\u2022 After the talks, Taliban guaranteed that the territory under their control would not be used against "
            "neighbours.\n  \u2022 They intend to share power with other representatives of the Afghan society.\n")
    claims = [c for c in claims_of(text) if c.kind == "commitment"]
    assert len(claims) == 2
    assert all(c.speaker.name == "Taliban" and c.modality == "claimed" for c in claims)


def test_narration_with_a_number_is_not_a_claim(claims_of):
    # The annotation guide: plain narration by the author is not a claim, even with a number in it.
    assert claims_of("Every day, about 8,000 Afghan citizens are waiting for foreign passports.") == []
    assert claims_of("Just 21 per cent of Toronto's health-card holders are organ donors.") == []


def test_quantities_inside_a_claim_are_kept_and_approximate(claims_of):
    c = claims_of("The ministry said about 8,000 Afghan citizens are waiting for foreign passports.")[0]
    assert [(q.value, q.unit, q.approximate) for q in c.quantities] == [(8000, "Afghan citizens", True)]


def test_durations_and_dates_are_not_quantities(claims_of):
    claims = claims_of("The delegation arrived on July 8 for a two days visit in 2021.")
    assert not [c for c in claims if c.kind == "quantity"]


def test_no_claims_in_a_plain_event_report(claims_of):
    assert claims_of("Gunmen attacked a police post in Kunduz on Monday.") == []


def test_surname_resolves_to_the_person_named_before(claims_of):
    text = ("Pentagon Press Secretary Peter Cook told reporters that the strikes killed 20 militants. "
            "A second strike hit the headquarters compound itself, Cook said.")
    speakers = {c.speaker.name for c in claims_of(text, None)}
    assert speakers == {"Peter Cook"}


def test_quote_stays_in_its_paragraph(claims_of):
    text = "Advertisement\n \n\u201cThe army will retake the district within a week,\u201d the governor said."
    c = claims_of(text)[0]
    assert c.quote.text == "The army will retake the district within a week"
    assert c.kind == "prediction" and c.deadline.end == "2021-07-19"


def test_call_for_is_a_request_without_the_preposition(claims_of):
    c = _one(claims_of("In July 2016, Moqtada al-Sadr called for a ban on violence."), "request")
    assert c.quote.text == "a ban on violence" and c.speaker.name == "Moqtada al-Sadr"


@pytest.mark.parametrize("text", [
    "The authorities denied the group registration in 2019.",  # a refusal, not a denial
    "Reporters asked if he had been making a political statement.",  # a question, not a request
    "Coalition military forces conducted 34 strikes against ISIL in Syria.",  # a past action: an event
])
def test_not_claims(claims_of, text):
    assert claims_of(text, None) == []


@pytest.mark.parametrize("text, kind", [
    ("\u201cThese practices have no place here; they must be outlawed,\u201d Mick Cash said.", "demand"),
    ("The union said it is crucial to hold those responsible to account.", "demand"),
    ("The army said the allegation that he was brutalized is false.", "denial"),
    ("Hossein said this government is cruel and is punishing innocent people.", "accusation"),
    ("The spokesman said 42 people were taken from the school.", "statement"),  # an event reported, no charge
    ("The Lord Advocate said those two should not have been prosecuted.", "statement"),  # looks back
])
def test_kind_from_the_words_of_a_statement(claims_of, text, kind):
    assert claims_of(text, None)[0].kind == kind


def test_pronoun_is_the_speaker_not_the_victim(claims_of):
    text = ("In a statement signed by the army spokesman, Brigadier General Onyema Nwachukwu, the army said "
            "Agu's actions negate the peace efforts.\n\nTroops detained the actor Chiwetalu Agu on Monday.\n\n"
            "He said the actor was merely taken into custody for questioning.")
    c = [c for c in claims_of(text, None) if "merely taken" in c.quote.text][0]
    assert c.speaker.name == "Onyema Nwachukwu"


def test_pronoun_agrees_with_a_known_gender(claims_of):
    text = ("Mrs Clinton said Russia had meddled in the election. President Barack Obama spoke on Friday. "
            "He said the US could respond.")
    c = [c for c in claims_of(text, None) if "could respond" in c.quote.text][0]
    assert c.speaker.name == "Barack Obama"


def test_a_definite_description_is_the_person_it_described(claims_of):
    text = ("Bellar\u2019s older brother, Thomas Bellar Jr., spoke to reporters on Monday. "
            "The brother said the charges are not true.")
    c = [c for c in claims_of(text, None) if "charges" in c.quote.text][0]
    assert c.speaker.name.startswith("Thomas Bellar Jr")


@pytest.mark.parametrize("text, quote, kind", [
    ("Lukashenko dismissed the pandemic as a \u201cpsychosis\u201d.", "psychosis", "denial"),
    ("Next Media Trade Union called the search \u201can extremely rare and serious incident\u201d.",
     "an extremely rare and serious incident", "statement"),
    ("The union issued a statement declaring that the workers had been paid nothing for months.",
     "the workers had been paid nothing", "statement"),
    ("Researchers at the university have found that a common cold virus may be linked to obesity.",
     "a common cold virus may be linked", "statement"),
])
def test_more_reporting_verbs(claims_of, text, quote, kind):
    c = [c for c in claims_of(text, None) if quote in c.quote.text]
    assert c and c[0].kind == kind and c[0].speaker.name != "author"


@pytest.mark.parametrize("text", [
    "Police called the fire brigade to the Imperio Banquet Hall.",
    "No reasonable juror could have found the women guilty.",
])
def test_calling_and_finding_that_report_nothing(claims_of, text):
    assert claims_of(text, None) == []
