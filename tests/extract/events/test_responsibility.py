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
    # the claim is no attack: the dead are the attack's (7), the statement has none (as the guide codes every claim)
    assert (claim.actor1.name, claim.actor1.text, claim.fatalities) == ("Al-Shabaab", "Al-Shabaab militants", None)


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


@pytest.mark.parametrize("text, claimed", [
    ("On Sunday, Al-Shabaab claimed twin bombings at a hotel in Kismayo which killed at least 12 people.", True),
    ("Two attacks on markets in Maiduguri, both later claimed by Boko Haram, killed 30 people on Friday.", True),
    ("The minister condemned the attacks in Kabul, including one at a school claimed by Islamic State.", True),
    ("No group has claimed the attacks on the markets of Maiduguri, which killed 30 people.", False),
    ("The bombing in Kismayo has not yet been claimed by any group.", False),
    ("Gunmen attacked a police post in Tillaberi on Sunday, killing four officers.", False),
])
def test_an_attack_told_as_claimed_adds_the_claim(text, claimed):
    """The guide codes the claimed attack and the claim, each as its own event: the typer reads the attack."""
    from sitroom.extract.events.responsibility import CLAIM, with_claim

    attack = [("Violence against civilians / Attack", 0.7, None)]
    out = with_claim(attack, text, 100, 0.7)
    assert out[0] == attack[0]
    assert ([label for label, _, _ in out[1:]] == [CLAIM]) is claimed
    if claimed:
        cue = out[1][2]
        assert "claim" in cue.text and text[cue.start - 100:cue.end - 100] == cue.text


def test_a_claim_the_typer_read_is_not_added_twice():
    from sitroom.extract.events.responsibility import CLAIM, with_claim

    typed = [(CLAIM, 0.8, None)]
    assert with_claim(typed, "Al-Shabaab claimed the attack on the base near Mogadishu.", 0, 0.8) == typed


def test_a_claim_no_cue_tells_goes_last_wherever_the_typer_ranked_it():
    from sitroom.extract.events.patterns import find_cues
    from sitroom.extract.events.responsibility import CLAIM, demote_unclaimed

    told = "A source close to the operation said the kidnapped engineer was freed near the port on Saturday."
    other = "Strategic developments / Other"
    ied = "Explosions/Remote violence / Remote explosive/landmine/IED"
    assert demote_unclaimed([CLAIM, other], find_cues(told)) == [other, CLAIM]
    # ranked second behind a label the report may not state: still last, so the next label is the one tried
    assert demote_unclaimed([ied, CLAIM, other], find_cues(told)) == [ied, other, CLAIM]
    claimed = "The group claimed responsibility for the bombing of the bus station on Sunday."
    assert demote_unclaimed([ied, CLAIM, other], find_cues(claimed)) == [ied, CLAIM, other]
