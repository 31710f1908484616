"""Rule 6: a count up to a cut-off day is a running total, not one event on that day."""

import pytest

from sitroom.extract.events import discourse


@pytest.mark.slow
@pytest.mark.parametrize("sentence, word, why", [
    ("As of September 6, more than 3,800 people in the region have been arrested, Reuters reported.", "arrested", "tally"),
    ("The government admitted that 144 boys have been arrested since August 5 for stone pelting.", "arrested", "tally"),
    ("Reporting ASEAN recorded that, as of August 18, 95 journalists had been arrested.", "arrested", "tally"),
    # a count told on its day is that day's event
    ("Police arrested 127 people on Tuesday night after the curfew.", "arrested", None),
    ("Five journalists have been arrested since Monday in Harare.", "arrested", None),
    ("More than 100 people have been killed since gunmen attacked the village on Sunday.", "killed", None),
    ("As of 8 pm on Sunday, police had detained 1,200 protesters in Moscow, OVD-Info said.", "detained", None),
    ("As of Tuesday, at least 60 people had been killed in the June 5 attack on the church in Owo.", "killed", None),
    # a count of this week's (or last week's, the weekend's) incident is news of it, not a running total
    ("Floods have displaced more than 20,000 people in Assam this week, officials said.", "displaced", None),
    ("Police have detained 300 protesters in Lagos over the weekend.", "detained", None),
    ("Police have detained 300 protesters in Lagos since this week's election.", "detained", None),
    ("Police have detained 300 protesters in Lagos in the past weeks.", "detained", "tally"),
])
def test_a_count_up_to_a_day_is_a_tally(nlp, sentence, word, why):
    doc = nlp(sentence)
    tok = next(t for t in doc if t.text == word)
    assert discourse.not_news(tok, None) == why


@pytest.mark.slow
def test_a_tally_reaches_the_last_act_of_a_list_the_parser_left_unlabelled(nlp):
    """"persecuted, violently attacked and arrested": the parser hangs "attacked" on "persecuted" by a bare
    "dep", and the perfect and the count of the list's head are the last act's too."""
    doc = nlp("Since the vote, hundreds of people have been persecuted, violently attacked and detained for "
              "protesting against the result.")
    tok = next(t for t in doc if t.text == "detained")
    assert discourse.not_news(tok, None) == "tally"


@pytest.mark.slow
@pytest.mark.parametrize("sentence, word, why", [
    # a count since a day of the week counts the days since, all in the report's week: news, as "this week"
    ("Police have detained 200 people since Friday in Kano.", "detained", None),
    ("Troops have killed 60 insurgents in the offensive since Monday, the army said.", "killed", None),
    ("Police have detained 300 protesters since August 5.", "detained", "tally"),
])
def test_a_count_since_a_weekday_is_this_weeks_news(nlp, sentence, word, why):
    doc = nlp(sentence)
    tok = next(t for t in doc if t.text == word)
    assert discourse.not_news(tok, None) == why


@pytest.mark.slow
@pytest.mark.parametrize("sentence, word, why", [
    # the act that only times the counting clause is not one of its count
    ("Rescuers have received 3,000 calls for help in the wake of Tuesday's floods.", "floods", None),
    ("Some 2,000 villagers have fled their homes after rebels stormed the town.", "stormed", None),
    ("Some 2,000 villagers have fled their homes after the attack on the town.", "attack", None),
    # what happened during a stretch, or after acts named as a bare plural, is the stretch's count
    ("More than 300 people have been killed during protests against the junta.", "protests", "tally"),
    ("Hundreds of activists have been arrested after protests in the capital.", "protests", "tally"),
    ("Hundreds of activists have been arrested after protests in the capital.", "arrested", "tally"),
])
def test_an_act_that_times_a_tally_is_not_counted_by_it(nlp, sentence, word, why):
    doc = nlp(sentence)
    tok = next(t for t in doc if t.text == word)
    assert discourse.not_news(tok, None) == why


@pytest.mark.slow
@pytest.mark.parametrize("text, word, why", [
    # the lede's exact count of what a named doer did: its incident, told in the perfect of fresh news
    ("Boko Haram fighters have killed 64 villagers in Borno state.", "killed", None),
    ("The army has arrested 52 members of a separatist militia in the Anglophone region.", "arrested", None),
    ("Rebels have abducted 120 schoolchildren from a boarding school in Kaduna.", "abducted", None),
    # a rounded count, one running since a start, victims told as what they underwent, or any count after the lede
    ("Rebels have abducted more than 120 schoolchildren in Kaduna.", "abducted", "tally"),
    ("Since the election, the army has arrested 52 members of the opposition.", "arrested", "tally"),
    ("72 villagers have been killed in Borno state.", "killed", "tally"),
    ("Clashes broke out in Maiduguri. Boko Haram fighters have killed 64 villagers in Borno state.", "killed", "tally"),
])
def test_a_ledes_exact_count_of_a_doers_act_is_its_news(nlp, text, word, why):
    doc = nlp(text)
    tok = [t for t in doc if t.text == word][-1]
    assert discourse.not_news(tok, None) == why


@pytest.mark.slow
@pytest.mark.parametrize("text, word, why", [
    # "the rise in X" is a noun phrase (a report's topic), not the trend idiom "on the rise"
    ("In March, the group published a report on the rise in abductions before police arrested two of its researchers.",
     "arrested", None),
    ("Days after a briefing on the rise of attacks on reporters, soldiers detained the editor in Juba.", "detained", None),
    ("After a debate on the rise in killings, gunmen abducted a councillor in the city.", "abducted", None),
    # the idiom still tells a trend
    ("Attacks on journalists are on the rise in the region.", "Attacks", "generic"),
    ("Kidnappings of farmers have been on the rise as gangs abducted travellers.", "abducted", "generic"),
])
def test_on_the_rise_is_a_trend_only_as_the_idiom(nlp, text, word, why):
    import datetime as dt

    tok = next(t for t in nlp(text) if t.text == word)
    assert discourse.not_news(tok, dt.date(2021, 3, 20)) == why


@pytest.mark.slow
@pytest.mark.parametrize("sentence, word, why", [
    # a count since the day of a named act ("since the February 1 coup") runs from that day: a running total
    ("More than 120 people have been killed since the February 1 coup, the monitoring group said.", "killed", "tally"),
    ("At least 400 activists have been detained since the October 25 takeover.", "detained", "tally"),
    ("Some 60 journalists have been arrested since the 3 March election, according to the union.", "arrested", "tally"),
    # not a count in the perfect, nor one told on its own day
    ("Soldiers killed 12 people on Sunday, the deadliest day since the February 1 coup.", "killed", None),
    ("Police arrested two activists on March 3, the day of the election.", "arrested", None),
])
def test_a_count_since_a_named_days_act_is_a_tally(nlp, sentence, word, why):
    doc = nlp(sentence)
    tok = next(t for t in doc if t.text == word)
    assert discourse.not_news(tok, None) == why


@pytest.mark.slow
@pytest.mark.parametrize("text, word, why", [
    # acts said to happen often are a trend, not an incident (the guide: trends are no events)
    ("In Zamfara state, abductions for ransom by gunmen are a regular occurrence.", "abductions", "generic"),
    ("Raids on opposition offices have become routine in the capital.", "Raids", "generic"),
    # one occasion described as routine is not: the patrol was attacked
    ("Gunmen attacked soldiers on a routine patrol near Maiduguri on Sunday.", "attacked", None),
    # the trend as the frame of an incident the sentence dates: the incident stays
    ("Shelling has become a daily occurrence in Donetsk, where a shell killed three civilians on Sunday.", "Shelling",
     None),
])
def test_an_act_said_to_happen_often_is_a_trend(nlp, text, word, why):
    import datetime as dt

    tok = next(t for t in nlp(text) if t.text == word)
    assert discourse.not_news(tok, dt.date(2021, 3, 20)) == why


@pytest.mark.slow
@pytest.mark.parametrize("text, word, why", [
    # a count up to a day named by its distance is a running total too
    ("As of yesterday, 205 cases had been identified, with at least 180 fatalities.", "identified", "tally"),
    # a count of one incident told on its day stays
    ("Gunmen killed 12 villagers in Zurmi yesterday, police said.", "killed", None),
])
def test_a_count_as_of_yesterday_is_a_tally(nlp, text, word, why):
    import datetime as dt

    tok = next(t for t in nlp(text) if t.text == word)
    assert discourse.not_news(tok, dt.date(2021, 3, 20)) == why
