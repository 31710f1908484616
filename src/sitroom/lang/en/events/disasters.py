"""English data of ``sitroom/extract/events/disasters.py``: the words of a disaster of each sub-type."""

from __future__ import annotations

import re

from .counts import DIED, KILL_V

# A natural hazard (the guide: "flood, earthquake, storm ... happening now is a Natural disaster").
# "storms" but not "stormed"; an election "landslide" is no hazard.
NATURAL_HAZARD = re.compile(
    r"\b(?:flood(?:s|ed|ing|waters?|-\w+)?|inundat\w+|deluge|rain(?:s|fall|storms?|water)?|downpours?|monsoons?|"
    r"overflow\w*|burst (?:its|their) banks|swept away|earthquakes?|quakes?|tremors?|aftershocks?|seismic|"
    r"(?<!won a )(?<!by a )landslides?(?! (?:wins?|victory|victories|majority|election))|landslips?|mudslides?|"
    # (the verb "storm" takes its object at once: "to storm the prison"; the noun does not: "a storm hit the coast")
    r"storms?(?! (?:the|a|an|its|their|his|her)\b)|snowstorms?|"
    r"thunderstorms?|cyclones?|hurricanes?|typhoons?|tornado(?:es|s)?|tsunamis?|droughts?|wildfires?|bushfires?|"
    r"forest fires?|volcan\w*|avalanches?|heat ?waves?|cold (?:wave|snap)s?|blizzards?|"
    r"hailstorms?|lightning|gales?|gale-force|sandstorms?|cloudbursts?|sinkholes?|famine|locusts?|high winds|"
    r"extreme (?:heat|cold|weather)|waterlogg\w*)\b", re.I)

# The titles a named storm is called by ("Cyclone Freddy", "Hurricane Maria", "Typhoon Haiyan"): the title names the
# hazard itself, not an event word inside another name (discourse.is_name_part).
STORM_TITLES = frozenset({"cyclone", "hurricane", "typhoon", "storm"})

# A disease: an outbreak is a Natural disaster when it kills (DEATHS). An "outbreak" of violence is none.
DISEASE = re.compile(
    r"\b(?:outbreaks?(?! of (?:violence|fighting|hostilities|war|clashes|unrest|protests?))|epidemics?|pandemics?|"
    r"virus(?:es)?|flu|influenza|H\dN\d|H5|avian|cholera|ebola\w*|marburg|measles|meningitis|whooping cough|"
    r"pertussis|plague|dengue|malaria|yellow fever|typhoid|polio|hepatitis|(?-i:SARS|MERS|HIV|AIDS|BSE)|covid(?:-19)?|coronavirus|"
    r"infect\w*|diseases?|contagious|encephalitis|anthrax|diphtheria|zika|mpox|monkeypox|salmonella|e\. coli|"
    r"legionnaires|tuberculosis|ha?emorrhagic|nipah|lassa|rabies|foot-and-mouth|bluetongue|mad cow|"
    r"spongiform|parasites?|bacteri\w+|pathogen\w*|illness(?:es)?|fever)\b", re.I)

# What a man-made disaster is (the guide: fire, building collapse, industrial or transport accident; v1.2:
# explosions and fires, collapses, poisonings that harm many). A fire, not the fire service or gunfire;
# a crash of a vehicle, not a gate-crashed party.
_NOT_A_FIRE = (r"(?! (?:trucks?|engines?|department|services?|brigades?|fighters?|and rescue|crews?|stations?|chiefs?|"
               r"officials?|marshals?|and EMS|hydrants?|alarms?|exits?|escapes?|safety|arms?|power|on|at)\b)")
MAN_MADE = re.compile(
    r"\b(?:blaze|blazes|inferno|flames|ablaze|caught fire|on fire|fire broke out|burn(?:ed|t) (?:down|out)|"
    # the fire itself at a place ("A fire at a garment factory killed 17"), not fire returned or opened at someone:
    # an article or a size word just before it
    r"(?<!open )(?<!opened )(?<!opening )(?<!return )(?<!returned )(?<!returning )(?<!exchanged )(?<!draw )(?<!drew )"
    r"(?:an?|the) (?:(?:huge|massive|major|deadly|big|large|fierce|devastating|small) )?fires? (?:at|on) "
    r"(?:an?|the|\w+['’]s) |"
    r"(?:a|the|huge|massive|major|deadly|big|large) (?:[\w-]+ ){0,2}fires?" + _NOT_A_FIRE + r"|fires? (?:broke|swept|gutted|"
    r"destroyed|engulfed|raged|ripped|spread)|explosions?|exploded|blasts?|blew up|collaps\w+|caved in|gave way|"
    r"(?:trees?|walls?|roofs?|ceilings?|cranes?|structures?|balcon(?:y|ies)|scaffolding|bridges?) (?:fell|toppled|"
    r"came down|crashed)|"
    # (not money: "profits crashed", "a share market crash")
    r"(?<!profits )(?<!profit )(?<!shares )(?<!prices )(?<!stocks )(?<!market )(?<!markets )(?<!currency )"
    r"crash(?:es|ed|ing)?(?! (?:the|a|their) (?:party|parties|wedding|event|meeting|site))|"
    r"collisions?|collided|derailments?|(?:trains?|trams?|locomotives?|carriages|wagons|coaches) (?:[\w-]+ ){0,3}derailed|"
    r"derailed (?:a |the )?(?:[\w-]+ )?(?:trains?|trams?)|capsiz\w*|shipwreck\w*|overturned|"
    # a vessel that sank, not one that someone sank ("patrol boats then sank the vessel": an act, no accident)
    r"sank(?! (?:the|a|an|its|their|his|two|three|several) (?:[\w'’-]+ ){0,2}(?:vessels?|ships?|boats?|ferry|trawlers?|craft)\b)|sunk|"
    r"(?:went|ran|veered) off (?:the )?(?:road|ramp|bridge|cliff)|"
    r"(?:struck|hit|run over|mowed down|knocked down) by an? (?:[\w-]+ ){0,3}(?:car|vehicle|truck|bus|train|lorry|van|"
    r"motorist|driver|motorcycle)|accidents?|gas (?:leak|explosion)s?|poison\w*|carbon monoxide|stampedes?|"
    r"electrocut\w*|smoke|charred|burn(?:ed|t) to death|rubble|trapped (?:under|in|beneath|inside)|plung(?:ed|ing)|"
    r"plough(?:ed|ing) into|plow(?:ed|ing) into|(?:dams?|pipes?|pipelines?|water mains?|embankments?|levees?|dykes?) "
    r"(?:burst|breached|failed)|(?:burst|breach) (?:at|of|in) (?:the |a )?(?:[\w-]+ ){0,3}(?:dams?|pipelines?|"
    r"embankments?|levees?)|hooch|bootleg|spurious liquor|toxic (?:alcohol|liquor)|methanol)\b", re.I)
# A leak, a spill or a contamination is a disaster when it harms (the guide v1.2: "poisonings that harm
# many"): the cause of an outbreak found to be contamination is none.
CONTAMINATION = re.compile(r"\b(?:(?:chemical|oil|toxic|fuel) (?:spill|leak)s?|leak(?:s|ed|ing)?|spill(?:s|ed)?|"
                           r"contaminat\w*|toxic|fumes)\b", re.I)
HARMED = re.compile(r"\b(?:ill|sick|sickened|injur\w+|wounded|hurt|hospitali[sz]ed|treated|poisoned)\b", re.I)

# A fire or explosion set on purpose is an act (arson: ordinary crime, or a riot), not a disaster: "set fire to",
# "set a fire at the gate", "sets several fires" (not "set up a fire station").
ARSON = re.compile(r"\b(?:arson attacks?|arsonists?|set (?:intentionally|deliberately|on purpose)|deliberately set|torched|"
                   r"set(?:s|ting)? (?:fire|ablaze)|set (?:it|them|the \w+) (?:on fire|ablaze)|"
                   r"set(?:s|ting)? (?!up\b)(?:[\w-]+ ){0,2}fires?)\b", re.I)

# People's homes burnt or razed, told as done to them ("Houses owned by Fulani people have been burnt in Igangan",
# "dozens of huts were razed"): the guide's property destruction ("burning of houses"), not a fire that broke out.
HOMES_BURNT = re.compile(r"\b(?:houses|homes|huts|dwellings|shops|compounds|villages|settlements)\b"
                         r"(?: [\w’'-]+){0,4} "
                         r"(?:have|had|has)? ?(?:been|were|was|got) (?:\w+ )?(?:burnt|burned|razed|torched|set ablaze|"
                         r"set on fire)\b", re.I)
# Fires in the open country (the guide's decisions v1.4: bushfires, like storms, are Natural disasters): the words a
# story of wildfires is told with, the fires' own names or the work of fighting them across the land ("fire front",
# "containment lines", "back-burning", "a total fire ban", the rural fire services). An article that holds one tells
# of bushfires, and the fires and blazes its other sentences name are those bushfires.
WILDFIRE_STORY = re.compile(r"\b(?:bush ?fires?|wild ?fires?|forest fires?|grass ?fires?|scrub ?fires?|fire ?fronts?|"
                            r"containment lines?|back-?burn\w*|fire ?breaks?|(?:total )?fire bans?|water-?bomb\w*|"
                            r"spot fires?|rural fire|country fire)\b", re.I)
# The words of a fire alone, of the Man-made words (MAN_MADE): "blazes", "the fire", "flames".
# (in such a story a "flare-up" is a fire flaring again: "Another flare-up at Spencer is not contained")
FIRE_WORDS = re.compile(r"\b(?:blazes?|inferno|flames|ablaze|caught fire|on fire|fires?|burn\w*|flare-?ups?|flared)\b",
                        re.I)
# "fire" as the modifier of the work against fires ("fire control lines", "fire crews", "the fire danger"), and the
# burning crews do to stop fires ("back-burning", "burning operations", "hazard reduction burns"): no fire.
FIRE_WORK = re.compile(r"\bfire[- ]?(?:control|fight\w*|services?|brigades?|crews?|trucks?|danger|bans?|risk|season|"
                       r"breaks?|lines?|authorit\w*|chiefs?|units?|officers?|commissioners?|stations?)\b|"
                       r"\bback-?burn\w*|\b(?:controlled|prescribed|hazard[- ]reduction) burn\w*|"
                       r"\bburn(?:ing)?[- ]?offs?\b|\bburning operations?\b", re.I)
# A subject that only points back to the things the sentence before named ("One at Appin was quickly brought
# under control", "Another is burning near Nowra", "Two of them flared overnight"): the word stands alone, before
# "of", a place or its verb; a count of a noun names other things ("Three firefighters were injured", "Many
# residents were evacuated").
POINTS_BACK = re.compile(r"^\W*(?:one|another|the other|others|two|three|four|five|several|some|most|many|both|each|"
                         r"it|they|these|those)(?=\s*,|\s+(?:of|at|near|in|on|around|outside|north|south|east|west|"
                         r"is|was|are|were|has|have|had|remains?|remained|continues?|continued)\b)", re.I)
# Homes or properties lost, with no cause named ("Fourteen homes have been destroyed in the Hawkesbury area"): in a
# story of wildfires (WILDFIRE_STORY), the fires' damage.
PROPERTY_LOST = re.compile(r"\b(?:houses|homes|properties|buildings|structures)\b(?: [\w’'-]+){0,4} "
                           r"(?:have|had|has)? ?(?:been|were|was) (?:\w+ )?(?:destroyed|ruined|lost|razed|gutted|"
                           r"burnt|burned|damaged)\b(?!\s+by\b)", re.I)  # (a cause named: its own words tell it)
# A fire told in a building or a vehicle ("a fire at a hotel", "flames inside the factory", "a fire in a prison
# kitchen", "a fire at a house in Penrith"): a Man-made disaster wherever the story's other fires burn.
FIRE_IN_STRUCTURE = re.compile(
    r"\b(?:in|at|inside|gutted|engulfed) (?:an? |the |\w+'s )?(?:[\w-]+ ){0,2}(?:buildings?|factory|factories|plants?|"
    r"hotels?|shops?|stores?|markets?|warehouses?|hospitals?|schools?|mines?|refinery|towers?|apartments?|flats?|"
    r"nightclubs?|clubs?|restaurants?|churches|church|mosques?|temples?|offices?|vehicles?|cars?|buses|bus|trains?|"
    r"ships?|boats?|aircraft|planes?|tankers?|prisons?|jails?|gaols?|kitchens?|cent(?:re|er)s?|camps?|barracks)\b|"
    # (a dwelling only as where the fire is, "a fire at a house in Penrith": a bushfire also "gutted three homes")
    r"\b(?:in|at|inside) (?:an?|the|\w+'s) (?:[\w-]+ ){0,2}(?:houses?|homes?|units?|sheds?|garages?)\b", re.I)

# A fire's accidental start, beside the accident causes of ACCIDENT_CAUSE, or the fire told as what burnt the homes
# ("as a blaze swept through the settlement", "in a fire that started in a kitchen"): no one's doing told.
FIRE_BROKE_OUT = re.compile(r"\b(?:fire broke out|caught fire|accident\w*|bush ?fires?|wild ?fires?|forest fires?|"
                            r"lightning|candle|cooking|blazes?|flames|inferno|(?:in|by) (?:an? |the )?(?:\w+ )?fire\b|"
                            r"fires? (?:that |which )?(?:started|spread|swept|gutted|engulfed|ripped|tore))\b", re.I)

# Deaths of people or animals: what makes an outbreak a disaster (the guide v1: "epidemic outbreak with
# deaths"; an outbreak of sick birds, a minister who tested positive or patients admitted to hospital are not).
DEATHS = re.compile(rf"\b(?:{DIED}|deaths?|dying|fatal\w*|tolls?|succumbed|claimed (?:\w+ )?lives|culled|cull)\b", re.I)

# People killed or dead: a forecast beside them ("40 were killed, and the toll is expected to rise") tells
# what happened as well.
KILLED = re.compile(rf"\b{DIED}\b", re.I)
# ... and the words of killing ("overturned, killing three passengers").
KILLING = re.compile(rf"\b{KILL_V}\b", re.I)

# Drug overdoses are no disaster (one person's, or a city's day of them).
OVERDOSE = re.compile(r"\b(?:overdos\w+|opioids?|fentanyl)\b", re.I)

# A hunter's or gun owner's mishap is one person's accident, none of the guide's Man-made disasters (industrial
# accidents, explosions and fires, collapses, mass poisonings, aircraft and ships): "One man is dead following a
# hunting related accident", "sustained an accidental gun shot wound".
PERSONAL_ACCIDENT = re.compile(r"\b(?:hunting(?:[- ]related)? (?:accident|mishap)s?|(?:gun|firearms?|shooting|hunting) "
                               r"accidents?|accidental(?:ly)? (?:gun ?shot|shooting|discharge|shot|fired))\b", re.I)

# The care of the ill or hurt (admitted to hospital, treated, tested positive): a sentence that tells only
# that, with no death and no disaster of its own, reports no disaster (one person's illness, a tally of
# patients admitted, a passenger taken to hospital after the crash told before).
CARE = re.compile(
    r"\b(?:(?:admitted|taken|rushed|flown|airlifted|brought|transported)(?: [\w-]+){0,4} (?:to|into) (?:a |the )?(?:[\w-]+ ){0,2}"
    r"hospitals?|hospitali[sz](?:ed|ation)|in hospital|field hospitals?|being treated|treated|treat(?:ing)? (?:patients|"
    r"the sick|the injured)|treatment|tested positive|symptoms|(?:in-?)?patients)\b", re.I)

# An explosion set off by a bomb or in an attack is remote violence, not an accident.
BOMBING = re.compile(r"\b(?:bomb\w*|IEDs?|improvised explosive|explosive devices?|suicide|grenades?|rockets?|missiles?|"
                     r"mortars?|shell(?:s|ed|ing)|air ?strikes?|drone strikes?|terror\w*|militants?|insurgents?)\b", re.I)

# A running or cumulative toll is a tally, not the disaster (the guide's decisions v1.1 and v1.2): "the
# number of people killed ... has now increased to 19", "the national road toll sits at 19", "180 are now dead".
RUNNING_TOLL = re.compile(
    r"\b(?:(?:death |road |the )tolls?|(?:the )?number of (?:[\w-]+ ){0,4}(?:killed|dead|deaths|cases|infected|"
    r"victims|fatalities))\b[^.;]{0,60}?\b(?:has |have |had )?(?:now )?(?:increased|risen|rose|climbed|reached|"
    r"stands?|stood|sits|grown|jumped)\b|\b(?:are|is) now dead\b", re.I)

# A hazard's word as a measure of a quantity, not a hazard: "a flood of refugees", "a storm of criticism", "an
# avalanche of complaints", "a tsunami of cases" (the indefinite "a N of", unlike "the floods of 2010"); not when its
# "of" names the hazard's own matter ("a sudden flood of water and mud swept through the camp", "an avalanche of snow").
HAZARD_AS_MEASURE = re.compile(r"\b(?:a|an) (?:[\w-]+ )?(?:flood|deluge|storm|avalanche|tsunami|torrent|hail) of\b"
                               r"(?! (?:muddy |dirty |rain|flood|sea|melt)?(?:water|mud|rain|snow|ice|rocks?|debris|"
                               r"lava|sludge|earth|sand|dust)\b)", re.I)

# A hazard told as a forecast or a threat has not happened (the guide v1.1: a flood "happening now").
FORECAST = re.compile(r"\b(?:(?:is|are|was|were) (?:forecast|expected|predicted|likely) to|threatened by|at risk of|"
                      r"could be hit|warn(?:ed|s|ing)? of|in the future|"
                      # a hazard told as what people need protecting from or prepare for: a need, not the disaster
                      r"protect(?:s|ed|ing)? (?:[\w'’-]+ ){0,3}from|prepar(?:e|es|ed|ing) (?:[\w'’-]+ ){0,3}for|"
                      r"brac(?:e|es|ed|ing) (?:[\w'’-]+ ){0,2}for|vulnerable to)\b", re.I)

# Aid for the victims (money pledged, an appeal, relief sent) is a response to the disaster, not the
# disaster: a sentence that tells aid and no death reports none of its own.
AID = re.compile(r"\b(?:assistance|donat\w+|appeal(?:ed|s)? for|pledg\w+|contributions?|funding)\b", re.I)

# The work after a disaster (the guide's decisions v1.4: "clean-up and inspections" are no events): "the storm clean-up
# will resume", "continuing the big mop-up", "crews assessing the damage". The disaster is told elsewhere.
CLEAN_UP = re.compile(r"\b(?:clean-?ups?|clean(?:ing|ed|s)? up|mop-?ups?|"
                      r"(?:inspect\w*|assess\w*|survey\w*) (?:the )?(?:extent of (?:the )?)?(?:damage|destruction))\b", re.I)
# A hazard named only as what the clean-up follows or is of ("the storm clean-up", "after the storm", "since the
# floods"): the clean-up sentence tells no hazard of its own, unlike "the storm tore roofs off, and the clean-up began".
AFTER_HAZARD = re.compile(r"\b(?:(?:after|following|since|from|of) (?:the |this |last \w+'s |(?:\w+day|\w+'s) )?"
                          r"(?:[\w-]+ ){0,2}[\w-]+|[\w-]+(?= (?:clean-?ups?|mop-?ups?)))\b", re.I)

# An explosion at an industrial site ("An explosion at a chemical plant killed nine workers", "a blast ripped through a
# fireworks factory"): with no bomb, weapon or armed doer told, an industrial accident (the guide v1.2). The site is
# the place's own noun: not one after "of" or "with" ("the home of John Mills", "an area littered with mines"), nor
# a land mine; a pipeline is left out, as its sabotage is a common act of war (Niger Delta, Sinai, Colombia).
INDUSTRIAL_BLAST = re.compile(
    r"\b(?:explosions?|blasts?|exploded|blew up)\b[^.;]{0,40}?\b(?:at|in|inside|through|hit|rocked) (?:an? |the |\w+['’]s )?"
    r"(?:(?!(?:of|with|near|and|or)\b)[\w-]+ ){0,3}(?<!land )(?:factory|factories|plants?|refinery|refineries|mines?|"
    r"colliery|quarry|warehouses?|boilers?|furnaces?|kilns?|mills?|workshops?|(?:petrol|gas|filling|fuel) stations?|"
    r"oil ?fields?|gas ?fields?|tankers?|fireworks)\b", re.I)

# An accidental cause of an explosion ("may have been caused by a gas leak"): not tear gas, which is a weapon.
ACCIDENT_CAUSE = re.compile(r"(?<!tear )(?<!tear-)\bgas (?:leaks?|explosions?|cylinders?|pipes?|pipelines?)\b|\bshort[- ]circuits?\b|"
                            r"\belectrical faults?\b|\bboiler explosions?\b", re.I)

# A disaster declaration or its list of places ("Natural disaster areas have been declared throughout Sydney",
# "have been added to the list of natural disaster areas"): an administrative act, not a fire or storm at those
# places (the guide's decisions v1.4).
DISASTER_DECLARATION = re.compile(r"\b(?:(?:natural )?disaster (?:areas?|zones?|declarations?)|"
                                  r"declared (?:an? |the )?(?:natural )?disasters?|state of (?:natural )?(?:disaster|calamity))\b",
                                  re.I)

# A vehicle's mishap that loses neither lives nor the craft (the guide's decisions v1.4: "A mishap with no death, no
# injury and no loss of the craft is not coded"): turned over ("trucks which had been overturned", "the car flipped"),
# sunk or stuck in soft ground ("their vehicle sank in sand", "became bogged in mud"), aground, broken down or a part
# broken ("a yacht's broken rudder"). Not a vessel sunk or capsized, a crash or a derailment: those lose the craft.
VEHICLE_MISHAP = re.compile(
    r"\b(?:(?:had been |was |were )?overturned|overturn(?:s|ing)?|flipped(?: over)?|rolled over|"
    r"(?:sank|sunk|sinking|stuck|bogged(?: down)?|submerged|mired|trapped) (?:in|into) (?:the )?(?:soft |deep |thick )?"
    r"(?:sand|mud|snow|bog|swamp|quicksand)|bogged down|got (?:stuck|bogged)|ran aground|run aground|"
    r"broke down|broken down|broken (?:rudder|mast|engine|axle|propeller)|lost (?:power|steering))\b", re.I)
