"""English data of ``sitroom/extract/events/irrealis.py`` (and of the modality of events): the words by which a sentence
tells an act that did not happen as told: wanted, planned, ordered, prevented, feared, possible, negated or only a
condition ("rejected an offer of talks", "the plot to kidnap", "if talks fail"), and the words that keep an act done
under them ("welcomed the agreement", "did not hesitate to fire")."""

from __future__ import annotations

# Verbs whose object or complement has not happened: "rejected an offer of talks", "demanded a truce".
NON_FACTIVE = {
    "reject": "negated", "refuse": "negated", "oppose": "negated", "opposed": "negated", "welcome": "planned", "resist": "negated", "boycott": "negated",
    "threaten": "threatened", "warn": "threatened", "vow": "threatened", "swear": "threatened",
    "plan": "planned", "prepare": "planned", "intend": "planned", "propose": "planned", "schedule": "planned",
    "plot": "planned", "conspire": "planned",  # "plotted to kidnap the governor": a plan, foiled or to come
    "ready": "planned", "consider": "planned", "offer": "planned", "announce": None,
    "demand": "hypothetical", "urge": "hypothetical", "call": "hypothetical", "want": "hypothetical",
    "seek": "hypothetical", "ask": "hypothetical", "request": "hypothetical", "need": "hypothetical",
    "hope": "hypothetical", "push": "hypothetical", "press": "hypothetical", "suggest": "hypothetical",
    "insist": "hypothetical", "advocate": "hypothetical", "fear": "hypothetical", "risk": "hypothetical",
    "have": "hypothetical",  # "has to declare" (only through "to": see _governing_irrealis)
    # an event called off never took place: "Jordan canceled a planned summit with Biden"
    "cancel": "negated", "scrap": "negated", "abandon": "negated", "postpone": "planned", "delay": "planned",
    # a power given is not its use: "a state of emergency empowering the government to arrest without a warrant"
    "empower": "hypothetical", "entitle": "hypothetical", "mandate": "hypothetical", "authorize": "hypothetical",
    "authorise": "hypothetical",
}

# Verbs whose direct object is an act only commanded or kept from happening: "ordered the arrest of the opposition
# leader", "deployed to prevent protests", "averted an attack" (not a person they keep from acting: "prevented
# protesters from marching").
OBJECT_IRREALIS = {"order": "planned", "authorise": "planned", "authorize": "planned", "prevent": "negated",
                   "avert": "negated", "forestall": "negated", "preempt": "negated",
                   # what one avoids or evades does not happen to one: "fled to avoid arrest", "to avoid flooding"
                   "avoid": "negated", "evade": "negated"}
# Hyphenated verbs spaCy splits at the hyphen and cannot lemmatise ("pre - empted": lemma "empte"): their forms as
# written (written.whole_word) and the lemma the lists above name them by.
WRITTEN_VERB_LEMMAS = {"pre-empt" + ending: "preempt" for ending in ("", "s", "ed", "ing")}

# Verbs of permission: in the present simple they state a rule (a law's or a policy's content, which the guide does not
# code), not an act: "the law allows police to detain suspects for 90 days" (irrealis._governing_irrealis). In the
# past they may tell what happened ("the guards allowed the gunmen to enter"), so only their present counts.
PERMISSION_VERBS = frozenset({"allow", "permit", "empower", "authorise", "authorize", "entitle", "enable"})

# Verbs of opinion: in the present, with a subject of their own, the clause they take is what someone holds true now,
# not an act the article reports ("His widow believes he was murdered", "I believe he was killed", "police believe
# she was strangled"): the guide's hypotheticals and allegations with no event told (irrealis._opinion). Not their
# passive ("Xu is thought to be under house arrest", "it is believed the man was held"), which relays a report.
OPINION_VERBS = frozenset({"believe", "think", "suspect", "reckon", "presume"})

# Of those, the verbs that take an accomplished event as their direct object: "welcomed the agreement reached on
# 2 December", "welcomes the liberation of Tikrit" (it happened), while "welcomed plans to hold talks" is planned.
FACTIVE_FOR_OBJECT = {"welcome"}

# Nouns whose "to" clause is an intention, not an act ("the plot to kidnap Gov. Whitmer", "plans to
# attack the base", "a call to release him"): the modality the event takes.
INTENT_NOUNS = {"plot": "planned", "plan": "planned", "scheme": "planned", "conspiracy": "planned",
                "proposal": "planned", "intention": "planned", "threat": "threatened",
                "call": "hypothetical", "demand": "hypothetical", "appeal": "hypothetical",
                # a right, a freedom or a chance to act names no act done: "people have the right to protest
                # peacefully", "the freedom to assemble", "the opportunity to attack"
                "right": "hypothetical", "freedom": "hypothetical", "permission": "hypothetical",
                "opportunity": "hypothetical", "chance": "hypothetical", "ability": "hypothetical"}
# ... unless the chance or right was used, in the past: then the act was done ("seized the opportunity to storm the
# prison", "used the chance to attack the base", "exercised their right to protest") (irrealis._seized).
USED_CHANCES = frozenset({"right", "freedom", "opportunity", "chance"})
USE_LEMMAS = frozenset({"use", "seize", "take", "grab", "exercise", "exploit"})

# Nouns whose "for" object is still to come ("in preparation for the Mosul offensive", "setting conditions for
# the ultimate liberation of Raqqah", "plans for an attack"): the modality the event takes.
FOR_INTENT_NOUNS = {"preparation": "planned", "prep": "planned", "condition": "planned", "plan": "planned",
                    "readiness": "planned", "rehearsal": "planned", "groundwork": "planned"}

# Nouns whose "of" object is only feared, thought of or possible, not an act that took place ("the thought of being
# tortured", "in fear of arrest", "the risk of being detained", "the threat of violence"): the modality it takes.
OF_UNREAL_NOUNS = {"thought": "hypothetical", "fear": "hypothetical", "risk": "hypothetical", "danger": "hypothetical",
                   "prospect": "hypothetical", "possibility": "hypothetical", "likelihood": "hypothetical",
                   "spectre": "hypothetical", "specter": "hypothetical", "threat": "threatened"}

# Verbs of causing, with the preposition that takes their effect when it is not the direct object ("will enable the
# liberation of the city", "could trigger clashes", "may lead to arrests"): an effect is as real as its causing, so
# a modal or a negation on the verb of causing is the effect's modality (irrealis.caused_effect). A verb with a
# preposition causes only through it: the direct object of "lead" is what it commands ("did not lead the raid").
# Of them, the verbs whose effect is another party's act in answer ("killing 26 people and provoking Israeli air
# raids against Mr Arafat's administration", "sparking clashes with police"): the effect's parties are not the
# causing act's (actor_roles.pick_actors). Not "cause", "lead to", "result in": their effect is often the act's own
# outcome ("resulted in the deaths of five soldiers").
PROVOKING = frozenset({"trigger", "spark", "provoke", "prompt", "fuel", "precipitate"})
CAUSATIVE = {**dict.fromkeys(sorted(PROVOKING), ""), "enable": "", "allow": "", "cause": "", "lead": "to",
             "result": "in"}

MODAL_AUX = {"might": "predicted", "may": "predicted", "could": "predicted", "would": "hypothetical",
              "should": "hypothetical", "must": "hypothetical", "can": "hypothetical", "will": "planned",
              "shall": "planned", "'ll": "planned", "’ll": "planned"}  # (the typographic apostrophe too: "they’ll")

# Verbs that carry out the event their object names ("launch an offensive", "hold talks"): what governs
# them governs the event ("threatened to launch an offensive"); other verbs only talk about it.
LIGHT_VERBS = {"launch", "hold", "stage", "carry", "conduct", "start", "begin", "make", "sign", "reach", "declare",
                "impose", "organise", "organize", "mount", "resume", "commit", "perpetrate", "undertake", "wage",
                "open", "have", "take", "give", "join", "escalate", "break", "gain", "seize", "capture"}

# Nouns that take an event that has happened: what governs them does not make it hypothetical.
PRESUPPOSING = {"investigation", "probe", "inquiry", "enquiry", "justice", "accountability", "response",
                 "condemnation", "report", "compensation", "punishment", "release", "trial", "victim", "wake",
                 "aftermath", "news", "footage", "video", "evidence", "perpetrator", "survivor", "family",
                 "death", "responsibility", "impact", "consequence", "anniversary", "memory", "toll"}

# Verbs whose negation leaves their "to" complement done ("did not hesitate to fire on the crowd", "never failed to
# ..."): the negation does not reach the event (irrealis.py).
NEGATION_KEEPS = frozenset({"hesitate", "fail", "forget", "neglect", "cease", "stop", "refrain", "wait"})
# Verbs of seeing and telling: negated, their clause is not reported as having happened ("have never heard of dogs
# being tortured", "did not confirm that anyone was arrested"); a question word in it ("did not say who attacked the
# base") keeps the act.
NEGATED_WITNESS = frozenset({"hear", "see", "say", "report", "confirm", "witness", "record", "find", "mention",
                             "notice", "observe", "recall", "remember"})

# Subjects that say nobody did or underwent the act ("Nobody has claimed responsibility", "None of the hostages
# have been freed", "no one was arrested"): the event clause is negated (irrealis.py; "no one" is "one" with "no").
NOBODY = frozenset({"nobody", "none", "noone", "no-one"})

# Marks of a condition: the clause they open may not happen ("if talks fail").
CONDITIONAL_MARKS = {"if", "unless", "whether"}
