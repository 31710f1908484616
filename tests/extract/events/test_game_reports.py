"""A report of a game is no event: its verbs of war are figures of speech. Violence at a game still is one."""

import pytest

from sitroom.extract.events.sports import is_game_report
from sitroom.records import DocumentIn


@pytest.mark.parametrize("sentence", [
    "The Jets blasted the Patriots 31-3 on Sunday night in New Jersey.",
    "England picked up three wickets before lunch on the second day of the first Test in Perth.",
    "The visitors stormed back to win 2-1 after the break.",
    "Their quarterback threw two touchdowns as the Bears crushed the Lions.",
])
def test_a_game_is_told(sentence):
    assert is_game_report(sentence)


@pytest.mark.parametrize("sentence", [
    "Fans rioted after the match in Cairo on Sunday, and police fired tear gas.",
    "A bomb exploded outside the stadium during the World Cup final, killing four.",
    "Gunmen attacked fans after the game, killing three.",
    "Troops killed 10-15 militants in the raid on Monday.",
    "The Senate passed the bill 51-49 on Tuesday.",
])
def test_violence_or_no_game_is_not_a_game_report(sentence):
    assert not is_game_report(sentence)


@pytest.mark.slow
def test_a_game_gives_no_event_and_violence_at_a_game_does(pipeline):
    game = pipeline.extract(DocumentIn(id="g", text="The Jets blasted the Patriots 31-3 on Sunday night in New Jersey.",
                                       published="2001-12-10")).events
    riot = pipeline.extract(DocumentIn(id="r", text="Fans rioted after the match in Cairo on Sunday, and police fired "
                                       "tear gas at them.", published="2001-12-10")).events
    assert game == [] and riot and riot[0].event_type == "Riots"


@pytest.mark.parametrize("sentence", [
    # fights between fans are riots, whatever game they follow
    "Rival fans clashed outside the stadium in Lima after the league match on Sunday.",
    "Hooligans fought running battles with rival supporters after the World Cup qualifier.",
    "Supporters threw stones at the team bus after the 3-0 defeat.",
    # a range that counts a noun, a span of days, a vote: no score
    "The rebels lost 20-30 fighters in the mountains on Monday.",
    "Northern Alliance fighters won control of the town after heavy fighting on 14-15 November.",
    "Tanks shelled the camp on Monday, hours after the movement won the council elections 12-3.",
    "Guards beat them up for 10-15 minutes.",
])
def test_a_fight_a_range_or_a_vote_is_no_game_report(sentence):
    assert not is_game_report(sentence)


@pytest.mark.parametrize("sentence", [
    "She teamed with her compatriot to beat Switzerland 3-0 in their opening tie.",
    "Both won their singles to give the hosts an unbeatable 2-0 lead.",
])
def test_a_score_beside_its_result_is_a_game(sentence):
    assert is_game_report(sentence)
