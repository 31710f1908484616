"""Events and states of affairs do not make claims; people, bodies and documents do."""

import pytest

from sitroom.records import DocumentIn


@pytest.mark.slow
def test_an_event_as_subject_is_not_a_speaker(pipeline):
    text = ("The recent abductions in northern Nigeria tell us that the government is unable to protect children. "
            "The report says that 300 students were taken. Amnesty said the violence must end.")
    claims = pipeline.extract(DocumentIn(id="m", text=text, published="2021-06-22")).claims
    assert [c.speaker.name for c in claims] == ["report", "Amnesty"]


@pytest.mark.slow
def test_a_subject_naming_nobody_makes_no_claim(pipeline):
    text = ("No group claimed responsibility for the blast. Nobody said the market would reopen. "
            "None of the witnesses told police that the gunmen wore uniforms. "
            "The army claimed responsibility for the strike on the convoy.")
    claims = pipeline.extract(DocumentIn(id="n", text=text, published="2021-06-22")).claims
    assert [c.speaker.text for c in claims] == ["The army"]


@pytest.mark.slow
@pytest.mark.parametrize("nobody", ["No-one", "No one", "Noone", "Nobody", "None of the officials"])
def test_nobody_in_any_spelling_makes_no_claim(pipeline, nobody):
    text = (f"{nobody} said the checkpoint would be removed. "
            "The governor said the road to the airport would reopen on Friday.")
    claims = pipeline.extract(DocumentIn(id="n", text=text, published="2021-06-22")).claims
    assert [c.speaker.text for c in claims] == ["The governor"]


@pytest.mark.slow
def test_a_heading_with_no_before_a_speaker_keeps_the_speaker(pipeline):
    text = ('"The attempt will not succeed," said Poon.\n\n- No comment from police -\n\n'
            'Poon added that the detention was related to his articles.')
    claims = pipeline.extract(DocumentIn(id="h", text=text, published="2021-06-22")).claims
    assert any("detention was related" in c.quote.text for c in claims)


@pytest.mark.slow
@pytest.mark.parametrize("dateline", ["LONDON (Reuters) - ", "KABUL, Afghanistan (AP) \u2014 ", "NAIROBI, Kenya -- "])
def test_a_dateline_is_never_the_speaker(pipeline, dateline):
    text = dateline + "Britain condemned the killing of the journalist in Kabul on Tuesday."
    claims = pipeline.extract(DocumentIn(id="d", text=text, published="2021-06-22")).claims
    assert [c.speaker.text for c in claims] == ["Britain"]
