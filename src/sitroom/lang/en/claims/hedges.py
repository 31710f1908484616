"""English data of ``sitroom/extract/claims/hedges.py``: the words and patterns it reads."""

from __future__ import annotations

import re

# Each hedge class with its cues. Order matters for stance: the weakest wins.
HEDGES: dict[str, re.Pattern] = {
    # ("torture allegations": a wrong passed on as alleged, not established)
    "alleged": re.compile(r"\b(?:allegedly|purportedly|supposedly|alleged|allegations?)\b", re.IGNORECASE),
    "unverified": re.compile(
        r"\b(?:unconfirmed|unverified|could not be (?:independently )?(?:verified|confirmed)|"
        r"cannot be (?:independently )?(?:verified|confirmed)|not (?:been )?independently (?:verified|confirmed))\b",
        re.IGNORECASE),
    # Second-hand: the speaker's words come through someone else ("Mrs Clinton said, quoted by the Times";
    # "he said, according to an English translation"; "The woman reportedly told police").
    "relayed": re.compile(r"\b(?:reportedly|quoted by|according to (?:an? |the )?(?:\w+ )?translation)\b",
                          re.IGNORECASE),
    "reported": re.compile(
        r"\b(?:according to|reports (?:suggest|say|said|indicate)|sources (?:say|said)|"
        r"(?:is|are|was|were) (?:said|reported|believed|thought) to|it is reported)\b",
        re.IGNORECASE),
    # "may" only in lower case: "in May" is a month.
    "possible": re.compile(r"\b(?:may|(?i:might|could|possibly|perhaps|maybe))\b"),
    "probable": re.compile(r"\b(?:probably|likely|apparently|appears? to|seems? to|expected to)\b", re.IGNORECASE),
}

STANCE_OF_CLASS = {"alleged": "doubtful", "unverified": "doubtful", "reported": "doubtful", "claimed": "doubtful",
                   "relayed": "doubtful",
                    "possible": "possible", "probable": "probable"}

# Verbs by which a speaker passes news on rather than stating its own position ("local media reported").
RELAYING_VERBS = {"report"}

# Those who bring or bear out charges in a case: what police, prosecutors, the authorities or a witness accuse
# someone of is an allegation until a court rules ("The prosecution accused him of travelling to Rwanda",
# "Prosecutors have said he was part of ...", "A witness said he saw him forcing her into the car").
CASE_PARTY_WORDS = {"police", "prosecutor", "prosecutors", "prosecution", "authorities", "investigators",
                    "detectives", "indictment", "affidavit", "complaint", "witness", "witnesses"}
