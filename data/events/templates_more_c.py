"""More training templates (train split only) for armed clashes, territorial change (government regains,
non-state actor overtakes, non-violent transfer) and the strategic developments around them (bases,
changes to a group or its activity, agreements, other), in registers and word orders the other template
modules do not use: headlines, ACLED-style notes, officialese, partisan voice, residents' quotes, NGO and
UN reports, translated-sounding text, live-blog lines, passive voice, the event as a noun phrase or told
by its consequences. Several are hard contrasts: a failed attempt to take a town is a clash; a town taken
back by the state without fighting is a non-violent transfer, with fighting it is a government regain; a
one-sided halt to operations is a change to the group's activity, not an agreement; a deal to hand a
town over later is an agreement, not (yet) a transfer; reconnaissance flights without strikes are
"Other".

Written apart from the held-out templates (templates_heldout.py was not read; the writer did see the
last two templates of some lists in templates.py, so the seven templates closest to any held-out one
(rapidfuzz token_sort_ratio >= 65) were removed). Conventions (see
build_reports.fill()): a template uses {a1}/{a2} only when that kind has a written form (not civ, prot,
riot, none), and {a1} is the actor who acts (the one who fights first, takes, receives or sets up);
it never ends with "{loc}" before a full stop, colon or semicolon; "said/says/told/according to/
confirmed/reported/claimed" appear only where the report names its source, and "allegedly/reportedly/
accused" not at all, because those words set the gold modality; a count slot followed by "of" is
avoided; {kill} stands only for the dead of the event itself.
"""

MORE = {}

MORE["Battles / Armed clash"] = [
    ("reb", "reb2", "Turf war near the gold mines: {a1} and {a2} trade fire for hours outside {loc} {date}"),
    ("pol", "gang", "A shootout erupted {date} when {a1} raided a hideout of {a2} in {loc}, the suspects returning "
                    "fire for more than an hour; {kill} people died."),
    ("mil", "reb", "According to a UN field report, {a1} and {a2} exchanged small-arms and mortar fire around "
                   "{loc} {date}, with casualties on both sides."),
    ("reb", "mil", "Our valiant defenders gave the terrorists no quarter {date}: {a1} tried to infiltrate {loc} "
                   "under cover of darkness and were met with withering fire from {a2}, and {kill} attackers "
                   "were eliminated."),
    ("mil", "reb", "On the territory of {loc} {date} there took place a combat engagement between {a1} "
                   "and {a2}, during which {kill} persons lost their lives."),
    ("reb", "reb2", "\"We heard the two groups shooting at each other from midnight until the call to prayer,\" "
                    "a farmer from {loc} said of the fighting {date} between {a1} and {a2}."),
    ("mil", "reb", "The bodies of {kill} fighters lay in the streets of {loc} {date} after a night of running gun "
                   "battles between {a1} and {a2}."),
    ("mil", "reb", "{a1}, with surveillance drones overhead, fought a ground engagement with {a2} in the maize "
                   "fields outside {loc} {date} that lasted until dusk."),
    ("reb", "mil", "An attempt by {a1} to seize {loc} {date} collapsed after {a2} held their ground in a day-long "
                   "firefight, and the town remains in government hands, {src} said."),
    ("gang", "mil", "{a1} on motorbikes opened fire on an army outpost near {loc} {date}, triggering a gunfight in "
                    "which {kill} bandits and soldiers were killed."),
    ("mil", "reb", "14:05 - Exchanges of fire continue between {a1} and {a2} on the northern approaches to {loc} "
                   "{date}, our reporter says."),
    ("reb", "pol", "Hurling grenades and firing from rooftops, {a1} battled {a2} around the central police station "
                   "in {loc} {date} until reinforcements arrived."),
    ("reb", "mil", "Hours of close-quarters fighting between {a1} and {a2} at the bridge into {loc} {date} ended "
                   "with neither side giving ground, {src} said."),
]

MORE["Battles / Government regains territory"] = [
    ("mil", "reb", "{a1} dislodge {a2} from {loc} after week-long battle"),
    ("mil", "reb", "On {date_plain}, {a2} were dislodged from {loc} by {a1} following two days of fighting, with "
                   "{kill} fatalities."),
    ("mil", "reb", "The national flag once again flies over the district office in {loc}, which {a1} stormed "
                   "{date} after {a2} had held it for eight months."),
    ("mil", "reb", "\"The soldiers are back and the militants are gone,\" a teacher in {loc} said after {a1} fought "
                   "their way into the town {date} and drove out {a2}."),
    ("mil", "reb", "Humanitarian access to {loc} remains limited following its recapture by {a1} {date}, according "
                   "to OCHA, with most residents displaced by the fighting with {a2}."),
    ("mil", "reb", "{loc} was wrenched from the grip of {a2} {date} in a dawn assault by {a1} backed by artillery."),
    ("mil", "reb", "{date_cap}, {a1} returned {loc} under their control, having knocked {a2} out of their fortified "
                   "positions."),
    ("mil", "reb", "Another victory for the motherland: {a2} were routed from {loc} {date}, and {a1} now hold every "
                   "street of the town."),
    ("mil", "reb", "UPDATE - {a1} have entered the centre of {loc} and hoisted the flag over the governor's office "
                   "{date} after {a2} retreated under fire, {src} said."),
    ("mil", "reb", "With {a2} driven from their last positions on the ridge {date}, {loc} is fully under the "
                   "control of {a1} for the first time since the insurgency began."),
    ("mil", "reb", "The reconquest of {loc} by {a1} {date}, which cost {kill} soldiers and insurgents their lives "
                   "in clashes with {a2}, opens the road to the provincial capital."),
    ("mil", "reb", "{a1}, fighting alongside pro-government militias, recovered {loc} from {a2} {date} after a "
                   "fortnight of clashes, {src} said."),
    ("mil", "reb", "An army base near {loc} that fell to {a2} last month was back in the hands of {a1} {date} after "
                   "a counter-attack that killed {kill} insurgents."),
    ("mil", "reb", "After house-to-house fighting {date}, {a1} declared {loc} cleared of {a2}, though sporadic "
                   "sniper fire continued in the eastern quarter."),
    ("mil", "reb", "Backed by foreign air power, {a1} stormed back into {loc} {date}, ending a two-month occupation "
                   "of the town by {a2}."),
]

MORE["Battles / Non-state actor overtakes territory"] = [
    ("reb", "mil", "{loc} falls to {a1} after days of street fighting with {a2}"),
    ("reb", "mil", "On {date_plain}, {a1} captured {loc} following an assault on positions of {a2}; {kill} "
                   "fatalities."),
    ("reb", "mil", "Victory! Our heroic {a1} stormed {loc} {date}, and the enemy garrison fled before them, "
                   "abandoning vehicles and weapons."),
    ("reb", "reb2", "After a week of clashes, {a1} wrested {loc} from the rival group {a2} {date}, taking over its "
                    "checkpoints and tax posts."),
    ("reb", "mil", "Rebel flags now hang from the municipal building in {loc}, stormed by {a1} {date} after {a2} "
                   "ran out of ammunition."),
    ("reb", "mil", "Thousands of residents fled {loc} {date} as {a1} fought their way into the town and overran "
                   "the last positions of {a2}, according to the UN refugee agency."),
    ("reb", "mil", "The defence ministry confirmed that, after heavy fighting {date}, {a2} had made a "
                   "\"tactical withdrawal\" from {loc}, leaving the town in the hands of {a1}."),
    ("reb", "mil", "The garrison town of {loc} was taken by {a1} {date} following a two-pronged assault on {a2}."),
    ("reb", "mil", "{date_cap}, {a1} entered into {loc} with combat, and {a2} were retreating towards the regional "
                   "centre."),
    ("reb", "mil", "BREAKING - Heavy gunfire, then silence: {a1} say they are now in full control of {loc} after "
                   "{a2} pulled back under fire {date}."),
    ("reb", "mil", "The border town of {loc}, scene of fierce fighting between {a1} and {a2} {date}, is now held by "
                   "the insurgents, {src} said."),
    ("reb", "mil", "The capture of {loc} by {a1} {date}, after {a2} abandoned their barracks under a hail of "
                   "mortar rounds, marks the group's deepest advance yet."),
    ("reb", "mil", "Having encircled the army camp at {loc} for a week, {a1} stormed it {date} and took {num} "
                   "soldiers prisoner, {src} said."),
    ("reb", "reb2", "{a2} were expelled from {loc} {date} by {a1}, who after two days of fighting between the "
                    "factions now control the market town and its cattle trade."),
    ("reb", "mil", "Insurgents seize district: {a1} take {loc} from {a2} after overnight battle"),
]

MORE["Strategic developments / Non-violent transfer of territory"] = [
    ("reb", "mil", "No fight for {loc} as {a1} roll in after {a2} slip away overnight"),
    ("mil", "reb", "Pursuant to the agreement on the separation of forces, {a1} assumed responsibility for {loc} "
                   "{date} following the orderly departure of {a2}."),
    ("mil", "reb", "{a1} entered {loc} {date} for the first time in years, the town having been handed back by "
                   "{a2} under the terms of a reconciliation deal, {src} said."),
    ("reb", "mil", "On {date_plain}, {a2} withdrew from {loc} and {a1} deployed in the town; no clashes occurred."),
    ("reb", "mil", "\"They just drove in, waved, and put up their flag - nobody resisted,\" a trader told us after "
                   "{a1} took over {loc} {date} from the departing {a2}."),
    ("mil", "none", "Foreign troops handed the airbase near {loc} to {a1} {date} at a ceremony marking the end of "
                    "their mission."),
    ("reb", "none", "Government officials and police had already fled when {a1} arrived in {loc} {date}, and the "
                    "group took over the town hall without meeting any resistance."),
    ("reb", "reb2", "Under a deal between the two groups, {a2} ceded control of {loc} to {a1} {date}, and their "
                    "fighters left in buses for the north."),
    ("reb", "mil", "{date_cap}, in {loc} control passed to {a1} without combat actions, {a2} having left it by "
                   "order of their command."),
    ("mil", "reb", "Control of the border post at {loc} was transferred peacefully to {a1} {date} after {a2} "
                   "stationed there agreed to stand down."),
    ("reb", "mil", "The people of {loc} opened their gates to {a1} {date}, and {a2}, those mercenaries, ran before a "
                   "single bullet was fired."),
    ("reb", "mil", "Tribal leaders in {loc} invited {a1} into the town {date} after {a2} pulled back, sparing it "
                   "from a battle."),
    ("reb", "mil", "{a2} quietly evacuated their garrison in {loc} {date}, trucking out equipment by night, and "
                   "{a1} occupied the empty barracks the next morning."),
    ("reb", "mil", "The bloodless handover of {loc} to {a1} {date} followed weeks of talks between local notables "
                   "and the commanders of {a2}."),
    ("reb", "mil", "UPDATE {date}: {a2} have left {loc} without a fight and {a1} are now patrolling the streets, "
                   "according to {src}."),
    ("mil", "none", "UN peacekeepers lowered their flag over the camp at {loc} {date} and passed the site to {a1}, "
                    "completing the drawdown of the mission in the province."),
    ("reb", "mil", "{a1} were welcomed into {loc} {date} by residents, the local garrison of {a2} having switched "
                   "sides the night before without any shots being fired."),
]

MORE["Strategic developments / Headquarters or base established"] = [
    ("reb", "none", "{a1} dig in at abandoned quarry outside {loc}, turning it into a base"),
    ("mil", "none", "On {date_plain}, {a1} established a company-sized outpost at the entrance to {loc} without "
                    "meeting any resistance."),
    ("mil", "none", "The Ministry of Defence is pleased to announce the commissioning {date} of a new brigade "
                    "headquarters for {a1} in {loc}, which will strengthen security throughout the district."),
    ("reb", "none", "\"They took the clinic and now sleep there with their guns,\" a resident of {loc} said of the "
                    "base {a1} set up in the village health post {date}."),
    ("mil", "none", "A new base for {a1} was opened at the airport in {loc} {date}, with hangars for helicopters "
                    "and quarters for several hundred troops."),
    ("reb", "none", "A checkpoint and a command post were put up by {a1} at the main junction of {loc} {date}, "
                    "{src} said."),
    ("reb", "none", "{date_cap}, {a1} organised in {loc} a base for the preparation of fighters and the storage of "
                    "weapons and ammunition."),
    ("reb", "none", "In {loc} a new bastion of the resistance has risen, as {a1} inaugurated their regional "
                    "command there {date}."),
    ("reb", "none", "Having moved into {loc} weeks ago, {a1} {date} installed a permanent headquarters in the "
                    "former governor's residence, {src} said."),
    ("pol", "none", "{a1} inaugurated a rapid-response post next to the livestock market in {loc} {date}."),
    ("mil", "none", "The navy commissioned a riverine base on the outskirts of {loc} {date} to patrol the waterways "
                    "used by smugglers and insurgents."),
    ("reb", "none", "LATEST: {a1} are fortifying an abandoned factory on the edge of {loc} as a new forward "
                    "position, {src} said {date}."),
    ("reb", "none", "The training camp opened by {a1} near {loc} {date} can house several hundred recruits, "
                    "{src} said."),
    ("gang", "none", "{a1} have set up a permanent camp in the forest reserve near {loc}, from which they hold "
                     "surrounding villages to ransom, residents said {date}."),
    ("mil", "none", "Sandbagged positions, a radio mast and an ammunition depot: {a1} turned the disused railway "
                    "station of {loc} into a garrison {date}."),
    ("reb", "none", "Tents, a flag and armed guards appeared on the hill above {loc} {date}, where {a1} had set up "
                    "a new camp overnight."),
]

MORE["Strategic developments / Change to group/activity"] = [
    ("gov", "none", "Authorities lock down {loc}, ban gatherings of more than five people {date}"),
    ("reb", "none", "On {date_plain}, {a1} named a new local commander in {loc} following the death of his "
                    "predecessor in an air strike."),
    ("reb", "none", "{num} members of {a1}, among them a mid-level commander, crossed over to the government side "
                    "in {loc} {date}, bringing their weapons with them."),
    ("gov", "reb", "By a decree published {date}, {a1} listed {a2} as a terrorist entity and froze the assets of "
                   "its leaders."),
    ("gov", "none", "Mobile data and telephone lines in {loc} were cut {date} on the orders of the regional security "
                    "committee, {src} said."),
    ("gov", "none", "The Office of the Governor wishes to inform the public that a ban on motorcycle traffic and on "
                    "the carrying of firearms entered into force throughout {loc} {date}."),
    ("reb", "none", "Women in {loc} were ordered by {a1} {date} to stop working in the market and to wear full veils "
                    "in public, residents said."),
    ("reb", "none", "Loudspeakers mounted on trucks toured {loc} {date} urging young men to enlist with {a1}, as the "
                    "group launched a new recruitment drive."),
    ("reb", "none", "{a1} announced {date} a unilateral halt to all offensive operations around {loc} for the "
                    "duration of the vaccination campaign."),
    ("gov", "none", "The president sacked the governor of {loc} {date} and handed his powers to the regional army "
                    "commander."),
    ("reb", "none", "{a1} formally disbanded at a ceremony in {loc} {date}, with the remaining fighters "
                    "joining the national army."),
    ("gov", "none", "{date_cap}, in {loc} was introduced the regime of a counter-terrorist operation, with "
                    "restrictions on the movement of citizens and vehicles."),
    ("reb", "none", "Heeding the call of the leadership, the fighters of {loc} pledged their loyalty to {a1} "
                    "{date}, joining the ranks of the movement."),
    ("gov", "none", "Schools and markets across {loc} will stay shut until further notice under restrictions imposed "
                    "{date} by the security council after last week's killings."),
    ("reb", "none", "{a1} fighters around {loc} were ordered {date} to swap their old insignia for a new emblem, "
                    "as the group rebranded itself after joining a larger alliance."),
    ("gov", "none", "Passes will now be needed to enter or leave {loc}, under new rules that {a1} brought in "
                    "{date}."),
]

MORE["Strategic developments / Agreement"] = [
    ("gov", "reb", "{a1} and {a2} ink deal to reopen the market road through {loc} {date}"),
    ("gov", "reb", "The Office of the Special Envoy welcomes the signing {date} in {loc} of a cessation of hostilities "
                   "agreement by {a1} and {a2}, and calls on all parties to implement it in good faith."),
    ("mil", "reb", "{num} soldiers freed by {a2} walked across the bridge at {loc} {date} as insurgents released by "
                   "{a1} crossed the other way."),
    ("reb", "reb2", "On {date_plain}, representatives of {a1} and {a2} signed a non-aggression pact in {loc} that ends "
                    "months of feuding over grazing land."),
    ("mil", "reb", "\"For the first time in months the children can sleep,\" said a mother in {loc}, where {a1} and "
                   "{a2} began observing a truce {date}."),
    ("gov", "reb", "{date_cap}, in {loc} between {a1} and {a2} was reached an arrangement on the mutual withdrawal "
                   "of forces from the line of contact."),
    ("mil", "reb", "The commanders of {a2} besieged in {loc} accepted {date} an offer from {a1} of safe passage out "
                   "of the town in exchange for surrendering their heavy weapons."),
    ("gov", "reb", "Meeting in {fcap} {date}, delegations of {a1} and {a2} endorsed a framework for a permanent "
                   "ceasefire and a timetable for talks on autonomy."),
    ("reb", "gov", "In a gesture of goodwill, the leadership of {a1} agreed with {a2} to free all women and "
                   "children held in {loc}, under a deal that came into effect {date}."),
    ("mil", "reb", "A humanitarian corridor out of {loc} was agreed {date} between {a1} and {a2}, allowing aid "
                   "convoys in and the sick and wounded out."),
    ("gov", "gang", "{a1} struck a deal with {a2} {date} under which the gang will stop kidnappings on the highway "
                    "through {loc} in return for an amnesty."),
    ("mil", "reb", "Over a shared meal outside {loc} {date}, local commanders of {a1} and {a2} sealed a pact to "
                   "share the water points, ending weeks of tension."),
    ("gov", "reb", "{a1} and {a2} signed a power-sharing deal in {loc} {date} that gives the movement three "
                   "ministries and the governorship of the province."),
    ("mil", "reb", "LIVE: a ceasefire between {a1} and {a2} around {loc} is now in force after overnight talks "
                   "{date}, according to {src}."),
    ("mil", "reb", "Under an arrangement hammered out {date}, {a2} will let engineers from {a1} repair the power "
                   "line that runs through {loc}, {src} said."),
    ("mil", "reb", "{a1} and {a2} agreed {date} that the army would take over the checkpoints around {loc} next "
                   "month, under a deal brokered by tribal chiefs."),
    ("gov", "reb", "Residents of {loc} celebrated in the streets {date} after {a1} and {a2} put their signatures to "
                   "an accord ending four years of war."),
]

MORE["Strategic developments / Other"] = [
    ("mil", "none", "Tanks rumble through {loc} as {a1} reinforce the eastern front {date}"),
    ("mil", "none", "The Ministry of Defence informs that {date} {a1} began scheduled command-staff exercises in the "
                    "area of {loc}, involving {num} servicemen."),
    ("mil", "none", "On {date_plain}, {a1} deployed additional units to {loc} ahead of the elections; no incidents."),
    ("none", "none", "The first contingent of a regional intervention force landed at the airport in {loc} {date} "
                     "and began taking up positions around government buildings."),
    ("reb", "none", "{a1} staged a parade of armed pick-up trucks through the streets of {loc} {date}, without "
                    "firing a shot."),
    ("reb", "none", "Leaflets signed by {a1} appeared on mosque doors in {loc} {date}, warning residents not to "
                    "cooperate with the authorities."),
    ("mil", "none", "A no-fly zone over {loc} was declared {date} by {a1}, who warned that any aircraft entering "
                    "it would be shot down."),
    ("mil", "none", "Columns of armour were seen massing on the outskirts of {loc} {date}, fuelling fears of a new "
                    "offensive, {src} said."),
    ("mil", "none", "{date_cap}, reconnaissance flights by {a1} circled over {loc} for hours without dropping any "
                    "ordnance."),
    ("mil", "none", "{date_cap}, in the direction of {loc} the redeployment of equipment and personnel of {a1} was "
                    "registered by observers."),
    ("gov", "none", "Residents of {loc} were ordered by {a1} {date} to leave their homes within 48 hours ahead of a "
                    "planned military operation."),
    ("mil", "none", "A shipment of armoured vehicles for {a1} was unloaded at the port in {loc} {date}."),
    ("reb", "none", "Hundreds of armed men loyal to {a1} massed on the edge of {loc} {date} but did not enter the "
                    "town, {src} said."),
]

# Sentences with no codable event: analysis of territory and deals, plans and hypotheticals, history
# without a date, and denials of rumours.
NONE_MORE = [
    "Military analysts believe that whoever holds the bridge at the river crossing controls the whole valley.",
    "The army has vowed to retake every town lost to the insurgents, though it has given no timetable.",
    "A spokesman for the governor dismissed rumours on social media that the district capital had fallen as "
    "enemy propaganda.",
    "The town has changed hands several times since the war began.",
    "Under the draft accord, which neither side has yet signed, prisoners would be exchanged in stages.",
    "Talks on a local truce are expected to resume after the religious holiday.",
    "Residents fear that the planned withdrawal of peacekeepers will leave them exposed.",
    "The movement denied that it had struck any deal with the authorities.",
    "Whether the militia will honour the agreement remains to be seen.",
    "The old colonial fort outside the city served as an army headquarters for decades.",
    "If the ceasefire collapses, aid agencies warn that tens of thousands of people could be displaced.",
    "Maps shared online that appear to show rebel advances could not be independently verified.",
]
