"""English data of ``sitroom/extract/events/civilians.py``: the words that tell an act of violence against
civilians named for another purpose than to report it (the cause of a protest, a charge, a report's
subject, a pattern of abuse, a suicide)."""

from __future__ import annotations

import re

from .discourse import LARGE_COUNT_WORDS

# Nouns and verbs of protest whose object ("protests over the killing of George Floyd", "in protest against
# increasing torture") is the grievance, not a report of it.
PROTEST_LEMMAS = frozenset({"protest", "demonstration", "rally", "march", "walkout", "boycott", "vigil"})
PROTEST_PREPS = frozenset({"against", "over", "at", "about"})

# Words of an accusation, an arrest or a trial whose object is the offence charged ("arrested for armed
# robbery and kidnapping", "charged in the plot to kidnap", "implicated in kidnapping", "in connection
# with the kidnapping and rape"): the court step, not the act.
CHARGE_LEMMAS = frozenset({"charge", "accuse", "implicate", "convict", "arrest", "detain", "extradite", "suspect",
                           "prosecute", "indict", "jail", "sentence", "guilty", "connection", "trial"})
CHARGE_PREPS = frozenset({"for", "with", "of", "over"})
# After a word of taking only "for" and "over" name the offence: "the arrest of X", "arrested him with X" name the
# people taken.
TAKING_CHARGE_LEMMAS = frozenset({"arrest", "detain", "jail", "extradite"})
TAKING_CHARGE_PREPS = frozenset({"for", "over"})
# The words of accusation alone: a taking that is their offence ("charged with unlawfully detaining a journalist",
# "accused ... of abducting and detaining") is the crime charged, not an arrest made.
ACCUSATION_LEMMAS = CHARGE_LEMMAS - TAKING_CHARGE_LEMMAS
# "in" attaches the offence only to words of accusation ("charged in the plot", "implicated in kidnapping"):
# after an arrest it tells where ("arrested in a raid in which two people were killed").
CHARGED_IN_LEMMAS = frozenset({"charge", "implicate", "convict", "indict", "extradite", "suspect", "involve"})

# Nouns of a published or told account whose content the act is ("published a report detailing harrowing
# stories of crime", "doctors tell harrowing stories", "credible reports of widespread atrocities").
ACCOUNT_LEMMAS = frozenset({"report", "story", "account", "testimony", "documentary"})

# Places named by the violence done in them ("torture chambers", "torture sites", "a detention camp"): the noun
# before them names the place, not an occurrence.
FACILITY_NOUNS = frozenset({"site", "chamber", "center", "centre", "camp", "house", "cell", "facility", "field",
                            "room", "prison", "ground"})

# Nouns of a policy of abuse whose content the act is ("a crackdown which some of those detained say includes
# torture and beatings", "a campaign of abductions").
PRACTICE_LEMMAS = frozenset({"crackdown", "campaign", "practice", "pattern", "policy"})

# Words of a pattern of abuse rather than one incident ("countless protesters have been beaten", "every day,
# people are harassed", "repeated acts of torture", "increasing torture", "dogs being regularly tortured").
PATTERN = re.compile(
    r"\b(?:countless|every day|(?-i:daily)|regularly|routinely|systematically|systematic|repeated|"
    r"increasing(?:ly)?|(?:a )?(?:spike|surge|rise|wave) (?:in|of)|continu(?:e|es|ing) to|widespread|"
    r"indiscriminate)\b", re.I)

# A person taking their own life: no violence by anyone against them.
SUICIDE = re.compile(
    r"\b(?:committ\w+ suicide|suicides?(?! (?:bomb\w*|attack\w*|vests?|belts?))|took (?:his|her|their) (?:own )?li(?:fe|ves)|"
    r"killed (?:himself|herself|themselves)|self-immolat\w+)\b", re.I)

# Violence by others told beside a suicide ("held on the charge of beating up N.K. Rajesh, who later attempted
# self-immolation"): then the sentence tells that violence too.
HARM_BY_OTHERS = re.compile(
    r"\b(?:beat\w*|tortur\w*|kidnap\w*|abduct\w*|rap(?:e|ed|ing)|assault\w*|attack\w*|stabb\w*|kill\w*|"
    r"murder\w*|execut\w*|massacr\w*)\b", re.I)

# Words of harm done to people: a violence-against-civilians report names one ("beaten", "abducted", "went
# missing", "shot", "raped", "held incommunicado"); one that names none ("a car was smashed", "residents felt
# duped", "was invited to speak") tells no such violence.
VIOLENCE = re.compile(
    r"\b(?:beat(?:s|en|ing|ings)?|batter\w*|assault\w*|attack\w*|tortur\w*|abus\w*|kill\w*|murder\w*|kidnap\w*|"
    r"abduct\w*|rap(?:e|ed|es|ing|ist|ists)|sexual\w*|molest\w*|stab\w*|shot|shoot\w*|gunned|gunmen|fir(?:ed|ing) (?:at|on)|"
    r"opened fire|hack(?:ed|ing) to death|machete\w*|lynch\w*|burn(?:ed|t|ing) (?:alive|to death)|set (?:ablaze|on fire)|"
    r"whip\w*|flog\w*|lash(?:ed|es|ing)|execut\w*|massacr\w*|slaughter\w*|behead\w*|slain|dead|died|deaths?|bod(?:y|ies)|"
    r"wound\w*|injur\w*|hurt|bruis\w*|bleed\w*|blood\w*|scars?|disappear\w*|missing|whereabouts|incommunicado|"
    r"hostages?|captives?|captivity|captors?|ransom|seiz(?:ed|ing)|captur(?:ed|ing)|taken away|took (?:\w+ ){0,3}away|forced (?:into|him|her|them)|"
    r"bundled|blindfold\w*|handcuff\w*|hooded|held (?:at gunpoint|captive|hostage)|violen\w*|brutal\w*|thugs|"
    r"terror\w*|bomb\w*|explo\w*|grenade\w*|harass\w*|humiliat\w*|punch\w*|kick(?:ed|ing)|slap\w*|tear ?gas|"
    r"pelt\w*|ston(?:ed|ing)|atrocit\w*|victims?|survivors?|raid\w*|stormed|killers?|assailants?|attackers?|"
    r"assassinat\w*|corpses?|doused|drench\w*|pistols?|guns?|gunpoint|gun-toting|armed men|masked men|push(?:ed|ing)|"
    r"whisk\w*|forc(?:ed|ibly|ing)|trapp?\w*|hound\w*|intimidat\w*|blows|held (?:\w+ )?down|pulled (?:\w+ ){0,3}out|"
    r"detain\w*|held|kept)\b", re.I)

# Nouns of an attack: a relative clause on one tells the attack itself ("a terrorist attack on Camp Hurriya
# that killed and injured camp residents"), not the background of a person.
ATTACK_NOUNS = frozenset({"attack", "assault", "bombing", "blast", "explosion", "strike", "airstrike", "raid",
                          "offensive", "ambush", "shooting", "massacre", "operation", "incident", "violence"})

# Verbs of what became of the victim: "One of the seminarians who was abducted on January 8 remains at large",
# "A businessman who was abducted outside a synagogue and held a week for ransom was rescued by police" tell
# the abduction with its outcome (the corpus codes it).
VICTIM_FATE_LEMMAS = frozenset({"remain", "stay", "rescue", "free", "release", "escape"})

# What a sentence tells about a person a participle only describes ("attended the funeral of the slain journalist",
# "the family of the murdered activist"): the mourning of someone killed before, not the killing.
MOURNING_NOUNS = frozenset({"funeral", "burial", "memorial", "wake", "family", "relatives", "widow", "widower",
                            "mother", "father", "parents", "memory", "grave", "killers", "murderers"})

# Verbs and nouns of work against a kind of violence: its bare noun as their object names the kind ("met
# organisations focused on preventing sexual violence in conflict", "the fight against kidnapping").
PREVENT_LEMMAS = frozenset({"prevent", "prevention", "combat", "fight", "tackle", "eradicate", "end", "stop",
                            "counter", "curb", "eliminate"})

# Nouns of a quantity: "have tortured scores of refugees" counts victims, it names no bare plural of them.
QUANTITY_NOUNS = frozenset(LARGE_COUNT_WORDS) | {"scores", "numbers"}

# The parser's dependencies that keep a word inside the phrase of the word it hangs off (its noun phrase, its
# preposition's object, a clause describing a noun); a new clause (ccomp, advcl, parataxis) or the root
# asserts something of its own.
PHRASE_DEPS = frozenset({"pobj", "prep", "conj", "compound", "amod", "acl", "relcl", "dobj", "pcomp", "appos",
                         "nmod", "attr", "nsubjpass", "nsubj", "xcomp", "cc", "npadvmod"})

# Nouns of an offence that "in" attaches to an arrest ("arrested in the disappearance of X", "detained in the
# killing of a trader"): what those arrested are held for, not where ("arrested in the town of X"); whom they
# name after "of" ("the murder of a US navy diver") is its victim, no side of the arrest.
OFFENCE_IN_NOUNS = frozenset({"disappearance", "killing", "killings", "murder", "murders", "death", "deaths",
                              "kidnapping", "abduction", "rape", "assault", "shooting", "robbery", "bombing",
                              "hijacking", "plot"})
