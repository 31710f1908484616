"""The re3d benchmark scores actor and place mentions, and the events' arguments, by span overlap."""

from sitroom.evaluation.events import GoldDoc
from sitroom.evaluation.re3d import Re3dDoc, score_re3d
from sitroom.records import ActorMention, ActorRef, DateValue, Event, Evidence, Extraction, PlaceMention, Published

TEXT = "Coalition aircraft struck an ISIL tank near Mosul on Monday, the Pentagon said."


def _span(word):
    start = TEXT.index(word)
    return start, start + len(word)


def test_mentions_and_event_arguments_are_scored_by_overlap():
    gold = Re3dDoc(GoldDoc("d", TEXT, None, None), {
        "Organisation": [(*_span("Coalition"), "Coalition"), (*_span("ISIL"), "ISIL"), (*_span("the Pentagon"), "the Pentagon")],
        "Location": [(*_span("Mosul"), "Mosul")],
    })
    mosul = PlaceMention(text="Mosul", start=_span("Mosul")[0], end=_span("Mosul")[1], name="Mosul")
    monday = PlaceMention(text="Monday", start=_span("Monday")[0], end=_span("Monday")[1], name="Monday")
    isil = ActorMention(text="ISIL", start=_span("ISIL")[0], end=_span("ISIL")[1], name="Islamic State")
    event = Event(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike", confidence=0.9,
                  actor1=ActorRef(name="Coalition", text="Coalition"), actor2=ActorRef(name="Unknown", text="tank crews"),
                  location=mosul, date=DateValue(precision="unknown"),
                  evidence=Evidence(sentence=0, start=0, end=len(TEXT), text=TEXT))
    result = Extraction(id="d", published=Published(), places=[mosul, monday], actors=[isil], events=[event])
    f = score_re3d([gold], [result])
    assert (f["actor_precision"], round(f["actor_recall"], 3)) == (1.0, 0.333)
    assert (f["place_precision"], f["place_recall"]) == (0.5, 1.0)
    assert (f["event_actor"], f["event_actor_n"]) == (0.5, 2)  # "tank crews" is no gold actor
    assert f["event_place"] == 1.0
