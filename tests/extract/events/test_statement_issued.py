"""A main clause that says someone put out a statement about or responding to something tells talk, not the act it
is about (reactions.is_reaction_statement, _text_about); a statement told by what it says may report the act."""

import pytest


def _span(nlp, sentence):
    return nlp(sentence)[:]


@pytest.mark.slow
@pytest.mark.parametrize("sentence", [
    "The bishop has released a statement responding to claims that he ignored abuse at the boarding school.",
    "The foreign ministry issued a statement on the killing of the two aid workers.",
    "The rebel commander sent a letter condemning the bombing of the market.",
    "The former governor published a statement about the massacre of villagers in 1998.",
])
def test_a_statement_about_an_act_is_talk(nlp, sentence):
    from sitroom.extract.events.reactions import is_reaction_statement

    assert is_reaction_statement(_span(nlp, sentence))


@pytest.mark.slow
@pytest.mark.parametrize("sentence", [
    # told by what it says: the content may be the act
    "The army issued a statement saying its troops killed 20 militants near the border.",
    "The group released a statement claiming the attack on the police station.",
    # a statement on an act it dates: the guide codes the act named with its own day
    "The ministry issued a statement on Monday's bombing of the bus station in Kano.",
    # no text put out: an act
    "Gunmen released the two hostages on the outskirts of the town.",
])
def test_a_statement_told_by_its_content_or_dated_is_not_talk_only(nlp, sentence):
    from sitroom.extract.events.reactions import is_reaction_statement

    assert not is_reaction_statement(_span(nlp, sentence))
