"""English data of ``sitroom/extract/events/modality.py``: the words and patterns it reads."""

from __future__ import annotations

import re

HEDGES = re.compile(
    r"\b(?:allegedly|alleged|reportedly|purportedly|apparently|supposedly|suspected|unconfirmed|unverified|"
    r"it is claimed|said to have|believed to have|accused(?: \w+){0,4} of|accusing|accusations?)\b", re.I)

ALLEGED = re.compile(r"\b(?:allegedly|alleged|purportedly|supposedly|accused|accusing|accusations?)\b", re.I)
# An allegation told as the doer's motive, after the act ("beat a man to death after accusing him of blasphemy",
# "lynched him for allegedly stealing a goat", "whom they accused of witchcraft"): it hedges the victim's offence,
# not the act.
MOTIVE_HEDGE = re.compile(r"\b(?:after|for|over|because|on suspicion)\s+(?:\w+\s+){0,2}?(?:allegedly|accusing|accused|"
                          r"alleged)\b|\b(?:who|whom)\s+(?:\w+\s+){1,3}?(?:had\s+)?accused\b", re.I)

DENIED = re.compile(r"\b(?:den(?:y|ied|ies|ying)|rejected (?:the )?(?:claims?|reports?)|dismissed (?:the )?(?:claims?|reports?))\b", re.I)
# "Deny" of what is withheld from someone ("was denied bail", "denied them access to a lawyer", "denied medical
# treatment"), or of an accused's plea ("denies the charges"): no denial that an event happened.
DEPRIVED = re.compile(r"den(?:y|ied|ies|ying)\s+(?:(?:him|her|them|us|me|the\s+\w+|\w+['\u2019]s)\s+)?(?:all\s+|the\s+|any\s+)?"
                      r"(?:bail|bond|access|entry|entrance|permission|visas?|visits?|visitation|timely|medical|treatment|"
                      r"health\s*care|food|water|counsel|lawyers?|legal|the\s+right|rights?|a\s+fair|due\s+process|"
                      r"justice|passage|parole|registration|accreditation|licen[cs]es?|charges?)\b", re.I)

# Attribution to a source, the event filter's column of it (extract/events/rerank.py).
ACCORDING_TO = re.compile(r"\baccording to\b", re.I)

REPORTED = re.compile(
    r"\b(?:reportedly|according to|said|says|told|reported|reports|confirmed|announced|stated|sources?)\b", re.I)

PLANNED = re.compile(r"\b(?:will|would|shall|plan(?:s|ned)? to|intend(?:s|ed)? to|going to|to be held|scheduled to|"
                      r"set to|prepar(?:ing|es|ed) to|vow(?:ed|s) to|pledg(?:ed|es) to|promis(?:ed|es) to|"
                      # a readiness or an offer to act is not the act ("he is willing to meet the Prime Minister"; the
                      # guide v1.4: offers of talks are no contact)
                      r"(?:is|are|was|were|be|been|am) (?:still |now |also )?(?:willing|ready|prepared|open) to|"
                      r"offer(?:s|ed|ing)? to)\b(?:\s+\w+){0,5}\s*$", re.I)

PREDICTED = re.compile(r"\b(?:may|might|could|likely to|expected to|expects?|predicted|forecast|is likely|are likely|"
                        r"could soon|risk of|probably|possibly|perhaps)\b(?:\s+\w+){0,8}\s*$", re.I)

HYPOTHETICAL = re.compile(r"\b(?:if|unless|in case|should they|were they to|in the event)\b", re.I)

# Subjects that say nothing was said or seen ("no attacks were reported", "nobody claimed it"): no source.
NEGATIVE_SUBJECTS = frozenset({"nothing", "none", "nobody", "no-one"})

# A sentence that reports the absence of events ("no attacks were reported", "there was no fighting"): when no
# cue marks an act of its own, what it tells did not happen.
NONE_REPORTED = re.compile(
    r"\b(?:no|not a single|not any)\s+(?:\w+\s+)?(?:attacks?|clash(?:es)?|fighting|violence|aggression|incidents?|"
    r"casualties|shots?|shelling|strikes?|hostilities|skirmish(?:es)?)\b(?:\s+(?:was|were|has been|have been|had been))?"
    r"(?:\s+\w+ly)?\s+(?:reported|recorded|observed|registered|heard|seen)\b"
    r"|\bthere (?:was|were|has been|have been|had been) no\s+(?:\w+\s+)?(?:attacks?|clash(?:es)?|fighting|violence|"
    r"aggression|incidents?|casualties|shelling|hostilities)\b", re.I)

# An offer of a meeting or talks ("says he is ready to meet the Indian premier", "was willing to meet him on the
# sidelines of the summit"), told with no meeting that took place (MET): the guide v1.4's offers of talks, no contact.
OFFER_TO_MEET = re.compile(r"\b(?:willing|ready|prepared|open|keen|eager|offer(?:s|ed|ing)?) to (?:\w+ ){0,2}"
                           r"(?:meet|talk|hold talks|negotiate|visit|sit down)\b", re.I)
MET = re.compile(r"\b(?:met|meets|held (?:\w+ ){0,2}talks|talked|visited|(?:has|have|had) (?:\w+ )?(?:spoken|talked))\b",
                 re.I)

# Negotiations or discussions told as going on (the guide v1.4: "ongoing contacts" or negotiations with no meeting
# are no contact): "The Government is negotiating with the United States", "Australia and Indonesia are also
# discussing the resumption of military ties".
ONGOING_TALKS = re.compile(r"\b(?:is|are) (?:(?:also|still|now|currently) )?(?:negotiating|discussing|in negotiations|"
                           r"in contact)\b|\b(?:is|are) (?:still|currently) (?:holding talks|in talks)\b", re.I)
# A leader's visit to his own troops is no diplomacy (the guide v1.4): "the minister, on a visit to troops at the base".
VISIT_TO_TROOPS = re.compile(r"\bvisit(?:s|ed|ing)? (?:to )?(?:\w+ ){0,2}(?:troops|soldiers|servicemen|sailors|"
                             r"peacekeepers|garrison)\b", re.I)

# Modal verbs of possibility: an event in a clause they govern ("may lead to a spike in ... kidnappings") is a
# possibility, not a report (not with the perfect, "may have killed", which guesses at a past act).
POSSIBILITY_MODALS = frozenset({"may", "might", "could"})
# The auxiliary of the perfect: "may have killed" guesses at a past act.
PERFECT_AUX = "have"
# Nouns of speculation whose "that" clause tells what is feared or rumoured, not what happened ("speculations
# are rife that ...", "rumours that the journalist had been abducted").
SPECULATION_NOUNS = frozenset({"speculation", "rumour", "rumor", "fear", "possibility", "prospect", "likelihood",
                               "conjecture", "guesswork"})

# Subjects of a verb of saying that name no source of their own: a pronoun or a relative ("it said",
# "..., who said"); the outlet stays the source.
STAND_IN_SUBJECTS = ("it", "they", "he", "she", "which", "that", "who")
