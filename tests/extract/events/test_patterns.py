"""Cue patterns: strong and decisive cues point to their type; plain sentences are not candidates."""

import pytest

from sitroom.extract.events.patterns import cue_vector, find_cues
from sitroom.extract.events.taxonomy import LABELS
from sitroom.lang.en.events.patterns import DECISIVE


def _labels(text):
    return {c.label for c in find_cues(text)}


def test_cues_point_to_their_types():
    assert "Explosions/Remote violence / Suicide bomb" in _labels("A suicide bomber blew himself up at a mosque.")
    assert "Battles / Non-state actor overtakes territory" in _labels("Militants took control over Garmsir district.")
    assert "Statements / Claim of responsibility" in _labels("The group claimed responsibility for the blast.")
    # an adverb between the aircraft and its verb; a state's forces that "bombed" a town did so from the air
    assert "Explosions/Remote violence / Air/drone strike" in _labels("A drone later struck the market in Nyala.")
    assert "Explosions/Remote violence / Air/drone strike" in _labels("The junta bombed a school in Magway.")
    assert "Explosions/Remote violence / Air/drone strike" not in _labels("Militants bombed a police station.")


def test_aircraft_named_by_kind_or_model_strike_from_the_air():
    air = "Explosions/Remote violence / Air/drone strike"
    assert air in _labels("Late Wednesday, F-16s blasted security targets in Gaza City.")
    assert air in _labels("Another 10 people were killed when US planes bombarded vehicles near Sharana.")
    assert air in _labels("Helicopters also opened fire, killing a gunman, officials said.")
    assert air in _labels("In Jenin, US-made Apaches blasted a building of the Fatah movement.")
    assert air not in _labels("The opposition blasted the decision on Monday.")
    # aircraft that "were destroyed" or "were bombarded" were the target, not the doer
    assert air not in _labels("Three transport planes were destroyed when the hangar caught fire.")
    assert air not in _labels("Two helicopters were bombarded with mortar fire on the ground.")


def test_battling_a_fire_or_an_illness_is_no_battle():
    clash = "Battles / Armed clash"
    assert clash not in _labels("Firefighters are battling a blaze near Goulburn.")
    assert clash not in _labels("Crews battled the Goulburn bushfire overnight.")
    assert clash not in _labels("He had been battling cancer for years.")
    assert clash in _labels("Troops battled rebels for hours near the town.")
    assert clash not in _labels("Residents battled against the flames all night.")
    # a fire told as gunfire is fought
    assert clash in _labels("Marines battled under heavy fire for hours near the river.")
    assert clash in _labels("Soldiers battled through enemy fire to reach the bridge.")
    assert clash in _labels("The patrol battled incoming fire from the ridge.")


def test_decisive_cue_and_vector():
    cues = find_cues("Joint military drills were carried out near the border.")
    assert any(c.weight == DECISIVE and c.label == "Strategic developments / Other" for c in cues)
    vec = cue_vector(cues)
    assert len(vec) == len(LABELS) and max(vec) == DECISIVE


def test_offsets_are_document_offsets():
    cue = find_cues("Police arrested 12 men.", offset=100)[0]
    assert (cue.start, cue.text) == (107, "arrested")


def test_a_sentence_about_something_else_has_no_cue():
    assert find_cues("The central bank raised interest rates.") == []


def test_prefix_gates_skip_no_cue():
    """The word-start gates only skip patterns that cannot match: same cues as running every pattern."""
    from sitroom.extract.events import patterns as P

    texts = ["Gunmen ambushed a convoy and killed five soldiers near Gao.", "A car bomb exploded at a market.",
             "Protesters marched on parliament; police fired tear gas.", "The minister visited Kyiv for talks.",
             "An air-strike hit the village after heavy shelling and clashes.", "Nothing happened today."]
    for text in texts:
        plain = sorted(((l, m.start(), m.end()) for l, rx, _ in P._COMPILED for m in rx.finditer(text)), key=str)
        gated = sorted(((c.label, c.start, c.end) for c in find_cues(text)), key=str)
        assert gated == plain, text
    assert all(g is not None for g in P._GATES)


def test_detector_ships_small_with_its_provenance():
    from sitroom.extract.events.classifier import BOW_DIM, CONTEXT_DIM
    from sitroom.extract.events.detector import DETECTOR_PATH, get_detector
    from sitroom.extract.events.word_vectors import VECTORS_PATH, get_word_vectors

    det, wv = get_detector(), get_word_vectors()
    assert det is not None and wv is not None
    unit = CONTEXT_DIM + wv.dim + BOW_DIM + len(LABELS)
    assert det.det_weights.shape == (2 * unit + 3,)  # the unit, its document's mean, its position
    assert det.type_weights.shape == (unit, len(det.labels)) and set(det.labels) <= set(LABELS)
    assert 0.0 < det.threshold < 1.0 and det.platt[0] > 0  # a higher score is a likelier event
    assert det.meta["command"].startswith("python bench/train_detector.py") and len(det.meta["train_sha256"]) == 64
    assert DETECTOR_PATH.stat().st_size < 5 * 1024 * 1024
    assert VECTORS_PATH.stat().st_size < 12 * 1024 * 1024


def test_words_that_only_look_like_cues_are_not_cues():
    assert "Riots / Violent demonstration" not in _labels("Riot police lined the avenue.")
    assert "Disasters / Natural disaster" not in _labels("The party won a landslide victory in November.")
    assert "Violence against civilians / Abduction/forced disappearance" not in _labels("Police busted a kidnapping gang.")
    assert "Violence against civilians / Abduction/forced disappearance" in _labels("Gunmen kidnapped two engineers.")


def test_the_detector_survives_saving(tmp_path):
    import numpy as np

    from sitroom.extract.events.detector import EventDetector

    rng = np.random.default_rng(0)
    unit = 4 + len(LABELS)
    labels = [LABELS[0], LABELS[10]]
    det = EventDetector(rng.normal(size=2 * unit + 3), 0.1, (1.5, -0.2), 0.4, rng.normal(size=(unit, 2)),
                        np.zeros(2), labels, {"command": "test"}, cue_prior=3.0)
    det.save(tmp_path / "d.npz")
    back = EventDetector.load(tmp_path / "d.npz")
    x = rng.normal(size=(5, 2 * unit + 3))
    np.testing.assert_allclose(back.p_event(x), det.p_event(x), rtol=1e-5)
    np.testing.assert_allclose(back.p_type(x), det.p_type(x), atol=2e-3)
    assert back.meta == {"command": "test"} and back.cue_prior == 3.0 and back.labels == labels
    # the cue prior: a unit with a strong cue of the second label leans to it
    x[:, unit - len(LABELS):unit] = 0.0
    x[0, unit - len(LABELS) + 10] = 2.0
    assert det.p_type(x)[0, 1] > EventDetector(**{**det.__dict__, "cue_prior": 0.0}).p_type(x)[0, 1]


def test_parties_that_met_somewhere_are_a_contact():
    contact = "Diplomacy / Diplomatic contact"
    cues = find_cues("Separately, Ukrainian and U.S. officials met in Geneva to discuss a peace plan, while talks "
                     "planned with Russian envoys in Istanbul were cancelled.")
    assert [c.text for c in cues if c.label == contact] == ["met in", "talks"]


def test_a_bomb_dropped_from_aircraft_or_a_strike_with_drones_is_an_air_strike():
    air = "Explosions/Remote violence / Air/drone strike"
    assert air in _labels("A Russian guided bomb hit a residential building in Kharkiv.")
    assert air in _labels("Ukrainian forces struck an oil refinery in the Saratov region with drones overnight.")
    assert air in _labels("Regime helicopters dropped barrel bombs on the town.")


def test_a_shooting_told_by_its_act_cues_an_attack():
    attack = "Violence against civilians / Attack"
    cues = find_cues("A Palestinian gunman opened fire at a bus stop in the occupied West Bank on Wednesday, wounding "
                     "three Israelis before he was shot dead by soldiers, the Israeli military said.")
    assert [c.text for c in cues if c.label == attack][0] == "opened fire at"


@pytest.mark.slow
def test_the_gunmans_shooting_not_his_death_is_the_trigger(pipeline):
    from sitroom.records import DocumentIn

    text = ("JERUSALEM, Nov 19 (Reuters) - A Palestinian gunman opened fire at a bus stop in the occupied West Bank "
            "on Wednesday, wounding three Israelis before he was shot dead by soldiers, the Israeli military said."
            "\n\nThe attack occurred near the settlement of Ariel. Hamas praised the attack but did not claim "
            "responsibility.")
    e = pipeline.extract(DocumentIn(id="t", text=text, published="2026-11-19")).events[0]
    assert (e.sub_event_type, e.trigger, e.injured) == ("Attack", "opened fire at", 3)


def test_separate_agreements_and_a_declaration_signed_are_agreements():
    # probe 34c: a signing told in the plural or as a declaration gave no event
    assert "Strategic developments / Agreement" in _labels(
        "Russia and Ukraine signed separate agreements with Turkey and the United Nations in Istanbul on Wednesday.")
    assert "Strategic developments / Agreement" in _labels(
        "The two foreign ministers signed a declaration of principles in Washington on Friday.")
    assert "Strategic developments / Agreement" in _labels("The rival factions inked a joint accord in Doha.")


@pytest.mark.parametrize("text, air", [
    # a strike told by what it did, a relative pronoun between, or a word ending in "on" before it
    ("The navy carried out a precision strike that killed a militia commander near Hodeidah.", True),
    ("A coalition strike on a fuel depot destroyed two trucks on Monday.", True),
    ("An Israeli strike which hit a house in Rafah killed five people.", True),
    # workers who went on strike: no weapon
    ("Dock workers went on strike that hit exports from the port.", False),
    ("A general strike that hit public transport paralysed the capital on Monday.", False),
    ("A nationwide strike hit schools and hospitals across the country.", False),
])
def test_a_strike_told_by_what_it_did_is_an_air_strike(text, air):
    assert ("Explosions/Remote violence / Air/drone strike" in _labels(text)) is air
