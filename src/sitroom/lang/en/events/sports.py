"""English data of ``sitroom/extract/events/sports.py``: the words and patterns it reads."""

from __future__ import annotations

import re

# Words only a report of a game uses: cricket, football codes, tennis, tournaments.
SPORTS_TERMS = re.compile(
    r"\b(?:wickets?|innings|batsm[ae]n|bowlers?|run[- ]chase|(?:first|second|third|fourth|fifth|opening|final) Test\b|"
    r"Test (?:match|series)|touchdowns?|quarterbacks?|field goals?|goalkeepers?|hat-tricks?|penalty shoot-?outs?|"
    r"semi-?finals?|quarter-?finals?|grand final|play-?offs?|premiership|Super Bowl|Grand Slam|Davis Cup|World Cup|"
    r"FA Cup|the Ashes|match points?|set points?|league (?:table|leaders?|match|game|title|ladder)|"
    r"scored (?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (?:goals?|points|tries|runs|centur(?:y|ies)))\b")
# A final score beside a word of winning or losing ("blasted the Patriots 31-3", "won 2-1", "a 3-0 defeat").
SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b")
# ... or right after a team named in the plural ("beat the Patriots 31-3", "the Wildcats 78-65").
TEAM_SCORE = re.compile(r"\b[A-Z][a-z]+s \d{1,3}-\d{1,3}\b")
RESULT_WORDS = re.compile(r"\b(?:w[io]n|wins|winning|victory|victories|beat|beaten|beats|defeat\w*|los[te]|losing|"
                          r"draw|drew|tied|game|match|season|coach|team|innings|points|scored)\b", re.I)
# What makes a sentence about a game a report of violence after all ("fans rioted after the match", "a bomb went off
# at the stadium during the final"): harm, weapons, forces, crowds.
VIOLENCE_AT_GAME = re.compile(
    r"\b(?:kill\w*|dead|died|deaths?|injur\w*|wounded|hurt|shot|shoot\w*|gun\w*|bomb\w*|blast|explo\w+|grenades?|"
    r"stab\w*|arrest\w*|detain\w*|police|troops|soldiers|militants?|rebels?|gunmen|protest\w*|demonstrat\w*|"
    r"riot\w*|attack\w*|hostages?|kidnap\w*|abduct\w*|looted|torched|fire|fires)\b", re.I)
