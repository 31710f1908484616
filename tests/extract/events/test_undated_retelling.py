"""A report with no day of its own (the publication's week) at the place of an incident of its type the text dates
to a day in that week is that incident retold: one event (events/undated_retelling.py)."""

from sitroom.extract.events import rules
from sitroom.extract.events.undated_retelling import merge_undated_retellings
from sitroom.records import DateValue, Event, Evidence, PlaceMention

ARRESTS = "Strategic developments / Arrests"


def _report(sentence, text, day="2021-07-22", end=None, precision="day", place="Hong Kong", label=ARRESTS):
    return Event(**rules.typed_fields(label), confidence=0.8,
                 location=PlaceMention(text=place, start=0, end=len(place), name=place, level="populated place",
                                       country="HK"),
                 date=DateValue(start=day, end=end or day, precision=precision),
                 evidence=Evidence(sentence=sentence, start=sentence * 200, end=sentence * 200 + len(text), text=text))


def _week(sentence, text, **kw):
    return _report(sentence, text, day="2021-07-17", end="2021-07-23", precision="publication", **kw)


def test_the_undated_retelling_joins_the_dated_arrest_keeping_its_day():
    dated = _report(4, "Hong Kong police on Thursday arrested five trade union members over children's books.")
    retold = _week(5, "The five who were arrested are members of the General Association of Speech Therapists.")
    out = merge_undated_retellings([dated, retold])
    assert len(out) == 1 and out[0].date.start == "2021-07-22" and out[0].date.precision == "day"


def test_other_place_type_or_a_marked_other_incident_stay_apart():
    dated = _report(4, "Hong Kong police on Thursday arrested five trade union members over children's books.")
    elsewhere = _week(5, "Police arrested two activists.", place="Macau")
    other_type = _week(5, "Police raided the union's office.", label="Strategic developments / Other")
    separate = _week(5, "In a separate incident, police arrested two activists.")
    more = _week(5, "Four more people were arrested later.")
    for other in (elsewhere, other_type, separate, more):
        assert len(merge_undated_retellings([dated, other])) == 2
    # two dated days are two events (rule 4): only a report with no day of its own joins
    other_day = _report(6, "Police arrested two activists on Tuesday.", day="2021-07-20")
    assert len(merge_undated_retellings([dated, other_day])) == 2


def test_far_on_a_report_placing_its_incident_anew_stays_apart_one_lent_its_place_joins():
    attack = "Violence against civilians / Attack"
    dated = _report(1, "Gunmen shot dead a tribal elder in Peshawar on Tuesday, police said.", place="Peshawar",
                    label=attack)
    # paragraphs on, an undated killing the sentence places itself: as likely another incident
    anew = _week(9, "Unidentified gunmen killed a polio worker in Peshawar, officials said.", place="Peshawar",
                 label=attack)
    assert len(merge_undated_retellings([dated, anew])) == 2
    # as far on, one whose place the context lends goes on telling the story's incident
    lent = _week(9, "His brother said the family had received threats, and that gunmen killed him.",
                 place="Peshawar", label=attack)
    assert len(merge_undated_retellings([dated, lent])) == 1
    # near, even a report naming the place again retells it
    near = _week(2, "Unidentified gunmen killed the elder in Peshawar, officials said.", place="Peshawar", label=attack)
    assert len(merge_undated_retellings([dated, near])) == 1


def _at(event, name, level, admin1="Niger", admin2=None, country="NG"):
    loc = PlaceMention(text=name, start=0, end=len(name), name=name, level=level, admin1=admin1, admin2=admin2,
                       country=country)
    return event.model_copy(update={"location": loc})


def test_the_joined_event_keeps_the_finer_place_whichever_report_comes_first():
    # the district told first (no day of its own), the town inside it (and the day) after: one event, coded at the
    # town and on the day (ACLED's most specific place), not at the district the first report names
    undated = _at(_week(2, "Gunmen abducted 27 students in Rafi district."), "Rafi", "admin2")
    dated = _at(_report(3, "The gunmen stormed the school in Kagara on Wednesday and abducted the students.",
                        label="Violence against civilians / Abduction/forced disappearance"),
                "Kagara", "populated place", admin2="Rafi")
    undated = undated.model_copy(update=rules.typed_fields("Violence against civilians / Abduction/forced disappearance"))
    out = merge_undated_retellings([undated, dated])
    assert len(out) == 1 and out[0].location.name == "Kagara" and out[0].date.start == "2021-07-22"
    # a district of the same name in another province holds no town of this one: two places, two events
    elsewhere = _at(dated, "Kagara", "populated place", admin1="Kaduna", admin2="Rafi")
    assert len(merge_undated_retellings([undated, elsewhere])) == 2
