"""English data of ``sitroom/extract/events/arguments.py``: the words and patterns it reads (the counts' are in
``counts.py``)."""

from __future__ import annotations

import re

from ..actors.unnamed import ACT_NAMED_DOERS, UNNAMED_DOER_NOUNS
from ..victims import HORS_DE_COMBAT_VICTIMS
from ..time.patterns import UNIT
from .civilians import PROTEST_LEMMAS, PROTEST_PREPS
from .counts import NUM
from .demonstrations import DEMONSTRATOR_NOUNS, SHOW_LEMMA
from .family import ATTACK_VERB

VICTIMS = re.compile(
    r"\b(?:civilians?|villagers?|residents?|farmers?|worshippers?|passengers?|students?|teachers?|journalists?|"
    r"women|children|girls|boys|aid workers?|herders?|traders?|shoppers?|families|travellers?|miners?|guests?|"
    r"prisoners?|detainees?|" + HORS_DE_COMBAT_VICTIMS + r"|captives?|hostages?|people|men|man|woman|"
    # (people a mob lynches as "suspected thieves" are unarmed: civilians)
    r"trader|priest|activists?|lawyers?|chief|leader|suspects?|thie(?:f|ves)|robbers?)\b", re.I)

# Who reacts to an event is not a party to it: "the government condemned the attack" (seen on real news,
# where the government became actor1 of the attack it condemned).
# Weapons named by an acronym that spaCy takes for an organisation ("destroyed a VBIED, a VBIED facility, and a
# UAV launch site"): a weapon, never a party to the event.
WEAPON_ACRONYM = re.compile(r"(?:SV|V|P|R)?IEDs?|UAVs?|RPGs?|MANPADS|ATGMs?|SAMs?|UCAVs?")

REACTION_VERBS = {"condemn", "denounce", "deplore", "decry", "criticise", "criticize", "slam", "mourn", "lament"}

# Verbs of telling whose object or "to" phrase is the one told, not a party to what is told: "told CPJ via
# messaging app that three journalists were arrested", "speaking to our correspondent".
ADDRESSEE_VERBS = {"tell", "say", "speak", "talk", "explain", "inform", "brief", "write", "quote"}

# Verbs whose subject handles an event without taking part in it: "the Defense Department has identified the
# service member who was killed", "the Australian Federal Police are assisting the investigation"; who rescues
# the victims of an abduction is not its doer ("was abducted ... and was rescued by Ukraine Police").
NON_PARTY_VERBS = {"identify", "investigate", "probe", "assist", "help", "document", "record", "verify", "name",
                   "rescue", "inspect", "examine"}

# Verbs of talking whose "on"/"about" phrase is the topic talked of: "the minister commented on yesterday's bombings",
# "the president spoke about the attack". Who talks of an event reports it, no party to it.
TALK_ABOUT_VERBS = {"comment", "remark", "speak", "talk", "write", "testify", "reflect", "tweet", "post",
                    "elaborate", "brief", "report"}

# Verbs whose subject meets a planted explosive rather than sets it ("a convoy struck an IED", "their vehicle hit a
# landmine", "a patrol ran over a roadside bomb", "a boy stepped on a mine"): that subject is the target. The
# motion verbs count only with the preposition that puts the device under them (DEVICE_MET_PREPS).
DEVICE_MET_VERBS = {"strike", "hit", "step", "run", "drive", "roll"}
DEVICE_MET_PREPS = {"on", "onto", "over", "into"}

# Prepositions that put the event before or after another act ("officers secure the area following a blast"):
# who does that act is no party to the event.
SEQUENCE_PREPS = {"after", "following", "before", "since"}

# Pronoun subjects of a reported event that stand for the speaker: "Police said they have arrested ...",
# "Putin said he and Turkish President Recep Tayyip Erdogan agreed in a phone call".
SPEAKER_PRONOUNS = {"they", "it", "we", "he", "she"}
# A speaker's own forces as the subject: "The army said its troops killed 20 militants", "The Israeli military said
# its jets struck Hezbollah targets".
SPEAKER_POSSESSIVES = {"its", "their", "our"}

# Verbs of giving ground: their subject loses what the event is about ("troops lost control of X to Y",
# "the army retreated", "X fell to Y"). In a battle over territory the one who gains it is actor1.
GIVE_UP = {"lose", "fall", "retreat", "withdraw", "abandon", "flee", "surrender", "cede", "evacuate", "pull", "leave",
            "hand"}

TERRITORY_BATTLES = ("Battles / Non-state actor overtakes territory", "Battles / Government regains territory")

# Prepositions whose object is the other side of the event ("clashed with", "against", "fired at").
# Prepositions inside a noun phrase that say which side their object is on, wherever the phrase stands.
INNER_PREPS = {"against": "patient", "on": "patient", "upon": "patient", "at": "patient", "between": "agent",
                "by": "agent"}

# Nouns whose modifier names no party to the event: "returned to government control".
NON_PARTY_HEADS = {"control", "territory", "area", "rule", "authority", "custody", "hand", "stronghold", "zone"}
# Nouns of a policy whose modifier names what the policy is about: "demand law enforcement reform", "against the
# government's policies", "police funding". A demand or a grievance about a body does not make it a party.
POLICY_NOUNS = {"reform", "reforms", "policy", "policies", "legislation", "bill", "budget", "budgets", "funding",
                "oversight", "overhaul", "accountability", "recruitment"}
# "an ISIL-held building", "Taliban-controlled areas": the name says whose the place is, not who acts.
HOLDER_PARTICIPLES = {"hold", "held", "control", "controlled", "occupy", "occupied", "run", "dominate", "dominated"}
# Nouns whose "of" phrase names who asked for the event or for whom it was done: "conducted an airstrike near Adan
# Yabaal at the request of the Somali government", "on behalf of": neither the doer nor the target.
REQUESTER_NOUNS = {"request", "behest", "invitation", "behalf"}
# "the al Qaeda-linked JNIM", "Rwanda-backed M23 rebels": the name says whom the group is tied to or backed by;
# the group acts, its patron or parent is no party to the event.
# Prepositions that place an event beside a seat of government: "a car bomb exploded outside a restaurant near
# the presidential palace" names where it was, not a party ("close to", "next to": the preposition "to" after them).
BESIDE_PREPS = {"near", "nearby", "outside", "beside", "behind", "opposite", "close", "next"}
AFFILIATION_PARTICIPLES = {"linked", "affiliated", "aligned", "allied", "backed", "sponsored", "supported", "inspired"}

# Unknown names in a place's slot are places the gazetteer missed ("near Djibo", "Arauca department").
PLACE_BEFORE = re.compile(r"\b(?:in|near|around|outside|at|from|over|into|towards?|across|control of|retook|retaken|"
                           r"(?:re)?captured?|seized|overran|overrun|liberated|stormed|entered|abandoned|took over|"
                           r"(?:town|city|village|district|province|region|capital|area|outskirts|locality|settlement|"
                           r"hamlet) of)\s+(?:the\s+)?$", re.I)

PLACE_AFTER = re.compile(r"\s+(?:district|province|region|department|state|county|governorate|municipality|"
                          r"city|town|village|area|prefecture|division|township)\b", re.I)

# An unknown name ending in a word for a building, a road or another built site is that site, never a party: "the
# al-Jalaa Tower" an airstrike destroyed, "North Jackson Highway" where a car struck a woman.
STRUCTURE_NAME = re.compile(r"\b(?:towers?|highway|motorway|expressway|road|street|avenue|boulevard|bridge|building|"
                            r"airport|airfield|stadium|square|hotel|mall|market|church|mosque|cathedral|temple|"
                            r"synagogue|hospital|plaza|terminal|complex)\W*$", re.I)

# A name given to the noun before it: "a 6,800 kilogram bomb called the Daisy Cutter", "an operation dubbed X".
# The noun is what the name names (a group only when it is one: "a militia known as X").
NAMED_AS_BEFORE = re.compile(r"(?P<before>(?:[\w,.'-]+\s+){0,3}?[\w-]+),?\s+(?:called|named|dubbed|nicknamed|"
                             r"code-?named|known\s+as)\s+(?:the\s+)?$", re.I)
# Nouns of people before such a name ("a man known as X", "a commander called X"): the name is a person's, who may act.
NAMED_PERSON_NOUNS = re.compile(r"\b(?:man|men|woman|women|boy|girl|person|people|teenager|youth|figure|leader|"
                                r"commander|chief|fighter|militant|gunman|cleric|preacher|warlord|bomber|suspect)\W*$",
                                re.I)

ORG_WORD = re.compile(r"\b(?:army|front|forces?|movement|group|party|brigades?|militias?|council|union|alliance|"
                       r"organi[sz]ation|committee|department|ministry|agency|police|guard|battalion|corps|network|"
                       r"cartel|gang|government|authority|command|unit|coalition|league|jihad|mujahideen|liberation)\b", re.I)

# A journey's end also after its start ("a flight from Paris to Miami that was diverted to Boston": where it was
# bound, not where it landed).
_JOURNEY_START = r"(?:from\s+(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2}\s+)?"
NOT_HERE = re.compile(r"\b(?:towards?|toward|from|heading to|advancing on|fled to|moving to|en route to|"
                      r"(?:journey|trip|flight|voyage)\s+(?:back\s+)?" + _JOURNEY_START + r"to)\s+(?:the\s+)?"
                       r"(?:(?:city|town|village|province|district|capital|region)\s+of\s+)?$", re.I)

# Between a place and the next, words that locate the first by the second ("in the town of Mandera, near the Somali
# border", "Tarmiyah, 50 km north of Baghdad", "Zabarmari, on the outskirts of Maiduguri"): the second only says
# where the first lies, and the event is at the first.
# An apposition may name the kind of place before the distance ("Ipoh, a city 180 km north of Kuala Lumpur",
# "Kunduz, the provincial capital some 250 km north of Kabul"), and a word of degree before the direction
# ("Arghandab, a district just north of Kandahar city").
LOCATED_BY = re.compile(r"^\s*,?\s*(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:city|town|village|capital|district|"
                        r"suburb|settlement|hub|port|community|area)\s+(?:of\s+[\d,.]+\s+(?:people|residents|"
                        r"inhabitants)\s+)?)?(?:(?:just|immediately|directly|slightly|due)\s+)?"
                        r"(?:near|close\s+to|not\s+far\s+from|outside|on\s+the\s+outskirts\s+of|"
                        r"(?:(?:about|some|around|roughly|nearly|almost)\s+)?\d+(?:[.,]\d+)?\s*(?:km|kms|kilometres|"
                        r"kilometers|miles)\s+(?:\(\d+\s*\w+\)\s+)?(?:(?:north|south|east|west|north-?east|north-?west|"
                        r"south-?east|south-?west)\s+)?(?:of|from)|(?:north|south|east|west|north-?east|north-?west|"
                        r"south-?east|south-?west)\s+of)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$", re.I)

# A country named as a party's sponsor ("Syrian rebels backed by Turkey shelled Manbij", "militias armed by Iran"):
# an actor's backer, not where the event happened.
BACKED_BY = re.compile(r"\b(?:backed|supported|funded|financed|armed|sponsored|trained|equipped)\s+by\s+(?:the\s+)?$",
                       re.I)

# A person's home town or birthplace is not where the event happened: "Scott C. Dayton, 42, of Woodbridge,
# Virginia, died in northern Syria", "a native of Vermillion, South Dakota" (the parent after it too).
# Not "his hometown of": "under house arrest in his hometown of Jinan" happened there.
_UP_TO_PLACE = r"\s+(?:the\s+)?(?:[A-Z][\w.'\u2019-]*,?\s+){0,4}$"  # the capitalised words of a name before the place
HOME_TOWN = re.compile(r"(?:\b\d{1,3},\s+of|\bnatives?\s+of|\bhails?\s+from|\bhailing\s+from)" + _UP_TO_PLACE)

# The seat in a person's or an institution's style, after a name of two capitalised words at least and "of":
# "Bishop Matthew Hassan Kukah of Sokoto, Nigeria, said", "Pope Tawadros II of the Coptic Orthodox Church of
# Alexandria": whose they are, not where anything happened. Not the parts of a place's own name ("Rafi Local
# Government Area of Niger", "the Republic of Korea").
SEAT_OF = re.compile(r"(?:\b[A-Z][\w'\u2019-]*\s+(?!(?:Area|States?|Province|District|Region|County|City|Municipality|"
                     r"Governorate|Republic|Kingdom|Emirates?|Islands?|Isle|Federation|Territory|Division|Council|"
                     r"Town|Village|Ward|Department|Prefecture|Gulf|Bay|Sea|Straits?|Port|Horn|Cape|Coast|Valley|"
                     r"Lake|River|Mount|Mountains|Hills?)\b)[A-Z][\w'\u2019-]*)\s+of\s+(?:the\s+)?"
                     # (and the country or province that completes the seat: "Kukah of Sokoto, Nigeria, said")
                     r"(?:(?:[A-Z][\w.'\u2019-]*\s+){0,2}[A-Z][\w.'\u2019-]*,\s+)?$")

# A name followed by a possessive and one of these words is a person's, whatever place the gazetteer has of that
# name ("protesters in Booker's hometown of Bloomington"): a place has no home town, family or lawyer.
PERSON_POSSESSIVE = re.compile(r"[\u2019']s?\s+(?:home\s*town|birthplace|widow|wife|husband|mother|father|brother|"
                               r"sister|son|daughter|family|relatives|lawyers?|attorneys?)\b", re.I)

# A country's name inside the name of a lake, river or basin ("in Jubilaram in the Lake Chad Basin", "the Niger
# Delta"): the feature, which may lie in another country, not the country.
FEATURE_BEFORE = re.compile(r"\b(?:Lake|River|Gulf\s+of|Sea\s+of|Bay\s+of)\s+$")
FEATURE_AFTER = re.compile(r"\s+(?:Basin|Delta|River|Valley|Lake)\b")
# The two ends of a race or a journey named by its towns ("the Sydney to Hobart yacht race", "a London to Paris
# flight"): the course's ends, not where what befell it happened ("a storm hit the fleet off the New South Wales
# coast"). Not a road: an act on a road is placed at the towns naming it.
_COURSE_NOUNS = r"(?:race|regatta|marathon|flight|voyage|cruise|journey|trip)\b"
_TOWN = r"[A-Z][\w.'\u2019]*(?:\s+[A-Z][\w.'\u2019]*){0,2}"
COURSE_START_AFTER = re.compile(r"(?:\s+to\s+|-)" + _TOWN + r"\s+(?:[a-z-]+\s+)?" + _COURSE_NOUNS)
COURSE_END_BEFORE = re.compile(_TOWN + r"(?:\s+to\s+|-)$")
COURSE_END_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?" + _COURSE_NOUNS)

# A place an organisation or a person is based in, was born or raised in ("their Ohio-based church organization
# announced", "the Kabul-born engineer"): where they come from, not where the event happened.
BASED_IN = re.compile(r"[-\u2010\u2011](?:based|born|raised|bred)\b", re.I)
# ... and the same said after the noun ("a special forces unit based at Fort Campbell, Kentucky", "a rights group based in
# London"): the base, not where the unit or the group acted (the place's parents after it too).
BASED_AT = re.compile(r"\b(?:based|headquartered)\s+(?:at|in|out\s+of)" + _UP_TO_PLACE)
# The people so based named as the object of an attack ("attacked Chadian peacekeepers based in Aguelhok",
# "ambushed Kenyan troops based in Kismayo"): the words before "based", after the attack's verb.
ATTACKED_BEFORE = re.compile(r"(?:" + ATTACK_VERB.pattern + r")\s+(?:[\w’'-]+\s+){0,5}$", re.I)

# "from" names where the event happened after a verb of leaving, its object between or not: "withdrew
# from Beni", "withdrew its troops from Beni", "drove them out from Bunia". The verbs' forms only, not the
# nouns that share their stem ("security forces and a woman visiting from Canada", "drivers from Kenya"). Not a
# journey's start told after its end ("had been driven to Winnipeg from Montreal"): a "to" between ends the verb's
# reach.
LEFT_FROM = re.compile(r"\b(?:withdr[ae]w\w*|retreat\w*|pull(?:s|ed|ing)?|driv(?:e|es|en|ing)|drove|chas(?:e|es|ed|ing)|"
                       r"forc(?:e|ed|ing)|push(?:es|ed|ing)?|flush(?:es|ed|ing)?|"
                       r"expel\w*|dislodg\w*|evacuat\w*|oust\w*)(?:\s+(?!(?:from|to)\b)\S+){0,4}?\s+(?:out\s+|back\s+)?"
                       r"from\s+(?:the\s+)?(?:(?:city|town|village|province|district|capital|region)\s+of\s+)?$", re.I)

# Also the start of what is announced ("a five-day suspension of operations, starting Tuesday"): an onset.
NOT_EVENT_DATE = re.compile(r"\b(?:until|till|by|before|since|deadline|from|after|over the next|within the next|"
                            r"starting|beginning|effective)\s+$", re.I)

# The year the report is in, as a frame of comparison ("in the highest-level talks between the two rivals this year",
# "the third exchange so far this year"): it holds every day of the year, so a day told beside it dates the event.
YEAR_FRAME = re.compile(r"^(?:so far |earlier |later )?this year$", re.I)

ONSET_MENTION = re.compile(r"^since\b", re.I)
# What has gone on "for the past two weeks" ("held incommunicado for the past two weeks") began that long
# before the report: the same count "ago".
DURATIVE_MENTION = re.compile(r"^for\s+the\s+(?:past|last)\s+(?P<n>" + NUM + r")\s+(?P<unit>" + UNIT + r")$", re.I)

DEADLINE_MENTION = re.compile(r"^(?:until|till|by|before|since|from|after|within)\b", re.I)
# ... but a span closed by its end ("from Tuesday to Thursday", "from March 3 to March 5") is when the act went on.
CLOSED_SPAN = re.compile(r"^from\s.+\s(?:to|until|till|through)\s", re.I)

# A host's guest is the one who travels: "Ankara received a delegation from Baghdad" → actor1 Iraq.
HOST_VERBS = {"host", "receive", "welcome"}

# Verbs that lay an act at someone's door: their object is the doer ("accused troops of looting").
ACCUSE_VERBS = {"accuse", "blame", "charge", "suspect", "condemn", "denounce"}

# Verbs of dying: their subject is a victim of the violence that killed them ("an ISAF service member died following
# an IED attack"), never its doer.
DYING_LEMMAS = frozenset({"die", "perish", "succumb"})
# "killed in a clash with X", "wounded during a firefight with X": the fight where casualties fell.
CASUALTY_PREPS = frozenset({"in", "during"})

# "X came under fire", "came under attack": the subject of "come under" undergoes the event, its other side.
UNDERGO_LEMMAS = frozenset({"come"})
UNDERGO_PREP = "under"
# "three soldiers lost their lives": the subject of "lose" whose object is a life dies, a victim.
LOSE_LIFE = ("lose", "life")

# Prepositions whose object, hung on a noun carrying the event, is its other side ("an attack on X").
PATIENT_PREPS = {"with", "against", "on", "at", "from", "upon", "into", "to", "toward", "towards"}

# Words of talk whose object is a topic, not a place of the event: "talks on the situation in Aleppo", "met to
# discuss the fight in Mosul"; and the prepositions that introduce that topic.
TALK_LEMMAS = frozenset({"talk", "discussion", "discuss", "negotiation", "negotiate", "debate", "conference",
                         "meeting", "focus", "consultation", "dialogue"})
TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})
# The grievance of a protest, its object after "against"/"over"/"about" ("demonstrate against the death in
# Minneapolis police custody ... outside Parliament in Cape Town"): a place in it is what is protested, not where
# the crowd stood. Not "at": "a protest at the embassy" is its site. Its words: civilians.py's PROTEST_LEMMAS, the
# verb "demonstrate" and the crowd's nouns.
# After a word of moving only "against": "marched over the bridge in Kyiv" is the route.
GRIEVANCE_PREPS = PROTEST_PREPS - {"at"}
GRIEVANCE_LEMMAS = PROTEST_LEMMAS | DEMONSTRATOR_NOUNS | {SHOW_LEMMA}
MOVING_GRIEVANCE_PREPS = frozenset({"against"})

# Prepositions by which the word of an event names its site: "the car bomb attacks in Diyala Province",
# "was arrested at the airport", "clashes near Kidal".
SITE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "around", "across"})
# Of those, the ones that place a violent act beside a site named by its owner ("a car bomb exploded outside a
# police station"): the owner is on the target's side, never the doer ("in" is left out: "killed in an Israeli strike");
# and those that put a bomb against what it hit ("exploded under a police vehicle", "went off beside an army truck").
BESIDE_SITE_PREPS = (SITE_PREPS & frozenset({"near", "outside", "inside", "around"})) \
    | frozenset({"under", "underneath", "beneath", "beside", "behind", "alongside"})

# Conjunctions that open a clause told at another time than the clause it hangs on ("a spot for demonstrations
# since they started six days ago", "arrested after he posted a video on Monday"): its day is its own act's.
OTHER_TIME_MARKS = frozenset({"after", "before", "until", "till", "whereas", "while"})
# Of those, the one that opens a subjectless participle of what someone was doing as the act befell them ("beaten
# while covering a protest on Monday"): at the act's time, its day the act's (events/clause_sides.subordinate_side).
WHILE_DOING = "while"
# The word that opens a phrase or clause of the act an event has gone on since ("Since the raid on Monday, protesters
# have gathered daily"): a day inside it is that act's (events/earlier_acts.py).
SINCE_MARK = "since"
# Prepositions by which a day's act is the occasion the event's clause happened at ("arrested 20 people at Sunday's
# rally", "killed in Monday's attack", "detained during Friday's march"): that day is the event's too.
OCCASION_PREPS = frozenset({"at", "in", "during", "amid", "on"})

# The opening of a picture's caption aside ("Yazeed (pictured Wednesday) was arrested"): a time in it dates the picture.
PICTURE_ASIDE = re.compile(r"\s*(?:pictured|photographed|seen|shown)\b", re.I)
# A day told as a picture's ("In this March 23, 2021 photo, ...", "a file photo dated May 2"): the words right after
# (or before) the day's; it dates the picture, not an act.
PICTURE_DAY_AFTER = re.compile(r"\s*,?\s*(?:file\s+)?(?:photo(?:graph)?|picture|image)\b", re.I)
PICTURE_DAY_BEFORE = re.compile(r"\b(?:photo(?:graph)?|picture|image)\s+(?:taken|dated)\s+(?:on\s+)?$", re.I)

# Gerunds of fighting after such a mark ("retook the town after fighting on Saturday") tell the battle the event
# came out of, at its own time, not another act.
FIGHTING_LEMMAS = frozenset({"fight", "clash", "battle"})

# Verbs of starting armed violence: the side a relative clause tells did one ("troops killed militants who
# attacked a checkpoint", "gunmen who opened fire on a patrol") initiated the fighting, ACLED's actor1.
INITIATING_LEMMAS = frozenset({"attack", "ambush", "raid", "storm", "assault", "shoot"})
OPEN_FIRE = ("open", "fire")
# Pronouns by which such a clause names the side that answered as what it attacked ("one of its vehicles", "them").
OTHER_SIDE_PRONOUNS = frozenset({"its", "their", "them", "our", "us"})

# A day told against another act ("the day before he took the poison", "two days after the raid"): the count, the
# unit and the direction; the act follows (extract/events/act_days.py finds it dated in a sentence before).
ACT_RELATIVE_DAY = re.compile(r"\b(?P<n>the|a|one|two|three|four|five|six|seven|\d{1,2})\s+(?P<unit>days?|nights?|weeks?)"
                              r"\s+(?P<dir>before|after)\s+", re.I)
# Words of the act's clause too common to tell which act it is ("the day before he was taken to ...").
ACT_RELATIVE_COMMON = frozenset({"be", "have", "do", "take", "get", "go", "come", "make", "give", "day", "time",
                                 "people", "man", "woman", "family", "police", "he", "she", "they"})

# Lemmas of an unnamed doer that may be the subject of an attack's own clause ("a gunman opened fire ... before he
# was shot dead by police"): with one, the subject of another clause is not the attack's doer.
# (the nouns are the actors stage's; spaCy at times leaves "gunmen" as its own lemma)
UNNAMED_DOER_LEMMAS = frozenset(UNNAMED_DOER_NOUNS) | frozenset(ACT_NAMED_DOERS) | {"gunmen"}

# A name that opens a person's title ("Air Vice Marshal Sikiru Smith", "Parliament Speaker Mohamed Nasheed", "Air
# Commodore X") names the title's holder, not a party of its own (events/not_parties.in_title): the title word after
# it (lang/en/places HONORIFICS and TITLE_HEADS, and these ranks), or a word that opens a compound title ("Vice").
TITLE_RANKS = frozenset({"commodore"})
TITLE_OPENERS = frozenset({"vice", "rear", "deputy"})

# A country's name or nationality word right before its police, a word of their kind between ("Malaysian police",
# "Pakistani security police", "Indonesia's police"), matched right after the country's name (events/police_home.py).
POLICE_AFTER_COUNTRY = re.compile(r"(?:['’]s)?\s+(?:[a-z]+\s+)?(?:police|policemen|police\s+officers)\b")
# A preposition that puts an act at the place right after it ("detained a tanker in Gibraltar").
AT_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside)\s+(?:the\s+)?$", re.I)
