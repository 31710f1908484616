"""A photo caption in a report's text ("Police in Khabarovsk (Igor Volkov/AP)") tells where a picture was taken:
its places are not the article's focus nor lent to the sentences after it; its country still counts."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from sitroom.extract.events.captions import in_photo_caption
from sitroom.records import PlaceMention


def _place(text: str, name: str, level: str, country: str, at: int = 0) -> PlaceMention:
    i = text.index(name, at)
    return PlaceMention(text=name, start=i, end=i + len(name), name=name, level=level, country=country)


@pytest.mark.parametrize("text,name", [
    ("Riot police stand guard in Bamako, Mali, in May. (Jane Doe/Reuters)\n\nGunmen attacked a convoy.", "Bamako"),
    ("Soldiers patrol a street in Gao (AP Photo/John Smith)\n\nThe army said ...", "Gao"),
    ("Mourners gather in Mopti on\n  Sunday. (Ali Traore / Associated Press)\n  Gunmen attacked ...", "Mopti"),
])
def test_a_place_in_a_sentence_closed_by_a_photo_credit_is_in_a_caption(text, name):
    p = _place(text, name, "populated place", "ML")
    assert in_photo_caption(text, p.end)


@pytest.mark.parametrize("text,name", [
    # negative: a sentence that ends before the credit's caption, or an aside without a credit
    ("Gunmen attacked a convoy near Gao.\n\nSoldiers on patrol (AP Photo/John Smith)", "Gao"),
    ("Gunmen attacked a convoy near Gao. A photo of the scene (AP Photo/John Smith) was shared.", "Gao"),
    ("Gunmen attacked a convoy near Gao (Reuters) on Sunday.", "Gao"),
    ("Gunmen attacked a convoy near Gao, the army said (see map/graphic).", "Gao"),
])
def test_a_place_outside_a_caption_is_not_in_one(text, name):
    p = _place(text, name, "populated place", "ML")
    assert not in_photo_caption(text, p.end)


@pytest.mark.slow
def test_the_focus_is_not_where_a_captioned_picture_was_taken():
    from sitroom.extract.events.conventions import document_focus
    from sitroom.read.nlp import get_nlp

    text = ("Police stand guard in the northern town of Gao, Mali, in March. (Jane Doe/Reuters) "
            "Gunmen attacked several posts in central Mali on Sunday. The attacks began near the town of Mopti.")
    places = [_place(text, "Gao", "populated place", "ML"), _place(text, "Mali", "country", "ML"),
              _place(text, "Mali", "country", "ML", text.index("central")), _place(text, "Mopti", "populated place", "ML")]
    ctx = SimpleNamespace(text=text, doc=get_nlp()(text), places=places, scratch={})
    assert document_focus(ctx, None).name == "Mopti"


@pytest.mark.slow
def test_an_event_after_a_caption_is_not_placed_where_the_picture_was_taken(pipeline):
    from sitroom.records import DocumentIn

    text = ("Soldiers stand guard in the northern city of Kano, Nigeria, in May. (Jane Doe/Reuters) "
            "Gunmen killed five villagers in central Nigeria on Sunday, police said. "
            "The attack took place in the town of Jos, police said.")
    events = pipeline.extract(DocumentIn(id="t", text=text, published="2021-06-08")).events
    placed = {e.location.name for e in events if "Gunmen killed" in e.evidence.text and e.location is not None}
    assert placed and "Kano" not in placed
    # negative: an event told in the caption itself keeps its place
    text = "Police arrested 12 protesters in Kano on Monday. (Jane Doe/Reuters)\n\nThe governor condemned it."
    events = pipeline.extract(DocumentIn(id="t", text=text, published="2021-06-08")).events
    assert {e.location.name for e in events if e.location is not None} == {"Kano"}
