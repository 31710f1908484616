"""The wire service in a dateline (review finding 15)."""

from sitroom.read.dateline import wire_agency


def test_the_agency_in_a_dateline_is_the_source():
    assert wire_agency("BAMAKO, March 14, 2024 (Reuters) - Gunmen killed 12 villagers.") == "Reuters"
    assert wire_agency("KABUL, Afghanistan (AP) \u2014 A bomb exploded.") == "Associated Press"
    assert wire_agency("Gunmen kill 12\n\nNIAMEY (AFP) - Gunmen killed 12.") == "AFP"  # after a headline
    assert wire_agency("(Reuters) - Troops clashed with rebels.") == "Reuters"
    assert wire_agency("LONDON, July 12 (REUTERS) - Talks ended.") == "Reuters"
    assert wire_agency("GAZA CITY (AFP/Reuters) - Strikes hit.") == "AFP; Reuters"


def test_no_dateline_or_an_unknown_name_gives_none():
    assert wire_agency("Troops clashed with rebels near Beni on Sunday (local time) - six died.") is None
    assert wire_agency("KANO, Nigeria (Daily Planet) - Gunmen struck.") is None
    assert wire_agency("The army (AP) said nothing.") is None  # not at the start of a line
    assert wire_agency("x" * 500 + "\nKABUL (AP) - late.") is None  # too far down to be a dateline
