"""English words around a name that say it is no place: titles and honorifics (places stage)."""

from __future__ import annotations

import re

# Before a name, they make it a person: "Governor Zulum", "Alhaji Musa", "Mr Oban".
HONORIFICS = frozenset("""
mr mrs ms miss dr prof rev sen rep gov hon gen col capt sgt lt maj cpl pte brig adm cmdr
mister doctor professor reverend senator governor president minister general colonel captain sergeant
lieutenant major commander admiral brigadier marshal judge justice bishop pastor imam sheikh shaikh
mullah maulvi mawlawi maulana mufti qari haji hajji alhaji mallam chief emir prince princess king queen
lord lady sir dame mayor ambassador
""".split())

# "<Title> of the <Name>": a title, not a place, when the name is no country or province
# ("Admiral of the Fleet", "Chancellor of the Exchequer", "Chief of the Army Staff").
TITLE_HEADS = frozenset("""
admiral chancellor chief secretary minister commander president head director lord master keeper
marshal general governor speaker leader chairman chairwoman chair clerk captain colonel
""".split())

# Ranks that are also adjectives: in lower case before another lower-case word they qualify it ("Australia's major
# airports", "Gaza's general population"), naming no officer; a rank is a noun ("a US general said", "Major Smith"),
# followed by punctuation, the end, a name or a word that follows a noun (RANK_AS_NOUN, matched after the rank).
RANK_ADJECTIVES = frozenset({"major", "general"})
RANK_AS_NOUN = re.compile(r"\s*(?:[^\w\s]|$|[A-Z]|(?:said|says|told|who|and|of|in|to)\b)")

# A country names a side, not a place, before an official's title or a word for a government or its forces (read
# by extract/events/not_where.names_a_side): the word after it, past a possessive or a second name ("Turkey's army",
# "U.S. and British warplanes"); the words of a capitalised title after it whose head is one of TITLE_HEADS ("the US
# Vice President", "UK Prime Minister", "the Pakistan Interior Minister"); or a word for an ally before it ("our ally
# Turkey").
WORD_AFTER_COUNTRY = re.compile(r"[ \u2019']*(?:s[ ]+)?(?:and [A-Z][A-Za-z.-]+ )?([A-Za-z]+)")
TITLE_AFTER = re.compile(r"[ ]+[A-Z][a-z-]+[ ]+([A-Z][a-z-]+)(?:[ ]+([A-Z][a-z-]+))?\b")
ALLY_BEFORE = re.compile(r"\b(?:ally|allies|partner|partners)\s+(?:of\s+)?$", re.I)
# The plural of an abbreviation ("JWs", "NGOs", "MPs", "IDPs"): people or bodies, never a place's name.
PLURAL_ABBREVIATION = re.compile(r"[A-Z]{2,}s")
# A possessive ending a country's name ("Turkey's army"): not_where.names_whose reads the noun after it.
POSSESSIVE_S = re.compile(r"^['\u2019]s\b")

# Weapons a country's name may qualify as whose they are, as it does forces ("a misguided US bomb", "Iran missiles",
# "the US drone that killed him"): not where they fell (read with actors' FAMILY_NOUNS by not_where.names_whose).
WEAPON_NOUNS = frozenset("""
bomb bombs missile missiles rocket rockets shell shells mortar mortars drone grenade grenades munitions ordnance
warhead warheads projectile projectiles bullet bullets
""".split())  # ("drones" is one of FAMILY_NOUNS' military; a weapon's kind before it ends with one: "cruise missile")

# Nouns of a private person a town's name qualifies as their home, as a demonym would ("an Adelaide man", "a Sydney
# woman", "the Dayton couple"): where they come from, not a scene (not_where.names_whose). Not the nouns of a
# town's own bodies or of those who live there ("Adelaide police", "Kabul residents"): those may be where it happened.
ORIGIN_PERSON_NOUNS = frozenset("""
man men woman women boy boys girl girls teenager teenagers teen teens youth couple family mother father
grandmother grandfather son daughter husband wife native natives
""".split())

# Words that name the kind of place a name is, after it ("Garmsir district", "Cross River State") or before
# "of" ("the Bazar area of ..."): what hierarchy.py reads as a place named with its parent.
PLACE_KIND_WORDS = (
    "district", "province", "state", "county", "region", "governorate", "prefecture", "municipality",
    "department", "oblast", "city", "town", "village", "area", "neighbourhood", "neighborhood", "locality",
    "camp", "base", "local government area", "local government", "lga", "township", "territory",
)
# After a name, a camp named after its town ("the Jenin refugee camp", "Kakuma camp"): the name is the town's,
# not the province's or district's of the same name.
CAMP_AFTER = r"^\s+(?:(?:refugee|idp|displacement|displaced\s+persons'?)\s+)?camps?\b"
# After a name, the words of Nigeria's second-level unit ("Guma local government area", "Rafi LGA"): the name is
# that unit, not a town or a province of the same name.
SECOND_LEVEL_AFTER = r"^\s+(?:local\s+government(?:\s+area)?|lga)\b"
# A road named by the towns at its ends ("along the Maiduguri-Monguno road", "on the Kaduna-Abuja highway"): each
# name is a town the road runs from or to, a place, not a part of a body's name (cues.read_cues). ROAD_TO_AFTER
# follows the first town ("-Monguno road"), ROAD_FROM_BEFORE and ROAD_AFTER frame the second ("Maiduguri-", " road").
_ROAD_NOUNS = r"(?i:road|highway|expressway|motorway|freeway|route|axis|corridor|railway|rail line|railroad)s?\b"
ROAD_TO_AFTER = re.compile(r"-[A-Z][\w'\u2019]+(?:[ -][A-Z][\w'\u2019]+){0,2}\s+" + _ROAD_NOUNS)
ROAD_FROM_BEFORE = re.compile(r"\b[A-Z][\w'\u2019]+-$")
ROAD_AFTER = re.compile(r"\s+" + _ROAD_NOUNS)

# The kind words a name may carry as part of itself ("Karak district"): they say its level.
OWN_LEVEL_WORDS = ("district", "province", "state", "county", "governorate", "region", "city", "town", "village")
# The last word of a name of a site inside a town ("Union Square", "Victoria Park", "Tahrir Square"): such a
# name is somewhere in the town the story is about, not a namesake town abroad.
SITE_HEADS = frozenset({"square", "park", "street", "road", "avenue", "boulevard", "plaza", "lane", "gardens"})
# The last words of the name of a site that is no town ("Makerere University", "the Kainji dam", "Incirlik Air Base",
# "Tiyas Military Airfield"), and the word that begins one ("Camp Hurriya"): where an event at it happened, as the
# text names it (sites.py). Lower case: the head may be written so ("the Kainji dam").
SITE_NAME_HEADS = ("university", "dam", "airfield", "air base", "airbase", "barracks", "prison")
SITE_NAME_OPENERS = ("camp",)
# A country's seat of law-making, named after its people's adjective ("the Indian Parliament"): a building in its
# capital (extract/places/national_seats.py).
NATIONAL_SEAT_HEADS = ("parliament",)
# Adjectives of a nation inside a state whose own parliament sits in its own capital ("the Scottish Parliament" in
# Edinburgh, the Welsh one in Cardiff), not the state's: no national seat (national_seats.py).
NATIONS_WITHIN_STATES = frozenset({"English", "Scottish", "Welsh", "Catalan", "Basque", "Kurdish", "Flemish",
                                   "Walloon"})
# Of those, the kinds of site often named for a person ("Camp Lewis", "Giwa Barracks" in Maiduguri), so a town that
# their name spells says nothing of where they are (sites.py places the others at it: "Qayyarah Airfield").
SITE_KINDS_NAMED_FOR_PEOPLE = frozenset({"camp", "barracks"})
# Kinds of site named after the town they serve ("the Rafah crossing", "the Qalandiya checkpoint", "the Gao market"),
# read as sites only where their name spells a town (sites.py): else no place, for many are named otherwise ("Bakara
# market") and a country would say less than the text. ("border crossing" before "crossing": the longer head first.)
SITE_KINDS_NAMED_FOR_TOWNS = ("border crossing", "crossing", "checkpoint", "market")
# Before "of" and a name, a kind of place ("the mining town of Rubaya", "the mountainous area of Tora Bora"): a place
# even where the gazetteer lacks it, named as written inside the place named right after it (sites.py).
KIND_OF_NAME_WORDS = ("town", "village", "hamlet", "settlement", "locality", "area")
# Words that open a name after "area of" that is no place: a military operation's or a project's ("the area of
# Operation Lafiya Dole").
NOT_PLACE_NAME_OPENERS = frozenset({"operation", "project", "programme", "program"})
# Of those, the sites where people work or study, named as often for an affiliation ("a professor at Ryerson
# University, in Toronto") as for a place: a site only where the text puts an act at it.
SITE_AFFILIATION_HEADS = ("university",)
# Verbs whose preposition of place tells where someone works or studies, not where an act happened ("a lawyer who
# graduated from Makerere University", "a professor who teaches at Kenyatta University").
SITE_AFFILIATION_VERBS = frozenset({"study", "teach", "lecture", "graduate", "work", "enrol", "enroll", "research",
                                    "train", "educate", "employ"})
# Before a site, an act aimed at it, however qualified ("today's brutal, senseless terrorist attack on Camp Hurriya"):
# the site is where the act happened.
SITE_TARGET_BEFORE = r"\b(?:attacks?|assaults?|raids?|strikes?|airstrikes?|shelling|bombing)\s+(?:on|at)\s+$"
# Words that open the name of a site without naming it ("Federal University", "Islamic University"): such a name
# says nothing of where the site is.
SITE_NAME_NOT_FIRST = frozenset("""
federal islamic catholic christian open public private technical military presidential central national state
regional provincial metropolitan international american british
""".split())
# Before "of" after a place and before its parent ("the outskirts of", "part of").
PART_OF_WORDS = ("area", "areas", "outskirts", "suburb", "suburbs", "part")

# Words that begin many place names of a region as a common noun of its language: Arabic "Wadi" (valley: Wadi
# Barada, Wadi Khalid), "Jabal"/"Jebel" (mountain: Jabal al-Zawiya), "Kafr" (village: Kafr Nabl), "Deir"/"Dayr"
# (monastery: Deir Hafer), "Tal"/"Tall" (hill: Tal Rifaat), "Ain"/"Ayn"/"Ein" (spring: Ain Issa, Ein al-Hilweh), "Bir" (well: Bir
# al-Abd), "Bab" (gate: Bab al-Hawa), "Jisr" (bridge: Jisr al-Shughur), "Marj" (meadow);
# Hausa "Dogon" (tall: Dogon Noma, Dogon Dawa), "Tudun" (hill: Tudun Wada), "Unguwan"/"Angwan" (quarter: Unguwan
# Rimi), "Tungan" (hamlet: Tungan Magajiya), "Sabon" (new: Sabon Birni), "Gidan" (house: Gidan Bakuso), "Rafin" (stream: Rafin Gora), "Dutsen" (rock:
# Dutsen Abba), "Kofar" (gate: Kofar Mata); Somali "Ceel" (well: Ceel Buur), "Buulo" (hamlet: Buulo Mareer); Pashto
# and Dari "Deh" (village: Deh Rawood), "Qala"/"Qalay" (fort: Qala-i-Naw). Before another capitalised word such a
# word is the start of that longer name, never a place of its own ("Wadi" is no El Oued, Algeria) nor a word to
# skip ("Noma" of "Dogon Noma" is no NoMa, Washington). Words that are also personal names or titles ("Ras" of Ras
# Baraka, "Khan" of Imran Khan) are left out.
GENERIC_NAME_HEADS = frozenset("""
wadi jabal jebel jbel kafr deir dayr tal tall ain ayn ein bir bab jisr marj
dogon tudun tungan unguwan unguwar angwan anguwan sabon gidan rafin dutsen kofar
ceel buulo deh qala qalay wad umm
""".split())

# Capitalised words that are also names of some village somewhere: never places on the gazetteer's word
# alone (spaCy may still tag them GPE, and cues still count).
STOP_WORDS = frozenset("""
the a an and or but of in on at to for from by with as is it its he she we they you this that these those there
here his her their our my your who what when where why how which while after before since until also however
even still just only more most many much some any all each every other such no not yes new old first last next
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday
mr mrs ms dr sir president minister governor general mayor police army navy government state states city town
union republic kingdom empire federation council congress parliament senate court church hospital university
college school centre center street road avenue park lake river mountain island bay beach valley hill hills basin
north south east west northern southern eastern western central upper lower greater little big great
hope liberty unity independence victory justice paradise eden welcome orange mobile reading nice bath best
deal sale buy price home house office station airport port bridge camp village district province county region
world national international global royal saint san santa los las del de la le du van von al el
said says told added people children women men family friends health care aid relief news post times daily
media press radio online video videos photo report reports team teams group groups party parties
christmas easter ramadan eid god allah islam muslim christian jewish ebola
commission committee agency ministry department authority authorities forces force troops military
fire rain snow storm wind sun moon star stars gold silver diamond rock stone iron ocean sea
english french german spanish italian russian chinese arabic
""".split())

# Common nouns for a seat of government that gazetteers list as a place's alias ("Capital" for Denmark's Hovedstaden
# region, "Federal Capital" for Washington): written alone ("rioters on the Capital", "the federal capital") they
# describe a place the text names elsewhere, never that namesake.
SEAT_NOUN_NAMES = frozenset({"capital", "capitol", "federal capital", "national capital", "the capital"})

DIRECTIONS = r"(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)"
# Before a name, a word of its kind: "province of X", "the town of X", "capital X".
KIND_BEFORE = (r"\b(?:(province|provinces|state|district|districts|county|region|governorate)\s+of|"
               r"(city|town|village|villages|capital|port|outskirts|suburb|suburbs|island)\s+of|"
               r"(capital|city|town|village))\s+(?:the\s+)?$")
# An appositive after a name renames it ("Rubaya, a mining town in North Kivu", "Acas, the conciliation service"): its
# head noun says what the name is. Heads that make it a place:
APPOSED_PLACE_HEADS = frozenset("""
town city village capital hamlet settlement suburb port district province county
""".split())
# Heads that make it a body of people: a service, a firm, a party, no place (its namesake village abroad is not meant).
APPOSED_BODY_HEADS = frozenset("""
service agency company firm corporation union party charity watchdog regulator organisation organization group
ministry department newspaper broadcaster bank airline club league
""".split())
# What may follow an appositive's head noun when the phrase ends there ("a mining town in North Kivu", "the conciliation
# service."): a stop or a preposition, not a noun that makes the head a modifier ("a town councillor").
APPOSITION_END = r"(?=\s*(?:[,.;:)\u2014\u2013]|$)|\s+(?:in|of|on|near|at|by|from|with|along|outside|about|some|that|which|where|and|north|south|east|west)\b)"
# Nouns of dress and goods named after a place ("a Zhongshan suit", "a Panama hat"): the name before them names a
# style or a kind, not where anything is.
STYLE_NOUNS = frozenset("""
suit suits hat hats jacket jackets tunic tunics cap caps sprouts cheese cigar cigars rug rugs
""".split())
# Before a name, words that put an event near it rather than in it.
NEAR_BEFORE = r"\b(?:near|outside|outskirts of|close to|north of|south of|east of|west of)\s+(?:the\s+)?$"
# A preposition of place right before a name: "in Dori", "near Kidal", "control of Palmyra"; a verb of going
# into a place is one too ("M23 rebels entered Goma": "into").
LOCATIVE_BEFORE = (r"\b(?:in|at|near|outside|around|across|into|towards?|from|entered|entering|(?:control|capture|"
                   r"recapture|fall|streets|centre|center)\s+of)\s+$")
# Of those, the words whose object is only ever a place ("near Boni", "entered Goma"), where "in", "at" and "from" also
# take works, firms and people ("in Stalin: A Biography", "from Dawn assistant editor Cyril Almeida").
PLACE_ONLY_BEFORE = r"\b(?:near|outside|around|entered|entering)\s+$"
# A preposition of place and a lower-case direction word right before a name: "in central Mali", "across
# north-eastern Nigeria" (a part of a country or province; spaCy's small model may call the name a person).
DIRECTED_BEFORE = (r"\b(?:in|across|into|throughout|from|of)\s+(?:the\s+)?(?:far\s+)?(?:" + DIRECTIONS + r"(?:ern)?|central)\s+$")
# Prepositions of place that spaCy's small model takes into the name after them when they open a sentence or a
# line ("Near Palmyra" PERSON): such an entity is read as beginning after the word.
ENTITY_LEADING_PREPOSITIONS = frozenset({"near", "in", "at", "outside", "around", "across", "into", "toward",
                                         "towards", "from"})
# Before a seat of government, words that make it the site itself, not the government it stands for: "met
# in Downing Street", "a protest outside the White House" (a statement "from the Kremlin" stays the government).
AT_LANDMARK_BEFORE = r"\b(?:in|at|inside|outside|near|around)\s+(?:the\s+)?$"
# A verb of attack or capture right before a name, whose object is most often a place ("Russian forces shelled
# Mariupol", "the rebels overran Bambari", "Russian missiles hit Kyiv"), even where spaCy calls the name an
# organisation (a person's name is read as a town only when the gazetteer has a big one of that name: policy.py).
ATTACKED_BEFORE = (r"\b(?:shelled|shelling|bombed|bombing|bombarded|bombarding|besieged|besieging|raided|stormed|"
                   r"overran|overrunning|captured|recaptured|retook|retaken|seized|liberated|encircled|pounded|pounding|"
                   r"struck|hit|attacked|targeted|"
                   r"(?:an?|the|its|their|new|fresh|renewed)\s+(?:[\w-]+\s+)?(?:attack|assault|offensive)\s+on)\s+$")
# Of those, the verbs whose object is a place and never a person ("shelled Kherson", "retook Rutshuru": spaCy may
# call the town a person; "captured Smith" and "raided Smith" may be people).
PLACE_ONLY_ATTACKED_BEFORE = (r"\b(?:shelled|shelling|bombed|bombing|bombarded|bombarding|besieged|besieging|"
                              r"overran|overrunning|recaptured|retook|retaken|encircled)\s+$")
# Everyday words for levels that callers of resolve_name may pass as level_hint.
LEVEL_HINT_WORDS = {"province": "admin1", "state": "admin1", "region": "admin1", "governorate": "admin1",
                    "district": "admin2", "county": "admin2", "city": "populated place", "town": "populated place",
                    "village": "populated place", "capital": "populated place", "border": "border area"}
# Members of a people, besides those of any group (actors.vocabulary.MEMBER_NOUNS): after a name the gazetteer lacks
# ("Tuareg rebels", "Fulani herders", "Hausa tribesmen") they say the name is a people's, not a place's.
PEOPLE_MEMBERS = ("herders", "herdsmen", "tribesmen", "tribes", "tribe", "clan", "clans", "clansmen", "separatists",
                  "community", "communities", "elders", "youths", "vigilantes", "nomads", "people")
# After a place's name, in lower case, the nouns that make the two the name of a war ("the Balkans war", "the Syria
# conflict"): the place stands for the war, not for where a reported act happened.
WAR_NOUNS = frozenset({"war", "wars", "conflict"})
# After such a war noun, the nouns that make the whole a place again: "the Tigray war zone", "the Donbas conflict area",
# "the Ukraine war front" is where things happen, no metonym.
WAR_PLACE_NOUNS = frozenset({"zone", "zones", "area", "areas", "region", "regions", "front", "frontline", "frontlines"})
# The last words of the names of buildings whose town is where what happens at them happens ("outside the Karachi
# Press Club", "at the Lagos State Secretariat"); a firm's name ("Toyota Kirloskar Motor") ends otherwise.
BUILDING_HEADS = frozenset("""
club hospital hotel stadium market mosque church cathedral school college court courthouse station secretariat hall
house office offices headquarters assembly parliament palace airport terminal mall centre center
""".split())
# Words that end the names of islands, ranges and regions ("the Ryukyu Islands", "the Nuba Mountains"): after a name
# word the gazetteer does not join to them, they are the tail of a name it lacks, not a unit of that name somewhere
# (Islands, a district of Hong Kong).
FEATURE_TAILS = frozenset("""
islands island isles mountains hills valley desert coast peninsula plains heights highlands
""".split())
# Common nouns of land and its hollows that, after a run of names the gazetteer lacks, say the run names a place ("the
# Tora Bora caves", "the Shahi Kot area"), with FEATURE_TAILS and their singulars.
LANDFORM_NOUNS = frozenset("""
mountain hill area areas cave caves forest forests ridge range pass gorge
""".split())
# "The city's" (or the capital's, the town's) before a name the gazetteer lacks: a district of the city the story
# is in ("the explosion -- in the city's Abbassiya district -- hit the church", in a Cairo story).
STORY_CITY_POSSESSIVE = re.compile(r"\bthe\s+(?:city|capital|town)(?:'s|\u2019s)\s+$", re.I)
