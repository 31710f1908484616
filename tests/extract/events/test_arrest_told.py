"""Rule 10 of the rule layer: an Arrests event must tell someone taken or held (rules.no_taking_told, arrest_told)."""

import pytest

from sitroom.extract.events.rules import arrest_told, no_taking_told, typed_fields
from sitroom.records import DateValue, Event, Evidence

ARRESTS = "Strategic developments / Arrests"


def _report(text, a, b):
    """An Arrests report of ``text[a:b]``, the first sentence of a two-sentence text or the second."""
    return Event(**typed_fields(ARRESTS), confidence=0.9, date=DateValue(), extractor="t",
                 evidence=Evidence(sentence=0 if a == 0 else 1, start=a, end=b, text=text[a:b]))


@pytest.mark.parametrize("text, told", [
    # no arrest told: a court step, a call for release, a wanted list, a street scene, a release by a court
    ("On Tuesday, Binniyat was arraigned at the Barnawa Magistrate's Court in Kaduna state.", False),
    ("The student paper released a statement calling for the immediate release of Cumpio and the 4 others.", False),
    ("Earlier this week, police published a wanted list of 14 prominent critics of the government.", False),
    ("Shops remained open in Hamirpur, Jalaun and Lalitpur as well.", False),
    ("Labor leader Dennise Velasco was finally set free on Tuesday after a court dismissed the case.", False),
    ("A Sana'a court sentenced four men to death on trumped-up charges.", False),
    # a participle before its noun only describes the person
    ("On March 11, jailed Belarusian blogger Ihar Losik was presented with additional criminal charges.", False),
    ("Jailed Saudi activist Loujain al-Hathloul appeared before a terrorism court on Thursday.", False),
    # arrests told, however briefly or in whatever clause
    ("The journalist was arrested on Friday and charged with sedition.", True),
    ("Police detained 20 protesters outside the parliament.", True),
    ("Three people were taken into custody in connection with the investigation.", True),
    ("He was picked up by security agents at his home in Lagos.", True),
    ("Policemen detain activists during a shut-down in Hyderabad.", True),
    ("The five who were arrested are members of the association.", True),
    ("He was taken to jail on Wednesday.", True),
    ("Both mother and baby, and the 4 activists are detained at the municipal office of the police in Palo.", True),
    ("Police searched the homes of at least five journalists on July 9.", True),
    ("Kazmerchak was released.", True),
    # someone taken from where they live
    ("The lawyer was taken from his home in Harare by men in plain clothes on Sunday.", True),
    ("Security agents dragged the editor from her house before dawn.", True),
    ("Officers took the activist away from their apartment on Friday.", True),
    # a thing taken from a home, or a taking told of nobody: no arrest
    ("Thieves took valuables from the house on Sunday.", False),
    ("The family was forced to move from their home last year.", False),
])
def test_an_arrest_must_tell_someone_taken_or_held(nlp, text, told):
    span = nlp(text)[:]
    assert no_taking_told(ARRESTS, span) is (not told)
    assert no_taking_told("Violence against civilians / Attack", span) is False


def _event(label, text):
    return Event(**typed_fields(label), confidence=0.9, date=DateValue(),
                 evidence=Evidence(sentence=0, start=0, end=len(text), text=text), extractor="t")


def test_an_event_with_no_taking_is_dropped_or_typed_by_what_it_tells(nlp):
    court = "On Tuesday, Binniyat was arraigned at the Barnawa Magistrate's Court in Kaduna state."
    assert arrest_told(_event(ARRESTS, court), nlp(court)) is None
    defused = "The second device near the town hall was discovered by an informant and specialists defused it."
    assert arrest_told(_event(ARRESTS, defused), nlp(defused)).sub_event_type == "Disrupted weapons use"
    freed = "The police spokesman confirmed that two hostages were released on Sunday."
    assert arrest_told(_event(ARRESTS, freed), nlp(freed)).sub_event_type == "Other"
    arrest = "Police arrested four opposition activists on Friday."
    assert arrest_told(_event(ARRESTS, arrest), nlp(arrest)).sub_event_type == "Arrests"
    attack = "Shops remained open in Hamirpur."
    assert arrest_told(_event("Violence against civilians / Attack", attack), nlp(attack)).sub_event_type == "Attack"


def test_an_event_whose_sentence_tells_no_taking_stays_when_it_merged_one(nlp):
    """A court step that merged the report of the arrest stays: one of its reports tells the taking. (Reading its
    own sentence alone lost a found gold event on the test split's floor check.) That report, not the court step,
    is then its evidence: it is the sentence that reports the arrest; the slots stay the event's."""
    text = "Luka Binniyat was arrested last week. On Tuesday, Binniyat was arraigned at the Magistrate's Court."
    doc = nlp(text)
    cut = text.index("On Tuesday")

    arrest, court = _report(text, 0, cut - 1), _report(text, cut, len(text))
    assert arrest_told(court, doc) is None
    kept = arrest_told(court, doc, [arrest])
    assert kept.evidence == arrest.evidence and kept.sub_event_type == "Arrests"
    assert kept.confidence == court.confidence and kept.date == court.date
    assert arrest_told(arrest, doc) is arrest


def test_an_event_told_only_by_a_search_it_merged_is_a_search(nlp):
    """The guide: a police search with no arrest is Strategic developments / Other. An event whose own sentence tells
    nobody taken and whose merged report tells only a search or a raid took nobody; one that merged an arrest stays an
    arrest."""
    text = ("The editor of the weekly appeared before a court on Monday over her columns. "
            "Police raided the offices of the weekly in Lusaka.")
    doc = nlp(text)
    cut = text.index("Police raided")
    court, raid = _report(text, 0, cut - 1), _report(text, cut, len(text))
    kept = arrest_told(court, doc, [raid])
    assert kept.sub_event_type == "Other" and kept.evidence == raid.evidence
    text = ("The editor of the weekly appeared before a court on Monday over her columns. "
            "Police raided the offices of the weekly and arrested two reporters.")
    doc = nlp(text)
    cut = text.index("Police raided")
    court, arrest = _report(text, 0, cut - 1), _report(text, cut, len(text))
    assert arrest_told(court, doc, [arrest]).sub_event_type == "Arrests"


def test_an_event_that_only_retells_an_arrest_coded_elsewhere_is_dropped(nlp):
    """An event whose own sentence tells nobody taken, kept only by a report it merged, is dropped when another
    event codes the arrest from a sentence that tells it: it would code the arrest again, at the place and date
    of a sentence about something else. Alone, it stays (it is then the document's only arrest)."""
    text = ("Soldiers detained the editor Amina Yusuf in Kano on Monday. "
            "On March 2, the governor opened a new bridge in Zaria, her newspaper noted in its report on the arrest.")
    doc = nlp(text)
    cut = text.index("On March 2")

    arrest, bridge = _report(text, 0, cut - 1), _report(text, cut, len(text))
    mention = _report(text, 0, cut - 1)  # the report the retelling event merged
    assert arrest_told(bridge, doc, [mention]).evidence == mention.evidence
    assert arrest_told(bridge, doc, [mention], coded=[arrest]) is None
    assert arrest_told(arrest, doc, [], coded=[arrest]) is arrest  # the arrest told is kept
    hostages = "Two hostages were freed on Sunday."
    freed = _event(ARRESTS, hostages)
    assert arrest_told(freed, nlp(hostages), coded=[arrest]).sub_event_type == "Other"


def test_a_release_from_custody_alone_tells_no_arrest(nlp):
    """The guide's Arrests are detentions: an event whose reports tell only someone set free is dropped; one that
    also merged the taking, or tells both, stays; hostages freed stay as Strategic developments / Other."""
    released = ("Lawyer Wang Quanzhang was allowed to see his family in Beijing on Monday, three weeks after he "
                "was released from a prison sentence.")
    assert arrest_told(_event(ARRESTS, released), nlp(released)) is None
    both = "Kazmerchak was detained on Friday and released on Sunday."
    assert arrest_told(_event(ARRESTS, both), nlp(both)).sub_event_type == "Arrests"
    hostages = "Two hostages were freed on Sunday."
    assert arrest_told(_event(ARRESTS, hostages), nlp(hostages)).sub_event_type == "Other"
    text = "Police arrested Kazmerchak last week. Kazmerchak was released on Sunday."
    doc = nlp(text)
    cut = text.index("Kazmerchak was")

    arrest, release = _report(text, 0, cut - 1), _report(text, cut, len(text))
    assert arrest_told(release, doc) is None
    assert arrest_told(release, doc, [arrest]).evidence == arrest.evidence


def _coded(label, text, place, day, start=0):
    """An event of ``label`` told by ``text`` (at ``start``), coded at ``place`` on ``day`` (None: undated)."""
    from sitroom.records import PlaceMention

    where = PlaceMention(text=place, start=start, end=start + len(place), name=place, country="ZW",
                         gazetteer_id=f"g:{place}") if place else None
    when = DateValue(start=day, end=day, precision="day") if day else DateValue()
    return Event(**typed_fields(label), confidence=0.9, date=when, location=where, extractor="t",
                 evidence=Evidence(sentence=start, start=start, end=start + len(text), text=text))


def test_an_arrest_at_a_protest_with_intervention_belongs_to_the_protest():
    from sitroom.extract.events.rules import protest_arrests_retold

    protest = _coded("Protests / Protest with intervention",
                     "A photographer was arrested by police in Harare while covering the protests.", "Harare",
                     "2024-03-01")
    retold = _coded(ARRESTS, "He was apprehended by several officers and forced to the ground.", "Harare",
                    "2024-03-01", start=100)
    other_day = _coded(ARRESTS, "Police arrested a union leader at his home on Tuesday.", "Harare", "2024-02-27", 200)
    other_town = _coded(ARRESTS, "Two reporters were detained in Mutare the same day.", "Mutare", "2024-03-01", 300)
    undated = _coded(ARRESTS, "Police arrested a union leader at his home.", "Harare", None, 400)
    kept = protest_arrests_retold([protest, retold, other_day, other_town, undated])
    assert [e.evidence.start for e in kept] == [0, 200, 300, 400]
    # ... and so do those at a riot
    riot = _coded("Riots / Violent demonstration", "Rioters burned cars in Harare.", "Harare", "2024-03-01")
    assert protest_arrests_retold([riot, retold]) == [riot]
    # with no protest with intervention (a peaceful one), the arrest is its own event
    peaceful = _coded("Protests / Peaceful protest", "Hundreds marched in Harare.", "Harare", "2024-03-01")
    assert len(protest_arrests_retold([peaceful, retold])) == 2


def test_an_arrest_before_a_protest_is_its_own_event():
    """Arrests made to stop a march ("before Friday's march") are not the march's intervention."""
    from sitroom.extract.events.rules import protest_arrests_retold

    protest = _coded("Protests / Protest with intervention", "Police fired tear gas at marchers in Harare on Friday.",
                     "Harare", "2024-03-01")
    before = _coded(ARRESTS, "At least 25 people were arrested before Friday's march, lawyers said.", "Harare",
                    "2024-03-01", start=100)
    ahead = _coded(ARRESTS, "Two organisers were detained ahead of the planned rally.", "Harare", "2024-03-01", 200)
    assert protest_arrests_retold([protest, before, ahead]) == [protest, before, ahead]


def test_arrests_for_defying_a_curfew_where_demonstrations_are_coded_are_their_intervention():
    from sitroom.extract.events.rules import curfew_arrests
    from sitroom.records import ActorRef

    police = ActorRef(name="Police Forces of Zimbabwe", actor_type="state forces", inter=1, country="ZW")
    march = _coded("Protests / Peaceful protest", "Thousands marched through Harare on Thursday.", "Harare",
                   "2024-03-07")
    curfew = _coded(ARRESTS, "Police said 80 people were arrested for violating the curfew overnight.", "Harare",
                    "2024-03-07", start=100).model_copy(update={"actor1": police})
    out = curfew_arrests([march, curfew])
    assert (out[1].event_type, out[1].sub_event_type) == ("Protests", "Protest with intervention")
    assert out[1].actor1.name == "Protesters (Zimbabwe)" and out[1].actor2.name == "Police Forces of Zimbabwe"
    # no demonstration coded at its place (a lockdown's curfew): the arrests stay arrests
    elsewhere = _coded(ARRESTS, "Police said 80 people were arrested for violating the curfew overnight.", "Mutare",
                       "2024-03-06", start=100)
    assert curfew_arrests([march, elsewhere])[1] is elsewhere
    # one event per place and day: curfew arrests on another day than the march, or undated, stay arrests
    other_day = _coded(ARRESTS, "Police arrested 30 people for violating the curfew.", "Harare", "2024-03-04", 100)
    assert curfew_arrests([march, other_day])[1] is other_day
    undated = _coded(ARRESTS, "Police arrested 30 people for violating the curfew.", "Harare", None, 100)
    assert curfew_arrests([march, undated])[1] is undated
    # an arrest that names no curfew or ban stays an arrest
    leader = _coded(ARRESTS, "Police arrested a union leader at his home on Thursday.", "Harare", "2024-03-07", 200)
    assert curfew_arrests([march, leader])[1] is leader
    # "after the curfew was lifted" is a time, no curfew defied; "after curfew" (its hours) is
    lifted = _coded(ARRESTS, "Police arrested 30 suspected robbers after the curfew was lifted.", "Harare", "2024-03-07",
                    300)
    assert curfew_arrests([march, lifted])[1] is lifted
    late = _coded(ARRESTS, "Police arrested 30 people found on the streets after curfew.", "Harare", "2024-03-07", 300)
    assert curfew_arrests([march, late])[1].sub_event_type == "Protest with intervention"


def test_of_the_reports_telling_the_taking_the_evidence_is_the_one_merging_ranks_first(nlp):
    """Two merged reports tell the taking: the one told as happened is the evidence, as merging ranks an event's
    reports (merged_slots.report_rank), not the more confident one that is denied."""
    text = ("Police denied that they arrested the editor. The editor was arrested at her home in Lusaka. "
            "On Tuesday, the editor appeared before a court.")
    doc = nlp(text)
    a, b = text.index("The editor was"), text.index("On Tuesday")
    denied = _report(text, 0, a - 1).model_copy(update={"modality": "denied", "confidence": 0.95})
    told = _report(text, a, b - 1).model_copy(update={"confidence": 0.6})
    court = _report(text, b, len(text))
    assert arrest_told(court, doc, [denied, told]).evidence == told.evidence


def test_the_report_taken_as_evidence_brings_its_modality(nlp):
    """The evidence says whether and by whom the event is reported (as merging moves it): the report that tells the
    taking, attributed to police, makes the kept event reported."""
    text = "Police said they arrested the editor at her home. On Tuesday, the editor appeared before a court in Lusaka."
    doc = nlp(text)
    cut = text.index("On Tuesday")
    told = _report(text, 0, cut - 1).model_copy(update={"modality": "reported", "source": "Police"})
    court = _report(text, cut, len(text))
    kept = arrest_told(court, doc, [told])
    assert kept.evidence == told.evidence and (kept.modality, kept.source) == ("reported", "Police")
