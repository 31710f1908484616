"""More training templates (train split only) for the three territorial sub-events (government regains
territory, non-state actor overtakes territory, non-violent transfer of territory) and for attacks on
civilians, in registers, verbs and word orders the other template modules do not use: OSINT notes on
geolocated footage and satellite images, military SITREP lines, control-map updates, security
advisories, humanitarian flash updates, diocesan and governor's communiques, Q&A explainers, timeline
entries, live-blog lines, headlines, survivors' testimony, partisan voice, translated-sounding text, and
events told only by their consequences (phone signal returning, schools reopening, a new mayor installed,
graves dug, a morgue filling). Several are hard contrasts: a town the state takes back after the rebels
have simply left is a non-violent transfer, not a government regain; a capture that follows a real fight
is an overtake even when earlier handovers were peaceful; an armed group killing people where nobody
shoots back is an attack, not a clash.

Written apart from the held-out templates (templates_heldout.py was not read; only the first six
templates of each list in templates.py were looked at, plus the seventh to tenth of the first two lists
seen by accident through a file head; the one template closest to a held-out one, rapidfuzz
token_sort_ratio >= 65, was removed). Conventions (see build_reports.fill()): a template uses {a1}/{a2}
only when that kind has a written form (not civ, prot, riot, none); it never ends with "{loc}" before a
full stop, colon or semicolon; "allegedly/reportedly/accused" appear only for real allegations, and
"said/told/according to/confirmed/reported/claimed" only where the sentence names its source, because
those words set the gold modality; a count slot followed by "of" is avoided.
"""

MORE = {}

MORE["Battles / Government regains territory"] = [
    ("mil", "reb", "Geolocated footage posted {date} shows {a1} hoisting the national colours over the grain silo "
                   "in {loc}, evidence that {a2} have been pushed back out of the town they held since winter."),
    ("mil", "reb", "SITREP // {date_plain} // {loc} -- {a1} reoccupied the town centre at first light after an "
                   "overnight assault; {a2} fell back east; mopping-up continues."),
    ("mil", "reb", "Not since the insurgency began had soldiers walked freely through the bazaar of {loc}, but "
                   "{date} {a1} did just that, having evicted {a2} after a week of street battles."),
    ("mil", "reb", "Schools in {loc} will reopen next month, the district education office said, now that {a1} "
                   "have won the town back from {a2} in fighting that ended {date}."),
    ("mil", "reb", "Who controls {loc} now? The state again: {a1} clawed the town back from {a2} {date} after a "
                   "bruising fortnight of combat."),
    ("mil", "reb", "Mobile phone signal returned to {loc} {date} for the first time in months -- a sign, "
                   "residents knew, that {a1} had flushed {a2} out of the town overnight."),
    ("mil", "reb", "Control map update ({date_plain}): {loc} flips from {a2} back to {a1} after a successful "
                   "assault on its northern approaches."),
    ("mil", "reb", "Leaving behind trenches, ammunition crates and the bodies of {kill} comrades, {a2} fled as "
                   "{a1} punched their way back into {loc} {date}."),
    ("mil", "reb", "It was {date} that the tide finally turned in {loc} in favour of the state, as {a1} broke through the defences of {a2} "
                   "at the river crossing and had retaken the district headquarters by nightfall."),
    ("mil", "reb", "Communique No. 14 of the Office of the Governor brings to the attention of the population "
                   "that {loc} has reverted to lawful administration {date}, the terrorist formations of {a2} "
                   "having been beaten back by {a1} with the help of the Almighty."),
    ("mil", "reb", "Army wins back {loc} as {a2} scatter into the forest"),
    ("mil", "reb", "\"We slept in our own beds for the first time in a year,\" a farmer from {loc} said after "
                   "{a1} ejected {a2} from the village {date} in a two-day battle."),
    ("mil", "reb", "Amid the rubble of {loc}, which {a1} prised from {a2} {date} at the cost of {kill} lives, "
                   "army engineers began lifting mines from the main road."),
    ("mil", "reb", "Once {a1} had encircled and reduced the last pocket of resistance held by {a2} in {loc} "
                   "{date}, the writ of the state ran again across the whole district."),
    ("mil", "reb", "The counter-thrust into {loc} {date}, supported by helicopter gunships, ended with {a2} "
                   "ousted from the town and {a1} manning its checkpoints once more."),
    ("pol", "gang", "Backed by armoured vehicles, {a1} fought their way back into the slums of {loc} {date}, "
                    "ending two years of rule by {a2} in a gunbattle that left {kill} people dead."),
    ("mil", "reb", "* {date_plain} -- Garrison re-established in {loc} by {a1} after a night assault scatters "
                   "{a2}."),
    ("mil", "reb", "Families who had sheltered in the hills began trickling back to {loc} {date}, after {a1} "
                   "smashed through the lines of {a2} and took the town back, {src} said."),
    ("mil", "reb", "By the decisive actions of {a1}, {loc} was freed {date} from the armed formations of {a2}, "
                   "which suffered losses in manpower and equipment and retreated."),
    ("mil", "reb", "Although {a2} had entered {loc} without resistance last year, their hold ended {date} when "
                   "{a1} fought their way in again, killing {kill} militants."),
    ("mil", "reb", "The recovery of {loc} -- won street by street against {a2} and completed {date} -- gives "
                   "{a1} control of the only paved road into the province."),
]

MORE["Battles / Non-state actor overtakes territory"] = [
    ("reb", "mil", "Geolocated videos filmed {date} show {a1} driving captured army trucks through the main square "
                   "of {loc}, hours after {a2} defending it were overwhelmed."),
    ("reb", "mil", "The hold of {a2} over {loc} collapsed {date}: after a six-hour assault, {a1} were in "
                   "possession of the police station, the hospital and the bridge."),
    ("reb", "mil", "Security advisory ({date_plain}): treat {loc} as a no-go area following its violent takeover "
                   "by {a1}; {a2} have lost all their positions in the town."),
    ("reb", "reb2", "The banner of {a1} went up over {loc} {date} in place of that of {a2}, who lost the town "
                    "after a day of gunfights between the two factions."),
    ("reb", "mil", "Ousted from {loc} by {a1} after an all-night battle {date}, {a2} regrouped at the airfield "
                   "twenty kilometres to the south."),
    ("reb", "mil", "{date_cap}, minutes before {a1} overwhelmed his post and occupied {loc}, a commander of {a2} "
                   "could be heard on intercepted radio begging for reinforcements, {src} said."),
    ("reb", "mil", "Market taxes in {loc} now go to {a1}, whose fighters grabbed the town from {a2} in a dawn "
                   "assault {date}."),
    ("reb", "mil", "Q: Who holds {loc}? A: {a1}. They overpowered the last army outpost there {date} and sent {a2} "
                   "fleeing toward the capital."),
    ("reb", "mil", "\"We ran out of bullets by noon and they were everywhere,\" a soldier who escaped {loc} told "
                   "us, describing how {a1} swarmed the town and routed {a2} {date}."),
    ("reb", "mil", "{a1} install their own mayor in {loc} after fighting drives out {a2}"),
    ("reb", "mil", "Communique of the General Command: after fierce engagements with the apostate army, the lions "
                   "of {a1} have planted the banner of truth upon {loc} {date}, and the remnants of the enemy "
                   "scattered into the desert."),
    ("reb", "reb2", "Fighting between the two factions ended {date} with {a1} in charge of {loc} and {a2}, who had "
                    "run the town for years, forced out under fire."),
    ("reb", "mil", "Flash update: {num} households fled {loc} {date} as {a1} pushed into the town and "
                   "wrenched it from {a2} after heavy exchanges of fire."),
    ("reb", "mil", "It took {a1} barely three hours {date} to break the defences of {a2} and occupy {loc}, where "
                   "{kill} soldiers were killed."),
    ("reb", "mil", "Under a hail of rocket fire, {a2} gave up their last positions in {loc} {date}, and {a1} "
                   "fighters poured into the town behind them."),
    ("reb", "mil", "Officials flee {loc} as {a1} blast their way into town past {a2}"),
    ("reb", "mil", "Over the loudspeakers of the central square in {loc}, {a1} announced {date} that the town was "
                   "theirs, their fighters having overpowered {a2} at the gates."),
    ("reb", "reb2", "{a1} snatched {loc} from {a2} {date} in a surprise night attack, extending their grip over "
                    "the gold-mining belt."),
    ("reb", "mil", "Unlike the uncontested handovers of previous weeks, the takeover of {loc} by {a1} {date} came "
                   "only after a ferocious fight in which {kill} soldiers of {a2} died."),
    ("reb", "mil", "{date_cap}, the black-and-white flag went up on the water tower in {loc}, after {a1} had "
                   "hunted {a2} from the town street by street."),
]

MORE["Strategic developments / Non-violent transfer of territory"] = [
    ("mil", "reb", "The last trucks of {a1} rolled out of {loc} {date} under the terms of the truce, and {a2} set "
                   "up checkpoints behind them without incident."),
    ("reb", "mil", "Timeline -- {date_plain}: {loc} passes to {a1} through the negotiated capitulation of "
                   "{a2} holding it; no casualties."),
    ("mil", "reb", "Why did {loc} change hands without a fight? Local sources point to a deal under which {a1} "
                   "relinquished the town to {a2} {date} in exchange for safe passage."),
    ("gov", "reb", "{a1} formally turned over the administration of {loc} to {a2} {date} under the autonomy "
                   "accord, at a ceremony attended by commanders of both sides."),
    ("reb", "reb2", "Rather than fight their former allies, {a1} packed up and left {loc} {date}, leaving the "
                    "town and its checkpoints to {a2}."),
    ("reb", "mil", "The interfaith council gives thanks that {loc} passed into the hands of {a1} {date} without bloodshed, "
                   "{a2} having departed quietly in the night."),
    ("mil", "reb", "Live, {date_plain}, 09:40 -- army spokesman confirms {a1} have \"repositioned\" out of {loc} and "
                   "{a2} have already reached the central roundabout; no fighting reported."),
    ("reb", "none", "The district chief of {loc} handed his official seal to {a1} {date} and asked them to keep "
                    "order, the police having left town two days earlier."),
    ("mil", "reb", "{a1} decamped from the hilltop base overlooking {loc} {date}, and {a2} occupied it within "
                   "the hour, neither side firing a shot."),
    ("reb", "mil", "Surrender terms signed in the town hall of {loc} {date} gave {a1} the town; the soldiers of the "
                   "garrison marched out with their rifles and nobody was hurt."),
    ("mil", "reb", "In accordance with the memorandum of understanding, the relocation of {a1} from {loc} was "
                   "completed {date}, and security in the area is henceforth the responsibility of {a2}."),
    ("reb", "mil", "Shopkeepers in {loc} opened as usual {date} even as the flag changed over the town hall: "
                   "{a2} had gone overnight and {a1} strolled in unchallenged."),
    ("mil", "reb", "Fearing encirclement, {a1} fell back from {loc} {date} before {a2} arrived, and the "
                   "militants entered a town emptied of troops without meeting resistance."),
    ("reb", "mil", "No battle preceded the change of control: {a2} had already struck camp in {loc} when {a1} "
                   "arrived {date}, and the first shots in the area were heard only a week later."),
    ("reb", "reb2", "Through the mediation of the tribal council, {a2} yielded {loc} to {a1} {date}, the two "
                    "commanders shaking hands in front of the market hall."),
    ("mil", "reb", "{date_cap} from {loc} were withdrawn the units of {a1}, and without combat the locality "
                   "went over to {a2}."),
    ("mil", "reb", "{a1} quit {loc} as {a2} move in unopposed"),
    ("reb", "mil", "No shots, no casualties: {a1} now run {loc} after {a2} left under a local deal {date}. "
                   "Thread below."),
    ("reb", "mil", "Rather than risk a siege, the commander of {a2} in {loc} opened talks and surrendered the town "
                   "to {a1} {date}; his men were allowed to leave with their families."),
    ("mil", "reb", "{a1} re-entered {loc} {date} without firing a shot, {a2} having slipped out of the town "
                   "two nights earlier rather than defend it."),
    ("mil", "reb", "A bloodless return: the keys of the prefecture in {loc} were given back to {a1} {date} by "
                   "{a2}, who left under a disarmament deal brokered by religious leaders."),
]

MORE["Violence against civilians / Attack"] = [
    ("reb", "civ", "The district morgue in {loc} took in {kill} bodies {date}, all of them {vic} mown down by "
                   "{a1} as they worked their fields."),
    ("none", "civ", "{kill_cap} freshly dug graves on the edge of {loc} bear witness to what happened {date}, "
                    "when armed men on horseback descended on the hamlet and killed everyone they found in the "
                    "open."),
    ("pol", "civ", "Video verified by our team shows {a1} clubbing an unarmed man to the ground in {loc} {date} "
                   "and kicking him long after he stopped moving; he died in hospital that night."),
    ("reb", "civ", "Tractors, not tanks, were what {a1} found when they entered {loc} {date} -- and they shot "
                   "the farmers driving them anyway, killing {kill}."),
    ("mil", "civ", "On {date_plain}, {a1} fired on a minibus carrying {vic} at the entrance to {loc}, killing "
                   "{kill}. The victims were unarmed."),
    ("reb", "civ", "Lying in the dust beside the well at {loc} were the bodies of {kill} {vic}; survivors said "
                   "{a1} had come {date} and fired into the queue without warning."),
    ("none", "civ", "Survivors in {loc} describe how, {date}, unknown attackers barred {vic} inside a granary "
                    "and set it alight; {kill} people burned to death."),
    ("reb", "civ", "Witness testimony gathered by our researchers indicates that {a1} deliberately fired from "
                   "pick-up trucks on {vic} fleeing {loc} {date}; {kill} people died."),
    ("mil", "civ", "Yet another crime of {a1}: {date}, in {loc}, the soldiers dragged an old man and his "
                   "grandson from their house and riddled them with bullets in front of the neighbours."),
    ("gang", "civ", "{a1} raked a crowded bar in {loc} with automatic fire {date}, killing {kill} drinkers in "
                    "what locals see as revenge on a neighbourhood that had stopped paying them."),
    ("pol", "civ", "A motorcycle-taxi driver died {date} after being kicked and struck with rifle butts by {a1} "
                   "in {loc} for failing to produce his papers."),
    ("reb", "civ", "{kill_cap} wedding guests slain as {a1} strike village near {loc}"),
    ("none", "civ", "Persons armed and not identified have assassinated {kill} inhabitants of {loc} {date}, among "
                    "them a child, according to the mayor."),
    ("reb", "civ", "\"I lay under my brother's body and pretended to be dead,\" said the only survivor among "
                   "the {vic} whom {a1} marched to the riverbank at {loc} {date} and shot."),
    ("reb", "civ", "There was no army post in {loc}, and nobody to shoot back, when {a1} arrived {date}: the "
                   "dead, {kill} in all, were {vic}, shot in their homes and in the lanes between them."),
    ("mil", "civ", "Unarmed {vic} waiting for food aid in {loc} were fired upon {date} by {a1} guarding the "
                   "distribution point, and medics counted {kill} dead."),
    ("reb", "civ", "17:20 -- Toll from the raid by {a1} on {loc} {date} rises to {kill}, all of them {vic}, as "
                   "more bodies are pulled from burned huts."),
    ("none", "civ", "Armed men burst into a primary school in {loc} {date}, shot the headmaster in front of his "
                    "pupils and beat {inj} teachers with rifle butts."),
    ("none", "civ", "The head of the village council in {loc} was gunned down on his own doorstep {date} by two "
                    "men on a motorbike who fled before anyone could stop them."),
    ("mil", "civ", "What justified {a1} firing live rounds into a queue of {vic} outside a fuel station in "
                   "{loc} {date}, killing {kill}? The families are still waiting for an answer."),
    ("reb", "civ", "Herders returning to {loc} found their kin stabbed and mutilated, left where {a1} had caught "
                   "them at the watering hole {date}; {kill} bodies were later buried side by side."),
    ("gang", "civ", "Acid attacks and beatings: {a1} punished {inj} market women in {loc} {date} for selling "
                    "outside the stalls the gang controls."),
]
