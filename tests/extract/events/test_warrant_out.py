"""A warrant (out, issued, sought) for someone's arrest tells nobody taken, whatever the warrant's role on the verb
"for" hangs on: its object ("a court issued a warrant for his arrest"), its subject ("A warrant is out for his
arrest", "a warrant was issued for the arrest of") or after "there is"; nor does a "warrant of arrest". An arrest told beside a warrant stays."""

import pytest

from sitroom.extract.events.rules import no_taking_told

ARRESTS = "Strategic developments / Arrests"


@pytest.mark.parametrize("text", [
    "A warrant is out for her arrest, her lawyer said.",
    "A warrant was issued on Monday for the arrest of the former governor.",
    "There is now a warrant out for his arrest.",
    "Warrants have been issued for the arrest of three ministers, the prosecutor said.",
    "A judge issued a warrant for the arrest of the militia leader.",
    "A warrant of arrest against the two editors was issued by a regional court.",
])
def test_a_warrant_tells_nobody_taken(nlp, text):
    assert no_taking_told(ARRESTS, nlp(text)[:])


@pytest.mark.parametrize("text", [
    "Police arrested the mayor on a warrant issued in March.",
    "The editor was detained on Friday, and a warrant is out for the arrest of his deputy.",
    "Officers holding a warrant arrested the activist at his home.",
    "Police served a warrant of arrest and detained the councillor at his office.",
])
def test_an_arrest_told_beside_a_warrant_stays(nlp, text):
    assert not no_taking_told(ARRESTS, nlp(text)[:])
