"""English data of ``sitroom/extract/claims/kinds.py``: the words and patterns it reads."""

from __future__ import annotations

import re

CLASS_KIND = {"commit": "commitment", "request": "request", "accuse": "accusation", "deny": "denial",
               "predict": "prediction", "decide": "policy decision", "threaten": "commitment"}

# Verbs of taking or holding ground, and nouns that make their object ground.
CAPTURE_VERBS = {"capture", "seize", "take", "overrun", "hold", "control", "retake", "recapture", "conquer",
                 "occupy", "liberate", "regain", "fall", "pass", "gain"}

TERRITORY_NOUNS = {"area", "territory", "district", "province", "region", "country", "city", "town", "village",
                   "capital", "border", "crossing", "base", "checkpoint", "post", "land", "settlement", "county",
                   "state", "municipality", "neighbourhood", "neighborhood", "outpost", "hill", "valley", "road",
                   "highway", "airport", "port", "centre", "center", "headquarters", "garrison", "percent", "%"}

# What the words of a plain statement may still be (GUIDE.md "Claims": demand, denial, accusation).
# A denial: the speaker says a charge or report is false ("the allegation that he was brutalized is false",
# "Agu was not brutalised as reported", "He would never do anything like that").
# "false news" and "false information" name a charge ("convicted of spreading false news"), not a denial.
DENIAL = re.compile(
    r"\bfalse\b(?! (?:news|information)\b)|\b(?:untrue|baseless|unfounded|fabricated|innocence|lies)\b"
    r"|\b(?:ridiculous|absurd|nonsense)\b"  # "calling them ridiculous and politically-motivated"
    r"|\b(?:is|are|was|were) innocent\b"
    r"|\bcontrary to (?:the )?(?:reports?|claims?|allegations?)\b|\bnot (?:true|responsible|involved|guilty)\b"
    r"|\bnever (?:do|did|done|been|happened)\b|\bnot \w+ed\b.*\bas (?:reported|alleged|claimed)\b"
    # abuse said not to have befallen someone: "he was not assaulted or subjected to brutalisation"
    r"|\b(?:was|were|is|are|been|being)\s*(?:\s(?:not|never)|n[’']t)\s+(?:\w+ly\s+)?"
    r"(?:tortur|abus|brutali[sz]|assault|beat(?:en)?\b|mistreat|ill-treat|maltreat|harass|molest)", re.IGNORECASE)

# An accusation: words that charge a party with wrongdoing or condemn its conduct ("This government is
# cruel and is punishing innocent people", "the law has been weaponized against activists"). Words of
# events alone ("killed", "arrested") are reports, not accusations.
ACCUSATION = re.compile(
    r"\b(?:accus|blam|cruel|brutal|barbar|atrocit|oppress|persecut|corrupt|fraud|falsif|racis|repress|weaponi[sz]|"
    r"savager|appalling|inhuman|unlawful|unjust|disregard|fail(?:ed|ing|s)? to\b|negate|complicit|meddl|crush|suppress|"
    r"evisc|endanger|collu|tyrann|exploit|punish|infring|misconduct|abus|tortur|harass|intimidat|nihilis|"
    r"profit(?:ing)? from|slaver|indiscriminate|traitor|"
    # charges of a pretext, a rigged process, a regime ("the regime wants to make an example of us")
    r"instigat|silenc|pretext|rigg(?:ed|ing)\b|tainted|junk science|regime\b|proof\b|make an example|"
    r"(?:do not|don[’']t|doesn[’']t) care|plott(?:ed|ing)|an attack (?:on|against)|f[ae]ll(?:s|ing)? short of)",
    re.IGNORECASE)
# Where "accused" stands as a noun or an adjective it names the defendant ("filed against the accused", "the
# accused's house", "the other accused men"): no one is charged in those words.
DEFENDANT_DEPS = {"amod", "pobj", "dobj", "nsubj", "nsubjpass", "poss", "compound", "appos", "attr"}
# Verbs of coercion: a doer who threatens, forces or pressures people is charged with it ("police threatened
# his sister", "he saw the suspect forcing her into the car", "the unions put pressure on us").
COERCION_VERBS = {"threaten", "force", "coerce", "blackmail", "pressure", "pressurise", "pressurize", "bully"}
# Bodies of people that may be charged with coercion or reproached for a failure (besides PEOPLE_NOUNS, the
# parties of PARTY_NOUNS, the speakers' ROLE_WORDS and a noun in -man, "militiamen"): "the unions put pressure on us", "security forces forced them out".
AGENT_NOUNS = {"union", "force", "troop", "militia", "rebel", "gunman", "kidnapper", "captor", "guard", "agent",
               "employer", "company", "firm", "boss", "landlord", "husband", "father", "mother", "family", "relative",
               "neighbour", "neighbor", "attacker", "assailant", "suspect", "court", "ministry", "council", "agency",
               "department", "commission", "mob"}
# Modals that, with "have" and a participle, reproach a doer for what it did not do ("the president should have
# known the truth").
REPROACH_MODALS = {"should", "ought"}
# A word of wrongdoing right after a negation denies or clears rather than charges ("he's not blaming ...",
# "Hong Kong wasn't intimidated"): the text before a match of ACCUSATION ends so.
NEGATED_BEFORE = re.compile(r"(?:\bnot|\bnever|n[’']t)\s*[“\"']?\s*$", re.IGNORECASE)

URGE_PASSIVE = {"urge", "enjoin", "warn", "request", "ask", "call", "order", "direct", "encourage", "advise"}

# "stressed the need for a ceasefire", "underlined the necessity to ...": asking for what is needed.
NEED_NOUNS = {"need", "necessity"}
# "pressed for Russia to use its influence", "pushed for a ceasefire".
PRESS_FOR_VERBS = {"press", "push"}

IMPORTANT = {"crucial", "vital", "imperative", "essential", "important", "necessary", "time", "urgent"}

# Who a passive future befalls rather than who acts: "fear civilians will be killed" forecasts, while "the
# matter would be looked into" pledges the speaker's side's act.
PEOPLE_NOUNS = {"people", "civilian", "resident", "villager", "child", "woman", "man", "person", "family",
                "soldier", "fighter", "worker", "student", "journalist", "prisoner", "detainee", "hostage",
                "refugee", "migrant", "protester", "activist", "member", "citizen", "victim", "patient"}
PERSONAL_PRONOUNS = {"they", "he", "she", "we", "i", "you", "them", "him", "her", "us", "me"}

# Objects that turn an action back on its doer: "she will kill herself" pledges nothing to anyone.
REFLEXIVES = {"myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves", "themselves"}

# Auxiliaries of the future: a promise or a forecast ("would" alone may be only a report's tense).
FUTURE_AUX = {"will", "would", "shall", "'ll", "wo"}
# Verbs of being and of consequence: their future tells what will be, not what anyone will do ("it would be the
# site of a final victory", "it will show that he should not have been prosecuted", "it will cost $58 million").
STATE_FUTURE_VERBS = {"be", "cost", "show", "mean", "prove", "cause", "seem"}
# What a speaker who "will be" something offers to do: "would be ready to talk", "will be willing to help".
WILLING = {"ready", "willing", "prepared", "happy", "glad", "open", "available"}
# Sureness of what will come: "we are confident that this phase will continue the momentum" forecasts.
CONFIDENT = {"confident", "sure", "certain", "convinced", "optimistic", "hopeful"}
# Verbs of intending: "plans to withdraw", "vowed to fight" look forward as the future does.
INTENT_VERBS = {"intend", "plan", "go", "aim", "refuse", "vow", "seek"}
# Auxiliaries of a decision told by the author ("should be completed on August 31").
DECISION_AUX = {"should", "must", "shall", "will"}
# Adverbs that make the author's future a prediction ("probably ... would").
PREDICTION_ADVERBS = {"probably", "likely", "soon", "inevitably"}
# Pronouns by which speakers speak of themselves: a promise about their own conduct is a commitment.
SELF_PRONOUNS = {"we", "i", "they", "he", "she", "it", "our", "their", "its", "his", "her", "us"}
# "it" and "they" are a body speaking of itself, not a person ("The group said it would work with ...";
# Mr Smith's "it will show that ..." speaks of the evidence).
BODY_ONLY_PRONOUNS = {"it", "its", "they", "their"}
# Auxiliaries of a state, not an act: control as a state ("has passed under the control of").
STATE_AUX = {"has", "have", "had", "is", "are", "been", "remain", "remains"}
