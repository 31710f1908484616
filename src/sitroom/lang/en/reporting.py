"""English verbs of saying and reporting, as each stage reads them (lemmas).

The stages disagree on the list, each tuned on its own errors; they sit side by side here so the
differences show. Merging them changes behaviour and needs a measured change of its own.
"""

from __future__ import annotations

from .claims.speech import SPEAKING_DOCUMENTS

# Verbs of speech in events' modality: whose sentence it is ("X said", "X claimed") and, through
# REPORTING_LEMMAS, the verbs that only pass a report on.
SPEECH_LEMMAS = frozenset({"say", "tell", "report", "claim", "confirm", "announce", "state", "add", "allege", "accuse",
                           "deny", "assure", "quote", "write", "post", "insist"})
# Verbs that only pass a report on, whose object is the audience ("informs the public that ...").
REPORTING_LEMMAS = SPEECH_LEMMAS | {"inform", "notify", "brief", "wish", "declare"}

# Verbs over an event trigger that make the clause a report or a claim of it, for the events'
# arguments ("X said in a statement that its fighters ...", "witnesses said").
CLAIM_SPEECH_LEMMAS = frozenset({"say", "tell", "report", "confirm", "announce", "state", "add", "claim", "accuse",
                                 "allege", "quote"})

# Verbs of saying or deciding whose subject, when a capital or a country, stands for its government
# ("Washington said", "Kabul decided"): the places stage's metonymy test.
SAYING_OR_DECIDING_LEMMAS = frozenset("""
say tell assure announce warn accuse claim deny insist urge demand condemn reject vow pledge threaten
promise agree decide refuse respond react welcome criticise criticize blame call ask declare state
confirm acknowledge admit argue believe hope want seek plan propose offer sanction impose recognise
recognize approve oppose support back expel summon protest veto announce negotiate
""".split())

# Verbs of saying whose object is the audience, not what is said ("told reporters Thursday", "briefed
# journalists on Monday"): a time after that object is still the statement's.
AUDIENCE_LEMMAS = frozenset({"tell", "inform", "notify", "brief"})

# What a time can date instead of the event a sentence tells: a statement, a report, an interview ("said in a
# February 1 statement", "attributed the arrest to an Oct. 29 article", "told a press conference on Monday").
DATED_DOCUMENTS = SPEAKING_DOCUMENTS | {"article", "interview", "report", "briefing", "conference", "column",
                                        "editorial", "op-ed", "broadcast", "podcast", "press"}
