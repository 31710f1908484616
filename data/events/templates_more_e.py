"""More training templates (train split only) for violence against civilians, protests and riots, in
registers and word orders the other template modules do not use: headlines, ACLED-style notes,
officialese and partisan statements, translated-sounding reports, live-blog fragments, noun-phrase and
passive openings, events told by their consequences, and hard contrasts (who does what to whom: armed
group vs unarmed civilians, peaceful vs violent crowd, dispersal vs lethal force, protest vs mob).

Written apart from the held-out templates (templates_heldout.py was not read). Conventions (see
build_reports.fill()): a template uses {a1}/{a2} only when that kind has a written form (not civ, prot,
riot, none); it never ends with "{loc}" before a full stop, colon or semicolon (a place phrase may end
with a comma); "allegedly" and "reportedly" appear only where the report really is an allegation, and
"said/says/told/according to/confirmed/reported/claimed" only where it names its source, because those
words set the gold modality; a count slot followed by "of" is avoided (a vague count "dozens of" would
double it).
"""

MORE = {}

MORE["Violence against civilians / Attack"] = [
    ("reb", "civ", "Bodies of {kill} {vic}, some with their throats cut, were pulled from a ditch outside {loc} "
                   "{date}, hours after {a1} had passed through the area."),
    ("none", "civ", "Gunmen massacre {kill} {vic} in dawn raid on village near {loc} {date}"),
    ("mil", "civ", "On {date_plain}, {a1} shot and killed an unarmed shepherd near {loc} as he grazed his flock."),
    ("reb", "civ", "The Provincial Security Committee regrets to announce that {kill} innocent {vic} lost their "
                   "lives {date} when elements of {a1} descended on {loc} and fired indiscriminately."),
    ("mil", "civ", "Once again the butchers of {a1} showed their true face, gunning down {kill} unarmed {vic} at "
                   "the entrance to {loc} {date}."),
    ("gang", "civ", "\"First we heard the motorbikes, then the screaming,\" one resident of {loc} recalled of the "
                    "raid {date} in which {a1} cut down {kill} {vic} with machetes and rifles."),
    ("mil", "civ", "UN human rights investigators said {a1} summarily executed {kill} men rounded up during a "
                   "search operation in {loc} {date}."),
    ("none", "civ", "{date_cap} in {loc} by unknown persons in camouflage uniform was committed the murder of "
                    "{kill} members of one family, among them two minors."),
    ("reb", "civ", "14:05 - Local sources say {a1} are torching homes and shooting at villagers fleeing {loc} "
                   "{date}; {kill} confirmed dead so far."),
    ("reb", "civ", "The slaughter of {kill} {vic} by {a1} at a water point near {loc} {date} has left the whole "
                   "district in mourning."),
    ("pol", "civ", "Having stopped the car at a checkpoint on the edge of {loc} {date} and ordered the driver "
                   "out, {a1} shot him in the head, his brother said."),
    ("reb", "civ", "No soldiers were present when {a1} entered {loc} {date}; the fighters went door to door "
                   "and killed {kill} unarmed men, {src} said."),
    ("mil", "civ", "{a1} opened fire on a car carrying a family across a bridge near {loc} {date}, "
                   "killing {kill} people including children, {src} said."),
    ("mil", "civ", "Traders in {loc} were flogged with electric cables by {a1} {date} as punishment for selling "
                   "food to the rebels, residents said."),
    ("none", "civ", "A bus taking {vic} home from market was ambushed on the road outside {loc} {date} and set "
                    "ablaze, leaving {kill} passengers dead."),
    ("none", "civ", "Radio presenter shot dead outside his home in {loc} {date}; colleagues blame local militias "
                    "angered by his reporting"),
    ("gang", "civ", "Residents of {loc} who refused to pay protection money to {a1} paid with their lives "
                    "{date}, when the gang returned and shot dead {kill} people, among them the village head."),
    ("mil", "civ", "{a1} reportedly executed {kill} detainees in the courtyard of a school used as a base in "
                   "{loc} {date}."),
]

MORE["Violence against civilians / Abduction/forced disappearance"] = [
    ("gang", "civ", "Kidnappers snatch {num} travellers on highway near {loc} {date}, demand ransom"),
    ("mil", "civ", "On {date_plain}, {a1} detained a young man at his home in {loc} and his family has had no "
                   "news of his whereabouts since."),
    ("none", "civ", "The Ministry of Foreign Affairs wishes to inform the public that a national employed by an "
                    "aid agency was abducted near {loc} {date} by armed men, and that every effort is being "
                    "made to secure his release."),
    ("mil", "civ", "Once again the death squads of {a1} came in the night {date}, and {num} more sons of {loc} "
                   "have vanished into the dungeons of the regime."),
    ("reb", "civ", "\"They ordered us to lie face down, then they took the teacher and the nurse,\" a resident of "
                   "{loc} said of the raid {date} by {a1}."),
    ("mil", "civ", "According to Amnesty International, {num} men taken by {a1} in {loc} {date} have been "
                   "forcibly disappeared, with the authorities refusing to acknowledge their detention."),
    ("none", "civ", "{date_cap} in {loc}, a resident was put by persons in balaclavas into a dark minibus "
                    "without number plates; his location is not established at the present time."),
    ("reb", "civ", "BREAKING: {a1} holding {num} passengers taken off a bus near {loc} {date}, local officials "
                   "say"),
    ("reb", "civ", "The seizure of {num} farm workers by {a1} outside {loc} {date} is the third mass kidnapping "
                   "in the district this year."),
    ("gang", "civ", "A businessman dragged from his car by {a1} in {loc} {date} is being held for a ransom of "
                    "$50,000, his family said."),
    ("reb", "civ", "{a1} spirited away {num} schoolboys from a boarding school in {loc} {date}, marching them "
                   "into the bush before dawn."),
    ("reb", "civ", "Manning a roadblock outside {loc} {date}, {a1} fighters pulled {num} men from a truck "
                   "because of their ethnicity and led them away; none has returned."),
    ("pol", "civ", "Men in plain clothes believed to belong to {a1} picked up a human rights lawyer in {loc} "
                   "{date} without a warrant, and no police station admits to holding her, {src} said."),
    ("reb", "civ", "{a1} fighters carried off {num} women and girls during a raid on {loc} {date}, "
                   "residents say, in what appears to be a campaign of forced marriage."),
    ("gang", "civ", "Returning from their fields outside {loc} {date}, {num} farmers, two children among them, "
                    "were ambushed and taken hostage by {a1}."),
    ("mil", "civ", "{a1} allegedly abducted a local journalist in {loc} {date} after he published photographs "
                   "of burned homes."),
    ("none", "civ", "Foreign engineer kidnapped at gunpoint on road to {loc} {date}"),
]

MORE["Violence against civilians / Sexual violence"] = [
    ("reb", "civ", "Clinics in {loc} say they have received {num} survivors of rape since {a1} swept through "
                   "the surrounding villages {date}."),
    ("mil", "civ", "On {date_plain}, {a1} sexually abused two girls near {loc} as they collected firewood."),
    ("mil", "civ", "The Military Prosecutor's Office informs that criminal proceedings have been opened against "
                   "three servicemen of the local garrison over the rape of a woman in {loc} {date}."),
    ("mil", "civ", "Our sisters in {loc} were violated {date} by the mercenaries of {a1}, who turned the village "
                   "school into a place of torture and rape."),
    ("gang", "civ", "\"Four of them held me down,\" said a 19-year-old from {loc}, recounting how members of {a1} "
                    "sexually assaulted her at a roadblock {date}."),
    ("reb", "civ", "The UN mission verified {num} cases of conflict-related sexual violence committed by {a1} in "
                   "and around {loc} {date}, including the gang rape of a 14-year-old."),
    ("pol", "civ", "{date_cap} in {loc}, in the building of the district department, {a1} subjected a detained "
                   "woman to violent acts of a sexual character."),
    ("mil", "civ", "{a1} allegedly raped {num} women during a cordon-and-search sweep of {loc} {date}"),
    ("reb", "civ", "Two women who escaped from a camp run by {a1} near {loc} {date} said they had been raped "
                   "repeatedly by their captors."),
    ("mil", "civ", "{a1} stripped {num} detained men naked and sexually humiliated them at a checkpoint in {loc} "
                   "{date}, rights monitors said."),
    ("gang", "civ", "Raped at gunpoint in front of her husband during a night robbery on a farm near {loc} "
                    "{date}, a 32-year-old woman is recovering in hospital while police hunt {a1}."),
    ("mil", "civ", "The gang rape of a displaced woman by three members of {a1} near the camp in {loc} {date} "
                   "has prompted the UN to demand an investigation."),
    ("reb", "civ", "During the raid on {loc} {date}, {a1} killed no one but raped at least six women, "
                   "survivors said."),
]

MORE["Protests / Peaceful protest"] = [
    ("prot", "none", "Thousands march in {loc} {date} against pension reform"),
    ("prot", "none", "On {date_plain}, around 50 members of a traders' association demonstrated in front of the "
                     "municipal building in {loc} against new market fees; police did not intervene."),
    ("prot", "none", "The Directorate of Public Order notes that a gathering of approximately 400 citizens took "
                     "place in {loc} {date} and concluded without any breach of public order."),
    ("prot", "none", "The proud people of {loc} poured into the streets {date} to reject foreign interference and "
                     "defend the sovereignty of the nation!"),
    ("prot", "none", "\"We are not leaving until the water comes back,\" declared one of the women blocking the "
                     "entrance to the water board in {loc} {date}."),
    ("prot", "none", "{date_cap} in {loc} was held a picket with the demand to stop construction of the landfill; "
                     "about 70 persons participated."),
    ("prot", "none", "Live: the crowd outside the electoral commission in {loc} had grown to several thousand {date}, "
                     "singing and waving party flags, and the mood remained calm."),
    ("prot", "none", "A candlelight vigil {date} drew hundreds of mourners to the central square of {loc} to "
                     "demand that the owners of the collapsed mine be prosecuted."),
    ("prot", "none", "Dockworkers in {loc} walked off the job {date}, halting cargo operations in protest over "
                     "unpaid overtime."),
    ("prot", "none", "Although riot police lined the route, the march by pensioners through {loc} {date} ended "
                     "without arrests or clashes."),
    ("prot", "none", "Residents of {loc} sat down on the railway line {date}, stopping trains for several hours to "
                     "press their demand for compensation over land taken for the project."),
    ("prot", "none", "After prayers {date}, worshippers in {loc} held a march denouncing the burning of a holy "
                     "book abroad, {src} said."),
    ("prot", "none", "Motorcycle-taxi riders parked their bikes across the main roundabout in {loc} {date} to "
                     "protest against a ban on commercial motorcycles, {src} said."),
]

MORE["Protests / Protest with intervention"] = [
    ("prot", "pol", "{a2} fire tear gas at teachers' march in {loc} {date}"),
    ("prot", "pol", "On {date_plain}, students protested in {loc} against the closure of their faculty; {a2} "
                    "dispersed them with batons and detained {arr}."),
    ("prot", "pol", "The Regional Police Command wishes to clarify that officers acted with restraint when "
                    "removing participants of an unauthorised gathering from the square in {loc} {date}, and "
                    "that {arr} persons were escorted to the station."),
    ("prot", "pol", "Our comrades in {loc} were snatched off the street by {a2} {date} merely for holding "
                    "placards, and {arr} activists remain in custody."),
    ("prot", "pol", "\"They dragged the women into the trucks by their hair,\" a witness said after {a2} broke "
                    "up a mothers' sit-in outside the prison in {loc} {date}."),
    ("prot", "pol", "{date_cap} in {loc}, {a2} stopped an uncoordinated public action; {arr} "
                    "participants were delivered to the district department."),
    ("prot", "pol", "UPDATE: water cannon turned on the crowd outside parliament in {loc} {date}, several people "
                    "seen being led away by {a2}."),
    ("prot", "pol", "The heavy-handed clearing of a climate sit-in in {loc} {date}, in which {a2} used pepper "
                    "spray on seated students, has been criticised by the ombudsman."),
    ("prot", "pol", "Marching towards the governor's residence to demand the release of their leader, several "
                    "hundred farmers in {loc} were met by {a2} with tear gas and batons {date}."),
    ("prot", "pol", "{arr_cap} activists who unfurled a banner in front of the presidential palace in {loc} "
                    "{date} were detained within minutes by {a2}, {src} said."),
    ("prot", "pol", "Though the nurses in {loc} did nothing more than chant, {a2} waded into the crowd with "
                    "batons {date} and hauled {arr} people onto buses."),
    ("prot", "mil", "Soldiers fired warning shots into the air to scatter residents protesting outside the base in "
                    "{loc} {date}; no one was hurt."),
    ("prot", "pol", "A silent protest by lawyers on the steps of the high court in {loc} was cut short {date} when "
                    "{a2} cleared the steps and confiscated their placards."),
    ("prot", "pol", "{arr_cap} women detained at anti-war picket in {loc} {date}"),
    ("prot", "pol", "Defying a ban on gatherings, opposition supporters tried to assemble in {loc} {date}, but "
                    "{a2} sealed off the square, scattered them with stun grenades and made {arr} arrests."),
    ("prot", "pol", "{inj} protesters were treated for tear gas inhalation after {a2} broke up a march against "
                    "the dam project in {loc} {date}."),
    ("prot", "pol", "{a2} reportedly used electric batons to break up a rally of unpaid factory workers in {loc} "
                    "{date}."),
]

MORE["Protests / Excessive force against protesters"] = [
    ("mil", "prot", "{kill_cap} killed as {a1} fire on anti-coup march in {loc} {date}"),
    ("pol", "prot", "On {date_plain}, {a1} used live fire against residents peacefully protesting in {loc} over a "
                    "land dispute; {kill} protesters were killed."),
    ("pol", "prot", "The Ministry of Interior has suspended five officers after {a1} fired live rounds at a "
                    "peaceful sit-in in {loc} {date}, killing {kill}."),
    ("mil", "prot", "The blood of {kill} martyrs was spilled in {loc} {date} when snipers of {a1} took aim from "
                    "the rooftops at our unarmed marchers."),
    ("pol", "prot", "\"He had only a flag in his hand,\" his cousin said of the 17-year-old, one of {kill} "
                    "people shot dead when {a1} opened fire on a student march in {loc} {date}."),
    ("pol", "prot", "Physicians for Human Rights said {a1} fired rubber-coated steel bullets at close range into a "
                    "peaceful crowd in {loc} {date}, blinding {inj} people."),
    ("pol", "prot", "{date_cap} in {loc}, during the suppression of a peaceful meeting, {a1} applied firearms, as "
                    "a result of which {kill} citizens perished."),
    ("mil", "prot", "Live: hospital in {loc} says {kill} people shot dead {date} after {a1} opened fire on "
                    "sit-in outside army headquarters"),
    ("pol", "prot", "A general strike was called after {a1} gunned down {kill} unarmed demonstrators in {loc} "
                    "{date}."),
    ("pol", "prot", "{a1} fired tear gas into a mosque where peaceful protesters had taken refuge in {loc} {date}, "
                    "suffocating {kill} people, among them an elderly imam."),
    ("mil", "prot", "Witnesses said the crowd in {loc} was unarmed and had thrown nothing when {a1} opened fire "
                    "with automatic weapons {date}, killing {kill}."),
    ("pol", "prot", "What started as tear gas turned lethal in {loc} {date}: after the crowd refused to disperse, "
                    "{a1} switched to live ammunition and killed {kill} people."),
    ("mil", "prot", "Kneeling in the road with their hands raised, the protesters in {loc} were fired upon "
                    "by {a1} {date}; {kill} died at the scene."),
    ("pol", "prot", "The National Human Rights Commission condemns in the strongest terms the lethal force used by "
                    "{a1} against peaceful demonstrators in {loc} {date}, which claimed {kill} lives."),
    ("pol", "prot", "{a1} reportedly fired live rounds at women protesting peacefully against evictions in {loc} "
                    "{date}, killing {kill}."),
    ("pol", "prot", "Deadly crackdown: {a1} kill {kill} at peaceful vigil in {loc} {date}"),
    ("pol", "prot", "{a1} clubbed seated hunger strikers with rifle butts and iron pipes outside the "
                    "ministry in {loc} {date}, leaving {inj} in intensive care."),
]

MORE["Riots / Violent demonstration"] = [
    ("riot", "pol", "Protesters torch police post in {loc} after student's death {date}"),
    ("riot", "none", "On {date_plain}, demonstrators protesting against a court ruling on land rights in {loc} "
                     "blocked the main road and set fire to a municipal vehicle."),
    ("riot", "pol", "The Police Command informs the public that during an assembly in {loc} {date}, certain "
                    "participants attacked {a2} with stones and damaged public property, injuring {inj} "
                    "personnel."),
    ("riot", "none", "Paid vandals posing as protesters wrecked the new bus terminal in {loc} {date}, the "
                     "governor's office said."),
    ("riot", "none", "\"My whole stock is ash,\" said a pharmacist in {loc} whose shop was set on fire {date} "
                     "when a march against electricity cuts turned into a rampage."),
    ("riot", "pol", "{date_cap} in {loc}, participants of the action against mobilisation threw pyrotechnics at "
                    "{a2} and overturned a service car."),
    ("riot", "pol", "LIVE: demonstrators in {loc} breached the police cordon {date} and are now throwing rocks at "
                    "{a2}; the ruling party office is on fire."),
    ("riot", "none", "The ransacking of the electoral commission office in {loc} by demonstrators disputing the "
                     "vote count {date} has delayed the announcement of results."),
    ("riot", "none", "Charred buses and smashed storefronts lined the main street of {loc} {date} after a protest "
                     "against the fare increase spiralled out of control."),
    ("riot", "pol", "Marching to demand justice for a man who died in custody, youths in {loc} turned on the "
                    "police station {date}, stoned it and freed two detainees."),
    ("riot", "none", "The teachers' march in {loc} was peaceful until a breakaway group smashed the windows of "
                     "the education ministry annex {date} and set a car alight."),
    ("riot", "pol", "{inj} police officers were hurt in {loc} {date} when demonstrators against the new mining law "
                    "hurled rocks and firebombs at {a2}, who answered with tear gas."),
    ("riot", "none", "Demonstrators angered by the closure of the only hospital in {loc} besieged the district "
                     "commissioner's residence {date}, pelting it with stones until he fled."),
]

MORE["Riots / Mob violence"] = [
    ("riot", "civ", "Mob burns suspected witch to death in {loc} {date}"),
    ("riot", "civ", "On {date_plain}, residents of {loc} caught {kill} suspected burglars and beat them to death."),
    ("riot", "civ", "The Police Public Relations Department condemns the mob action in {loc} {date}, in which "
                    "members of the public set upon and killed a suspected motorcycle thief."),
    ("riot", "civ", "Hate-filled mobs stormed our neighbourhood in {loc} {date}, burning {num} homes and beating "
                    "anyone they could catch."),
    ("riot", "civ", "\"Nobody asked who he was - they just started hitting,\" said a witness to the lynching of a "
                    "stranger mistaken for a child abductor in {loc} {date}."),
    ("riot", "civ", "{date_cap} in {loc}, a group of local residents carried out a reprisal against a migrant "
                    "worker, inflicting on him bodily injuries incompatible with life."),
    ("riot", "civ", "Update: crowds armed with sticks roamed {loc} {date}, attacking shops owned by members of the "
                    "minority community, according to {src}."),
    ("riot", "civ", "The lynching of {kill} herders by villagers in {loc} {date} has raised fears of reprisals."),
    ("riot", "civ", "Residents of two neighbouring villages near {loc} fought pitched battles with spears and clubs "
                    "{date} over access to a well, leaving {kill} dead."),
    ("riot", "civ", "Self-styled cow protection vigilantes stopped a truck near {loc} {date} and beat the driver "
                    "and his helper with sticks, {src} said."),
    ("riot", "civ", "Supporters of the losing candidate went through {loc} {date} setting fire to the homes of "
                    "people they believed had voted for his rival."),
    ("riot", "civ", "Without warning, a crowd broke into the police lock-up in {loc} {date}, dragged out a man held "
                    "over the murder of a child and beat him to death."),
    ("riot", "civ", "The charred body of a man accused of stealing a phone lay in the market square of {loc} "
                    "{date}, hours after a crowd had doused him with petrol."),
    ("riot", "civ", "Youths armed with machetes descended on a camp of seasonal migrant workers outside {loc} "
                    "{date}, wounding {inj} and driving the rest away."),
    ("riot", "civ", "Rival fans fought with bottles and belts after a derby in {loc} {date}; {inj} people needed "
                    "hospital treatment."),
    ("riot", "civ", "A crowd of mourners at a funeral in {loc} turned on two reporters {date}, smashing their "
                    "cameras and beating them."),
    ("riot", "civ", "Villagers in {loc} reportedly stoned {kill} men they suspected of cattle rustling {date}."),
]

# Hard negatives: protest, lynching, kidnapping and massacre words without a codable event (plans,
# cancellations, laws, anniversaries, inquiries, general statements).
NONE_MORE = [
    "The opposition has called a nationwide march for next Friday and urged its supporters to stay peaceful.",
    "Organisers cancelled Saturday's rally after failing to obtain a permit from the city council.",
    "The bill would make kidnapping for ransom punishable by life imprisonment.",
    "Women's groups are training volunteers to support survivors of sexual violence in the camps.",
    "Rumours of a planned raid on the village spread on social media but proved unfounded.",
    "The families of the disappeared have waited fifteen years for the state to open its archives.",
    "Unions have threatened a general strike if wage talks break down next month.",
    "The inquiry into the killing of protesters in 2019 is expected to publish its findings in the spring.",
    "Mob justice is common in the area because many residents distrust the courts, rights groups say.",
    "A year after the massacre, survivors still gather every evening at the mass grave on the hill.",
    "Police chiefs met community leaders to discuss how to handle next week's demonstrations.",
]
