"""A present participle hung on a verb with "will" tells an act still to come (modality.modality_from_parse):
"Ottawa will have to pursue a new approach, negotiating deals one by one" tells no talks held."""

import pytest

from sitroom.extract.events.modality import modality_from_parse

PLANNED = [
    ("The minister will travel to Accra next week, meeting President Akufo-Addo.", "meeting"),
    ("Kenya will have to change course, negotiating with each neighbour in turn.", "negotiating"),
    ("The envoy will stay in Kabul until Friday, holding talks with the new cabinet.", "holding"),
]
NOT_PLANNED = [
    ("The minister travelled to Accra on Monday, meeting President Akufo-Addo.", "meeting"),
    ("Gunmen stormed the village on Sunday, killing five farmers, and police will investigate.", "killing"),
    ("Soldiers who will be tried next month shot two protesters on Friday, killing one.", "killing"),
]


@pytest.mark.parametrize("sentence, word", PLANNED)
def test_participle_under_future_is_planned(nlp, sentence, word):
    assert modality_from_parse(nlp(sentence), sentence.find(word)) == "planned"


@pytest.mark.parametrize("sentence, word", NOT_PLANNED)
def test_participle_under_past_is_not(nlp, sentence, word):
    assert modality_from_parse(nlp(sentence), sentence.find(word)) != "planned"
