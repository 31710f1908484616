"""More training templates (train split only) for air/drone strikes, chemical weapons, grenades, remote
explosives, shelling, suicide bombs, disrupted weapons use and looting/property destruction, in registers
and word orders the other template modules do not use.

Registers: headlines, ACLED-like notes ("On {date_plain}, ..."), officialese and translated-sounding
military communiques, partisan statements, live-blog updates, NGO/UN reports and local news quoting
residents; syntax: passive voice, the key verb late, participle and subordinate clauses, events told by
their consequences. Several are hard contrasts: a helicopter firing rockets (air strike) against rockets
fired from the ground (shelling), a bomb left in a parked car (IED) against a bomber who blows himself up
(suicide bomb), a device that failed or was defused (disrupted weapons use) against one that went off,
property burned or plundered with nobody hurt (looting/property destruction) and explosives used against
property (IED). NONE_MORE holds sentences about weapons that report no codable event.

Written apart from the held-out templates (templates_heldout.py was not read). Conventions (see
build_reports.fill()): a template uses {a1}/{a2} only when that kind has a written form (not civ, prot,
riot, none); it never ends with "{loc}" before a full stop, colon or semicolon (a place phrase may end
with a comma); "accused", "allegedly" and "reportedly" appear only where the report really is an
allegation, and "said/says/told/according to/confirmed/reported/claimed" only where it names its source,
because those words set the gold modality; {kill} counts only the dead of the event itself; a count slot
followed by "of" is avoided (a vague count "dozens of" would double it).
"""

MORE = {}

MORE["Explosions/Remote violence / Air/drone strike"] = [
    ("mil", "reb", "Jets roared low over {loc} before dawn {date}, and by sunrise the compound that {a2} used as "
                   "a logistics hub had been reduced to twisted metal."),
    ("mil", "civ", "Airstrike leaves {kill} dead at crowded cattle market in {loc} {date}"),
    ("mil", "reb", "In a statement, the air force said its aircraft had engaged a column of {a2} moving towards "
                   "{loc} {date} and destroyed {num} vehicles."),
    ("mil", "civ", "OCHA said it was alarmed that aerial bombardment of {loc} {date} had killed {kill} civilians, "
                   "among them children sheltering in a school."),
    ("mil", "reb", "Striking from an altitude its targets could neither see nor hear, an armed drone {date} hit a "
                   "safe house of {a2} on the edge of {loc}, {src} said."),
    ("reb", "mil", "Loitering munitions launched by {a1} crashed into an ammunition depot of {a2} outside {loc} "
                   "{date}, setting off secondary explosions that went on for hours."),
    ("mil", "civ", "On {date_plain}, a military aircraft operated by {a1} dropped a bomb on a gold-mining site near {loc}, "
                   "killing {kill} artisanal miners."),
    ("mil", "civ", "\"We heard the plane, then everything went black,\" said a farmer from {loc}, whose two sons "
                   "were among the {kill} people killed when bombs fell on the village {date}."),
    ("mil", "reb", "Target neutralised: the valiant pilots serving with {a1} struck a meeting of terrorist commanders in "
                   "{loc} {date}, sending {kill} criminals to their deaths."),
    ("mil", "civ", "Rescue workers were still digging through the rubble of a block of flats in {loc} flattened "
                   "by an air raid {date}; {kill} bodies have been recovered so far, {src} said."),
    ("mil", "reb", "Precision-guided munitions dropped by {a1} hit an underground bunker of {a2} in the hills "
                   "outside {loc} {date}, according to a military statement."),
    ("mil", "civ", "{date_cap}, aircraft of {a1} carried out a bombardment on {loc}, as a result of which "
                   "{kill} peaceful inhabitants perished and {inj} received wounds of various degree."),
    ("mil", "civ", "A helicopter hovering over {loc} {date} fired rockets into a crowd gathered at the water point, "
                   "killing {kill} people, {src} said."),
    ("mil", "civ", "A drone strike {date} on a line of fuel tankers parked on the highway outside {loc} killed "
                   "{kill} drivers, leaving the wreckage smouldering into the night."),
    ("mil", "reb", "There was no fighting on the ground: {a2} lost {kill} men near {loc} {date} to a single strike "
                   "by a drone operated by {a1}."),
    ("mil", "civ", "14:05 - Warplanes have struck {loc} again {date}, according to {src}, with {kill} dead in the latest "
                   "raid on the town."),
    ("mil", "civ", "Craters left by aircraft bombs pockmark the main street of {loc}, where a raid {date} killed "
                   "{kill} people queuing outside a clinic, survivors said."),
    ("reb", "civ", "Quadcopters flown by {a1} dropped mortar bombs on a wedding celebration in {loc} {date}, "
                   "wounding {inj} guests."),
]

MORE["Explosions/Remote violence / Chemical weapon"] = [
    ("mil", "civ", "The OPCW fact-finding mission concluded that a toxic chemical containing reactive chlorine was "
                   "used as a weapon in {loc} {date}."),
    ("mil", "civ", "Gas attack kills {kill} in {loc} {date}, doctors say"),
    ("mil", "civ", "Survivors of the attack on {loc} {date} described a sweet smell like rotten apples, then "
                   "convulsions; {kill} people died within the hour, {src} said."),
    ("mil", "reb", "{a2} fighters dug in near {loc} were exposed {date} to a chemical agent delivered by the "
                   "artillery of {a1}, {src} said, with {inj} suffering severe respiratory distress."),
    ("reb", "civ", "Mortar rounds filled with a mustard agent and fired by {a1} landed in a residential quarter "
                   "of {loc} {date}, leaving {inj} residents with blisters on their skin, a hospital doctor said."),
    ("reb", "mil", "The Ministry of Defence informs that on {date_plain} the terrorist formations of {a1} employed "
                   "munitions containing a toxic chemical substance against units of {a2} stationed near {loc}, in breach of the Chemical Weapons Convention."),
    ("mil", "civ", "Helicopters dropped canisters that released a yellow-green cloud over {loc} {date}, Human "
                   "Rights Watch said, in what it called a clear use of chemical weapons."),
    ("mil", "civ", "{kill_cap} residents of {loc}, most of them asleep in their basements, suffocated {date} when a "
                   "gas heavier than air seeped down into their shelters after the bombardment."),
    ("reb", "mil", "Trenches held by {a2} outside {loc} were engulfed {date} by chlorine that {a1} released from "
                   "pressurised cylinders upwind, poisoning the defenders."),
    ("mil", "civ", "Medical charity: {inj} patients from {loc} showed symptoms consistent with exposure to "
                   "nerve agents after the bombardment {date}"),
    ("mil", "civ", "UPDATE 3: Death toll from suspected toxic gas attack in {loc} {date} rises to {kill}, "
                   "according to {src}."),
    ("mil", "civ", "The opposition accused {a1} of firing rockets tipped with sarin at {loc} {date}, killing "
                   "{kill} people; the government denied any use of chemical weapons."),
    ("mil", "civ", "The field hospital in {loc} filled {date} with children being hosed down and given oxygen "
                   "after a chemical strike by {a1} on their neighbourhood."),
    ("reb", "civ", "Using crude chlorine bombs, {a1} attacked a village near {loc} {date}, {src} said, poisoning "
                   "{inj} inhabitants."),
    ("mil", "reb", "In what investigators later called a deliberate use of a prohibited weapon, {a1} dropped a "
                   "barrel packed with chlorine cylinders onto a position of {a2} near {loc} {date}."),
    ("mil", "civ", "Residents of {loc} reportedly found dead birds and goats in the streets {date} after a strike "
                   "that left {inj} people gasping for air and foaming at the mouth."),
    ("mil", "civ", "Not conventional explosives but a choking agent killed {kill} people in {loc} {date}, "
                   "toxicology tests on the victims confirmed."),
]

MORE["Explosions/Remote violence / Grenade"] = [
    ("none", "civ", "Grenade hurled into nightclub in {loc} {date}, {inj} hurt"),
    ("gang", "civ", "A shopkeeper who had refused to pay protection money to {a1} was wounded {date} when a "
                    "grenade was tossed into his store in {loc}, {src} said."),
    ("reb", "pol", "The grenade, its pin already pulled, rolled under a police van parked outside the station in "
                   "{loc} {date} and exploded, injuring {inj} officers."),
    ("none", "gov", "On {date_plain}, in {loc}, an unidentified person threw a hand grenade at the house of a "
                    "local councillor; no casualties."),
    ("reb", "civ", "Attackers riding pillion hurled two grenades at a crowd watching a football match in {loc} "
                   "{date}, {src} said, injuring {inj} spectators."),
    ("none", "civ", "\"It landed right next to the vegetable stall,\" a witness told local radio of the grenade "
                    "that wounded {inj} people at the market in {loc} {date}."),
    ("none", "pol", "Not a planted device but a hand grenade, thrown from a rooftop, caused the blast that "
                    "injured {inj} policemen at a checkpoint in {loc} {date}, {src} said."),
    ("mil", "civ", "A soldier allegedly threw a grenade into a bar in {loc} {date} after a quarrel with "
                   "customers, wounding {inj} people."),
    ("none", "civ", "{date_cap} at around 21:00, in {loc}, an unknown individual threw an explosive object of "
                    "the grenade type into the courtyard of a mosque, causing injury to {inj} worshippers."),
    ("reb", "mil", "Grenades thrown from a passing motorcycle struck a checkpoint of {a2} at the entrance to "
                   "{loc} {date}, killing {kill} soldiers, {src} said."),
    ("none", "civ", "Police in {loc} are investigating after a grenade was thrown at a church during evening "
                    "prayers {date}, injuring {inj} people."),
    ("none", "gov", "A grenade was hurled at the convoy of the district commissioner as it passed through {loc} "
                    "{date}; the official escaped unhurt but {inj} bystanders were wounded."),
    ("gang", "civ", "In a turf war over drug corners, {a1} lobbed a grenade into a crowded pool hall in {loc} "
                    "{date}, killing {kill} young men."),
]

MORE["Explosions/Remote violence / Remote explosive/landmine/IED"] = [
    ("none", "civ", "Roadside bomb hits bus carrying wedding guests near {loc} {date}, {kill} dead"),
    ("none", "mil", "Buried under the tarmac days earlier, the charge was detonated by a command wire as an "
                    "armoured patrol of {a2} rolled past {loc} {date}, killing {kill} soldiers, {src} said."),
    ("none", "civ", "A tractor ploughing a field outside {loc} set off a buried anti-tank mine {date}, killing "
                    "{kill} farm workers riding in its trailer."),
    ("reb", "pol", "{a1} said it had rigged a motorcycle with explosives and detonated it by remote control as a "
                   "police patrol passed through {loc} {date}."),
    ("none", "civ", "On {date_plain}, an explosive device placed in a rubbish bin detonated at a bus stop in {loc}, "
                    "injuring {inj} people."),
    ("none", "mil", "The Joint Task Force regrets to announce that {kill} personnel lost their lives when their "
                    "vehicle struck an improvised explosive device on the route to {loc} {date}."),
    ("none", "civ", "\"We thought it was thunder,\" a resident of {loc} told reporters after a car bomb parked "
                    "outside the courthouse exploded {date}, wounding {inj} people."),
    ("reb", "mil", "By the grace of God, {a1} detonated an explosive device on a patrol of the apostate army "
                   "near {loc} {date}, destroying a vehicle and killing all those on board."),
    ("none", "civ", "Children herding goats outside {loc} {date} picked up a piece of unexploded ordnance that "
                    "blew up in their hands; {kill} children died."),
    ("none", "gov", "The mayor of {loc} survived {date} when a bomb fixed beneath his car exploded moments after "
                    "he stepped out, {src} said."),
    ("none", "pol", "Although first accounts spoke of a suicide attack, police later said the explosion outside "
                    "the station in {loc} {date} came from a bomb left in a parked car and detonated remotely; "
                    "{inj} people were hurt."),
    ("none", "mil", "{date_cap}, near {loc}, a military vehicle ran over an anti-personnel mine; as a result of "
                    "the explosion {inj} servicemen received injuries of varying severity."),
    ("none", "civ", "UNMAS said a minibus carrying {vic} struck a landmine on the road north of {loc} {date}, "
                    "killing {kill} people."),
    ("none", "mil", "Two explosions in quick succession hit a convoy of {a2} on the highway near {loc} {date}; the "
                    "second device, planted to catch the rescuers, killed {kill} soldiers, {src} said."),
    ("none", "civ", "Parcel bomb kills {kill} at post office in {loc} {date}"),
    ("reb", "none", "Saboteurs from {a1} blew up a section of the gas pipeline near {loc} {date} with explosive "
                    "charges, cutting supplies to the region, {src} said."),
    ("none", "civ", "Shattered shop windows and a burnt-out car marked the spot in central {loc} where a bomb "
                    "hidden in a vegetable crate went off {date}, wounding {inj} passers-by."),
]

MORE["Explosions/Remote violence / Shelling/artillery/missile attack"] = [
    ("mil", "civ", "Artillery barrage on {loc} kills {kill} civilians {date}"),
    ("reb", "civ", "Rockets fired from the hills by {a1} - not aircraft, as first thought - struck a displacement "
                   "camp near {loc} {date}, killing {kill} people, {src} said."),
    ("mil", "reb", "On {date_plain}, {a1} fired howitzers at positions of {a2} on the outskirts of {loc}, causing "
                   "no fatalities."),
    ("mil", "civ", "The municipal administration of {loc} informs residents that as a result of the enemy's "
                   "rocket artillery strike {date}, {num} private houses and a school were damaged and {inj} "
                   "people were injured."),
    ("reb", "mil", "Indirect fire: {a1} launched a salvo of 107mm rockets at a forward operating base of {a2} outside "
                   "{loc} {date}; most fell short."),
    ("mil", "civ", "Tanks positioned on the ridge above {loc} fired shells into the old town {date}, collapsing "
                   "houses and killing {kill} residents, {src} said."),
    ("mil", "civ", "Air raid sirens wailed across {loc} {date} moments before a missile launched from a warship "
                   "hit a grain terminal, killing {kill} workers, {src} said."),
    ("mil", "civ", "\"The shells came every ten minutes,\" said a nurse in {loc}, where {kill} patients and staff "
                   "died when the hospital was hit {date}."),
    ("reb", "civ", "Residents of {loc} counted {num} impacts {date} as rockets launched by {a1} fell on the town "
                   "centre, setting the market ablaze."),
    ("mil", "reb", "Rather than storm the hilltop held by {a2} near {loc}, {a1} subjected it to a sustained "
                   "artillery bombardment {date}, {src} said."),
    ("mil", "civ", "Shelling of a bread queue in {loc} {date} killed {kill} people, OCHA said, calling it a "
                   "possible violation of international humanitarian law."),
    ("reb", "gov", "{a1} fired a volley of rockets at the presidential palace in {loc} {date}; two landed inside "
                   "the compound, {src} said."),
    ("mil", "civ", "Entire streets of {loc} were left in ruins {date} by a night-long bombardment from the "
                   "multiple rocket launchers of {a1}, and {kill} people are known to have died."),
]

MORE["Explosions/Remote violence / Suicide bomb"] = [
    ("reb", "civ", "Suicide bomber strikes funeral in {loc} {date}; {kill} mourners dead"),
    ("reb", "pol", "The assailant, a young man in a bulky jacket, approached the queue of police recruits in {loc} "
                   "{date} and detonated the explosives strapped around his waist, killing {kill} recruits, {src} "
                   "said."),
    ("reb", "mil", "With God's grace, a knight of martyrdom from {a1} plunged his explosives-laden vehicle into a "
                   "barracks of {a2} near {loc} {date}, killing {kill} apostates."),
    ("reb", "civ", "On {date_plain}, a suicide bomber affiliated with {a1} detonated a vest at a crowded "
                   "restaurant in {loc}, killing {kill} people."),
    ("reb", "civ", "Investigators recovered the remains of the bomber, which confirmed that the blast that killed "
                   "{kill} people at the bus depot in {loc} {date} was a suicide attack and not a parked car bomb."),
    ("reb", "gov", "Disguised in a police uniform, a suicide attacker slipped into a meeting of provincial officials "
                   "in {loc} {date} and set off his explosives, killing {kill} people, including the deputy "
                   "governor."),
    ("reb", "civ", "A man detonated himself among worshippers at Friday prayers in {loc} {date}, leaving shoes, "
                   "prayer beads and {kill} bodies amid the shattered glass."),
    ("reb", "mil", "{kill_cap} soldiers died {date} when a suicide bomber on a motorcycle rammed into their convoy "
                   "as it left {loc}, {src} said."),
    ("reb", "civ", "A girl who appeared to be about twelve years old walked into a crowded market in {loc} {date} "
                   "and blew herself up, killing {kill} traders, witnesses told local radio."),
    ("reb", "pol", "LIVE: suicide car bomb at the gate of police headquarters in {loc} {date} - {kill} officers "
                   "are dead, according to {src}."),
    ("reb", "mil", "The General Command mourns {kill} soldiers who were martyred when a terrorist wearing an explosive "
                   "belt blew himself up at a checkpoint near {loc} {date}."),
    ("reb", "civ", "Twin suicide blasts tore through a shopping street in {loc} {date}: the first bomber struck "
                   "outside a bank and the second among the crowd that rushed to help, {src} said."),
    ("reb", "mil", "A would-be attacker blew himself up prematurely near an army checkpoint outside {loc} {date}, "
                   "killing only himself, {src} said."),
    ("reb", "civ", "UNAMA documented a suicide attack on an education centre in {loc} {date} in which {kill} "
                   "students, most of them girls, were killed."),
    ("reb", "gov", "In a message on its Telegram channel, {a1} said the bomber who blew himself up at the entrance "
                   "of the parliament building in {loc} {date} was one of its fighters."),
    ("reb", "civ", "A volleyball match in {loc} was turned into a scene of carnage {date} by a bomber who "
                   "detonated his vest among the spectators, killing {kill} people."),
    ("reb", "mil", "Ramming the gate with an armoured bulldozer packed with explosives, the attacker sent up a "
                   "fireball over the army outpost near {loc} {date}, {src} said, and {kill} troops perished."),
]

MORE["Strategic developments / Disrupted weapons use"] = [
    ("mil", "reb", "Sappers with {a1} swept the supply route into {loc} {date} and lifted {num} IEDs that {a2} had "
                   "buried under the gravel, {src} said."),
    ("mil", "reb", "Air defences down {num} drones over {loc} {date}, no damage, governor says"),
    ("pol", "none", "A police sniffer dog alerted officers to a suitcase packed with explosives at the central "
                    "station in {loc} {date}; the device was made safe by the bomb squad."),
    ("mil", "reb", "On {date_plain}, {a1} discovered an arms cache belonging to {a2} in a cave near {loc}, "
                   "containing mortar tubes, RPG rounds and explosives."),
    ("pol", "none", "The Police Command wishes to inform the public that a suspected explosive device found near "
                    "the central mosque in {loc} {date} has been rendered safe by the Explosive Ordnance Disposal "
                    "unit."),
    ("mil", "reb", "A missile fired by {a2} at {loc} was intercepted {date} by air defence systems of {a1} before "
                   "it reached the city, {src} said, and debris fell harmlessly on open farmland."),
    ("mil", "reb", "{a1} intercepted a string of pack mules carrying anti-tank missiles bound for {a2} on a "
                   "mountain trail near {loc} {date}."),
    ("mil", "reb", "Thanks to the vigilance of our heroic sappers, a deadly trap set by {a2} on the road to {loc} "
                   "was neutralised {date} before it could take innocent lives."),
    ("pol", "reb", "The bomb never went off: a faulty timer left the device planted by {a2} under a bridge near "
                   "{loc} unexploded, and {a1} disarmed it {date}."),
    ("pol", "gang", "A raid by {a1} on a house in {loc} {date} turned up {num} hand grenades, two assault rifles "
                    "and a homemade rocket launcher belonging to {a2}, {src} said."),
    ("mil", "none", "{date_cap}, in the area of {loc}, by means of air defence were shot down {num} unmanned "
                    "aerial vehicles of aircraft type, the press service reported."),
    ("mil", "reb", "A rocket launcher loaded and aimed at the airport in {loc} was discovered {date} by {a1} in an "
                   "orchard, minutes before its timer was due to fire, {src} said."),
    ("pol", "reb", "Guards at the entrance of a church in {loc} {date} stopped a man whose jacket concealed an "
                   "explosive belt, and he was disarmed before he could trigger it."),
    ("mil", "none", "{date_cap}, {a1} blew up in a controlled detonation {num} unexploded artillery shells that "
                    "had been collected from farmland around {loc}, {src} said."),
    ("mil", "reb", "Ahead of the election, {a1} seized {num} rocket-propelled grenades and a stockpile of "
                   "explosives from a safe house of {a2} in {loc} {date}."),
    ("mil", "reb", "Live: the loud bangs heard over {loc} {date} were air defences at work, {src} said, with {num} "
                   "drones launched by {a2} brought down before reaching their targets."),
    ("pol", "reb", "Police in {loc} said {date} they had stopped a pick-up truck rigged with explosives on the "
                   "outskirts of the city, thwarting what they described as a planned car bombing."),
]

MORE["Strategic developments / Looting/property destruction"] = [
    ("reb", "civ", "By the time {a1} left {loc} {date}, the pharmacy, the bakery and every shop along the main "
                   "road had been emptied, {src} said."),
    ("mil", "civ", "Bulldozers escorted by {a1} levelled {num} homes in {loc} {date} that the authorities "
                   "described as built without permits."),
    ("reb", "civ", "Village near {loc} torched by {a1} {date} as residents flee into the bush"),
    ("gang", "civ", "Armed men believed to be {a1} descended on the weekly market in {loc} {date}, carting away "
                    "goods and cash from traders before vanishing without firing a shot."),
    ("reb", "civ", "On {date_plain}, {a1} set alight {num} houses in {loc} in retaliation for the community's "
                   "cooperation with the army; no casualties."),
    ("pol", "civ", "{a1} tore down and carted away the kiosks of {num} street vendors in {loc} {date}, destroying "
                   "what traders called their only livelihood."),
    ("reb", "civ", "Because it taught girls, the only secondary school in {loc} was burned to the ground by {a1} "
                   "{date}, {src} said."),
    ("mil", "civ", "Before pulling out of {loc} {date}, {a1} stripped the hospital of its generators, X-ray machine "
                   "and beds, staff said."),
    ("gang", "civ", "{a1} made off with hundreds of cattle from herders' camps near {loc} {date}; no one was hurt, "
                    "{src} said."),
    ("mil", "civ", "{date_cap}, in {loc}, servicemen of {a1} entered the houses of civilians and appropriated "
                   "household appliances, jewellery and vehicles."),
    ("mil", "civ", "The barbarity of the occupiers knows no limits: in {loc} {date}, {a1} plundered the museum and "
                   "carried off centuries-old manuscripts."),
    ("reb", "civ", "Farmers in {loc} watched helplessly {date} as {a1} set their ripening wheat on fire, "
                   "destroying the harvest of {num} families."),
    ("reb", "civ", "Blackened walls and roofless houses are all that remain of the hamlet near {loc} that {a1} "
                   "torched {date}, a visiting journalist found."),
    ("none", "civ", "Arsonists torched {num} buses belonging to a transport company in {loc} {date}, {src} said, "
                    "in an attack the owners blamed on business rivals."),
    ("mil", "civ", "Nobody was hurt when {a1} shot up the water tanks and solar pumps of {loc} {date}, but the "
                   "village has had no clean water since, residents said."),
    ("reb", "civ", "Fighters from {a1} commandeered {num} private vehicles and emptied the fuel station in {loc} "
                   "{date}, according to the local council."),
    ("reb", "civ", "Looted and then set on fire: that is how traders found the cooperative warehouse in {loc} "
                   "{date} after {a1} passed through overnight."),
]

NONE_MORE = [
    "The defence ministry said it had ordered new air defence systems to protect the capital.",
    "Demining organisations estimate that it will take decades to clear the region of unexploded ordnance.",
    "A report by UN experts said the armed groups had obtained commercial drones and bomb-making materials "
    "from across the border.",
    "Parliament debated a bill that would ban the production and use of anti-personnel landmines.",
    "Doctors said they were still treating patients for lung damage caused by last year's chemical attack.",
    "The government marked the anniversary of the suicide bombing with a minute of silence.",
    "Officials warned that militants could try to use car bombs during the holiday season.",
    "The ceasefire agreement bans heavy weapons within twenty kilometres of the front line.",
    "Satellite images show the air base has been expanded with new hangars for combat drones.",
    "Analysts said the rebels' growing use of grenades reflected a shortage of heavier weapons.",
    "Schools in the district have begun teaching children how to recognise landmines and unexploded shells.",
]
