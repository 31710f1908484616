"""Rule 10 of the rule layer: an arrest told only as background (the past perfect outside reported speech, an undated
relative clause under another act) tells nobody taken (arrest_background.is_background_taking, rules.no_taking_told)."""

import pytest

from sitroom.extract.events.arrest_background import DURATION
from sitroom.extract.events.rules import no_taking_told

ARRESTS = "Strategic developments / Arrests"


@pytest.mark.parametrize("text, told", [
    # the past perfect tells what had happened before the news
    ("Police said the woman came forward after learning via social media that Gonzalez had been arrested.", False),
    ("The reporter had been detained two months at that point, charged with membership in a banned group.", False),
    ("Police had stopped the truck near the city for a routine check, arresting the driver.", False),
    # ... but under a verb of saying it is the reported tense of the news
    ("On March 5, Cebu police announced that they had arrested two Chinese nationals.", True),
    ("Suleiman said that Alajoury had been detained by Hamas security forces.", True),
    # an undated relative clause under another act is the person's history
    ("In a major relief to activist Nodeep Kaur, who was arrested in Haryana on criminal charges, "
     "the High Court on Friday granted her bail.", False),
    ("China has moved to punish two lawyers hired to defend activists who were arrested while trying to flee.", False),
    ("The case related to 2016 allegations, after which he was detained by the intelligence agency for two years "
     "without trial.", False),
    # ... and so is a participle after its noun (a reduced relative clause)
    ("A large share of the reporters jailed were women, the press group found.", False),
    ("Rights groups called for the release of 30 students detained in military camps.", False),
    ("The panel's speakers included a former mayor, who was detained under emergency laws.", False),
    # ... but one with a day of its own, or under a main clause that only says who they are, is the news
    ("Police said the 40 protesters detained on Friday were released on bail.", True),
    ("Those arrested include two reporters and a lawyer.", True),
    ("The men arrested were members of a smuggling gang.", True),
    ("Among those who were detained was the opposition leader.", True),
    ("Meanwhile, another defendant who was arrested last week in connection with the plot has been released "
     "on bond.", True),
    ("The five who were arrested are members of the General Association of Hong Kong Speech Therapists.", True),
    # an arrest in the sentence's own clause stays told
    ("Police arrested four opposition activists on Friday.", True),
    ("He was seized by masked plainclothes police officers and detained for a while.", True),
    ("In a dragnet on Wednesday, the police carried out the arrest of 53 politicians and activists.", True),
])
def test_an_arrest_told_only_as_background_tells_nobody_taken(nlp, text, told):
    assert no_taking_told(ARRESTS, nlp(text)[:]) is (not told)


@pytest.mark.parametrize("text, told", [
    # a clause of taking that only dates the main clause's act ("after", "since") is background
    ("The mayor thanked the shop owner after the robber was taken into custody.", False),
    ("The editor was charged with fraud after she was detained by customs officers.", False),
    ("He lost his teaching post after being arrested by the security police.", False),
    ("She has written three books since she was jailed by the junta.", False),
    # ... unless the clause names its own day: then it tells an arrest of the news
    ("Protests broke out in the capital after the opposition leader was arrested on Monday.", True),
    # a clause before or until an arrest tells the arrest as the later act, the news
    ("He went into hiding before he was detained by police in the port city.", True),
    ("Mensah worked as a driver until he was arrested by soldiers on May 4.", True),
    # a "when" clause with no day of its own is the setting of the main clause's act
    ("When the reporter was detained by the secret police, his colleagues signed a letter of support.", False),
    ("When the lawyer was arrested on Tuesday, her colleagues marched to the court.", True),
    # ... and so does the main clause's: a "when" clause happens at its time
    ("Violence broke out in the capital on Wednesday when police arrested the opposition leader.", True),
    ("When soldiers detained the mayor, his supporters blocked the road on Friday.", True),
    # an arrest told with an adverb of an earlier time and no day is a person's history
    ("Her brother was recently arrested on charges of abusing his office.", False),
    ("Recently, another teacher was arrested and detained by the secret police for six weeks.", False),
    ("The pastor was originally detained in a coastal town and later moved to a prison.", False),
    ("Police recently arrested four students in the capital on Thursday.", True),
])
def test_an_arrest_told_as_the_time_of_another_act_or_as_history_tells_nobody_taken(nlp, text, told):
    assert no_taking_told(ARRESTS, nlp(text)[:]) is (not told)


@pytest.mark.parametrize("text, told", [
    # a noun of taking named as lasting is a custody, not a taking at the time of the news
    ("The unlawful and prolonged detention that reporters in the country face is a disgrace, the group said.", False),
    ("The union condemned the continued incarceration of its leader.", False),
    ("The blogger faces indefinite detention under the emergency law.", False),
    # ... but an arrest made stays told
    ("The arrest of the blogger on Monday drew condemnation from the union.", True),
    ("Police detained the blogger on Monday, and his prolonged detention drew condemnation.", True),
])
def test_a_custody_named_as_lasting_tells_nobody_taken(nlp, text, told):
    assert no_taking_told(ARRESTS, nlp(text)[:]) is (not told)


def test_a_release_after_a_detention_tells_the_detention(nlp):
    # the release ends the detention the news tells: the taking counts even when releases are not
    text = "The reporter was released on Tuesday after being detained for ten hours by the police."
    assert no_taking_told(ARRESTS, nlp(text)[:], released=False) is False
    assert no_taking_told(ARRESTS, nlp("He lost his post after being detained by the police.")[:], released=False)


@pytest.mark.parametrize("text, duration", [
    ("two years", True), ("the 34 days", True), ("26 days", True), ("twenty-six days", True), ("48 hours", True),
    ("close to three months", True), ("nearly two weeks", True), ("more than 40 days", True),
    ("last week", False), ("this month", False), ("2016", False), ("October 23", False), ("Friday", False),
])
def test_a_duration_has_no_day_of_its_own(text, duration):
    assert bool(DURATION.match(text)) is duration


@pytest.mark.parametrize("text, told", [
    # an arrest tried, ordered or sought is not made
    ("Journalists stand in solidarity with their colleague as Police attempted to arrest him.", False),
    ("The spokesman announced that the inspector-general of police has issued an order for the arrest of Igboho.",
     False),
    ("The report concluded that activists and journalists were being targeted for arrest by security forces.", False),
    ("Arrest Warrants against Activists in the Kurdistan Region of Iraq", False),
    # ... chosen for it, or the object of a warrant out for it
    ("Farmers in the valley were selected for arrest by an algorithm that scored their posts.", False),
    ("Officers said the driver had two warrants out for his arrest.", False),
    # ... the purpose of a plan, also through the participle that qualifies it
    ("A source warned the editor about a plot devised by senior officers at a secret meeting to detain her.", False),
    ("The minister revealed a plan to arrest the strike leaders.", False),
    # ... or a power given: its use is not told
    ("A curfew was declared on Friday, empowering soldiers to detain anyone on the streets.", False),
    ("Parliament authorized the police to arrest suspects without a warrant.", False),
    # an arrest ordered and made, or one that followed an attempt, is told
    ("He referred to the interior minister, who ordered Bhiri's arrest.", True),
    ("Police tried to stop the march and arrested 20 protesters.", True),
    ("Police arrested him for the murder of his neighbour.", True),
    ("Police foiled a plot devised by smugglers and arrested six men.", True),
])
def test_an_arrest_tried_ordered_or_sought_tells_nobody_taken(nlp, text, told):
    assert no_taking_told(ARRESTS, nlp(text)[:]) is (not told)


@pytest.mark.parametrize("text, told", [
    # a thing detained, seized or released is no person taken
    ("The union condemned it as a supply vessel previously detained in the north-east was stopped again.", False),
    ("It has since been seized by Dutch authorities in Rotterdam for further infringements.", False),
    ("It was eventually released from its berth in the port on October 30.", False),
    ("Customs officers seized a truck carrying weapons near the border.", False),
    # ... but people taken with it, or a person released, are
    ("The police promptly detained the aircraft and arrested four persons in connection to the issue.", True),
    ("Police seized the activist's phone and detained him overnight.", True),
    ("Kazmerchak was released.", True),
])
def test_a_thing_detained_or_seized_tells_nobody_taken(nlp, text, told):
    assert no_taking_told(ARRESTS, nlp(text)[:]) is (not told)


@pytest.mark.parametrize("text, told", [
    # a noun of taking that is only the time of another act
    ("She had spoken to the workers a few days before her arrest.", False),
    ("He has spent two years in a maximum-security prison since his arrest in 2019.", False),
    ("Police had already jailed the publisher on separate charges prior to this week's raids.", False),
    ("The video shows officers kicking the student during his arrest.", False),
    # ... or the kind of a paper
    ("According to the arrest affidavit, the officer drove the woman to a motel.", False),
    ("Arrest records show that he was fined twice for speeding.", False),
    # a noun of taking named otherwise is left to the other checks: it may be the news's arrest
    ("The arrest of the editor on Monday was condemned by the union.", True),
    ("The union said that the editor's arrest is clearly part of a crackdown on the press.", True),
    ("Police carried out mass arrests of relief volunteers.", True),
    ("Activists shouted slogans in response to the mass arrests.", True),
])
def test_an_arrest_as_the_time_of_another_act_tells_nobody_taken(nlp, text, told):
    assert no_taking_told(ARRESTS, nlp(text)[:], released=False) is (not told)


@pytest.mark.parametrize("text, told", [
    # a lasting custody, a person's state, a release from jail, a place of custody: nobody taken now
    ("Two activists remain imprisoned on opaque charges.", False),
    ("The former leader spent years under house arrest under a previous regime.", False),
    ("A second woman on house arrest has come forward with allegations against the officer.", False),
    ("The rights group spoke to a woman in custody in the capital.", False),
    # ... set off by commas after the subject, the state describes it, wherever the parse hangs it
    ("The pilot, in custody in Kenya, is a Somali national.", False),
    ("The businessman, under arrest in Dubai, holds two passports.", False),
    ("The driver, in custody since the crash, is not a local resident.", False),
    ("The court acquitted the men and ordered their release from the jail.", False),
    ("Officials want to decongest the jails in the state.", False),
    # one a verb puts someone in, or a holding of the news, stays
    ("Three men were taken into custody on Monday.", True),
    ("The opposition leader was placed under house arrest.", True),
    ("Several people were arrested and remained in police custody.", True),
    ("The driver was taken into custody, police said.", True),
    ("Police, in response to the shooting, arrested two men.", True),
])
def test_a_lasting_custody_tells_nobody_taken(nlp, text, told):
    assert no_taking_told(ARRESTS, nlp(text)[:], released=False) is (not told)


@pytest.mark.parametrize("text, told", [
    ("Take, for instance, the order to arrest the activist, which I support.", False),
    ("Officers were ordered to arrest the protest leaders.", False),
    ("Police searched the house and arrested him.", True),
])
def test_an_order_to_arrest_tells_nobody_taken(nlp, text, told):
    assert no_taking_told(ARRESTS, nlp(text)[:], released=False) is (not told)


@pytest.mark.parametrize("text, told", [
    # a prosecutor's, judge's or court's order of arrest or detention is a court step on someone already held
    ("On Wednesday, the suspect appeared before the prosecutor, who ordered his detention pending his extradition.",
     False),
    ("Later he appeared before a judge who ordered his arrest and detention until his extradition to France.", False),
    ("The magistrate ordered the detention of the two reporters for 15 days.", False),
    ("Public Prosecutor Jan Weber charged the student with arson and ordered his detention.", False),
    # a custody lengthened, whoever lengthens it
    ("On 12 June, the state security prosecution renewed the detention of four lawyers for 45 days.", False),
    ("The detention of the two bloggers was extended by another month on Sunday.", False),
    ("The court extended his detention, and police arrested his brother at the gate.", True),
    # a minister's order may be the arrest itself; a taking of its own is told
    ("He referred to the interior minister, who ordered Bhiri's arrest.", True),
    ("The judge ordered his release, but police arrested him again outside the court.", True),
])
def test_an_arrest_a_court_orders_is_a_court_step(nlp, text, told):
    assert no_taking_told(ARRESTS, nlp(text)[:], released=False) is (not told)


def test_the_arrest_stays_when_the_court_orders_detention_next(pipeline):
    """The arrest told first is the event; the court's order of detention the next day adds none."""
    from sitroom.records import NON_FACTUAL, DocumentIn

    text = ("Police in Milan arrested a Tunisian man on Tuesday. On Wednesday, he appeared before a judge who "
            "ordered his arrest and detention until his extradition to France.")
    evs = [e for e in pipeline.extract(DocumentIn(id="t", published="2024-03-08", text=text)).events
           if e.modality not in NON_FACTUAL]
    assert [(e.sub_event_type, e.location.name, e.date.start) for e in evs] == [("Arrests", "Milan", "2024-03-05")]


def test_a_custody_dated_is_the_news(nlp):
    """A lasting custody with a time of its own tells the holding at that time (the news), one without none."""
    dated = "Three members of the public had been arrested and remained in custody as of December 31."
    assert no_taking_told(ARRESTS, nlp(dated)[:], released=False) is False
    undated = "Three members of the public remained in custody on opaque charges."
    assert no_taking_told(ARRESTS, nlp(undated)[:], released=False) is True


@pytest.mark.parametrize("text, told", [
    # a custody going on, with no time of its own: no taking of the news
    ("Over a million of them are being held in camps, the group said.", False),
    ("The mechanic was being held for car robbery along with four others.", False),
    ("Inspectors found a farm where labourers were being held against their will for nearly two years.", False),
    ("The lawyer was being held at the city jail pending a hearing, his family said.", False),
    ("Four reporters are currently detained in the country, the union said.", False),
    ("The blogger is still held in solitary confinement.", False),
    # ... one dated, or a taking told beside it, is the news
    ("The journalist was being held at a police station on Monday.", True),
    ("Three activists were arrested and are being held at a police station.", True),
    ("The lawyer was being held at the city jail on Sunday, his family said.", True),
    ("Soldiers detained a reporter on Friday and he is still held at a military camp.", True),
])
def test_a_custody_going_on_tells_nobody_taken(nlp, text, told):
    assert no_taking_told(ARRESTS, nlp(text)[:], released=False) is (not told)


@pytest.mark.parametrize("text, told", [
    # a release on bail is a court step the guide does not code; a release from custody tells someone held
    ("The two bloggers were released on police bail on Wednesday.", False),
    ("The marchers were freed on bail by a magistrate in Nakuru.", False),
    ("The two bloggers were released from police custody on Wednesday.", True),
])
def test_a_release_on_bail_tells_nobody_held(nlp, text, told):
    assert no_taking_told(ARRESTS, nlp(text)[:]) is (not told)


@pytest.mark.parametrize("text, told", [
    # a prison term is a verdict's or a penalty's length, no taking
    ("A court in Brest on Wednesday sentenced the activist to four years in prison, in the latest case of a "
     "crackdown on dissent.", False),
    ("The editor faces up to ten years in jail if convicted.", False),
    ("Police arrested the editor at his office in Brest on Monday.", True),
    ("Police took the two reporters to prison on Friday.", True),
])
def test_a_prison_term_tells_nobody_taken(nlp, text, told):
    assert no_taking_told(ARRESTS, nlp(text)[:], released=False) is (not told)


@pytest.mark.parametrize("text, told", [
    # a main clause of "be to" + infinitive tells another act to come, not who the arrested are: the participle after
    # the name is the person's history
    ("Diplomats are to be given access to the aid worker, detained by rebels in the north.", False),
    ("The two families are to meet the lawyer, arrested by the secret police in the capital.", False),
    ("Consular staff are to visit the reporter, held by militiamen near the border.", False),
    # ... while a copula that says who they are keeps the arrest as the news
    ("The men arrested in the raid are members of a banned party.", True),
    ("The three who were detained by soldiers are students of the university.", True),
])
def test_a_be_to_future_is_no_copula_of_who_was_taken(nlp, text, told):
    assert no_taking_told(ARRESTS, nlp(text)[:]) is (not told)


@pytest.mark.parametrize("text, told", [
    # a custody told in the present is going on; an age the parser tags as a date gives it no time of its own
    ("The 26-year-old is still being held in custody by the army aboard a navy ship.", False),
    ("He is held in military custody at a base outside the capital, the minister said.", False),
    ("The detainees are held at a camp near the border.", False),
    # ... a day of its own makes it the news
    ("The 30-year-old was being held at a police station on Monday.", True),
    ("Soldiers detained the 19-year-old on Friday and he is held at a military camp.", True),
])
def test_a_custody_told_in_the_present_tells_nobody_taken(nlp, text, told):
    assert no_taking_told(ARRESTS, nlp(text)[:], released=False) is (not told)
