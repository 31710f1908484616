"""English words of arrests (the guide's rule 10, extract/events/arrest_told.py, arrest_background.py): ordinary
crime and political arrests, the words of a taking and of custody, what makes a taking background or no taking, and
the senses of arrest words that take nobody."""

from __future__ import annotations

import re

from ..time.patterns import MONTH_NAME, WEEKDAY

# "Apprehend" is also to fear or grasp: its adjective ("were apprehensive about"), its verb with a subject and no
# one taken ("..., the employees apprehended"), and its noun with what is feared ("expressed apprehension that",
# "apprehension about", "the apprehensions voiced by the paper") take nobody. The verbs that voice a fear, and the
# prepositions of what is feared:
APPREHENSION_VOICED = frozenset({"express", "voice", "share", "raise", "allay", "ease", "dispel", "fuel", "heighten"})
APPREHENSION_PREPS = frozenset({"about", "over", "among", "regarding"})

# Ordinary crime (the guide's decisions v1.1 and v1.2: arrests of individuals for ordinary crimes are not
# coded): the offences that make an arrest ordinary police work ...
ORDINARY_OFFENCE = re.compile(
    r"\b(?:DWI|DUI|drunk(?:en)?|(?:reckless|dangerous|careless|impaired|disqualified|drink) driving|"
    r"driving (?:under the influence|while|without|offences?|charges?)|crash(?:ed|es)?|traffic|speeding|burglar(?:y|ies)|theft|thefts|stole|stolen|"
    r"stealing|robber(?:y|ies)|shoplifting|fraud|scam|embezzl\w+|brib\w+|corruption|money laundering|drugs?|narcotics|"
    r"marijuana|cannabis|cocaine|heroin|possession|assault(?:s|ing|ed)?|battery|domestic violence|"
    r"murder(?:s|ed|ing)?|homicide|manslaughter|shooting|stabbing|DNA|home invasion|trespass\w*|vandal\w*|"
    # fires a person is suspected of lighting: arson, bushfires ("arrested three teenagers in relation to bushfires");
    # not weapons' fire ("suspected of rocket fire on the airport", "over the sniper fire"): the armed side's act
    r"arson\w*|fire-?bugs?|(?:bush|grass|scrub|brush|forest|wild)(?:-| )?fires?|"
    r"(?:in relation to|in connection with|over|suspected of|accused of) (?:(?!open|rocket|mortar|artillery|sniper|gun|machine|tank|cross|return|live|small|heavy|sporadic)\w+ ){0,2}?(?:fires?|blazes?)|"
    r"(?:lit|light(?:ed|ing)?|start(?:ed|ing)?) (?:\w+ ){0,2}?(?:fires?|blazes?))\b", re.I)
# ... unless the report names what makes an arrest political or part of the conflict: who is arrested
# (activists, journalists, opposition, protesters, armed groups, gangs), or what for (sedition, terrorism,
# kidnapping, national security).
POLITICAL_ARREST = re.compile(
    r"\b(?:activists?|journalists?|reporters?|editors?|bloggers?|writers?|novelists?|dissidents?|critics?|"
    r"opposition|protest\w*|demonstrat\w*|rall(?:y|ies)|marchers|strik(?:e|es|ers|ing)|unions?|unionists?|"
    r"politicians?|lawmakers?|legislators?|MPs?|senators?|leaders?|lawyers?|human rights|defenders?|students?|"
    r"party (?:members?|workers|leaders?|officials?)|sedition|seditious|national security|terror\w*|militants?|"
    r"insurgents?|rebels?|jihad\w*|separatists?|spy|spies|spying|espionage|treason|kidnap\w*|abduct\w*|hostages?|"
    r"gangs?|ring|militia\w*|coup|regime|junta|hijack\w*|bombs?|bombing|explosives?|weapons|firearms|guns|"
    r"ammunition|extremis\w*|radical\w*|banned|unlawful association|incit\w+|collusion|soldiers|troops|army|"
    r"military|crackdown|dragnet)\b", re.I)

# The words of a taking that TAKING and family.ARREST_TOLD (what an Arrests event's reports must tell) read alike,
# written once; each pattern adds its own forms of the other words. None of these starts like another alternative
# of either pattern, so where they stand in it changes no match.
TAKING_WORDS = (r"imprison\w*|incarcerat\w*|captur\w*|seiz\w*|abduct\w*|kidnap\w*|raid\w*|remand\w*|booked|"
                r"handcuff\w*|swoop\w*")

# What an Arrests report must tell (rule 10): someone taken or held by the authorities. The words of the taking
# ("arrested", "rounded up", "taken to a police station", "raided") and of holding someone ("detained",
# "in custody", "was held", "behind bars"). Not a detainee, a prison, a court or a statement released: they
# name nobody taken.
TAKING = re.compile(
    r"\b(?:arrest\w*|detain(?:ed|ing|s)?|detentions?|custody|jail(?:ed|ing|s)?|" + TAKING_WORDS + r"|"
    r"nabb(?:ed|ing)|apprehen\w*|incommunicado|"
    r"behind bars|round(?:ed|ing|s)? (?:\w+ ){0,2}up|round-?ups?|pick(?:ed|ing|s)? (?:\w+ ){0,2}up|"
    r"lock(?:ed|ing|s)? (?:\w+ ){0,2}up|(?:is|are|was|were|been|being) held|"
    r"(?:taken|took|sent|brought|escorted|led|dragged|bundled|whisked) (?:\w+ ){0,3}(?:away|off|"
    r"(?:in)?to (?:a |the |an? )?(?:\w+ ){0,2}(?:police|station|jail|prison|cells?|detention|barracks|camp))|"
    r"(?:sent|returned) (?:back )?to (?:jail|prison)|turned (?:himself|herself|themselves) in|"
    # someone taken from where they live ("was taken from her home by plainclothes officers", "dragged from his house";
    # the owner's word names the person: not "took valuables from the house")
    r"(?:taken|took|dragged|snatched|hauled|whisked) (?:\w+ ){0,2}from (?:his|her|their) (?:\w+ ){0,2}"
    r"(?:homes?|houses?|residences?|beds?|flats?|apartments?)|"
    r"surrender\w* to (?:the )?(?:police|authorities|security)|"
    # ... and what the authorities do to someone held, which the gold codes as part of the arrest: searches,
    # transfers, questioning, a release from custody.
    r"search(?:ed|es|ing)?|search warrants?|transferr\w*|transport(?:ed|ing)|interrogat\w*|questioned|"
    r"(?:in|to) prison|removed (?:\w+ ){0,4}by (?:\w+ ){0,2}police)\b", re.I)
# The words of TAKING that take nobody by themselves: a search or a raid of a place. An arrest whose reports tell
# only these is the guide's "police search with no arrest": Strategic developments / Other.
SEARCH_ONLY = re.compile(r"^(?:search(?:ed|es|ing)?|raid(?:ed|ing|s)?)$", re.I)
# A prison term, the length of a verdict or of a penalty faced ("sentenced her to five years in prison", "faces up to
# ten years in jail"): it names no taking (read on the words before a word of TAKING).
PRISON_TERM = re.compile(r"\b(?:years?|months?)\s+(?:(?:in|of)\s+)?$", re.I)
# Someone set free from custody ("Kazmerchak was released"): the gold codes it with the arrest it ends.
# An arrest not carried out (rule 10): the verbs a taking is only tried under ("Police attempted to arrest him",
# besides irrealis.NON_FACTIVE's "plan", "want", "seek"...), and the nouns whose "for" names an arrest ordered or
# sought, not made ("issued an order for the arrest of", "were being targeted for arrest"; "arrest warrants").
ATTEMPT_LEMMAS = frozenset({"attempt", "try", "fail"})
# The roles of a noun that is a verb's subject or object, or what "there is" presents: a noun so placed carries
# the verb's act ("an airstrike hit"), and a warrant so placed is the one "for" on that verb names ("A warrant is out
# for his arrest", "a warrant was issued for", "had a warrant out for", "There is a warrant out for").
VERB_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})
SOUGHT_FOR = frozenset({"order", "warrant", "target", "call", "demand", "want", "hunt", "search", "select",
                        "earmark", "flag"})
# The judicial actors whose order of arrest or detention is a court step, not a taking: the person is before them,
# already held ("appeared before the prosecutor who ordered his arrest and detention until his extradition", "the
# judge ordered his detention pending trial"). A minister's or a governor's order may be the arrest itself.
COURT_ORDERERS = frozenset({"prosecutor", "prosecution", "prosecutors", "judge", "judges", "court", "magistrate",
                            "magistrates", "tribunal"})
# The verbs of such an order.
ORDER_LEMMAS = frozenset({"order", "decree"})
# The verbs that lengthen a custody already running ("the prosecution renewed the detention of five defenders",
# "the court extended his detention by 15 days"): a court step on people held, not a new taking.
PROLONG_LEMMAS = frozenset({"renew", "extend", "prolong"})
# The main verbs that list the people a relative clause of taking before them names: that clause is the news
# ("Those arrested include two reporters"), as under "be" ("The five who were arrested are members of ...").
LISTING = frozenset({"include"})
# The words that make a noun of taking only the time of something else: "days before his arrest", "since his
# arrest in 2019", "prior to this week's raids"; "during": what happened in the course of it is the act told
# ("police beat him during the arrest": the guide's one attack, not also an arrest).
TIME_OF_OTHER = frozenset({"since", "before", "until", "till", "prior", "during"})
# "during" makes the arrest only the time of another act when that act is harm done in its course ("beat him during
# the arrest", "was injured during his arrest", "the use of force during the arrests"); what else happened during it
# leaves the arrest told ("shouted slogans during his arrest", "neighbours gathered to watch during the arrest").
DURING_HARM = frozenset({"beat", "kick", "punch", "slap", "hit", "strike", "club", "whip", "shoot", "stab", "injure",
                         "wound", "hurt", "kill", "die", "assault", "torture", "abuse", "mistreat", "maltreat", "attack",
                         "choke", "strangle", "tase", "taser", "drag", "manhandle", "break", "fracture", "suffer",
                         "sustain", "use", "fire", "force", "injury", "beating", "violence", "death"})
# The conjunctions that make a clause of taking only the time of its main clause's act ("was charged after she was
# detained", "praised the employee after the suspect was taken into custody", "has campaigned since he was
# jailed"): the arrest came first, the main clause is the news ("before"/"until" clauses tell the later act).
AFTER_OTHER = frozenset({"after", "since"})
# ... and the adverb that makes it the time of the main clause's act ("when the journalist was arrested, colleagues
# rallied to his defence"): with no day of its own nor one of the main clause (whose time is the arrest's), the
# arrest is the setting of another act, not the news.
WHEN_OTHER = frozenset({"when"})
# ... unless the main clause sets the person free: "was released on Tuesday after being detained for ten hours"
# tells the detention as the news, ended by the release.
SET_FREE_LEMMAS = frozenset({"release", "free"})
# Verbs of taking people captive: a clause describing people by one ("hostages abducted on Monday") tells the day of
# their abduction, not that of a rescue, an arrest or a fight told of them (events/earlier_acts.py).
TAKING_CAPTIVE_LEMMAS = frozenset({"abduct", "kidnap"})
# Adverbs that tell an arrest as part of an earlier time than the news, a person's history ("Her husband was
# recently arrested on charges of ...", "was originally detained in Izmir", "had previously been jailed").
EARLIER_TIME = frozenset({"recently", "originally", "previously", "formerly"})
# A lasting state of custody is no taking at the time of the news: "remain imprisoned", "spent years under house
# arrest", "a woman on house arrest" (a noun's state); "from jail" tells a release.
CUSTODY_STATE_LEMMAS = frozenset({"remain", "spend", "stay", "languish"})
# ... and so is one told as going on ("three journalists are currently detained", "he is still held").
CUSTODY_LASTING = frozenset({"currently", "still"})
# ... or named as lasting ("the prolonged detention of journalists", "his continued incarceration", "faces indefinite
# detention"): a custody, not a taking at the time of the news.
LASTING_CUSTODY_ADJ = frozenset({"prolonged", "continued", "continuing", "ongoing", "indefinite", "lengthy",
                                 "protracted", "long-term"})
# The papers a noun of taking can name the kind of ("the arrest affidavit", "arrest records"): a paper, no taking.
ARREST_PAPERS = frozenset({"affidavit", "record", "report", "document", "paper", "file", "log"})
# The places of custody TAKING names ("custody", "jail"): held in one tells a holding, named otherwise nobody
# taken ("to decongest jails").
CUSTODY_PLACES = frozenset({"custody", "jail"})
# A length with no count of its own ("years", "the last two years", "many months") names no time of a custody
# (arrest_background.DURATION has the counted ones).
LENGTH_ONLY = re.compile(r"^(?:for )?(?:the )?(?:(?:last|past|first|next) )?(?:\S+ )?(?:hours|days|weeks|months|"
                         r"years|decades)$", re.I)
# A person's age, which the parser tags as a date ("the 26-year-old from South Australia", "aged 40"): no time of an act.
AGE = re.compile(r"\b(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)[- ]years?[- ]olds?\b|\b(?:aged|age of) \d{1,3}\b", re.I)
# What can be detained or seized that is no person (rule 10): "a supply vessel previously detained", "It has
# since been seized by Dutch authorities" (a pronoun "it" names a thing too). Places searched or raided (homes,
# offices) are not here: the gold codes a raid on them as part of an arrest.
THINGS_TAKEN = frozenset("""it vessel ship boat tanker trawler yacht aircraft plane jet helicopter truck lorry
car vehicle bus cargo shipment consignment container goods drugs narcotics weapons arms ammunition equipment
computer laptop phone passport assets funds money property""".split())
# (Not one on bail, a court step the guide does not code: "the arrested protesters were released on police bail".)
RELEASED = re.compile(r"\b(?:is|are|was|were|been|being) (?:\w+ )?(?:released|freed)\b(?! on (?:\w+ ){0,2}bail\b)", re.I)
# Hostages or captives set free with nobody taken: the guide codes the release Strategic developments / Other.
HOSTAGES_FREED = re.compile(
    r"\b(?:hostages?|captives?)\b.{0,80}\b(?:released|freed|set free|let go)\b|"
    r"\b(?:released|freed|set free)\b.{0,40}\b(?:hostages?|captives?)\b", re.I)

# An act told as done at someone's arrest ("beaten at the time of his arrest", "tortured during her detention"):
# it happened on the arrest's day (events/custody_dates.py).
AT_ARREST = re.compile(r"\b(?:at the time of|during|upon|in the course of) (?:his|her|their|the) "
                       r"(?:arrests?|detentions?|abductions?)\b", re.I)
# ... or told as done while they were held ("tortured in police custody", "while in detention", "while being
# held"): in the custody the arrest began, on its day or after it.
IN_CUSTODY = re.compile(r"\b(?:while )?in (?:police |military |army |state |security |government |their |his |her )?"
                        r"(?:custody|detention)\b|\bwhile (?:being )?(?:held|detained)\b", re.I)
# Who holds someone an act is told as done to "in custody" (events/custodian.py): the force the custody is named as
# ("in police custody", "in military detention", "in the custody of the army"), or the state's custody a bare "in
# custody", "in detention" names, which is the police's as arrests are (the guide's rule 10). Not "in their custody"
# (a holder told elsewhere) nor captivity (a taker's, not the state's).
CUSTODY_HELD = re.compile(
    r"\bin (?:the )?(?P<kind>police|military|army)(?:'s)? (?:custody|detention)\b|"
    r"\bin (?:the )?(?:custody|detention)\b(?! of)|"  # (not "in the custody of the Houthis": a holder named)
    r"\bin (?:the )?(?:custody|detention) of (?:the )?(?P<kind2>police|military|army|soldiers|troops)\b", re.I)
# ... or the one harmed told as a detainee ("the torture of a detained politician", "a man who was detained there
# said he was tortured", "detainees were beaten"): someone the state holds, as arrests are the police's (the guide's
# rule 10). Not "detained by X" (a holder named) nor a captive's words (a taker's captivity, not the state's).
DETAINEE_HARMED = re.compile(
    r"\bdetainees?\b|\bdetained (?:politician|activist|journalist|opposition|man|woman|men|women|student|lawyer|"
    r"leader|protesters?|people|persons?|critics?|members?|blogger|writer|author)s?\b|"
    r"\bwho (?:was|were|had been|has been|have been) detained\b(?! by)", re.I)
# The words of CUSTODY_HELD's kinds that name the military; the others are the police.
MILITARY_CUSTODY = frozenset({"military", "army", "soldiers", "troops"})
# A custody told with its own start ("has been held since March", "in detention since 12 May", "detained since
# last week"): the sentence dates the custody itself, so no arrest told elsewhere begins it (events/custody_dates.py).
CUSTODY_SINCE = re.compile(
    r"\bsince (?:(?:early|mid|late)-? ?|the (?:beginning|start|middle|end) of )?(?:\d{1,2} )?(?:"
    + MONTH_NAME + r"|" + WEEKDAY + r"|(?:19|20)\d\d\b|last (?:week|month|year))", re.I)
# The participles that tell people taken into custody: one list, read here and by the counts of those arrested
# (counts.py ARRESTED, which adds "rounded up" for a group).
ARREST_PARTICIPLES = r"(?:arrested|detained|apprehended|taken into custody|picked up)"
# A report that tells a taking ("was arrested on January 12", "had been abducted from his home"): the arrest a
# custody began with.
TAKEN = re.compile(rf"\b(?:{ARREST_PARTICIPLES}|abducted|kidnapped)\b", re.I)
# People named by the body they work for ("nine United Nations (UN) staff", "MSF workers", "BBC journalists"): those
# arrested are the body's civilian staff, not the body (the guide: journalists, activists... are civilians). Not
# "officials" (a government's own: ACLED codes officials arrested as their government) nor forces' "personnel".
ORG_STAFF = re.compile(r"\s*(?:\([A-Z][\w.-]*\)\s*)?(?:aid |humanitarian |local |national |international )?"
                       r"(?:staff(?:ers?)?|employees?|workers?|volunteers?|journalists?|reporters?|correspondents?|"
                       r"doctors?|nurses?|teachers?|students?|lawyers?)\b")
