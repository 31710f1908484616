"""An attack in a custody whose start its sentence tells ("held since March") is not dated by the sentence before,
which tells another act (where_when._custody_told)."""

from sitroom.records import DocumentIn


def _dates(pipeline, text):
    doc = pipeline.run_batch([DocumentIn(id="t", text=text, published="2024-03-18")])[0]
    return {e.sub_event_type: (e.date.start, e.date.end) for e in doc.events}


def test_torture_in_a_custody_since_march_is_not_the_arrest_day_before(pipeline):
    dates = _dates(pipeline, "Police arrested three protesters in Ikeja on Friday. A journalist held since March "
                             "was tortured in police custody, his lawyer said.")
    assert dates["Attack"] != ("2024-03-15", "2024-03-15")  # (Friday is the protesters' arrest)
    assert dates["Attack"][1] == "2024-03-18"  # by the report: its week


def test_a_custody_without_a_start_still_borrows_the_paragraphs_day(pipeline):
    dates = _dates(pipeline, "Soldiers detained a journalist in Ikeja on Friday. He was tortured in military "
                             "custody, his lawyer said.")
    assert dates.get("Attack", ("2024-03-15",))[0] == "2024-03-15"
