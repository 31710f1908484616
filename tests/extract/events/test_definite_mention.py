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
