"""Stop 45's mechanisms from the Lee source's misses: a tally's perfect is the event clause's own; the count of a
body that moves as one is its size; a force deployed is its deployment's doer; bushfires are Natural disasters; a
clean-up is no disaster (the guide's decisions v1.4)."""

import pytest

from sitroom.extract.events import discourse
from sitroom.extract.events.disasters import MAN_MADE_DISASTER, NATURAL, bushfire_typed, disaster_told
from sitroom.extract.events.parse_roles import event_role
from sitroom.records import Event, Evidence


@pytest.mark.slow
@pytest.mark.parametrize("sentence, word, why", [
    # the perfect of the verb of saying tells when the news came, not a running total
    ("The ministry has confirmed that about 80 prisoners escaped from the jail overnight.", "escaped", None),
    ("Officials had announced that 2,000 soldiers are deployed near the northern town of Gao.", "deployed", None),
    # the event's own perfect still is one
    ("The ministry has said that more than 300 protesters have been arrested.", "arrested", "tally"),
    ("More than 60 people have been confirmed dead from the outbreak.", "confirmed", "tally"),
    # a body of troops or a crowd moving as one: its size, no tally
    ("About 3,000 Kenyan troops have moved across the frontier to cut off the rebels.", "moved", None),
    ("Hundreds of marines have arrived in the port city.", "arrived", None),
    # a count of what is done stays a tally
    ("Troops have arrested more than 200 suspects in the province.", "arrested", "tally"),
])
def test_a_tally_is_counted_by_the_act_s_own_clause(nlp, sentence, word, why):
    doc = nlp(sentence)
    tok = next(t for t in doc if t.text == word)
    assert discourse.not_news(tok, None) == why


@pytest.mark.slow
def test_a_force_deployed_is_the_doer_of_its_deployment(nlp):
    doc = nlp("Hundreds of Nigerian soldiers were deployed to the border town on Tuesday.")
    verb = next(t for t in doc if t.text == "deployed")
    soldiers = next(t for t in doc if t.text == "soldiers")
    assert event_role(soldiers, {verb.i: verb}, "Strategic developments / Other")[0] == "agent"
    # (the one a violent act is done to stays its victim)
    doc = nlp("Hundreds of Nigerian soldiers were ambushed near the border town on Tuesday.")
    verb = next(t for t in doc if t.text == "ambushed")
    soldiers = next(t for t in doc if t.text == "soldiers")
    assert event_role(soldiers, {verb.i: verb}, "Battles / Armed clash")[0] == "patient"
    # a force deployed beside a violent act told by others is not that act's doer
    doc = nlp("Hundreds of police were deployed in the town on Tuesday after settlers attacked homes.")
    verb = next(t for t in doc if t.text == "deployed")
    police = next(t for t in doc if t.text == "police")
    assert event_role(police, {verb.i: verb}, "Violence against civilians / Attack")[0] == "patient"


def _event(label: str, text: str) -> Event:
    event_type, sub = label.split(" / ")
    return Event(event_type=event_type, sub_event_type=sub, confidence=0.9,
                 evidence=Evidence(sentence=0, text=text, start=0, end=len(text)))


STORY = ("Crews have held containment lines overnight as back-burning continued west of the city. "
         "A blaze near the town of Oakdale flared again this morning.")


def test_a_fire_in_a_story_of_bushfires_is_a_natural_disaster():
    ev = _event(MAN_MADE_DISASTER, "A blaze near the town of Oakdale flared again this morning.")
    assert bushfire_typed(ev, STORY).sub_event_type == "Natural disaster"
    # no story of bushfires: a fire stays Man-made
    assert bushfire_typed(ev, "A blaze near the town of Oakdale flared again this morning.").sub_event_type \
        == "Man-made disaster"
    # a fire in a building, or another accident, stays Man-made in any story
    for text in ("A fire at a hotel in Oakdale killed two guests.", "A gas explosion started a fire in Oakdale.",
                 "A fire at a house in Oakdale killed an elderly man.", "A fire in a prison kitchen injured three."):
        assert bushfire_typed(_event(MAN_MADE_DISASTER, text), STORY).sub_event_type == "Man-made disaster"
    # the homes a blaze destroyed are the bushfire's
    assert bushfire_typed(_event(MAN_MADE_DISASTER, "The blaze gutted three homes near Oakdale."), STORY) \
        .sub_event_type == "Natural disaster"
    # other labels are left alone
    assert bushfire_typed(_event(NATURAL, "Storms hit Oakdale."), STORY).sub_event_type == "Natural disaster"


def test_a_clean_up_is_no_disaster():
    assert disaster_told(NATURAL, "The flood clean-up in Oakdale will resume this morning.") is None
    assert disaster_told(NATURAL, "Volunteers are continuing the big mop-up after the storm.") is None
    assert disaster_told(NATURAL, "Crews began assessing the damage after the cyclone.") is None
    assert disaster_told(NATURAL, "The flood clean-up in Oakdale will resume this morning.") is None
    # deaths told beside it are the disaster's
    assert disaster_told(NATURAL, "Two people died in the storm, and the clean-up began on Monday.") == NATURAL
    # and so is the hazard's own harm told beside it
    assert disaster_told(NATURAL, "A storm tore the roofs off 200 homes in Oakdale on Sunday, and the clean-up "
                         "began on Monday.") == NATURAL
    assert disaster_told(NATURAL, "The cyclone destroyed hundreds of homes on Friday, and teams are assessing the "
                         "damage.") == NATURAL


@pytest.mark.slow
@pytest.mark.parametrize("sentence, word, why", [
    ("The court heard how the gunmen burnt three villages after the referendum.", "burnt", "background"),
    ("A tribunal in The Hague has been told the soldiers shelled the market.", "shelled", "background"),
    ("A witness told the inquiry that police beat the protesters with batons.", "beat", "background"),
    # an act outside the court's hearing is news
    ("Police beat the protesters outside the court on Monday.", "beat", None),
    # and so is a recent act the hearing dates to its day (a bail hearing of an arrest)
    ("The court was told police arrested the man at his home in Parramatta on Sunday.", "arrested", None),
])
def test_an_act_told_as_evidence_at_a_hearing_is_background(nlp, sentence, word, why):
    doc = nlp(sentence)
    tok = next(t for t in doc if t.text == word)
    assert discourse.not_news(tok, None) == why


@pytest.mark.parametrize("sentence, word, why", [
    # in an undated article, an act told "last October" lies two months or more back: background
    ("The market was shelled last October after rebels entered the town.", "shelled", "background"),
    ("Gunmen abducted the headmaster last August near the school.", "abducted", "background"),
    ("Police arrested the two organisers last March, the group says.", "arrested", "background"),
    # ... not a day of the week, nor an act with no time named
    ("Gunmen abducted the headmaster on Monday near the school.", "abducted", None),
    ("The market was shelled after rebels entered the town.", "shelled", None),
])
def test_a_month_named_last_in_an_undated_article_is_background(nlp, sentence, word, why):
    doc = nlp(sentence)
    tok = next(t for t in doc if t.text == word)
    assert discourse.not_news(tok, None) == why


def test_a_month_named_last_in_a_dated_article_is_left_to_its_date(nlp):
    # "Last November" in a report of January 13 is some 60 days back: the date decides, not the words
    import datetime as dt

    doc = nlp("Last November, police detained a journalist for his reporting.")
    tok = next(t for t in doc if t.text == "detained")
    assert discourse.not_news(tok, dt.date(2022, 1, 13)) is None


@pytest.mark.parametrize("sentence, word", [
    # (review47) a "since" after a superlative or "first" names the benchmark the news is measured by, not its time
    ("Thousands of protesters marched in Beirut on Sunday, in the largest demonstration since last October.",
     "marched"),
    ("Russian forces shelled Kharkiv, in the heaviest bombardment of the city since last September.", "shelled"),
    # a month named last beside the act's own day dates another act ("as they did last October")
    ("Gunmen attacked the village on Sunday, as they had done last October.", "attacked"),
    # "last march" in lower case is no month
    ("War veterans held what they called their last march through Harare, demanding unpaid pensions.", "march"),
])
def test_a_month_named_last_as_a_benchmark_or_beside_a_day_is_no_background(nlp, sentence, word):
    doc = nlp(sentence)
    tok = next(t for t in doc if t.text == word)
    assert discourse.not_news(tok, None) is None


@pytest.mark.parametrize("sentence, word, pub", [
    # the same with a year named: "since 2019" after a superlative dates no act (review47)
    ("Thousands of protesters marched in Beirut on Sunday, in the largest demonstration since 2019.", "marched",
     "2023-03-20"),
    ("It was the first time since last year that police fired tear gas at students in the capital.", "fired",
     "2023-03-20"),
])
def test_a_year_named_as_a_benchmark_is_no_background(nlp, sentence, word, pub):
    import datetime as dt

    doc = nlp(sentence)
    tok = next(t for t in doc if t.text == word)
    assert discourse.not_news(tok, dt.date.fromisoformat(pub)) is None


def test_a_since_with_no_comparison_still_looks_back(nlp):
    import datetime as dt

    doc = nlp("The city has been rebuilt since Russian forces shelled it heavily last year.")
    tok = next(t for t in doc if t.text == "shelled")
    assert discourse.not_news(tok, dt.date(2023, 3, 20)) == "background"
