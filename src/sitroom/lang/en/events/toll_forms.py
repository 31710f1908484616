"""English data of ``sitroom/extract/events/toll_forms.py``: forms of a report's death toll beyond a figure and its
verb: the incident's running total ("taking the toll to 9"), "both" as two dead, one dead named by a possessive
("killed his wife")."""

from __future__ import annotations

import re

from ..kin import KIN_ONE
from .counts import DIED, KILL_V, ONE_PERSON, WORD_NUM
from .separate import INCIDENT_NOUNS

# Words between a toll's noun and its figure that make it a tally over many incidents or a place's ("bringing the toll this
# year to 300", "the toll of the conflict rose to 3,000", "since the fighting began"): not this incident's total.
TALLY_SCOPE = re.compile(r"\b(?:since|year|years|month|months|week|weeks|so far|overall|war|conflict|campaign|"
                         r"offensive|insurgency|violence|unrest|uprising|crisis|protests|pandemic|season|"
                         r"nationwide|country|region|province|(?-i:state)|across)\b|"
                         # a place's toll, the place right after the toll's noun ("as the death toll in Gaza rose to
                         # 30,000"): the region's; not a place of the incident ("the toll from the bombing in Kabul")
                         r"^\s*(?:in|for)\s+(?:the\s+)?(?-i:[A-Z])|"
                         # incidents as a bare plural, no determiner before them ("the death toll from attacks on the
                         # district", "from bandit raids"): a count of many (not "from the attacks", "Friday's attacks")
                         rf"\b(?:from|in|by)\s+(?!(?:the|these|those|this|that|its|their|twin|both|two|three)\b)"
                         rf"(?:[a-z-]+\s+)?(?:{INCIDENT_NOUNS})(?<=s)\b", re.I)

# "both" as the dead: two ("Both brothers were killed", "both of them died", "killing both men"); not "both X and Y"
# (two groups, their size untold), nor "both sides" (parties, no count).
_NOT_BOTH_NOUN = r"(?!(?:sides?|parties|countries|camps|groups|armies|forces)\b)"
# (not after a preposition: "civilians in both towns were killed" counts places, not the dead)
_BOTH = (rf"(?<!\bin )(?<!\bof )(?<!\bon )(?<!\bat )(?<!\bfrom )(?<!\bacross )(?<!\bfor )\bboth(?:\s+of)?(?:\s+(?:them|the|his|her|their|these|those))?(?:\s+{_NOT_BOTH_NOUN}"
         rf"(?!(?:and|or|were|was|had|have|died|killed)\b)[a-z'’-]+){{0,2}}(?!\s+(?:and|or)\b)")
# (the verb passive or of dying: "Both attacks killed civilians" tells the killers)
BOTH_DEAD = re.compile(rf"{_BOTH}\s+(?:also\s+)?(?:(?:were|had been|have been)\s+(?:also\s+)?{DIED}|died|perished|"
                       rf"lost their lives|drowned)\b|"
                       rf"\b{KILL_V}\s+{_BOTH}(?=\s*[,.;]|\s+(?:in|on|at|near|inside|outside|as|when|while|during|"
                       rf"after|before)\b|\s*$)", re.I)

# One dead told by a possessive as the killing's object ("A man killed his wife", "shot dead their neighbour"): ONE_DEAD
# counts articles only.
# Not the bare verb, mostly an infinitive of what was not done ("threatened to kill their hostage", "tried to kill his
# brother").
ONE_BY_POSSESSIVE = re.compile(rf"\b(?:kill(?:ed|ing|s)|shot dead|shooting dead|gunned down|murder(?:ed|ing|s)|"
                               rf"stabb(?:ed|ing) to death|strangl(?:ed|ing))\s+(?:his|her|their)\s+"
                               rf"(?:[a-z'’-]+\s+){{0,2}}?(?:{ONE_PERSON}|{KIN_ONE}|neighbou?r|friend|colleague|baby)"
                               rf"\b(?!['’]s)(?!\s+and\b)", re.I)

# After a semicolon, words that set the next group of dead in another time or incident ("three soldiers were killed on
# Monday; on Tuesday, two more died", "earlier, five people died"): not summed with the first.
SEMI_OTHER = re.compile(r"^\s*(?:(?:on|by|in|at|last|earlier|later|meanwhile|elsewhere|separately|another|a day|the day|"
                        r"the next|the following|the previous)\b)", re.I)

# A pair told as one noun or as "he and his ...": two dead ("The couple were killed when a missile hit their car",
# "He and his brother were shot dead").
PAIR_DEAD = re.compile(rf"\b(?:the|a|an)\s+(?:[a-z'’-]+\s+){{0,2}}?(?:couple|pair|twins)\s+{DIED}\b|"
                       rf"\b(?:he|she)\s+and\s+(?:his|her|a|an)\s+(?:[a-z'’-]+\s+){{0,2}}?(?:{ONE_PERSON}|{KIN_ONE}|"
                       rf"friend|colleague|companion|neighbou?r)\s+(?:were\s+(?:also\s+)?(?:killed|shot dead|gunned down|"
                       rf"murdered|slain|executed)|died)\b", re.I)

# One dead and a figure more killed with him ("A soldier was killed along with two civilians": 3).
ONE_ALONG_WITH = re.compile(r"\bwas\s+(?:also\s+)?(?:killed|shot dead|gunned down|murdered|slain|executed)\s+"
                            r"(?:along|together)\s+with\s+(?:at least\s+|some\s+)?(?P<n>\d+|" + WORD_NUM + r")\b"
                            r"(?!\s+(?:years?|months?|days?|hours?)\b)", re.I)

# What follows the attacker's death when he heads a list of dead ("killed the bomber and two bystanders": the list
# counts him).
ATTACKER_IN_LIST = re.compile(r"\s+(?:(?:and|as well as|plus)\s+(?:at least\s+)?(?:\d+|" + WORD_NUM + r"|a|an|his|her)|"
                              r"(?:along|together)\s+with)\b", re.I)  # ("the gunman was killed along with two guards")
