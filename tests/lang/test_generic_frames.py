"""Frames that make a statement a record over a stretch, not one incident (lang/en/events/discourse.py): the
guide codes no statistics, trends or cumulative tolls."""

from sitroom.lang.en.events.discourse import GENERIC, TIMES_COUNT


def test_a_hyphenated_count_of_months_is_a_stretch():
    assert GENERIC.search("In the last two-and-a-half months, the border police have seized three lorries.")
    assert GENERIC.search("over the past two-and-a-half years")
    # as the scope is read: its tokens joined by spaces
    assert GENERIC.search("In the last two - and - a - half months , the border police have seized three lorries .")


def test_since_a_month_of_a_year_is_a_stretch_but_since_a_day_is_an_onset():
    assert GENERIC.search("some 5,000 people disappeared since August 2012")
    assert not GENERIC.search("he has been held since August 12")
    assert not GENERIC.search("he has been held since August 12 in a cell")


def test_a_tenure_is_a_stretch():
    assert GENERIC.search("In the governor's first two years in office, 40 reporters were jailed.")
    assert GENERIC.search("during his last three years of power")


def test_in_the_past_alone_tells_an_experience_not_the_past_hours_or_days():
    assert GENERIC.search("The militia has shelled the camp in the past, officials said.")
    assert GENERIC.search("They have attacked convoys in the past and may do so again.")
    for news in ("in the past 24 hours", "in the past week", "in the past few days", "in the past two weeks",
                 "in the past several hours", "in the past month", "in the past couple of days",
                 "in the past two to three days", "in the past weekend", "in the past night"):
        assert not GENERIC.search(f"Troops shelled the camp {news}."), news


def test_a_count_of_occasions_is_a_series():
    assert TIMES_COUNT.search("has used the gas on at least three occasions")
    assert TIMES_COUNT.search("was detained several times")


def test_last_season_looks_back_like_last_year():
    from sitroom.lang.en.events.discourse import BACKGROUND

    for season in ("summer", "autumn", "fall", "winter", "spring"):
        assert BACKGROUND.search(f"Five villagers were killed in an ambush there last {season}."), season
    assert not BACKGROUND.search("Five villagers were killed in an ambush there last week.")


def test_the_force_of_a_blast_points_back_to_no_force():
    from sitroom.lang.en.events.extractor import ANAPHOR

    assert ANAPHOR.match("The security force also killed two insurgents.")
    assert ANAPHOR.match("The force detained three suspects.")
    # "force" as a blast's strength: the sentence before may name soldiers who had no part in the blast
    assert not ANAPHOR.match("The force of the explosion killed two civilians.")
