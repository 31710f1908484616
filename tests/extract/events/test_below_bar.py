"""A unit the detector scores below its bar is still a candidate when a strong cue of the codebook is its main
verb, told as this report's news: in the simple past with a day of its own, or, in the lead, in the present
perfect (detection.told_as_dated_act). Sentences written for these tests."""

import pytest

from sitroom.extract.events.detection import told_as_dated_act
from sitroom.extract.events.patterns import find_cues


def _told(nlp, text: str, lead: bool = False) -> bool:
    doc = nlp(text)
    return told_as_dated_act(doc, find_cues(text, 0), lead=lead)


@pytest.mark.parametrize("text", [
    "Soldiers arrested the village chief on March 3 at his farm outside the town.",
    "The two reporters were arrested Friday on charges of spreading false news.",
    "Gunmen kidnapped a teacher yesterday on the road to the market.",
])
def test_dated_act_in_the_simple_past_is_admitted(nlp, text):
    assert _told(nlp, text)


@pytest.mark.parametrize("text", [
    # no day of its own
    "Soldiers arrested the village chief at his farm outside the town.",
    # the day belongs to a clause below the act, not to the arrest
    "Police arrested the man who had fled on Tuesday.",
    # a running count in the perfect, outside the lead
    "Police have arrested more than 200 people since Monday.",
    # a plan, not an act
    "Police will arrest the organisers on Friday.",
    # the act in a subordinate clause of a court's decision
    "A court on Thursday freed the men who were arrested during the strike.",
])
def test_undated_planned_or_subordinate_act_is_not(nlp, text):
    assert not _told(nlp, text)


def test_lead_in_the_present_perfect_is_admitted_without_a_day(nlp):
    text = "Security forces have arrested an opposition leader in the capital, his party said."
    assert _told(nlp, text, lead=True)
    assert not _told(nlp, text, lead=False)


def test_phone_call_between_officials_is_a_strong_contact_cue():
    for text in ("The foreign minister spoke Tuesday by phone with his Kenyan counterpart.",
                 "The president has spoken over the phone with the prime minister about the border."):
        cues = [c for c in find_cues(text, 0) if c.label == "Diplomacy / Diplomatic contact"]
        assert cues and max(c.weight for c in cues) >= 1.0, cues
    assert not [c for c in find_cues("She spoke to reporters by the phone booth.", 0) if c.weight >= 1.0]


def test_phone_call_dated_is_admitted(nlp):
    assert _told(nlp, "The foreign minister spoke Tuesday by phone with his Kenyan counterpart.")


def test_search_of_homes_is_a_strong_cue_of_another_development(nlp):
    text = "On May 4, police searched the homes of three editors in the capital."
    cues = [c for c in find_cues(text, 0) if c.label == "Strategic developments / Other"]
    assert cues and max(c.weight for c in cues) >= 1.0, cues
    assert _told(nlp, text)
    assert not [c for c in find_cues("Rescuers searched the rubble for survivors.", 0)
                if c.label == "Strategic developments / Other" and c.weight >= 1.0]


def test_day_of_a_cut_off_is_no_day_of_the_act(nlp):
    assert not _told(nlp, "As of June 3, the authorities detained the owner of the newspaper.")


@pytest.mark.parametrize("text, held", [
    ("The lawyer Amina Bello has also been in police detention since March 4.", True),
    ("Both students have been detained since 12 June without charge.", True),
    ("He has been held since last Friday at a military camp.", True),
    # no day: a state of long standing, not the arrest of a day
    ("The lawyer has been in detention since the coup.", False),
    ("The activist has been in prison since 2019.", False),
    # a plan
    ("The men will be held in custody until their trial on March 4.", False),
])
def test_held_since_a_day_is_the_arrest_of_that_day(text, held):
    from sitroom.extract.events.detection import held_since_day

    assert held_since_day(text) is held


@pytest.mark.slow
def test_a_detention_since_a_day_is_coded_as_the_arrest_of_that_day(pipeline):
    from sitroom.records import DocumentIn

    text = ("Rights groups in Harare called for the release of the opposition organiser Tendai Moyo.\n\n"
            "His wife, the activist Rudo Moyo, has also been in police detention since March 4.")
    evs = pipeline.extract(DocumentIn(id="t", text=text, published="2026-03-20")).events
    got = [(e.sub_event_type, e.date.start) for e in evs if e.sub_event_type == "Arrests"]
    assert ("Arrests", "2026-03-04") in got
