"""The rule layer's mechanisms on hand-made records (no model): the doer of a series of strikes and the ordinary
crime rule's words (bench/cv_events.py measures them on the corpus)."""

import pytest

from sitroom.extract.events.conventions import series_doers
from sitroom.extract.events.rules import is_ordinary_crime_arrest, is_strike_only, typed_fields
from sitroom.records import ActorRef, DateValue, Event, Evidence

STRIKE = "Explosions/Remote violence / Air/drone strike"


def _event(label, sentence, actor1=None, actor2=None):
    return Event(**typed_fields(label), confidence=0.9, actor1=actor1, actor2=actor2, date=DateValue(),
                 evidence=Evidence(sentence=sentence, start=sentence * 100, end=sentence * 100 + 50, text="x"),
                 extractor="t")


COALITION = ActorRef(name="Global Coalition against ISIS", text="Coalition military forces")
ISIS = ActorRef(name="ISIS", text="ISIL")


def test_listed_strikes_take_the_doer_named_by_their_lead():
    lead = _event(STRIKE, 0, COALITION)
    listed = _event(STRIKE, 2, None, ISIS)
    convention = _event(STRIKE, 3, ActorRef(name="Unidentified Armed Group (Iraq)"), ISIS)  # no text: by rule
    out = series_doers([lead, listed, convention])
    assert [e.actor1.name for e in out] == ["Global Coalition against ISIS"] * 3
    assert [e.actor2.name for e in out[1:]] == ["ISIS", "ISIS"]


def test_a_strike_far_from_the_lead_or_of_another_type_keeps_its_own_actors():
    lead = _event(STRIKE, 0, COALITION)
    far = _event(STRIKE, 40, None, ISIS)
    other = _event("Violence against civilians / Attack", 1, None, None)
    named = _event(STRIKE, 2, ActorRef(name="Military Forces of Russia", text="Russian jets"))
    out = series_doers([lead, other, named, far])
    assert out[1].actor1 is None and out[2].actor1.name == "Military Forces of Russia" and out[3].actor1 is None


@pytest.mark.parametrize("text, ordinary", [
    ("Kody R. Berrey was arrested just before 11 p.m. on May 5 on charges of felony DWI.", True),
    ("He was arrested for assaulting his wife following a party last summer.", True),
    ("Police have arrested a second suspect in the home invasion where a man was tortured.", True),
    ("A journalist was arrested on suspicion of fraud, his lawyer said.", False),
    ("Two men were arrested for armed robbery and kidnapping.", False),
    ("Police arrested four opposition activists on Friday.", False),
])
def test_ordinary_crime_arrests(text, ordinary):
    assert is_ordinary_crime_arrest("Strategic developments / Arrests", text) is ordinary
    assert is_ordinary_crime_arrest("Violence against civilians / Attack", text) is False


@pytest.mark.parametrize("text, coded", [
    ("Around 350 dock workers held a three-day stoppage last week, following a one-day strike.", False),
    ("Nurses at the county hospital walked out on Monday over unpaid wages.", False),
    ("Teachers began a three-day strike on Wednesday at two primary schools.", False),
    ("Striking teachers marched to the ministry of education on Tuesday.", True),
    ("Miners went on strike to protest the management's refusal to resign.", True),
    ("Workers staged a sit-in and picketed the factory gates during the strike.", True),
    ("The activist has been on hunger strike for three weeks.", True),
])
def test_a_strike_is_a_protest_only_with_a_gathering(text, coded):
    assert is_strike_only("Protests / Peaceful protest", text) is (not coded)
    assert is_strike_only("Strategic developments / Arrests", text) is False


def test_a_territory_type_needs_a_change_of_control_or_fighting_in_its_sentence():
    from sitroom.extract.events.rules import stated_type

    ranked = ["Strategic developments / Non-violent transfer of territory", "Violence against civilians / Attack"]
    shot = "A Turkish policeman fatally shot Russia's ambassador to Turkey on Monday at a photo exhibit."
    assert stated_type(ranked, [], shot, shot) == "Violence against civilians / Attack"
    handed = "The army handed over the base at Tessalit to the UN mission on Monday."
    assert stated_type(ranked, [], handed, handed) == ranked[0]
    lost = "Afghan forces lost the district of Nad Ali to the Taliban on Monday."
    assert stated_type(["Battles / Non-state actor overtakes territory"] + ranked[1:], [], lost, lost) \
        == "Battles / Non-state actor overtakes territory"


def test_an_arrest_must_be_told_when_a_cue_names_the_harm():
    """A sentence typed as an arrest that tells nobody taken or held, but a killing its cue names, is the killing;
    one that tells a detention stays an arrest, and one with no cue of harm keeps the typer's label."""
    from sitroom.extract.events.patterns import find_cues
    from sitroom.extract.events.rules import stated_type

    ranked = ["Strategic developments / Arrests", "Violence against civilians / Attack", "Riots / Mob violence"]
    shot = "A union leader was shot dead outside his home in Kabankalan on Friday evening, his family said."
    assert stated_type(ranked, find_cues(shot), shot, shot) == "Violence against civilians / Attack"
    held = "Soldiers detained a union leader and shot dead his driver in Kabankalan on Friday."
    assert stated_type(ranked, find_cues(held), held, held) == ranked[0]
    talk = "The union leader spoke to reporters in Kabankalan on Friday."
    assert stated_type(ranked, find_cues(talk), talk, talk) == ranked[0]
    # an abduction too must tell someone taken
    ranked = ["Violence against civilians / Abduction/forced disappearance", "Violence against civilians / Attack"]
    assert stated_type(ranked, find_cues(shot), shot, shot) == "Violence against civilians / Attack"
    taken = "Gunmen seized a union leader outside his home in Kabankalan and shot dead his driver on Friday."
    assert stated_type(ranked, find_cues(taken), taken, taken) == ranked[0]


@pytest.mark.parametrize("text, label", [
    ("The journalists were taken to a police station in Kabul, placed in separate cells and severely beaten.",
     "Violence against civilians / Attack"),
    ("A farmer was shot and killed by police for violating the lockdown in Kaduna on Monday.",
     "Violence against civilians / Attack"),
    ("Gunmen attacked a police checkpoint in Kaduna, killing two officers.", "Battles / Armed clash"),
    ("The attack left one officer dead and three people wounded.", "Battles / Armed clash"),
    ("Soldiers killed five militants in Borno on Tuesday.", "Battles / Armed clash"),
    # those a side drove off were attacking: the killing is the battle's
    ("In Gubio the troops repelled them and killed several of them on Sunday.", "Battles / Armed clash"),
    ("Vigilantes pushed the raiders back and killed four in Zurmi on Friday.", "Battles / Armed clash"),
    # civilians killed while an attack was repelled stay civilians
    ("Two farmers were killed before the army repelled the raid on Kukawa.", "Violence against civilians / Attack"),
    # a killing told before the repelling, or beside a date pushed back, is the attack's own
    ("Bandits killed a herder and his son in Zamfara before vigilantes repelled them.",
     "Violence against civilians / Attack"),
    ("Gunmen killed a pastor in Kaduna on Sunday; the government later pushed back the date of the vote.",
     "Violence against civilians / Attack"),
    ("The commission pushed back the elections after gunmen killed a candidate in Kaduna.",
     "Violence against civilians / Attack"),
])
def test_armed_victims_make_a_battle_and_civilian_ones_an_attack(text, label):
    from sitroom.extract.events.rules import armed_victims

    doer = ActorRef(name="Military Forces of Nigeria", text="Soldiers") if text.startswith("Soldiers") else None
    assert armed_victims("Violence against civilians / Attack", text, None, doer) == label


def test_arrests_for_protesting_belong_to_the_protest():
    from sitroom.extract.events.rules import demonstration_type

    arrests = "Strategic developments / Arrests"
    assert demonstration_type(arrests, "46 students who were arrested for protesting against the tuition increase") \
        == "Protests / Protest with intervention"
    assert demonstration_type(arrests, "Police arrested 20 people at a sit-in outside parliament.") \
        == "Protests / Protest with intervention"
    assert demonstration_type(arrests, "Police arrested four opposition activists on Friday.") == arrests


def test_a_province_told_first_takes_its_first_town_and_the_next_town_is_another_event():
    from sitroom.extract.events.merging import merge_events
    from sitroom.records import PlaceMention

    def place(name, level, admin1=None):
        return PlaceMention(text=name, start=0, end=len(name), sentence=0, name=name, level=level, country="IN",
                            admin1=admin1, gazetteer_id=f"g:{name}")

    arrests = "Strategic developments / Arrests"
    lede = _event(arrests, 0).model_copy(update={"location": place("Uttar Pradesh", "admin1")})
    first = _event(arrests, 5).model_copy(update={"location": place("Mathura", "populated place", "Uttar Pradesh")})
    second = _event(arrests, 9).model_copy(update={"location": place("Mahoba", "populated place", "Uttar Pradesh")})
    out = merge_events([lede, first, second], [])
    assert sorted(e.location.name for e in out) == ["Mahoba", "Mathura"]


@pytest.mark.parametrize("text, label", [
    # civilians named as the target of the act, with no doer named in the sentence ("they"): an attack
    ("They ambushed traders on the road to Gwoza on Sunday, killing four of them.", "Violence against civilians / Attack"),
    ("Later they were seen firing guns at villagers along the Damboa axis.", "Violence against civilians / Attack"),
    # no target told: civilians killed in the battle the report tells around them stay its victims
    ("Two civilians were killed in the crossfire near the market.", "Battles / Armed clash"),
    # an armed target beside the civilians: the battle
    ("They ambushed a convoy of soldiers and passengers on the road to Gwoza.", "Battles / Armed clash"),
    # tear gas fired at people is crowd control, no attack aimed at civilians
    ("They fired tear gas at students outside the campus gate.", "Battles / Armed clash"),
])
def test_civilians_named_as_the_target_make_an_attack_of_a_clash(text, label):
    from sitroom.extract.events.rules import civilian_victims

    assert civilian_victims("Battles / Armed clash", text, None, None) == label
