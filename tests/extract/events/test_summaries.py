"""Summaries of a campaign (extract/events/summaries.py): a count of many acts or a speaker's own record with no
day is no incident (rule 6); the same acts told with their day are."""

import pytest

from sitroom.extract.events.summaries import is_summary


@pytest.mark.slow
@pytest.mark.parametrize("sentence, word, summary", [
    # many acts counted: a record, not one incident
    ("Since joining the coalition, the air force has flown over 900 sorties and carried out 310 air strikes on "
     "militant positions.", "strikes", True),
    ("The navy conducted hundreds of raids along the coast during the campaign.", "raids", True),
    # the speaker's own record in the present perfect
    ("We have helped free dozens of villages, lifted the blockade of the valley and driven the rebels from the "
     "hills.", "blockade", True),
    ("We have supported the recapture of the northern towns.", "recapture", True),
    # the speaker's side named as "our ..."
    ("Our forces have liberated 40 villages and killed hundreds of militants since the operation began.", "liberated",
     True),
    ("Our troops have burned two camps and captured a commander so far, the spokesman said.", "captured", True),
    ("Their troops have burned two camps and captured a commander so far, the spokesman said.", "captured", False),
    # a count of acts told on its day, a few acts, a count of people: incidents
    ("The air force carried out 120 air strikes on Monday.", "strikes", False),
    ("Jets carried out three air strikes on the town.", "strikes", False),
    ("Hundreds of protesters marched through the capital.", "protesters", False),
    # someone else's act, or the speaker's with its day
    ("They have attacked the checkpoint outside the town.", "attacked", False),
    ("We have arrested four suspects in Kano on Friday.", "arrested", False),
])
def test_a_summary_of_acts_is_no_incident(nlp, sentence, word, summary):
    doc = nlp(sentence)
    tok = next(t for t in doc if t.text == word)
    assert is_summary(tok) is summary
