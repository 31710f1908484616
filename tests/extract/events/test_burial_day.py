"""The day of a burial is not the day its dead were killed (burials.py): the killing happened by then, dated as the
week up to the burial; a day told in the killing's own clause stays the killing's. The texts are written for these
tests."""

import pytest

from sitroom.records import DocumentIn

pytestmark = pytest.mark.slow


def _dates(pipeline, text, published="2024-03-15"):
    evs = pipeline.extract(DocumentIn(id="t", text=text, published=published)).events
    return [(e.date.start, e.date.end) for e in evs if e.date is not None]


@pytest.mark.parametrize("text", [
    "Mourners on Tuesday buried 11 protesters shot dead by security forces in Khartoum.",
    "Residents on Tuesday buried five villagers killed by gunmen in Zamfara.",
    "Five villagers killed by gunmen in Zamfara were buried on Tuesday.",
])
def test_the_burial_day_is_no_day_of_the_killing(pipeline, text):
    dates = _dates(pipeline, text)
    assert dates and all(d != ("2024-03-12", "2024-03-12") for d in dates)
    assert all(end <= "2024-03-12" for _, end in dates)  # killed by the burial


@pytest.mark.parametrize("text, day", [
    ("Police on Tuesday shot dead 11 protesters in Khartoum.", "2024-03-12"),
    ("Mourners on Tuesday buried 11 protesters who were shot dead by police on Saturday in Khartoum.", "2024-03-09"),
    ("Gunmen on Tuesday killed five villagers in Zamfara who were buried later.", "2024-03-12"),
])
def test_a_killing_dated_itself_keeps_its_day(pipeline, text, day):
    assert (day, day) in _dates(pipeline, text)
