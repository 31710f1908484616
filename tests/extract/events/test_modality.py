"""Modality, hedges and source of event reports."""

import pytest

from sitroom.extract.events.modality import modality_of, source_of


@pytest.mark.parametrize("sentence,trigger,expected", [
    ("Taliban militants took control over Garmsir district.", "took", "asserted"),
    ("They reportedly show the shooting of surrendered soldiers.", "shooting", "reported"),
    ("The video allegedly shows the execution of prisoners.", "execution", "alleged"),
    ("The army denied that it had shelled the village.", "shelled", "denied"),
    ("No attacks were reported in the area.", "attacks", "negated"),
    ("The rebels threatened to attack the capital.", "attack", "threatened"),
    ("The two presidents will meet in Doha next week.", "meet", "planned"),
    ("The talks may lead to a ceasefire.", "ceasefire", "predicted"),
    ("The group claimed it had shot down a helicopter.", "shot down", "claimed"),
])
def test_modality(sentence, trigger, expected):
    modality, _ = modality_of(sentence, sentence.index(trigger))
    assert modality == expected


def test_hedges_come_from_the_context_sentence_too():
    modality, hedges = modality_of("They reportedly show the shooting of surrendered soldiers.", 20,
                                   context="Other videos were allegedly made in Faryab in early July.")
    assert modality == "alleged"
    assert hedges == ["allegedly", "reportedly"]


def test_source_is_the_attribution_or_the_outlet():
    assert source_of("Five soldiers died, according to the defence ministry.", "AFP") == "the defence ministry"
    assert source_of("Five soldiers died in the attack.", "AFP") == "AFP"


@pytest.mark.slow
def test_a_wire_dateline_is_not_the_source(nlp):
    doc = nlp("ADEN, Yemen, March 7 (Xinhua) -- Yemeni authorities said on Monday that four aid workers "
                    "were kidnapped by gunmen.")
    assert source_of(doc[:], "Xinhua") == "Yemeni authorities"


@pytest.mark.slow
def test_a_source_keeps_the_texts_own_spacing(nlp):
    # Review finding 16: tokens joined with spaces gave "Jeanne Cavelier , head of RSF 's ..." and "Amotekun ’s".
    doc = nlp("\"They are censoring all reporting,\" said Jeanne Cavelier, head of RSF's Eastern Europe desk.")
    assert source_of(doc[:], None) == "Jeanne Cavelier, head of RSF's Eastern Europe desk"
    doc = nlp("Amotekun\u2019s media unit said the suspects were arrested on Tuesday.")
    assert source_of(doc[:], None) == "Amotekun\u2019s media unit"
