"""A trigger word told twice in a sentence: the occurrence in the main clause is the report's, not the one of a
relative or modal clause beside it ("apart from the ones that might be deployed ..., police deployed 2,000
officers"), so the news gate reads the main verb's modality and time."""

import pytest

from sitroom.extract.events.trigger_word import trigger_token
from sitroom.records import DocumentIn


def test_the_main_clause_occurrence_is_the_trigger_token(nlp):
    doc = nlp("Besides the officers who could be deployed to guard the governor, the police deployed "
              "2,000 officers to the city for the vote.")
    tok = trigger_token(doc[:], "deployed")
    assert tok.dep_ == "ROOT" and tok.i > 10


def test_a_trigger_told_once_is_that_word(nlp):
    doc = nlp("Soldiers arrested three men at a checkpoint on Monday.")
    assert trigger_token(doc[:], "arrested").text == "arrested"
    assert trigger_token(doc[:], "bombing") == doc[:].root  # absent: the sentence's root


@pytest.mark.slow
def test_a_deployment_beside_a_modal_clause_is_coded_as_asserted(pipeline):
    text = ("Besides the few officers who might be deployed to guard the candidates, the Kenyan police deployed "
            "12,000 officers to Nakuru on Tuesday for the county election, the inspector general said.")
    evs = pipeline.extract(DocumentIn(id="t", text=text, published="2026-03-12")).events
    got = [(e.sub_event_type, e.location.name, e.date.start, e.modality) for e in evs]
    assert got == [("Other", "Nakuru", "2026-03-10", "reported")]  # not "predicted", the relative clause's "might"
