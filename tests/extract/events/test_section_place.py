"""Where an event is when its sentence names no place: a report in sections by place (a live report's "Austin,
Texas" on a line, then its news) places a section's sentences at its heading's place, not at the article's
first place; a lone place line, or a heading of another kind, does not. So does each item of a numbered list
(a digest of stories): its paragraphs are at the place its first sentence names."""

import pytest

from sitroom.records import DocumentIn

pytestmark = pytest.mark.slow

SECTIONED = (
    "Protests over police killings spread to dozens of cities on Wednesday.\n\n"
    "Chicago\n\n"
    "Hundreds of people marched downtown on Tuesday evening, chanting slogans.\n\n"
    "Houston, Texas\n\n"
    "Police arrested 40 protesters on Tuesday night after they refused to leave a bridge.\n\n"
)


def _events(pipeline, text, published="2020-06-03"):
    return pipeline.extract(DocumentIn(id="t", text=text, published=published)).events


def _places_of(events, words):
    """The places of the events told in the sentence with ``words``."""
    return {e.location.name for e in events if words in e.evidence.text and e.location is not None}


def test_a_section_under_a_place_heading_is_at_that_place(pipeline):
    evs = _events(pipeline, SECTIONED)
    assert _places_of(evs, "Police arrested 40") == {"Houston"}  # not Chicago, the article's first place


def test_a_lone_place_line_is_no_section_heading(pipeline):
    # one place line only is no report in sections (a caption's place, a dateline on a line of its own): the
    # sentence naming no place stays at the article's focus
    text = ("Protesters marched in Chicago on Tuesday evening.\n\nHouston\n\n"
            "Police arrested 40 protesters on Tuesday night after they refused to leave a bridge.\n\n")
    assert _places_of(_events(pipeline, text), "Police arrested 40") == {"Chicago"}


def test_a_heading_of_another_kind_ends_the_section(pipeline):
    text = SECTIONED.replace("Houston, Texas\n\n", "Houston, Texas\n\nSome marchers said they would return.\n\n"
                             "Other news\n\n")
    text += "Boston\n\nA crowd gathered outside City Hall on Tuesday.\n\n"
    places = _places_of(_events(pipeline, text), "Police arrested 40")
    assert places and "Houston" not in places


DIGEST = (
    "Here are the top stories of the day.\n\n"
    "1. Gunmen attacked a village in Zamfara State on Monday, killing six farmers.\n\n"
    "2. The police have arrested two lecturers of a college in Offa for fraud.\n\n"
    "The lecturers were nabbed with cars, phones and laptops, the police spokesman said.\n\n"
)


def test_a_numbered_item_places_the_paragraphs_after_it(pipeline):
    # each item of a numbered digest is a story of its own: its second paragraph is at the item's place, not
    # at the digest's first place (Zamfara)
    places = _places_of(_events(pipeline, DIGEST), "were nabbed")
    assert places == {"Offa"}


def test_one_numbered_paragraph_is_no_list(pipeline):
    text = DIGEST.replace("1. Gunmen", "Gunmen")
    assert _places_of(_events(pipeline, text), "were nabbed") == {"Zamfara"}  # the digest's first place


def test_an_item_that_names_no_place_ends_the_previous_items_section(pipeline):
    text = DIGEST.replace("The lecturers were", "3. The association of lecturers said the arrests were wrong.\n\n"
                                                 "The lecturers were")
    assert _places_of(_events(pipeline, text), "were nabbed") == {"Zamfara"}
