"""Events and states of affairs do not make claims; people, bodies and documents do."""

import pytest

from sitroom.records import DocumentIn


@pytest.mark.slow
def test_an_event_as_subject_is_not_a_speaker(pipeline):
    text = ("The recent abductions in northern Nigeria tell us that the government is unable to protect children. "
            "The report says that 300 students were taken. Amnesty said the violence must end.")
    claims = pipeline.extract(DocumentIn(id="m", text=text, published="2021-06-22")).claims
    assert [c.speaker.name for c in claims] == ["report", "Amnesty"]
