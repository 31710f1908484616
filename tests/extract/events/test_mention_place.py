"""A mention ("the floods", "the attack") names a place of its own where the act happened, and that place can be
none of the earlier events of its type: another incident (rule 4, one event per place), not a reference back
(mention_place.placed_apart)."""

from __future__ import annotations

import pytest

from sitroom.extract.events import rules
from sitroom.records import DateValue, Event, Evidence, PlaceMention

pytestmark = pytest.mark.slow

FLOOD = "Disasters / Natural disaster"


def _event(sentence: str, place: str, country: str, level: str = "populated place", admin1=None, start=0):
    at = sentence.find(place)
    loc = PlaceMention(text=place, start=start + at if at >= 0 else 0, end=start + at + len(place) if at >= 0 else len(place),
                       name=place, level=level, country=country, admin1=admin1)
    return Event(**rules.typed_fields(FLOOD), confidence=0.8, location=loc,
                 date=DateValue(start="2024-07-02", end="2024-07-02", precision="day"),
                 evidence=Evidence(sentence=1, start=start, end=start + len(sentence), text=sentence))


def _trigger(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("sentence,word,place,apart", [
    # the place said of the act: on the event noun, or on the verb that governs it
    ("The bodies of two boys swept away in the floods in Lucknow were recovered.", "floods", "Lucknow", True),
    ("Two villagers died in Kandy after the floods.", "floods", "Kandy", True),
    # a place that describes another noun is not where the mentioned act happened
    ("Protests in Lucknow over the floods have started again.", "floods", "Lucknow", False),
    ("A Lucknow teacher was among those lost in the floods.", "floods", "Lucknow", False),
])
def test_a_mention_at_a_place_of_its_own_is_another_incident(nlp, sentence, word, place, apart):
    from sitroom.extract.events.mention_place import placed_apart

    earlier = _event("Floods hit Assam.", "Assam", "IN", level="admin1", admin1="Assam")
    doc = nlp(sentence)
    ev = _event(sentence, place, "IN" if place == "Lucknow" else "LK", admin1="Uttar Pradesh")
    assert placed_apart(ev, _trigger(doc, word), [earlier]) is apart


def test_a_mention_at_a_place_inside_the_earlier_event_s_is_a_reference_back(nlp):
    from sitroom.extract.events.mention_place import placed_apart

    earlier = _event("Floods hit Uttar Pradesh.", "Uttar Pradesh", "IN", level="admin1", admin1="Uttar Pradesh")
    sentence = "The bodies of two boys swept away in the floods in Lucknow were recovered."
    ev = _event(sentence, "Lucknow", "IN", admin1="Uttar Pradesh")
    assert placed_apart(ev, _trigger(nlp(sentence), "floods"), [earlier]) is False
    # and with no earlier event of its type there is nothing to tell it apart from
    assert placed_apart(ev, _trigger(nlp(sentence), "floods"), []) is False


def test_a_place_lent_by_another_sentence_is_not_the_mention_s_own(nlp):
    from sitroom.extract.events.mention_place import placed_apart

    earlier = _event("Floods hit Assam.", "Assam", "IN", level="admin1", admin1="Assam")
    sentence = "The bodies of two boys swept away in the floods were recovered."
    ev = _event(sentence, "Lucknow", "IN", admin1="Uttar Pradesh")
    after = len(sentence) + 2  # its place is told in the next sentence
    ev = ev.model_copy(update={"location": ev.location.model_copy(update={"start": after, "end": after + 7})})
    assert placed_apart(ev, _trigger(nlp(sentence), "floods"), [earlier]) is False


def test_a_mention_at_a_place_of_its_own_undated_takes_the_day_of_the_report_it_follows(pipeline):
    from sitroom.records import DocumentIn

    ext = pipeline.extract(DocumentIn(id="t", published="2024-07-12", text=(
        "Floods killed 12 people in Uttar Pradesh on Monday, officials said.\n\n"
        "Rescue teams were sent to the worst-hit districts.\n\n"
        "Two villagers died in Indore after the floods.")))
    dates = {e.location.name: (e.date.start, e.date.end) for e in ext.events if e.event_type == "Disasters"}
    # "the floods" are Monday's spell of floods, at a place of their own: not the publication week
    assert dates == {"Uttar Pradesh": ("2024-07-08", "2024-07-08"), "Indore": ("2024-07-08", "2024-07-08")}


def test_a_mention_is_told_apart_from_the_earlier_reports_not_from_the_mentions_before_it(nlp):
    """A mention's place is not its event's: "the floods were worst in Madhya Pradesh" joins the Indore floods and
    does not make them floods all over the province, so the next mention at a town of it of its own is another
    incident (rules.select_news compares it with the earlier reports only)."""
    text = ("Floods killed 12 people in Indore on Monday. The floods were worst in the hills of Madhya Pradesh. "
            "Two villagers died in Bhopal after the floods.")
    doc = nlp(text)
    sents = [s.text for s in doc.sents]
    assert len(sents) == 3

    def report(i, word, place, level):
        sentence = sents[i]
        start = text.find(sentence)
        ev = _event(sentence, place, "IN", level=level, admin1="Madhya Pradesh", start=start)
        return ev.model_copy(update={"trigger": word, "evidence": ev.evidence.model_copy(update={"sentence": i})})

    told = report(0, "Floods", "Indore", "populated place")
    worst = report(1, "floods", "Madhya Pradesh", "admin1")
    died = report(2, "floods", "Bhopal", "populated place")
    kept, mentions = rules.select_news([told, worst, died], doc)
    assert len(kept) == 3
    assert id(worst) in mentions  # a reference back to the Indore floods
    assert id(died) not in mentions  # floods at Bhopal, a place none of the reports before it is at


def test_a_mention_at_a_city_is_apart_from_a_report_placed_only_at_a_region_of_several_countries(nlp):
    """"Floods hit much of South Asia" holds no one place: the floods at Lucknow are an incident of their own (rule
    4), though the geoparser puts the region in no country (which, for an unknown place, says nothing)."""
    from sitroom.extract.events.mention_place import placed_apart

    earlier = _event("Floods hit much of South Asia.", "South Asia", None, level="other")
    sentence = "The bodies of two boys swept away in the floods in Lucknow were recovered."
    ev = _event(sentence, "Lucknow", "IN", admin1="Uttar Pradesh")
    assert placed_apart(ev, _trigger(nlp(sentence), "floods"), [earlier]) is True
    unknown = _event("Floods hit Xandu.", "Xandu", None, level="populated place")  # a place put nowhere
    assert placed_apart(ev, _trigger(nlp(sentence), "floods"), [unknown]) is False


@pytest.mark.parametrize("sentence,place,apart", [
    # who joins takes part where they are: their place is the place of their part of the demonstration
    ("Students in Kano joined the protests on Tuesday.", "Kano", True),
    ("Kano students joined the protest.", "Kano", True),
    # ... but not where they come from: they may have travelled to the demonstration told before
    ("Students from Kano joined the protests on Tuesday.", "Kano", False),
    # a subject that only talks about the act does not put it at its place
    ("Officials in Kano condemned the protests.", "Kano", False),
    ("Kano students watched the protest.", "Kano", False),
])
def test_the_place_of_who_joins_a_demonstration_is_where_they_take_part(nlp, sentence, place, apart):
    from sitroom.extract.events.mention_place import placed_apart

    def protest(text, at, admin1):
        ev = _event(text, at, "NG", admin1=admin1)
        return ev.model_copy(update=rules.typed_fields("Protests / Peaceful protest"))

    earlier = protest("Thousands protested in Lagos.", "Lagos", "Lagos")
    doc = nlp(sentence)
    word = next(t.text for t in doc if t.lemma_ == "protest")
    assert placed_apart(protest(sentence, place, "Kano"), _trigger(doc, word), [earlier]) is apart
