"""An incident told with its day and again with no day of its own (dated by the publication week alone) is one
event (events/undated_retold.py, used by merging.py); undated reports of another incident stay apart."""

from sitroom.extract.events import rules
from sitroom.records import ActorRef, DateValue, Event, Evidence, PlaceMention

ABDUCTION = "Violence against civilians / Abduction/forced disappearance"
ARREST = "Strategic developments / Arrests"
WEEK = ("2022-05-20", "2022-05-26")  # the publication week


def _report(label, sentence, text, place="Kano", day=None, day_text=None, target=None):
    """A report at ``place``; dated ``day`` by ``day_text`` of its own sentence, else by the publication week."""
    date = (DateValue(start=day, end=day, precision="day", text=day_text) if day
            else DateValue(start=WEEK[0], end=WEEK[1], precision="publication"))
    return Event(**rules.typed_fields(label), confidence=0.8, date=date,
                 actor2=ActorRef(name=target) if target else None,
                 location=PlaceMention(text=place, start=0, end=len(place), name=place, level="populated place",
                                       country="NG"),
                 evidence=Evidence(sentence=sentence, start=sentence * 100, end=sentence * 100 + len(text), text=text))


def _dated(label, sentence, day="2022-05-09", place="Kano", **kw):
    return _report(label, sentence, f"Gunmen seized a trader in {place} on May 9, his family said.", place,
                   day, "on May 9", **kw)


def test_a_later_report_without_a_day_retells_the_incident_told_with_its_day():
    told = _dated(ABDUCTION, 1)
    later = _report(ABDUCTION, 5, "The trader was then taken to a farmhouse outside Kano.")
    merged = rules.merge_events([told, later])
    assert len(merged) == 1 and merged[0].date.start == "2022-05-09" and merged[0].date.precision == "day"


def test_a_lead_without_its_day_is_the_incident_its_next_sentence_dates():
    lead = _report(ARREST, 0, "A journalist has been detained in Kano over a report on fuel prices.")
    dated = _report(ARREST, 1, "Musa Bello was arrested on May 2 at his home in Kano.", day="2022-05-02",
                    day_text="on May 2")
    merged = rules.merge_events([lead, dated])
    assert len(merged) == 1 and merged[0].date.start == "2022-05-02"


def test_an_undated_quote_far_on_in_the_story_joins_the_arrest_told_weeks_before_publication():
    told = _report(ARREST, 2, "Police arrested the lawyer in Kano on April 30.", day="2022-04-30",
                   day_text="on April 30")
    quote = _report(ARREST, 14, "Rights groups said the lawyer was \"arrested without a warrant\" and held in secret.")
    assert len(rules.merge_events([told, quote])) == 1


def test_an_undated_report_at_another_place_or_after_an_incident_elsewhere_stays_apart():
    assert len(rules.merge_events([_dated(ABDUCTION, 1),
                                   _report(ABDUCTION, 5, "Gunmen kidnapped a farmer in Zaria.", "Zaria")])) == 2
    # its nearest dated incident is another one (in Zaria): the undated Kano report is not the first one retold
    kano, zaria = _dated(ABDUCTION, 1), _dated(ABDUCTION, 3, day="2022-05-12", place="Zaria")
    undated = _report(ABDUCTION, 5, "Gunmen also kidnapped two pupils in Kano.")
    assert len(rules.merge_events([kano, zaria, undated])) == 3


def test_an_undated_report_before_the_dated_one_a_day_of_a_picture_or_other_targets_stay_apart():
    # told before it, far from the lead: its own incident
    early = _report(ABDUCTION, 6, "Bandits kidnapped a driver in Kano.")
    assert len(rules.merge_events([early, _dated(ABDUCTION, 9)])) == 2
    # the day of a photo is the picture's, not an act's
    photo = _report(ARREST, 0, "In this May 9, 2022 photo, police detain a man in Kano.", day="2022-05-09",
                    day_text="May 9, 2022")
    assert len(rules.merge_events([photo, _report(ARREST, 6, "Police arrested two men in Kano.")])) == 2
    # another target named: another incident
    one = _dated(ABDUCTION, 1, target="Civilians (Nigeria)")
    other = _report(ABDUCTION, 4, "Gunmen abducted two soldiers in Kano.", target="Military Forces of Nigeria")
    assert len(rules.merge_events([one, other])) == 2
    # long before the news window
    old = _report(ARREST, 1, "He was first arrested in Kano on January 3.", day="2022-01-03", day_text="on January 3")
    assert len(rules.merge_events([old, _report(ARREST, 4, "Police arrested him in Kano.")])) == 2
