"""ACLED's coding rules and the events' arguments on the short reports of issue 11 (written sentences:
they check the mechanisms; the measure is the real corpus, bench/cv_events.py)."""

import pytest

from sitroom.records import DocumentIn

pytestmark = pytest.mark.slow


def _events(pipeline, text, published="2021-07-08"):
    ext = pipeline.extract(DocumentIn(id="t", text=text, published=published))
    return [e for e in ext.events if e.modality not in ("negated", "hypothetical", "denied")]


def _labels(events):
    return [f"{e.event_type} / {e.sub_event_type}" for e in events]


def test_an_air_strike_on_positions_is_a_strike_by_its_air_force_not_a_taking(pipeline):
    evs = _events(pipeline, "Afghan air force jets struck Taliban positions on the outskirts of Lashkar Gah in "
                            "Helmand province on Tuesday, officials said. 27 insurgents died in the strikes.")
    assert _labels(evs) == ["Explosions/Remote violence / Air/drone strike"]
    e = evs[0]
    assert (e.actor1.name, e.actor2.name) == ("Military Forces of Afghanistan", "Taliban")
    assert e.location.admin1 == "Helmand" and e.date.start == "2021-07-06" and e.fatalities == 27


def test_forces_withdrawing_do_not_regain_the_place(pipeline):
    evs = _events(pipeline, "Government forces withdrew from the district headquarters of Dand Ghori in Baghlan "
                            "province on Monday after days of fighting, a local official said.")
    # after fighting, the place goes to the other side: not the withdrawing government's gain
    assert _labels(evs) == ["Battles / Non-state actor overtakes territory"]
    assert evs[0].actor2.name == "Military Forces of Afghanistan"


def test_fighters_overrunning_a_district_centre_overtake_territory(pipeline):
    evs = _events(pipeline, "Taliban fighters overran the district centre of Garmsir in Helmand province on Sunday, "
                            "officials said.")
    assert _labels(evs) == ["Battles / Non-state actor overtakes territory"]
    assert evs[0].actor1.name == "Taliban" and "Garms" in evs[0].location.name


def test_a_soldier_killed_by_a_sniper_is_an_armed_clash(pipeline):
    evs = _events(pipeline, "A soldier was killed by a sniper in Nad Ali district, Helmand province, on Wednesday.")
    assert _labels(evs) == ["Battles / Armed clash"]
    e = evs[0]
    assert (e.actor1.name, e.actor2.name) == ("Unidentified Armed Group (Afghanistan)", "Military Forces of Afghanistan")
    assert e.location.level == "admin2" and e.location.admin1 == "Helmand" and e.date.start == "2021-07-07"


def test_a_press_release_is_placed_at_its_district_not_its_dateline(pipeline):
    evs = _events(pipeline, "KABUL, Afghanistan - A combined Afghan and coalition security force killed three "
                            "insurgents during an operation in Zharay district, Kandahar province, yesterday.")
    assert _labels(evs) == ["Battles / Armed clash"]
    e = evs[0]
    assert e.location.level == "admin2" and e.location.admin1.startswith("Kandah")
    assert (e.date.start, e.date.text) == ("2021-07-07", "yesterday")


def test_the_date_is_the_event_verbs_not_the_speech_verbs(pipeline):
    evs = _events(pipeline, "A police spokesman told a briefing in Abuja on Tuesday that the child was kidnapped "
                            "on January 20 in Kano.", published="2021-02-10")
    assert _labels(evs) == ["Violence against civilians / Abduction/forced disappearance"]
    assert evs[0].date.start == "2021-01-20" and evs[0].location.name == "Kano"


def test_no_group_claiming_responsibility_is_no_claim(pipeline):
    evs = _events(pipeline, "A roadside bomb killed four policemen in Kandahar city on Friday. No group claimed "
                            "responsibility for the attack.")
    assert _labels(evs) == ["Explosions/Remote violence / Remote explosive/landmine/IED"]


def test_a_sentence_saying_no_attacks_were_reported_names_no_source(pipeline):
    ext = pipeline.extract(DocumentIn(id="t", published="2021-07-08", text=(
        "Sidorov said the Taliban had set up checkpoints along the Tajik border. The militants are acting openly, "
        "white flags are seen at their checkpoints, no attacks were reported.")))
    assert all((e.source or "").lower() != "no attacks" for e in ext.events)


def test_an_untitled_texts_headline_is_not_a_report(pipeline):
    text = ("Escalation In Afghanistan Is Likely Nearing Its Final Stage\n\n"
            "Taliban fighters overran the district centre of Garmsir in Helmand province on Sunday, officials said.")
    evs = _events(pipeline, text)
    assert [e.evidence.text[:7] for e in evs] == ["Taliban"]


def test_a_comment_on_a_withdrawal_is_no_transfer_of_territory(seed_extraction):
    # "Donald Trump used his chance to comment on the withdrawal of US troops on July 11, ... in Dallas"
    assert not [e for e in seed_extraction.events if "comment on the withdrawal" in e.evidence.text]
    assert not [e for e in seed_extraction.events if e.location is not None and e.location.name == "Dallas"]


def test_no_attacks_reported_is_no_source_in_the_seed(seed_extraction):
    assert all((e.source or "").lower() != "no attacks" for e in seed_extraction.events)


def test_an_arrest_for_an_ordinary_crime_is_not_coded(pipeline):
    # the guide's decision v1.1: arrests of individuals for ordinary crimes are police work, not events
    assert _events(pipeline, "A 25-year-old Monroe County man was arrested Friday on DWI and other charges after a "
                             "crash that injured a woman, the State Highway Patrol said.") == []


def test_an_arrest_of_journalists_is_coded(pipeline):
    evs = _events(pipeline, "Police in Minsk arrested three journalists of an independent newspaper on Friday, "
                            "their editor said.")
    assert _labels(evs) == ["Strategic developments / Arrests"]
    assert evs[0].actor1.name == "Police Forces of Belarus"


def test_the_target_of_a_strike_named_in_a_held_building_is_not_its_doer(pipeline):
    # "an ISIL-held building" says whose the building is; the strike's doer is not named in this sentence
    evs = _events(pipeline, "Near Tal Afar, two strikes engaged an ISIL tactical unit; destroyed three fighting "
                            "positions, a vehicle, an ISIL-held building, and a mortar system.")
    assert [e.event_type for e in evs] == ["Explosions/Remote violence"]
    assert evs[0].actor1 is None and evs[0].actor2.name == "ISIS"


def test_a_warrant_of_arrest_is_no_arrest(pipeline):
    # an arrest ordered or wanted is not one made: ACLED codes the arrest when it happens
    evs = _events(pipeline, "The warrant of arrest against Castro and others was issued by the Regional Trial Court "
                            "in Bayugan City on Friday.")
    assert "Strategic developments / Arrests" not in _labels(evs)
