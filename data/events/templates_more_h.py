"""More training templates (train split only) for organised crime, air/drone strikes, suicide bombings, mob
violence and "other" strategic developments, in registers, verbs and word orders the other template modules
(templates.py, templates_extra.py, templates_more_a..f) do not use: security advisories, incident logs,
translated Spanish/French/Russian-style copy, kangaroo-court and rumour-driven mob scenes, hospital and
monitoring-cell notes, propaganda eulogies, cleft sentences and reports told by their aftermath.

Written apart from the held-out templates (templates_heldout.py was not read). Conventions (see
build_reports.fill()): a template uses {a1}/{a2} only when that kind has a written form (not civ, prot,
riot, none); it never ends with "{loc}" before a full stop, colon or semicolon (a place phrase may end
with a comma); "accused", "allegedly" and "reportedly" appear only where the report really is an
allegation, and "said/says/say/told/according to/confirmed/reported/claimed" only where it names its
source, because those words set the gold modality; a count slot followed by "of" is avoided (a vague count
"dozens of" would double it).
"""

MORE = {}

MORE["Crime / Organised crime"] = [
    ("gang", "civ", "Stick-up on the highway: {a1} waylaid {num} minibuses outside {loc} {date}, fleecing every "
                    "passenger of cash and phones before melting into the bush."),
    ("gang", "civ", "Security advisory: in {loc} {date}, {a1} carjacked vehicles at gunpoint on the ring road; "
                    "clients are advised to avoid road travel after dark."),
    ("gang", "none", "It was a settling of scores between rival smuggling crews, investigators believe: {kill} men "
                     "were executed at a roadside eatery in {loc} {date}."),
    ("gang", "civ", "A crew of masked men carrying Kalashnikovs cleaned out the vault of a bureau de change in "
                    "{loc} {date} and escaped on motorcycles before the alarm could be raised."),
    ("gang", "none", "Subjects presumably linked to {a1} deprived of life {kill} persons inside a billiard hall in "
                     "{loc} {date}, in what the authorities attribute to the dispute over the local drug-dealing "
                     "plaza."),
    ("gang", "none", "Beside the {kill} bodies left hanging from a bridge in {loc} {date} was a banner signed by "
                     "{a1}, warning a rival cell to stay out of its territory."),
    ("gang", "civ", "Bus owners in {loc} kept their fleets parked after {a1} burned two coaches {date} whose "
                    "operators had stopped paying the weekly road levy the racket imposes on every route."),
    ("gang", "civ", "Incident log, {date_plain}: at 0240 hrs in {loc} armed intruders forced entry into a "
                    "warehouse, tied up the night watchmen and loaded a lorry with cement and fertiliser; "
                    "suspects at large."),
    ("gang", "none", "A freight train was brought to a halt near {loc} {date} by {a1}, who had piled tyres across "
                     "the tracks, and its containers were emptied of electronics and clothing before guards "
                     "arrived."),
    ("gang", "none", "Turf war over the port's cocaine trade claims {kill} more lives in {loc} {date}"),
    ("gang", "civ", "\"They come every Friday with a list of who owes what,\" a fishmonger in {loc} told us, "
                    "describing how {a1} pistol-whipped his neighbour {date} for falling a week behind with the "
                    "protection money."),
    ("gang", "civ", "Enforcers of the mining mafia that controls the illegal gold pits outside {loc} opened fire "
                    "{date} on diggers who had tried to work a shaft without paying their cut, killing {kill}, "
                    "{src} said."),
    ("gang", "none", "On {date_plain}, members of two rival gangs exchanged fire over a fuel-smuggling route in "
                     "{loc}, leaving {kill} dead among their own ranks."),
    ("gang", "civ", "The safe had been cut open with a blowtorch and the guard bound with packing tape when staff "
                    "arrived at the savings cooperative in {loc} {date}, the work of a crew that has hit three "
                    "such branches this year."),
    ("gang", "civ", "It was around two in the morning that a gang armed with machetes and hunting rifles broke into "
                    "the shops of the central market of {loc} {date}, carrying away goods of a value estimated at "
                    "several thousand dollars."),
    ("gang", "civ", "A commando of heavily armed men burst into a drug rehabilitation centre in {loc} {date} and "
                    "opened fire on the residents, killing {kill}, in a massacre investigators link to {a1} and "
                    "a feud with a breakaway faction."),
    ("gang", "civ", "BREAKING - petrol station on the bypass outside {loc} held up at gunpoint {date}; attendants "
                    "pistol-whipped, {a1} away with the day's cash"),
    ("gang", "none", "Under cover of darkness {date}, pirogues run by {a1} landed crates of contraband rifles and "
                     "cigarettes on a beach near {loc}, fishermen said."),
    ("gang", "civ", "Who will stop the highway gangs? A band of gunmen stopped a wedding party near {loc} {date} "
                    "and stripped the guests of jewellery, gifts and the bride's dowry."),
    ("gang", "civ", "Extortionists working for {a1} lobbed a petrol bomb into a tortilla shop in {loc} {date} "
                    "after the owner missed his weekly payment, and two employees suffered burns."),
    ("gang", "none", "The execution-style killing of {kill} suspected street dealers in {loc} {date} bore all "
                     "the hallmarks of a purge ordered by {a1} within the ranks, {src} said."),
]

MORE["Explosions/Remote violence / Air/drone strike"] = [
    ("mil", "reb", "Sorties flown overnight by {a1} pounded ammunition depots of {a2} on the outskirts of {loc} "
                   "{date}, {src} said."),
    ("mil", "civ", "Barrel bombs rolled out of a hovering helicopter fell on the vegetable market of {loc} {date}, "
                   "and by evening {kill} bodies lay in the courtyard of the mosque."),
    ("mil", "reb", "UAV engagement: a hostile pickup was tracked leaving {loc} {date} and neutralised with a single "
                   "air-to-ground missile; {kill} occupants eliminated."),
    ("mil", "civ", "It was not artillery, residents insist, but a jet they watched circling for ten minutes before "
                   "two bombs levelled the clinic in {loc} {date}, killing {kill}."),
    ("reb", "mil", "First-person-view drones piloted by {a1} dived onto armoured vehicles of {a2} parked near "
                   "{loc} {date}, setting several of them ablaze, footage posted online showed."),
    ("mil", "reb", "Missiles fired from a Reaper drone killed {kill} militants, two of them senior commanders, as "
                   "their car crossed a dry riverbed near {loc} {date}, {src} said."),
    ("mil", "reb", "The Air Force Command informs that during sorties conducted {date}, its aircraft neutralised "
                   "fortified positions and logistics hubs of {a2} in the vicinity of {loc}, with no losses to the crews."),
    ("mil", "civ", "According to the casualty monitoring cell, warplanes operating over {loc} {date} unleashed "
                   "their ordnance on a displacement camp, killing {kill} {vic} and injuring {inj}."),
    ("mil", "civ", "Nothing remains of the primary school in {loc} but a crater after an air-launched missile "
                   "obliterated it {date}; {kill} children died inside."),
    ("mil", "reb", "09:12 - Helicopter gunships are raking trenches held by {a2} north of {loc} with rockets and "
                   "cannon fire, according to {src}."),
    ("mil", "civ", "The regime's warplanes, in yet another massacre, rained death on the people of {loc} {date}, "
                   "and {kill} martyrs, women among them, were pulled from beneath the ruins."),
    ("mil", "reb", "Warplanes pound militant hideouts in the hills near {loc} in overnight raid"),
    ("reb", "gov", "A swarm of one-way attack drones sent by {a1} was partly downed over {loc} {date}, but one "
                   "got through and exploded on the roof of the governor's office, {src} said."),
    ("mil", "reb", "The reconnaissance drone that had circled {loc} for days opened fire for the first time "
                   "{date}, destroying a truck used by {a2} and killing {kill} men."),
    ("mil", "civ", "Aviation of {a1} produced strikes on the residential sector of {loc} {date}, as a result of "
                   "which {kill} civilians, children among them, lost their lives."),
    ("mil", "reb", "The air raid {date} on a training compound used by {a2} outside {loc} killed {kill} recruits, "
                   "{src} said."),
    ("mil", "reb", "Although {a2} had scattered into the orchards around {loc} after the first pass, the "
                   "helicopters came back {date} and picked off their remaining vehicles with rockets."),
    ("mil", "civ", "Our surgical team in {loc} received {inj} wounded {date} within an hour of the air strike on "
                   "the bus station, most with blast and burn injuries, an MSF coordinator said."),
    ("mil", "reb", "On {date_plain}, Mi-24 helicopters of {a1} engaged a gathering of {a2} near {loc} with "
                   "unguided rockets; fatalities unknown."),
    ("mil", "civ", "A fighter jet's bomb, meant for what the air force called a militant camp, came down instead "
                   "among herders watering cattle near {loc} {date}, killing {kill}."),
    ("reb", "civ", "Modified commercial drones belonging to {a1} released grenades over a queue at the bakery in "
                   "{loc} {date}, wounding {inj} people waiting for bread."),
]

MORE["Strategic developments / Other"] = [
    ("mil", "none", "Satellite images taken {date} show freshly dug tank revetments and a field hospital outside "
                    "{loc}, pointing to a build-up by {a1}."),
    ("reb", "none", "Night letters left at the doors of teachers in {loc} {date} warned that anyone keeping girls' "
                    "classes open would be dealt with by {a1}."),
    ("gov", "none", "By order of the Regional Defence Council issued {date}, all residents of {loc} are to leave "
                    "for designated reception centres within 72 hours, with buses provided from the stadium."),
    ("mil", "none", "Engineers with {a1} began digging anti-tank ditches and stringing razor wire around {loc} "
                    "{date}, {src} said."),
    ("reb", "none", "Residents of {loc} counted {num} pickups with mounted machine guns arriving {date}, part "
                    "of a steady concentration of men and vehicles by {a1} in the surrounding hills."),
    ("reb", "none", "Over a captured radio frequency, {a1} broadcast an ultimatum to the garrison in {loc} {date}: "
                    "surrender within three days or face an assault."),
    ("mil", "none", "18:40 - Long columns of military trucks heading towards {loc}, witnesses say; no shots heard "
                    "so far."),
    ("mil", "none", "In the direction of {loc}, the enemy continues to accumulate forces and means; {date} the "
                    "arrival of additional armour and personnel of {a1} was noted."),
    ("mil", "none", "On {date_plain}, {a1} threw a security cordon around {loc} ahead of a planned clearance "
                    "operation; no clashes took place."),
    ("gov", "none", "Loudspeakers mounted on police cars ordered residents of {loc} {date} to leave by nightfall "
                    "ahead of an expected assault, and queues of cars soon stretched out of town."),
    ("reb", "none", "Unarmed drones operated by {a1} were spotted photographing army positions around {loc} "
                    "{date}, the first such surveillance flights over the area."),
    ("reb", "none", "Fresh contingents of our fighters arrived around {loc} {date}, ready to defend the land "
                    "against any aggression, {a1} announced."),
    ("mil", "none", "All leave was cancelled and units around {loc} were placed on the highest state of combat "
                    "readiness {date}, a move analysts linked to the troop build-up across the border."),
    ("mil", "none", "Brigade-sized reinforcements, hauled by rail from the north, detrained at {loc} {date} and "
                    "dispersed into the forest belts east of the town."),
    ("reb", "none", "Threatening text messages attributed to {a1} circulated in {loc} {date}, ordering shops to "
                    "close for three days and warning drivers off the main road."),
    ("mil", "none", "A spy plane flew repeated loops over {loc} {date} without engaging any target, "
                    "flight-tracking data showed, as {a1} kept up surveillance of the border."),
    ("mil", "none", "Heavy transport aircraft shuttled troops and equipment of {a1} into the airfield at {loc} "
                    "throughout {date_plain}, in one of the largest airlifts of the conflict."),
    ("gov", "none", "The Provincial Security Committee hereby notifies all inhabitants of {loc} that, with effect "
                    "from {date_plain}, the area east of the river is declared a restricted military zone to be "
                    "vacated by civilians."),
    ("mil", "none", "Why are the tanks coming? Residents of {loc} watched {date} as flatbed trucks unloaded armour "
                    "on the football pitch, with no word from {a1} on what it was for."),
    ("reb", "none", "Masked men loyal to {a1} drove through {loc} {date} handing out printed warnings and "
                    "telling shopkeepers over loudspeakers that collaborators would be punished."),
]

MORE["Explosions/Remote violence / Suicide bomb"] = [
    ("reb", "mil", "SVBIED: an armoured truck driven by a suicide attacker from {a1} exploded at the outer wall of an outpost "
                   "of {a2} near {loc} {date}; {kill} soldiers killed."),
    ("reb", "civ", "The bomber, who died instantly, had queued with the pilgrims for almost an hour before the "
                   "charge beneath his robe went off at the shrine in {loc} {date}, killing {kill}."),
    ("reb", "pol", "Police at first suspected a parked car bomb, but the driver's remains found in the wreck "
                   "showed that the vehicle which exploded outside the precinct in {loc} {date} had been driven "
                   "in by a suicide attacker; {kill} officers died."),
    ("reb", "civ", "It is at the hour of prayer that a kamikaze caused his explosive belt to explode in the midst of "
                   "the faithful in {loc} {date}, making {kill} dead and {inj} wounded."),
    ("reb", "mil", "Brother Abu Talha al-Muhajir, may Allah accept him, penetrated the ranks of {a2} in {loc} "
                   "{date} with his blessed vest, killing and wounding dozens of them."),
    ("reb", "mil", "An inghimasi fighter from {a1} fought his way into the barracks at {loc} {date} and, once "
                   "surrounded, triggered his belt, killing {kill} soldiers."),
    ("reb", "civ", "Teen suicide bomber kills {kill} at crowded bus stop in {loc} {date}"),
    ("reb", "civ", "A motor rickshaw packed with explosives and steered by a lone attacker veered into a line of "
                   "voters outside a polling station in {loc} {date} and exploded, killing {kill}."),
    ("reb", "civ", "Of the {inj} patients brought in after the suicide attack on the cattle market in {loc} "
                   "{date}, most had ball bearings lodged in their limbs, a surgeon at the main hospital told "
                   "reporters."),
    ("reb", "gov", "It was a man in a suit, carrying a briefcase, who got past the guards at the district council "
                   "in {loc} {date} and triggered the explosives he wore, killing the council chairman and "
                   "{kill} others."),
    ("reb", "mil", "A convoy of {a2} was targeted near {loc} {date} by a bomber at the wheel of a water tanker "
                   "rigged with explosives, {src} said; {kill} soldiers were killed."),
    ("reb", "civ", "On {date_plain}, a female suicide bomber attributed to {a1} exploded her device at a camp for "
                   "displaced people in {loc}, causing {kill} fatalities."),
    ("reb", "pol", "The blast in {loc} {date} was no roadside bomb: investigators say the attacker had strapped "
                   "the explosives to his own body and waited at the police checkpoint until the shift changed, "
                   "killing {kill} officers."),
    ("reb", "civ", "As families broke their fast at a restaurant in {loc} {date}, a young man at a corner table "
                   "stood up and triggered the belt hidden under his shirt, killing {kill} diners."),
    ("reb", "civ", "The Ministry of Interior condemns in the strongest terms the cowardly suicide attack "
                   "perpetrated {date} against a graduation ceremony in {loc}, which took the lives of {kill} "
                   "citizens."),
    ("reb", "gov", "UPDATE 2 - attacker in explosive vest breaches security at justice ministry annexe in {loc}, "
                   "{kill} dead, according to {src}"),
    ("reb", "mil", "Only the engine block survived of the explosives-packed pickup whose driver blew it up at the "
                   "gates of the barracks outside {loc} {date}, where {kill} recruits had been queuing for "
                   "their pay."),
    ("reb", "civ", "\"He hugged the man at the door, and then there was just fire,\" a guest said of the suicide "
                   "bomber who killed {kill} people at an engagement party in {loc} {date}."),
    ("reb", "mil", "A bomber leading a donkey cart loaded with explosives was waved through a checkpoint of {a2} "
                   "near {loc} {date} before the charge, and he with it, went up, killing {kill} troops."),
    ("reb", "civ", "Wearing a niqab to hide the device, a woman sent by {a1} slipped into the women's ward of the "
                   "clinic in {loc} {date} and exploded it, killing {kill} patients."),
    ("reb", "mil", "Self-sacrificing attacker destroys army checkpoint near {loc} {date}, {kill} soldiers among the dead"),
]

MORE["Riots / Mob violence"] = [
    ("riot", "civ", "Kangaroo court in the village square: residents of a hamlet near {loc} tried two men for the "
                    "theft of a goat {date} and clubbed them until they stopped moving."),
    ("riot", "civ", "Machete-wielding youths from one clan hacked {kill} members of another to death in a dispute "
                    "over grazing land near {loc} {date}, {src} said."),
    ("riot", "civ", "Word spread through {loc} {date} that a stranger had poisoned the well; within an hour a crowd "
                    "had dragged him from a taxi and bludgeoned him unconscious."),
    ("riot", "civ", "The house of a man suspected of murdering a local shopkeeper was reduced to ashes by a crowd "
                    "in {loc} {date}; he had fled hours earlier."),
    ("riot", "civ", "A youth was thrashed and paraded with a garland of shoes around his neck through the market "
                    "of {loc} by a mob {date} on suspicion of being a mobile thief."),
    ("riot", "civ", "Sectarian rampage: homes belonging to the minority community in {loc} were ransacked and burnt "
                    "out by crowds armed with iron rods {date}; {kill} people died."),
    ("riot", "civ", "The District Commissioner regrets to inform that a group of residents of {loc} {date} removed "
                    "a suspected arsonist from the custody of village elders and inflicted fatal injuries on him."),
    ("riot", "civ", "\"We found him in the ditch with his hands tied,\" the victim's brother told local radio, "
                    "after villagers near {loc} branded him a sorcerer and bludgeoned him {date}."),
    ("riot", "civ", "A self-appointed night patrol in {loc} caught a group of young men {date} as they walked home from a bar, "
                    "branded them thieves and whipped them with electric cables until neighbours intervened."),
    ("riot", "civ", "On {date_plain}, in {loc}, a group of moto-taxi drivers beat and burned a man they suspected "
                    "of killing a colleague; the man died of his injuries."),
    ("riot", "civ", "There was no march and no placards: the crowd that gathered outside the jail in {loc} {date} "
                    "came for the prisoner, and when the guards fled they hauled him out and killed him."),
    ("riot", "civ", "Two villages long divided over a land boundary near {loc} clashed again {date} with bows, "
                    "arrows and pangas, leaving {kill} dead and {inj} injured."),
    ("riot", "civ", "Shops belonging to northern traders that a crowd set alight in {loc} {date} were still "
                    "smouldering the next morning, their owners sheltering in a church compound."),
    ("riot", "civ", "After a rumour on WhatsApp that a church had been desecrated, young men from the neighbouring "
                    "streets converged on a mosque in {loc} {date} and pelted worshippers with bricks, injuring "
                    "{inj}."),
    ("riot", "civ", "Blamed for a lightning strike that killed a child, {num} elderly people in a village near "
                    "{loc} were hauled from their huts by neighbours {date} and hacked with pangas."),
    ("riot", "civ", "Villagers burn homes of suspected cattle thieves near {loc} {date}"),
    ("riot", "civ", "Shouting that foreigners were taking their jobs, a crowd went door to door in {loc} {date}, "
                    "chasing migrant families out of their rooms and beating those too slow to escape."),
    ("riot", "civ", "Amnesty International documented the killing of {kill} men by a crowd in {loc} {date}, after "
                    "rumours spread on social media that they were carrying a disease into the district."),
    ("riot", "civ", "Bystanders caught the pickpocket at the bus terminal in {loc} {date}, and by the time officers "
                    "pushed through the crowd he had been kicked and punched into a coma."),
    ("riot", "civ", "Wielding cudgels and farm tools, residents of a settlement outside {loc} drove out a family "
                    "of a rival caste {date} and flattened their mud-brick home."),
    ("riot", "civ", "Vigilante 'trial' ends in death: a crowd in {loc} {date} pronounced a suspected burglar "
                    "guilty and doused him in kerosene before anyone could intervene."),
]
