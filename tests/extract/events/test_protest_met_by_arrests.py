"""Arrests told next to a peaceful protest, at its place and on its day, are its intervention (the guide: "arrests
at a protest belong to the protest"): one protest with intervention, no second Arrests event."""

from __future__ import annotations

from sitroom.records import DocumentIn


def _events(pipeline, text, published="2024-03-08"):
    return pipeline.extract(DocumentIn(id="t", published=published, text=text)).events


def _labels(evs):
    return sorted(f"{e.sub_event_type} @ {e.location.name if e.location else None}" for e in evs)


def test_protesters_taken_into_custody_make_the_protest_one_with_intervention(pipeline):
    evs = _events(pipeline, "Hundreds of farmers blocked the highway in Ranchi on Tuesday and chanted slogans against "
                            "the new farm laws. Police said those who blocked the highway were taken into custody in "
                            "Ranchi.")
    assert _labels(evs) == ["Protest with intervention @ Ranchi"]
    assert evs[0].date.start == "2024-03-05"
    assert evs[0].actor2.name == "Police Forces of India"


def test_the_arresting_force_is_the_protests_other_side(pipeline):
    evs = _events(pipeline, "Students staged a sit-in outside the university in Lahore on Monday. Soldiers detained "
                            "six of the students there, witnesses said.")
    assert _labels(evs) == ["Protest with intervention @ Lahore"]
    assert evs[0].actor2.name == "Military Forces of Pakistan"


def test_an_arrest_on_another_day_stays_an_arrest(pipeline):
    evs = _events(pipeline, "Hundreds of farmers marched peacefully in Ranchi on Tuesday against the new farm laws. "
                            "On Friday, police arrested two journalists in Ranchi.")
    assert _labels(evs) == ["Arrests @ Ranchi", "Peaceful protest @ Ranchi"]


def test_an_arrest_told_as_a_separate_case_stays_an_arrest(pipeline):
    """An arrest the report sets apart ('in a separate case') is its own event, though at the march's place and day."""
    evs = _events(pipeline, "Hundreds marched in Harare on Tuesday against fuel prices. In a separate case, police "
                            "arrested a journalist in Harare on Tuesday over a story on corruption.")
    assert _labels(evs) == ["Arrests @ Harare", "Peaceful protest @ Harare"]
    arrest = next(e for e in evs if e.sub_event_type == "Arrests")
    assert arrest.actor1.name == "Police Forces of Zimbabwe" and arrest.date.start == "2024-03-05"


def test_an_arrest_is_near_the_protest_where_a_report_merged_into_it_is():
    from sitroom.extract.events.arrest_told import protest_met_by_arrests
    from sitroom.extract.events.taxonomy import typed_fields
    from sitroom.records import ActorRef, DateValue, Event, Evidence, PlaceMention

    def ev(label, sentence, text):
        return Event(**typed_fields(label), confidence=0.8, extractor="t",
                     date=DateValue(start="2024-03-02", end="2024-03-08", precision="publication"),
                     location=PlaceMention(text="Ranchi", start=0, end=6, name="Ranchi", level="populated place",
                                           country="IN", gazetteer_id="g:1"),
                     actor1=ActorRef(name="Police Forces of India", inter=1, country="IN") if "Arrests" in label else None,
                     evidence=Evidence(sentence=sentence, start=sentence * 100, end=sentence * 100 + len(text), text=text))

    protest = ev("Protests / Peaceful protest", 3, "Despite protests by party workers in Ranchi, shops stayed open.")
    told = ev("Strategic developments / Arrests", 4, "Police said some workers were detained.")
    listed = ev("Strategic developments / Arrests", 9, "Workers were also arrested in Ranchi, Bokaro and Dhanbad.")
    # the arrest's evidence is the later list of towns; the report merged into it is told next to the protest
    out = protest_met_by_arrests([protest, listed], [[protest], [told, listed]])
    assert [e.sub_event_type for e in out] == ["Protest with intervention"]
    assert out[0].actor2.name == "Police Forces of India"
    # told only far from the protest, the arrest stays an arrest
    out = protest_met_by_arrests([protest, listed], [[protest], [listed]])
    assert [e.sub_event_type for e in out] == ["Peaceful protest", "Arrests"]
    # a protest that demands a release is against an arrest told before it, not met by it
    demand = ev("Protests / Peaceful protest", 5, "Reporters rallied outside the press club in Ranchi, demanding his "
                                                  "immediate release.")
    taken = ev("Strategic developments / Arrests", 2, "Police took the reporter from his home in Ranchi.")
    out = protest_met_by_arrests([taken, demand], [[taken], [demand]])
    assert [e.sub_event_type for e in out] == ["Arrests", "Peaceful protest"]
    # ... but arrests told after it are its intervention
    after = ev("Strategic developments / Arrests", 6, "Police detained six of the reporters.")
    out = protest_met_by_arrests([demand, after], [[demand], [after]])
    assert [e.sub_event_type for e in out] == ["Protest with intervention"]


def _undated(label, sentence, text, place="Ranchi", gid="g:1", date=None):
    from sitroom.extract.events.taxonomy import typed_fields
    from sitroom.records import ActorRef, DateValue, Event, Evidence, PlaceMention

    return Event(**typed_fields(label), confidence=0.8, extractor="t",
                 date=DateValue(start=date, end=date, precision="day") if date else DateValue(),
                 location=PlaceMention(text=place, start=0, end=len(place), name=place, level="populated place",
                                       country="IN", gazetteer_id=gid),
                 actor1=ActorRef(name="Police Forces of India", inter=1, country="IN") if "Arrests" in label else None,
                 evidence=Evidence(sentence=sentence, start=sentence * 100, end=sentence * 100 + len(text), text=text))


def test_arrests_right_after_a_protest_of_an_undated_article_are_its_intervention():
    """An undated article (no publication date, no day in the text): the protest and the arrests told right after
    it at its place have no date either, and nothing sets them apart."""
    from sitroom.extract.events.arrest_told import protest_met_by_arrests

    for demo, arrest in (
            ("Dozens of activists walked into the reactor site in Ranchi this morning, unfurling banners.",
             "More than 40 people were arrested."),
            ("Hundreds of students marched to the governor's house in Ranchi to demand lower fees.",
             "Police detained twelve of the marchers."),
            ("Farmers staged a sit-in on the highway outside Ranchi for the third day.",
             "Several of the farmers were taken into custody, police said.")):
        out = protest_met_by_arrests([_undated("Protests / Peaceful protest", 1, demo),
                                      _undated("Strategic developments / Arrests", 2, arrest)])
        assert [e.sub_event_type for e in out] == ["Protest with intervention"], demo


def test_undated_arrests_elsewhere_far_or_beside_a_dated_protest_stay_arrests():
    from sitroom.extract.events.arrest_told import protest_met_by_arrests

    demo = _undated("Protests / Peaceful protest", 1, "Hundreds of students marched to the governor's house in Ranchi.")
    # at another place
    elsewhere = _undated("Strategic developments / Arrests", 2, "Police arrested a journalist in Patna.", "Patna", "g:2")
    assert [e.sub_event_type for e in protest_met_by_arrests([demo, elsewhere])] == ["Peaceful protest", "Arrests"]
    # told far from it
    far = _undated("Strategic developments / Arrests", 9, "Police arrested a journalist in Ranchi.")
    assert [e.sub_event_type for e in protest_met_by_arrests([demo, far])] == ["Peaceful protest", "Arrests"]
    # one dated, the other not: the dated rule decides (both dates must be known)
    dated = _undated("Strategic developments / Arrests", 2, "On Friday police arrested a journalist in Ranchi.",
                     date="2024-03-08")
    assert [e.sub_event_type for e in protest_met_by_arrests([demo, dated])] == ["Peaceful protest", "Arrests"]


def test_undated_arrests_told_again_beside_a_met_protest_are_no_second_event():
    """A protest the police already met, in an undated article: the arrests told right after it at its place are
    part of it (protest_arrests_retold), as they would be with both days known; told far off or elsewhere they stay."""
    from sitroom.extract.events.arrest_told import protest_arrests_retold

    for demo, arrest in (
            ("Police fired tear gas at traders marching through Ranchi.", "Seven traders were arrested."),
            ("Riot police charged students blocking the road in Ranchi.", "Police detained 15 of the students."),
            ("Officers used batons to break up a sit-in by nurses in Ranchi.", "Four nurses were taken into custody.")):
        met = _undated("Protests / Protest with intervention", 1, demo)
        assert protest_arrests_retold([met, _undated("Strategic developments / Arrests", 2, arrest)]) == [met], demo
    met = _undated("Protests / Protest with intervention", 1, "Police fired tear gas at traders marching in Ranchi.")
    far = _undated("Strategic developments / Arrests", 9, "Police arrested a journalist in Ranchi.")
    elsewhere = _undated("Strategic developments / Arrests", 2, "Police arrested a journalist in Patna.", "Patna", "g:2")
    assert len(protest_arrests_retold([met, far, elsewhere])) == 3
