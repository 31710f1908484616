"""A release of captives told as the sentence's act is Strategic developments / Other, not the abduction its
relative clause tells (releases.py)."""

from __future__ import annotations

import pytest

from sitroom.extract.events.releases import release_verb

pytestmark = pytest.mark.slow

ABDUCTION = "Violence against civilians / Abduction/forced disappearance"


@pytest.mark.parametrize("sentence,verb", [
    ("Two of the nine nurses who were kidnapped in March have been freed, the hospital said on Sunday.", "freed"),
    ("The gunmen released three of the hostages on Tuesday.", "released"),
    ("Police said the abducted teacher and her son were free and in good health.", "were"),
    ("Kidnappers set the two engineers free after a ransom was paid.", "set"),
])
def test_a_release_of_people_as_the_sentence_s_act_is_the_event(nlp, sentence, verb):
    doc = nlp(sentence)
    tok = release_verb(ABDUCTION, doc, 0)
    assert tok is not None and tok.text == verb


@pytest.mark.parametrize("sentence", [
    # the abduction is the act; the release only its aim or another's words
    "Gunmen kidnapped nine nurses in Kaduna on Sunday and demanded a ransom for their release.",
    "Two nurses who were released last year were kidnapped again on Sunday.",
    # a thing released, not people
    "The kidnappers released a video of the nine nurses on Sunday.",
    "The army released a statement on the abduction of nine nurses.",
])
def test_an_abduction_or_a_thing_released_is_no_release_of_captives(nlp, sentence):
    assert release_verb(ABDUCTION, nlp(sentence), 0) is None


def test_only_a_report_typed_as_violence_against_civilians_is_read_so(nlp):
    doc = nlp("The gunmen released three of the hostages on Tuesday.")
    assert release_verb("Strategic developments / Arrests", doc, 0) is None


def _times_of(doc, text):
    from types import SimpleNamespace

    at = doc.text.find(text)
    return [SimpleNamespace(text=text, start=at, end=at + len(text))]  # (only its offsets are read)


@pytest.mark.parametrize("sentence,verb,time,theirs", [
    # the clause that tells who was held dates their abduction, not the release
    ("Three of the nine nurses who were kidnapped in April have been freed.", "freed", "in April", True),
    ("The gang released two traders abducted last month from a market.", "released", "last month", True),
    ("Kidnapped from their school in March, the pupils were released.", "released", "in March", True),
    # a time of the release itself stays the release's
    ("Three of the nurses who were kidnapped in Kaduna have been freed on Thursday.", "freed", "on Thursday", False),
])
def test_a_time_that_describes_the_captives_is_not_the_release_s(nlp, sentence, verb, time, theirs):
    from sitroom.extract.events.told_when import described_times

    doc = nlp(sentence)
    anchor = next(t for t in doc if t.text == verb)
    times = _times_of(doc, time)
    assert (times[0].start in described_times(doc, anchor, times)) is theirs


@pytest.mark.parametrize("sentence,kind", [
    ("Three of the nine nurses who were kidnapped in April have been freed, the hospital said on Thursday.", "said"),
    ("Two engineers who were abducted in March were released in Warri, police said on Thursday.", "said"),
])
def test_a_release_is_dated_at_the_release_not_at_the_abduction(pipeline, sentence, kind):
    from sitroom.records import DocumentIn

    ext = pipeline.extract(DocumentIn(id="t", published="2024-06-14", text=sentence))
    [e] = [e for e in ext.events if e.sub_event_type == "Other"]
    assert e.event_type == "Strategic developments"
    # by Thursday, when it was told (the week up to it), not April or March, months before
    assert e.date.start >= "2024-06-07" and e.date.end <= "2024-06-14"


def test_a_release_does_not_take_the_day_of_the_abduction_told_before_it(pipeline):
    from sitroom.records import DocumentIn

    ext = pipeline.extract(DocumentIn(id="t", published="2024-06-14", text=(
        "Gunmen kidnapped 20 students from a school in Kuriga, Kaduna state on June 3. "
        "Ten of the students were released in Kaduna, police said.")))
    abduction = next(e for e in ext.events if e.sub_event_type == "Abduction/forced disappearance")
    release = next(e for e in ext.events if e.sub_event_type == "Other")
    assert abduction.date.start == "2024-06-03"
    # undated itself: the week of the report, not June 3 (the day they were taken)
    assert (release.date.start, release.date.end, release.date.precision) == ("2024-06-08", "2024-06-14", "publication")
