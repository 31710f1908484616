"""English data of ``sitroom/extract/events/strategic.py``: the words that tell a diplomatic contact, an
agreement made, a change to an armed group or its activity, and another significant act of an armed actor."""

from __future__ import annotations

import re

from .reactions import APPROVE

# A contact between officials: a meeting, talks, a visit, a summit, a call, envoys or a delegation
# ("Blinken has spoken over phone with", "joined ... for talks", "sat down for a working dinner").
# Not a press conference, a statement or the "negotiating table" one is called back to.
CONTACT = re.compile(
    r"\b(?:meet(?:s|ing|ings)?|met|talks|talked|summit(?:s|ry)?|visit(?:s|ed|ing|ors?)?|"
    r"(?:tele)?phon(?:e|ed)|call(?:s)? with|spoke|spoken|speak(?:s|ing)? (?:with|to)|conversation|"
    r"delegations?|envoys?|emissar(?:y|ies)|negotiat(?:ed|ions?|ing)(?! table)|consultations?|conferred|"
    r"host(?:s|ed|ing)|audience with|missions? to|trip to|dinner|lunch|discuss(?:ed|es|ing|ions?)?|"
    r"sat down with|held (?:a )?(?:meeting|talks|call))\b", re.I)

# A contact word that is only a visit: a visit at home, with no one met, is no diplomatic contact.
VISIT_ONLY = re.compile(r"visit(?:s|ed|ing)?", re.I)

# A visit to troops ("Carter flew to visit U.S. service members at Qayyarah Airfield West"): an official among
# forces, whoever's, meets no government or envoy, so it is no diplomatic contact when no other contact word is told.
TROOP_VISIT = re.compile(r"\bvisit(?:s|ed|ing)?\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[A-Z][\w.]*\s+)?"
                         r"(?:service\s*members|troops|soldiers|servicemen|servicewomen|sailors|airmen|marines|"
                         r"(?:military\s+)?personnel)\b")

# A contact named only as the time of something else ("Following the meeting the Foreign Secretary said:",
# "During the visit, family members heard screaming"): the words before the contact word.
CONTACT_AS_TIME = re.compile(r"\b(?:following|after|before|during|since|ahead of) (?:the|a|an|his|her|their|this|that|"
                             r"its)(?: \w+){0,2} $", re.I)

# "Met with" in the passive tells how something was received, not a meeting ("Arafat's call has been met with a
# mixture of hope and scepticism", "the plan was met with protests"): the words before the contact word. (The passive
# of a meeting takes "by": "the delegation was met by the foreign minister".)
MET_AS_RECEPTION = re.compile(r"\b(?:is|are|was|were|be|been|being|'s|’s)(?: \w+ly)? $", re.I)

# Talks told as an ongoing state whose end is a business act are no diplomatic contact (a company "in talks to
# build a new model at a Daimler plant", "in discussions with Boeing to buy 40 jets", "in negotiations over the
# acquisition of its plant"): no meeting is told as held, and the deal is trade, not politics.
BUSINESS_TALKS = re.compile(
    r"\bin (?:advanced |detailed |exclusive |early |preliminary )?(?:talks|discussions|negotiations)"
    r"(?: with [^,.;:]{1,60}?)? (?:to (?:build|buy|sell|acquire|purchase|invest|produce|manufacture|make|supply|"
    r"merge|open|develop|license|lease)\b|(?:on|over|about|for) (?:the |a |an |its |their )?(?:possible |potential )?"
    r"(?:acquisition|purchase|sale|takeover|merger|investment|supply|licen[cs]ing|lease)\b)", re.I)

# Contacts told as going on, with no meeting held (the guide's decisions: "ongoing contacts" or negotiations with no
# meeting are not contacts): "ongoing negotiations with Tehran", "the stalled talks": the words before the contact word.
CONTACT_ONGOING = re.compile(r"\b(?:ongoing|continuing|protracted|stalled|long-running|on-going)(?: [\w-]+)? $", re.I)
# ... unless they are told resumed or held anew, which is a meeting ("resumed stalled talks in Nairobi on Monday",
# "held a new round of the long-running negotiations"): the words before the adjective.
CONTACT_HELD_ANEW = re.compile(r"\b(?:resum\w*|restart\w*|reviv\w*|reopen\w*|rejoin\w*|(?:held|hold\w*|opened|began|"
                               r"start\w*) (?:a |the |another )?(?:new |fresh |second |third |final |last )?"
                               r"(?:round|session|day) of)(?: (?:the|their|its))? $", re.I)
# A speech to an audience is a statement, not a contact between governments ("spoke to reporters", "speaking to a
# global audience on a webinar"): the words after the contact word.
# "spoke" is a contact only with someone spoken with or to, or on the phone, within a few words ("spoke Monday by
# phone with Guaido", "has spoken over phone with"); bare, it is a speech or a statement ("al-Sisi spoke on Friday
# morning after returning to Cairo", "spoke at the forum", "spoke tough against torture", "spoke outside the court").
SPOKE_WITH = re.compile(r"^ (?:[\w'-]+ ){0,3}?(?:with|to|by (?:tele)?phone|(?:over|on) (?:the )?(?:tele)?phone)\b", re.I)
SPEECH_AUDIENCE = re.compile(r"^ (?:to|before|at) (?:a |an |the )?(?:[\w-]+ ){0,2}(?:audiences?|crowds?|reporters|"
                             r"journalists|press|media|supporters|rally|gathering|nation|students|delegates|"
                             r"conference|parliament|webinar)\b", re.I)

# A contact word that tells no contact held (the guide v1.4: offers, invitations and calls for talks, a meeting
# named as a goal, are none; nor is a meeting missed): the words before it name it as a bid, plan, offer or call
# ("rejected Arafat's bid to make his annual visit", "invited the envoy to visit", "urged both sides to hold talks"),
# or deny it ("did not attend the meeting", "cancelled his visit", "boycotted the talks").
CONTACT_NOT_HELD = re.compile(
    r"\b(?:(?:bids?|plans?|offers?|invitations?|requests?|proposals?|attempts?|efforts?|hopes?|calls?|wish(?:es)?|"
    r"refus(?:ed|es|al)|declin(?:ed|es))\s+to|(?:invit|urg|ask|press|encourag)\w*\s+(?:[\w'’-]+\s+){0,4}?to|"
    r"did\s+not|didn[’']t|never|(?:cancel+|postpon|boycott|skipp|scrapp)\w*|call(?:s|ed|ing)?\s+(?:for|off)|missed)"
    r"\s+(?:[\w'’-]+\s+){0,3}$", re.I)
# A private visit, to one's family or friends, is no contact between governments ("a boy visiting relatives in
# Texas"): the words after the contact word.
PRIVATE_VISIT = re.compile(r"^\s+(?:(?:his|her|their|my|our|the)\s+)?(?:relatives|family|families|friends|parents|"
                           r"grandparents|mother|father|son|daughter|wife|husband|children|grave)\b", re.I)

# What was said at a contact: a sentence whose only word of contact is one of these retells the contact told
# before it ("The ministers discussed the crisis in Syria", "They also discussed ... the city of Mosul").
CONTACT_TOPIC = re.compile(r"^discuss(?:ed|es|ing|ions?)?$", re.I)
# A contact told before, named by a definite noun whose verb says what it was about ("The meeting focused on the
# campaign", "The talks also covered trade"): its topic, no contact of its own.
CONTACT_ABOUT = re.compile(r"\b(?:the|that|this|their|\w+day's) (?:meeting|talks|call|phone call|conversation|summit|"
                           r"discussions?)\s+(?:also\s+)?(?:focused|focussed|centred|centered|touched|covered|addressed|"
                           r"dealt|revolved|concentrated)\b",
                           re.I)

# An agreement made: reached, signed, agreed, announced, brokered, declared, in force or holding ("the
# ceasefire announced by Russia and Turkey", "a Kremlin-brokered truce", "witnessed the signing of an
# agreement"); suspects "holding fake IDs" hold no truce.
# A claim of responsibility (the guide: "a group claims it carried out an attack"): a word of claiming, of
# responsibility, of admitting or of taking credit ("Hamas claimed responsibility for", "an attack claimed by",
# "admitted planning the attacks", "took credit for"), or a group's word that it was behind the act ("a spokesman
# told reporters that the group was behind the bombing"; not "have not said who they believe was behind"). A freeing
# or a flag told by a source claims nothing.
CLAIM_MADE = re.compile(r"\b(?:claim(?:s|ed|ing)?|responsib\w+|admit\w*|(?:took|take|takes|taking) credit|"
                        r"own(?:s|ed)? up|(?:said|says|told|stated|announced|declared|confirmed)(?: [\w-]+){0,4},? "
                        r"(?:that )?(?:it|they|we|the (?:[\w-]+ )?(?:group|movement|organi[sz]ation|militants|rebels)) "
                        r"(?:was|were|had been) behind)\b", re.I)

# Who says a group "was behind" an act without being it: the state or an outsider, named just before the verb of
# saying ("police said the militants were behind the bombing", "the interior ministry said on Monday that the
# group was behind"): an attribution, not a claim (strategic._blamed_by_others).
BLAMED_BY_OTHERS = re.compile(r"\b(?:police|army|military|officials?|authorities|government|ministry|minister|governor|"
                              r"investigators|prosecutors?|intelligence|security (?:forces|sources|officials)|analysts|"
                              r"experts|witnesses|residents)\b(?:[ ,]+[\w'-]+){0,4}?[ ,]*$", re.I)

# An agreement that a verb of approval takes as its object ("welcomes the agreement between Baghdad and Erbil",
# "hailed the new budget deal"): welcoming it presupposes it was made (irrealis.FACTIVE_FOR_OBJECT). Not a step
# towards one, a call, plan, proposal or prospect of one, nor "any" or a possible deal ("welcomed the proposal for
# a truce", "welcomed a possible truce"), nor the agreement word as the modifier of such a step ("welcomed the
# ceasefire proposal", "hailed the truce talks").
_TOWARDS_AGREEMENT = (r"prospects?|plans?|planned|calls?|efforts?|moves?|steps?|progress|proposals?|proposed|drafts?|"
                      r"talks|negotiations?|hopes?|idea|possibility|possible|potential|future|eventual|offers?|"
                      r"initiatives?|bids?|process")
_WELCOMED_AGREEMENT = (r"\b(?:%s)\w*\s+(?:(?!(?:of|for|to|toward|towards|on|in|any|%s)\b)"
                       r"[\w'’-]+\s+){0,3}(?:agreements?|deals?|accords?|ceasefire|cease-fire|truce|pact)\b"
                       r"(?!\s+(?:%s)\b)"
                       % ("|".join(sorted(w[:-1] if w.endswith("e") else w for w in APPROVE - {"endorse", "note"})),
                          _TOWARDS_AGREEMENT, _TOWARDS_AGREEMENT))

# An agreement only named is none: "violations of the Minsk agreements", "call on all parties to respect the
# ceasefire", "the need for a sustainable ceasefire", "demanding that an agreement ... be brought into line".
AGREEMENT_MADE = re.compile(
    r"\b(?:reach(?:ed|es)?|sign(?:ed|s|ing)?|agree(?:d|s|ing)?|announc(?:ed|es|ing)|brokered|"
    r"mediated|declar(?:ed|es|ing)|struck|conclud(?:ed|es)|accept(?:ed|s)|initial(?:l)?ed|ratif(?:ied|ies)|"
    r"took effect|came into (?:force|effect)|went into effect|entered into force|in (?:force|effect)|"
    r"implement(?:ed|ation)|(?:ceasefire|cease-fire|truce)s? (?:is |was |has been |had been )?(?:holding|held)|"
    r"swapp?(?:ed|s)?|exchanged|freed in exchange|handed over)\b|" + _WELCOMED_AGREEMENT, re.I)

# An agreement word told as still to come ("are close to signing a $40 billion plan", "on the verge of reaching a
# truce", "hope to sign a deal", "will sign"): the words before it. No agreement made yet.
AGREEMENT_NOT_YET = re.compile(r"\b(?:(?:(?:close|closer|near|nearer|about|ready|expected|set|poised|due|hop\w*|plan\w*|"
                               r"aim\w*|seek\w*|intend\w*|want\w*|refus\w*|declin\w*|fail\w*)\s+to)|"
                               r"on\s+the\s+(?:verge|brink)\s+of|will|would|could|may|might)\s+$", re.I)

# A change to a group or its activity (the guide: a new group, an alliance, a merger, a leadership change,
# a group's decision to disband or to change its activity; a leader overthrown by a coup). A curfew a mayor
# orders or a law imposed is none, nor a coup only plotted or rumoured.
GROUP_CHANGE = re.compile(
    r"\b(?:form(?:ed|s|ing|ation)|found(?:ed|ing)|creat(?:ed|es|ing|ion)|launch(?:ed|es|ing)|establish(?:ed|es|ing|ment)|"
    r"alliances?|allied|allies|coalitions?|merg(?:ed|es|ing|ers?)|join(?:ed|s|ing)?|unit(?:ed|es|ing)|"
    r"disband(?:ed|s|ing)?|dissol(?:ved|ves|ving|ution)|split|splinter(?:ed)?|factions?|renamed|rebrand(?:ed)?|"
    r"appoint(?:ed|s|ment)|named|elected|leader(?:ship)?|chief|commander|head|succe(?:ed(?:ed|s)?|ssors?|ssion)|"
    r"resign(?:ed|s|ation)|step(?:ped|s)? down|ousted|overthr(?:ew|own)|toppled|deposed|seized power|"
    r"coup(?! (?:attempts?|plots?|rumou?rs?))|replac(?:ed|es|ing)|took over|sacked|dismissed|"
    r"suspend(?:ed|s|ing)|ceas(?:ed|es|ing)|halt(?:ed|s)|stopp?(?:ed|s)|clos(?:ed|es|ing|ure)|shut(?:s| down)?|"
    r"allegiance|defect(?:ed|s|ions?)|surrender(?:ed|s)?|laid down|disarm(?:ed|ament)?|demobili[sz](?:ed|ation)|"
    r"withdr(?:ew|awn|awal)|"
    # a group's decision to give up an activity ("has decided to stop suicide bombings", "a decision to end")
    r"(?:decided|decision) to (?:stop|halt|end|cease|suspend|renounce|abandon))\b", re.I)

# A media outlet closed or suspended ("the radio station Ekho Moskvy was closed and the TV station suspended operations",
# "the newspaper ceased operations") is no conflict actor's change of group or activity: the words of closing, with an
# outlet named in the sentence, tell none (a group's other change told beside them still does).
GROUP_CLOSING = re.compile(r"\b(?:clos(?:ed|es|ing|ure)|shut(?:s| down)?|suspend(?:ed|s|ing)|ceas(?:ed|es|ing)|"
                           r"halt(?:ed|s)|stopp?(?:ed|s))\b", re.I)
MEDIA_OUTLET = re.compile(r"\b(?:(?:radio|television|TV) (?:stations?|channels?|networks?)|newspapers?|"
                          r"news (?:websites?|outlets?|agenc(?:y|ies)|portals?)|media outlets?|broadcasters?)\b", re.I)

# A group giving up an activity: the verbs of stopping, and the words of deciding that make it the group's own
# decision, not a demand or an offer ("decided to stop suicide bombings"; decided_stop.py).
STOP_LEMMAS = frozenset({"stop", "halt", "end", "cease", "suspend", "renounce", "abandon"})
DECIDE_LEMMAS = frozenset({"decide", "decision"})

# Another significant act of an armed actor (the guide's Strategic developments / Other and its decisions): a
# hostage or detainee released or held, a deployment, troops on the streets, a curfew, a closed border, a cut
# network, a search or raid, an operation, advance or evacuation, a coup. "The army wanted to know who had
# invited a maulvi", "forces maintained their defensive positions", "Funeral services are scheduled" tell none.
OTHER_ACT = re.compile(
    r"\b(?:releas(?:ed?|ing)|freed|free|set free|let go|hostages?|captives?|held (?:incommunicado|in|at|by|since|for|"
    r"without|hostage|captive|under)|incommunicado|detain\w*|detention|arrest\w*|custody|"
    r"deploy\w*|dispatch(?:ed|es)?|reinforcements?|mobili[sz]\w*|troops? (?:were |was )?sent|sent (?:troops|soldiers|forces)|"
    r"stationed|on the streets|patroll?\w*|drills?|exercises?|war games|man(?:oeuvres|euvers)|"
    r"curfews?|borders?|crossings?|clos(?:ed|es|ing|ure)|shut\w*|blackouts?|internet|connectivity|phone lines|cut off|"
    r"blocked|blockade|lockdowns?|state of emergency|emergency rule|martial law|bann?(?:ed|s)?|checkpoints?|turned away|"
    r"search\w*|raid\w*|ransack\w*|confiscat\w*|seiz(?:ed|es|ing|ure)|"
    r"operations?|offensive|advance[ds]?|escort\w*|evacuat\w*|withdr(?:ew|awn|awal)|coup|seized power|took (?:control|power)|"
    r"appoint\w*|expell?\w*|deport\w*)\b", re.I)

# Where someone taken is held, told with no taking: "Kadoyimana is reportedly detained at Kicukiro police
# station", "He was booked Saturday morning into the Lee County Jail". The arrest is told elsewhere.
HELD_AT = re.compile(r"\b(?:(?:is|are|remains?|remained|being|been|was|were) (?:\w+ )?(?:detained|held|kept) (?:at|in)|"
                     r"booked (?:\w+ ){0,3}into)\b", re.I)
TAKING_ACT = re.compile(r"\b(?:arrest(?:ed|ing|s)?|apprehend\w*|picked up|rounded up|raid(?:ed|s)?|captur\w*|"
                        r"seiz\w*|abduct\w*|kidnap\w*|(?:taken|took) (?:\w+ ){0,3}into custody|detained (?:by|on|after|during|when))\b",
                        re.I)

# Setting people free (the guide: a release of hostages or captives is Strategic developments / Other; the lemmas
# of the act are arrests.SET_FREE_LEMMAS): what is released that is no person ("released a statement", "freed up
# funds").
RELEASED_THINGS = frozenset("""statement statements report reports video videos footage image images photo photos
picture pictures name names details list figures data document documents funds fund money cash album book film
song record results findings guidelines plan plans update information recording recordings tape tapes stills clip
clips audio transcript transcripts communique communiqué photograph photographs""".split())
# The terms of a release by a court ("released on bail", "freed on bond", "let out on parole"): a court step the guide
# does not code (bail and appeals), no captive set free.
COURT_RELEASE_TERMS = frozenset({"bail", "bond", "parole", "probation", "recognizance"})
# The nouns that make a "release" a text made public ("in a news release", "a press release"), no one set free.
PUBLISHED_RELEASE = frozenset({"news", "press", "media"})
# The people an Other act concerns ("detainees", "hostages", "captives"): as the subject of a verb of saying or of an
# act on another they are its speakers or doers ("three former detainees told reporters"), no act done to them.
CAPTIVE_NOUNS = frozenset({"detainee", "hostage", "captive"})
# Verbs and nouns of a deployment of forces: one whose purpose is a crowd of demonstrators ("police were deployed to
# disperse the protesters") is force used on that protest, which the guide codes with the protest.
DEPLOY_LEMMAS = frozenset({"deploy", "deployment", "dispatch", "station", "mobilize", "mobilise", "mobilization",
                           "mobilisation", "reinforcement"})

# A force reaching a place (the guide's troop deployments, Strategic developments / Other: "troops arrived today",
# "have fanned across the border", "seen heading toward the area"): the verbs of a body that moves to a place, of
# discourse.BODY_MOVES those an incursion that takes a place ("entered", "crossed": territory) or a build-up ("massing":
# not coded) are left out of; "head" added ("heading toward the area").
FORCE_MOVE_LEMMAS = frozenset({"arrive", "advance", "head", "move", "roll", "pour", "deploy", "redeploy", "fan"})
# The bodies that so move: armed forces and their vehicles ("Israeli tanks advanced", "troop re-enforcements have
# started arriving"), and armed men carried in numbers ("truckloads of armed men"); "men" only when armed.
MOVING_FORCE_NOUNS = frozenset("""troops troop soldiers forces force army tanks armour armor reinforcements
re-enforcements reinforcement re-enforcement paratroopers marines commandos militiamen fighters battalion battalions
brigade brigades units""".split())
# What carries a force ("truckloads of armed men", "a convoy of Ethiopian troops"): a force only by what it carries,
# or by a modifier that names it one ("an army convoy", "troop convoys"): an aid convoy or a column of refugees is none.
FORCE_CARRIER_NOUNS = frozenset("truckloads truckload busloads convoy convoys column columns hundreds thousands".split())
FORCE_MODIFIERS = frozenset({"troop", "army", "military", "armoured", "armored", "rebel", "militia"})
# Men who move as a force only when armed ("armed men"; gunmen always), and the moves told in the passive that are
# still a force's act ("troops were deployed": by their commanders, no other side's).
ARMED_MEN_NOUNS = frozenset({"men", "gunmen"})
PASSIVE_FORCE_MOVES = frozenset({"deploy", "redeploy"})
# The prepositions and particles that tell where a force's move goes ("arrived in", "rolled into", "fanned out",
# "advanced to"): a move told with none, or with a word of another tongue ("Forces pour la Défense", French in a
# party's name), reaches no place.
MOVE_DIRECTIONS = frozenset("""in into to toward towards across through on onto near from over inside outside along
around at within up down out back off past beyond behind throughout""".split())
# Verbs over a force's move that pass it on as the sentence's act: reporting and seeing it ("has confirmed
# Australian troops arrived", "have been seen heading"), and its onset ("have started arriving").
MOVE_TELLERS = frozenset({"see", "spot", "witness", "observe", "start", "begin", "continue"})
# Acts of violence that make a force's move part of an armed event ("advanced and killed five militants", "rolled
# in, firing shells"), not a deployment; and a crowd's dispersal ("moved in and dispersed the protesters"): the
# protest's intervention.
FORCE_VIOLENCE_LEMMAS = frozenset("""kill shoot fire shell bomb attack clash fight storm capture recapture seize
retake take overrun wound injure battle ambush raid loot burn destroy strike hit kidnap abduct arrest detain
exchange engage repel repulse liberate free rescue clear pound bombard open die beat disperse break""".split())
# The same told by a noun ("advanced amid clashes with Islamic State fighters", "arrived a day after a massacre in
# which 30 villagers died", "amid heavy gunfire"): the move is part of the violence, or comes after the news.
FORCE_VIOLENCE_NOUNS = frozenset("""clash fighting fight battle gunfire crossfire firefight shootout shelling
bombardment attack assault ambush massacre killing airstrike explosion blast violence""".split())

# A network cut (the guide's Strategic developments / Other: "an internet shutdown during unrest"): "imposed an
# internet and phone blackout", "with the internet down", "connectivity falling by as much as 75%", "authorities
# shut down mobile networks". The internet named alone ("posted on the internet") is none.
NETWORK_CUT = re.compile(
    r"\b(?:(?:internet|phone|mobile|telecoms?|(?<!rail )(?<!road )(?<!transport )network|communications?)"
    r"(?: and (?:phone|mobile|internet|telephone))? "
    r"(?:blackouts?|shut-?downs?|shutoffs?|outages?|cuts?|disruptions?|restrictions?)|"
    r"(?:cut|shut|switched|turned|took|taken|knocked)(?: \w+)? (?:off|down|offline)(?: \w+){0,2} "
    r"(?:internet|mobile|phone|network|telecom)\w*|"
    r"(?:internet|(?<!rail )(?<!road )(?<!transport )network|connectivity|phone lines?)(?: \w+){0,2} "
    r"(?:down|offline|cut|blocked)|"
    r"connectivity (?:fell|falling|dropped|dropping|drops|plunged|plunging)|"
    r"disruptions? (?:to|of|in) (?:the )?(?:internet|connectivity|mobile|phone)|"
    r"disruptions?\b(?: \w+){0,6},? with connectivity)\b", re.I)
# An outage with a technical cause ("the power outage also left phone lines down", "a damaged undersea cable"): no
# one cut the network.
OUTAGE_CAUSE = re.compile(r"\b(?:power (?:cuts?|outages?|failures?)|(?:power|electricity|national) grid|"
                          r"(?:undersea |submarine |fibre |fiber )?cables? (?:was |were )?(?:cut|damaged|severed)|"
                          r"(?:undersea|submarine) cables?)\b", re.I)
# A crowd told demonstrating beside a network cut ("thousands marched as the internet was cut"), named as the doer
# ("demonstrators demanded an end to the blackout"), or protesting the cut itself ("students protest internet
# shutdown"): the protest is the news, the cut its context or its grievance.
CROWD_ACTING = re.compile(r"\b(?:protest(?:ed|ing)|demonstrat(?:ed|ing)|march(?:ed|ing)|rall(?:ied|ying)|gathered|"
                          r"took to the streets|chant(?:ed|ing)|sat in|protesters|demonstrators|marchers|demand\w*|"
                          r"protests? (?:against |over )?(?:the |an? )?(?:[\w-]+ ){0,2}"
                          r"(?:internet|network|phone|mobile|telecom|communications?)\b)", re.I)

# Captives let go, told so (the guide: a hostage released without violence is Strategic developments / Other):
# "released ten hostages", "two hostages were released". Not "freed", which a rescue by force shares ("troops
# freed the hostages"). A cue of Other (patterns.CUES), and the report a merged release is coded from.
CAPTIVES_RELEASED = (r"\b(?:releas(?:ed|es|ing)|set free) (?:(?:the|their|its|all|some|at least|more than|[\w-]+) ){0,3}"
                     r"(?:hostages?|captives?|abductees?)\b|\b(?:hostages?|captives?|abductees?) (?:\w+ ){0,3}"
                     r"(?:were|was|have been|has been|had been|being) (?:released|set free)\b")

# Roles of a person who meets, visits or talks for a state or an international body: the guide's diplomatic contact
# is "between governments, officials or envoys" ("Ambassador Robert Ford", "President Buhari", "the Labour minister").
OFFICIAL_ROLE = re.compile(r"\b(?:president|vice president|prime minister|premier|chancellor|king|emir|minister|"
                           r"secretary|ambassador|envoy|representative|governor|mayor|official|diplomat|negotiator|"
                           r"senator|lawmaker|delegate|chief of staff|national security adviser)\b", re.I)
# Kinds of actor that are a state's or an international body's (the actor catalogue's types).
OFFICIAL_ACTOR_TYPES = frozenset({"government", "state forces", "external/other forces"})

# A deployment told with where the force was sent ("deployed to Jos", "into the town") is a move; one told in the
# present ("are deployed near Kandahar") is where it stands (events/presence.py).
SENT_TO_PREPS = frozenset({"to", "into", "toward", "towards"})
PRESENT_BE = frozenset({"is", "are", "'re"})

# A meeting told as a sentence's own act (contact_act.py): its verb ("met", "meets"), or a verb whose object is the
# meeting ("began meetings", "held talks", "opened consultations").
MEETING_VERB_LEMMAS = frozenset({"meet"})
MEETING_HELD_LEMMAS = frozenset({"begin", "hold", "start", "open", "resume", "conclude", "wrap"})
MEETING_NOUN_LEMMAS = frozenset({"meeting", "talk", "talks", "consultation", "negotiation", "summit"})
# What a force "meets" on its way that is no party to a meeting ("troops met stiff resistance from militants who
# attacked them", "met with heavy fire", "met their deaths"): the fighting is the act, not a contact.
MET_NOT_PARTY_LEMMAS = frozenset({"resistance", "fire", "gunfire", "opposition", "attack", "ambush", "death", "end",
                                  "fate", "response", "retaliation", "force", "violence", "clash"})
