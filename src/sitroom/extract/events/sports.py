"""A report of a game is no event: its verbs of war are figures of speech ("The Jets blasted the Patriots 31-3",
"Australia picked up two wickets", "stormed back in the second half"). A sentence naming what only games have
(wickets, touchdowns, a Test match, a final score beside a win or a loss) and no harm, weapon, force or crowd
reports no event; "fans rioted after the match" and "a bomb went off at the stadium" still do."""

from __future__ import annotations

from ...lang.en.events.sports import SCORE_RESULT, SPORTS_TERMS, TEAM_SCORE, VIOLENCE_AT_GAME


def is_game_report(sentence: str) -> bool:
    """Whether ``sentence`` tells a game and nothing of violence."""
    if VIOLENCE_AT_GAME.search(sentence):
        return False
    return bool(SPORTS_TERMS.search(sentence) or TEAM_SCORE.search(sentence) or SCORE_RESULT.search(sentence))
