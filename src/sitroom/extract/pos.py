"""Groups of spaCy's universal part-of-speech tags that the stages test for.

Kept here, below every stage, so places, actors, time, events and claims share one definition without
importing one another.
"""

# The parts of speech that head a clause.
VERBAL = frozenset({"VERB", "AUX"})
