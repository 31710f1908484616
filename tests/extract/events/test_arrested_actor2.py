"""Actor2 of arrests and the country in conventional actor names (conventions.conventional_actors)."""

from sitroom.extract.events.arguments import country_name
from sitroom.extract.events.conventions import conventional_actors
from sitroom.records import ActorRef, PlaceMention

ARRESTS = "Strategic developments / Arrests"
ATTACK = "Violence against civilians / Attack"


def _at(country):
    return PlaceMention(text="x", start=0, end=1, name="x", level="admin1", country=country)


def _kept(text):  # a name the catalogue does not know, kept as written
    return ActorRef(name=text, text=text)


def test_hong_kong_and_macau_actors_are_chinas_as_acled_codes_them():
    assert country_name("HK") == "China" and country_name("MO") == "China"
    assert country_name("TW") == "Taiwan"  # only those two are folded into China
    _, a2 = conventional_actors(ARRESTS, None, None, _at("HK"), "Five speech therapists were arrested.")
    assert a2.name == "Civilians (China)"
    a1, _ = conventional_actors(ARRESTS, None, None, _at("HK"), "Five speech therapists were arrested.")
    assert a1.name == "Police Forces of China"
    _, a2 = conventional_actors(ARRESTS, None, None, _at("SG"), "Five speech therapists were arrested.")
    assert a2.name == "Civilians (Singapore)"


def test_an_arrested_person_or_employer_the_catalogue_does_not_know_is_a_civilian():
    police = ActorRef(name="Police Forces of Nigeria", text="police", actor_type="state forces", inter=1, country="NG")
    for name, sentence in (("Adebisi Ademola", "The lecturers, Adebisi Ademola and another, were nabbed."),
                           ("Grayzone", "Police arrested a Grayzone journalist on Friday.")):
        _, a2 = conventional_actors(ARRESTS, police, _kept(name), _at("NG"), sentence)
        assert a2.name == "Civilians (Nigeria)" and a2.inter == 7
        assert a2.text == name  # the words that named them are kept


def test_a_named_group_arrested_stays_itself():
    police = ActorRef(name="Police Forces of India", text="police", actor_type="state forces", inter=1, country="IN")
    for name in ("Samajwadi Party", "Pashtun Tahaffuz Movement", "Oromo Liberation Front", "PTM", "AICC"):
        _, a2 = conventional_actors(ARRESTS, police, _kept(name), _at("IN"), f"Police arrested members of the {name}.")
        assert a2.name == name
    # a catalogued actor is not re-coded either
    cat = ActorRef(name="Government of Cuba", text="the government", actor_type="government", inter=1, country="CU")
    _, a2 = conventional_actors(ARRESTS, police, cat, _at("CU"), "Activists were detained by the government.")
    assert a2.name == "Government of Cuba"


def test_an_unknown_name_among_militants_arrested_is_no_civilian():
    police = ActorRef(name="Police Forces of Nigeria", text="police", actor_type="state forces", inter=1, country="NG")
    _, a2 = conventional_actors(ARRESTS, police, _kept("Ogbuagu"), _at("NG"),
                                "Ogbuagu and four other militants were arrested by the police.")
    assert a2.name == "Ogbuagu"


def test_the_rule_is_arrests_only():
    _, a2 = conventional_actors("Diplomacy / Diplomatic contact", _kept("Acme Holdings"), _kept("Ryanair"),
                                _at("BY"), "Acme Holdings met Ryanair.")
    assert a2.name == "Ryanair"


def test_protesters_attacked_are_protesters_and_other_victims_civilians():
    gunmen = ActorRef(name="Unidentified Armed Group (Colombia)", actor_type="political militia", inter=3)
    crowd = ActorRef(name="Protesters (Colombia)", text="protesters", actor_type="protesters", inter=6, country="CO")
    sentence = "Protesters kidnapped by gunmen were tortured."
    _, a2 = conventional_actors(ATTACK, gunmen, crowd, _at("CO"), sentence)
    assert a2.name == "Protesters (Colombia)" and a2.inter == 6
    _, a2 = conventional_actors(ATTACK, gunmen, crowd, _at("HK"), sentence)
    assert a2.name == "Protesters (China)"
    farmers = ActorRef(name="Farmers Union", text="Farmers Union")
    _, a2 = conventional_actors(ATTACK, gunmen, farmers, _at("CO"), "Gunmen killed 11 farmers.")
    assert a2.name == "Civilians (Colombia)" and a2.inter == 7
    _, a2 = conventional_actors(ATTACK, gunmen, None, _at("CO"), "Gunmen killed 11 farmers.")
    assert a2.name == "Civilians (Colombia)"


STRIKE = "Explosions/Remote violence / Air/drone strike"
COALITION = ActorRef(name="Global Coalition against ISIS", text="Coalition military forces", inter=8)
ISIS = ActorRef(name="ISIS", text="ISIL", actor_type="rebel group", inter=2)


def _strike(sentence, actor1=COALITION, actor2=None, label=STRIKE):
    from sitroom.extract.events.rules import typed_fields
    from sitroom.records import DateValue, Event, Evidence

    return Event(**typed_fields(label), confidence=0.9, actor1=actor1, actor2=actor2, date=DateValue(),
                 evidence=Evidence(sentence=sentence, start=sentence * 100, end=sentence * 100 + 50, text="x"),
                 extractor="t")


def test_a_strike_of_a_series_that_names_no_target_takes_the_series_target():
    from sitroom.extract.events.conventions import SERIES_SENTENCES, series_targets

    out = series_targets([_strike(1, actor2=ISIS), _strike(2), _strike(3)])
    assert [e.actor2 and e.actor2.name for e in out] == ["ISIS", "ISIS", "ISIS"]
    # another doer's strike, one too far, another type, or a target of its own: left as they are
    other = ActorRef(name="Military Forces of Syria", text="Syrian jets", inter=1)
    out = series_targets([_strike(1, actor2=ISIS), _strike(2, actor1=other), _strike(4, label="Battles / Armed clash"),
                          _strike(5, actor2=ActorRef(name="Civilians (Syria)", inter=7))])
    assert [e.actor2 and e.actor2.name for e in out] == ["ISIS", None, None, "Civilians (Syria)"]
    assert series_targets([_strike(1, actor2=ISIS), _strike(2 + SERIES_SENTENCES)])[1].actor2 is None
    assert series_targets([_strike(2), _strike(1, actor2=ISIS)])[0].actor2.name == "ISIS"  # in document order
    assert series_targets([_strike(1), _strike(2)])[1].actor2 is None  # no target named anywhere
