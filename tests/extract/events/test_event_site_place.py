"""The site the event's own word names is where it happened (issue 11, ACLED: the most specific place where
the event happened, inside its stated parent): "the car bomb attacks in Diyala Province" happened in Diyala
even when the sentence names a finer place for another act ("the attack at a market in Baghdad"); a finer
place inside the site still refines it. And the article's focus, for a sentence that names no place, is not
a place the text names only as the topic of a talk."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from sitroom.extract.events.arguments import event_anchor, pick_location, site_side, within
from sitroom.records import PlaceMention

pytestmark = pytest.mark.slow

TWO_ATTACKS = ("The United States condemns both the ISIL attack this morning at a crowded market place in Baghdad, "
               "and the car bomb attacks in Diyala Province on Monday.")


def _place(text: str, name: str, level: str, country: str, admin1: str | None = None) -> PlaceMention:
    i = text.index(name)
    return PlaceMention(text=name, start=i, end=i + len(name), name=name, level=level, country=country, admin1=admin1)


def _doc(text: str):
    from sitroom.read.nlp import get_nlp

    return get_nlp()(text)


def _pick(text: str, trigger: str, places: list[PlaceMention]):
    doc = _doc(text)
    trig = text.index(trigger)
    site = frozenset(site_side(doc, event_anchor(doc, trig), places))
    return pick_location(places, text, trig, site=site)


def _two_attacks():
    return [_place(TWO_ATTACKS, "Baghdad", "populated place", "IQ", "Baghdad"),
            _place(TWO_ATTACKS, "Diyala", "admin1", "IQ")]


def test_the_site_of_the_events_own_word_beats_a_finer_place_of_another_act():
    assert _pick(TWO_ATTACKS, "car bomb", _two_attacks()).name == "Diyala"


def test_the_other_act_keeps_its_own_place():
    # negative: the market attack's word names no site of its own ("at a market place in Baghdad" hangs on the
    # market): the most specific place stands
    assert _pick(TWO_ATTACKS, "attack this", _two_attacks()).name == "Baghdad"


def test_a_finer_place_inside_the_site_still_refines_it():
    text = "He was arrested in Nigeria on Friday after police raided his home in Maiduguri."
    places = [_place(text, "Nigeria", "country", "NG"), _place(text, "Maiduguri", "populated place", "NG", "Borno")]
    assert _pick(text, "arrested", places).name == "Maiduguri"


def test_a_site_abroad_does_not_override_the_sentences_country():
    # negative: a site of another country than the finer place may be a namesake ("at the Saint Peter and Saint
    # Paul Church ... in Cairo"): both compete as before, and the most specific wins
    text = "Police arrested two men at Springfield on Friday, in a raid in Cairo."
    places = [_place(text, "Springfield", "admin1", "US"), _place(text, "Cairo", "populated place", "EG")]
    assert _pick(text, "arrested", places).name == "Cairo"


def test_within_follows_the_gazetteer_hierarchy():
    text = "Borno and Maiduguri and Lagos in Nigeria"
    country = _place(text, "Nigeria", "country", "NG")
    province = _place(text, "Borno", "admin1", "NG")
    town = _place(text, "Maiduguri", "populated place", "NG", "Borno")
    other = _place(text, "Lagos", "populated place", "NG", "Lagos")
    assert within(town, country) and within(town, province) and within(province, country)
    assert not within(other, province) and not within(country, province) and not within(country, country)


def test_the_focus_is_not_a_place_named_only_as_a_topic_of_talk():
    from sitroom.extract.events.conventions import document_focus

    text = ("Advocates held a press conference on the detention of a doctor who faces charges in Agusan del Sur. "
            "The doctor was arrested by soldiers. Manila residents joined them.")
    places = [_place(text, "Agusan del Sur", "admin2", "PH", "Caraga"),
              _place(text, "Manila", "populated place", "PH", "Metro Manila")]
    ctx = SimpleNamespace(text=text, doc=_doc(text), places=places, scratch={})
    assert document_focus(ctx, None).name == "Manila"


def test_the_focus_is_not_the_seat_in_a_speakers_style():
    # an article whose first place is a speaker's seat ("Bishop ... of Makurdi, Benue") is placed where it tells
    from sitroom.extract.events.conventions import document_focus

    text = ("The priest was killed, Bishop Wilfred Anagbe of Makurdi, Benue, said on Sunday. "
            "He had been seized from his parish in Zaria two weeks earlier.")
    places = [_place(text, "Makurdi", "populated place", "NG", "Benue"), _place(text, "Benue", "admin1", "NG", "Benue"),
              _place(text, "Zaria", "populated place", "NG", "Kaduna")]
    ctx = SimpleNamespace(text=text, doc=_doc(text), places=places, scratch={})
    assert document_focus(ctx, None).name == "Zaria"


def test_the_focus_is_the_first_place_when_none_is_a_topic():
    # negative: "charges in Agusan del Sur" hangs on no word of talk: it is the article's first place
    from sitroom.extract.events.conventions import document_focus

    text = ("A doctor who faces charges in Agusan del Sur was arrested by soldiers. Manila residents protested.")
    places = [_place(text, "Agusan del Sur", "admin2", "PH", "Caraga"),
              _place(text, "Manila", "populated place", "PH", "Metro Manila")]
    ctx = SimpleNamespace(text=text, doc=_doc(text), places=places, scratch={})
    assert document_focus(ctx, None).name == "Agusan del Sur"


@pytest.mark.slow
@pytest.mark.parametrize("text, published, place", [
    # "the West Bank city of Ramallah": the West Bank is the city's parent, Ramallah the event's place
    ("In the West Bank city of Ramallah, hundreds of protesters clashed with Palestinian security forces on Tuesday.",
     "2023-10-18", "Ramallah"),
    # "U.S. and British warplanes": both countries name the sides, Yemen is where the strikes fell
    ("The Houthis vowed on Saturday to retaliate after U.S. and British warplanes struck more than 60 targets across "
     "Yemen overnight.", "2024-01-14", "Yemen"),
])
def test_the_events_place_is_not_a_parent_or_a_side(pipeline, text, published, place):
    from sitroom.records import DocumentIn

    [ev] = pipeline.extract(DocumentIn(id="t", text=text, published=published)).events
    assert ev.location.name == place
