"""An event noun that refers back to an event told before (discourse.is_definite_mention): it joins that event
(merge_events) instead of being a report of its own that must agree with it on its date."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("sentence,word,mention", [
    # a named person's (or body's) arrest told before: "Bhiri's arrest", as "the arrest" or "their arrest"
    ("He blamed the minister, who ordered Bhiri's arrest.", "arrest", True),
    ("The group said that Mensah's detention was arbitrary.", "detention", True),
    ("He blamed the minister, who ordered the arrest.", "arrest", True),
    # a report of its own: the noun phrase says when or where, or no determiner makes it definite
    ("He blamed the minister, who ordered Bhiri's Friday arrest.", "arrest", False),
    ("He blamed the minister, who ordered an arrest.", "arrest", False),
    ("Police arrested Bhiri in Tunis.", "arrested", False),
])
def test_a_possessive_name_makes_an_event_noun_a_mention(nlp, sentence, word, mention):
    from sitroom.extract.events.discourse import is_definite_mention

    doc = nlp(sentence)
    tok = next(t for t in doc if t.idx == sentence.index(word))
    assert is_definite_mention(tok) is mention


@pytest.mark.parametrize("sentence,subject", [
    ("The strikes were conducted as part of Operation Inherent Resolve, the campaign against the group.", True),
    ("The attack drew condemnation from the governor.", True),
    # not the subject, not definite, an agent named, or no noun of an attack
    ("Coalition aircraft conducted the strikes as part of Operation Inherent Resolve.", False),
    ("Two strikes were conducted near Hit on Thursday.", False),
    ("The attack was carried out by two men on a motorbike.", False),
    ("The soldiers were deployed as part of Operation Barkhane.", False),
])
def test_a_definite_attack_noun_as_subject_retells_the_attack(nlp, sentence, subject):
    from sitroom.extract.events.discourse import is_definite_subject

    assert is_definite_subject(nlp(sentence)[:].root) is subject


def test_a_sentence_that_retells_strikes_told_before_is_no_event_of_its_own(nlp):
    """'The strikes were conducted as part of ...' after the strikes adds nothing to code (with no trigger word,
    the detector read it as a strike of its own, placed wherever the last one was)."""
    from sitroom.extract.events import rules
    from sitroom.records import Event, Evidence

    first = "Near Hit, two strikes destroyed an ISIL-held building."
    later = "The strikes were conducted as part of Operation Inherent Resolve."
    text = first + " " + later
    air = rules.typed_fields("Explosions/Remote violence / Air/drone strike")
    a = Event(**air, confidence=0.9, trigger="strikes",
              evidence=Evidence(sentence=0, start=0, end=len(first), text=first))
    b = Event(**air, confidence=0.3, evidence=Evidence(sentence=1, start=len(first) + 1, end=len(text), text=later))
    kept, _ = rules.select_news([a, b], nlp(text))
    assert kept == [a]
    alone, _ = rules.select_news([b.model_copy(update={"evidence": Evidence(sentence=0, start=0, end=len(later),
                                                                             text=later)})], nlp(later))
    assert len(alone) == 1  # with no strike told before, it is the report
    counted = b.model_copy(update={"fatalities": 4})  # "The strikes killed four fighters": a figure for the event
    assert len(rules.select_news([a, counted], nlp(text))[0]) == 2


def test_a_participle_clause_after_a_comma_parsed_as_a_modifier_is_no_mention():
    """", heavily flooding areas of Chad and Niger": a participle clause with its object that the parser may take
    for an adjective of "areas"; no modifier mention (unlike "the flooding areas", "heavily armed men")."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from sitroom.extract.events.discourse import is_modifier_mention

    words = ["Rains", "hit", "Africa", ",", "heavily", "flooding", "areas", "of", "Chad", "."]
    heads = [1, 1, 1, 1, 5, 6, 2, 6, 7, 1]
    deps = ["nsubj", "ROOT", "dobj", "punct", "advmod", "amod", "appos", "prep", "pobj", "punct"]
    tags = ["NNS", "VBD", "NNP", ",", "RB", "VBG", "NNS", "IN", "NNP", "."]
    pos = ["NOUN", "VERB", "PROPN", "PUNCT", "ADV", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, pos=pos, sent_starts=[True] + [False] * 9)
    assert is_modifier_mention(doc[5]) is False
    the = Doc(Vocab(), words=["the", "flooding", "areas", "drained"], heads=[2, 2, 3, 3],
              deps=["det", "amod", "nsubj", "ROOT"], tags=["DT", "VBG", "NNS", "VBD"],
              pos=["DET", "VERB", "NOUN", "VERB"], sent_starts=[True, False, False, False])
    assert is_modifier_mention(the[1]) is True
