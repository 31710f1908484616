"""More training templates (train split only) for arrests, diplomatic contact, claims of responsibility,
natural and man-made disasters and organised crime, plus sentences that report no codable event, in
registers and word orders the other template modules do not use: officialese press releases,
translated-sounding notes, headlines, live-blog lines, residents' quotes, humanitarian flash updates,
partisan statements, passive voice and the event told by its consequences or named as a noun phrase.
Hard cases separate close types: police holding people (arrest, not abduction), talks that end without a
deal (contact, not agreement), an accidental depot blast or gas explosion (man-made disaster, not an
attack), a flood versus a neglected dam, a crime boss's killers versus armed groups.

Written apart from the held-out templates (templates_heldout.py was not read). Conventions (see
build_reports.fill()): a template uses {a1}/{a2} only when that kind has a written form (not civ, prot,
riot, none); it never ends with "{loc}" before a full stop, colon or semicolon (a place phrase may end
with a comma); "accused", "allegedly" and "reportedly" appear only where the report really is an
allegation, and "said/says/told/according to/confirmed/reported/claimed" only where it names its source,
because those words set the gold modality; a count slot followed by "of" is avoided (a vague count
"dozens of" would double it). Foreign actors ("Moscow", "Russian officials", a named minister) are only
written where any of their forms reads well: after "with", "by" or as the one who hosts.
"""

MORE = {}

MORE["Strategic developments / Arrests"] = [
    ("pol", "civ", "The Provincial Police Command wishes to inform the public that {arr} suspects were "
                   "apprehended in {loc} {date} in connection with the burning of a polling station."),
    ("pol", "civ", "{arr_cap} students held in {loc} over video mocking the governor"),
    ("pol", "civ", "\"They kicked the door in at three in the morning and took my son,\" a mother in {loc} said of "
                   "the raid {date} in which {a1} detained {arr} young men from the same street."),
    ("mil", "civ", "On {date_plain}, {a1} arrested a village chief in {loc} on suspicion of collaborating with "
                   "insurgents and transferred him to a military base."),
    ("pol", "reb", "Acting on a tip-off from residents, {a1} cordoned off a compound in {loc} {date} and took {arr} "
                   "suspects believed to be linked to {a2} into custody without a shot being fired."),
    ("mil", "reb", "A logistics chief of {a2} who had been on the wanted list for two years is now in the hands of "
                   "{a1}, after he was seized {date} at a clinic in {loc} where he was being treated for "
                   "wounds."),
    ("pol", "civ", "Critics of the ruling party in {loc} woke up {date} to learn that {arr} opposition activists "
                   "had been hauled off to cells by {a1} overnight."),
    ("pol", "civ", "In the course of operational-search measures carried out {date} in {loc}, {a1} "
                   "detained a citizen who was distributing leaflets of extremist content."),
    ("pol", "civ", "House arrest was imposed {date} on the former governor of {loc}, who was escorted home by "
                   "{a1} after six hours of questioning."),
    ("mil", "civ", "Contrary to rumours that they had been kidnapped, {arr} aid workers who went missing near {loc} "
                   "{date} are being held by {a1} for questioning, a military spokesman confirmed."),
    ("pol", "civ", "Live: more arrests in {loc} -- {a1} now holding {arr} people after overnight raids {date}, "
                   "{src} says."),
    ("pol", "civ", "A businessman wanted at home for bankrolling militias was arrested by {a1} as he stepped off a "
                   "flight at the airport in {loc} {date}."),
    ("pol", "civ", "Handcuffed and blindfolded, the editor of a weekly newspaper was led out of his office in {loc} "
                   "{date} by {a1}, who also carried away computers and files."),
    ("mil", "reb", "Screening of people leaving the besieged quarter of {loc} {date} led {a1} to detain {arr} men "
                   "suspected of ties to {a2}."),
]

MORE["Diplomacy / Diplomatic contact"] = [
    ("gov", "for", "Border dispute on the table as {a1} and {a2} meet in {fcap}"),
    ("gov", "for", "On {date_plain}, a delegation of {a1} led by the deputy foreign minister held consultations "
                   "with {a2} in {fcap} on the return of refugees."),
    ("gov", "none", "The Ministry of Foreign Affairs is pleased to inform that the Minister was received {date} in "
                    "{fcap} by his counterpart, with whom he had a fruitful exchange on matters of mutual interest."),
    ("gov", "for", "It was the first face-to-face encounter since relations soured: {a1} and {a2} met for nearly "
                   "three hours in {fcap} {date}, {src} said."),
    ("gov", "for", "The prime minister and {a2} spoke by telephone for forty minutes {date} about grain exports and "
                   "the security of the border, according to a readout from his office."),
    ("gov", "for", "Envoys from {a1} were in {fcap} {date}, where they were pressed by {a2} to let aid convoys "
                   "into the besieged areas."),
    ("reb", "for", "Seated across the table from {a2} in a hotel in {fcap} {date} were senior political figures of "
                   "{a1}, in the first publicly acknowledged contact between the two."),
    ("gov", "for", "Mediation efforts continued {date} as {a2} hosted a second round of indirect talks in {fcap} "
                   "between negotiators for {a1} and the armed opposition."),
    ("gov", "for", "{a1} and {a2} hold virtual meeting {date} on displacement crisis"),
    ("gov", "for", "During the working visit to {fcap} {date}, which ended without any joint statement, the "
                   "delegation of {a1} had meetings with {a2} and with representatives of business circles."),
    ("gov", "for", "Despite talk of a breakthrough, nothing was signed when {a1} and {a2} met in {fcap} {date}; "
                   "officials on both sides described the discussions as \"frank\"."),
    ("gov", "for", "The visit to {fcap} {date} by a high-level team from {a1} -- its first since the coup -- "
                   "included a closed-door session with {a2}."),
    ("reb", "for", "Consultations between exiled leaders of {a1} and {a2} took place in {fcap} {date}, the "
                   "movement's spokesman said, without giving details."),
    ("gov", "for", "From {fcap}: the foreign minister wrapped up a round of meetings with {a2} {date} and was due "
                   "to fly home in the evening."),
    ("gov", "for", "Meeting on the margins of the regional summit in {fcap} {date}, the president held "
                   "talks with {a2}, and both sides promised to keep channels of communication open."),
    ("gov", "for", "Diplomatic contact: talks between {a1} and {a2} in {fcap} ({date_plain})."),
    ("gov", "for", "In what state television called a historic visit, the head of state landed in {fcap} {date} "
                   "and went straight into talks with {a2}."),
    ("for", "gov", "A visiting team of foreign diplomats toured {loc} {date} and met local officials and "
                   "representatives of {a2} to hear their concerns about security."),
]

MORE["Statements / Claim of responsibility"] = [
    ("reb", "none", "Through its media wing, {a1} took credit {date} for the explosion that tore through a "
                    "checkpoint in {loc}, killing soldiers and a passer-by."),
    ("reb", "none", "\"By the grace of God, the soldiers of the faith struck a gathering of apostates in {loc},\" "
                    "read a statement issued {date} in the name of {a1}."),
    ("reb", "none", "Claim of responsibility: {a1} took responsibility for the killing of a local chief in {loc} ({date_plain})."),
    ("reb", "none", "{a1} came forward {date} to say it had planted the device that ripped through a market in "
                    "{loc} earlier in the week."),
    ("reb", "none", "'It was us': claim by {a1} over assault on prison in {loc}"),
    ("reb", "none", "In a video circulated {date}, masked men presenting themselves as {a1} declared "
                    "that they had set fire to the district office in {loc} the night before."),
    ("gov", "reb", "Officials in {loc} pinned the ambush on the highway {date} on {a2}, although the group itself "
                   "has kept silent."),
    ("reb", "none", "Rejecting earlier reports that a rival faction was responsible, {a1} said {date} that one of "
                    "the group's own units had carried out the raid on the police station in {loc} the previous night."),
    ("reb", "none", "A leaflet signed by {a1} and pinned to the door of the mosque in {loc} {date} took "
                    "responsibility for the killing of two supposed informers and warned others of the same fate."),
    ("reb", "none", "Channels linked to {a1} posted a claim {date} for the drone attack on the airport in {loc}, "
                    "together with footage purportedly filmed by the operators."),
    ("reb", "none", "According to a monitoring group, {a1} {date} claimed the raid on a gold mine near {loc} in "
                    "which several guards were killed."),
    ("reb", "none", "Responsibility for the destruction of the bridge outside {loc}, which cut the army's main "
                    "supply line, was assumed {date} by {a1} in a message to journalists."),
    ("reb", "none", "The heroic operation in {loc} {date}, in which enemy officers were eliminated, was the work of "
                    "our fighters, the command of {a1} declares."),
]

MORE["Disasters / Natural disaster"] = [
    ("none", "none", "Quake death toll in {loc} climbs to {kill}"),
    ("none", "none", "On {date_plain}, flash floods following a cloudburst washed away a bridge and {num} houses in "
                     "{loc}, cutting off the valley."),
    ("none", "none", "Roofs ripped off, crops flattened: residents of {loc} counted the damage {date} after a "
                     "hailstorm that lasted barely twenty minutes."),
    ("none", "none", "The ground gave way beneath a row of shops in {loc} {date} after weeks of rain had "
                     "weakened the hillside, burying {kill} people."),
    ("none", "none", "\"The water came up to the roof in less than an hour,\" said a farmer in {loc}, where a "
                     "swollen river overflowed {date}, drowning {kill} people and hundreds of goats."),
    ("none", "none", "Temperatures above 48 degrees killed {kill} people in {loc} {date}, most of them elderly, "
                     "{src} said, as the heatwave entered its second week."),
    ("none", "none", "Flash update: following the earthquake of {date_plain} in {loc}, {num} houses have been "
                     "destroyed and {inj} people injured, according to humanitarian partners."),
    ("none", "none", "Fishermen were among {kill} people who died when a cyclone slammed into the coast near {loc} "
                     "{date}."),
    ("none", "none", "Caught by the rising waters while crossing a dry riverbed on foot, {kill} schoolchildren were "
                     "swept to their deaths near {loc} {date}."),
    ("none", "none", "Ash and lava from the erupting volcano forced the evacuation of villages around {loc} {date}, "
                     "and a thick grey layer covered fields for miles."),
    ("none", "none", "Rescuers dig with bare hands after landslide buries homes in {loc} {date}, {kill} confirmed dead"),
    ("none", "none", "The strongest earthquake to hit the region in decades, with its epicentre some 20 km from "
                     "{loc}, struck shortly before dawn {date}, flattening entire villages."),
    ("none", "none", "Torrential downpours turned streets into rivers in {loc} {date}; one neighbourhood remained "
                     "cut off, and {kill} bodies had been recovered by nightfall."),
    ("none", "none", "A storm surge driven by the typhoon inundated coastal villages near {loc} {date}, leaving "
                     "{num} families homeless."),
    ("none", "none", "The weight of heavy snow brought down the roof of a mosque in {loc} {date}, killing {kill} "
                     "worshippers, {src} said."),
    ("none", "none", "Mud and boulders carried down by a glacial flood destroyed {num} homes in {loc} {date}, {src} "
                     "told reporters."),
    ("none", "none", "Flooding, not fighting, is now the main threat: rising waters displaced thousands of families "
                     "in {loc} {date} and destroyed camps that had sheltered people fleeing the war."),
    ("none", "none", "Natural disaster: wildfire in the hills above {loc} ({date_plain}); {num} hectares burned."),
]

MORE["Disasters / Man-made disaster"] = [
    ("none", "none", "No foul play is suspected in the explosion at an ammunition depot in {loc} {date}, which "
                     "killed {kill} soldiers; {src} said extreme heat had set off the stored shells."),
    ("none", "none", "A footbridge packed with people heading to a festival gave way in {loc} {date}, throwing "
                     "{num} people into the river below."),
    ("none", "none", "On {date_plain}, a collision between a passenger train and a goods train near {loc} left "
                     "{kill} people dead and {inj} injured."),
    ("none", "none", "{kill_cap} guests died and many more fell ill after eating contaminated food at a wedding in "
                     "{loc} {date}, {src} said."),
    ("none", "none", "Fumes from a generator running in a closed room killed {kill} people from the same family as "
                     "they slept in {loc} {date}."),
    ("none", "none", "Faulty wiring is blamed for the blaze that swept through a student dormitory in {loc} {date}, "
                     "killing {kill} young women."),
    ("none", "none", "Flames engulfed the fuel depot in {loc} for hours {date} after a leak ignited, sending black "
                     "smoke over the city; there were no signs of an attack, {src} said."),
    ("none", "none", "A military transport helicopter went down in bad weather near {loc} {date}, killing {kill} "
                     "people on board; the army ruled out hostile fire."),
    ("none", "none", "Man-made disaster: a heap of mining waste collapsed onto workers' huts near {loc} "
                     "({date_plain}); {kill} dead."),
    ("none", "none", "Passengers screamed as the overcrowded boat tipped over in the middle of the river near {loc} "
                     "{date}, a survivor told local radio; {kill} bodies have been recovered."),
    ("none", "none", "Residents of {loc} were told to keep their windows shut {date} after chlorine leaked from a "
                     "ruptured tank at the water treatment plant, sending {inj} people to hospital."),
    ("none", "none", "The fourth floor gave way first, witnesses said, before the whole apartment block came down "
                     "in {loc} {date}; {kill} bodies have so far been pulled out."),
    ("none", "none", "A gas cylinder exploded in a restaurant in {loc} {date}, killing {kill} diners; police said it "
                     "was an accident and not a bomb."),
]

MORE["Crime / Organised crime"] = [
    ("gang", "none", "Pirates boarded a fishing trawler off the coast near {loc} {date} and made off with its "
                     "catch and fuel."),
    ("pol", "gang", "Bust at the port: customs officers in {loc} found {num} kilograms of cocaine hidden in a "
                    "shipment of bananas {date}."),
    ("gang", "civ", "Shopkeepers in {loc} say they pulled down their shutters {date} after {a1} demanded protection "
                    "money and torched a pharmacy whose owner had refused to pay."),
    ("gang", "none", "Thieves drilled into a state-owned pipeline near {loc} {date} to siphon off crude, leaving a "
                     "spill that blackened nearby farmland."),
    ("gang", "civ", "The bullet-riddled bodies of {kill} men believed to belong to a rival drug gang were dumped on "
                    "a road outside {loc} {date}."),
    ("pol", "gang", "On {date_plain}, the anti-smuggling unit intercepted a lorry near {loc} carrying {num} cartons "
                    "of contraband cigarettes and two tonnes of cannabis resin."),
    ("gang", "civ", "Cross-border gang strikes {loc} again as armed men rob traders on market day"),
    ("gang", "civ", "Posing as police at a fake checkpoint, {a1} stopped cars on the highway near {loc} {date} and "
                    "relieved motorists of cash, phones and jewellery."),
    ("pol", "gang", "A warehouse in {loc} that police say was used by {a2} to store stolen cars was raided {date}, "
                    "and {num} vehicles were recovered."),
    ("gang", "civ", "Two men on a motorbike gunned down a money changer in broad daylight in {loc} {date}, in what "
                    "police believe was a contract killing ordered by a local crime boss."),
    ("pol", "gang", "Rangers ambushed a gang of poachers in the game reserve near {loc} {date} and recovered {num} "
                    "elephant tusks."),
    ("gang", "civ", "People smugglers forced migrants overboard at gunpoint off the coast near {loc} {date}, and "
                    "{kill} drowned, {src} said."),
    ("gang", "civ", "A feud between two smuggling clans over a border crossing flared again in {loc} {date}, with "
                    "gunfire killing {kill} people, {src} said."),
    ("pol", "gang", "Working with foreign investigators, {a1} raided a call centre in {loc} {date} that ran online "
                    "scams targeting pensioners abroad."),
    ("gang", "civ", "\"They took everything, even the goats,\" said a herder whose village near {loc} was stripped "
                    "of its livestock by cattle rustlers {date}."),
    ("gang", "civ", "Armed robbery at a mobile money agency in {loc} {date}: {a1} escaped with the day's takings "
                    "after shooting a security guard in the leg."),
    ("pol", "gang", "Hidden in the false floor of a tanker truck, {num} kilograms of heroin were discovered by {a1} "
                    "at a checkpoint on the road into {loc} {date}."),
]

# Sentences with no codable event: analysis, background without a date, policy, statistics over long
# periods, budgets, trials and verdicts, plans and warnings, condolences, history, sport and the economy,
# and hard negatives that use event words while nothing happens.
NONE_MORE = [
    "The insurgency has shifted from the countryside to the towns, according to a study by a university research centre.",
    "Security analysts believe the group is recruiting heavily among unemployed young men in the border districts.",
    "Whether the army can hold the territory it has regained remains an open question.",
    "The town sits on a key supply route linking the capital to the northern provinces.",
    "The district has changed hands several times since the war began.",
    "Most families in the valley live from farming and from money sent by relatives abroad.",
    "The cabinet approved a plan to recruit 10,000 additional police officers over the next three years.",
    "The interior ministry announced new rules requiring motorcycle owners to register their vehicles.",
    "Under the new law, anyone caught carrying a weapon without a permit faces up to ten years in prison.",
    "Over the past decade, more than 3,000 people have died in floods across the country.",
    "Kidnappings for ransom rose by a third between 2019 and 2022, according to official figures.",
    "Since the start of the year, the monitoring group has recorded more than 200 incidents involving explosive devices.",
    "The finance minister set aside a record share of next year's budget for defence and internal security.",
    "Donors have pledged $1.2 billion for reconstruction, but less than half of it has been disbursed.",
    "A military court sentenced a former commander to twenty years in prison for his role in a massacre in 2016.",
    "Defence lawyers argued that their clients' confessions had been obtained under torture.",
    "The high court acquitted the four men for lack of evidence, ending a trial that had lasted six years.",
    "The meteorological office warned that the coming monsoon could bring flooding to low-lying districts.",
    "The rebels threatened to target any company that continues to work on the pipeline.",
    "The army said it was prepared to retake the town by force if negotiations failed.",
    "Aid agencies warned of famine if the roads to the north stay closed.",
    "The president sent his condolences to the families of the victims.",
    "Messages of sympathy poured in from neighbouring countries.",
    "The embassy expressed its deep sadness at the loss of life.",
    "In 2014 the group swept across the north and seized several provincial capitals within weeks.",
    "The old fort was a government garrison until rebels overran it in the late 1990s.",
    "During the civil war of the 1980s, the city was besieged for almost two years.",
    "The national football team qualified for the continental cup for the first time in two decades.",
    "The central bank raised interest rates for the third time this year to curb inflation.",
    "Prices of flour and cooking oil have doubled in local markets since the spring.",
    "The stadium, once used as a detention centre, now hosts league matches every weekend.",
    "The truce appears to be holding, though both armies have reinforced their positions.",
    "No casualties have been reported so far in the region this year.",
    "Residents said the night passed quietly, with no shooting heard for the first time in weeks.",
    "Police dismissed rumours on social media that a bomb had gone off near the central mosque.",
    "No arrests have been made in connection with the killings.",
    "The group has never claimed responsibility for attacks outside the country.",
    "Talks between the two foreign ministers, originally planned for this week, have been postponed indefinitely.",
    "An earthquake of that magnitude would devastate the old quarter of the city, engineers warn.",
    "The dam is at risk of collapse unless urgent repairs are carried out, an inspection report found.",
    "Drills simulating a chemical attack will be held at the airport next month.",
    "The smuggling routes through the desert are controlled by a handful of families, investigators believe.",
    "Officials insisted the town had never been under rebel control.",
    "A hotline has been set up for relatives of the missing passengers.",
    "Reports that the governor had been arrested turned out to be false.",
    "The two sides have traded accusations for weeks, but the front line has not moved.",
    "The UN envoy is expected in the capital later this week for talks with both sides.",
    "The militia denies having any links to the drug trade.",
    "If the rains fail again, millions could face hunger, the report said.",
    "Satellite images analysed by researchers show that the camp has roughly doubled in size since 2020.",
    "The minister called the bombing a cowardly act and vowed that those responsible would be brought to justice.",
    "Exports of cocoa fell by 12 percent last year as smuggling to neighbouring countries increased.",
    "A documentary about the siege won a prize at a European film festival.",
    "Ten years on, survivors of the ferry disaster are still seeking compensation.",
    "The new police commissioner has promised to clean up a force with a long record of corruption.",
    "Families of detainees say they have not been allowed to visit them for months.",
    "The government has offered a reward for information leading to the capture of the group's leader.",
    "Insurgent attacks usually increase after the harvest, when fighters return from the fields.",
    "Officials expect the death toll from last month's floods to be revised upwards.",
    "Trading on the stock exchange was brisk, with banking shares leading the gains.",
    "The army is ready to retake the town whenever the order is given, its commander told state television.",
    "Investors remain wary of the mining sector because of insecurity and frequent changes to the tax code.",
    "The opposition has called for an independent inquiry into the handling of the crisis.",
]
