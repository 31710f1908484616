"""Events a sentence names without telling them as news (retold.py): a court's testimony, a work's
topic, a commercial deal, an act still to come, an old incident named by its year, the start of a period, a weapon
named as a thing."""

import datetime as dt
from types import SimpleNamespace

import pytest

from sitroom.lang.en.events.discourse import HEARD_AT_HEARING
from sitroom.extract.events.retold import named_not_told, not_yet, year_named_incident

ATTACK = "Violence against civilians / Attack"
AGREEMENT = "Strategic developments / Agreement"
DISASTER = "Disasters / Natural disaster"


def _at(sentence: str, word: str) -> int:
    return sentence.index(word)


@pytest.mark.parametrize("sentence, word", [
    ("A nurse has told the court how gunmen dragged patients from their beds.", "dragged"),
    ("The jury heard how the men beat the shopkeeper outside his store.", "beat"),
    ("A tribunal in Arusha was told the militia burnt three villages.", "burnt"),
    ("A survivor testified that soldiers shot at the crowd.", "shot"),
])
def test_testimony_in_court_is_read_as_heard_at_a_hearing(sentence, word):
    # (discourse.not_news makes it background unless the hearing dates the act recently)
    assert HEARD_AT_HEARING.search(sentence) and not named_not_told(ATTACK, sentence, _at(sentence, word))


@pytest.mark.parametrize("sentence, word", [
    ("She wrote award-winning stories about the victims of the massacre in the valley.", "massacre"),
    ("The film on the siege of the old town won the festival's prize.", "siege"),
    ("A documentary on the bombing of the market opens this week.", "bombing"),
])
def test_the_topic_of_a_work_is_no_news(sentence, word):
    assert named_not_told(ATTACK, sentence, _at(sentence, word))


def test_a_commercial_agreement_is_not_coded():
    sentence = "The mining company has reached an agreement with the provincial government over royalties."
    assert named_not_told(AGREEMENT, sentence, _at(sentence, "agreement"))
    # a company of soldiers is a unit, and an agreement between armed parties stays
    sentence = "A company of soldiers and the rebels reached an agreement to stop fighting in the town."
    assert not named_not_told(AGREEMENT, sentence, _at(sentence, "agreement"))


SHELLING = "Explosions/Remote violence / Shelling/artillery/missile attack"
IED = "Explosions/Remote violence / Remote explosive/landmine/IED"


@pytest.mark.parametrize("sentence, word", [
    ("Airport traffic is the lowest since the bombings in the capital, the ministry said.", "bombings"),
    ("Prices have doubled since last month's massacre at the market.", "massacre"),
    ("Bus services to the north have been cut since the attack on the convoy.", "attack"),
])
def test_an_act_named_as_the_start_of_a_period_is_no_news(sentence, word):
    assert named_not_told(ATTACK, sentence, _at(sentence, word))


@pytest.mark.parametrize("sentence, word", [
    # a relative clause or a conjunction after "since" tells an act; a clause of its own tells the act going on
    ("Since the raid on Monday that killed five, police have set up checkpoints.", "killed"),
    ("Calm returned since the curfew and gunmen shot two guards at the gate.", "shot"),
    ("A month has passed since the demonstrations began in the capital.", "demonstrations"),
    # another act told outside the phrase: the label built at its cue may be that act's
    ("Since the raid on Monday, protesters have gathered daily outside the governor's office.", "raid"),
])
def test_since_does_not_reach_across_a_clause(sentence, word):
    assert not named_not_told(ATTACK, sentence, _at(sentence, word))


@pytest.mark.parametrize("sentence, word", [
    ("The minister said missile defence must be a priority for the alliance.", "missile"),
    ("New rules limit the export of rocket technology to the region.", "rocket"),
    ("The bomber is armed with bombs and cruise missiles.", "missiles"),
    ("The scientist helped the group develop a nuclear bomb, officials said.", "bomb"),
])
def test_a_weapon_named_as_a_thing_is_no_use_of_it(sentence, word):
    assert named_not_told(SHELLING, sentence, _at(sentence, word))


@pytest.mark.parametrize("label, sentence, word", [
    (SHELLING, "A missile hit a school in the city on Monday.", "missile"),
    (SHELLING, "Militants armed with rifles fired rocket-propelled grenades at the convoy.", "rocket"),
    (IED, "Gunmen armed with bombs stormed the hotel before dawn.", "bombs"),  # an attack by armed men
    (IED, "Residents of a building where a bomb exploded on Friday fled.", "bomb"),
    (ATTACK, "Police said missile defence sites were not hit.", "missile"),  # only for an explosion's label
])
def test_weapons_used_stay(label, sentence, word):
    assert not named_not_told(label, sentence, _at(sentence, word))


@pytest.mark.parametrize("sentence, word", [
    ("Gunmen killed a farmer in the village on Monday, police told reporters.", "killed"),
    ("Reports of the killing of the mayor spread quickly.", "killing"),  # attributed, not a work's topic
    ("They called for an inquiry into the shelling of the market on Monday.", "shelling"),  # named in a reaction
    ("Police said the court building was attacked by gunmen overnight.", "attacked"),
])
def test_acts_told_as_news_stay(sentence, word):
    assert not named_not_told(ATTACK, sentence, _at(sentence, word))


@pytest.mark.parametrize("sentence, word", [
    ("The two sides lifted the embargo, paving the way for peace talks next month.", "talks"),
    ("The minister said a ceasefire was about to be signed.", "ceasefire"),
    ("Officials said the talks are due to begin in Geneva.", "talks"),
    ("The rebels are on the verge of an agreement with the army.", "agreement"),
])
def test_an_act_still_to_come_is_planned(sentence, word):
    start = _at(sentence, word)
    assert not_yet(sentence, start, start + len(word))


@pytest.mark.parametrize("sentence, word", [
    ("The two sides signed a ceasefire on Sunday.", "ceasefire"),
    ("Sources close to the talks said they ended without a deal.", "talks"),
    ("A rally in the capital is scheduled to speak for the farmers, its organisers joked.", "rally"),
])
def test_acts_that_happened_are_not_planned(sentence, word):
    start = _at(sentence, word)
    assert not not_yet(sentence, start, start + len(word))


def _event(place, precision="publication", start=80):
    return SimpleNamespace(location=SimpleNamespace(name=place) if place else None,
                           date=SimpleNamespace(precision=precision), evidence=SimpleNamespace(start=start))


TEXT = ("Six managers go on trial today over the 1998 Brenton rafting disaster. "
        "Nine people drowned when a storm swelled the river near Brenton.")


def test_an_old_incident_named_by_its_year_is_background():
    assert year_named_incident(_event("Brenton"), (), TEXT, None)  # undated article
    assert year_named_incident(_event("Brenton"), (), TEXT, dt.date(2003, 5, 1))


def test_a_report_with_a_day_or_another_place_or_a_recent_year_stays():
    assert not year_named_incident(_event("Brenton", "day"), (), TEXT, None)  # its own day: news
    assert not year_named_incident(_event("Brenton"), (_event("Brenton", "day"),), TEXT, None)
    assert not year_named_incident(_event("Carlow"), (), TEXT, None)  # another place
    assert not year_named_incident(_event(None), (), TEXT, None)
    assert not year_named_incident(_event("Brenton"), (), TEXT, dt.date(1999, 2, 1))  # last year's: may be news


def _text(n_sentences: int, recent_sentences: int, pub=dt.date(2021, 6, 30)):
    """A context of ``n_sentences`` sentences, ``recent_sentences`` of them dated to the days before ``pub``, the
    others to an old year."""
    times = [SimpleNamespace(sentence=i, date=SimpleNamespace(end="2021-06-28" if i < recent_sentences else "2015-12-31"))
             for i in range(0, n_sentences, 3)]
    units = [SimpleNamespace(sentence=i) for i in range(n_sentences)]
    return SimpleNamespace(pub_date=pub, times=times, scratch={}), units


def test_an_undated_act_in_a_long_text_that_tells_no_news_of_its_days_is_none():
    from sitroom.extract.events.retold import undated_in_long_text
    ctx, units = _text(120, 0)  # a long report dated only to old years
    assert undated_in_long_text(_event("Basra"), ctx, units)
    assert not undated_in_long_text(_event("Basra", "day"), ctx, units)  # an act with a day of its own stays


def test_short_or_news_dated_or_undated_texts_keep_their_undated_acts():
    from sitroom.extract.events.retold import undated_in_long_text
    ctx, units = _text(30, 0)  # a short news report: the publication dates it
    assert not undated_in_long_text(_event("Basra"), ctx, units)
    ctx, units = _text(120, 12)  # a long text that tells the news of its days (several sentences dated so)
    assert not undated_in_long_text(_event("Basra"), ctx, units)
    ctx, units = _text(120, 0, pub=None)  # no publication date: nothing to measure against
    assert not undated_in_long_text(_event("Basra"), ctx, units)


CONTACT = "Diplomacy / Diplomatic contact"


@pytest.mark.parametrize("sentence, word", [
    ("The prime minister will fly to Tokyo for a summit with the emperor.", "summit"),
    ("A ceasefire is one of the rebels' conditions for resuming talks with the army.", "talks"),
    ("Trade is among the president's priorities for his visit to Paris.", "visit"),
])
def test_a_meeting_named_as_a_goal_or_a_future_purpose_is_planned(sentence, word):
    start = _at(sentence, word)
    assert not_yet(sentence, start, start + len(word), CONTACT)


@pytest.mark.parametrize("sentence, word", [
    ("The foreign minister flew to Tokyo for talks with his counterpart on Monday.", "talks"),
    ("The envoy thanked the king for the meeting, which will be followed by others.", "meeting"),
])
def test_a_meeting_that_took_place_is_not_planned(sentence, word):
    start = _at(sentence, word)
    assert not not_yet(sentence, start, start + len(word), CONTACT)


def test_the_purpose_rule_is_for_meetings_and_deals_only():
    sentence = "The army will deploy troops for an attack on the town."
    start = _at(sentence, "attack")
    assert not not_yet(sentence, start, start + len("attack"), "Battles / Armed clash")


def _report(place, trigger, told, start, sentence, precision="publication", date_text=None):
    return SimpleNamespace(location=SimpleNamespace(name=place), trigger=trigger,
                           date=SimpleNamespace(precision=precision, text=date_text),
                           evidence=SimpleNamespace(start=start, sentence=sentence, text=told))


NAMED = ("Since the deadly 2016 Harvest Monday bombings at three markets, police have held hundreds without trial. "
         "A cleric was jailed in 2018, accused of helping the Harvest Monday suicide bombers.")


def test_an_old_incident_named_by_its_name_before_the_event_word_is_background():
    told = NAMED.split(". ")[1]
    # the name holds a day word ("Monday"): it names the incident, it does not date the report
    e = _report("Kandy", "suicide bombers", told, NAMED.index(told), 3, "day", "Monday")
    assert year_named_incident(e, (), NAMED, dt.date(2021, 4, 1))
    text = "The Labour Day 1921 Brenton riot is still taught in schools. Strikers burnt the mill at Brenton."
    e = _report("Brenton", "burnt", text.split(". ")[1], text.index("Strikers"), 4)
    assert year_named_incident(e, (), text, dt.date(2021, 4, 1))  # a later sentence retells it
    text = "Mobs burnt the mill at Brenton, and soldiers fired. The Labour Day 1921 Brenton riot began so."
    e = _report("Brenton", "burnt", text.split(". ")[0], 400, 6)
    assert year_named_incident(e, (), text, dt.date(2021, 4, 1))  # named after the retelling, mid-article


def test_a_new_act_about_an_old_incident_or_of_its_own_day_stays():
    told = "Police arrested a man on Monday over the Harvest Monday suicide bombers' network."
    e = _report("Kandy", "arrested", told, 200, 3, "day", "on Monday")
    assert not year_named_incident(e, (), NAMED + " " + told, dt.date(2021, 4, 1))  # the arrest is news
    told = "Gunmen attacked a bus near Kandy on Monday."
    e = _report("Colombo", "attacked", told, 200, 3, "day", "on Monday")
    assert not year_named_incident(e, (), NAMED + " " + told, dt.date(2021, 4, 1))  # its own day
    text = "Strikers burnt the mill at Brenton. It was the worst since the Labour Day 1921 Brenton riot."
    e = _report("Brenton", "burnt", text.split(". ")[0], 0, 0)
    assert not year_named_incident(e, (), text, dt.date(2021, 4, 1))  # the lead's news, compared with the old one
