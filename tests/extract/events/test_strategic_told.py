"""A Diplomatic contact, an Agreement or a Change to group/activity must be told by its evidence
(extract/events/strategic.py): a contact that took place, an agreement made, a group changed."""

import pytest

from sitroom.extract.events.strategic import strategic_told
from sitroom.extract.events.taxonomy import typed_fields
from sitroom.records import DateValue, Event, Evidence

CONTACT = "Diplomacy / Diplomatic contact"
AGREEMENT = "Strategic developments / Agreement"
CHANGE = "Strategic developments / Change to group/activity"
OTHER = "Strategic developments / Other"


def _event(label, text, sentence=0):
    return Event(**typed_fields(label), confidence=0.9, date=DateValue(), extractor="t",
                 evidence=Evidence(sentence=sentence, start=0, end=len(text), text=text))


@pytest.mark.parametrize("label, text, told", [
    # contacts that took place: meetings, talks, visits, calls, envoys, a working dinner
    (CONTACT, "Bello met President Muhammadu Buhari in Abuja on Wednesday to brief him about the incident.", True),
    (CONTACT, "Cavusoglu later spoke with U.S. Secretary of State John Kerry.", True),
    (CONTACT, "US Secretary of State Tony Blinken has spoken over phone with Pakistan's Foreign Minister.", True),
    (CONTACT, "The Minister for Central Asia, Tobias Ellwood, visited Turkey on 4 April.", True),
    (CONTACT, "The Foreign Secretary joined the US Secretary of State and partners for talks on Syria.", True),
    (CONTACT, "Mnangagwa risked a diplomatic spat after blocking two special envoys sent by Ramaphosa.", True),
    (CONTACT, "The ministers sat down for a working dinner Sunday with Morneau.", True),
    (CONTACT, "The Government of Alberta just completed missions to China and Japan.", True),
    # no contact: statements, reactions, a campaign, a press conference, an ambassador shot
    (CONTACT, "Minister Ellwood said: The start of Iraqi operations to retake Mosul marks another step forward.", False),
    (CONTACT, "Following the update, the Foreign Secretary said: “It is unacceptable.”", False),
    (CONTACT, "The confederation has launched a joint campaign today in support of the jailed leader.", False),
    (CONTACT, "The general made it clear during his Dec. 14th press conference that we would strike.", False),
    (CONTACT, "A policeman fatally shot Russia's ambassador to Turkey on Monday at a photo exhibit.", False),
    (CONTACT, "He welcomed the resolution as a step towards bringing the parties to the negotiating table.", False),
    (CONTACT, "He asked Turkey to increase security at the Russian mission in Ankara.", False),
    # "met with" in the passive tells how something was received, not a meeting
    (CONTACT, "The president's call for a ceasefire has been met with a mixture of hope and scepticism.", False),
    (CONTACT, "The government's peace plan was met with protests in the capital.", False),
    (CONTACT, "The proposal was widely met with derision by the opposition.", False),
    # ... the active "met with" and the passive "met by" are meetings
    (CONTACT, "The foreign minister met with his Iranian counterpart in Geneva on Monday.", True),
    (CONTACT, "The delegation was met by the foreign minister at the airport in Kabul.", True),
    # business talks told as going on: no meeting held, and the deal is trade, not politics
    (CONTACT, "The carmaker Stellantis said Monday it was in talks to build a new electric van at a Toyota plant.", False),
    (CONTACT, "The airline said on Thursday it was in advanced talks with Boeing to buy 40 new jets.", False),
    (CONTACT, "The steelmaker is in exclusive negotiations over the acquisition of a mill near Lyon.", False),
    # talks between political actors stay contacts, though a sale is on their table
    (CONTACT, "The two defence ministers held talks on the sale of fighter jets in Ankara on Monday.", True),
    (CONTACT, "Iranian officials are in talks with the IAEA over inspections at the Fordow site.", True),
    # a contact named only as the time of something else
    (CONTACT, "Following the meeting the Foreign Secretary said:", False),
    (CONTACT, "During the visit, family members on the main floor heard screaming.", False),
    (CONTACT, "After the talks in Doha, the minister met his Qatari counterpart.", True),  # and one of its own
    # a visit to troops, whoever's, meets no government: no contact, unless another word of contact is told
    (CONTACT, "The defence secretary flew on Sunday to visit U.S. troops at an air base in northern Syria.", False),
    (CONTACT, "The prime minister visited soldiers wounded in the fighting at a hospital in Aden.", False),
    (CONTACT, "The defence secretary visited troops in Erbil and met the Kurdish regional president.", True),
    (CONTACT, "Since meeting Aleppo Mayor Brita Hagi Hasan in Paris on December 5, Hidalgo has raised awareness.", True),
    # agreements made: announced, brokered, reached, signed, declared, holding
    (AGREEMENT, "Ellwood comments on violations of the ceasefire announced by Russia and Turkey on 29 December.", True),
    (AGREEMENT, "The ceasefire brokered by Turkey with Russia for eastern Aleppo collapsed on Wednesday.", True),
    (AGREEMENT, "I welcome the agreement reached yesterday between the Government of Iraq and the KRG.", True),
    (AGREEMENT, "Pompeo witnessed the signing of an agreement between the Taliban and the United States.", True),
    (AGREEMENT, "Abiy Ahmed's government then declared a unilateral ceasefire.", True),
    (AGREEMENT, "About 2,000 peacekeepers will monitor a Kremlin-brokered truce.", True),
    (AGREEMENT, "The truce was holding on Monday.", True),
    # agreements only named: their violations, calls to respect them, the need for one, a demand, a deal's profits
    (AGREEMENT, "We call on all parties to respect the ceasefire, particularly around Wadi Barada.", False),
    (AGREEMENT, "He raised the continued violations of the Minsk agreements and the need for a ceasefire.", False),
    (AGREEMENT, "The union members are demanding that an agreement covering weekend work be brought into line.", False),
    (AGREEMENT, "Boeing and Lockheed Martin are the main manufacturers contracted to profit from the deal.", False),
    (AGREEMENT, "When police arrested the suspects, they discovered that the two were holding fake IDs.", False),
    # a group changed: formed, allied, led anew, disbanded, its activity stopped
    (CHANGE, "Three opposition parties formed an alliance ahead of the vote.", True),
    (CHANGE, "The group named a new commander after the death of its leader.", True),
    (CHANGE, "The militia announced it had disbanded.", True),
    (CHANGE, "The rebel group suspended operations after the ceasefire was announced.", True),
    # a media outlet closed is no conflict actor's change (test_contact_not_held)
    (CHANGE, "Independent TV station Dozhd suspended operations after a threat of closure.", False),
    # no group changed: a curfew ordered, a law imposed
    (CHANGE, "Los Angeles County has ordered another overnight curfew, but it will be shorter.", False),
    (CHANGE, "China imposed the sweeping new security law on Hong Kong on June 30.", False),
    # another act of an armed actor: a release, a deployment, troops on the streets, a search, an operation
    (OTHER, "The spokesman confirmed that two hostages were released on Sunday.", True),
    (OTHER, "Ninety-four airmen departed for a deployment to Incirlik Air Base, Turkey.", True),
    (OTHER, "Hundreds of police and soldiers remained on the streets of Harare late into the evening.", True),
    (OTHER, "Police searched the homes of at least five journalists on July 9.", True),
    (OTHER, "The Syrian Democratic Forces announced that they began their advance to isolate Raqqah.", True),
    (OTHER, "The first group of wounded people and civilians were to be escorted out of the city.", True),
    (OTHER, "A blogger who has been held incommunicado by authorities in Qatar was allowed to call his family.", True),
    # none: a wish, an attempt given up, a funeral, condolences, a report, a man held down
    (OTHER, "The army wanted to know who had invited a maulvi to address the congregation.", False),
    (OTHER, "Security officers attempted to pounce on a journalist but retreated.", False),
    (OTHER, "Funeral services are scheduled for 11:00 a.m., Saturday, April 22.", False),
    (OTHER, "We express our deep condolences to family and friends of the victims.", False),
    (OTHER, "The UN commission of Inquiry on Syria has today published a report.", False),
    (OTHER, "\"Three soldiers held me down,\" he alleges.", False),
])
def test_the_type_must_be_told_by_its_evidence(label, text, told):
    ev = _event(label, text)
    assert (strategic_told(ev) is ev) is told


def test_other_types_are_left_alone():
    ev = _event("Strategic developments / Arrests", "Shops remained open.")
    assert strategic_told(ev) is ev


def test_a_mention_merged_into_it_does_not_tell_the_event():
    # strategic_told reads the evidence alone: a merged mention ("the release was being negotiated") is not passed
    statement = _event(CONTACT, "In a statement, the pastor said the two were free and doing well.", 1)
    assert strategic_told(statement) is None
    met = _event(CONTACT, "The two leaders met in Baghdad on Sunday.", 0)
    assert strategic_told(met) is met


def _placed(text, sentence, place, country):
    from sitroom.records import PlaceMention

    ev = _event(CONTACT, text, sentence)
    loc = PlaceMention(text=place, start=0, end=len(place), name=place, level="populated place", country=country)
    return ev.model_copy(update={"location": loc, "evidence": ev.evidence.model_copy(
        update={"start": sentence * 200, "end": sentence * 200 + len(text)})})


def test_what_was_discussed_retells_the_contact():
    from sitroom.extract.events.strategic import retells_contact

    assert retells_contact(_event(CONTACT, "The two leaders discussed the next steps in the Mosul operation."))
    assert retells_contact(_event(CONTACT, "They also discussed planning for operations to free the city of Mosul."))
    # a contact of its own
    assert not retells_contact(_event(CONTACT, "Carter met al-Abadi in Baghdad, where they discussed the campaign."))
    assert not retells_contact(_event(CONTACT, "Cavusoglu later spoke with U.S. Secretary of State John Kerry."))
    assert not retells_contact(_event(AGREEMENT, "They discussed the ceasefire."))


def test_a_retelling_joins_the_contact_told_before_it_when_nothing_else_is_the_same():
    from sitroom.extract.events.merging import merge_events
    from sitroom.extract.events.strategic import retells_contact

    met = _placed("Defense Secretary Ash Carter today met with Prime Minister al-Abadi in Baghdad.", 0, "Baghdad", "IQ")
    topic = _placed("The two leaders discussed the next steps in the Mosul operation.", 2, "Mosul", "IQ")
    retold = frozenset(id(e) for e in (met, topic) if retells_contact(e))
    assert len(merge_events([met, topic], retold=retold)) == 1
    assert len(merge_events([met, topic])) == 2  # by place alone: two cities, two events
    # a second contact of its own at another place stays another event
    other = _placed("A delegation led by Monguno also met Bello in Minna on Wednesday.", 2, "Minna", "NG")
    first = _placed("Bello met President Buhari in Abuja on Wednesday.", 0, "Abuja", "NG")
    assert len(merge_events([first, other], retold=frozenset(id(e) for e in (first, other) if retells_contact(e)))) == 2
    # with no contact before it, a retelling is its own event
    assert len(merge_events([topic], retold=frozenset({id(topic)}))) == 1


def test_where_someone_is_held_retells_the_arrest():
    from sitroom.extract.events.strategic import retells_custody

    arrests = "Strategic developments / Arrests"
    for text in ("Kadoyimana is reportedly detained at Kicukiro police station.",
                 "He was booked Saturday morning into the Lee County Jail, Hughes told the News.",
                 "Both mother and baby, and the 4 activists are detained at the municipal office in Palo."):
        assert retells_custody(_event(arrests, text))
    # an arrest told, or another type
    for text in ("Régine Kadoyimana was arrested on October 16 at her home in Kigali.",
                 "The 33-year-old was apprehended by several officers and held in a van.",
                 "He was detained by police in Tacloban and held at the municipal office."):
        assert not retells_custody(_event(arrests, text))
    assert not retells_custody(_event(CONTACT, "Kadoyimana is reportedly detained at Kicukiro police station."))


def test_a_custody_report_joins_the_arrest_told_before_it():
    from sitroom.extract.events.merging import merge_events
    from sitroom.extract.events.strategic import retells_custody
    from sitroom.records import PlaceMention

    def arrest(text, sentence, place):
        ev = _event("Strategic developments / Arrests", text, sentence)
        loc = PlaceMention(text=place, start=0, end=len(place), name=place, level="populated place", country="RW")
        return ev.model_copy(update={"location": loc, "evidence": ev.evidence.model_copy(
            update={"start": sentence * 200, "end": sentence * 200 + len(text)})})

    taken = arrest("Kadoyimana was arrested on October 16 at her home in Kigali.", 8, "Kigali")
    held = arrest("Kadoyimana is reportedly detained at Kicukiro police station.", 15, "Kicukiro")
    retold = frozenset(id(e) for e in (taken, held) if retells_custody(e))
    assert len(merge_events([taken, held], retold=retold)) == 1
    assert len(merge_events([taken, held])) == 2


def test_a_visit_at_home_that_meets_no_one_is_no_contact():
    # probe 34a (Sudan): the army chief's visit to a building his troops retook in Omdurman
    from sitroom.records import ActorRef, PlaceMention

    def visit(text, place_country, actor2=None):
        ev = _event(CONTACT, text)
        return ev.model_copy(update={
            "actor1": ActorRef(name="Military Forces of Sudan", country="SD"),
            "actor2": actor2,
            "location": PlaceMention(text="x", start=0, end=1, name="Omdurman" if place_country == "SD" else "Cairo",
                                     level="populated place", country=place_country)})

    assert strategic_told(visit("Army chief Abdel Fattah al-Burhan visited the site on Wednesday.", "SD")) is None
    assert strategic_told(visit("Army chief Abdel Fattah al-Burhan visited Cairo on Wednesday.", "EG")) is not None
    host = ActorRef(name="Government of Egypt", country="EG")
    assert strategic_told(visit("Al-Burhan visited the site with Egypt's foreign minister.", "SD", host)) is not None
    assert strategic_told(visit("Al-Burhan met the governor in Omdurman on Wednesday.", "SD")) is not None


@pytest.mark.parametrize("label, text, expected", [
    # a cut network is the guide's Strategic developments / Other, whatever the typer leaned to
    ("Riots / Mob violence", "Monitoring group Access Now reported sweeping disruptions across Ethiopia on "
     "Tuesday, with connectivity dropping to a fifth of normal levels.", OTHER),
    ("Disasters / Man-made disaster", "Authorities switched off mobile internet in Tigray on Wednesday.", OTHER),
    ("Protests / Peaceful protest", "With the internet down, few images of the demonstrations reached the outside "
     "world.", OTHER),
    # a crowd told demonstrating stays a protest; the internet named alone is no cut; other types stand
    ("Protests / Peaceful protest", "Thousands marched in Khartoum on Thursday as the internet was cut.",
     "Protests / Peaceful protest"),
    # a protest against the cut is a protest
    ("Protests / Peaceful protest", "University students protest mobile internet shutdown in Jammu on Monday.",
     "Protests / Peaceful protest"),
    ("Protests / Peaceful protest", "Hundreds of demonstrators in Conakry on Tuesday called for an end to the internet "
     "blackout.", "Protests / Peaceful protest"),
    ("Riots / Mob violence", "Videos posted on the internet showed a mob beating a man in Kano.", "Riots / Mob violence"),
    ("Violence against civilians / Attack", "Soldiers shot dead two men in Bamenda during an internet blackout.",
     "Violence against civilians / Attack"),
    # an outage a disaster caused, or a riot told by the crowd's own violence, keeps its type
    ("Disasters / Natural disaster", "The storm killed four people in Tamatave and caused widespread mobile network "
     "outages.", "Disasters / Natural disaster"),
    ("Disasters / Natural disaster", "Floods washed away bridges and left phone lines down across the district.",
     "Disasters / Natural disaster"),
    ("Riots / Mob violence", "A crowd set fire to a telecom mast in Kano on Monday, causing a network outage.",
     "Riots / Mob violence"),
    # a rail network, or an outage with a technical cause, is no network shutdown
    ("Riots / Mob violence", "Youths blocked the highway near Warri and the rail network was cut for hours.",
     "Riots / Mob violence"),
    ("Disasters / Man-made disaster", "The power outage in Pretoria on Monday also left phone lines down.",
     "Disasters / Man-made disaster"),
])
def test_a_network_cut_is_a_strategic_development(label, text, expected):
    from sitroom.extract.events.strategic import network_cut

    assert network_cut(label, text) == expected


def test_the_state_cut_the_network_not_the_monitor_that_reported_it():
    from sitroom.extract.events.strategic import network_cutter
    from sitroom.records import ActorRef, PlaceMention

    where = PlaceMention(text="Ethiopia", start=0, end=8, name="Ethiopia", country="ET", level="country")
    monitor = ActorRef(name="Access Now", text="Access Now")
    cut = "Access Now said mobile internet was cut off in Tigray on Wednesday."
    assert network_cutter(OTHER, cut, monitor, where).name == "Government of Ethiopia"
    army = ActorRef(name="Military Forces of Ethiopia", text="the army", inter=1, country="ET")
    assert network_cutter(OTHER, cut, army, where) is army
    # a report of another kind keeps its actor
    assert network_cutter(OTHER, "Access Now published its annual report in Addis Ababa.", monitor, where) is monitor



CLAIM = "Statements / Claim of responsibility"


@pytest.mark.parametrize("text, told", [
    # a group claiming an attack: a word of claiming, responsibility, admitting or taking credit
    ("The militant group claimed responsibility for the bombing of the bus station.", True),
    ("Two attacks on the market, both claimed by the insurgents, killed 12 people.", True),
    ("The rebel leader admitted ordering the raid on the convoy in a video.", True),
    ("The separatists took credit for the ambush on Monday.", True),
    # no claim told: a freeing a source tells of, who was behind an attack left unsaid
    ("A source close to the operation said the kidnapped engineer was freed early on Saturday.", False),
    ("The police have not said who they think carried out the killings.", False),
])
def test_a_claim_of_responsibility_must_be_told(text, told):
    ev = _event(CLAIM, text)
    assert (strategic_told(ev) is ev) is told


@pytest.mark.parametrize("text, told", [
    # talks told as going on, or a speech to an audience: no meeting held
    ("The sanctions are tied to the ongoing negotiations with Moscow over the pipeline.", False),
    ("The two opposition leaders spoke to reporters in the capital on Monday.", False),
    ("The exiled activists spoke to a large audience at a webinar organised by a think tank.", False),
    ("Speaking to reporters in the capital on Monday, the minister said the border would reopen.", False),
    # a meeting held, or a call between leaders
    ("The foreign ministers met in Geneva on Monday for talks on the ceasefire.", True),
    ("The president spoke to his French counterpart by telephone on Tuesday.", True),
    ("The president was speaking to his French counterpart by telephone on Tuesday.", True),
])
def test_ongoing_talks_and_a_speech_are_no_contact(text, told):
    ev = _event(CONTACT, text)
    assert (strategic_told(ev) is ev) is told


def test_a_group_saying_it_was_behind_an_attack_claims_it():
    ev = _event(CLAIM, "A rebel spokesman told the radio station that the movement was behind the ambush.")
    assert strategic_told(ev) is ev


@pytest.mark.parametrize("text, told", [
    # talks told as going on hold no meeting, unless they are resumed or held anew
    ("Government and rebel negotiators resumed stalled talks in Nairobi on Monday, a mediator said.", True),
    ("The two sides held a new round of the long-running negotiations in Doha on Tuesday.", True),
    ("The sanctions are tied to the ongoing negotiations with Moscow over the pipeline.", False),
])
def test_talks_resumed_are_a_meeting(text, told):
    ev = _event(CONTACT, text)
    assert (strategic_told(ev) is ev) is told


@pytest.mark.parametrize("text, told", [
    # a group's own word that it was behind the act, however far its verb of saying
    ("The group said in a statement that it was behind the attack on the convoy.", True),
    # the state or an outsider saying who was behind it attributes the act, claims nothing
    ("Police said the militants were behind Sunday's bombing of the market.", False),
    ("The interior ministry said on Monday that the group was behind the attack on the checkpoint.", False),
])
def test_who_says_a_group_was_behind_an_attack(text, told):
    ev = _event(CLAIM, text)
    assert (strategic_told(ev) is ev) is told
