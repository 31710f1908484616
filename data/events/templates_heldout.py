"""Held-out templates (test split only), written apart from every training template.

Three per sub-event type, each in a different register and sentence shape (wire lead with the
attribution at the end, headline, ACLED-style note, officialese press release, partisan statement,
local news with a quoted resident, NGO/UN report, live blog, translated-sounding text), so the held-out
score measures how the classifier does on phrasing it never saw rather than one odd template per type.
They follow ACLED's coding rules (see the comments on the hard cases) and report only events that
happened. Slots and actor kinds are those of templates.py; build_reports.py puts all of these in the
"test" split.

NONE_HELDOUT: sentences with conflict vocabulary but no codable event (analysis, history, trials of
long-past events, budgets, appeals, statistics, plans, hypotheticals), used as test context sentences.
"""

HELDOUT = {}

HELDOUT["Battles / Armed clash"] = [
    # Air support inside a ground battle is still Battles (ACLED).
    ("mil", "reb", "Backed by helicopter gunships, {a1} fought {a2} for hours for control of the main road through {loc} {date}, with {kill} combatants killed on both sides, a military source said."),
    ("reb", "mil", "Latest: {a1} and {a2} are exchanging heavy machine-gun and rocket-propelled grenade fire at the northern entrance to {loc}, where fighting flared {date}."),
    ("reb", "reb2", "On {date_plain}, {a1} and {a2} engaged in an exchange of fire in {loc} over control of a stretch of the main supply road. {kill_cap} fatalities were reported."),
]

HELDOUT["Battles / Government regains territory"] = [
    ("mil", "reb", "The General Staff informs the public that {a1}, following intense combat operations, restored full state control over {loc} {date} after expelling the remnants of {a2}."),
    ("mil", "reb", "Counter-offensive: {a1} wrest back {loc} from {a2} after a week of fighting"),
    ("mil", "reb", "\"We heard the shooting stop around dawn, and then the soldiers were in the market square,\" said a shopkeeper in {loc}, where {a1} dislodged {a2} from their last strongholds {date}."),
]

HELDOUT["Battles / Non-state actor overtakes territory"] = [
    ("reb", "mil", "By the grace of God, {a1} swept into {loc} {date} after a fierce battle, putting {a2} to flight and hoisting their banner over the police headquarters."),
    ("reb", "mil", "The capture of {loc} by {a1} {date}, after two days of street fighting in which {a2} lost {kill} men, gives the group control of the main highway to the border, {src} said."),
    ("reb", "mil", "On {date_plain}, {a1} wrested control of {loc} from {a2} following armed clashes; the district administration building is now in the hands of the group."),
]

HELDOUT["Explosions/Remote violence / Chemical weapon"] = [
    ("mil", "civ", "The fact-finding mission concluded that a cylinder containing chlorine struck a residential building in {loc} {date} and that {inj} people were treated for respiratory distress."),
    ("mil", "civ", "A nurse in {loc} said the children brought to her clinic {date} had pinpoint pupils and foam at the mouth after rockets released a sweet-smelling gas over the neighbourhood."),
    ("reb", "mil", "{inj} servicemen were evacuated with chemical burns and breathing difficulties after {a1} used chloropicrin against trenches held by {a2} near {loc} {date}, {src} reported."),
]

HELDOUT["Explosions/Remote violence / Air/drone strike"] = [
    ("mil", "reb", "{a1} said an air operation {date} had neutralised a logistics hub used by {a2} near {loc}, destroying {num} vehicles and a fuel depot."),
    ("mil", "civ", "On {date_plain}, a drone attributed to {a1} struck a motorcycle on the road outside {loc}, killing {kill} civilians, among them a child."),
    ("mil", "civ", "Residents said they heard the roar of jets moments before bombs tore through a crowded bakery in {loc} {date}, killing {kill} and burying others under the rubble."),
]

HELDOUT["Explosions/Remote violence / Suicide bomb"] = [
    ("reb", "mil", "{kill_cap} recruits killed in {loc} as suicide bomber strikes queue outside army enlistment centre"),
    # A person-borne IED is a suicide bombing for ACLED, not a remote explosive.
    ("reb", "civ", "The UN mission documented an attack {date} in which a person-borne improvised explosive device was detonated among mourners at a funeral in {loc}, causing {kill} civilian deaths and {inj} injuries."),
    ("reb", "pol", "An assailant who had hidden explosives under a police uniform got into the compound of the police headquarters in {loc} {date} before blowing himself up in the canteen, killing {kill} officers, {src} said."),
]

HELDOUT["Explosions/Remote violence / Shelling/artillery/missile attack"] = [
    ("reb", "civ", "{date_cap}, a salvo of Grad rockets fired by {a1} from across the river hit a school and several houses in {loc}, the regional administration said; {kill} civilians died and {inj} were wounded."),
    ("mil", "reb", "On {date_plain}, {a1} carried out long-range artillery fire against positions held by {a2} on the outskirts of {loc}. No fatalities were recorded."),
    ("mil", "civ", "\"The first shell landed just after evening prayers,\" said a father of four in {loc}, describing the artillery barrage that struck the town {date} and killed {kill} people."),
]

HELDOUT["Explosions/Remote violence / Remote explosive/landmine/IED"] = [
    ("reb", "mil", "Investigators believe the device, buried beneath a culvert and triggered by a command wire, had been planted by {a1}; it tore through an armoured vehicle of {a2} outside {loc} {date}, killing {kill} crew members."),
    # Unexploded ordnance going off is coded as a remote explosive by ACLED.
    ("none", "civ", "Two brothers herding goats outside {loc} were killed {date} when one of them picked up a leftover shell that blew up in his hands, relatives said."),
    ("none", "pol", "BREAKING: Explosion hits police pickup in {loc} on ring road; security source says the device was detonated remotely as the vehicle passed, {inj} officers hurt"),
]

HELDOUT["Explosions/Remote violence / Grenade"] = [
    ("none", "civ", "On {date_plain}, an unidentified assailant threw a hand grenade into the courtyard of a house in {loc} during a wedding celebration, injuring {inj} guests."),
    ("none", "pol", "A shopkeeper in {loc} said he saw a teenager pull the pin and roll the grenade under the police van {date} before running into an alley; {inj} officers were wounded."),
    ("none", "mil", "An army statement said a sentry at a checkpoint in {loc} was seriously wounded {date} when a grenade was hurled at him from a passing rickshaw."),
]

HELDOUT["Violence against civilians / Sexual violence"] = [
    ("mil", "civ", "The mission documented the rape of {num} women and girls by {a1} during a cordon-and-search operation in {loc} {date}."),
    ("reb", "civ", "\"They took turns with us in the schoolroom,\" a 19-year-old survivor told a local radio station, recounting how {a1} held and sexually abused her and other girls in {loc} {date}."),
    ("gang", "civ", "A displaced woman was gang-raped at gunpoint while collecting firewood near {loc} {date}, a camp leader told reporters, adding that the attackers wore no uniforms."),
]

HELDOUT["Violence against civilians / Attack"] = [
    # Killing combatants who have surrendered is Violence against civilians (ACLED), despite the firefight.
    ("mil", "civ", "Witnesses said {a1} shot {kill} fighters who had laid down their weapons and raised their hands after a firefight outside {loc} {date}."),
    ("reb", "civ", "{a1} massacre {kill} herders near {loc} as they water cattle"),
    ("mil", "civ", "In its report, the human rights commission found that {a1}, during a search operation in {loc} {date}, set fire to a house with its occupants inside, and that {kill} residents, including an infant, died."),
]

HELDOUT["Violence against civilians / Abduction/forced disappearance"] = [
    ("gang", "civ", "Passengers on a night bus were marched into the bush at gunpoint on the outskirts of {loc} {date} by {a1}, who later phoned relatives to demand ransom, {src} said."),
    # Detention followed by an undisclosed fate is a forced disappearance, not an arrest.
    ("mil", "civ", "Amnesty International said {num} young men detained by {a1} during a sweep of {loc} {date} have not been seen since, and the authorities deny holding them."),
    ("reb", "civ", "On {date_plain}, {a1} seized a village chief and his two sons from their home in {loc} and led them away to an unknown location; their fate remains unknown."),
]

HELDOUT["Protests / Peaceful protest"] = [
    ("prot", "none", "Farmers drive tractors into {loc} to protest against new grain import rules"),
    ("prot", "none", "On {date_plain}, around 200 members of the teachers' union held a demonstration in front of the governorate in {loc}, demanding payment of salary arrears. The protest ended without incident."),
    ("prot", "none", "\"We are not leaving until the water comes back,\" said Amina, one of dozens of women who sat down with empty jerrycans across the main road into {loc} {date}."),
]

HELDOUT["Protests / Protest with intervention"] = [
    ("prot", "pol", "Plain-clothes officers bundled {arr} demonstrators into police trucks as {a2} cleared a silent vigil outside the regional assembly in {loc} {date}, {src} said."),
    # Warning shots in the air with no one hurt: intervention, not excessive force.
    ("prot", "pol", "On {date_plain}, residents protesting against evictions in {loc} were dispersed by {a2} with tear gas and warning shots fired into the air; no injuries were reported."),
    ("prot", "pol", "Live: {a2} are kettling hundreds of marchers in {loc} near the central station; our correspondent says officers are using batons and pepper spray to push the crowd back"),
]

HELDOUT["Protests / Excessive force against protesters"] = [
    ("mil", "prot", "{a1} fire on crowd demanding return to civilian rule in {loc}, hospital counts {kill} dead"),
    ("pol", "prot", "Human Rights Watch found that {a1} used lethal force without warning against peaceful demonstrators in {loc} {date}, firing assault rifles at close range and killing {kill} people, including two teenagers."),
    ("mil", "prot", "A mother in {loc} described how her son, who had joined the march for bread {date}, was shot in the head by a soldier on a rooftop; he was among {kill} protesters killed that day, according to medics."),
]

HELDOUT["Riots / Violent demonstration"] = [
    ("riot", "none", "Demonstrators angry at the killing of a motorcycle taxi driver stormed the town hall in {loc} {date}, smashing furniture and setting the mayor's car on fire."),
    ("riot", "pol", "On {date_plain}, protesters in {loc} threw Molotov cocktails at {a2} and damaged an electoral commission office during a demonstration against the vote count; {inj} police officers were injured."),
    ("riot", "none", "So-called peaceful marchers turned into hooligans in {loc} {date}, hurling rocks at shopfronts and setting a bank on fire in a rampage the ministry described as organised from abroad."),
]

HELDOUT["Riots / Mob violence"] = [
    ("riot", "civ", "On {date_plain}, a crowd of residents in {loc} beat a man suspected of stealing a motorcycle and set him alight; he died at the scene."),
    # Unorganised villagers fighting villagers with clubs and machetes: mob violence, not a battle.
    ("riot", "civ", "Youths from two neighbouring villages near {loc} fought with clubs, spears and machetes {date} in a dispute over grazing land, leaving {kill} people dead and {num} huts burned, {src} said."),
    ("riot", "civ", "Crowd drags health workers from their car in {loc} and beats them over vaccine rumours"),
]

HELDOUT["Strategic developments / Agreement"] = [
    ("gov", "reb", "Following deliberations in {loc} that concluded {date}, {a1} and {a2} adopted a joint communique committing both parties to an immediate cessation of hostilities and the release of detainees."),
    ("mil", "reb", "Commanders of {a1} and {a2} shook hands under a tree outside {loc} {date} after agreeing to let farmers reach their fields during the harvest, elders who brokered the arrangement said."),
    ("gov", "reb", "{a1} and {a2} ink accord in {loc} on handover of bodies and safe passage for aid convoys"),
]

HELDOUT["Strategic developments / Arrests"] = [
    ("pol", "reb", "{a1} said in a statement that operatives had effected the arrest of {arr} suspects linked to {a2} at a hideout in {loc} {date}."),
    ("pol", "civ", "Opposition MP detained in dawn raid on his home in {loc}, party says"),
    ("mil", "civ", "\"They came at two in the morning and took my husband and our eldest son,\" said a woman in {loc}, one of many families whose men were arrested by {a1} {date} in a sweep for suspected collaborators."),
]

HELDOUT["Strategic developments / Change to group/activity"] = [
    ("reb", "none", "On {date_plain}, {a1} announced that all fighters of the group in {loc} would henceforth operate under a new name and a single unified command."),
    ("reb", "none", "New chief for {a1} as hardline deputy takes over after founder's death"),
    # Defection of fighters to the other side is a change to group/activity.
    ("reb", "mil", "A local commander of {a1}, together with {num} fighters under his command, laid down arms and joined {a2} in {loc} {date}, according to a statement of the regional command."),
]

HELDOUT["Strategic developments / Disrupted weapons use"] = [
    ("mil", "reb", "{a1} {date} rendered safe a car packed with explosives that {a2} had left on the highway outside {loc}, an army statement said, adding that the device was disarmed before it could be detonated."),
    ("mil", "reb", "Thanks to the vigilance of our air defence crews, every one of the kamikaze drones sent by {a2} against {loc} {date} was destroyed in the sky before it could do harm."),
    ("pol", "reb", "On {date_plain}, {a1} discovered and neutralised an IED planted on a road outside {loc} before it could explode. No casualties."),
]

HELDOUT["Strategic developments / Headquarters or base established"] = [
    ("reb", "none", "On {date_plain}, {a1} occupied a disused cotton gin on the edge of {loc} and began using it as a permanent base, according to local sources."),
    ("mil", "none", "Satellite images show that {a1} built a fortified outpost on a hill overlooking {loc} {date}, complete with earth berms, a helipad and vehicle shelters."),
    ("reb", "none", "{a1} inaugurated a new regional headquarters in {loc} {date}, telling residents at a ceremony that the office would run courts and collect taxes in the surrounding villages."),
]

HELDOUT["Strategic developments / Looting/property destruction"] = [
    ("reb", "civ", "{a1} strip generators, beds and fuel from main hospital in {loc} as staff flee"),
    ("mil", "civ", "Satellite imagery analysed by Human Rights Watch shows that more than 300 homes in {loc} were razed {date}, after {a1} had ordered residents to leave."),
    ("reb", "civ", "\"They took everything - the sewing machines, the solar panels, even the doors,\" said a trader in {loc}, whose shop was emptied by {a1} {date}."),
]

HELDOUT["Strategic developments / Non-violent transfer of territory"] = [
    ("reb", "mil", "On {date_plain}, {a2} evacuated their camp in {loc} following negotiations, and {a1} took control of the area without any armed confrontation."),
    # Fighting elsewhere, but this town changed hands without a fight.
    ("mil", "reb", "{a2} quietly left {loc} {date} under an arrangement brokered by tribal leaders, and {a1} marched in without firing a shot, days after fierce fighting in neighbouring districts."),
    ("reb", "mil", "Residents of {loc} woke {date} to find the army barracks empty and the flag of {a1} flying over the district office; {a2} had pulled out during the night without a shot being fired, elders said."),
]

HELDOUT["Strategic developments / Other"] = [
    ("reb", "none", "On {date_plain}, a column of around 50 motorcycles reportedly carrying {a1} passed through {loc} heading north. No violence was reported."),
    ("mil", "none", "{a1} began airlifting fuel, ammunition and spare parts into {loc} {date} to resupply the garrison there, {src} said."),
    ("mil", "none", "Villagers near {loc} said they watched long columns of tanks and rocket launchers belonging to {a1} roll past their fields {date} towards the frontier."),
]

HELDOUT["Diplomacy / Diplomatic contact"] = [
    ("gov", "for", "Top envoy from {a1} in {fcap} for talks with {a2} on prisoner releases"),
    ("gov", "for", "A readout issued after the meeting in {fcap} {date} said {a2} and the visiting delegation of {a1} exchanged views on bilateral relations and regional security."),
    ("reb", "for", "Sources close to the talks told Al Jazeera that {a1} sent a three-member delegation to {fcap} {date}, where it met {a2} behind closed doors."),
]

HELDOUT["Statements / Claim of responsibility"] = [
    ("reb", "none", "Claim by {a1}: group says its fighters planted the bomb that hit a bus depot in {loc} at rush hour"),
    ("reb", "none", "An audio message attributed to {a1} and circulated on messaging apps boasted that the group's fighters had planted the explosives that hit an army truck near {loc} {date}."),
    ("reb", "none", "The military command of {a1} takes full responsibility for the blessed operation against the enemy headquarters in {loc} {date} and promises the occupiers more of the same."),
]

HELDOUT["Disasters / Natural disaster"] = [
    ("none", "none", "Magnitude 6.1 quake jolts {loc}, toppling mud-brick homes"),
    ("none", "none", "According to preliminary figures from the disaster management authority, river flooding that began {date} has inundated {num} villages around {loc}, with {kill} deaths confirmed so far."),
    ("none", "none", "\"We saw a flash and then the boys were on the ground,\" said a teacher in {loc}, where a bolt of lightning struck a school football pitch {date}, killing {kill} pupils."),
]

HELDOUT["Disasters / Man-made disaster"] = [
    ("none", "none", "Blaze at illegal oil refinery near {loc} kills {kill} people"),
    ("none", "none", "The Ministry of Transport regrets to announce that a collision between a freight train and a passenger bus at a level crossing near {loc} {date} resulted in {kill} fatalities and {inj} injuries."),
    ("none", "none", "On {date_plain}, a stampede during a food distribution at a stadium in {loc} left {kill} people dead and many more hurt."),
]

HELDOUT["Crime / Organised crime"] = [
    ("pol", "gang", "{a1} intercepted a lorry carrying 1.2 tonnes of cannabis resin hidden under crates of tomatoes on the highway near {loc} {date}, the interior ministry said."),
    ("gang", "civ", "Masked men armed with rifles held up a cash-in-transit van on the outskirts of {loc} {date}, forcing the guards to lie on the tarmac before escaping with an undisclosed sum, {src} said."),
    ("pol", "gang", "Customs officers in {loc} find 300 kg of heroin hidden in marble slabs bound for Europe"),
]

NONE_HELDOUT = [
    "Ten years after the siege of the old city, many of its houses are still in ruins.",
    "A court in the capital resumed hearings in the trial of four officers charged over a massacre committed in 2014.",
    "The defence budget for next year has been increased by 12 percent, the finance minister told parliament.",
    "Analysts say the jihadists are exploiting disputes over grazing land to recruit young herders.",
    "The World Food Programme said it needed $120 million to feed displaced families through the lean season.",
    "Rainy season downpours usually make the dirt roads to the front impassable until October.",
    "According to the monitoring group's annual report, conflict deaths fell by a third compared with the previous year.",
    "Born in a village near the border, the rebel leader studied engineering before taking up arms in the 1990s.",
    "Organisers warned that thousands would gather in the capital on Friday if the talks collapse.",
    "Religious leaders from both communities appealed for restraint in a joint sermon broadcast on state television.",
    "In an interview, the commander said his men were ready to lay down their weapons if the government kept its promises.",
    "A new museum exhibition documents the chemical attacks of the 1980s through photographs and survivor testimony.",
    "Mine clearance experts estimate it will take decades to make the farmland safe again.",
    "This week marks the fifth anniversary of the bombing, which killed more than 80 people at a wedding.",
    "Insurance premiums for ships crossing the strait have tripled since the start of the conflict.",
    "The rebels' ranks are estimated at between 3,000 and 5,000 fighters, most of them recruited locally.",
    "If the ceasefire holds, aid convoys could reach the besieged districts within a week, a UN official said.",
    "The army's spokesman refused to say how many soldiers had been killed since the offensive began in the spring.",
    "Human rights lawyers said the anti-terrorism law gives police sweeping powers of arrest.",
    "Temperatures in the desert garrison towns regularly exceed 45 degrees in July.",
    "Many of the displaced say they will not return home until the armed groups have left.",
    "The documentary, filmed over three years, follows a young medic through the battle for the city.",
    "Diplomats said a draft resolution on the crisis was circulating at the Security Council but no vote had been scheduled.",
    "Fuel queues stretched for several kilometres in the capital, where prices have risen fourfold.",
    "The opposition has vowed to take to the streets if the election date is postponed again.",
    "Researchers who studied 40 years of rainfall data say drought is fuelling tensions between farmers and herders.",
    "The group's leader has not been seen in public since 2019, fuelling rumours about his health.",
    "Weapons experts say the drones used in the region are assembled from commercially available parts.",
    "Compensation claims from families whose homes were destroyed in the 2016 offensive have yet to be paid.",
    "Recruitment posters promising generous bonuses have appeared on billboards across the country.",
]
