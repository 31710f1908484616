"""Rule 9 (crime.py): ordinary crime and judicial executions are not coded (guide, decisions v1.1 and v1.2)."""

from sitroom.extract.events import crime
from sitroom.records import ActorRef

ABDUCTION = "Violence against civilians / Abduction/forced disappearance"
ATTACK = "Violence against civilians / Attack"
ARRESTS = "Strategic developments / Arrests"
DISASTER = "Disasters / Man-made disaster"

CASE = ("The 2-year-old was abducted Saturday night. Police said a suspect was taken into custody on Monday and "
        "charged with kidnapping, the county sheriff's office said.")
UNKNOWN = ActorRef(name="Unidentified Armed Group (United States)", actor_type="political militia", inter=3)
POLICE = ActorRef(name="Police Forces of Canada", actor_type="state forces", inter=1)
ISWAP = ActorRef(name="ISWAP", actor_type="rebel group", inter=2)
IRAN = ActorRef(name="Government of Iran", actor_type="state forces", inter=1)


def test_a_criminal_case_with_nothing_political_is_a_crime_story():
    assert crime.is_crime_story(CASE)
    # one word of a case is not a story of one
    assert not crime.is_crime_story("The victim was taken to hospital after the crash.")
    # a victim, a doer or a framing that is political makes the story conflict or repression
    assert not crime.is_crime_story(CASE.replace("The 2-year-old", "The activist"))
    assert not crime.is_crime_story(CASE + " Gunmen have kidnapped dozens in the area this year.")
    assert not crime.is_crime_story(CASE + " Rights groups called it part of a crackdown.")


def test_a_lone_criminals_violence_in_a_crime_story_is_not_coded():
    assert crime.is_ordinary_crime(ABDUCTION, "The 2-year-old was abducted Saturday night.", UNKNOWN, True)
    assert crime.is_ordinary_crime(ATTACK, "A company Christmas party turned deadly early Sunday with a stabbing "
                                           "that killed a 26-year-old man.", None, True)
    # the police only found the victim: no police violence
    assert crime.is_ordinary_crime(ATTACK, "On arrival, police found the victim with stab wounds.", POLICE, True)
    assert crime.is_ordinary_crime("Battles / Armed clash", "He is being held on two counts of attempted homicide, "
                                   "all charges related to the police shootout.", POLICE, True)


def test_organised_doers_police_violence_and_political_stories_stay_coded():
    s = "Two Vietnamese women were rescued after being abducted by Chinese nationals in Las Pinas City."
    assert not crime.is_ordinary_crime(ABDUCTION, s, UNKNOWN, True)  # a band of kidnappers
    assert not crime.is_ordinary_crime(ABDUCTION, "Gunmen abducted 27 students.", UNKNOWN, True)
    assert not crime.is_ordinary_crime(ATTACK, "The man was shot by police outside his home.", POLICE, True)
    assert not crime.is_ordinary_crime(ATTACK, "Officers beat him in the cell.", POLICE, True)
    assert not crime.is_ordinary_crime(ATTACK, "They ambushed travellers on the road.", ISWAP, True)
    assert not crime.is_ordinary_crime(ABDUCTION, "The 2-year-old was abducted Saturday night.", UNKNOWN, False)
    # arrests are rule 7's
    assert not crime.is_ordinary_crime(ARRESTS, "The suspect was arrested on Monday.", POLICE, True)


def test_a_crimes_harm_typed_as_a_disaster_is_no_disaster():
    assert crime.is_ordinary_crime("Disasters / Natural disaster", "In May, a stabbing spree in Guizhou province "
                                   "left two dead and 18 injured.", None, True)
    # a disaster of its own (the cue that typed it), or no harm by a person, stays
    assert not crime.is_ordinary_crime(DISASTER, "The blaze was set intentionally after the shooting.", None, True,
                                       cue_label=DISASTER)
    assert not crime.is_ordinary_crime(DISASTER, "A man is dead as a result of a crash on Thursday.", None, True)
    assert not crime.is_ordinary_crime(DISASTER, "A stabbing spree left two dead.", None, False)


def test_judicial_executions_are_not_coded():
    assert crime.is_uncoded_execution(ATTACK, "Iran hanged a man for murder on Saturday, the judiciary's website "
                                              "said.", IRAN)
    assert crime.is_uncoded_execution(ATTACK, "Egypt executed at least 57 people in October and November, "
                                              "Amnesty International has said.",
                                      ActorRef(name="Government of Egypt", actor_type="state forces", inter=1))
    # executing a warrant kills no one
    assert crime.is_uncoded_execution(ATTACK, "Police executed five search warrants and recovered cash.", POLICE)


def test_summary_and_armed_groups_executions_stay_attacks():
    assert not crime.is_uncoded_execution(ATTACK, "Soldiers summarily executed five villagers.", None)
    assert not crime.is_uncoded_execution(ATTACK, "Militants executed two hostages on Friday.", UNKNOWN)
    assert not crime.is_uncoded_execution(ATTACK, "The group executed three men in the square.", ISWAP)
    assert not crime.is_uncoded_execution(ATTACK, "Gunmen shot dead a farmer on Monday.", UNKNOWN)
    assert not crime.is_uncoded_execution("Strategic developments / Other", "Iran hanged a man, the judiciary said.",
                                          IRAN)


def test_a_family_killing_is_not_coded_in_any_story():
    s = "Doski Azad, a 23-year-old transgender woman, was reportedly killed by her brother near Dohuk."
    assert crime.is_ordinary_crime(ATTACK, s, UNKNOWN, crime_story=False)
    # the police's or an armed group's violence told beside a relative stays
    s = ("Still sore from the beating received at the hands of the Leon Police, he recounts the humiliation "
         "suffered by his wife.")
    assert not crime.is_ordinary_crime(ATTACK, s, POLICE, crime_story=False)
    assert not crime.is_ordinary_crime(ABDUCTION, "Militants abducted the girl, who was betrayed by her uncle.",
                                       UNKNOWN, crime_story=False)
    assert not crime.is_ordinary_crime(ATTACK, "He was killed by his brother's militia.", ISWAP, crime_story=False)
