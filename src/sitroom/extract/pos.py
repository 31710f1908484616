"""Groups of spaCy's universal part-of-speech tags that the stages test for, and the tense readings built on them.

Kept here, below every stage, so places, actors, time, events and claims share one definition without
importing one another.
"""

# The parts of speech that head a clause.
VERBAL = frozenset({"VERB", "AUX"})


def simple_past(verb) -> bool:
    """"arrested" (VBD) or "was arrested" (VBN after a past "be"), with no perfect, modal or future before it."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.dep_ == "conj" and not aux:
        aux = [c for c in verb.head.children if c.dep_ in ("aux", "auxpass")]
        if verb.tag_ == "VBN" and not aux and verb.head.tag_ == "VBD":
            return True  # "police raided the office and arrested ...": tagged VBN by the parse at times
    if any(a.lemma_ in ("have", "will", "would", "could", "may", "might", "must", "shall", "should", "can")
           or a.tag_ == "MD" for a in aux):
        return False
    if verb.tag_ == "VBD":
        return not aux
    return verb.tag_ == "VBN" and any(a.dep_ == "auxpass" and a.tag_ == "VBD" for a in aux)
