"""Words of the means an act was done with (extract/events/means.py)."""

from __future__ import annotations

import re

# An explosive or remote means (ACLED's Explosions/Remote violence: the weapon decides, whoever the victims): a bomb
# or bombing, a blast or explosion, an IED, a suicide bomber, shelling, rockets, mortars, grenades, an air strike, a
# missile, a landmine. (Not a bare "mine": "killed in the mines" is a pit.)
EXPLOSIVE_MEANS = (
    r"(?:(?:car |roadside |suicide |pipe |nail )?bomb(?:s|ings?|ers?)?|blasts?|explosions?|explosives?|IEDs?|"
    r"improvised explosive devices?|suicide attacks?|shell(?:s|ing|fire)|rockets?|mortars?|grenades?|"
    r"air ?strikes?|air-strikes?|air raids?|drone strikes?|missiles?|land ?mines?|artillery)")

# Victims harmed in or by such a means, or when it went off ("were also killed in targeted bombings", "died in a
# car bomb explosion", "were wounded by a grenade", "killed when a rocket hit their house"): the means is the act's.
# Two words at most before the means, so that an act told beside another ("killed in a village days after a
# bombing") does not take its means.
HARMED_BY_EXPLOSIVE = re.compile(
    r"\b(?:killed|wounded|injured|died|hurt|maimed|lost (?:their|his|her) lives?)\b (?:\w+ ){0,2}?"
    r"(?:in|by|when|during|from) (?:[\w-]+ ){0,2}?" + EXPLOSIVE_MEANS + r"\b", re.I)

# The act a sentence retells by a definite noun ("The attack killed 63 guests", "nine people were killed in the
# attack", "Saturday's assault left 12 dead"): after a sentence that tells the act by its means ("A suicide bomber
# struck a wedding party"), it is that act, its victims the means' victims.
ACT_RETOLD = re.compile(r"\b(?:the|this|that|[A-Z][a-z]+day's) (?:(?:deadly|latest|same|brazen|horrific|suspected) )?"
                        r"(?:attack|assault|incident)\b", re.I)
# ... unless the sentence tells it is another ("a separate attack", "the next day", "earlier").
ANOTHER_ACT = re.compile(r"\b(?:another|separate|second|other|earlier|later|next day|day before|previous)\b", re.I)
