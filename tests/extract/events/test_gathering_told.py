"""A demonstration the typer read as violence against civilians for its grievance is a protest
(extract/events/family.gathering_told and gathering_event): the harm it names is what it is against."""

import pytest

from sitroom.extract.events.family import gathering_event, gathering_told, grievance_told
from sitroom.extract.events.rules import ATTACK
from sitroom.extract.events.taxonomy import typed_fields
from sitroom.records import ActorRef, DateValue, Event, Evidence, PlaceMention

PEACEFUL = "Protests / Peaceful protest"


def Location(name, country):
    return PlaceMention(text=name, start=0, end=len(name), name=name, country=country)


INTERVENTION = "Protests / Protest with intervention"
ABDUCTION = "Violence against civilians / Abduction/forced disappearance"


@pytest.mark.parametrize("label, sentence", [
    (ATTACK, "Opposition senators walked out of the chamber on Tuesday in protest against the torture of detainees."),
    (ATTACK, "As a protest against the killings of farmers, the party's MPs led a walkout from the assembly."),
    (ATTACK, "Hundreds of mourners gathered outside the court to honour the murdered journalist."),
    (ABDUCTION, "Parents marched to the governor's office to demand the release of the abducted pupils."),
    # where it happened may stand between the demonstration and what it is against
    (ATTACK, "Saturday marked the fifth day of rallies across the country over the shooting of a student by police."),
    (ATTACK, "Thousands joined protests in Accra against the killing of a taxi driver by soldiers."),
    # a gathering "held" holds no one; what it commemorates, or its placards say, is what it is against
    (ATTACK, "The press union held a candlelight vigil in Kandy on Friday to commemorate reporters slain in the war."),
    (ATTACK, "Students held a silent march through Mombasa with placards reading \"End police killings now\"."),
])
def test_a_gathering_against_violence_is_a_protest(label, sentence):
    assert gathering_told(label, sentence) == PEACEFUL


@pytest.mark.parametrize("label, sentence", [
    # harm done at the gathering: the violence is the news
    (ATTACK, "Soldiers beat students who gathered to protest against the closure of the campus."),
    (ATTACK, "Gunmen opened fire on mourners gathered for a funeral in the village, killing six."),
    # people held at the gathering, not the gathering held
    (ABDUCTION, "Masked men seized two organisers who held a rally in Mombasa and held them for days."),
    # how long it went on is no grievance: the killing after it is harm done there
    (ATTACK, "Protests in Kibera for a third day ended when soldiers shot dead two students at the rally."),
    # no demonstration told, or a strike with no gathering (rule 8)
    (ATTACK, "Two farmers were hacked to death in their field near Makurdi on Sunday."),
    (ABDUCTION, "Teachers went on strike across Zamfara on Monday to demand the release of the abducted pupils."),
    # another type
    (PEACEFUL, "Hundreds gathered in the square to demand the release of the detained journalist."),
])
def test_harm_done_or_no_gathering_keeps_the_type(label, sentence):
    assert gathering_told(label, sentence) == label


def test_the_protest_takes_its_own_report_and_the_crowd_for_its_sides():
    text = "Hundreds of people gathered outside the police station in Kisumu on Friday to protest against the killing."
    kisumu = Location(name="Kisumu", country="KE")
    day = DateValue(start="2023-03-10", end="2023-03-10", precision="day", text="on Friday")
    own = Event(**typed_fields(ATTACK), confidence=0.6, location=kisumu, date=day, extractor="t",
                actor1=ActorRef(name="Police Forces of Kenya", actor_type="state forces", inter=1, country="KE"),
                actor2=ActorRef(name="Civilians (Kenya)", actor_type="civilians", inter=7, country="KE"),
                evidence=Evidence(sentence=3, start=200, end=200 + len(text), text=text))
    merged = own.model_copy(update={"date": DateValue(start="2023-03-02", end="2023-03-02", precision="day"),
                                    "location": Location(name="Nairobi", country="KE")})
    ev = gathering_event(merged, [own])
    assert (ev.event_type, ev.sub_event_type) == ("Protests", "Peaceful protest")
    assert ev.actor1.name == "Protesters (Kenya)" and ev.actor2 is None
    assert ev.location.name == "Kisumu" and ev.date.start == "2023-03-10"


def test_police_dispersing_the_gathering_make_an_intervention():
    text = "Police fired tear gas to disperse hundreds who had gathered to protest against the abduction of a student."
    ev = Event(**typed_fields(ABDUCTION), confidence=0.6, location=Location(name="Kampala", country="UG"),
               date=DateValue(), extractor="t", evidence=Evidence(sentence=0, start=0, end=len(text), text=text))
    assert gathering_event(ev).sub_event_type == INTERVENTION.split(" / ")[1]


@pytest.mark.parametrize("label, text, trigger, new", [
    ("Strategic developments / Agreement", "Farmers dumped manure outside government buildings on Wednesday and "
     "blocked motorways near Toulouse and Lyon to protest against an EU-Mercosur trade deal.", "deal", PEACEFUL),
    ("Diplomacy / Diplomatic contact", "Hundreds of students rallied against the talks with Kosovo in Belgrade.",
     "talks", PEACEFUL),
    # the agreement told before the protest against it stays
    ("Strategic developments / Agreement", "The government signed a trade deal with Mercosur, and farmers marched "
     "against it.", "deal", "Strategic developments / Agreement"),
])
def test_a_strategic_trigger_that_is_only_the_grievance_is_the_protest(label, text, trigger, new):
    from sitroom.extract.events.family import grievance_told

    assert grievance_told(label, text, trigger) == new


@pytest.mark.slow
def test_farmers_protest_against_a_trade_deal_is_a_protest(pipeline):
    from sitroom.records import DocumentIn

    text = ("PARIS, Nov 12 (Reuters) - Farmers dumped manure outside government buildings in several French cities "
            "on Wednesday and blocked motorways near Toulouse and Lyon to protest against an EU-Mercosur trade "
            "deal.\n\nPolice did not intervene. The farmers' union FNSEA said the protests would continue next week.")
    evs = pipeline.extract(DocumentIn(id="t", text=text, published="2026-11-12")).events
    # one protest at each place of the list it is told at (rule 4: place_list.py)
    assert sorted((e.sub_event_type, e.actor1.name, e.date.start, e.trigger, e.location.name) for e in evs) == [
        ("Peaceful protest", "Protesters (France)", "2026-11-11", "protest", "Lyon"),
        ("Peaceful protest", "Protesters (France)", "2026-11-11", "protest", "Toulouse")]


LOOTING = "Strategic developments / Looting/property destruction"


@pytest.mark.parametrize("sentence", [
    # probe 34c: the typer read the grievance as property destruction, with no trigger
    "Hundreds of farmers protested in Kaduna on Monday over the killings of villagers by armed bandits.",
    "Women marched in Jos on Thursday to demand an end to the killings in Bokkos.",
])
def test_a_protest_read_without_a_trigger_for_its_grievance_is_a_protest(sentence):
    assert grievance_told(LOOTING, sentence, None) == PEACEFUL


@pytest.mark.parametrize("sentence", [
    # the type's own element told outside the grievance, or no grievance at all
    "Protesters against the killings looted shops in Kaduna on Monday.",
    "Hundreds of farmers protested in Kaduna on Monday and burned the council office.",
])
def test_a_protest_with_its_own_looting_keeps_the_type(sentence):
    assert grievance_told(LOOTING, sentence, None) == LOOTING


@pytest.mark.parametrize("sentence, expected", [
    # typed as it is built: the gathering, not the killing it honours
    ("Mourners gathered outside the mosque on Friday to honour the slain imam and laid wreaths at the gate.", PEACEFUL),
    # the force that met it is its intervention (pepper spray is crowd control, as tear gas is)
    ("Students rallied outside parliament on Monday to denounce the killing of a classmate, and police "
     "pepper-sprayed the crowd.", INTERVENTION),
    # no gathering told as happening: protesters named only as whom an act concerns
    ("She was charged with assault after photographing protesters outside the court.", ATTACK),
])
def test_a_gathering_is_typed_as_it_is_built(nlp, sentence, expected):
    from sitroom.extract.events.family import gathering_typed

    assert gathering_typed(ATTACK, sentence, nlp(sentence)[:]) == expected


@pytest.mark.slow
def test_a_vigil_after_a_killing_is_its_own_protest(pipeline):
    from sitroom.records import DocumentIn

    text = ("NAIROBI, June 4 (AP) - Police shot dead a street vendor in Nairobi's Kibera district on Monday, "
            "witnesses said.\n\nOn Wednesday, peaceful groups gathered in Kibera to honour the vendor and laid "
            "flowers at the spot where he died.")
    evs = pipeline.extract(DocumentIn(id="t", text=text, published="2026-06-04")).events
    rows = sorted((e.event_type, e.date.start) for e in evs)
    assert ("Protests", "2026-06-03") in rows and ("Violence against civilians", "2026-06-01") in rows
