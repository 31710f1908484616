"""English data of ``sitroom/extract/events/sports.py``: the words and patterns it reads."""

from __future__ import annotations

import re

from ..time.patterns import MONTH_NAME

# Words only a report of a game uses: cricket, football codes, tennis, tournaments.
SPORTS_TERMS = re.compile(
    r"\b(?:wickets?|innings|batsm[ae]n|bowlers?|run[- ]chase|(?:first|second|third|fourth|fifth|opening|final) Test\b|"
    r"Test (?:match|series)|touchdowns?|quarterbacks?|field goals?|goalkeepers?|hat-tricks?|penalty shoot-?outs?|"
    r"semi-?finals?|quarter-?finals?|grand final|play-?offs?|premiership|Super Bowl|Grand Slam|Davis Cup|World Cup|"
    r"FA Cup|the Ashes|match points?|set points?|league (?:table|leaders?|match|game|title|ladder)|"
    r"scored (?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (?:goals?|points|tries|runs|centur(?:y|ies)))\b")
# A final score right beside a word of winning or losing ("won 2-1", "beat Switzerland 3-0", "a 3-0 defeat", "a 2-0
# lead"), or right after a team named in the plural ("beat the Patriots 31-3", "the Wildcats 78-65"). Not a range
# that counts a noun or a span of days ("lost 20-30 fighters", "on 24-25 November", "beat them for 10-15 minutes"),
# nor a vote's tally told apart from its word ("won the local elections 12-3"): a score stands by its result.
_SCORE = r"\d{1,3}-\d{1,3}\b(?! (?:[a-z]+s\b|" + MONTH_NAME + r"\b))"
_RESULT = (r"w[io]n|wins|winning|victory|victories|beat|beaten|beats|defeat\w*|los[te]|losing|loss|draw|drew|tied|"
           r"thrash\w*|drubbing|romp\w*")
SCORE_RESULT = re.compile(r"\b(?:(?:" + _RESULT + r") (?:(?-i:[A-Z][\w-]+) ){0,2}" + _SCORE + r"|" + _SCORE
                          + r"(?: (?:home|away|road))? (?:" + _RESULT + r"|lead)\b)", re.I)
TEAM_SCORE = re.compile(r"\b[A-Z][a-z]+s " + _SCORE)
# What makes a sentence about a game a report of violence after all ("fans rioted after the match", "a bomb went off
# at the stadium during the final"): harm, weapons, forces, crowds.
VIOLENCE_AT_GAME = re.compile(
    r"\b(?:kill\w*|dead|died|deaths?|injur\w*|wounded|hurt|shot|shoot\w*|gun\w*|bomb\w*|blast|explo\w+|grenades?|"
    r"stab\w*|arrest\w*|detain\w*|police|troops|soldiers|militants?|rebels?|gunmen|protest\w*|demonstrat\w*|"
    r"riot\w*|attack\w*|hostages?|kidnap\w*|abduct\w*|looted|torched|fire|fires|fired|"
    # fights between fans, and the forces and weapons of war a figure of speech does not name
    # (not a game's own "clash", "fightback" or "battled to a draw")
    r"clashed|clashes|clashing|fights|fighting|fought(?! back)|running battles?|pitched battles?|brawl\w*|"
    r"hooligan\w*|stones?|ston(?:ed|ing)|pelt\w*|tear ?gas|teargas|"
    r"violen\w*|mob|vandal\w*|rampag\w*|stamped\w*|crush(?:ed)? to death|forces|army|fighters|tanks?|shell\w*|"
    r"rockets?|missiles?|air ?strikes?|raid\w*)\b", re.I)
