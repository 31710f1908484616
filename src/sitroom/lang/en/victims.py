"""English words for people hors de combat: combatants who no longer fight (ACLED codes violence against
them as violence against civilians).

Regular-expression fragments, read by the event cues (``extract/events/patterns.py``) and the events'
victim words (``extract/events/arguments.py``): "the shooting of surrendered soldiers", "executed
captured fighters", "the killing of unarmed prisoners".
"""

from __future__ import annotations

# States that put a combatant out of the fight. After a verb of killing only the unambiguous ones:
# "killed three and wounded soldiers" has "wounded" as a verb.
HORS_DE_COMBAT_STATES = (r"(?:surrendered|captured|detained|disarmed|unarmed|wounded|injured|bound|blindfolded|"
                         r"kneeling|defen[cs]eless)")
HORS_DE_COMBAT_STATES_AFTER_VERB = r"(?:surrendered|disarmed|unarmed|bound|blindfolded|kneeling)"
# Who is put out of the fight.
COMBATANTS = (r"(?:soldiers?|troops|servicem[ae]n|fighters?|militants?|combatants?|policem[ae]n|police officers?|"
              r"officers?|prisoners?|men|captives?|detainees?)")
# Nouns and verbs of killing someone in one's power.
KILLING_NOUNS = r"(?:shooting|killing|execution|massacre|murder|slaughter)s?"
KILLING_VERBS = (r"(?:kill(?:ed|ing|s)?|shot|shoot(?:ing|s)?|execut(?:ed|ing|es)|murder(?:ed|ing|s)?|"
                 r"massacr(?:ed|ing))")

# "the shooting of surrendered soldiers", "the execution of two captured fighters".
HORS_DE_COMBAT_KILLING = (rf"\b{KILLING_NOUNS} of (?:the |\w+ )?{HORS_DE_COMBAT_STATES} (?:\w+ )?{COMBATANTS}\b|"
                          rf"\b{KILLING_VERBS} (?:(?:the|a|an|\d+|\w+) ){{0,2}}{HORS_DE_COMBAT_STATES_AFTER_VERB} "
                          rf"{COMBATANTS}\b")
# The victims' words: "surrendered soldiers of the Afghan Armed Forces".
HORS_DE_COMBAT_VICTIMS = rf"{HORS_DE_COMBAT_STATES} {COMBATANTS}"
