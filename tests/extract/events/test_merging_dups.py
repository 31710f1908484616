"""Reports of one incident told far apart, or at a place inside the other's, are one event (events/merging.py);
distinct incidents stay apart."""

import pytest

from sitroom.extract.events import rules
from sitroom.records import DateValue, Event, Evidence, PlaceMention

PEACEFUL = "Protests / Peaceful protest"
DISPERSED = "Protests / Protest with intervention"


def _report(label, sentence, text, day="2021-03-07", day_words="on 7 March", place="Lyon", country="FR",
            level="populated place", precision="day", end=None, **loc):
    return Event(**rules.typed_fields(label), confidence=0.8,
                 location=PlaceMention(text=place, start=0, end=len(place), name=place, level=level, country=country,
                                       **loc),
                 date=DateValue(start=day, end=end or day, precision=precision, text=day_words),
                 evidence=Evidence(sentence=sentence, start=sentence * 200, end=sentence * 200 + len(text), text=text))


def test_two_sub_event_types_of_one_type_told_far_apart_on_the_same_own_day_and_place_are_one_event():
    march = _report(PEACEFUL, 0, "Then on 7 March 5,000 people marched through Lyon against the law.")
    arrests = _report(DISPERSED, 9, "Police detained 40 marchers on 7 March alone.")
    merged = rules.merge_events([march, arrests])
    assert len(merged) == 1 and merged[0].sub_event_type == "Protest with intervention"


def test_far_apart_reports_stay_apart_without_the_same_day_of_their_own_or_at_another_place():
    march = _report(PEACEFUL, 0, "Then on 7 March 5,000 people marched through Lyon against the law.")
    # the day only lent by the article (not in the sentence), another day, another town: other demonstrations
    lent = _report(DISPERSED, 9, "Police detained 40 marchers.")
    assert len(rules.merge_events([march, lent])) == 2
    other_day = _report(DISPERSED, 9, "Police detained 40 marchers on 8 March.", day="2021-03-08",
                        day_words="on 8 March")
    assert len(rules.merge_events([march, other_day])) == 2
    elsewhere = _report(DISPERSED, 9, "Police detained 40 marchers in Nice on 7 March.", place="Nice")
    assert len(rules.merge_events([march, elsewhere])) == 2


def test_far_apart_reports_on_the_same_own_day_stay_apart_when_the_later_tells_another_incident():
    killing = _report("Violence against civilians / Attack", 0, "Gunmen shot dead a teacher in Lyon on 7 March.")
    for opener in ("Meanwhile", "In a separate incident", "Elsewhere in the city"):
        taking = _report("Violence against civilians / Abduction/forced disappearance", 6,
                         f"{opener}, gunmen abducted 20 worshippers from a church in Lyon on 7 March.")
        assert len(rules.merge_events([killing, taking])) == 2


ABDUCTION = "Violence against civilians / Abduction/forced disappearance"
ATTACK = "Violence against civilians / Attack"


def test_an_undated_report_at_a_town_of_the_province_dated_just_before_its_week_is_the_same_incident():
    # "gunmen abducted 30 pupils in Kebbi State on Wednesday", then (undated) "they stormed the school in Zuru"
    told = _report(ABDUCTION, 4, "Gunmen abducted 30 pupils in Kebbi State on 17 March.", day="2021-03-17",
                   day_words="on 17 March", place="Kebbi", country="NG", level="admin1", admin1="Kebbi")
    town = _report(ATTACK, 5, "The gunmen stormed the school in Zuru, capturing pupils.", day="2021-03-20",
                   end="2021-03-26", precision="publication", day_words=None, place="Zuru", country="NG",
                   admin1="Kebbi")
    merged = rules.merge_events([told, town])
    assert len(merged) == 1
    assert merged[0].location.name == "Zuru" and merged[0].date.start == "2021-03-17"
    # a town of another province is another incident
    other = town.model_copy(update={"location": town.location.model_copy(update={"admin1": "Sokoto"})})
    assert len(rules.merge_events([told, other])) == 2


STRIKE = "Explosions/Remote violence / Air/drone strike"


def test_a_region_and_a_town_of_it_on_one_day_are_one_event_at_the_town():
    region = _report(STRIKE, 0, "An airstrike hit a tower in the West Bank on 7 March.", place="West Bank",
                     country="PS", level="other")
    town = _report(STRIKE, 6, "Footage showed the strike on the tower in Nablus.", place="Nablus", country="PS",
                   admin1="West Bank")
    merged = rules.merge_events([region, town])
    assert len(merged) == 1 and merged[0].location.name == "Nablus"
    # a town of another region is another strike
    away = town.model_copy(update={"location": town.location.model_copy(update={"admin1": "Gaza Strip"})})
    assert len(rules.merge_events([region, away])) == 2


ARREST = "Strategic developments / Arrests"


def _told(doc, label, sentence_no, trigger, place, day, precision="day", end=None, day_words=None):
    sent = list(doc.sents)[sentence_no]
    return Event(**rules.typed_fields(label), confidence=0.8, trigger=trigger,
                 location=PlaceMention(text=place, start=0, end=len(place), name=place, level="populated place",
                                       country="NG"),
                 date=DateValue(start=day, end=end or day, precision=precision, text=day_words),
                 evidence=Evidence(sentence=sentence_no, start=sent.start_char, end=sent.end_char, text=sent.text))


@pytest.mark.slow
@pytest.mark.parametrize("second,adds", [
    ("His lawyer, a British citizen, was also arrested.", True),
    ("Their driver too was detained, according to a rights group.", True),
    # a place, a day of its own, or another incident: told apart
    ("His lawyer was also arrested in Kano.", False),
    ("His lawyer was also arrested on 9 March.", False),
    ("Another activist was also arrested.", False),
    # "also" not on the act
    ("The lawyer, who was arrested, also denied the charges.", False),
])
def test_a_report_adding_to_the_act_with_no_place_or_day_of_its_own_joins_it(nlp, second, adds):
    from sitroom.extract.events.also_told import adds_to_act

    text = f"Police arrested the opposition leader in Lagos on Monday. {second}"
    doc = nlp(text)
    lede = _told(doc, ARREST, 0, "arrested", "Lagos", "2021-03-08", day_words="on Monday")
    trigger = next(w for w in ("arrested", "detained") if w in second)
    place = "Kano" if "Kano" in second else "London"  # (the context lends another place: the citizen's country)
    day = ("2021-03-09", "day", None, "on 9 March") if "9 March" in second else ("2021-03-08", "publication", "2021-03-14", None)
    more = _told(doc, ARREST, 1, trigger, place, day[0], precision=day[1], end=day[2], day_words=day[3])
    assert adds_to_act(more, doc) is adds
    if adds:
        merged = rules.merge_events([lede, more], added=frozenset({id(more)}))
        assert len(merged) == 1 and merged[0].location.name == "Lagos" and merged[0].date.start == "2021-03-08"


@pytest.mark.slow
@pytest.mark.parametrize("sentence,retells", [
    ("The detention was confirmed by the Kaduna State Police Command on Tuesday.", True),
    ("The abduction drew condemnation from the governor.", True),
    # no definite noun of the act for subject
    ("A detention was confirmed by the police command on Tuesday.", False),
    ("The police command confirmed the development on Tuesday.", False),
])
def test_a_definite_noun_of_the_act_as_subject_retells_it(nlp, sentence, retells):
    from sitroom.extract.events.discourse import act_as_subject

    doc = nlp(sentence)
    assert act_as_subject(list(doc.sents)[0].root) is retells


FLOOD = "Disasters / Natural disaster"


def test_a_hazard_told_over_provinces_of_one_country_is_one_disaster_a_town_flood_its_own():
    def flood(sentence, place, level="admin1", country="IN"):
        return _report(FLOOD, sentence, "Flooding has displaced thousands.", day=None, day_words=None,
                       precision="unknown", place=place, country=country, level=level, admin1=place)
    assert len(rules.merge_events([flood(0, "Assam"), flood(4, "Bihar")])) == 1
    assert len(rules.merge_events([flood(0, "Assam"), flood(4, "India", level="country")])) == 1
    # a town's flash flood, or a province of another country: another disaster
    assert len(rules.merge_events([flood(0, "Assam"), flood(4, "Indore", level="populated place")])) == 2
    assert len(rules.merge_events([flood(0, "Assam"), flood(4, "Koshi", country="NP")])) == 2


def test_another_hazard_in_another_province_is_another_disaster():
    def told(sentence, place, text):
        return _report(FLOOD, sentence, text, place=place, country="IN", level="admin1", admin1=place)
    floods = told(0, "Assam", "Floods killed 12 people in Assam on 7 March.")
    assert len(rules.merge_events([floods, told(5, "Odisha", "A cyclone struck Odisha on 7 March.")])) == 2
    # the same hazard, or a report naming none ("the water has receded"), is the one widespread disaster
    assert len(rules.merge_events([floods, told(5, "Bihar", "Flooding in Bihar on 7 March displaced 3,000.")])) == 1
    assert len(rules.merge_events([floods, told(5, "Bihar", "In Bihar the water has receded.")])) == 1


def test_a_demonstration_told_again_later_at_the_place_of_a_riot_is_another_event():
    # "On 14 March, protesters clashed with thugs in Lyon", far on "Again in Lyon, police fired teargas at marchers"
    # (dated by the article's week): the act told once more, not the riot's dispersal (one event per type and day)
    riot = _report("Riots / Violent demonstration", 3, "On 14 March, protesters clashed with thugs in Lyon.", day="2021-03-14",
                   day_words="On 14 March")
    again = _report(DISPERSED, 40, "Again in Lyon, police fired teargas at marchers.", day="2021-03-14",
                    end="2021-03-20", precision="publication", day_words=None)
    assert len(rules.merge_events([riot, again])) == 2
    # without the word, a riot and a dispersal told at one place are one demonstration (rule 5)
    plain = _report(DISPERSED, 40, "In Lyon, police fired teargas at marchers.", day="2021-03-14",
                    end="2021-03-20", precision="publication", day_words=None)
    assert len(rules.merge_events([riot, plain])) == 1


def test_contacts_of_other_parties_at_one_place_are_two_events():
    from sitroom.records import ActorRef

    def contact(sentence, text, doer, target):
        ev = _report("Diplomacy / Diplomatic contact", sentence, text, day=None, day_words=None, precision="unknown",
                     place="Gaza", country="PS")
        return ev.model_copy(update={"actor1": ActorRef(name=doer, text=doer, inter=1),
                                     "actor2": ActorRef(name=target, text=target, inter=1)})

    talks = contact(0, "Hamas leaders held talks with Fatah envoys in Gaza.", "Hamas", "Fatah")
    visit = contact(4, "The Egyptian foreign minister made an emergency visit to Fatah's leader.", "Government of Egypt",
                    "Fatah")
    assert len(rules.merge_events([talks, visit])) == 2
    # each side of one meeting names the other: one contact
    back = contact(2, "Fatah's envoys told Hamas they would return.", "Fatah", "Hamas")
    assert len(rules.merge_events([talks, back])) == 1
