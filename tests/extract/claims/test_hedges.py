"""Hedges, stance and modality (no spaCy needed)."""

from sitroom.extract.claims.hedges import find_hedges, modality, stance


def test_hedge_cues_in_text_order():
    cues = [cue for _cls, cue in find_hedges("Other videos were allegedly made; they reportedly show it, it may be")]
    assert cues == ["allegedly", "reportedly", "may"]


def test_month_may_is_not_a_hedge():
    assert find_hedges("The talks began in May.") == []


def test_stance_takes_the_weakest_hedge():
    assert stance([]) == "certain"
    assert stance(find_hedges("Probably, the talks would lead to a ceasefire")) == "probable"
    assert stance(find_hedges("it may be predicted")) == "possible"
    assert stance(find_hedges("unconfirmed reports, probably true")) == "doubtful"
    assert stance([], denied=True) == "negative"


def test_modality_of_party_and_author_claims():
    assert modality("commitment", "say", False, []) == "claimed"
    assert modality("territorial control", None, True, []) == "asserted"
    assert modality("request", "request", False, []) == "asserted"
    assert modality("denial", "deny", False, []) == "denied"
    assert modality("prediction", "predict", True, find_hedges("it may be predicted")) == "predicted"
    assert modality("statement", None, True, find_hedges("Videos were allegedly made")) == "alleged"
    assert modality("statement", "according", False, find_hedges("According to local media")) == "reported"
    assert modality("commitment", "threaten", False, []) == "threatened"


def test_a_hedge_in_brackets_qualifies_the_aside():
    assert find_hedges("the police, immigration (the firm is allegedly foreign) and the courts") == []
    assert find_hedges("the firm allegedly (as its owner says) paid no tax") == [("alleged", "allegedly")]
    assert find_hedges("the firm (allegedly) paid no tax") == [("alleged", "allegedly")]


def test_a_claimed_forecast_is_claimed_but_a_claimed_allegation_stays_alleged():
    assert modality("prediction", "claim", False, [("claimed", "claimed")]) == "claimed"
    assert modality("prediction", "say", False, []) == "predicted"
    assert modality("statement", "claim", False, [("claimed", "claimed"), ("alleged", "allegedly")]) == "alleged"


def test_a_charge_in_a_case_is_an_allegation():
    assert modality("accusation", "accuse", False, [], by_prosecution=True) == "alleged"
    assert modality("accusation", "accuse", False, [], by_prosecution=False) == "claimed"
    assert modality("statement", "say", False, [], by_prosecution=True) == "claimed"  # facts they give stay theirs


def test_allegations_passed_on_are_alleged():
    assert find_hedges("troubled by torture allegations against the guards") == [("alleged", "allegations")]
