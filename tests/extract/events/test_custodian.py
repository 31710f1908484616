"""Violence done to someone held, with no doer named, is done by the force that holds them."""

from __future__ import annotations

import pytest

from sitroom.extract.events.conventions import conventional_actors
from sitroom.extract.events.custodian import custodian
from sitroom.records import PlaceMention

SEX = "Violence against civilians / Sexual violence"
ATTACK = "Violence against civilians / Attack"


@pytest.mark.parametrize("text, force", [
    ("Her lawyer said she was beaten and tortured in police custody.", "Police Forces of Kenya"),
    ("Rights groups cited torture allegations in police custody of a jailed union leader.", "Police Forces of Kenya"),
    ("He told reporters he was tortured while in custody.", "Police Forces of Kenya"),
    ("The student was whipped repeatedly in military detention.", "Military Forces of Kenya"),
    ("Relatives said he was beaten in the custody of the army.", "Military Forces of Kenya"),
    ("Photos showed the torture of a detained politician.", "Police Forces of Kenya"),
    ("A woman who was detained in March said she was beaten and burned.", "Police Forces of Kenya"),
    ("Former detainees said they were whipped with cables.", "Police Forces of Kenya"),
])
def test_the_custody_named_gives_its_force(text, force):
    assert custodian(text, "Kenya", "KE").name == force


@pytest.mark.parametrize("text", [
    "He was tortured in the custody of the rebels.",  # a holder named: theirs, not the state's
    "She said she was beaten in their custody.",
    "Gunmen beat a trader to death at the market.",
    "A man who was detained by the rebels said he was beaten.",  # a holder named elsewhere: not the state's
    "A suspect was arrested after a trader was stabbed.",  # an arrest of the doer, no one harmed in custody
])
def test_no_state_custody_told_gives_none(text):
    assert custodian(text, "Kenya", "KE") is None


def test_torture_in_police_custody_is_the_polices_not_an_unidentified_group():
    loc = PlaceMention(text="Nairobi", start=0, end=7, name="Nairobi", level="populated place", country="KE")
    a1, a2 = conventional_actors(SEX, None, None, loc, "She said she was sexually assaulted in police custody.")
    assert a1.name == "Police Forces of Kenya" and a2.name == "Civilians (Kenya)"
    a1, _ = conventional_actors(ATTACK, None, None, loc, "Gunmen shot dead a farmer in his field.")
    assert a1.name.startswith("Unidentified Armed Group")
