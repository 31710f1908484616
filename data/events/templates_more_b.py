"""More training templates (train split only) for riots, strategic developments, diplomacy, claims,
disasters and organised crime, in registers and word orders the other template modules do not use.

Written apart from the held-out templates (templates_heldout.py was not read). Conventions (see
build_reports.fill()): a template uses {a1}/{a2} only when that kind has a written form (not civ, prot,
riot, none); it never ends with "{loc}" before a full stop, colon or semicolon (a place phrase may end
with a comma); "accused", "allegedly" and "reportedly" appear only where the report really is an
allegation, and "said/told/according to/confirmed/reported/claimed" only where it names its source,
because those words set the gold modality; a count slot followed by "of" is avoided (a vague count
"dozens of" would double it).
"""

MORE = {}

MORE["Riots / Violent demonstration"] = [
    ("riot", "pol", "What began as a peaceful march against the new tax law descended into chaos in {loc} {date}, "
                    "as protesters hurled stones at {a2} and set a police vehicle ablaze."),
    ("riot", "none", "Protesters angry over the price of bread blocked roads with burning tyres and smashed the "
                     "windows of a bank in {loc} {date}."),
    ("riot", "none", "On {date_plain}, demonstrators protesting the arrest of a local cleric stormed the district "
                     "court in {loc} and set fire to its archives."),
    ("riot", "pol", "Youths protesting against power cuts torched the offices of the electricity company in {loc} "
                    "{date} and pelted {a2} with bricks, {src} said."),
    ("riot", "none", "Election protest turns violent {date} as demonstrators in {loc} loot shops and burn "
                     "vehicles."),
    ("riot", "pol", "{inj} officers were injured {date} when supporters of the jailed opposition leader attacked "
                    "{a2} with stones and iron bars during a protest in {loc} against fuel prices."),
    ("riot", "none", "\"They came with petrol and sticks,\" a shopkeeper in {loc} told reporters after protesters "
                     "angry at the fuel price rise set his kiosk alight {date}."),
    ("riot", "pol", "The heroic youth of {loc} rose up against the regime {date}, driving {a2} from the streets "
                    "with stones and burning the offices of the ruling party."),
    ("riot", "none", "A government office in {loc} was burned down {date} by demonstrators demanding the "
                     "resignation of the governor."),
    ("riot", "pol", "Citizens of {loc} who were protesting against the results of the election {date} threw stones "
                    "towards the forces of order and burned tyres, {src} informed."),
    ("riot", "none", "Live: protesters broke into and vandalised the provincial assembly building in {loc} {date} "
                     "as a demonstration over unpaid salaries turned violent."),
    ("riot", "none", "During a demonstration against the closure of the border market {date}, participants in "
                     "{loc} wrecked the customs offices and destroyed two vehicles belonging to the authorities."),
    ("riot", "pol", "Football fans protesting the arrest of their club president hurled petrol bombs at {a2} in "
                    "{loc} {date}."),
    ("riot", "none", "Striking miners in {loc} ransacked the company's offices {date} and set fire to its trucks "
                     "in a protest over layoffs."),
    ("riot", "pol", "Running battles between stone-throwing demonstrators and {a2} paralysed the centre of {loc} "
                    "{date}, with protesters overturning cars and erecting burning barricades."),
    ("riot", "none", "Angry over the killing of a student, hundreds of demonstrators in {loc} {date} forced their "
                     "way into the police headquarters compound and burned several cars parked inside."),
    ("riot", "pol", "In {loc}, a demonstration by unemployed graduates {date} ended in clashes, with protesters "
                    "throwing Molotov cocktails and {a2} responding with tear gas."),
    ("riot", "none", "Demonstrators chanting against the junta pulled down the statue of the former president in "
                     "{loc} {date} and set fire to the town hall."),
    ("riot", "pol", "Protesters demanding water and electricity attacked {a2} with slingshots and set a customs "
                    "post on fire in {loc} {date}, {src} said."),
]

MORE["Riots / Mob violence"] = [
    ("riot", "civ", "A suspected cattle thief was lynched by a crowd of residents in {loc} {date}, {src} said."),
    ("riot", "civ", "Jungle justice: a mob caught a man suspected of stealing a motorcycle in {loc} {date}, beat "
                    "him and set him on fire."),
    ("riot", "civ", "Supporters of two rival political parties fought with clubs and machetes in {loc} {date}, "
                    "leaving {kill} people dead."),
    ("riot", "civ", "On {date_plain}, a group of villagers in {loc} stoned to death a woman they believed to be a "
                    "witch."),
    ("riot", "civ", "Residents of {loc} took the law into their own hands {date}, beating {num} suspected thieves "
                    "with sticks until police arrived."),
    ("riot", "civ", "Clashes between youths from two neighbouring villages over a disputed farm boundary left "
                    "{kill} people dead in {loc} {date}."),
    ("riot", "civ", "An angry crowd torched the homes of {num} families from a minority community in {loc} {date} "
                    "after rumours spread that one of them had insulted the prophet."),
    ("riot", "civ", "A driver whose truck had hit a child was pulled from his cab and beaten to death by "
                    "bystanders in {loc} {date}, {src} said."),
    ("riot", "civ", "Mob justice left {kill} men dead in {loc} {date} after residents set upon suspected child "
                    "kidnappers."),
    ("riot", "civ", "A crowd armed with iron bars and stones attacked worshippers leaving a church in {loc} "
                    "{date}, injuring {inj}."),
    ("riot", "civ", "A health worker was chased and beaten by a mob in {loc} {date} after villagers blamed a "
                    "vaccination campaign for the death of a child."),
    ("riot", "civ", "A man suspected of theft was beaten and burned alive by a crowd at the central market of "
                    "{loc} {date}; police recovered his body hours later."),
    ("riot", "civ", "Herders and farmers armed with sticks and cutlasses clashed in {loc} {date} over crops "
                    "destroyed by cattle; {kill} people died."),
    ("riot", "civ", "A suspected pickpocket was necklaced by an angry crowd in {loc} {date}."),
    ("riot", "civ", "Following a dispute over a football match, youths from rival neighbourhoods of {loc} attacked "
                    "each other with stones and knives {date}, injuring {inj}."),
    ("riot", "civ", "{kill_cap} people were killed in {loc} {date} when a crowd of villagers attacked travellers "
                    "they suspected of being organ thieves."),
]

MORE["Strategic developments / Agreement"] = [
    ("gov", "reb", "After weeks of talks mediated by elders, {a1} and {a2} reached a deal in {loc} {date} to "
                   "reopen the main highway to civilian traffic."),
    ("mil", "reb", "{a1} freed {num} captured fighters {date} in return for the release of soldiers held by {a2} "
                   "near {loc}, in an exchange brokered by the Red Cross."),
    ("gov", "reb", "A ceasefire brokered by religious leaders came into force in {loc} {date} between {a1} and "
                   "{a2}."),
    ("gov", "reb", "On {date_plain}, {a1} and {a2} signed a memorandum of understanding in {loc} on the return of "
                   "displaced families."),
    ("mil", "reb", "{a2} agreed {date} to let civilians and wounded fighters leave {loc} under an evacuation deal "
                   "reached with {a1}, {src} said."),
    ("gov", "reb", "Truce deal sealed: {a1} and {a2} put pen to paper in {loc} {date}."),
    ("gov", "reb", "{num} rebel fighters handed in their weapons in {loc} {date} under an amnesty deal struck with "
                   "{a1}."),
    ("gov", "reb", "The Joint Ceasefire Commission announces that representatives of {a1} and {a2} concluded an "
                   "agreement on the cessation of hostilities in {loc} {date}."),
    ("mil", "reb", "Field commanders representing {a1} and {a2} shook hands in {loc} {date} on a local arrangement "
                   "to stop shelling during the harvest."),
    ("gov", "reb", "{a1} released {num} prisoners from a jail in {loc} {date} as its part of the deal with {a2}, "
                   "{src} said."),
    ("mil", "reb", "In a deal reached {date}, {a1} and {a2} agreed to pull heavy weapons back from the front line "
                   "around {loc} within a week."),
    ("gov", "reb", "The sides, {a1} and {a2}, have come to a consensus {date} in {loc} regarding the exchange of "
                   "the bodies of those killed."),
    ("gov", "reb", "{a2} returned the bodies of {num} soldiers to {a1} at a crossing point near {loc} {date} under "
                   "a deal mediated by local go-betweens."),
    ("gov", "reb", "Under an accord signed in {loc} {date}, {a1} and {a2} agreed to free all the detainees they "
                   "hold by the end of the month."),
    ("mil", "reb", "Breakthrough {date} as local commanders of {a1} and {a2} agree to a three-day truce in {loc} "
                   "for the religious holiday."),
    ("gov", "reb", "Hostages held by {a2} were handed over to {a1} in {loc} {date} following negotiations mediated "
                   "by Qatar."),
]

MORE["Strategic developments / Arrests"] = [
    ("pol", "civ", "A prominent blogger critical of the government was arrested at his home in {loc} {date}, his "
                   "lawyer said."),
    ("mil", "reb", "{a1} nabbed a suspected bomb-maker with ties to {a2} in a dawn raid on a hideout in {loc} "
                   "{date}."),
    ("pol", "civ", "{arr_cap} people, including two local councillors, were taken into custody in {loc} {date} in "
                   "a corruption investigation."),
    ("pol", "civ", "On {date_plain}, {a1} detained {arr} members of an opposition party at a private meeting in "
                   "{loc} and seized their phones."),
    ("pol", "civ", "{a1} swooped on a hotel in {loc} {date} and held {arr} foreign nationals suspected of entering "
                   "the country illegally."),
    ("pol", "reb", "Acting on intelligence, officers apprehended {arr} suspects linked to {a2} in {loc} {date} and "
                   "recovered documents and mobile phones, the police command announced."),
    ("mil", "civ", "Soldiers manning a checkpoint near {loc} detained a local journalist {date} and confiscated "
                   "his camera, {src} said."),
    ("pol", "civ", "The mayor of {loc} was arrested {date} on charges of embezzling public funds."),
    ("pol", "civ", "Mass arrests {date} as {a1} detain {arr} young men in {loc} in house-to-house searches."),
    ("pol", "civ", "{a1} held {arr} suspects for questioning in {loc} {date} after a bank manager was shot dead in "
                   "the town last week."),
    ("mil", "reb", "A senior commander of {a2} was captured alive by {a1} in an operation near {loc} {date}, {src} "
                   "said."),
    ("pol", "civ", "{a1} picked up a human rights activist outside a cafe in {loc} {date}; she was charged the "
                   "next day with spreading false news."),
    ("pol", "civ", "Two brothers from {loc} are behind bars after {a1} arrested them {date} on suspicion of "
                   "selling weapons."),
    ("pol", "civ", "{arr_cap} suspects were rounded up at the bus terminal in {loc} {date} and driven to the "
                   "central police station."),
    ("pol", "civ", "In {loc}, {a1} {date} arrested a former provincial minister wanted over the disappearance of "
                   "state funds."),
    ("pol", "civ", "Plain-clothes officers bundled a trade union leader into an unmarked car in {loc} {date}; the "
                   "interior ministry later confirmed he was in police custody."),
    ("pol", "civ", "Arrested: {arr} members of the local council in {loc}, detained by {a1} {date} on suspicion of "
                   "financing armed groups."),
    ("mil", "civ", "During a cordon-and-search operation in {loc} {date}, {a1} detained {arr} men of fighting age "
                   "for screening."),
    ("pol", "civ", "An opposition MP was led away in handcuffs from the regional assembly in {loc} {date} after "
                   "{a1} executed an arrest warrant."),
    ("pol", "civ", "The arrest of a popular preacher in {loc} {date} by {a1} has angered his followers."),
]

MORE["Strategic developments / Change to group/activity"] = [
    ("reb", "none", "A new commander was appointed to lead {a1} in {loc} {date}, {src} said, after a string of "
                    "battlefield defeats."),
    ("gov", "none", "The governor of {loc} ordered all markets and schools closed {date} and imposed a 24-hour "
                    "lockdown following a wave of attacks."),
    ("gov", "none", "{a1} declared martial law in {loc} {date}."),
    ("reb", "none", "In {loc} {date}, {num} fighters who had deserted {a1} enrolled in a government reintegration "
                    "programme."),
    ("reb", "none", "Three local militias in {loc} joined forces {date} under a single command, calling themselves "
                    "the Northern Resistance Front."),
    ("gov", "none", "{a1} suspended mobile internet and banned motorbike traffic in {loc} {date} as a security "
                    "measure."),
    ("reb", "none", "{a1} began forcibly conscripting young men in villages around {loc} {date}, {src} said."),
    ("gov", "none", "{a1} outlawed the main opposition party {date} and ordered its offices in {loc} closed."),
    ("reb", "none", "A splinter faction broke away from {a1} in {loc} {date}, accusing the leadership of betraying "
                    "the cause."),
    ("reb", "none", "{a1} announced {date} in {loc} that the movement would now operate under a new name."),
    ("gov", "none", "On {date_plain}, authorities in {loc} extended the state of emergency and imposed a "
                    "night-time ban on all vehicles."),
    ("gov", "none", "Authorities in {loc} banned the carrying of weapons in public and closed all bars {date} "
                    "after a spike in violence."),
    ("reb", "none", "{a1} imposed a ban on music, smartphones and travel by women without a male guardian in {loc} "
                    "{date}, residents said."),
    ("gov", "none", "By decree {date}, {a1} dissolved the village defence militias in {loc} and ordered their "
                    "members to hand in their guns."),
    ("gov", "none", "A curfew from 7 pm to 6 am came into force in {loc} {date}, {src} said."),
    ("reb", "none", "Local commanders of {a1} in {loc} pledged allegiance to the Islamic State {date}, breaking "
                    "with the group's leadership."),
    ("reb", "none", "{a1} announced {date} in {loc} that the movement would lay down its arms and become a "
                    "political party."),
    ("gov", "none", "{a1} dissolved the municipal council of {loc} {date} and appointed a military administrator "
                    "in its place."),
]

MORE["Strategic developments / Disrupted weapons use"] = [
    ("pol", "reb", "A would-be suicide bomber was overpowered and arrested by {a1} before he could detonate his "
                   "vest at a checkpoint in {loc} {date}."),
    ("mil", "reb", "Army engineers cleared {num} landmines planted by {a2} along the road to {loc} {date}."),
    ("pol", "none", "Customs officers intercepted a lorry carrying rocket launchers and ammunition at the border "
                    "post of {loc} {date}."),
    ("mil", "reb", "{a1} shot down {num} kamikaze drones over {loc} {date}, the air force said."),
    ("pol", "reb", "A car packed with explosives was discovered and defused outside the governor's office in {loc} "
                   "{date}, averting a massacre, {src} said."),
    ("mil", "reb", "{a1} raided a bomb-making workshop run by {a2} in {loc} {date}, seizing fertiliser, detonators "
                   "and half-finished IEDs."),
    ("pol", "none", "On {date_plain}, police in {loc} recovered {num} unexploded mortar rounds hidden in a "
                    "farmhouse."),
    ("mil", "reb", "An attempt by {a2} to blow up a bridge near {loc} was thwarted {date} when soldiers spotted "
                   "the charges and disarmed them."),
    ("mil", "reb", "Anti-aircraft gunners brought down a rocket fired at the airport in {loc} {date} before it "
                   "could hit the terminal."),
    ("mil", "reb", "The vigilance of our forces foiled a cowardly terrorist plot {date}: {a1} found and "
                   "neutralised an explosive charge hidden in a donkey cart in {loc} near the main mosque."),
    ("pol", "reb", "Acting on a tip-off, {a1} uncovered an arms depot of {a2} in {loc} {date} containing {num} "
                   "assault rifles."),
    ("mil", "none", "A controlled explosion was carried out {date} on a roadside bomb found by a patrol in {loc}, "
                    "{src} said."),
    ("mil", "reb", "Electronic warfare units jammed and downed {num} drones launched by {a2} towards {loc} {date}."),
    ("pol", "none", "Bomb squad officers safely detonated a grenade found in an abandoned bag at the bus station "
                    "of {loc} {date}."),
    ("mil", "reb", "A boat laden with weapons destined for {a2} was seized by {a1} near {loc} {date}."),
]

MORE["Strategic developments / Headquarters or base established"] = [
    ("reb", "none", "{a1} took over a school in {loc} {date} and turned it into their headquarters, residents "
                    "said."),
    ("mil", "none", "A new army garrison was inaugurated in {loc} {date} to secure the border area."),
    ("reb", "none", "{a1} established a camp in the forest near {loc} {date}, where they began training new "
                    "recruits, {src} said."),
    ("mil", "none", "{a1} dug in and fortified a new position on the hilltop overlooking {loc} {date}."),
    ("mil", "none", "{a1} opened a logistics hub at the airfield in {loc} {date}."),
    ("reb", "none", "On {date_plain}, {a1} erected roadblocks at all entrances to {loc} and began searching "
                    "vehicles."),
    ("reb", "none", "{a1} relocated their command post to a village outside {loc} {date}, {src} said."),
    ("mil", "none", "{a1} finished building a forward base near {loc} {date}, extending the army's reach into the "
                    "valley."),
    ("pol", "none", "{a1} opened a new outpost in {loc} {date} to protect farmers during the planting season."),
    ("reb", "none", "{a1} occupied a hotel in {loc} {date} and converted it into a base for their gunmen, {src} "
                    "said."),
    ("mil", "none", "Construction of a military airstrip and barracks for {a1} was completed outside {loc} {date}."),
    ("reb", "none", "{a1} set up a court and a tax office in {loc} {date}, {src} said."),
    ("mil", "none", "A joint command centre for operations in the north was opened in {loc} {date} by {a1}."),
    ("reb", "none", "Witnesses saw {a1} digging trenches and building bunkers on the edge of {loc} {date} as they "
                    "established a new stronghold."),
]

MORE["Strategic developments / Looting/property destruction"] = [
    ("reb", "civ", "{a1} set fire to {num} houses and a mosque in {loc} {date} after villagers refused to pay them "
                   "tax, {src} said."),
    ("mil", "civ", "Shops in {loc} were stripped bare by {a1} {date}, traders said."),
    ("none", "civ", "Unidentified arsonists burned down the offices of the electoral commission in {loc} {date}."),
    ("reb", "civ", "On {date_plain}, {a1} tore down a mobile phone mast and wrecked the water pumping station near "
                   "{loc} that serves thousands of residents."),
    ("mil", "civ", "{a1} razed {num} homes in {loc} {date}, {src} said, in what villagers called punishment for "
                   "sheltering rebels."),
    ("reb", "civ", "{a1} carted off grain, motorbikes and solar panels from villages around {loc} {date}."),
    ("none", "civ", "Looters broke into a UN warehouse in {loc} {date} and made off with tonnes of food aid."),
    ("reb", "civ", "{a1} burned the harvest of farmers in {loc} {date} and slaughtered their cattle."),
    ("reb", "civ", "A health clinic in {loc} was vandalised and its medicine stores emptied by {a1} {date}."),
    ("none", "civ", "Vandals ripped up a section of the railway line near {loc} {date}, halting trains, {src} "
                    "said."),
    ("reb", "civ", "\"They took everything, even the cooking pots,\" a widow in {loc} said of the raid by {a1} on "
                   "her village {date}."),
    ("mil", "civ", "{a1} ransacked homes and torched the market in {loc} {date} before leaving the town."),
    ("reb", "civ", "{a1} drove away the herds of {num} families in {loc} {date}."),
    ("none", "civ", "Unknown assailants set fire to {num} trucks loaded with goods at a parking lot in {loc} "
                    "{date}."),
    ("reb", "civ", "Aid convoy plundered: {a1} seized {num} trucks of food destined for displaced families near "
                   "{loc} {date}."),
    ("mil", "civ", "{num} buildings in {loc} were burned down by {a1} {date}, satellite images analysed by Human "
                   "Rights Watch show."),
    ("none", "civ", "Unknown people vandalised a church and desecrated graves in {loc} {date}."),
]

MORE["Strategic developments / Non-violent transfer of territory"] = [
    ("reb", "mil", "{a1} walked into {loc} unopposed {date} after {a2} had quietly left the town overnight."),
    ("mil", "reb", "Without firing a shot, {a2} took charge of {loc} {date} once {a1} had evacuated their base, "
                   "{src} said."),
    ("reb", "mil", "The district governor of {loc} handed the keys of the administrative compound to {a1} {date}, "
                   "and {a2} who had been guarding it went home."),
    ("mil", "reb", "On {date_plain}, {a1} vacated {loc} and {a2} took over the town peacefully."),
    ("reb", "mil", "{loc} changed hands without bloodshed {date} as {a2} pulled out and {a1} moved in."),
    ("reb", "mil", "{a2} gave up the border post at {loc} to {a1} {date} without resistance."),
    ("reb", "none", "{a1} took over {loc} {date} after the local administration and police fled ahead of their "
                    "arrival."),
    ("mil", "reb", "{a1} redeployed away from {loc} {date}, leaving it to {a2}, who entered the town peacefully."),
    ("reb", "mil", "Elders in {loc} opened the town to {a1} {date}, and {a2} stationed there laid down their arms "
                   "without a fight."),
    ("reb", "mil", "{a1} assumed control of {loc} {date} without any fighting after {a2} abandoned their posts."),
    ("mil", "reb", "A peaceful handover: {a1} left the barracks in {loc} {date} and {a2} raised their flag over it "
                   "hours later."),
    ("mil", "reb", "{a1} completed their withdrawal from {loc} without incident {date}, and {a2} took over the "
                   "positions they left."),
    ("reb", "mil", "In a bloodless takeover, {a1} seized {loc} {date} after {a2} deserted their posts overnight."),
    ("mil", "reb", "Local officials in {loc} switched allegiance {date} and the town passed to {a2} without a shot "
                   "being fired."),
]

MORE["Strategic developments / Other"] = [
    ("mil", "none", "{a1} were seen moving a column of tanks and armoured personnel carriers towards {loc} {date}."),
    ("mil", "none", "{a1} test-fired a short-range ballistic missile from a site near {loc} {date}."),
    ("gov", "none", "{a1} suspended all flights to {loc} and closed the airspace above it {date}."),
    ("mil", "none", "Thousands of reservists were mobilised and sent to {loc} {date}, {src} said."),
    ("mil", "none", "{a1} carried out live-fire drills with tanks and helicopters outside {loc} {date}."),
    ("gov", "none", "Border crossings near {loc} were shut {date}, leaving hundreds of trucks stranded on both "
                    "sides."),
    ("mil", "none", "Special forces were airlifted into {loc} {date} to reinforce the garrison."),
    ("none", "none", "A contingent of foreign peacekeepers arrived in {loc} {date} and took up positions around "
                     "the airport."),
    ("gov", "none", "Authorities began evacuating residents of villages near {loc} {date} as troops massed nearby."),
    ("mil", "none", "The army chief of staff visited the front line near {loc} {date} to inspect the troops."),
    ("mil", "none", "{a1} deployed warships off the coast near {loc} {date}, {src} said."),
    ("mil", "none", "{a1} moved heavy artillery into position around {loc} {date}, without opening fire."),
    ("mil", "none", "The air force staged a show of force {date}, flying fighter jets at low altitude over {loc} "
                    "without dropping any bombs."),
    ("mil", "none", "A convoy of {num} military trucks carrying troops and ammunition rolled into {loc} {date}."),
    ("gov", "none", "Diplomats and foreign aid workers were evacuated from {loc} by air {date} as fighting neared."),
    ("mil", "none", "{a1} launched a large-scale snap readiness exercise around {loc} {date}, {src} said."),
]

MORE["Diplomacy / Diplomatic contact"] = [
    ("gov", "for", "The foreign minister flew to {fcap} {date} for talks with {a2} on border security."),
    ("gov", "for", "{a2} and a visiting delegation of {a1} discussed trade and security in {fcap} {date}."),
    ("gov", "for", "{a1} sent a delegation to {fcap} {date}, where it met {a2} to discuss the situation in the "
                   "country."),
    ("gov", "for", "On {date_plain}, {a1} and {a2} held a round of consultations in {fcap}."),
    ("gov", "for", "In a phone call {date}, {a2} and the prime minister discussed the security situation, the "
                   "prime minister's office said."),
    ("gov", "for", "A senior envoy from {a1} was received in {fcap} {date} by {a2}."),
    ("gov", "for", "Talks in {fcap}: {a1} and {a2} met behind closed doors {date}."),
    ("gov", "for", "{a2} hosted talks with {a1} in {fcap} {date}, the first such meeting in two years."),
    ("gov", "for", "{a1} and {a2} sat down in {fcap} {date} for a second day of negotiations on a prisoner "
                   "release."),
    ("gov", "for", "{a1} dispatched a senior envoy to {fcap} {date}, where he was received by {a2}."),
    ("gov", "for", "Within the framework of the official visit to {fcap} {date}, the delegation of {a1} held "
                   "negotiations with {a2}, the press service reported."),
    ("gov", "for", "A meeting between {a1} and {a2} took place in {fcap} {date}, during which the parties "
                   "exchanged views on regional security."),
    ("gov", "for", "{a2} held a video conference with {a1} {date} on the humanitarian situation."),
    ("reb", "for", "A political delegation representing {a1} was in {fcap} {date} for meetings with {a2}, a "
                   "spokesman said."),
    ("gov", "for", "A delegation from {a2} met officials of {a1} in {loc} {date} during a tour of the region."),
    ("gov", "for", "Envoys of {a1} and {a2} wrapped up two days of talks in {fcap} {date} without announcing an "
                   "agreement."),
    ("gov", "for", "The prime minister arrived in {fcap} {date} on a three-day state visit and held talks with "
                   "{a2}."),
    ("gov", "for", "Talks between {a1} and {a2} opened in {fcap} {date}, with humanitarian access and border "
                   "crossings on the agenda."),
    ("gov", "for", "The head of the ruling council discussed bilateral relations with {a2} by telephone {date}, "
                   "state media reported."),
    ("gov", "for", "At a summit in {fcap} {date}, representatives of {a1} held a bilateral meeting with {a2} on "
                   "the sidelines."),
]

MORE["Statements / Claim of responsibility"] = [
    ("reb", "none", "{a1} said {date} that the group's fighters were behind the bombing of a bus station in {loc} "
                    "during the morning rush hour."),
    ("reb", "none", "In a post on the group's propaganda channel, {a1} took credit {date} for the assassination in "
                    "{loc} of a district judge."),
    ("reb", "none", "{a1} accepted responsibility {date} for the rocket fire on {loc}, {src} said."),
    ("reb", "none", "Claim: {a1} said the group's men planted the mines that struck an army patrol near {loc} "
                    "({date_plain})."),
    ("reb", "none", "In an audio message released {date}, a spokesman for {a1} said the group had kidnapped the "
                    "engineers in {loc} who were working on a new dam."),
    ("reb", "none", "{a1} owned up {date} to the attack on a police post in {loc}, calling it revenge for the "
                    "death of a commander."),
    ("reb", "none", "The bombing in {loc} {date} was claimed by {a1} in a post on social media."),
    ("reb", "none", "Our lions carried out the blessed operation against the apostate army in {loc} {date}, {a1} "
                    "announced in a statement."),
    ("reb", "none", "{a1} issued a statement {date} saying the group was responsible for shooting down a military "
                    "helicopter near {loc} with a missile."),
    ("reb", "none", "A group calling itself the Martyrs Brigade, an offshoot of {a1}, claimed the killing of two "
                    "tax collectors in {loc} {date}."),
    ("reb", "none", "Hours after the blast in {loc} {date}, {a1} published a statement naming the bomber as a "
                    "member of the group."),
    ("reb", "none", "Responsibility for the ambush on the convoy near {loc} {date} was claimed by {a1} through its "
                    "usual channels."),
    ("reb", "none", "\"We did it,\" a commander of {a1} said by phone {date}, referring to the car bomb that hit "
                    "{loc} the day before."),
    ("reb", "none", "{a1} claimed the downing of a drone over {loc}, saying in a statement {date} that the group's "
                    "fighters hit the aircraft."),
    ("reb", "none", "Breaking: claim of responsibility from {a1} for the attack on the army base in {loc} {date}."),
    ("reb", "none", "A statement bearing the logo of {a1} took responsibility {date} for burning down {num} "
                    "telecom masts around {loc} to cut off army communications."),
]

MORE["Disasters / Natural disaster"] = [
    ("none", "none", "Torrential monsoon rains flooded large parts of {loc} {date}, killing {kill} people and "
                     "submerging thousands of homes, {src} said."),
    ("none", "none", "A magnitude 6.1 quake jolted {loc} {date}, bringing down mud-brick houses; {kill} bodies "
                     "have been pulled from the rubble."),
    ("none", "none", "A river burst its banks near {loc} {date}, sweeping away livestock and crops."),
    ("none", "none", "On {date_plain}, a mudslide triggered by heavy rain buried {num} houses in {loc} under "
                     "tonnes of earth."),
    ("none", "none", "Lightning struck a school in {loc} {date}, killing {kill} pupils."),
    ("none", "none", "Gale-force winds and hailstorms tore roofs off homes in {loc} {date}, injuring {inj} people."),
    ("none", "none", "An avalanche in the mountains above {loc} {date} engulfed a convoy of vehicles, and {kill} "
                     "travellers died."),
    ("none", "none", "A wildfire fanned by strong winds raced through the forests near {loc} {date}, forcing "
                     "thousands to evacuate."),
    ("none", "none", "Heavy snowfall and freezing temperatures killed {kill} displaced people in camps near {loc} "
                     "{date}, {src} said."),
    ("none", "none", "Villagers in {loc} are homeless after a flash flood tore through the valley {date}, "
                     "destroying {num} houses."),
    ("none", "none", "A tropical storm battered {loc} {date}, uprooting trees and leaving {kill} people dead."),
    ("none", "none", "Days of relentless rain caused the collapse of {num} homes in {loc} {date}, {src} said."),
    ("none", "none", "A sandstorm swept across {loc} {date}, grounding flights and sending {inj} people to "
                     "hospital with breathing problems."),
    ("none", "none", "Residents of {loc} fled their homes {date} as a 5.8-magnitude earthquake rocked the area, "
                     "cracking walls and toppling minarets."),
]

MORE["Disasters / Man-made disaster"] = [
    ("none", "none", "An explosion at a fireworks warehouse in {loc} {date} killed {kill} people and shattered "
                     "windows across the neighbourhood."),
    ("none", "none", "A packed minibus collided with a fuel truck on the highway outside {loc} {date}, leaving "
                     "{kill} passengers dead."),
    ("none", "none", "{kill_cap} miners were killed when the shaft of an illegal gold mine caved in near {loc} "
                     "{date}."),
    ("none", "none", "A boat carrying traders and their goods sank on the lake near {loc} {date}; {num} people are "
                     "missing."),
    ("none", "none", "A stampede at a food distribution point in {loc} {date} left {kill} people dead, {src} said."),
    ("none", "none", "On {date_plain}, a three-storey building housing a school collapsed in {loc}, trapping "
                     "pupils under the rubble."),
    ("none", "none", "Fire gutted a hospital ward in {loc} {date} after an oxygen cylinder exploded, {src} said."),
    ("none", "none", "An oil pipeline ruptured near {loc} {date}, spilling crude into farmland and a river."),
    ("none", "none", "Dozens of people fell ill after drinking bootleg liquor in {loc} {date}, and {kill} died."),
    ("none", "none", "A cargo plane crashed shortly after take-off from the airport in {loc} {date}, killing "
                     "{kill} crew members on board."),
    ("none", "none", "A tanker truck overturned and burst into flames in {loc} {date}, and {kill} people who had "
                     "rushed to collect fuel were burned to death."),
    ("none", "none", "A cooking fire spread through a camp for displaced people in {loc} {date}, destroying {num} "
                     "shelters."),
    ("none", "none", "A poorly maintained dam upstream of {loc} gave way {date}, sending a wall of water through "
                     "low-lying neighbourhoods; {kill} people drowned."),
    ("none", "none", "Toxic smoke from a blaze at a plastics factory in {loc} forced the evacuation of nearby "
                     "schools {date}."),
    ("none", "none", "An electrical fault sparked a fire that destroyed {num} stalls at the main market of {loc} "
                     "{date}."),
]

MORE["Crime / Organised crime"] = [
    ("gang", "civ", "{a1} hijacked a truck loaded with fuel on the road near {loc} {date} and drove off with its "
                    "cargo."),
    ("pol", "gang", "Anti-narcotics police seized {num} kilograms of heroin hidden in a shipment of dried fruit in "
                    "{loc} {date}."),
    ("gang", "civ", "Two rival gangs fought a gun battle over control of the drug trade in {loc} {date}, killing "
                    "{kill} people, {src} said."),
    ("gang", "civ", "{a1} shot dead a bus driver in {loc} {date} for refusing to pay extortion money, {src} said."),
    ("gang", "civ", "Masked robbers raided a jewellery shop in {loc} {date} and escaped with gold worth thousands "
                    "of dollars."),
    ("pol", "gang", "Police busted an illegal oil refinery run by {a2} near {loc} {date} and destroyed the stolen "
                    "crude."),
    ("gang", "civ", "On {date_plain}, {a1} smuggled migrants across the border near {loc} in a sealed container, "
                    "and {kill} were found suffocated."),
    ("pol", "gang", "Coastguard officers intercepted a speedboat carrying cocaine worth millions of dollars near "
                    "{loc} {date}."),
    ("gang", "civ", "A cash-in-transit van was ambushed by heavily armed robbers on the outskirts of {loc} {date}; "
                    "the gang fled with the money."),
    ("pol", "gang", "Investigators dismantled a counterfeit currency ring operating out of {loc} {date}, seizing "
                    "printing equipment and fake banknotes."),
    ("gang", "civ", "Cattle rustlers made off with {num} cows from herders near {loc} {date}, {src} said."),
    ("pol", "gang", "A tunnel used by {a2} to smuggle drugs across the border was discovered in {loc} {date}."),
    ("gang", "civ", "Gunmen working for a local drug boss killed {kill} people at a car wash in {loc} {date}."),
    ("pol", "gang", "Customs agents in {loc} seized {date} {num} tonnes of ivory and pangolin scales hidden in a "
                    "container bound for Asia."),
    ("pol", "gang", "A laboratory producing crystal meth for {a2} was raided and destroyed by {a1} outside {loc} "
                    "{date}."),
    ("gang", "civ", "Cartel-linked gunmen blocked roads with burning vehicles in {loc} {date} after the arrest of "
                    "a local drug lord."),
    ("gang", "civ", "A gang armed with assault rifles robbed {num} traders of their cash at the livestock market "
                    "in {loc} {date}."),
]

# Sentences with no codable event: talk about talks, analysis, policy, generic statements, remarks that are
# not claims, plans and hypotheticals, background on disasters and crime.
NONE_MORE = [
    "The foreign ministry said relations with its neighbours remained strong.",
    "Analysts say any peace deal will depend on the willingness of the insurgents to share power.",
    "Diplomats say a breakthrough in the negotiations is unlikely before the end of the year.",
    "The ceasefire has largely held, according to observers, although both sides remain wary.",
    "The minister said his government was open to dialogue with all armed groups.",
    "No group has so far said it carried out the attack.",
    "Security experts believe the group lacks the capacity to mount attacks in the capital.",
    "The spokesman rejected the accusations as baseless propaganda.",
    "The president's trip abroad is expected to focus on trade and investment.",
    "A new round of talks is planned for next month in a neighbouring capital.",
    "The two countries have maintained close military ties since independence.",
    "The embassy advised its citizens to avoid travel to the border region.",
    "The army chief told parliament that the security situation was improving.",
    "Human rights organisations have long criticised the use of curfews to suppress dissent.",
    "The government's new counter-terrorism strategy places more emphasis on community policing.",
    "Critics argue the amnesty programme rewards fighters who committed abuses.",
    "The interior minister said officers would be held accountable if they broke the law.",
    "Experts warn that drug cartels are expanding their reach into new regions.",
    "The rebel movement was founded in the 1990s by a former army officer.",
    "The peace agreement, if implemented, would grant the region greater autonomy.",
    "Negotiators from both sides are under pressure to show progress.",
    "The defence budget has risen sharply over the past five years.",
    "Officials said there was no need to close the border for now.",
    "The group's leader has not been seen in public for more than a year.",
    "Earthquakes are common in the mountainous region, where most houses are built of mud brick.",
    "Forecasters warned of heavier than usual rains in the coming weeks.",
    "The factory had failed two safety inspections, according to documents seen by reporters.",
    "The trial of the men charged over a bombing years ago resumed after a two-month adjournment.",
    "This week marks ten years since the massacre, and many families are still waiting for justice.",
    "In an interview, the commander said his men were ready to defend the town at any cost.",
    "The government says the truce is largely being respected.",
    "The United States has described the group as a threat to regional stability.",
    "Officials have linked the rise in kidnappings to poverty and unemployment.",
    "The opposition says it will take part in the talks only if political prisoners are freed.",
    "A spokeswoman for the mission said peacekeepers would remain in the country until at least next year.",
    "Rights groups estimate that thousands of people have been detained since the coup.",
    "Both governments say they want closer cooperation on border security.",
    "The ministry's statement did not say who was behind the attack.",
    "Few details about the agreement have been made public.",
    "The militants often use remote forest tracks to move between their hideouts.",
    "Analysts said a merger of the two groups, if it happened, would reshape the conflict.",
    "The report recommends that authorities invest in early warning systems for floods.",
    "Police said the motive was not yet clear.",
    "The ambassador praised the long friendship between the two nations.",
    "Fuel smuggling across the border has been a source of income for many families for decades.",
    "Opinion: the talks in the capital are a chance that neither side can afford to waste.",
    "The group insists that it does not target civilians.",
    "Officials in the capital described the visit as a sign of growing confidence between the two governments.",
    "The government regards any contact with the rebels as a matter for the security services.",
    "Observers expect the military to tighten its grip on the region ahead of the vote.",
    "The foreign minister is due to travel to the region later this month.",
    "Relations between the two countries have been frosty since the ambassador was expelled last year.",
    "The statement from the militant group repeated its demand for the withdrawal of foreign forces.",
    "The army spokesman said the soldiers had acted in self-defence.",
    "The authorities have not said whether the curfew will be lifted.",
    "Talks on a possible prisoner exchange have been going on for months without result.",
    "Officials described the security situation in the north as stable but fragile.",
    "The militia, which emerged from local self-defence groups, is believed to have several thousand members.",
    "Weather forecasters said the dry season would last longer than usual.",
    "The governor said he would meet community leaders next week to discuss the tensions.",
]
