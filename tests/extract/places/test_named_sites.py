"""Named sites the gazetteer lacks (universities, dams, bases, camps, prisons), seats spaCy calls people, names read
only as other languages' names of towns abroad, and countries inside the names of lakes. The texts are written for
these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _sites(places):
    return [p for p in places if p.resolution.startswith("site:")]


@pytest.mark.parametrize("text", [
    "UN peacekeepers patrolled near Goma on Friday as the fighting spread. Rwanda denied arming the rebels.",
    "M23 rebels entered Goma on Monday, witnesses said. Rwanda denied any role.",
])
def test_a_provincial_seat_spacy_calls_a_person_is_the_town(places_of, location, text):
    """Goma, seat of North Kivu (78,200 people in the data), after "near" or "entered", in a story naming only Rwanda."""
    p = location(places_of(text), "Goma")
    assert p.country == "CD" and p.admin1 == "Nord-Kivu"


def test_a_name_read_only_as_a_foreign_citys_other_name_stays_in_the_story(places_of):
    """"Boni" is one of Bonn's names in another language; in a story about Kenya it is a place the gazetteer lacks."""
    places = places_of("Kenyan troops are hunting militants across Lamu County. Kenya has sent more police to the "
                       "coast, and residents of Lamu fear new raids. A police camp near Boni was attacked on Sunday.")
    assert not [p for p in places if p.country == "DE"]
    boni = [p for p in places if p.text == "Boni" and p.role == "location"]
    assert boni and boni[0].country == "KE" and boni[0].gazetteer_id is None


@pytest.mark.parametrize("text", [
    "The historian writes in Stalin: A Biography that the young man left Tiflis, Georgia, for good.",
    "Georgia's police said in Tbilisi that a note from Dawn editor Cyril Jones was received.",
])
def test_a_work_or_a_paper_after_in_or_from_is_no_place(places_of, text):
    """Only words whose object is always a place ("near", "outside", "entered") make such a name one."""
    places = places_of(text)
    assert not [p for p in places if p.text in ("Stalin", "Dawn") and p.role == "location"]


def test_a_university_where_students_were_held_is_the_place(places_of):
    """"Makerere University": no town of that name; an arrest there puts the site in the story's country."""
    places = places_of("Police detained twelve students at Makerere University on Tuesday after a march over fees. "
                       "Forty Makerere University students remain in custody. Uganda's education minister said talks "
                       "would open. Uganda has seen such strikes before.")
    sites = _sites(places)
    assert [p.text for p in sites] == ["Makerere University", "Makerere University"]
    assert {p.country for p in sites} == {"UG"} and {p.level for p in sites} == {"populated place"}


@pytest.mark.parametrize("text", [
    "A study by Harvard University found that cholera cases rose in Kenya. Kenya's health ministry said 40 died in Kisumu.",
    "Jane Doe, a lecturer at Ryerson University, said the plan would fail. Canada's government disagreed. Canada votes soon.",
    # a verb of studying or working tells an affiliation, not where an act happened
    "A professor who teaches at Kenyatta University was shot dead in Nairobi on Sunday. Kenya's police condemned it.",
    "Gunmen abducted a lawyer who graduated from Makerere University near Gulu on Monday. Uganda's police are searching.",
])
def test_a_university_named_for_a_study_or_a_job_is_no_place(places_of, text):
    assert not _sites(places_of(text))


@pytest.mark.parametrize("text,site,country,admin1", [
    ("Militants seized two tanks at Tiyas Military Airfield near Palmyra, Syria, last week.",
     "Tiyas Military Airfield", "SY", "Ḩimş"),
    ("A tanker wing flew out to Incirlik Air Base, Turkey, on Monday to refuel coalition jets.",
     "Incirlik Air Base", "TR", None),
    ("The editor was freed from the Ibara prison, Abeokuta, on Monday after bail was met. Nigeria's police had held "
     "him for a week. Nigeria's press union welcomed it.", "Ibara prison", "NG", "Ogun"),
])
def test_a_site_is_inside_the_place_named_after_it(places_of, site, text, country, admin1):
    s = [p for p in _sites(places_of(text)) if p.text == site]
    assert s and s[0].country == country and s[0].admin1 == admin1 and s[0].role == "location"


def test_a_camp_attacked_is_in_the_story_country(places_of):
    places = places_of("Washington condemns the rocket attack on Camp Liberty that killed two residents. Iraq's "
                       "government must protect the camp, and Iraq must find those responsible.")
    sites = _sites(places)
    assert [p.text for p in sites] == ["Camp Liberty"] and sites[0].country == "IQ"


def test_a_country_inside_a_lakes_name_does_not_place_a_village(places_of, location):
    """"the Lake Chad Basin" spans four countries: its "Chad" does not put a village the gazetteer lacks in Chad."""
    places = places_of("Nigerian jets struck fighters in Kwatamari in the Lake Chad Basin on Sunday. Nigeria "
                       "has fought the group in Borno State for a decade.")
    assert location(places, "Kwatamari").country == "NG"
