"""English data of ``sitroom/extract/events/figures.py``: how a report states no victims, deaths and injuries
told as one figure, and a sentence that only adds the victims of the incident told before it."""

from __future__ import annotations

import re

from .events.counts import DIED, FILL, KILL_V, NUM, ONE_PERSON, QUAL

# A stated zero: "no one was hurt", "there were no casualties". Hurt, harmed and casualties cover the dead
# too (no one was hurt: no one was killed); "no one was injured" leaves deaths unsaid.
NONE_HURT = re.compile(r"\b(?:no(?: |-)one|nobody|none)\s+(?:was|were|has been|had been|is|got)\s+(?:hurt|harmed)\b|"
                       r"\bno (?:casualties|one hurt)\b|\bwithout (?:any )?casualties\b|\bcaus\w* no casualties\b", re.I)
NONE_KILLED = re.compile(r"\b(?:no(?: |-)one|nobody|none)\s+(?:was|were|has been|had been|is)\s+(?:killed|"
                         r"dead|shot dead)\b|\bno (?:one|body) died\b|\bno (?:deaths|fatalities)\b|\bno lives were lost\b", re.I)
NONE_INJURED = re.compile(r"\b(?:no(?: |-)one|nobody|none)\s+(?:was|were|has been|had been|is)\s+(?:injured|wounded)\b|"
                          r"\bno (?:injuries|one (?:was )?injured)\b", re.I)

# What may stand beside a stated zero in a sentence that tells nothing else: "There were", "were reported", the
# source ("No injuries were reported, the transport ministry said", "according to police").
NONE_ONLY_REST = re.compile(r"\bthere (?:were|was)\b|\b(?:were|was|have been|had been) reported\b|"
                            r",?\s*according to [^.;]*|,[^,.;]{0,80}\b(?:said|says|reported|added|told)\b[^.;]*", re.I)

# Deaths and injuries in one figure: "more than 60 civilians were killed and injured", "60 dead or wounded".
KILLED_AND_INJURED = re.compile(
    rf"\b{QUAL}(?P<n>{NUM}) {FILL}(?:(?:were|was|have been|had been) )?(?:killed|dead) (?:and|or) "
    rf"(?:wounded|injured|hurt)\b|\b(?:killed|killing) (?:and|or) (?:wounded|injured|wounding|injuring) "
    rf"{QUAL}(?P<n2>{NUM})\b", re.I)

# Deaths told without a number: "met with violent suppression resulting in deaths and injuries", "an attack that
# killed and injured camp residents" (the guide codes them 3, as "several"). A figure after the verb is a toll of its
# own ("killed and injured 60": KILLED_AND_INJURED); "more" victims tell a growing tally ("attacks which have killed and
# injured more civilians"), no event's deaths.
DEATHS_UNNUMBERED = re.compile(
    rf"\b(?:result(?:ed|ing|s)? in|caus(?:ed|ing|es)|leav(?:es|ing)|left) (?:(?:several|multiple|numerous) )?"
    rf"(?:deaths|fatalities)\b|\b(?:killed|killing) (?:and|or) (?:wounded|injured|wounding|injuring) "
    rf"(?!{QUAL}{NUM}\b|more\b)(?:[a-z'’-]+ ){{0,2}}?[a-z'’-]+s\b|"
    # a plural told killed by its pronoun or a definite noun, no figure ("they were executed", "the youths were shot dead")
    r"\b(?:they|the (?:[a-z'’-]+ )?[a-z'’-]+s)\s+(?:were|have been|had been)\s+(?:(?:later|then|all|also)\s+)?"
    r"(?:executed|killed|shot dead|murdered|slain|massacred|beheaded)\b", re.I)

# The toll of an earlier act named as the cause or the time of the sentence's act ("following the bus ambush which
# killed 10 settlers, F-16s blasted targets in Gaza", "in the wake of suicide attacks which left 26 dead"): that act's
# dead, not those of the act the main clause tells (the act's own word inside the phrase keeps them). An act brought
# in by "in a/an" after the time is the sentence's own ("stormed the hotel after midnight in an attack that killed 20").
EARLIER_ACT_TOLL = re.compile(
    r"\b(?:after|following|in the wake of|in retaliation for|in response to|to avenge)\s+(?:(?:the|a|an|last|this|"
    r"[\w’'-]+['’]s?)\s+)?(?!killing\b)(?:(?!in\s+an?\s)[\w’'-]+\s+){1,5}?(?:which|that)\s+(?:had\s+|have\s+)?(?:killed|left|claimed)\b[^,;.]*", re.I)

# The same told as a clause of time with its own killing, active or passive ("blasted targets in Gaza after militants
# killed 10 Israelis", "a week after 20 people were killed in a similar attack"): the earlier act's dead. Only read
# apart from an act whose word stands outside it (figures.own_toll_text), not a time of day ("after midnight").
_AFTER_WHO = (r"(?:(?!(?:killing|midnight|dark|dawn|dusk|noon|sunset|sunrise|nightfall|prayers|which|that|he|she|they|it|"
              r"we|i)\b)[\w’'-]+\s+){1,4}?")
EARLIER_CLAUSE_TOLL = re.compile(
    rf"\b(?:after|since)\s+(?:{_AFTER_WHO}(?:had\s+|have\s+)?(?:killed|shot dead|left)\s+{QUAL}{NUM}\b|"
    rf"{QUAL}{NUM}\s+{FILL}(?:were|was|had been|have been)\s+(?:killed|shot dead|slain|murdered)\b)[^,;.]*", re.I)
# A clause of time set apart from the act by a distance ("two days after", "hours after"): another incident's time.
DISTANT_BEFORE = re.compile(r"\b(?:hours?|days?|nights?|weeks?|months?|years?)\s+$", re.I)

# A figure told as an earlier report that a later one revised ("The Pentagon had earlier confirmed that two soldiers
# were killed", "initial reports said four died"): superseded, so the other report's figure stands.
SUPERSEDED_FIGURE = re.compile(r"\b(?:had|has)\s+earlier\s+(?:confirmed|said|reported|announced|put)\b|"
                               r"\binitial(?:ly)?\s+(?:reports?|figures?|tolls?|said|reported)\b|"
                               r"\bearlier\s+(?:reports?|figures?|tolls?)\b", re.I)
# ... unless the sentence tells the revision itself: it names the earlier figure only to replace it ("killed at least
# 18 people, an official said, revising an earlier toll", "the toll rose from eight initially reported"): its own
# figure is the revised one.
REVISES_FIGURE = re.compile(r"\b(?:revis(?:ed|ing|es)|updat(?:ed|ing)|"
                            r"(?:rose|risen|climbed|jumped|up)\s+from)\b", re.I)

# A sentence that only adds the victims of the incident the sentence before tells: it opens with their
# figure and a passive verb of harm ("Two civilians were killed, according to the health ministry.") or
# with the toll ("The death toll rose to 12"). Notes and headlines drop the auxiliary ("3 fighters killed."): the
# verb then ends the clause, or it would be active ("3 fighters killed two soldiers").
VICTIMS_ONLY = re.compile(
    rf"^\W*(?:{QUAL}(?:{NUM}) {FILL}(?:were|was|have been|had been) (?:also )?(?:killed|wounded|injured|hurt|"
    rf"shot dead|killed or wounded|killed and wounded)\b|{QUAL}(?:{NUM}) {FILL}(?:killed|wounded|injured|hurt|"
    rf"killed and wounded)\s*(?:[.;]|$)|(?:the )?(?:death )?toll (?:rose|climbed|stood|reached|"
    rf"was)\b|(?:among|of) the (?:dead|victims|killed)\b)", re.I)

# The one victim of the incident told just before dying later, told by a pronoun or a definite person's noun ("He died in hospital
# on Wednesday", "The reporter was pronounced dead at a local hospital"): one death of that incident (ACLED counts a
# death from the wounds in the event), whatever day the death has.
LATER_DEATH = re.compile(rf"^\W*(?:he|she|the (?:[\w-]+ ){{0,2}}(?:victim|{ONE_PERSON}))\s+"
                         r"(?:later |subsequently |eventually )?(?:died|succumbed|was pronounced dead|was declared dead|"
                         r"passed away)\b", re.I)

# The one attacker of the incident told just before killed at the scene, told in the next sentence ("The gunman was
# shot dead by police", "The militant was wounded in the botched attack and was quickly shot dead"): one more death of
# that event (the guide counts an attacker killed in his own attack in its toll), added to his victims' figure.
ATTACKER_LATER_DEATH = re.compile(
    r"^\W*the\s+(?:lone\s+|suspected\s+|would-be\s+|suicide\s+)?(?:attacker|assailant|gunman|shooter|bomber|militant)\b"
    r"[^.;]{0,80}?\b(?:was|had been|has been)\s+(?:(?:later|then|quickly|eventually|subsequently|himself|herself)\s+)?"
    r"(?:killed|shot dead|shot and killed|gunned down)\b", re.I)

# The victims are added to those told before, not the same dead told again.
ALSO = re.compile(r"\b(?:also|too|as well|in addition|another|other)\b", re.I)

# A victims' sentence that names its incident ("wounded in the attack") says which event it belongs to: the
# events stage joins such a mention to the nearest earlier event of its type (rules.merge_events).
NAMES_INCIDENT = re.compile(r"\b(?:in|during|by|from|after) the (?:\w+ )?(?:attacks?|assaults?|shootings?|blasts?|"
                            r"explosions?|bombings?|strikes?|airstrikes?|raids?|ambush|clash(?:es)?|fighting|"
                            r"violence|incident|shelling|protests?)\b", re.I)

# The attacking side's dead, told apart from their victims: "attacked a checkpoint, killing eight soldiers. The
# army said it killed several attackers" tells two groups of dead, whose sum is the event's toll (ACLED counts
# every death of the event), where two figures for the same side are the same dead told twice.
ATTACKERS = re.compile(r"^(?:attackers?|assailants?|gunm[ae]n|militants?|insurgents?|terrorists?|jihadists?|"
                       r"rebels?|bandits?|kidnappers?|extremists?|raiders?|jihadis)$", re.I)
# The figure of the dead and the (one or two) words of whom: "killing eight soldiers", "killed 10 of the
# gunmen", "three police officers were killed".
DEAD_WHO = re.compile(rf"\b(?:{KILL_V} {QUAL}{NUM} (?:of (?:the|them|their) )?(?P<who>[A-Za-z'-]+(?: [A-Za-z'-]+)?)|"
                      rf"{QUAL}{NUM} (?:of (?:the|their) )?(?P<who2>[A-Za-z'-]+(?: [A-Za-z'-]+)?) {FILL}{DIED})\b",
                      re.I)
# Words after a figure that do not say whom it counts.
NOT_WHO = {"and", "or", "of", "in", "at", "on", "the", "were", "was", "have", "had", "been", "people", "others",
           "more", "other", "including", "during", "while", "when", "after", "before", "near", "as", "by", "with"}
