"""A sentence whose main clause is an appeal or a pledge about an act, undated, states a reaction, not the act
(reactions.is_reaction_statement): the guide's reactions and statements are no event."""

import pytest

from sitroom.extract.events.reactions import is_reaction_statement

APPEALS = [
    "Rights groups are calling on the governor to explain how he handled the abuse claims at the school.",
    "The prime minister vowed never to forget the soldiers who were killed in the ambush.",
    "The bishops urged the government to do more for the families of the kidnapped students.",
    # a demand told by "must" or "should"
    "The opposition leader says the interior minister must explain the arrests of journalists.",
    "Amnesty said the authorities should release everyone detained for protesting.",
]
ACTS = [
    "Police urged residents to stay indoors after gunmen killed five people at a market.",
    "The governor vowed on Monday to catch the gunmen who killed two farmers in Benue.",
    "Thousands of protesters called for the minister's resignation outside parliament.",
    "Gunmen abducted 12 villagers near Zaria, police said.",
    # "must have": a guess about what happened, not a demand
    "Police said the gunmen must have killed the guards before they looted the bank.",
]


@pytest.mark.parametrize("sentence", APPEALS)
def test_appeal_is_a_statement(nlp, sentence):
    assert is_reaction_statement(nlp(sentence)[:])


@pytest.mark.parametrize("sentence", ACTS)
def test_act_is_not_a_statement(nlp, sentence):
    assert not is_reaction_statement(nlp(sentence)[:])
