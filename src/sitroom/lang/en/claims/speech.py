"""English data of ``sitroom/extract/claims/speech.py``: the words and patterns it reads."""

from __future__ import annotations

from ..events.irrealis import NOBODY  # noqa: F401 (one list for events and claims; read by claims/speech.py)

# Verbs that characterise what they report: "called the search “an extremely rare incident”",
# "described X as a “huge, human business”", "dismissed it as a “psychosis”". The content is the
# characterisation; dismissing and rejecting are denials.
CHARACTERISE = {"call", "describe", "label", "brand", "dub", "term", "liken", "dismiss", "reject", "denounce",
                "characterise", "characterize", "portray", "decry"}

# Verbs that may introduce a quotation without a clause of their own in the sentence ("He said:").
BARE_VERBS = {"say", "tell", "add", "state", "declare", "announce", "explain", "write", "tweet", "reply",
               "respond", "comment", "insist", "stress", "note", "claim", "allege", "warn", "urge", "continue",
               "reiterate", "emphasise", "emphasize", "argue", "plead", "appeal", "speak", "talk", "read"}

# Verbs that only report when they have a clause: "explained the decision" is not a frame.
CLAUSE_ONLY = {"explain", "comment", "respond", "reply", "report", "write", "note", "add", "signal",
                "assure", "reassure", "commit", "speak", "talk", "read"}

# Subjects that cannot speak: events and states of affairs ("The recent abductions ... tell us that the
# government is unable ..."; "the violence shows that ..."): an analyst records no claim for them.
# Documents can ("the report says").
MUTE_SUBJECTS = {"abduction", "kidnapping", "attack", "killing", "violence", "incident", "situation", "crisis",
                  "war", "conflict", "fighting", "insecurity", "event", "development", "trend", "wave", "surge",
                  "spate", "escalation", "bombing", "clash", "unrest", "fact", "evidence"}

# A subject that names nobody says nothing: "No group claimed responsibility", "nobody said", "none of
# them told police", "neither side commented", "No-one said" (a determiner of the subject, or the subject itself,
# NOBODY, read as written: "no-one" is three tokens).
NO_DETERMINERS = {"no", "neither"}

# What one denies when one denies a claim ("denied the allegations", "denied any involvement").
CLAIM_NOUNS = {"allegation", "accusation", "claim", "report", "charge", "involvement", "responsibility", "rumour",
               "rumor", "wrongdoing", "story", "existence", "presence", "role", "participation", "link", "knowledge",
               "assertion", "suggestion", "account", "statement", "news", "speculation"}

# What one claims as one's own ("claims full control of Aleppo", "claimed responsibility for the attack"); not
# "the blast claimed 12 lives".
CLAIMED_OBJECTS = {"control", "responsibility", "victory", "credit", "capture", "sovereignty"}

# Nouns of a statement one issues or releases ("released the following statement", "issued a statement").
STATEMENT_NOUNS = {"statement", "remark", "message", "communique", "communiqué", "declaration", "letter",
                   "address", "tweet", "post", "speech", "comment", "release", "bulletin", "announcement",
                   "readout", "notice"}

ISSUE_VERBS = {"issue", "release", "make", "give", "read", "deliver", "publish", "post", "send", "provide", "share",
               "put"}

# Verbs of a statement's maker as a participle: "a statement signed by its spokesman X", "issued by".
SIGNING_VERBS = ISSUE_VERBS | {"sign", "write", "author"}

# Nouns that, with a possessor, introduce what follows a colon: "In his own words:", "Her message:".
WORDS_NOUNS = STATEMENT_NOUNS | {"word"}

# Verbs whose object is who is told, and whose "of"/"about" phrase is what ("warned Mr Putin of serious
# consequences", "warned of dire consequences").
# Units of time an ultimatum grants ("gave the government 48 hours to ...").
TIME_UNITS = {"hour", "day", "week", "month", "minute"}
WARN_VERBS = {"warn", "caution", "alert"}
# Verbs whose object is told to do something ("warned the Saudis to leave the country", "told the army to
# withdraw from the town"): what the object is told to do is a request.
DIRECTIVE_VERBS = WARN_VERBS | {"tell"}

# Verbs that report only with a statement as their subject ("The statement reads, ..."), never a person
# ("Advertising Read more").
DOCUMENT_ONLY_VERBS = {"read"}

# A court's documents: "the ruling of Judge X read", "the written ruling said" speak for the court or judge
# that gave them.
RULING_NOUNS = {"ruling", "judgment", "judgement", "verdict"}

# Documents that speak for whoever made them: a statement, a ruling, "a video produced by workers at the
# plant explains".
# A body's findings speak for it as its documents do: "according to CPJ's review of their pages".
FINDING_NOUNS = {"review", "analysis", "research", "investigation", "findings", "finding", "tally", "count",
                 "records", "documentation", "monitoring", "survey", "data"}
SPEAKING_DOCUMENTS = STATEMENT_NOUNS | RULING_NOUNS | FINDING_NOUNS | {"video", "recording"}

# A line that links to another story ("READ MORE: Scotland's top law officer admits ..."): its words are
# a headline of elsewhere, no one's speech in this article.
LINK_TEASER = r"^[ \t]*(?:read more|related|see also|also read|more)[ \t]*:.*$"

# Verbs of judging and believing report only with a clause ("the court ruled that", "researchers have
# found that", "we believe his presence ..."); they never introduce a quotation on their own.
JUDGING_VERBS = ("rule find believe think fear hope conclude testify concede recall agree "
                 "complain caution reaffirm suspect").split()
# Judging verbs that report only when negated: "police do not suspect that alcohol played a role" rejects a
# cause, while "officers suspected he had broken the law" tells the grounds of a case the article narrates.
ONLY_NEGATED = {"suspect"}
# Verbs of holding true: negated, they reject what they report ("he doesn't believe the charges are true",
# "police do not suspect that alcohol played a role"): a denial.
BELIEF_VERBS = {"believe", "think", "suspect", "accept"}

# Reporting verbs by class. The class decides the claim kind when it is specific
# (commit, request, accuse, deny, predict, decide, threaten) and the modality always.
VERB_CLASSES: dict[str, str] = {
    **dict.fromkeys(
        "say state tell add note declare announce report write explain insist maintain stress emphasise "
        "emphasize highlight indicate confirm comment argue assert mention acknowledge admit reveal suggest "
        "tweet reiterate signal hint clarify respond reply announce speak talk read".split(), "say"),
    **dict.fromkeys("claim allege contend".split(), "claim"),
    **dict.fromkeys("pledge promise guarantee assure reassure vow commit undertake swear".split(), "commit"),
    # (not "invite": "invited the media to test it out" offers, it demands nothing)
    **dict.fromkeys("urge ask request demand appeal call implore plead".split(), "request"),
    **dict.fromkeys("accuse blame condemn criticize criticise denounce".split(), "accuse"),
    **dict.fromkeys("deny reject dismiss refute rebut".split(), "deny"),
    **dict.fromkeys("predict forecast expect anticipate warn".split(), "predict"),
    **dict.fromkeys("decide order approve".split(), "decide"),
    "threaten": "threaten",
    **dict.fromkeys(JUDGING_VERBS, "say"),
}

# Nouns of saying whose "that" clause is what their possessor says: "Trump's announcement that he will
# withdraw ...", "the minister's claim that the army had retaken the town", "the group's pledge that it would
# free the hostages". The class is that of the verb they name.
SAYING_NOUNS = {"announcement": "say", "assertion": "say", "insistence": "say", "statement": "say",
                "claim": "claim", "contention": "claim", "pledge": "commit", "promise": "commit", "vow": "commit",
                "assurance": "commit", "warning": "predict", "prediction": "predict", "forecast": "predict",
                "threat": "threaten", "denial": "deny", "accusation": "accuse", "charge": "accuse",
                "demand": "request"}

# "expressed readiness to provide free legal aid", "voiced its willingness to talk": a pledge told as a noun.
READINESS_NOUNS = {"readiness", "willingness", "preparedness"}
EXPRESS_VERBS = {"express", "voice", "declare", "signal", "reaffirm", "reiterate", "indicate", "show"}

# Nouns that name a party, not a wrong: "criticised the kingdom" accuses it of nothing said.
PARTY_NOUNS = {"kingdom", "government", "regime", "country", "state", "authorities", "administration", "president",
               "minister", "leader", "party", "opposition", "army", "military", "police", "group", "successor"}

# Verbs of saying that take no object of their own: an object with a finite verb joined to it is a clause the
# parser broke ("said the armed man and the 32-year-old drove to a bank").
OBJECTLESS_SAY = {"say", "state", "add", "claim", "insist", "argue", "assert", "allege"}
# Verbs whose passive subject is what their agent says: "The death was confirmed by a WHO laboratory".
PASSIVE_REPORTS = {"confirm", "report", "announce", "state", "claim", "deny"}

# Relative pronouns: "the police, who said" speaks with the antecedent's voice.
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
