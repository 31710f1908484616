"""The real-corpus score states the date figure over dated articles too: an undated article whose text names no
year ("Drones hit a fuel depot outside the town on 4 March") can only be dated from what the annotator knew."""

from sitroom.evaluation.real import Article, GoldEvent, by_source, score
from sitroom.records import DateValue, Event, Evidence, Extraction, Published


def _article(art_id: str, published, text: str, gold_date: str) -> Article:
    gold = GoldEvent(sentences=[0], label="Explosions/Remote violence / Air/drone strike", date=gold_date,
                     date_precision="day")
    return Article(art_id, text, published, [(0, len(text))], [gold])


def _extraction(art_id: str, text: str, start) -> Extraction:
    ev = Event(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike", confidence=0.9,
               date=DateValue(start=start, end=start, precision="day" if start else "unknown", text="4 March"),
               evidence=Evidence(sentence=0, start=0, end=len(text), text=text, paragraph=0))
    return Extraction(id=art_id, published=Published(), events=[ev])


def test_date_figure_over_dated_articles_leaves_out_undated_ones():
    text = "Drones hit a fuel depot outside the town on 4 March, a local official said."
    dated = _article("a", "2023-03-05", text, "2023-03-04")
    undated = _article("b", None, text, "2023-03-04")
    f = score([dated, undated], [_extraction("a", text, "2023-03-04"), _extraction("b", text, None)])
    assert f["found"] == 2
    assert f["date_accuracy"] == 0.5 and f["date_n"] == 2
    assert f["date_accuracy_dated"] == 1.0 and f["date_dated_n"] == 1


def test_figures_by_source_split_the_pooled_ones():
    """Each source's own figures: a source whose events are all found beside one whose event is missed."""
    text = "Drones hit a fuel depot outside the town on 4 March, a local official said."
    found, missed, empty = (_article(i, "2023-03-05", text, "2023-03-04") for i in "abc")
    found.corpus, missed.corpus, empty.corpus = "lee", "re3d", "re3d"
    empty.events = []
    results = [_extraction("a", text, "2023-03-04"), Extraction(id="b", published=Published(), events=[]),
               _extraction("c", text, "2023-03-04")]
    pooled, by = score([found, missed, empty], results), by_source([found, missed, empty], results)
    assert pooled["incident_recall"] == 0.5 and pooled["extracted_events"] == 2
    assert set(by) == {"lee", "re3d"}
    assert (by["lee"]["documents"], by["lee"]["incident_recall"], by["lee"]["precision"]) == (1, 1.0, 1.0)
    assert (by["re3d"]["documents"], by["re3d"]["incident_recall"], by["re3d"]["precision"]) == (2, 0.0, 0.0)
    assert by["re3d"]["sub_event_accuracy"] is None  # nothing found there: no slot figure


def test_fatalities_figure_counts_found_events_where_deaths_are_at_stake():
    """Right when the numbers agree (no number is no deaths told); events where neither side gives deaths are left out."""
    text = "Drones hit a fuel depot outside the town on 4 March, a local official said."
    arts = [_article(i, "2023-03-05", text, "2023-03-04") for i in "abcd"]
    for art, n in zip(arts, (3, 3, None, None)):
        art.events[0].fatalities = n
    results = [_extraction(i, text, "2023-03-04") for i in "abcd"]
    for r, n in zip(results, (3, None, 2, None)):
        r.events[0].fatalities = n
    f = score(arts, results)
    assert f["found"] == 4
    assert f["fatalities_n"] == 3 and abs(f["fatalities_accuracy"] - 1 / 3) < 1e-3


def test_false_events_are_counted_by_kind():
    """A second report of a found event, another family in an event sentence, another sentence of an event
    article, and an article the gold gives no event: each false event counted once, under its kind."""
    from sitroom.evaluation.real import false_event_kinds

    one, two = "Drones hit a fuel depot outside the town on 4 March.", " Officials said the war would go on."
    art = _article("a", "2023-03-05", one + two, "2023-03-04")
    art.sentences = [(0, len(one)), (len(one), len(one + two))]
    empty = _article("b", "2023-03-05", one, "2023-03-04")
    empty.events = []
    found, again, other = (_extraction("a", one, "2023-03-04").events[0] for _ in range(3))
    other.event_type, other.sub_event_type = "Battles", "Armed clash"
    later = _extraction("a", two, "2023-03-04").events[0]
    later.evidence.start, later.evidence.end = len(one) + 1, len(one + two)
    results = [Extraction(id="a", published=Published(), events=[found, again, other, later]),
               _extraction("b", one, "2023-03-04")]
    kinds = false_event_kinds([art, empty], results)
    assert dict(kinds) == {"duplicate": 1, "other family in an event sentence": 1,
                           "other sentence of an event article": 1, "article with no event": 1}
    f = score([art, empty], results)
    assert f["extracted_events"] - round(f["precision"] * f["extracted_events"]) == sum(kinds.values())
