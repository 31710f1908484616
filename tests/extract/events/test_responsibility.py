"""Claims of responsibility (review 3 #12, #27): a claim needs words that claim, and its actor1 is the claimant."""

import pytest

from sitroom.records import DocumentIn

pytestmark = pytest.mark.slow


def test_an_attribution_is_no_claim_of_responsibility(pipeline):
    ext = pipeline.extract(DocumentIn(id="t", published="2022-02-10", text=(
        "Security forces killed five militants in a raid in Helmand province on Wednesday, the army said.")))
    assert [(e.event_type, e.fatalities) for e in ext.events] == [("Battles", 5)]


def test_the_group_that_claims_is_the_armed_group_named_before(pipeline):
    ext = pipeline.extract(DocumentIn(id="t", published="2022-02-08", text=(
        "MOGADISHU - Al-Shabaab militants attacked a military base near Mogadishu on Tuesday, killing seven "
        "soldiers, a Somali army officer said.\nThe group claimed responsibility in a statement, saying it had "
        "killed 20 soldiers.")))
    [claim] = [e for e in ext.events if e.sub_event_type == "Claim of responsibility"]
    assert (claim.actor1.name, claim.actor1.text, claim.fatalities) == ("Al-Shabaab", "Al-Shabaab militants", 20)


def test_blame_is_no_claim(pipeline):
    # A government blaming a group attributes the attack; the guide's claim is the group's own.
    ext = pipeline.extract(DocumentIn(id="t", published="2022-10-30", text=(
        "Two car bombs exploded at the education ministry in Mogadishu on Saturday, killing at least 100 people. "
        "President Hassan Sheikh Mohamud blamed al-Shabaab for the attack.")))
    assert [e.sub_event_type for e in ext.events] == ["Remote explosive/landmine/IED"]


def test_a_military_jet_bombing_villagers_is_an_air_strike(pipeline):
    # ACLED: the weapon decides, whoever the victims are.
    ext = pipeline.extract(DocumentIn(id="t", published="2023-04-12", text=(
        "A military jet bombed a gathering of opponents of the junta in a village in Sagaing region on Tuesday, "
        "killing at least 100 people, including children, witnesses said.")))
    assert [(e.sub_event_type, e.fatalities) for e in ext.events] == [("Air/drone strike", 100)]


def test_the_group_a_source_blames_is_not_the_target(pipeline):
    ext = pipeline.extract(DocumentIn(id="t", published="2022-06-10", text=(
        "Gunmen killed more than 200 people, mostly ethnic Amharas, in an attack in Ethiopia's Oromiya region on "
        "Saturday, witnesses said on Thursday, blaming the Oromo Liberation Army.")))
    [ev] = ext.events
    assert (ev.sub_event_type, ev.actor2.name) == ("Attack", "Civilians (Ethiopia)")


def test_a_cancelled_summit_did_not_take_place(pipeline):
    ext = pipeline.extract(DocumentIn(id="t", published="2023-10-18", text=(
        "Jordan canceled a planned summit with the U.S. president in Amman on Wednesday.")))
    assert all(e.modality != "asserted" for e in ext.events)
