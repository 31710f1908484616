"""The real-corpus score states the date figure over dated articles too: an undated article whose text names no
year ("Drones hit a fuel depot outside the town on 4 March") can only be dated from what the annotator knew."""

from sitroom.evaluation.real import Article, GoldEvent, score
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
