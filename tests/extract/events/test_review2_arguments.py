"""Event arguments a second reviewer found wrong (review-2 items 29-31, 33, 34): who did it, where, when and
how many. Each case is the reviewer's sentence or a variant of it; the mechanisms are general (the attacking
country before the weapon, a speaker's pronoun, subjects who only identify or assist, home towns, surnames,
datelines with a date, counts from the date given last, groups of dead summed)."""

import pytest

from sitroom.extract.actors.vocabulary import dateline_end
from sitroom.extract.events.arguments import count, is_home_town
from sitroom.records import DocumentIn

pytestmark = pytest.mark.slow


def _doc(pipeline, text, published="2022-02-10"):
    return pipeline.extract(DocumentIn(id="t", text=text, published=published))


def _events(pipeline, text, published="2022-02-10"):
    return _doc(pipeline, text, published).events


def _name(actor):
    return actor.name if actor is not None else None


@pytest.mark.parametrize("text", [
    "MOGADISHU, Feb 10, 2022 \u2013 A US drone strike killed four al-Shabaab fighters near Jilib on Wednesday, "
    "the Somali army said.",
    "MOGADISHU, 10 Feb 2022 - A US drone strike killed four al-Shabaab fighters near Jilib on Wednesday, "
    "the Somali army said.",
])
def test_a_drone_strike_after_a_dated_dateline(pipeline, text):
    evs = [e for e in _events(pipeline, text) if e.sub_event_type == "Air/drone strike"]
    assert len(evs) == 1
    e = evs[0]
    assert _name(e.actor1) == "Military Forces of the United States"
    assert _name(e.actor2) == "Al-Shabaab"
    assert e.location.name == "Jilib"
    assert (e.date.start, e.date.end) == ("2022-02-09", "2022-02-09")  # the Wednesday before the 10th
    assert e.fatalities == 4


def test_a_dateline_with_its_date_is_recognised():
    for line in ("MOGADISHU, Feb 10, 2022 \u2013 ", "KABUL, Afghanistan, 3 March - ", "KANO \u2014 "):
        assert dateline_end(line + "Gunmen attacked a market.") == len(line)
    assert dateline_end("US troops - and allies - left.") == 0


def test_a_text_opening_with_blank_lines_is_read_for_its_dateline():
    # a segment of a long text may begin with the blank line that cut it: nothing stands before the dateline
    assert dateline_end("\n\nKANO \u2014 Gunmen attacked a market.") == len("\n\nKANO \u2014 ")
    assert dateline_end("\n\nGunmen attacked a market.\nKANO \u2014 Police came.") == 0


def test_a_dateline_whose_dashes_touch_the_text_is_recognised():
    # "LAGOS --Gunmen": the reporter's town, not the attack's place; a hyphenated word is no dateline
    for line in ("LAGOS --", "ADEN \u2014"):
        assert dateline_end(line + "Gunmen attacked a market in Taiz.") == len(line)
    for text in ("NATO-led troops left the base.", "UN-Backed talks resumed.", "LAGOS-Based traders protested."):
        assert dateline_end(text) == 0


def test_a_press_release_dateline_after_its_headline_and_caption_is_recognised(pipeline):
    head = ("Belarus: Raids on Rights Defenders\n\nProtesters in Minsk, Belarus on November 15, 2020. AP Photo\n\n"
            "(Berlin) \u2013 ")
    text = head + "Belarusian authorities detained the leaders of Viasna in Minsk on July 14, 2021."
    assert dateline_end(text) == len(head)
    evs = _events(pipeline, text, "2021-07-16")
    assert evs and all(e.location is None or e.location.name != "Berlin" for e in evs)
    # a wire service, a credit or an update note on a line of its own, or any line after the report has
    # begun, is no dateline
    lead = "Gunmen killed 12 villagers in Tsafe, Zamfara state, on Sunday, police said. They burned homes.\n\n"
    for line in ("(Reuters) - Additional reporting by Ali Musa", "(Updated) - The toll rose.", "(Photo by AFP) - x"):
        assert dateline_end(lead + line) == 0
    long_lead = " ".join(["Gunmen attacked the village and the police came."] * 12) + "\n(Kano) \u2013 "
    assert dateline_end(long_lead + "Residents fled.") == 0


def test_a_wire_dateline_after_its_headline_and_byline_is_recognised(pipeline):
    """A text that repeats its headline (and a byline) before "NAIROBI, Kenya — ": the dateline is where the report
    was filed; the march told next, with no place of its own, is the lead's, not the dateline city's."""
    head = "Police break up march for slain activist in Kisumu\n\nBy Staff Reporter\n\nNAIROBI, Kenya \u2014 "
    text = head + ("Police in the western city of Kisumu beat and arrested dozens of people on Tuesday who had "
                   "marched to demand justice for a slain activist.\n\nAbout 200 people carrying placards marched from "
                   "the town centre towards the county police headquarters.")
    assert dateline_end(text) == len(head)
    evs = _events(pipeline, text, "2025-01-15")
    assert evs and all(e.location.name != "Nairobi" for e in evs)
    # prose before the line: the report has begun, and the line is no dateline
    prose = " ".join(["Police beat and arrested dozens of marchers in the city on Tuesday."] * 8)
    assert dateline_end(prose + "\nNAIROBI \u2014 Residents fled.") == 0


def test_a_dateline_opening_the_lead_paragraph_lends_no_place(pipeline):
    """"(Nairobi) – Rwandan authorities have arrested ...": the parser makes the dateline a sentence of its own, and
    the lead, naming no place, must not borrow it as the sentence before. (Human Rights Watch's release, from the
    HRDsAttack corpus, MIT licence; shortened.)"""
    text = ("Click to expand Image Rwandan opposition leader Victoire Ingabire leaves Nyarugenge prison, on the "
            "outskirts of Kigali, after being released on September 15, 2018. 2018 Cyril Ndegeya/AFP via Getty Images"
            "\n\n(Nairobi) \u2013 Rwandan authorities have arrested nine people linked to an opposition party and a "
            "journalist in the last week, as they intensify their crackdown on opponents and critics, Human Rights "
            "Watch said. The crackdown appears connected to an event organized by the unregistered opposition party, "
            "that had been scheduled for October 14, 2021, to discuss political repression in Rwanda.")
    evs = [e for e in _events(pipeline, text, "2021-10-19") if e.sub_event_type == "Arrests"]
    assert evs and all(e.location is not None and e.location.country == "RW" for e in evs)


def test_where_a_group_is_based_is_not_where_it_happened(pipeline):
    text = ("Two members of a missionary group who were kidnapped have been freed in Haiti, their Ohio-based church "
            "organization announced Sunday.")
    evs = _events(pipeline, text, "2021-11-22")
    assert evs and all(e.location is None or e.location.country == "HT" for e in evs)


def test_a_purpose_clause_shares_the_day_of_its_verb(pipeline):
    text = ("Workers staged a sit-down strike Monday to protest the lack of protections, and management announced "
            "a five-day suspension of operations, starting Tuesday.")
    evs = [e for e in _events(pipeline, text, "2021-05-27") if e.event_type == "Protests"]
    assert evs and all((e.date.start, e.date.end) == ("2021-05-24", "2021-05-24") for e in evs)


def test_a_countrys_strike_names_its_forces(pipeline):
    e = _events(pipeline, "Israeli airstrikes hit a house in Gaza City on Tuesday, killing five people, "
                          "health officials said.")[0]
    assert _name(e.actor1) == "Military Forces of Israel"


def test_who_reacts_to_an_attack_is_not_its_target(pipeline):
    text = ("The United States strongly condemns ISIL\u2019s multiple suicide attacks in the town of Tel Tamer in "
            "Hasaka Province, which targeted and killed scores of Syrian civilians.")
    e = _events(pipeline, text, "2015-11-30")[0]
    assert _name(e.actor1) == "ISIS"
    assert _name(e.actor2) != "Government of the United States"


def test_who_identifies_the_dead_did_not_kill_him(pipeline):
    evs = _events(pipeline, "The Defense Department has identified the American service member who was killed "
                            "in Syria on Thanksgiving Day.", "2016-11-26")
    assert evs and all(_name(e.actor1) != "Military Forces of the United States" for e in evs)


def test_police_after_a_blast_did_not_set_it_off(pipeline):
    evs = _events(pipeline, "Maldivian police officers secure the area following a blast in Male, Maldives, "
                            "Thursday, May 6, 2021.", "2021-05-07")
    assert evs and all(_name(e.actor1) != "Police Forces of Maldives" for e in evs)


def test_they_in_a_reported_arrest_is_the_speaker(pipeline):
    text = ("A blast hit Male, Maldives, on Thursday. Police said they have arrested the prime suspect, who is "
            "believed to have links with Islamist extremists, and that the Australian Federal Police are "
            "assisting the investigation.")
    arrests = [e for e in _events(pipeline, text, "2021-05-08") if e.sub_event_type == "Arrests"]
    assert [_name(e.actor1) for e in arrests] == ["Police Forces of Maldives"]


def test_a_home_town_is_not_the_event_place(pipeline):
    text = ("Navy Senior Chief Petty Officer Scott C. Dayton, 42, of Woodbridge, Virginia, died Nov. 24 in northern "
            "Syria, of wounds sustained in an improvised explosive device blast.\n\n"
            "Dayton was mortally wounded in the vicinity of Ayn Issa in northern Syria, according to a news release.")
    doc = _doc(pipeline, text, "2016-11-26")
    assert "Dayton" not in [p.text for p in doc.places]  # the man's surname, not the town in Ohio
    assert doc.events and all(e.location is not None and e.location.country == "SY" for e in doc.events)


def test_home_town_words():
    text = "Scott C. Dayton, 42, of Woodbridge, Virginia, died; a native of Vermillion, South Dakota; in his hometown of Jinan"
    assert is_home_town(text, text.index("Woodbridge"))
    assert is_home_town(text, text.index("Virginia"))
    assert is_home_town(text, text.index("Vermillion"))
    assert is_home_town(text, text.index("South Dakota"))
    assert not is_home_town(text, text.index("Jinan"))  # "house arrest in his hometown of Jinan" happened there


def test_days_prior_count_from_the_date_given_last(pipeline):
    text = ("In the early morning of February 26, 317 girls were kidnapped in the Zamfara state of northwestern "
            "Nigeria.\n\nNine days prior, 42 people, including 27 students, were kidnapped in Niger state in "
            "north-central Nigeria and one student was killed in the process.")
    evs = _events(pipeline, text, "2021-03-08")
    niger = [e for e in evs if e.location is not None and e.location.name == "Niger"]
    assert niger and (niger[0].date.start, niger[0].date.end) == ("2021-02-17", "2021-02-17")
    assert any(e.date.start == "2021-02-26" for e in evs)


@pytest.mark.parametrize("text, n", [
    ("At least two union members were confirmed killed by the Myanmar military this week and at least six workers "
     "were shot dead at the Xing Jia shoe factory in the Hlaing Thar Yar industrial zone Tuesday.", 8),
    ("Two soldiers were killed and three civilians died in the attack.", 5),
    ("At least 114 people, including some children, were killed in anti-coup demonstrations on Saturday.", 114),
    # the same dead told twice: the lowest figure, never a sum
    ("Ten people were killed, police said, though officials said 12 people died.", 10),
    ("Five people were killed on Monday and seven people were killed on Tuesday.", 5),
])
def test_fatalities_of_one_incident(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text", [
    "Sidorov said the Taliban had set up checkpoints along the Tajik border. The militants are acting openly, "
    "white flags are are seen at their checkpoints, no attacks were reported.",
    "The militants are acting openly near the border and there has been no fighting, residents said.",
])
def test_a_sentence_saying_no_attacks_happened_is_no_event(pipeline, text):
    evs = _events(pipeline, text, "2021-07-12")
    assert not [e for e in evs if "openly" in e.evidence.text and e.modality not in ("negated",)]
    assert not [e for e in evs if e.event_type == "Strategic developments" and e.sub_event_type == "Other"]


def test_no_attacks_does_not_negate_an_attack_told_in_the_same_sentence(pipeline):
    evs = _events(pipeline, "Gunmen killed four villagers in Kandahar city on Friday; no other attacks were "
                            "reported.", "2021-07-12")
    assert [e.sub_event_type for e in evs if e.modality == "asserted" or e.modality == "reported"] == ["Attack"]


def test_the_town_shelled_is_the_place_not_the_target(pipeline):
    doc = _doc(pipeline, "Russian forces shelled Mariupol on 9 March 2022, killing 3 civilians, officials said.",
               "2022-03-10")
    assert [(p.text, p.country, p.role) for p in doc.places if p.text == "Mariupol"] == [("Mariupol", "UA", "location")]
    e = doc.events[0]
    assert e.location.name == "Mariupol"
    assert (_name(e.actor1), _name(e.actor2)) == ("Military Forces of Russia", "Civilians (Ukraine)")
    assert e.fatalities == 3


def test_a_person_captured_is_no_place(pipeline):
    doc = _doc(pipeline, "Police captured Smith on Monday after a chase, officials said.", "2022-03-10")
    assert "Smith" not in [p.text for p in doc.places]
