"""Second held-out template set for the event classifier, written blind.

Written from the taxonomy (shared/PRODUCT.md), the slot-filling code (build_reports.py) and the actor
lists (regions.py) only: no other template module and no generated report was read. Two templates per
label, 60 in all, meant only to measure the model on phrasing nobody tuned it for; never train on them.

HELDOUT["<Event type> / <Sub-event type>"] = [(actor1 kind, actor2 kind, template), ...]
"""

HELDOUT = {}

HELDOUT["Battles / Armed clash"] = [
    ("mil", "reb", "Heavy fighting broke out between {a1} and {a2} near {loc} {date}, leaving {kill} combatants dead on both sides, {src} said."),
    ("reb", "reb2", "{date_cap}, {a1} and {a2} exchanged fire for several hours on the outskirts of {loc} in a dispute over control of the main supply road."),
]
HELDOUT["Battles / Government regains territory"] = [
    ("mil", "reb", "{a1} recaptured {loc} {date} after a two-day offensive that drove out {a2}, according to {src}."),
    ("mil", "reb", "The national flag flies again over {loc} after {a1} pushed {a2} out of the area {date} following street battles that killed {kill} people."),
]
HELDOUT["Battles / Non-state actor overtakes territory"] = [
    ("reb", "mil", "{a1} seized control of {loc} {date} after overrunning positions held by {a2}, residents told local radio."),
    ("reb", "mil", "{date_cap}, {a1} stormed {loc} and took over the local government compound after a gun battle with {a2} in which {kill} soldiers died."),
]
HELDOUT["Explosions/Remote violence / Chemical weapon"] = [
    ("mil", "civ", "Doctors in {loc} treated {num} patients for choking and burning eyes after {a1} allegedly dropped chlorine-filled canisters on residential streets {date}."),
    ("mil", "reb", "{a1} fired shells loaded with a toxic gas at positions held by {a2} near {loc} {date}, and medics later found symptoms consistent with a nerve agent."),
]
HELDOUT["Explosions/Remote violence / Air/drone strike"] = [
    ("mil", "reb", "A drone operated by {a1} struck a pickup truck near {loc} {date}, killing {kill} members of {a2}, {src} said."),
    ("mil", "civ", "An airstrike by {a1} hit a crowded livestock market in {loc} {date}, killing {kill} {vic} in one of the deadliest raids of the year."),
]
HELDOUT["Explosions/Remote violence / Suicide bomb"] = [
    ("reb", "civ", "A suicide bomber detonated an explosives vest among worshippers at a mosque in {loc} {date}, killing {kill} people in an attack police blamed on {a1}."),
    ("reb", "mil", "{a1} used a suicide car bomb to hit a checkpoint manned by {a2} at the entrance to {loc} {date}, killing the attacker and {kill} soldiers."),
]
HELDOUT["Explosions/Remote violence / Shelling/artillery/missile attack"] = [
    ("mil", "civ", "Rockets fired by {a1} slammed into residential areas of {loc} {date}, killing {kill} {vic} and wounding {inj}, {src} said."),
    ("reb", "mil", "{date_cap}, mortar rounds launched by {a1} landed inside a base used by {a2} on the edge of {loc}, wounding {inj} soldiers."),
]
HELDOUT["Explosions/Remote violence / Remote explosive/landmine/IED"] = [
    ("reb", "mil", "A roadside bomb planted by {a1} tore through a convoy of {a2} on a dirt road outside {loc} {date}, killing {kill} soldiers."),
    ("none", "civ", "{kill_cap} {vic} died when their minibus ran over a landmine near {loc} {date}, according to {src}."),
]
HELDOUT["Explosions/Remote violence / Grenade"] = [
    ("none", "civ", "An unidentified attacker hurled a grenade into a packed bar in {loc} {date}, wounding {inj} customers before fleeing on foot."),
    ("reb", "pol", "{a1} lobbed a hand grenade at a post manned by {a2} in {loc} {date}, injuring {inj} officers, {src} told reporters."),
]
HELDOUT["Violence against civilians / Sexual violence"] = [
    ("reb", "civ", "{a1} allegedly raped {num} women and girls after raiding a village near {loc} {date}, a medical charity working in the area said."),
    ("mil", "civ", "A rights group documented the rape of a teenage girl by {a1} at a checkpoint in {loc} {date} and called for the soldiers involved to be prosecuted."),
]
HELDOUT["Violence against civilians / Attack"] = [
    ("reb", "civ", "{a1} opened fire on a wedding party in {loc} {date}, killing {kill} guests, including the bride's father."),
    ("mil", "civ", "{a1} executed {kill} unarmed {vic} they had rounded up during a search operation in {loc} {date}, survivors told Human Rights Watch."),
]
HELDOUT["Violence against civilians / Abduction/forced disappearance"] = [
    ("gang", "civ", "{a1} kidnapped {num} {vic} from a highway outside {loc} {date} and are demanding a ransom for their release, {src} said."),
    ("mil", "civ", "Relatives say a local journalist was taken from his home in {loc} {date} by {a1}, and the authorities have refused to disclose where he is being held."),
]
HELDOUT["Protests / Excessive force against protesters"] = [
    ("pol", "prot", "{a1} opened fire on unarmed demonstrators in {loc} {date}, killing {kill} people, in what Amnesty International described as a massacre."),
    ("mil", "prot", "{date_cap}, {a1} fired live rounds into a crowd of students marching peacefully through {loc}, killing {kill} and injuring {inj}."),
]
HELDOUT["Protests / Protest with intervention"] = [
    ("pol", "prot", "{a1} used tear gas and water cannon to disperse hundreds of traders protesting new market taxes in {loc} {date}."),
    ("pol", "prot", "{arr_cap} demonstrators were detained when {a1} broke up a sit-in by unpaid teachers outside the governor's office in {loc} {date}."),
]
HELDOUT["Protests / Peaceful protest"] = [
    ("prot", "none", "Hundreds of women marched through {loc} {date} to demand the release of relatives held by the security services, carrying photographs of the missing."),
    ("prot", "none", "{date_cap}, shopkeepers in {loc} kept their shutters down and gathered outside the district office in a peaceful protest against repeated power cuts."),
]
HELDOUT["Riots / Violent demonstration"] = [
    ("riot", "none", "Angry youths protesting a fuel price hike burned tyres, blocked roads and stoned government vehicles in {loc} {date}, {src} said."),
    ("riot", "pol", "Protesters enraged by the killing of a local trader set fire to a police station in {loc} {date} and pelted {a2} with stones."),
]
HELDOUT["Riots / Mob violence"] = [
    ("riot", "civ", "A mob beat to death a man accused of stealing a motorcycle in {loc} {date} before police could reach the scene."),
    ("riot", "civ", "{date_cap}, a crowd of villagers armed with machetes and clubs set upon members of a rival community in {loc} over a land dispute, killing {kill} people, {src} said."),
]
HELDOUT["Strategic developments / Agreement"] = [
    ("gov", "reb", "{a1} and {a2} signed a ceasefire agreement in {loc} {date}, committing both sides to halt hostilities and exchange prisoners within a month."),
    ("reb", "reb2", "{date_cap}, elders in {loc} brokered a deal under which {a1} and {a2} agreed to reopen the market road and stop attacking each other's checkpoints."),
]
HELDOUT["Strategic developments / Arrests"] = [
    ("pol", "none", "{a1} detained {arr} opposition activists in an overnight raid on a party office in {loc} {date}, their lawyer said."),
    ("mil", "reb", "{arr_cap} people suspected of helping {a2} were taken into custody by {a1} during house-to-house searches across {loc} {date}."),
]
HELDOUT["Strategic developments / Change to group/activity"] = [
    ("reb", "reb2", "In a joint statement issued in {loc} {date}, {a1} and {a2} announced that they had merged under a single leadership."),
    ("reb", "none", "{date_cap}, {a1} began a recruitment drive in {loc}, offering cash payments to young men who join, {src} said."),
]
HELDOUT["Strategic developments / Disrupted weapons use"] = [
    ("mil", "reb", "{a1} defused a large bomb planted by {a2} under a bridge in {loc} {date}, averting what officials called a potential massacre."),
    ("pol", "none", "Bomb disposal experts from {a1} safely detonated an improvised device found outside a primary school in {loc} {date}."),
]
HELDOUT["Strategic developments / Headquarters or base established"] = [
    ("reb", "none", "{date_cap}, {a1} set up a new base in abandoned school buildings in {loc}, {src} said."),
    ("mil", "none", "{a1} established a forward operating base in {loc} {date} to secure the highway and protect returning families."),
]
HELDOUT["Strategic developments / Looting/property destruction"] = [
    ("reb", "civ", "{a1} looted shops and set fire to the health centre in {loc} {date} before withdrawing, according to {src}."),
    ("mil", "civ", "Satellite images show that hundreds of homes in {loc} were burned down after {a1} swept through the area {date}, Amnesty International said."),
]
HELDOUT["Strategic developments / Non-violent transfer of territory"] = [
    ("reb", "mil", "{a1} entered {loc} without a fight {date} after {a2} withdrew from the area overnight, leaving behind their checkpoints and barracks."),
    ("mil", "reb", "{a1} took over {loc} {date} after {a2} pulled out under cover of darkness, and not a single shot was fired."),
]
HELDOUT["Strategic developments / Other"] = [
    ("gov", "none", "{a1} imposed a dusk-to-dawn curfew on {loc} {date} and suspended mobile internet services until further notice."),
    ("reb", "none", "{date_cap}, {a1} ordered all foreign aid workers to leave {loc} within 48 hours, {src} said."),
]
HELDOUT["Diplomacy / Diplomatic contact"] = [
    ("gov", "for", "Talks between {a1} and {a2} in {fcap} {date} focused on border security and the release of detained nationals, the foreign ministry said."),
    ("for", "gov", "{a2} hosted talks with {a1} in {loc} {date}, the first high-level contact between the two sides in months."),
]
HELDOUT["Statements / Claim of responsibility"] = [
    ("reb", "none", "In a message posted on Telegram, {a1} claimed responsibility for the bombing of a bus station in {loc} {date}."),
    ("reb", "mil", "{date_cap}, a spokesman for {a1} said the group was behind the ambush on {a2} near {loc} and warned of further attacks."),
]
HELDOUT["Disasters / Natural disaster"] = [
    ("none", "none", "Flash floods swept through {loc} {date} after days of torrential rain, killing {kill} people and destroying hundreds of homes, {src} said."),
    ("none", "none", "A magnitude 6.1 earthquake struck {loc} {date}, flattening mud-brick houses and leaving {kill} dead, according to the national disaster agency."),
]
HELDOUT["Disasters / Man-made disaster"] = [
    ("none", "none", "A fuel tanker overturned and exploded on the highway near {loc} {date}, killing {kill} people who had rushed to collect leaking petrol."),
    ("none", "none", "{date_cap}, a five-storey building under construction collapsed in {loc}, and {kill} bodies had been pulled from the rubble by evening."),
]
HELDOUT["Crime / Organised crime"] = [
    ("gang", "none", "Police in {loc} seized {num} kilograms of cocaine {date} that they said belonged to {a1}."),
    ("gang", "civ", "Traders in {loc} told reporters {date} that {a1} had been extorting weekly protection payments from every shop on the main street."),
]
