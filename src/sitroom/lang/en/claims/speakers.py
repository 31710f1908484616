"""English data of ``sitroom/extract/claims/speakers.py``: the words and patterns it reads."""

from __future__ import annotations

import re

# Role nouns that introduce a speaker. Lower case; matched on token lemmas and text.
ROLE_WORDS = {
    "spokesman", "spokeswoman", "spokesperson", "spokespeople", "president", "minister", "premier", "chief",
    "commander", "general", "governor", "official", "representative", "leader", "head", "ambassador",
    "envoy", "secretary", "secretary-general", "director", "chairman", "chairwoman", "chair", "mayor", "deputy",
    "senator", "lawmaker", "member", "colonel", "captain", "lieutenant", "officer", "adviser", "advisor",
    "aide", "diplomat", "negotiator", "delegation", "delegate", "sheikh", "mullah", "emir", "king", "prince",
    "analyst", "expert", "source", "witness", "resident", "activist", "police", "prosecutor", "judge",
    "administrator", "coordinator", "commissioner", "chancellor", "mufti", "cleric", "founder", "ceo",
}

# Words that refer back to the last group named ("the movement's political office").
# Nouns by which a text names a state's government without naming the state ("the kingdom has denied ...").
GOVERNMENT_NOUNS = {"government", "authorities", "administration", "cabinet", "kingdom", "regime", "junta"}
GROUP_ANAPHORS = {"movement", "group", "organisation", "organization", "militants", "insurgents", "rebels", "outfit"}

# Capitals and short forms used for a country's government.
METONYMS = {
    "washington": "United States", "white house": "United States", "u.s.": "United States", "us": "United States",
    "united states": "United States", "america": "United States", "the united states": "United States",
    "kabul": "Afghanistan", "moscow": "Russia", "kremlin": "Russia", "the kremlin": "Russia",
    "russian federation": "Russia", "the russian federation": "Russia", "beijing": "China", "tehran": "Iran",
    "islamabad": "Pakistan", "kyiv": "Ukraine", "kiev": "Ukraine", "london": "United Kingdom",
    "downing street": "United Kingdom", "uk": "United Kingdom", "britain": "United Kingdom",
    "paris": "France", "berlin": "Germany", "ankara": "Turkey", "damascus": "Syria", "baghdad": "Iraq",
    "riyadh": "Saudi Arabia", "doha": "Qatar", "new delhi": "India", "delhi": "India", "tokyo": "Japan",
    "pyongyang": "North Korea", "seoul": "South Korea", "jerusalem": "Israel", "cairo": "Egypt",
    "dushanbe": "Tajikistan", "tashkent": "Uzbekistan", "ashgabat": "Turkmenistan", "abu dhabi": "United Arab Emirates",
}

# Demonyms naming a government in "Russian Foreign Minister", "U.S. President".
DEMONYMS = {
    "american": "United States", "russian": "Russia", "afghan": "Afghanistan", "chinese": "China",
    "iranian": "Iran", "pakistani": "Pakistan", "ukrainian": "Ukraine", "british": "United Kingdom",
    "french": "France", "german": "Germany", "turkish": "Turkey", "syrian": "Syria", "iraqi": "Iraq",
    "saudi": "Saudi Arabia", "qatari": "Qatar", "indian": "India", "israeli": "Israel", "egyptian": "Egypt",
    "tajik": "Tajikistan", "uzbek": "Uzbekistan", "turkmen": "Turkmenistan", "nigerian": "Nigeria",
}

# ISO codes whose common English name differs from pycountry's official one.
COMMON_NAMES = {"US": "United States", "RU": "Russia", "IR": "Iran", "SY": "Syria", "KP": "North Korea",
                 "KR": "South Korea", "GB": "United Kingdom", "TW": "Taiwan", "VE": "Venezuela", "BO": "Bolivia",
                 "TZ": "Tanzania", "MD": "Moldova", "VN": "Vietnam", "LA": "Laos", "CD": "DR Congo"}

THE_COUNTRIES = {"United States", "United Kingdom", "Netherlands", "Philippines", "United Arab Emirates",
                  "Central African Republic", "Democratic Republic of the Congo", "Gambia", "Bahamas"}

# Titles and nouns that tell a person's gender (for "he"/"she").
TITLE_GENDER = {**dict.fromkeys("mr sir lord king prince sheikh spokesman chairman husband father brother son "
                                 "man boy uncle nephew grandfather businessman congressman".split(), "m"),
                 **dict.fromkeys("mrs ms miss madam lady dame queen princess spokeswoman chairwoman wife mother "
                                 "sister daughter woman girl aunt niece grandmother businesswoman congresswoman "
                                 "actress".split(), "f")}

# Determiners of a thing already named: "the group", "this organisation" refer back; "a group" does not.
DEFINITE_DETERMINERS = ("the", "this", "that", "these", "those")

# The first person plural: a body that opens its own text with "our", "we" or "us" is its writer.
FIRST_PERSON_PLURAL = ("our", "we", "us")

# Words of a speaker's name that say nothing about who it is ("The", "Of" in "Government of the ...").
FUNCTION_WORDS = {"the", "of", "and", "for", "a", "an", "in", "on", "to", "at", "by"}

# The text's own documents: "the release said", "the statement added" speak with the author's voice.
DOCUMENT_NOUNS = {"release", "communique", "communiqué", "announcement", "bulletin", "readout"}

# Words naming a court or its judges: a ruling no one is named for is the last of these that spoke.
COURT_WORDS = {"court", "judge", "judges", "tribunal", "justice", "justices", "magistrate", "bench"}

# Nouns of a body though singular in form: "the police said" is not an officer named before with a title.
COLLECTIVE_NOUNS = {"police", "army", "military", "government", "staff", "press", "clergy", "leadership", "media"}

# Personal pronouns: a speaker named by one alone is not a name to remember as having spoken.
PRONOUNS = {"he", "she", "it", "they", "we", "i", "you"}

# A possessive speaking for its pronoun ("In his own words:" is his).
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it", "our": "we", "my": "i"}

# A person named by their age alone ("The 58-year-old", "the 71-year-old activist"): someone named before.
# Definite only: "a 15-year-old protester told the crowd" brings in someone not met before.
AGE_ONLY = re.compile(r"the\s+\d{1,3}-year-old(?:\s+[a-z]+)?$", re.IGNORECASE)
