"""fatal53b: the attacker killed with his partner or aide (own sentences, not from the corpus)."""

import pytest

from sitroom.extract.events.counts import count


@pytest.mark.parametrize("text,n", [
    ("Police killed the gunman and his accomplice after a chase.", 2),
    ("Troops shot dead the bomber and his two associates at the checkpoint.", 3),
    ("A militia commander and his aide were killed in the drone strike.", 2),
])
def test_partner_counted(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text,n", [
    ("Police killed the gunman and his accomplice escaped on foot.", 1),   # the partner lived
    ("Police killed the gunman and his accomplice was arrested.", 1),
    ("The gunman and his partner killed three people at the bank.", 3),    # doers, not dead
])
def test_partner_not_counted(text, n):
    assert count("fatalities", text) == n
