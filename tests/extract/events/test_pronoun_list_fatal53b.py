"""fatal53b: a pronoun for one person opens a list of dead (own sentences, not from the corpus)."""

import pytest

from sitroom.extract.events.counts import count


@pytest.mark.parametrize("text,n", [
    ("She and her two daughters were killed when the shell hit their house.", 3),
    ("He and his three sons were shot dead at the farm.", 4),
    ("Witnesses said he and two bodyguards were killed in the ambush.", 3),
    ("Gunmen killed him and his two brothers outside the mosque.", 3),
])
def test_pronoun_heads_list_of_dead(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text,n", [
    ("He and two others killed three guards at the checkpoint.", 3),   # doers, not dead
    ("She and her husband were wounded in the blast.", None),          # wounded, not dead
    ("He said two soldiers and a civilian were killed.", 3),           # "he" the speaker, no member
])
def test_pronoun_not_a_dead_member(text, n):
    assert count("fatalities", text) == n
