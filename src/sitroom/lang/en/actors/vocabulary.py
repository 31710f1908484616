"""English data of ``sitroom/extract/actors/vocabulary.py``: the words and patterns it reads."""

from __future__ import annotations

import re

# Nouns that, after a demonym, country or capital, name one of its actors ("Afghan army",
# "Kabul forces", "Russia's foreign ministry"). Matched by a regex after the name, so the
# automaton holds names only. Per family, in the order the families are tried.
FAMILY_NOUNS = {
    "military": (
        # ("junta": the army in power, whose acts ACLED gives the military forces; see GENERIC_PHRASES)
        "army", "armed forces", "military", "forces", "troops", "soldiers", "military forces", "security forces",
        "defence forces", "defense forces", "junta", "air force", "navy", "marines", "special forces", "commandos",
        "paratroopers", "servicemen", "serviceman", "service members", "service member", "servicemembers",
        "servicemember", "military personnel", "security personnel", "army troops", "army soldiers",
        "warplanes", "fighter jets", "jets", "military aircraft", "helicopters", "drones", "artillery", "tanks",
        "border guards", "national guard", "army units", "military units", "garrison", "army bases", "military bases",
        "army checkpoint", "army checkpoints", "army officers", "military officers", "intelligence",
        "intelligence services", "defence ministry", "defense ministry", "ministry of defence", "ministry of defense",
        "military convoy", "army base", "military base", "warships", "navy ships", "coast guard", "units",
        "soldier", "officer", "officers", "aircraft", "warship", "general", "generals", "commander", "commanders",
        "pilots", "planes", "war planes", "warplane", "bombers", "fighter planes", "gunboats", "sailors",
        "army chief", "military chief", "military spokesman", "army spokesman", "military police", "predator",
        "navy seals", "military advisers", "military advisors", "airstrikes", "air strikes", "shelling",
        # attacks named by who made them ("a Russian missile strike"); not the weapons alone, which a demonym may
        # name by their origin ("Iranian drones")
        "airstrike", "air strike", "air raid", "air raids", "missile strike", "missile strikes", "missile attack",
        "missile attacks", "drone strike", "drone strikes", "drone attack", "drone attacks", "rocket attack",
        "rocket attacks", "bombardment", "bombardments",
    ),
    "police": (
        "police", "police forces", "police force", "police officers", "policemen", "policewomen", "cops",
        "gendarmerie", "gendarmes", "riot police", "security police", "border police", "special police",
        "traffic police", "police units", "police checkpoint", "police station", "police officials",
        "policeman", "police officer", "border patrol", "security chief", "police chief", "police spokesman",
        "law enforcement", "law-enforcement", "law enforcement officers", "law enforcement officials",
        "law enforcement agencies", "law enforcement agents", "law enforcement authorities",
    ),
    "government": (
        "government", "authorities", "officials", "government officials", "regime", "administration", "leadership",
        "foreign ministry", "ministry of foreign affairs", "interior ministry", "cabinet", "diplomats", "negotiators",
        "delegation", "parliament", "side", "official", "minister", "ministers", "leader", "leaders",
        "president", "prime minister", "foreign minister", "foreign secretary", "diplomat", "envoy", "ambassador",
        "negotiator", "spokesman", "spokesperson", "spokeswoman", "administrators", "head of state", "king", "emir",
        "embassy", "state media", "interior minister", "defence minister", "defense minister", "presidency",
        "ministry", "officials", "lawmakers", "legislators", "senate", "congress", "national assembly",
        "counterpart", "counterparts",
    ),
    "civilians": ("civilians", "citizens", "nationals", "villagers", "people", "civilian population", "residents",
                  "civilian", "citizen", "national", "nationals", "workers", "farmers", "students", "journalists"),
    "refugees": ("refugees", "migrants", "asylum seekers", "displaced people", "displaced persons", "idps"),
    "protesters": ("protesters", "protestors", "demonstrators"),
    "rioters": ("rioters",),
    "unidentified": ("rebels", "insurgents", "militants", "gunmen", "armed groups", "guerrillas", "guerillas",
                     "separatists", "jihadists", "militias", "militiamen", "rebel", "insurgent", "militant", "guerrilla",
                     "separatist", "extremists", "rebel leaders", "rebel groups", "armed group", "militia"),
}

# Words between the name and the noun: "Afghan government troops", "Syrian regime forces".
FAMILY_MODIFIERS = ("government", "regime", "national", "state", "federal", "junta", "central", "interim",
                    "transitional", "new", "local", "provincial", "pro-government")

# "armed forces of Ukraine", "the government of Afghanistan", "the people of Iraq".
OF_NOUNS = {
    "army": "military", "armed forces": "military", "military": "military", "forces": "military", "troops": "military",
    "military forces": "military", "security forces": "military", "defence forces": "military",
    "defense forces": "military", "soldiers": "military", "government": "government", "authorities": "government",
    "president": "government", "police": "police", "people": "civilians", "civilians": "civilians",
    "prime minister": "government", "leader": "government", "king": "government", "emir": "government",
    "citizens": "civilians",
}

# Members of a named group: "Taliban militants", "Hamas fighters", "UN peacekeepers".
MEMBER_NOUNS = (
    "militants", "fighters", "insurgents", "rebels", "members", "gunmen", "forces", "troops", "militia", "militias",
    "militiamen", "commanders", "leaders", "leadership", "representatives", "officials", "delegation", "delegates",
    "negotiators", "movement", "group", "cells", "units", "operatives", "jihadists", "terrorists", "suicide bombers",
    "soldiers", "peacekeepers", "mission", "member states", "fighter", "militant", "member", "commander",
    "positions", "emissaries", "envoys",
)

# "Serbian Labour Minister", "Nigerian junior foreign minister": any minister or secretary is the government's.
# The words between are a portfolio, never a verb ("Addis Ababa hosted the foreign minister" names Ethiopia's
# capital as host, not an Ethiopian minister).
MINISTER_WORDS = ("foreign", "interior", "defence", "defense", "deputy", "prime", "junior", "senior", "acting",
                  "former", "state", "labour", "labor", "finance", "health", "justice", "trade", "energy",
                  "education", "economy", "information", "security", "home", "agriculture", "transport", "oil",
                  "water", "culture", "affairs", "commerce", "industry", "mines", "petroleum", "communications",
                  "planning", "development", "social", "welfare", "women's", "youth", "sports", "tourism",
                  "environment", "housing", "public", "works", "cabinet", "assistant", "permanent", "under",
                  "chief", "national", "federal", "regional", "provincial")

# The titles that end a government office after a country's name and MINISTER_WORDS: "Serbian Labour Minister",
# "Saudi national security adviser" (the government's, not "Saudi national", a citizen).
MINISTER_TITLES = ("minister", "secretary", "ministry", "adviser", "advisor")

# Compound adjectives after a group's name that still name the group as the one acting.
COMPOUND_AFTER = re.compile(r"-(?:held|controlled|led|run|linked|affiliated|allied|aligned|occupied|dominated|"
                             r"claimed|backed|sponsored|supported|planted|fired|launched)(?![\w-])")

# "civilians in Gaza", "rebels in the Ivory Coast": kept only where the noun is not already another actor's.
IN_BEFORE = re.compile(r"(?:(?<=\s)|^)(?P<noun>civilians|residents|villagers|protesters|protestors|demonstrators|"
                        r"rioters|refugees|rebels|insurgents|militants|gunmen|separatists|security forces|police)"
                        r"\s+in\s+(?:the\s+)?$")

IN_FAMILY = {"civilians": "civilians", "residents": "civilians", "villagers": "civilians", "protesters": "protesters",
              "protestors": "protesters", "demonstrators": "protesters", "rioters": "rioters", "refugees": "refugees",
              "rebels": "unidentified", "insurgents": "unidentified", "militants": "unidentified",
              "gunmen": "unidentified", "separatists": "unidentified", "security forces": "military", "police": "police"}

# Generic phrases: the family of the state or civilian actor they name; the country comes from context.
GENERIC_PHRASES = {
    "military": ("government forces", "government troops", "government soldiers", "regime forces", "regime troops",
                 "security forces", "the army", "army troops", "army soldiers", "army units", "state forces",
                 "the armed forces", "the military", "national army", "government army", "pro-government forces",
                 "army checkpoint", "army checkpoints", "army bases", "army officers", "government warplanes",
                 "government helicopters", "regime warplanes", "the air force", "army", "defence ministry",
                 "defense ministry", "ministry of defence", "ministry of defense", "security officials",
                 # Bare nouns name the state's forces too ("Troops retook the town"); a group's own fighters
                 # ("Taliban soldiers") and other states' ("Russian troops") are longer matches and win.
                 # (not bare "service members": the idiom of the US military's own releases, "the Pentagon said four
                 # service members were wounded in Syria" names no forces of the place it happened in)
                 "troops", "soldiers", "servicemen", "military personnel",
                 "security personnel", "national guard", "national guard troops", "army soldiers",
                 "government soldiers", "regime soldiers", "junta troops", "junta soldiers", "junta forces",
                 # A junta is the army in power: ACLED names its acts the state's military forces' ("Military Forces
                 # of Myanmar (2021-)"), not a government's. Several states have had juntas: the country comes from
                 # context, as for "the army".
                 "junta", "the junta", "military junta", "the military junta"),
    "police": ("police", "the police", "policemen", "police officers", "police forces", "riot police", "security police",
               "gendarmes", "gendarmerie", "police force", "cops", "police station", "police checkpoint",
               # the state's police named by their task ("law enforcement searched the homes of journalists")
               "law enforcement", "law-enforcement", "law enforcement officers", "law enforcement officials",
               "law enforcement agencies", "law enforcement agents", "law enforcement authorities",
               "law enforcement personnel"),
    "government": ("the government", "government", "the authorities", "authorities", "government officials",
                   "the regime", "the cabinet", "local authorities", "state authorities", "ministry", "interior ministry",
                   "foreign ministry", "ministry of interior", "ministry of foreign affairs", "presidential palace",
                   "presidency", "provincial council", "provincial government", "provincial governor", "governor's office",
                   "local official", "local officials", "provincial officials", "district officials", "district governor"),
}

# The bare military nouns of GENERIC_PHRASES ("the army", "troops"), which point back to forces the story names
# (events/story_forces.py): not those that say whose forces they are ("government troops", "regime forces" are the
# state's where they act), nor the security forces, which a territory without an army has too.
NOT_BARE_WORDS = ("government", "regime", "national", "state", "junta", "ministry", "officials", "security")
BARE_FORCES = frozenset(p.removeprefix("the ") for p in GENERIC_PHRASES["military"]
                        if not any(w in p for w in NOT_BARE_WORDS))

# Titles of a government office written without the country ("The Foreign Secretary met ...", "Defense
# Secretary Ash Carter"): the countries whose governments use the title, the most reported first. The title
# is the document's country's when that country uses it, else the first's.
OFFICE_TITLES = {
    "foreign secretary": ("GB", "IN", "PK", "BD", "LK", "NP"),
    "home secretary": ("GB", "IN", "PK", "BD"),
    "defence secretary": ("GB", "IN"),
    "defense secretary": ("US", "PH"),
    "secretary of defense": ("US",),
}

# A military coalition's forces named by a bare "coalition" ("Coalition aircraft destroyed ...", "a coalition
# airstrike"), not a political one ("the ruling coalition"): the nouns after "coalition", and which coalition
# they are in a document about a country (COALITION_DEFAULT elsewhere). Canonical names of catalogue.yaml.
COALITION_NOUNS = ("aircraft", "airstrike", "airstrikes", "air strike", "air strikes", "strikes", "warplanes",
                   "jets", "fighter jets", "planes", "bombers", "troops", "soldiers", "forces", "military forces",
                   "security forces", "force", "security force")
# ("coalition forces" in Afghanistan are NATO's ISAF / Resolute Support, not the coalition against ISIS.)
COALITION_OF_COUNTRY = {"YE": "Saudi-led Coalition", "SA": "Saudi-led Coalition", "AF": "NATO"}
COALITION_DEFAULT = "Global Coalition against ISIS"
# A coalition named by the enemy it was formed against fits only a story that names that enemy: the coalition
# against ISIS dates from 2014 and fights the Islamic State, so the "coalition aircraft" of a story that never names
# that group are another coalition's (the US-British patrols over Iraq, the 2001 coalition in Afghanistan) and its
# name is no guess to make. Coalition -> the canonical name of the group it fights. The catalogue's aliases of
# such a coalition that are no name of its own ("US-led coalition", "international coalition") are checked too.
COALITION_FOE = {"Global Coalition against ISIS": "ISIS"}
# ... or where and since when it fights: a story of Syria or Iraq published from 2014 on ("A US-led coalition air
# strike hit a camp near Raqqa"), not one of the 2003 invasion of Iraq.
COALITION_THEATRE = {"Global Coalition against ISIS": (("SY", "IQ"), 2014)}
COALITION_BY_DESCRIPTION = ("us-led coalition", "u.s.-led coalition", "international coalition")

# Family → (canonical-name pattern, actor_type, inter).
FAMILIES = {
    "government": ("Government of {c}", "state forces", 1),
    "military": ("Military Forces of {c}", "state forces", 1),
    "police": ("Police Forces of {c}", "state forces", 1),
    "civilians": ("Civilians ({c})", "civilians", 7),
    "refugees": ("Refugees/IDPs ({c})", "civilians", 7),
    "protesters": ("Protesters ({c})", "protesters", 6),
    "rioters": ("Rioters ({c})", "rioters", 5),
    "unidentified": ("Unidentified Armed Group ({c})", "political militia", 3),
}

# Names of the generic actors when the country is unknown.
UNKNOWN_COUNTRY = {
    "government": "Government (country unidentified)",
    "military": "Military Forces (country unidentified)",
    "police": "Police Forces (country unidentified)",
}

# Words before a bare "troops"/"soldiers"/"police" that make them someone else's: not the state's forces.
NOT_STATE_BEFORE = re.compile(r"(?:foreign|international|coalition|allied|peacekeeping|western|rebel|enemy|opposition|"
                              r"militia|un|nato|african union|au|ecowas|russian-backed|turkish-backed|private|mercenary|"
                              r"wagner|resistance|separatist|jihadist)\s+$")

# News outlets: the source of a report, never a party to the event it reports ("..., Reuters said",
# "KABUL, July 12 (Reuters) -"). Lower-case names; unknown organisations are also checked by OUTLET_WORDS.
NEWS_OUTLETS = frozenset({
    "reuters", "afp", "agence france-presse", "agence france presse", "ap", "associated press", "the associated press",
    "al jazeera", "al-jazeera", "aljazeera", "al arabiya", "al-arabiya", "bbc", "bbc news", "cnn", "voa",
    "voice of america", "rfi", "france 24", "deutsche welle", "dw", "xinhua", "tass", "ria novosti", "interfax",
    "ukrinform", "anadolu", "anadolu agency", "irna", "tasnim", "fars", "sana", "khaama press", "khaama",
    "tolonews", "tolo news", "pajhwok", "pajhwok afghan news", "ariana news", "dawn", "geo news", "daily trust",
    "premium times", "punch", "vanguard", "thisday", "channels tv", "sahara reporters", "humangle",
    "garowe online", "hiiraan online", "radio dalsan", "somali guardian", "the irrawaddy", "irrawaddy",
    "myanmar now", "mizzima", "rappler", "inquirer", "philippine daily inquirer", "abs-cbn", "gma news",
    "el tiempo", "semana", "el universal", "milenio", "sudan tribune", "radio dabanga", "radio okapi",
    "kyiv independent", "the kyiv independent", "the new york times", "new york times", "the washington post",
    "washington post", "the guardian", "le monde", "jeune afrique", "al mayadeen", "the national", "arab news",
    "the hindu", "times of india", "the times of india", "ndtv", "amaq", "amaq news agency", "efe", "dpa", "ansa",
    "kyodo", "yonhap", "bernama", "antara", "the east african", "daily nation", "the citizen", "radio free europe",
    "rfe/rl", "bloomberg", "the wall street journal", "wall street journal", "the economist", "middle east eye",
})

OUTLET_WORDS = re.compile(r"\b(?:news|press|times|post|tribune|herald|gazette|journal|newspaper|broadcasting|"
                          r"television|tv|radio|online|daily|telegraph|chronicle|observer|monitor|reporters?|"
                          r"magazine|images)\b", re.I)

# A publication's kind right after its name ("Focus magazine cited ... sources", "the Bild newspaper"): the
# name is an outlet's, a source and never a party. Matched at the end of the name.
OUTLET_AFTER = re.compile(r"\s+(?:magazine|newspaper|weekly|daily|tabloid|news\s+(?:agency|website|portal)|"
                          r"broadcaster|television|tv|radio\s+station)\b", re.I)

# Words after a name that make it a region's ("Niger state", "Georgia state police"): a region that shares a
# country's name, whose forces are those of the region's country.
REGION_WORDS = ("state", "province", "region", "county")

# Words a text calls a non-state armed group's members or the group by ("ASWJ insurgents", "the rebel CMA"): an
# acronym the text names so is that group, never a state's unit even when a demonym stands before it ("Mozambican
# ASWJ forces"), whatever military noun follows it there (extract.actors.vocabulary.UNIT_AFTER).
NONSTATE_MEMBERS = ("militants", "rebels", "insurgents", "jihadists", "guerrillas", "guerillas", "separatists",
                    "terrorists", "fighters", "militiamen", "militia")
NONSTATE_BEFORE = ("rebel", "rebels", "separatist", "jihadist", "insurgent", "insurgents", "militant", "armed group",
                   "militia", "guerrilla", "terrorist group")
