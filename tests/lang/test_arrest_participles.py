"""One list of arrest participles, read by the custody's taking (TAKEN) and the counts of those arrested."""

import re

from sitroom.lang.en.events.arrests import TAKEN
from sitroom.lang.en.events.counts import ARRESTED


def test_taken_and_counts_read_the_same_arrest_words():
    for phrase in ("arrested", "detained", "apprehended", "taken into custody", "picked up"):
        assert TAKEN.search(f"He was {phrase} on Monday.")
        assert re.search(rf"\b12 {ARRESTED}\b", f"Police said 12 were {phrase} in Lagos.", re.I)
    # what each adds of its own: an abduction is a taking, "rounded up" counts a group arrested
    assert TAKEN.search("He was abducted from his home.")
    assert not TAKEN.search("Police rounded up 40 protesters.")
    assert re.search(rf"\b40 {ARRESTED}\b", "Police said 40 were rounded up.", re.I)
