"""Hand-written sentence templates, one list per sub-event type, in varied styles.

Slots: {a1} {a2} actors (their kinds are given per template), {loc} the place where it happened,
{date} a date expression, {kill} {inj} {arr} counts, {vic} victims, {src} an attributed source,
{fcap} a foreign capital. Kinds: mil, pol, reb, reb2, civ, prot, riot, gov, for, gang, none.
The last templates of each list are held out (see build_reports.py): they must read differently
from the others so the held-out score measures generalisation, not recall of phrasing.
"""

T = {}

T["Battles / Armed clash"] = [
    ("reb", "mil", "{a1} clashed with {a2} in {loc} {date}, leaving {kill} fighters dead, {src} said."),
    ("mil", "reb", "Heavy fighting broke out between {a1} and {a2} near {loc} {date}; {kill} people were killed in the exchange of fire."),
    ("reb", "mil", "{date_cap}, {a1} attacked a military checkpoint in {loc}, sparking a gunbattle with {a2} that lasted several hours."),
    ("mil", "reb", "{a1} repelled an assault by {a2} on their base in {loc} {date}, killing {kill} assailants, according to {src}."),
    ("reb", "mil", "Armed clash: {a1} vs {a2} in {loc} ({date_plain}). Fatalities: {kill}."),
    ("reb", "mil", "Our brave fighters engaged the enemy in {loc} {date}, and {a2} suffered heavy losses as {a1} stood firm."),
    ("reb", "reb2", "Rival factions {a1} and {a2} fought each other for control of roads around {loc} {date}, {src} reported."),
    ("mil", "reb", "Gunfire rang out for most of the night in {loc} as {a1} traded fire with {a2} {date}; {kill} combatants died."),
    ("reb", "mil", "{a1} ambushed a convoy of {a2} outside {loc} {date}, and the ensuing firefight left {kill} soldiers dead and {inj} wounded."),
    ("mil", "reb", "Residents of {loc} said they hid indoors {date} while {a1} and {a2} battled street by street."),
]

T["Battles / Government regains territory"] = [
    ("mil", "reb", "{a1} recaptured {loc} from {a2} {date} after days of fighting, {src} said."),
    ("mil", "reb", "{date_cap}, {a1} retook control of {loc}, which had been held by {a2} since last year."),
    ("mil", "reb", "The army announced that {loc} had been liberated from {a2} {date}, with {kill} militants killed in the operation."),
    ("mil", "reb", "{a1} regained control of {loc} {date} as {a2} withdrew under heavy fire."),
    ("mil", "reb", "Government forces retake {loc}: {a1} pushed {a2} out of the area {date}."),
    ("mil", "reb", "After a two-week siege, {a1} cleared {loc} of {a2} fighters {date}, {src} confirmed."),
    ("mil", "reb", "{a1} reclaimed {loc} {date}, raising the national flag over the district headquarters that {a2} had overrun in the spring."),
    ("mil", "reb", "The town of {loc} is back in government hands: {a1} drove out {a2} {date} following a counter-offensive."),
]

T["Battles / Non-state actor overtakes territory"] = [
    ("reb", "mil", "{a1} seized control of {loc} {date} after {a2} retreated, {src} said."),
    ("reb", "mil", "{date_cap}, {a1} captured {loc}, overrunning the positions of {a2}."),
    ("reb", "mil", "{loc} fell to {a1} {date} following heavy fighting with {a2}, residents said."),
    ("reb", "mil", "{a1} took over the district centre of {loc} {date}, raising their flag over the governor's compound."),
    ("reb", "mil", "Non-state actor overtakes territory: {a1} gained control of {loc} from {a2} ({date_plain})."),
    ("reb", "mil", "The mujahideen have liberated {loc} from the puppet forces {date}, a statement from {a1} said."),
    ("reb", "mil", "{a1} now control {loc} after {a2} abandoned the town in the face of the offensive {date}, local elders said."),
    ("reb", "mil", "{a2} lost {loc} to {a1} {date}, {src} confirmed, the latest in a string of setbacks for the government."),
]

T["Explosions/Remote violence / Chemical weapon"] = [
    ("mil", "civ", "{a1} dropped barrels filled with chlorine gas on {loc} {date}, causing breathing problems for {inj} people, {src} said."),
    ("mil", "civ", "A suspected sarin attack on {loc} {date} killed {kill} people, including children, according to {src}."),
    ("mil", "reb", "{a2} accused {a1} of using chemical weapons in {loc} {date}."),
    ("mil", "civ", "Doctors in {loc} treated {inj} patients for symptoms of exposure to a toxic gas after shells hit the area {date}."),
    ("mil", "reb", "Chemical weapon: munitions containing a nerve agent struck {loc} {date}; fatalities: {kill}."),
    ("reb", "mil", "{a2} soldiers were hospitalised after {a1} fired shells carrying mustard gas at their lines near {loc} {date}."),
]

T["Explosions/Remote violence / Air/drone strike"] = [
    ("mil", "reb", "An airstrike by {a1} hit a {a2} hideout in {loc} {date}, killing {kill} militants, {src} said."),
    ("mil", "civ", "{date_cap}, warplanes struck a market in {loc}, killing {kill} civilians and wounding {inj}."),
    ("mil", "reb", "A drone strike targeted a vehicle carrying {a2} commanders near {loc} {date}."),
    ("mil", "reb", "{a1} said its aircraft had destroyed {a2} positions in {loc} {date}."),
    ("mil", "civ", "Air/drone strike: {a1} aircraft bombed {loc} ({date_plain}), fatalities {kill}."),
    ("mil", "civ", "Witnesses in {loc} said helicopter gunships fired on houses {date}, killing {kill} people."),
    ("mil", "reb", "Fighter jets of {a1} pounded hideouts of {a2} around {loc} {date}, the ministry of defence said in a statement."),
    ("mil", "civ", "An unmanned aerial vehicle fired two missiles at a wedding party in {loc} {date}; {kill} guests died, {src} said."),
    ("mil", "reb", "The regime's air force carried out at least ten air raids on {loc} {date}, {src} reported."),
]

T["Explosions/Remote violence / Suicide bomb"] = [
    ("reb", "civ", "A suicide bomber blew himself up at a mosque in {loc} {date}, killing {kill} worshippers, {src} said."),
    ("reb", "mil", "{date_cap}, a suicide car bomb exploded at the gate of an army base in {loc}, killing {kill} soldiers."),
    ("reb", "pol", "An attacker wearing an explosive vest detonated it outside a police station in {loc} {date}; {kill} officers died."),
    ("reb", "civ", "Suicide bomb: a female bomber struck a crowded market in {loc} ({date_plain}). Fatalities: {kill}."),
    ("reb", "civ", "{kill_cap} people were killed and {inj} wounded when a suicide attacker targeted a wedding in {loc} {date}."),
    ("reb", "mil", "{a1} said one of its martyrdom seekers drove an explosives-laden truck into a military convoy near {loc} {date}."),
    ("reb", "civ", "Police in {loc} said a man detonated a bomb strapped to his body on a crowded bus {date}, killing {kill} passengers."),
]

T["Explosions/Remote violence / Shelling/artillery/missile attack"] = [
    ("mil", "civ", "{a1} shelled residential areas of {loc} {date}, killing {kill} civilians, {src} said."),
    ("reb", "mil", "{date_cap}, {a1} fired mortar rounds at a military base in {loc}, wounding {inj} soldiers."),
    ("mil", "civ", "A missile struck an apartment block in {loc} {date}, killing {kill} residents."),
    ("reb", "civ", "Rockets launched by {a1} landed near the airport in {loc} {date}, {src} reported."),
    ("mil", "civ", "Shelling/artillery/missile attack: {a1} artillery hit {loc} ({date_plain}); fatalities: {kill}."),
    ("mil", "reb", "Artillery fire from {a1} pounded {a2} positions outside {loc} {date}."),
    ("mil", "civ", "Residents of {loc} spent the night in basements {date} as heavy shells rained down on the town, killing {kill}."),
    ("mil", "civ", "Two cruise missiles slammed into an energy facility in {loc} {date}, {src} said, leaving thousands without power."),
]

T["Explosions/Remote violence / Remote explosive/landmine/IED"] = [
    ("reb", "mil", "A roadside bomb struck a military vehicle in {loc} {date}, killing {kill} soldiers, {src} said."),
    ("none", "civ", "{kill_cap} children were killed when a landmine exploded near their village in {loc} {date}."),
    ("reb", "pol", "An improvised explosive device went off as a police patrol passed through {loc} {date}, wounding {inj} officers."),
    ("none", "civ", "A car bomb exploded outside a hotel in {loc} {date}, killing {kill} people and wounding {inj}."),
    ("reb", "mil", "Remote explosive/landmine/IED: {a1} detonated an IED against {a2} near {loc} ({date_plain}). Fatalities: {kill}."),
    ("none", "civ", "A bus hit an anti-tank mine on a rural road outside {loc} {date}; {kill} passengers died."),
    ("none", "civ", "A bomb hidden in a motorcycle detonated in a busy market of {loc} {date}, {src} said, killing {kill}."),
    ("reb", "gov", "A magnetic bomb attached to the car of a district official exploded in {loc} {date}, {src} reported."),
]

T["Explosions/Remote violence / Grenade"] = [
    ("none", "civ", "Unknown attackers threw a grenade into a crowded bar in {loc} {date}, wounding {inj} people, {src} said."),
    ("reb", "pol", "{date_cap}, a hand grenade was hurled at a police post in {loc}, injuring {inj} officers."),
    ("none", "civ", "{kill_cap} people died when a grenade exploded in a market in {loc} {date}."),
    ("reb", "mil", "Grenade: assailants lobbed a grenade at a military patrol in {loc} ({date_plain}); {inj} soldiers injured."),
    ("none", "civ", "A man on a motorbike tossed a grenade at a bus stop in {loc} {date}, {src} said."),
    ("reb", "civ", "{a1} fighters hurled grenades at worshippers leaving a church in {loc} {date}, killing {kill}."),
]

T["Violence against civilians / Sexual violence"] = [
    ("mil", "civ", "{a1} raped several women during a raid on a village near {loc} {date}, {src} said."),
    ("reb", "civ", "Survivors told investigators that {a1} had sexually assaulted girls in {loc} {date}."),
    ("reb", "civ", "Sexual violence: {a1} gang-raped {vic} in {loc} ({date_plain})."),
    ("mil", "civ", "A rights group accused {a1} of sexual violence against displaced women in camps around {loc} {date}."),
    ("gang", "civ", "Two women were raped by armed men on the road to {loc} {date}, {src} reported."),
    ("reb", "civ", "Women who fled {loc} said fighters of {a1} took them as wives by force and abused them {date}."),
]

T["Violence against civilians / Attack"] = [
    ("reb", "civ", "{a1} killed {kill} {vic} in an attack on a village in {loc} {date}, {src} said."),
    ("none", "civ", "Gunmen stormed a village near {loc} {date} and shot dead {kill} {vic}."),
    ("mil", "civ", "{date_cap}, {a1} executed {kill} detained men in {loc}, according to {src}."),
    ("reb", "civ", "Attack: {a1} attacked {vic} in {loc} ({date_plain}). Fatalities: {kill}."),
    ("reb", "civ", "{kill_cap} {vic} were hacked to death by suspected {a1} fighters in {loc} {date}."),
    ("reb", "civ", "A video circulating online allegedly shows {a1} executing captured soldiers near {loc} {date}."),
    ("mil", "civ", "Relatives said {a1} shot dead {kill} unarmed farmers in their fields outside {loc} {date}."),
    ("none", "civ", "Unidentified assailants opened fire on a minibus carrying {vic} near {loc} {date}, killing {kill}, {src} said."),
    ("reb", "civ", "A local journalist was gunned down by {a1} outside his home in {loc} {date}."),
    ("reb", "civ", "{a1} tortured and killed {kill} villagers they accused of spying in {loc} {date}, survivors told reporters."),
]

T["Violence against civilians / Abduction/forced disappearance"] = [
    ("reb", "civ", "{a1} abducted {num} {vic} from a village near {loc} {date}, {src} said."),
    ("gang", "civ", "{date_cap}, gunmen kidnapped {num} students from a school in {loc}."),
    ("reb", "civ", "Abduction/forced disappearance: {a1} kidnapped {vic} in {loc} ({date_plain})."),
    ("mil", "civ", "Relatives say an activist was taken away by {a1} in {loc} {date} and his whereabouts remain unknown."),
    ("gang", "civ", "Armed men seized {num} travellers on the highway near {loc} {date} and are demanding ransom, {src} said."),
    ("reb", "civ", "{a1} took {num} aid workers hostage at a checkpoint outside {loc} {date}."),
    ("pol", "civ", "A human rights lawyer has been missing since {a1} picked him up at his home in {loc} {date}, his family said."),
]

T["Protests / Peaceful protest"] = [
    ("prot", "none", "Hundreds of people protested in {loc} {date} against rising fuel prices, {src} said."),
    ("prot", "none", "{date_cap}, teachers marched peacefully through {loc} to demand unpaid salaries."),
    ("prot", "none", "Students staged a sit-in outside the governor's office in {loc} {date}, calling for the release of detained classmates."),
    ("prot", "none", "Peaceful protest: residents demonstrated in {loc} ({date_plain}) over power cuts."),
    ("prot", "none", "Thousands rallied in {loc} {date} in support of the army, waving flags and chanting slogans."),
    ("prot", "none", "Families of missing soldiers held a vigil in {loc} {date}, demanding answers from the government."),
    ("prot", "none", "Traders in {loc} closed their shops and gathered at the town hall {date} to denounce new taxes."),
    ("prot", "none", "Women carrying placards walked to the UN compound in {loc} {date} to call for an end to the fighting."),
]

T["Protests / Protest with intervention"] = [
    ("prot", "pol", "{a2} fired tear gas to disperse demonstrators in {loc} {date}, {src} said."),
    ("prot", "pol", "{date_cap}, {a2} broke up a protest by opposition supporters in {loc} and arrested {arr} people."),
    ("prot", "pol", "Protest with intervention: {a2} used water cannon against protesters in {loc} ({date_plain})."),
    ("prot", "pol", "Security forces detained {arr} activists as they gathered for a march in {loc} {date}."),
    ("prot", "pol", "Riot police baton-charged students protesting outside the university in {loc} {date}, injuring {inj}."),
    ("prot", "pol", "A demonstration against the election results in {loc} was dispersed by {a2} {date}, witnesses said."),
    ("prot", "pol", "Officers moved in with rubber bullets and pepper spray to clear a crowd of protesters from the main square of {loc} {date}."),
]

T["Protests / Excessive force against protesters"] = [
    ("pol", "prot", "{a1} opened fire on protesters in {loc} {date}, killing {kill}, {src} said."),
    ("mil", "prot", "{date_cap}, {a1} shot dead {kill} demonstrators who had gathered in {loc} to denounce the coup."),
    ("pol", "prot", "Excessive force against protesters: {a1} fired live ammunition at demonstrators in {loc} ({date_plain}). Fatalities: {kill}."),
    ("pol", "prot", "{kill_cap} protesters were killed when {a1} fired on a crowd marching in {loc} {date}."),
    ("mil", "prot", "Doctors in {loc} said snipers had fired into a crowd of peaceful marchers {date}, killing {kill} young men."),
    ("pol", "prot", "Witnesses said police used live rounds against unarmed demonstrators in {loc} {date}, leaving {kill} dead."),
]

T["Riots / Violent demonstration"] = [
    ("riot", "pol", "Protesters threw stones at police and set fire to tyres in {loc} {date}, {src} said."),
    ("riot", "none", "{date_cap}, rioters torched government buildings in {loc} after the election result was announced."),
    ("riot", "none", "Violent demonstration: demonstrators vandalised shops and burned cars in {loc} ({date_plain})."),
    ("riot", "pol", "A protest over fuel prices in {loc} turned violent {date}, with youths hurling petrol bombs at {a2}."),
    ("riot", "none", "Angry students ransacked and set ablaze the offices of the ruling party in {loc} {date}."),
    ("riot", "pol", "Demonstrators in {loc} clashed with police {date}, pelting officers with rocks, {src} said."),
    ("riot", "none", "Hundreds of youths rioted in {loc} {date} after a popular musician died in police custody."),
]

T["Riots / Mob violence"] = [
    ("riot", "civ", "A mob lynched {kill} men accused of theft in {loc} {date}, {src} said."),
    ("riot", "civ", "{date_cap}, an angry crowd beat to death a suspected kidnapper in {loc}."),
    ("riot", "civ", "Mob violence: villagers attacked members of a rival community with machetes in {loc} ({date_plain}); fatalities {kill}."),
    ("riot", "civ", "Vigilantes set upon two men accused of witchcraft in {loc} {date}, killing one of them."),
    ("riot", "civ", "Communal violence erupted in {loc} {date} when youths armed with sticks and knives attacked traders from another ethnic group."),
    ("riot", "civ", "A crowd dragged a man accused of blasphemy from a police station in {loc} {date} and burned him alive."),
]

T["Strategic developments / Agreement"] = [
    ("mil", "reb", "{a1} and {a2} agreed to a ceasefire in {loc} {date}, {src} said."),
    ("gov", "reb", "{date_cap}, {a1} and {a2} signed a peace agreement in {loc}."),
    ("mil", "reb", "{a1} and {a2} exchanged prisoners in {loc} {date} under a deal brokered by local elders."),
    ("gov", "reb", "Agreement: {a1} and {a2} concluded a truce covering {loc} ({date_plain})."),
    ("mil", "reb", "Both sides accepted a humanitarian pause in {loc} {date} to allow civilians to leave, {src} said."),
    ("gov", "reb", "Negotiators for {a1} and {a2} initialled an accord in {loc} {date} that provides for the disarmament of fighters."),
]

T["Strategic developments / Arrests"] = [
    ("pol", "civ", "{a1} arrested {arr} suspects in {loc} {date}, {src} said."),
    ("mil", "reb", "{date_cap}, {a1} detained {arr} suspected members of {a2} during a raid in {loc}."),
    ("pol", "civ", "Arrests: {a1} arrested an opposition politician in {loc} ({date_plain})."),
    ("pol", "civ", "A journalist was taken into custody by {a1} in {loc} {date} over a social media post."),
    ("pol", "reb", "{a1} rounded up {arr} people accused of links to {a2} in {loc} {date}."),
    ("mil", "civ", "{arr_cap} men were apprehended at a checkpoint outside {loc} {date}, the army said in a statement."),
    ("pol", "civ", "Counter-terrorism officers picked up {arr} young men in night raids across {loc} {date}, their relatives said."),
]

T["Strategic developments / Change to group/activity"] = [
    ("gov", "none", "Authorities imposed a dusk-to-dawn curfew in {loc} {date} after days of unrest, {src} said."),
    ("reb", "none", "{date_cap}, {a1} announced the appointment of a new commander for {loc}."),
    ("gov", "none", "Change to group/activity: the government declared a state of emergency in {loc} ({date_plain})."),
    ("reb", "none", "Dozens of fighters from {a1} defected to the government side in {loc} {date}, {src} said."),
    ("gov", "reb", "{a1} formally designated {a2} a terrorist organisation {date}."),
    ("reb", "none", "Two armed factions in {loc} announced {date} that they had merged into a single movement."),
    ("reb", "none", "{a1} has begun recruiting teenage boys in villages around {loc}, residents said {date}."),
]

T["Strategic developments / Disrupted weapons use"] = [
    ("mil", "reb", "{a1} defused a roadside bomb planted by {a2} near {loc} {date}, {src} said."),
    ("pol", "none", "{date_cap}, {a1} seized a large cache of weapons and ammunition in {loc}."),
    ("mil", "reb", "Disrupted weapons use: {a1} intercepted a drone launched by {a2} over {loc} ({date_plain})."),
    ("pol", "reb", "Bomb disposal experts dismantled an explosive device found outside a school in {loc} {date}."),
    ("mil", "reb", "Air defence units shot down three missiles fired towards {loc} {date}, {src} said."),
    ("pol", "reb", "{a1} foiled a plot to bomb a church in {loc} {date}, recovering suicide vests and detonators."),
]

T["Strategic developments / Headquarters or base established"] = [
    ("reb", "none", "{a1} set up a new base in the hills outside {loc} {date}, {src} said."),
    ("mil", "none", "{date_cap}, {a1} established a forward operating base in {loc}."),
    ("reb", "none", "Headquarters or base established: {a1} opened a headquarters in {loc} ({date_plain})."),
    ("reb", "none", "Residents said {a1} had built checkpoints and observation posts along the road into {loc} {date}."),
    ("mil", "none", "{a1} moved into an abandoned school in {loc} {date} and turned it into a military post."),
    ("reb", "none", "{a1} have installed a command centre in a former government compound in {loc}, {src} said {date}."),
]

T["Strategic developments / Looting/property destruction"] = [
    ("reb", "civ", "{a1} looted shops and burned down houses in {loc} {date}, {src} said."),
    ("mil", "civ", "{date_cap}, {a1} demolished dozens of homes in {loc}, residents said."),
    ("reb", "civ", "Looting/property destruction: {a1} plundered livestock and food stores in {loc} ({date_plain})."),
    ("reb", "civ", "{a1} fighters ransacked a health centre in {loc} {date}, carrying away medicines and equipment."),
    ("none", "civ", "Unknown men set fire to a school in {loc} {date}, destroying classrooms, {src} said."),
    ("reb", "civ", "Farmers returning to {loc} {date} found their granaries emptied and their crops burned by {a1}."),
    ("mil", "civ", "{a1} bulldozed a row of market stalls in {loc} {date} in what traders described as collective punishment."),
]

T["Strategic developments / Non-violent transfer of territory"] = [
    ("mil", "reb", "{a1} withdrew from {loc} {date} without a fight, handing the town to {a2}, {src} said."),
    ("reb", "mil", "{date_cap}, {a1} handed over control of {loc} to {a2} under a local agreement."),
    ("mil", "reb", "Non-violent transfer of territory: {a1} abandoned their positions in {loc} ({date_plain}) and {a2} moved in unopposed."),
    ("mil", "reb", "Local elders negotiated the surrender of the district centre in {loc} to {a2} {date}; no shots were fired."),
    ("mil", "reb", "{a1} pulled out of {loc} {date}, leaving the town to {a2}, who entered without resistance."),
    ("reb", "mil", "{a1} vacated the bases they had held around {loc} {date} as part of a negotiated redeployment."),
]

T["Strategic developments / Other"] = [
    ("mil", "none", "{a1} held large-scale military drills near {loc} {date}, {src} said."),
    ("gov", "none", "{date_cap}, {a1} closed the border crossings near {loc}, citing security concerns."),
    ("mil", "none", "Other: {a1} deployed reinforcements to {loc} ({date_plain})."),
    ("mil", "none", "Hundreds of extra troops were sent to {loc} {date} ahead of an expected offensive."),
    ("mil", "none", "Joint exercises involving armoured units and artillery were carried out outside {loc} {date}."),
    ("gov", "none", "{a1} ordered the evacuation of villages around {loc} {date} as fighting approached, {src} said."),
]

T["Diplomacy / Diplomatic contact"] = [
    ("gov", "for", "A delegation from {a1} visited {fcap} {date} for talks with {a2}, {src} said."),
    ("gov", "for", "{date_cap}, {a1} held talks with {a2} in {fcap} on security cooperation."),
    ("gov", "for", "Diplomatic contact: {a1} met {a2} in {fcap} ({date_plain})."),
    ("reb", "for", "Representatives of {a1} travelled to {fcap} {date} for a two-day visit at the invitation of {a2}."),
    ("gov", "for", "{a2} hosted the foreign minister of {a1} in {fcap} {date}; the two sides discussed the situation in the region."),
    ("gov", "for", "The president spoke by phone with {a2} {date} about the crisis, his office said."),
    ("reb", "for", "Envoys of {a1} arrived in {fcap} {date} and were received by senior officials of {a2}."),
]

T["Statements / Claim of responsibility"] = [
    ("reb", "none", "{a1} claimed responsibility for the attack in {loc} {date}, {src} said."),
    ("reb", "none", "{date_cap}, {a1} said in a statement that its fighters carried out the bombing in {loc}, claiming responsibility."),
    ("gov", "reb", "Claim of responsibility: {a1} blamed {a2} for the attack in {loc} ({date_plain})."),
    ("reb", "none", "In a message posted on Telegram {date}, {a1} took responsibility for the ambush near {loc}."),
    ("gov", "reb", "Officials blamed {a2} for the killing of a tribal leader in {loc} {date}; no group has claimed it."),
    ("reb", "none", "A spokesman for {a1} told reporters {date} that the group was behind the assault on the convoy near {loc}."),
]

T["Disasters / Natural disaster"] = [
    ("none", "none", "An earthquake struck {loc} {date}, killing {kill} people and destroying hundreds of homes, {src} said."),
    ("none", "none", "{date_cap}, flash floods swept through {loc}, killing {kill} and displacing thousands."),
    ("none", "none", "Natural disaster: heavy rains triggered landslides in {loc} ({date_plain}); fatalities {kill}."),
    ("none", "none", "A cyclone made landfall near {loc} {date}, flattening villages and cutting power lines."),
    ("none", "none", "Rescuers in {loc} were still searching for survivors {date} after torrential rain caused a hillside to give way."),
    ("none", "none", "A powerful tremor shook {loc} {date}, sending residents into the streets; {kill} were confirmed dead."),
]

T["Disasters / Man-made disaster"] = [
    ("none", "none", "A fire broke out at a textile factory in {loc} {date}, killing {kill} workers, {src} said."),
    ("none", "none", "{date_cap}, a building under construction collapsed in {loc}, trapping dozens of labourers."),
    ("none", "none", "Man-made disaster: a fuel tanker exploded on a highway near {loc} ({date_plain}); fatalities {kill}."),
    ("none", "none", "An overloaded ferry capsized on the river near {loc} {date}, and {kill} passengers drowned."),
    ("none", "none", "A passenger train derailed outside {loc} {date}, injuring {inj} people, railway officials said."),
    ("none", "none", "A gas leak at a chemical plant in {loc} sickened {inj} residents {date}, {src} reported."),
]

T["Crime / Organised crime"] = [
    ("gang", "civ", "{a1} gunmen killed {kill} people in a turf war over drug routes in {loc} {date}, {src} said."),
    ("pol", "gang", "{date_cap}, {a1} seized two tonnes of cocaine from a trafficking network in {loc}."),
    ("gang", "civ", "Organised crime: {a1} robbed a bank in {loc} ({date_plain})."),
    ("gang", "civ", "Armed robbers held up a bus on the road to {loc} {date} and stole passengers' money and phones."),
    ("gang", "civ", "{a1} members extorting shopkeepers in {loc} shot dead a trader who refused to pay {date}, {src} said."),
    ("pol", "gang", "Human traffickers abandoned {num} migrants in the desert near {loc} {date}, the coastguard said."),
]

# Sentences that report no codable event: context, comment, statements, aggregates, background.
NONE = [
    "The ministry did not give further details.",
    "The area has seen repeated violence in recent months.",
    "Officials called for calm and urged residents to stay indoors.",
    "Security has deteriorated in the province since foreign troops withdrew.",
    "The government has repeatedly promised to restore order in the region.",
    "Analysts say the conflict has displaced more than a million people.",
    "The United Nations urged all parties to respect international humanitarian law.",
    "It was not immediately possible to verify the reports independently.",
    "The president condemned the violence and called for dialogue.",
    "Aid agencies warned of a looming food crisis.",
    "The group has been fighting the government for more than a decade.",
    "Prices of bread and fuel have doubled since the start of the year.",
    "The militants control large parts of the countryside.",
    "Elections are scheduled for next year.",
    "The minister said the army would defeat the insurgency by the end of the year.",
    "Residents said they feared further violence.",
    "Schools in the district have been closed for weeks.",
    "The European Union expressed concern about the humanitarian situation.",
    "The spokesman declined to comment on casualty figures.",
    "Talks between the two sides have stalled since March.",
    "Opposition leaders accused the government of corruption.",
    "The region is rich in gold and other minerals.",
    "Human rights groups have documented abuses by all sides.",
    "Thousands of families are living in makeshift camps.",
    "Both sides have accused each other of violating earlier agreements.",
    "The army says it has killed hundreds of militants this year.",
    "Police said an investigation was under way.",
    "The government has denied targeting civilians.",
    "Journalists are rarely allowed into the area.",
    "The insurgents say they are fighting to impose their version of Islamic law.",
    "Most areas of the north are now contested, according to local observers.",
    "The central bank raised interest rates for the third time this year.",
    "The football federation postponed the match for security reasons.",
    "He said the operation would continue until the area was secure.",
    "The health ministry reported a rise in cholera cases.",
    "Reporters could not reach the governor for comment.",
    "The army has promised to investigate the allegations.",
    "The country has been ruled by the military since a coup two years ago.",
    "Local leaders warned that tensions between farmers and herders were rising.",
    "The new road is expected to cut travel times by half.",
    "The rebels have threatened to attack the capital if their demands are not met.",
    "Officials said they would not negotiate with terrorists.",
    "The militants said they would not stop fighting until foreign troops leave.",
    "Diplomats expect the talks to resume after the holidays.",
    "Violence has killed thousands of people since the insurgency began.",
    "Farmers said the harvest would be poor this year.",
]
