"""Misfires a fresh reviewer (review48) found by writing news sentences of his own across ACLED's types and
running them through the extractor as a user would. Every sentence here is the reviewer's own (none from the
corpus); each group has sentences the rule must get right and sentences where it must not fire."""

import pytest

from sitroom.extract.events.counts import count


# Deaths told with a person's noun the count did not know (a governor, a detainee, a prisoner), a killing by hand
# told with the passive ("was tortured to death"), and the dead after "to death" ("beat to death two men").
@pytest.mark.parametrize("text, n", [
    ("Unidentified gunmen shot dead a district governor in Nangarhar province on Wednesday.", 1),
    ("A detainee was tortured to death in a police station in Cairo on Friday.", 1),
    ("A prisoner was hacked to death by fellow inmates in Kigali on Sunday.", 1),
    ("A mob beat to death two men suspected of cattle theft in the village of Kagoro on Monday.", 2),
    ("Villagers stoned to death three suspected witches near Kisii.", 3),
    ("A mob beat two men to death in Kagoro.", 2),
])
def test_deaths_by_hand_and_of_officials_are_counted(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text", [
    "The boy was beaten to death 3 years ago, his mother told the court.",  # a time, no count
    "The governor was briefed about the attack on Tuesday.",  # no death
    "A minister was attacked but escaped unhurt.",
])
def test_no_count_without_the_dead(text):
    assert count("fatalities", text) is None


# A mob's act is no lone criminal's, in a story told with police words ("accused", "police said").
from sitroom.extract.events import crime  # noqa: E402
from sitroom.records import ActorRef  # noqa: E402

MOB = "Riots / Mob violence"
ATTACK = "Violence against civilians / Attack"
RIOTERS = ActorRef(name="Rioters (Pakistan)", actor_type="rioters", inter=5)
UNKNOWN = ActorRef(name="Unidentified Armed Group (Kenya)", actor_type="political militia", inter=3)


@pytest.mark.parametrize("label, text", [
    (MOB, "A mob lynched a man accused of blasphemy in the Pakistani town of Sargodha on Sunday, police said."),
    (MOB, "A man accused of theft was beaten to death by a mob in Kisumu on Friday, police said."),
    (MOB, "A crowd of angry residents stoned two suspected kidnappers in Jos on Tuesday."),
    (ATTACK, "Vigilantes beat a suspected thief in Aba on Monday, police said."),
])
def test_a_crowd_doer_is_no_ordinary_crime(label, text):
    assert not crime.is_ordinary_crime(label, text, RIOTERS, True)


@pytest.mark.parametrize("text", [
    "A man drove his car into a crowd in Kisumu on Friday, police said; the suspect was charged with murder.",
    "A suspect stabbed a woman outside a crowded bar, police said.",
])
def test_a_crowd_as_target_leaves_a_crime_story_a_crime(text):
    assert crime.is_ordinary_crime(ATTACK, text, UNKNOWN, True)
