"""English words that make a place name stand for its government ("Washington said", "Kabul forces").

The actors stage (its own parse) and the places stage (role "metonym") each test this; their
lists differ and sit side by side here.
"""

from __future__ import annotations

# --- the actors stage (extract/actors/metonymy.py) ---

# Verbs whose subject is not an agent: "Kabul is", "Afghanistan borders", "Kabul fell".
NON_AGENTIVE_VERBS = frozenset({
    "be", "lie", "locate", "situate", "sit", "remain", "become", "seem", "appear", "look", "border",
    "host", "house", "include", "contain", "cover", "stretch", "experience", "suffer", "see", "witness", "face",
    "fall", "rank", "lose", "get", "go", "come", "range", "span", "boast", "count", "number", "rise", "grow",
    "shake", "burn", "tremble", "flood", "freeze", "swelter", "wake", "mourn",
})
# Copulas: with one of STANCE_WORDS ("The UK remains committed") a place stands for its government.
COPULAS = ("be", "remain", "become", "seem", "appear")
# "The UK remains committed", "France is a key partner": a copula that states a stance or a role.
STANCE_WORDS = frozenset({
    "committed", "determined", "ready", "willing", "prepared", "concerned", "steadfast", "opposed", "keen", "eager",
    "confident", "firm", "united", "resolute", "unwilling", "reluctant", "adamant", "grateful", "proud", "clear",
    "partner", "ally", "player", "member", "supporter", "party", "donor", "contributor", "friend", "mediator",
    "guarantor", "backer", "sponsor", "signatory", "participant",
})
# Passives that still say what the subject does: "The UK is committed to supporting Iraq".
AGENTIVE_PASSIVES = frozenset({"commit", "determine", "prepare", "oblige", "resolve", "dedicate", "engage", "involve"})
# Nouns whose owner acts: "Washington's actions", "Moscow's position".
ACTION_NOUNS = frozenset({
    "action", "decision", "policy", "position", "stance", "support", "response", "demand", "move", "offer",
    "plan", "proposal", "statement", "claim", "withdrawal", "strategy", "approach", "involvement", "intervention",
    "role", "assistance", "aid", "sanction", "threat", "warning", "refusal", "request", "reaction", "attempt",
    "effort", "pressure", "invasion", "offensive", "aggression", "campaign", "backing", "call", "condemnation",
    "accusation", "denial", "recognition", "insistence", "announcement", "pledge", "commitment", "promise",
})
# Nouns naming dealings between parties: "talks with Tehran", "agreements with Kabul".
DEALING_NOUNS = frozenset({
    "talk", "negotiation", "meeting", "agreement", "deal", "relation", "tie", "contact", "cooperation", "dialogue",
    "consultation", "accord", "treaty", "truce", "ceasefire", "understanding", "partnership", "alliance",
})

# People who act for a party: "negotiators for Kabul", "a delegation from Ankara", "envoys of Moscow".
REPRESENTATIVE_NOUNS = frozenset({
    "negotiator", "delegation", "delegate", "envoy", "representative", "official", "diplomat", "emissary",
    "spokesman", "spokeswoman", "spokesperson", "minister", "ambassador", "mediator", "team", "side",
})

# --- the places stage (extract/places/metonymy.py) ---

# Nouns whose owner or modifier, when a capital or a country, is its government ("Washington's
# policy", "Kabul forces").
# Of those, the words of a state's armed forces: a country that owns them ("Mali's army clashed with jihadists near
# Boni") most often fights at home, so it still tells where the story is; one that speaks or decides does not.
FORCE_NOUNS = frozenset("forces force troops army military soldiers warplanes jets aircraft drones airstrikes "
                        "strikes navy warships".split())
GOVERNMENT_NOUNS = frozenset("""
action actions policy policies decision decisions position stance government administration regime
authorities authority officials official leadership response plan plans strategy support approach demand
demands forces force troops army military ally allies envoy diplomats diplomat delegation spokesman
spokeswoman sanctions pressure withdrawal involvement intervention interests soldiers warplanes jets aircraft
drones airstrikes strikes navy warships
""".split())
# A state's missions abroad: a country that owns one ("outside Iran's embassy in Knightsbridge") names a side, not where
# the sentence is, and not a government that acts either (no actor).
MISSION_NOUNS = frozenset({"embassy", "embassies", "consulate", "consulates"})
# Verbs of a state's rule over its people: a capital or a country as their subject ("Moscow has been shutting down
# independent media", "Beijing banned the rallies") is its government acting, not where anything happened.
RULING_LEMMAS = frozenset("""
ban outlaw censor shut block restrict silence suppress muzzle curb jail imprison deport criminalise criminalize
""".split())
