"""More training templates (train split only): other verbs, other word orders, other registers.

build_reports.py puts these before the templates of templates.py, so the held-out templates of each
type stay the same ones.
"""

EXTRA = {}

EXTRA["Battles / Armed clash"] = [
    ("mil", "reb", "Fierce battles raged {date} between {a1} and {a2} on the outskirts of {loc}, {src} said."),
    ("reb", "mil", "{a1} and {a2} were locked in combat around {loc} {date}; the fighting killed {kill} people."),
    ("reb", "mil", "{a1} launched a pre-dawn assault on army positions in {loc} {date} and were beaten back by {a2} after hours of fighting."),
    ("mil", "reb", "Skirmishes between {a1} and {a2} near {loc} {date} left {kill} combatants dead."),
]
EXTRA["Battles / Government regains territory"] = [
    ("mil", "reb", "{a1} said {date} they had pushed {a2} out of {loc} and restored state authority there."),
    ("mil", "reb", "{a1} retook {loc} {date} in a counter-attack against {a2}, {src} said."),
    ("mil", "reb", "State forces are back in control of {loc} after {a1} expelled {a2} {date}."),
]
EXTRA["Battles / Non-state actor overtakes territory"] = [
    ("reb", "mil", "{a1} overran the district headquarters in {loc} {date}, forcing {a2} to flee."),
    ("reb", "mil", "{a2} lost control of {loc} {date} when {a1} stormed the town, {src} said."),
    ("reb", "mil", "The flag of {a1} was raised over {loc} {date} after the militants drove out {a2}."),
    ("reb", "mil", "{a1} have taken {loc}, {src} said {date}, after government troops fled their posts."),
]
EXTRA["Explosions/Remote violence / Chemical weapon"] = [
    ("mil", "civ", "Residents of {loc} choked on yellow smoke after a chemical attack {date}; {kill} died, {src} said."),
    ("mil", "civ", "Inspectors said a toxic chemical, probably chlorine, was used in the attack on {loc} {date}."),
    ("reb", "mil", "{a2} reported that {a1} used drones to drop poison gas grenades on trenches near {loc} {date}."),
]
EXTRA["Explosions/Remote violence / Air/drone strike"] = [
    ("mil", "reb", "{a1} bombed {a2} targets in {loc} from the air {date}, {src} said."),
    ("mil", "civ", "An air raid on {loc} {date} destroyed a school and killed {kill} people."),
    ("mil", "reb", "A drone struck a pickup truck carrying {a2} fighters outside {loc} {date}, killing {kill}."),
    ("mil", "civ", "Military aircraft dropped bombs on a village near {loc} {date}, {src} said."),
]
EXTRA["Explosions/Remote violence / Suicide bomb"] = [
    ("reb", "civ", "A suicide attacker detonated explosives at a checkpoint in {loc} {date}, killing {kill}, {src} said."),
    ("reb", "mil", "{a1} said a suicide bomber from its ranks struck an army post in {loc} {date}."),
    ("reb", "civ", "A teenage bomber blew himself up among worshippers at a mosque in {loc} {date}."),
]
EXTRA["Explosions/Remote violence / Shelling/artillery/missile attack"] = [
    ("mil", "civ", "Shells fired by {a1} hit a hospital in {loc} {date}, {src} said."),
    ("reb", "mil", "{a1} fired a barrage of rockets at {a2} positions near {loc} {date}."),
    ("mil", "civ", "{a1} struck {loc} with ballistic missiles {date}, killing {kill} civilians."),
    ("mil", "civ", "Mortar bombs landed on a crowded market in {loc} {date}, killing {kill} shoppers."),
]
EXTRA["Explosions/Remote violence / Remote explosive/landmine/IED"] = [
    ("none", "mil", "An explosive device planted on the roadside blew up an army truck near {loc} {date}, {src} said."),
    ("none", "civ", "A farmer was killed when he stepped on a landmine in his field near {loc} {date}."),
    ("reb", "pol", "{a1} set off a remote-controlled bomb as a police van drove through {loc} {date}, killing {kill} officers."),
    ("none", "civ", "A bomb planted under a car went off in central {loc} {date}, wounding {inj} passers-by."),
]
EXTRA["Explosions/Remote violence / Grenade"] = [
    ("none", "civ", "A grenade attack on a bus station in {loc} {date} killed {kill} people, {src} said."),
    ("reb", "pol", "{a1} threw grenades at a police checkpoint in {loc} {date}, wounding {inj} officers."),
    ("none", "civ", "Assailants on a motorcycle lobbed a hand grenade into a shop in {loc} {date}."),
]
EXTRA["Violence against civilians / Sexual violence"] = [
    ("mil", "civ", "A UN report said {a1} raped women and girls during operations around {loc} {date}."),
    ("reb", "civ", "Girls abducted by {a1} were subjected to sexual slavery in camps near {loc}, {src} said {date}."),
    ("gang", "civ", "A woman was sexually assaulted by armed men at a roadblock near {loc} {date}."),
]
EXTRA["Violence against civilians / Attack"] = [
    ("reb", "civ", "{a1} opened fire on a crowded market in {loc} {date}, killing {kill} shoppers, {src} said."),
    ("mil", "civ", "{a1} summarily executed {kill} men they had detained in {loc} {date}, according to a rights group."),
    ("none", "civ", "Gunmen killed {kill} people at a funeral in {loc} {date}."),
    ("reb", "civ", "{a1} beheaded a village chief in {loc} {date}, {src} said."),
    ("mil", "civ", "Soldiers shot dead prisoners who had already surrendered near {loc} {date}, witnesses said."),
]
EXTRA["Violence against civilians / Abduction/forced disappearance"] = [
    ("gang", "civ", "Kidnappers snatched {num} farmers from their fields near {loc} {date}, {src} said."),
    ("reb", "civ", "{a1} kidnapped a priest and his driver on the road to {loc} {date}."),
    ("mil", "civ", "A journalist has disappeared after being detained by {a1} in {loc} {date}, colleagues said."),
    ("reb", "civ", "{a1} seized {num} bus passengers near {loc} {date} and are holding them hostage."),
]
EXTRA["Protests / Peaceful protest"] = [
    ("prot", "none", "Opposition supporters demonstrated peacefully in {loc} {date}, demanding fresh elections."),
    ("prot", "none", "Nurses went on strike in {loc} {date} over unpaid wages, {src} said."),
    ("prot", "none", "A crowd of mothers gathered in front of the court in {loc} {date} to demand justice for their sons."),
    ("prot", "none", "Workers blocked the main road in {loc} {date} in protest against job cuts."),
]
EXTRA["Protests / Protest with intervention"] = [
    ("prot", "pol", "{a2} used tear gas and batons to break up a march in {loc} {date}, {src} said."),
    ("prot", "pol", "{a2} arrested {arr} demonstrators at a protest in {loc} {date}."),
    ("prot", "pol", "Protesters in {loc} were dispersed by {a2} with water cannon {date}."),
]
EXTRA["Protests / Excessive force against protesters"] = [
    ("mil", "prot", "{a1} fired live bullets at demonstrators in {loc} {date}, killing {kill}, {src} said."),
    ("pol", "prot", "{kill_cap} demonstrators died after {a1} opened fire to scatter a protest in {loc} {date}."),
    ("pol", "prot", "Security forces killed protesters demanding the release of detained leaders in {loc} {date}."),
]
EXTRA["Riots / Violent demonstration"] = [
    ("riot", "pol", "Rioters burned a police station in {loc} {date}, {src} said."),
    ("riot", "none", "Demonstrators smashed windows and looted shops in {loc} {date} during a protest over the killing of a student."),
    ("riot", "pol", "Stone-throwing youths fought running battles with {a2} in {loc} {date}."),
]
EXTRA["Riots / Mob violence"] = [
    ("riot", "civ", "A mob attacked a family accused of theft in {loc} {date}, killing {kill}, {src} said."),
    ("riot", "civ", "An angry mob set upon a suspected thief in {loc} {date} and beat him to death."),
    ("riot", "civ", "Villagers armed with clubs attacked a neighbouring community in {loc} {date}."),
]
EXTRA["Strategic developments / Agreement"] = [
    ("gov", "reb", "{a1} and {a2} signed a ceasefire agreement in {loc} {date}, {src} said."),
    ("mil", "reb", "{a1} and {a2} swapped prisoners near {loc} {date}."),
    ("gov", "reb", "A truce between {a1} and {a2} took effect in {loc} {date}."),
]
EXTRA["Strategic developments / Arrests"] = [
    ("pol", "civ", "{a1} detained {arr} people in {loc} {date} on suspicion of planning attacks."),
    ("pol", "civ", "An opposition leader was arrested at his home in {loc} {date}, {src} said."),
    ("mil", "reb", "{a1} captured a senior commander of {a2} alive near {loc} {date}."),
    ("pol", "civ", "{a1} took {arr} suspects into custody after a raid on a house in {loc} {date}."),
]
EXTRA["Strategic developments / Change to group/activity"] = [
    ("gov", "none", "Authorities banned all public gatherings in {loc} {date}, {src} said."),
    ("reb", "none", "{a1} named a new leader {date} after its former chief was killed near {loc}."),
    ("gov", "none", "A night curfew was declared in {loc} {date} after the unrest."),
    ("reb", "none", "A faction of {a1} split from the movement {date} and announced a new group in {loc}."),
]
EXTRA["Strategic developments / Disrupted weapons use"] = [
    ("mil", "reb", "{a1} found and defused an explosive device near a market in {loc} {date}, {src} said."),
    ("pol", "none", "{a1} seized rifles, grenades and ammunition from a hideout in {loc} {date}."),
    ("mil", "reb", "Air defences intercepted drones launched by {a2} over {loc} {date}."),
]
EXTRA["Strategic developments / Headquarters or base established"] = [
    ("reb", "none", "{a1} established a training camp near {loc} {date}, {src} said."),
    ("mil", "none", "{a1} opened a new military base outside {loc} {date}."),
    ("reb", "none", "{a1} set up checkpoints on the roads around {loc} {date}."),
]
EXTRA["Strategic developments / Looting/property destruction"] = [
    ("reb", "civ", "{a1} burned down dozens of houses in a village near {loc} {date}, {src} said."),
    ("mil", "civ", "{a1} looted homes and stole livestock in {loc} {date}."),
    ("none", "civ", "Unknown attackers destroyed a telecommunications tower in {loc} {date}."),
]
EXTRA["Strategic developments / Non-violent transfer of territory"] = [
    ("mil", "reb", "{a1} handed {loc} over to {a2} {date} under a deal negotiated by elders, {src} said."),
    ("reb", "mil", "{a1} withdrew from {loc} {date}, and {a2} entered the town without a fight."),
    ("mil", "reb", "The garrison in {loc} surrendered to {a2} {date} without firing a shot."),
]
EXTRA["Strategic developments / Other"] = [
    ("mil", "none", "{a1} conducted military exercises near {loc} {date}, {src} said."),
    ("gov", "none", "{a1} shut the border crossing at {loc} {date}."),
    ("mil", "none", "{a1} deployed additional troops and armoured vehicles to {loc} {date}."),
]
EXTRA["Diplomacy / Diplomatic contact"] = [
    ("gov", "for", "{a1} met {a2} in {fcap} {date} to discuss the peace process, {src} said."),
    ("gov", "for", "The foreign minister of {a1} paid an official visit to {fcap} {date}, where he held talks with {a2}."),
    ("reb", "for", "A delegation of {a1} held talks with {a2} in {fcap} {date}."),
    ("gov", "for", "{a2} received a delegation from {a1} in {fcap} {date}."),
]
EXTRA["Statements / Claim of responsibility"] = [
    ("reb", "none", "{a1} claimed the bombing in {loc} {date} in a statement on its news agency."),
    ("gov", "reb", "The government blamed {a2} for the massacre in {loc} {date}."),
    ("reb", "none", "{a1} said it was responsible for the ambush near {loc} {date}, {src} said."),
]
EXTRA["Disasters / Natural disaster"] = [
    ("none", "none", "Floods in {loc} {date} swept away houses and killed {kill} people, {src} said."),
    ("none", "none", "A strong earthquake hit {loc} {date}, destroying buildings."),
    ("none", "none", "A landslide buried homes in {loc} {date} after days of heavy rain; {kill} bodies were recovered."),
]
EXTRA["Disasters / Man-made disaster"] = [
    ("none", "none", "A fire in a crowded market in {loc} {date} killed {kill} people, {src} said."),
    ("none", "none", "A bus plunged into a ravine near {loc} {date}, killing {kill} passengers."),
    ("none", "none", "A gas explosion destroyed an apartment building in {loc} {date}."),
    ("none", "none", "A gold mine collapsed near {loc} {date}, trapping {num} miners."),
]
EXTRA["Crime / Organised crime"] = [
    ("gang", "civ", "{a1} gunmen shot dead {kill} people in a bar in {loc} {date} in a dispute over drug territory, {src} said."),
    ("pol", "gang", "{a1} dismantled a people-smuggling network in {loc} {date}."),
    ("gang", "civ", "Armed robbers raided a bank in {loc} {date} and escaped with cash."),
    ("pol", "gang", "{a1} seized a shipment of methamphetamine bound for {loc} {date}."),
]

NONE_EXTRA = [
    "The army said the operation was part of a wider campaign.",
    "Casualty figures could not be confirmed.",
    "The governor visited the area to assess the damage.",
    "Fighting has forced thousands of families to flee in recent years.",
    "The attack was the deadliest in the region this year.",
    "Security forces have been deployed to the area since January.",
    "The militants have been weakened by years of military operations.",
    "Officials said the death toll could rise.",
    "Critics say the government has failed to protect civilians.",
    "The rebels have denied involvement.",
    "Witnesses described scenes of panic.",
    "The country is due to hold a referendum in the autumn.",
    "Several ministers resigned last month over the budget.",
    "A spokesman said the army remained in control of the situation.",
    "Local media published photos of the aftermath.",
    "The region borders three countries and is a hub for smuggling.",
    "Both sides claim to have the upper hand.",
    "The minister promised compensation for the families of the victims.",
    "Investigators are trying to determine who was responsible.",
    "Markets reopened after a week of closures.",
    "The police chief said more officers would be sent to the town.",
    "Hospitals in the city are struggling to cope with the number of wounded.",
    "The group is listed as a terrorist organisation by several governments.",
    "Ceasefire talks are expected to resume next month.",
    "The army has previously been accused of abuses in the area.",
]
