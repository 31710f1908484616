"""Cue patterns: words that signal an event type, and words that only hint at one.

A *decisive* cue (weight 2.0) settles the type whatever the classifier says ("claimed responsibility",
"suicide bomber", "military drills"): ACLED's coding follows from those words alone.
A *strong* cue (weight 1.0) is close to unambiguous ("suicide bomber", "airstrike", "took control of").
A *weak* cue (weight 0.5) needs the classifier's judgement ("attack", "clashes", "protest").
A *near-miss* is a word that makes a sentence worth a look without pointing to a type ("killed", "fighters");
a sentence with neither cue nor near-miss is never classified, which keeps the stage fast.

Cues feed the classifier as features (one value per label), so the model learns how far to trust them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ...lang.en.victims import HORS_DE_COMBAT_KILLING
from .taxonomy import LABELS

DECISIVE = 2.0
STRONG = 1.0
WEAK = 0.5

# Word stems reused in several cues.
_KILL = r"(?:kill(?:ed|ing|s)?|shot dead|gunned down|murder(?:ed|ing)?|execut(?:ed|ing|ion|ions)|slain|massacr(?:e|ed|es))"
_FORCES = r"(?:troops|soldiers|army|forces|military|police|security forces|militants?|insurgents?|rebels?|fighters)"

_CUES: dict[str, list[tuple[str, float]]] = {
    "Battles / Armed clash": [
        (r"\b(?:clash(?:es|ed)?|gun ?battles?|firefights?|fire ?fights?|exchanges? of (?:gun)?fire|(?:exchanged|traded|trading|exchanging) "
         r"(?:gun)?fire|shoot-?outs?|battled|battling|pitched battles?|heavy fighting|fierce fighting)\b", STRONG),
        (r"\b(?:gunfire|firing|combat|hostilities|counter-?attack(?:ed)?|assault(?:ed)? (?:on )?(?:an? |the )?(?:army|military|police)? ?"
         r"(?:base|positions?|post|checkpoint))\b", WEAK),
        (r"\b(?:fighting|fought|skirmish(?:es)?|engag(?:ed|ement) with|repulsed|repelled|ambush(?:ed|es)?)\b", WEAK),
        (r"\battack(?:ed|s)? (?:on )?(?:an? |the )?(?:\w+ )?(?:army|military|police)? ?(?:checkpoint|outpost|base|post|convoy|patrol)s?\b", WEAK),
        (r"\boverran\b.{0,40}\bcheckpoints?\b", STRONG),
        # Fire on the posts and patrols of armed forces: "opened fire on a police station", "fired on a security patrol".
        (r"\b(?:shoot(?:ing|s)?|shot|fir(?:ed|ing)|open(?:ed|ing)? fire)\b(?: (?:on|at|upon|into))? (?:an? |the |their |its )?"
         r"(?:[\w-]+ ){0,2}(?:checkpoints?|outposts?|(?:army|military|police) (?:posts?|bases?|stations?)|convoys?|patrols?)\b", WEAK),
        (r"\boffensive\b", WEAK),
    ],
    "Battles / Government regains territory": [
        (r"\b(?:back in (?:government|state|army) hands|drove (?:out|back)|pushed .{0,40}\bout of|expelled)\b", WEAK),
        (r"\b(?:recaptur(?:ed|e|ing)|retook|retaken|re-?took|regain(?:ed|s)? control|liberat(?:ed|ion of)|reclaim(?:ed|s)?|"
         r"cleared .{0,30} of (?:militants|insurgents|rebels|fighters))\b", STRONG),
    ],
    "Battles / Non-state actor overtakes territory": [
        (r"\blost (?:control of )?[\w ,'-]{2,50}? to\b", WEAK),
        (r"\b(?:took|taken|take|takes|seiz(?:ed|e|es)|captur(?:ed|e|es)|gain(?:ed)?|overr(?:an|un)|establish(?:ed)?) control (?:of|over)\b", STRONG),
        (r"\b(?:captur(?:ed|es)|seiz(?:ed|es)|overr(?:an|un)|fell to|stormed|took over)\b", WEAK),
        (r"\bunder (?:the )?(?:full )?control of (?:the )?(?:militants|insurgents|rebels|jihadists)\b", WEAK),
    ],
    "Explosions/Remote violence / Chemical weapon": [
        (r"\b(?:chemical weapons?|sarin|chlorine|mustard gas|nerve agent|poison gas|toxic (?:gas|chemical))\b", DECISIVE),
        (r"\b(?:chemical (?:weapons?|attack|agents?|munitions?)|sarin|chlorine (?:gas|attack|barrel)|mustard gas|nerve agent|toxic gas)\b", STRONG),
    ],
    "Explosions/Remote violence / Air/drone strike": [
        (r"\b(?:unmanned aerial vehicles?|drones? (?:fired|struck|dropped|hit)|from the air)\b", STRONG),
        (r"\b(?:air ?strikes?|air-strikes?|airstrikes?|air raids?|drone (?:strikes?|attacks?)|bomb(?:ed|ing) raids?|"
         r"warplanes?|fighter jets?|helicopter gunships?|aerial (?:bombardment|attack|strike)s?|uavs?|"
         r"(?:jets|aircraft|drones?|helicopters?) (?:struck|bombed|hit|fired|targeted|attacked))\b", STRONG),
    ],
    "Explosions/Remote violence / Suicide bomb": [
        (r"\b(?:suicide (?:bomb\w*|attack\w*|car bomb\w*|vest)|blew (?:himself|herself|themselves) up|martyrdom (?:seekers?|operations?|attack)|explosives?-laden|bomb strapped to|explosive (?:vest|belt))\b", DECISIVE),
        (r"\b(?:suicide (?:bomb(?:er|ers|ing|ings)?|attack(?:er|ers|s)?|car bomb(?:ing)?|vest|blast)|blew (?:himself|herself|themselves) up|"
         r"detonated (?:his|her|their) (?:explosive )?(?:vest|belt)|svbied?)\b", STRONG),
    ],
    "Explosions/Remote violence / Shelling/artillery/missile attack": [
        (r"\b(?:shell(?:ed|ing|s)|artillery|mortars?|rockets?|missiles?|howitzers?|katyushas?|barrage|rocket-propelled|"
         r"ballistic|cruise missile)\b", STRONG),
    ],
    "Explosions/Remote violence / Remote explosive/landmine/IED": [
        (r"\b(?:ieds?|improvised explosive|roadside bomb(?:s|ing)?|land ?mines?|landmines?|car bomb(?:s|ing)?|"
         r"bomb (?:blast|explosion|attack)|(?:bomb|mine|explosive device) (?:exploded|went off|detonated)|magnetic bomb|"
         r"remote[- ]controlled (?:bomb|explosive|device)|explosive device|vbied)\b", STRONG),
        (r"\b(?:explosions?|blasts?|bomb(?:s|ing)?|exploded|detonat(?:ed|ion))\b", WEAK),
    ],
    "Explosions/Remote violence / Grenade": [
        (r"\b(?:grenades?|hand ?grenade)\b", STRONG),
    ],
    "Violence against civilians / Sexual violence": [
        (r"\b(?:rap(?:ed|e|es|ing)|gang-raped|sexual(?:ly)? (?:violence|assault\w*|abuse\w*|slavery)|as wives by force|forced (?:into )?marriages?)\b", DECISIVE),
        (r"\b(?:rap(?:ed|e|es|ing)|sexual(?:ly)? (?:violence|assault(?:ed)?|abuse[ds]?|exploitation)|gang-raped|sexual slavery)\b", STRONG),
    ],
    "Violence against civilians / Attack": [
        (rf"\b{_KILL}\b.{{0,60}}\b(?:civilians?|villagers?|residents?|farmers?|worshippers?|passengers?|students?|"
         r"teachers?|journalists?|women|children|aid workers?|herders?|traders?|family|families|prisoners?|detainees?|"
         r"surrendered|captured soldiers|captives?|hostages?)\b", STRONG),
        (r"\b(?:civilians?|villagers?|residents?|farmers?|worshippers?|journalists?|aid workers?)\b.{0,60}\b(?:"
         + _KILL + r"|attacked|shot|hacked|beaten|burned|tortured)\b", STRONG),
        (HORS_DE_COMBAT_KILLING, STRONG),
        (r"\b(?:executions? of|summar(?:y|ily) execut\w*|extrajudicial|hacked to death|"
         r"tortur(?:ed|e)|assassinat(?:ed|ion|e)|beheaded|lynched)\b", STRONG),
        (r"\b(?:gunmen|assailants|unidentified (?:armed )?men|attackers)\b", WEAK),
        (rf"\b{_KILL}\b", WEAK),
    ],
    "Violence against civilians / Abduction/forced disappearance": [
        (r"\b(?:missing since|picked (?:him|her|them) up|took [\w ]{0,40}hostages?|holding [\w ]{0,30}hostages?|for ransom)\b", STRONG),
        (r"\b(?:abduct(?:ed|ion|ions|s|ing)?|kidnap(?:ped|ping|pings|s)?(?! (?:gangs?|rings?|syndicates?|suspects?|charges?|kingpins?))|taken hostage|took .{0,20}hostage|"
         r"forcibly disappeared|enforced disappearance|went missing after|whereabouts (?:remain|are) unknown|"
         r"seized .{0,30}(?:hostage|captive))\b", STRONG),
    ],
    "Protests / Peaceful protest": [
        (r"\b(?:denounc\w+|placards|chant(?:ed|ing)|(?:closed|shut|shuttered) their shops|gathered (?:at|in|outside|in front of))\b", WEAK),
        (r"\b(?:protest(?:ed|ers|s|ing)?|demonstrat(?:ed|ion|ions|ors|ing)|rall(?:y|ies|ied)|march(?:ed|es)?|sit-ins?|"
         r"vigils?|hunger strikes?|strik(?:e|es|ing) (?:workers|teachers|doctors|nurses)|picket(?:ed|s)?|walkouts?)\b", WEAK),
        (r"\b(?:peaceful(?:ly)? (?:protest|demonstrat|march|rall|gather)\w*)\b", STRONG),
    ],
    "Protests / Protest with intervention": [
        (r"\b(?:dispers(?:ed|e)|tear ?gas|water cannons?|broke up|baton[- ]charged|rubber bullets)\b", STRONG),
        (r"\b(?:arrested|detained) .{0,40}(?:protesters|demonstrators|marchers|activists)\b", STRONG),
    ],
    "Protests / Excessive force against protesters": [
        (r"\b(?:opened fire on|fired (?:live (?:ammunition|rounds) )?(?:on|at|into)|shot dead|killed)\b.{0,50}"
         r"\b(?:protesters|demonstrators|marchers|crowds?)\b", STRONG),
        (r"\b(?:protesters|demonstrators|marchers)\b.{0,50}\b(?:were )?(?:shot dead|killed|gunned down)\b", STRONG),
        (r"\blive (?:ammunition|rounds|fire)\b", WEAK),
    ],
    "Riots / Violent demonstration": [
        (r"\b(?:riot(?:s|ed|ing|ers)?(?! (?:police|gear|squads?|shields?|control|units?|act|officers))|threw (?:stones|rocks|petrol bombs|molotov)|stone-throwing|petrol bombs|"
         r"molotov cocktails?|torched|set fire to|set ablaze|vandali[sz]ed|clashed with police)\b", STRONG),
        (r"\b(?:violent (?:protest|demonstration)s?|protest(?:ers)? turned violent)\b", STRONG),
    ],
    "Riots / Mob violence": [
        (r"\b(?:a crowd (?:dragged|beat|attacked|lynched|burned|stoned)|burned (?:him|her|them) alive|beat (?:him|her|them) to death|set upon)\b", STRONG),
        (r"\b(?:mobs?|lynch(?:ed|ing)?|vigilantes?|angry (?:crowd|residents|villagers)|communal (?:violence|clashes)|"
         r"machetes?|clubs and|sticks and)\b", STRONG),
    ],
    "Strategic developments / Agreement": [
        (r"\b(?:humanitarian pause|accepted a (?:pause|truce|ceasefire)|(?:signed|initialled|concluded) (?:an?|the) (?:\w+ )?(?:accord|agreement|truce|deal))\b", STRONG),
        (r"\b(?:ceasefire|cease-fire|truce|peace (?:deal|agreement|accord|treaty)|signed (?:an?|the) (?:agreement|accord|deal|memorandum)|"
         r"prisoner (?:swap|exchange)|exchange of prisoners|agreed to (?:a|an) (?:ceasefire|truce|exchange))\b", STRONG),
        (r"\b(?:agreement|accord|deal|agreed)\b", WEAK),
    ],
    "Strategic developments / Arrests": [
        (r"\b(?:arrest(?:ed|s|ing)?|detain(?:ed|s|ing)|taken into custody|rounded up|apprehended|nabbed|picked up by)\b", STRONG),
        (r"\b(?:raids?|crackdown|custody|held in)\b", WEAK),
    ],
    "Strategic developments / Change to group/activity": [
        (r"\b(?:curfew|martial law|state of emergency|banned|outlawed|proscribed|designated .{0,30}terrorist|"
         r"new (?:leader|commander|emir)|appoint(?:ed|ment of) (?:a |as )?new|named (?:a )?new|merg(?:ed|er)|defect(?:ed|ion|ions|ors)|recruit(?:ed|ment|ing)|"
         r"disband(?:ed)?|split from|pledged allegiance|suspended (?:operations|activities))\b", WEAK),
    ],
    "Strategic developments / Disrupted weapons use": [
        (r"\b(?:shot down|intercepted|downed) [\w ]{0,25}(?:drones?|missiles?|rockets?|uavs?)\b|\bdefus(?:ed|ing)\b", DECISIVE),
        (r"\b(?:defus(?:ed|e|ing)|dismantl(?:ed|e)|de-?mined|bomb disposal|seiz(?:ed|ure of) .{0,40}"
         r"(?:weapons|arms|ammunition|explosives|rifles|ieds?|rockets)|weapons cache|arms cache|foiled|thwarted|"
         r"intercepted .{0,30}(?:drone|missile|rocket)s?|shot down (?:a|an|two|three|several)? ?(?:\w+ )?(?:drones?|missiles?|uavs?))\b", STRONG),
    ],
    "Strategic developments / Headquarters or base established": [
        (r"\b(?:command cent(?:re|er)|turned it into an? (?:military )?(?:post|base|barracks)|installed [\w ]{0,20}(?:base|headquarters|camp|command))\b", STRONG),
        (r"\b(?:set up|established|establish|building|built|opened) .{0,40}(?:bases?|headquarters|outposts?|"
         r"observation posts?|checkpoints?|camps?|positions)\b", STRONG),
    ],
    "Strategic developments / Looting/property destruction": [
        (r"\b(?:granaries (?:emptied|looted)|crops burned|bulldoz(?:ed|ing)|torched (?:homes|houses|shops|villages?))\b", STRONG),
        (r"\b(?:loot(?:ed|ing|ers)?|ransack(?:ed|ing)?|plunder(?:ed|ing)?|pillag(?:ed|ing)|burn(?:ed|t) (?:down )?(?:\w+ )?"
         r"(?:houses|homes|shops|villages?|crops|schools?|churches|mosques|granaries)|demolish(?:ed)?|destroy(?:ed|ing) "
         r"(?:\w+ )?(?:houses|homes|property|crops|schools?|bridges?|towers?|power lines?))\b", STRONG),
    ],
    "Strategic developments / Non-violent transfer of territory": [
        (r"\b(?:withdr(?:ew|awn|aw) from|handed over|hand(?:ed)? over control|without (?:a )?(?:fight|resistance|a shot)|"
         r"abandon(?:ed)? (?:their )?(?:positions|bases?|posts?|the town)|surrender(?:ed)? (?:the )?(?:town|district|city|base)|"
         r"pulled out of|vacated|retreated from)\b", STRONG),
    ],
    "Strategic developments / Other": [
        (r"\b(?:military (?:drills?|exercises?)|joint (?:drills?|exercises?)|war games)\b", DECISIVE),
        (r"\b(?:military (?:drills?|exercises?)|joint (?:drills?|exercises?|patrols?)|war games|"
         r"clos(?:ed|ing|es) (?:the |its |their )?(?:border|crossings?|border crossings?)|reinforcements?|deployed|"
         r"deployment|mobiliz(?:ed|ation)|troop build-?up|evacuat(?:ed|ion))\b", WEAK),
    ],
    "Diplomacy / Diplomatic contact": [
        (r"\b(?:visit(?:ed|s|ing)?|talks|summit|held (?:a )?(?:meeting|talks|phone call|call)|met with|meeting with|"
         r"phone call|telephoned|spoke by phone|hosted|delegation|envoy|negotiat(?:ions|ed|ing)|consultations|"
         r"arrived in|traveled to|travelled to|received (?:a|the) .{0,30}(?:minister|delegation|president|envoy))\b", WEAK),
        (r"\b(?:state visit|official visit|bilateral talks|diplomatic (?:talks|visit|meeting)|foreign ministers? (?:met|held)|"
         r"(?:a|an) \w+-day visit)\b", STRONG),
        # A party's envoys arriving somewhere: "the delegation headed by X arrived on ...", "the envoy landed in".
        (r"\b(?:delegations?|envoys?|emissar(?:y|ies)|ambassadors?|negotiators)\b[^.;:]{0,60}?\b(?:arrived|arrives|arriving|"
         r"landed)\b", STRONG),
    ],
    "Statements / Claim of responsibility": [
        (r"\b(?:claimed responsibility|claiming responsibility|took responsibility|(?:was|were) behind the (?:attack|assault|bombing|ambush|killing)s?)\b", DECISIVE),
        (r"\b(?:claimed responsibility|claims? of responsibility|claiming responsibility|took responsibility|"
         r"accepted responsibility|responsibility for the|blamed .{0,50}(?:for the|for an?) (?:attack|bombing|blast|killing)|"
         r"(?:attack|bombing|blast|killing)s? (?:was|were) blamed on|no group has (?:yet )?claimed)\b", STRONG),
    ],
    "Disasters / Natural disaster": [
        (r"\b(?:tremor|torrential rains?|hillside (?:gave way|to give way|collapsed)|earthquakes?|flash floods?|landslides?(?! (?:wins?|victory|victories|majority|election))|cyclone|hurricane|typhoon)\b", DECISIVE),
        (r"\b(?:earthquakes?|quake|floods?|flooding|flash floods?|landslides?(?! (?:wins?|victory|victories|majority|election))|mudslides?|cyclones?|hurricanes?|typhoons?|"
         r"tsunami|drought|wildfires?|bushfires?|volcan(?:o|ic eruption)|avalanche|heavy rains?|storms?|tornado(?:es)?|heatwave)\b", STRONG),
    ],
    "Disasters / Man-made disaster": [
        (r"\b(?:(?:factory|building|mine|warehouse|market|hospital) (?:fire|collapse|blaze)|collaps(?:ed|e)|derail(?:ed|ment)|"
         r"(?:plane|bus|train|boat|ferry|helicopter) (?:crash(?:ed)?|capsized|sank)|crashed|capsiz(?:ed|e)|gas (?:explosion|leak)|"
         r"industrial accident|chemical (?:spill|leak)|oil spill|dam burst|stampede|tanker (?:explosion|fire)|blaze|fire broke out)\b", STRONG),
    ],
    "Crime / Organised crime": [
        (r"\b(?:extort\w*|drug (?:traffick\w+|cartels?|gangs?|routes?|territory)|cartel|turf war)\b", STRONG),
        (r"\b(?:drug (?:traffick\w+|cartel|gang|lord|smuggl\w+|seizure)s?|cartels?|gangs?|gangsters?|traffick(?:ing|ers|ed)|"
         r"smuggl(?:ing|ers|ed)|armed robbery|robbers|robbed|extortion|cocaine|heroin|methamphetamine|money laundering|"
         r"cattle rustl\w+|bandits?|contraband)\b", STRONG),
    ],
}

# Weak cues for phrasings the ones above miss (found among written training reports that had no cue, so
# the classifier never saw them at run time): they only make a sentence a candidate and tell the
# classifier which type the words lean to; it decides.
_MORE_WEAK: dict[str, str] = {
    "Battles / Armed clash": r"\b(?:engaged (?:the|an?) (?:enemy|\w+ (?:army|forces|troops))|armed confrontation|"
                             r"traded (?:\w+ )?fire|battles? raged|fighting raged)\b",
    "Battles / Government regains territory": r"\b(?:back in control of|wrest(?:ed|s)? back|restored to (?:state|government) control|"
                                              r"reasserted control|(?:chased|dislodg(?:ed|ing)|routed?|routing) .{0,40}\b(?:out of|from)|"
                                              r"cleared of (?:terrorist|militant|rebel)|raised the national flag)\b",
    "Battles / Non-state actor overtakes territory": r"\b(?:swept into|conquered|fall of [A-Z][\w'-]+|have taken [A-Z]|"
                                                    r"fell into the hands of|hoist(?:ed|ing) their flag)\b",
    "Strategic developments / Non-violent transfer of territory": r"\b(?:walked into|changed hands|redeployed away from|"
                                                                  r"handover|handed the keys|moved in unopposed|unopposed)\b",
    "Strategic developments / Change to group/activity": r"\b(?:defect(?:ed|ors?|ion)|deserted|joined forces|splinter (?:faction|group)|"
                                                         r"broke away|new name|renamed|merg(?:ed|er)|conscript(?:ed|ing|ion)|"
                                                         r"forcibly recruit\w*|lockdown|curfew|state of emergency|martial law|"
                                                         r"reintegration)\b",
    "Strategic developments / Looting/property destruction": r"\b(?:stripped bare|carted (?:off|away)|made off with|tore down|"
                                                             r"wreck(?:ed|ing)|razed|burned down|burnt down|arson\w*|"
                                                             r"set (?:fire|ablaze) (?:to )?(?:\w+ )?(?:homes|houses|shops|offices|market|"
                                                             r"trucks|vehicles|property))\b",
    "Strategic developments / Other": r"\b(?:airlift(?:ed|ing)?|column of (?:tanks|armoured)|live-fire|closed the airspace|"
                                      r"suspended (?:all )?flights|border crossings? (?:were|was) (?:shut|closed)|reservists|"
                                      r"reinforce the garrison)\b",
    "Strategic developments / Headquarters or base established": r"\b(?:new (?:army |military )?(?:garrison|base|outpost|position|stronghold)|"
                                                                 r"fortified|logistics hub|erected roadblocks|airstrip|barracks|"
                                                                 r"bunkers|dug in)\b",
    "Riots / Mob violence": r"\b(?:stoned to death|beaten to death by|took the law into their own hands|lynch(?:ed|ing)?|"
                            r"burned alive by a crowd|mob|vigilantes?)\b",
    "Violence against civilians / Abduction/forced disappearance": r"\b(?:bundled .{0,40} into|taken away|took .{0,30} away|"
                                                                   r"snatch(?:ed|es)?|not been seen since|whereabouts)\b",
    "Violence against civilians / Attack": r"\b(?:flogg(?:ed|ing)|beat .{0,30} to death|fired on (?:a )?civilian|"
                                           r"went from house to house)\b",
    "Protests / Peaceful protest": r"\b(?:on strike|went on strike|observed a strike|general strike|sit-?ins?|"
                                   r"waving banners|marching on|walked silently|pitched tents in front of)\b",
    "Disasters / Man-made disaster": r"\b(?:collided|overturned|burst into flames|pipeline ruptured|bootleg liquor|"
                                     r"sank|spread through a camp)\b",
    "Disasters / Natural disaster": r"\b(?:burst its banks|gale-force winds|hailstorms?|sandstorms?|dust ?storms?)\b",
    "Diplomacy / Diplomatic contact": r"\b(?:discussed bilateral relations|exchanged views|by telephone|met (?:with )?[A-Z][\w ]{0,30} in)\b",
    "Strategic developments / Agreement": r"\b(?:swapped prisoners|prisoner (?:swap|exchange)|signed (?:a |an )?(?:deal|accord|agreement|truce))\b",
    "Strategic developments / Arrests": r"\b(?:swooped on|picked up|rounded up|taken into custody)\b",
    "Strategic developments / Disrupted weapons use": r"\b(?:arms depot|weapons cache|arms cache|defused|controlled explosion)\b",
    "Statements / Claim of responsibility": r"\b(?:carried out the (?:blessed )?operation|said the group's (?:men|fighters)|"
                                            r"claimed the (?:downing|attack|killing))\b",
}
for _label, _rx in _MORE_WEAK.items():
    _CUES[_label].append((_rx, WEAK))

@dataclass(frozen=True)
class Cue:
    """A cue found in a sentence: the label it points to, its weight and where it is."""

    label: str
    weight: float
    start: int  # character offsets into the text the patterns ran over
    end: int
    text: str


_COMPILED: list[tuple[str, re.Pattern, float]] = [
    (label, re.compile(rx, re.IGNORECASE), weight) for label, cues in _CUES.items() for rx, weight in cues
]
assert all(label in LABELS for label, _, _ in _COMPILED), "a cue names an unknown label"


# Python's regex engine tries every alternative at every position, so running all the cue patterns
# over every sentence cost more than the rest of the stage. Each pattern instead gets the set of
# lower-cased strings (up to PREFIX_LEN characters) its matches can start with, read off its parse
# tree; a pattern runs only on sentences where some word starts with one of them (find_cues is
# unchanged in result; tests/extract/events/test_patterns.py checks it against a plain scan).
PREFIX_LEN = 5
_WORD = re.compile(r"\w+")


def _prefixes(items, starts: set[tuple[str, bool]]) -> Optional[set[tuple[str, bool]]]:
    """Extend the (prefix, closed) pairs by the parsed pattern ``items``; None when unbounded.
    A prefix is closed once it is PREFIX_LEN long or the pattern can no longer be followed exactly."""
    from re import _constants as sre

    out = set(starts)
    for op, av in items:
        open_ = {p for p, closed in out if not closed}
        if not open_:
            break
        done = {(p, True) for p, closed in out if closed}
        if op is sre.AT:
            continue
        if op is sre.LITERAL or op is sre.IN:
            chars = _chars(op, av)
            if chars is None:
                out = done | {(p, True) for p in open_}
                continue
            out = done | {(p + ch, len(p) + 1 >= PREFIX_LEN) for p in open_ for ch in chars}
        elif op is sre.SUBPATTERN:
            sub = _prefixes(av[-1], {(p, False) for p in open_})
            if sub is None:
                return None
            out = done | sub
        elif op is sre.BRANCH:
            acc = set(done)
            for alt in av[1]:
                sub = _prefixes(alt, {(p, False) for p in open_})
                if sub is None:
                    return None
                acc |= sub
            out = acc
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            lo, _, body = av
            sub = _prefixes(body, {(p, False) for p in open_})
            if sub is None:
                return None
            # After a repeat the exact continuation is unknown: everything it may leave is closed.
            out = done | {(p, True) for p, _ in sub} | ({(p, True) for p in open_} if lo == 0 else set())
        else:
            out = done | {(p, True) for p in open_}
    return out


def _chars(op, av) -> Optional[list[str]]:
    """The lower-cased characters a LITERAL or a small character class stands for (None: too many)."""
    from re import _constants as sre

    if op is sre.LITERAL:
        return [chr(av).lower()]
    chars = []
    for kind, val in av:
        if kind is sre.LITERAL:
            chars.append(chr(val).lower())
        elif kind is sre.RANGE and val[1] - val[0] < 40:
            chars.extend(chr(c).lower() for c in range(val[0], val[1] + 1))
        else:
            return None
    return sorted(set(chars))


def _gate(rx: re.Pattern) -> Optional[frozenset[str]]:
    """The prefixes a match of ``rx`` starts with, or None when they cannot be bounded (always run)."""
    from re import _parser

    found = _prefixes(_parser.parse(rx.pattern, rx.flags), {("", False)})
    if found is None or any(not p or not (p[0].isalnum() or p[0] == "_") for p, _ in found):
        return None  # a match could start with nothing or with a non-word character: no word to key on
    # Sentences are keyed by the starts of their words, so a prefix running past its first word
    # ("a car") is cut back to that word ("a").
    return frozenset(_WORD.match(p).group(0) for p, _ in found)


_GATES = [_gate(rx) for _, rx, _ in _COMPILED]
_GATE_LENGTHS = sorted({len(p) for g in _GATES if g for p in g})
# The gates inverted: each word start -> the patterns it may open. A sentence looks up its words' starts
# once instead of testing every pattern's gate (67 set tests per sentence).
_BY_PREFIX: dict[str, list[int]] = {}
for _i, _g in enumerate(_GATES):
    for _p in _g or ():
        _BY_PREFIX.setdefault(_p, []).append(_i)
_UNGATED = [i for i, g in enumerate(_GATES) if g is None]


def _word_starts(text: str) -> set[str]:
    """The lower-cased strings, of every length a gate uses, that start a word of ``text``."""
    return {w[:n] for w in _WORD.findall(text.lower()) for n in _GATE_LENGTHS}


def _patterns_for(text: str) -> list[int]:
    """Indices (in _COMPILED order) of the patterns whose gate a word of ``text`` opens, plus the ungated."""
    hit = set(_UNGATED)
    for w in set(_WORD.findall(text.lower())):
        ids = _WORD_PATTERNS.get(w)
        if ids is None:
            ids = _opened_by(w)
        if ids:
            hit.update(ids)
    return sorted(hit)


# Word -> the patterns its starts open, memoised (news repeats its vocabulary), bounded for a server.
_WORD_PATTERNS: dict[str, tuple[int, ...]] = {}


def _opened_by(word: str) -> tuple[int, ...]:
    ids = tuple(sorted({i for n in _GATE_LENGTHS for i in _BY_PREFIX.get(word[:n], ())}))
    if len(_WORD_PATTERNS) < 200_000:
        _WORD_PATTERNS[word] = ids
    return ids


def find_cues(text: str, offset: int = 0) -> list[Cue]:
    """All cues in ``text``; offsets are shifted by ``offset`` (the sentence start in the document)."""
    found = []
    for i in _patterns_for(text):  # in pattern order, so equal-start ties sort as before
        label, rx, weight = _COMPILED[i]
        for m in rx.finditer(text):
            found.append(Cue(label, weight, m.start() + offset, m.end() + offset, m.group(0)))
    found.sort(key=lambda c: (c.start, -c.weight))
    return found


def cue_vector(cues: list[Cue]) -> list[float]:
    """One value per label: the strongest cue weight seen for it (0 when none)."""
    vec = [0.0] * len(LABELS)
    index = {label: i for i, label in enumerate(LABELS)}
    for c in cues:
        i = index[c.label]
        vec[i] = max(vec[i], c.weight)
    return vec
