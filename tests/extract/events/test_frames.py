"""Acts told inside a frame that makes them no news (frames.py): evidence at a hearing that governs the act from a
higher clause, the dead that mourners honour, an act named through those who suffered it. Sentences of our own."""

import pytest

from sitroom.extract.events.frames import heard_at_hearing, mourned_dead, named_by_sufferers


def _tok(nlp, sentence, word):
    return next(t for t in nlp(sentence) if t.text == word)


@pytest.mark.slow
@pytest.mark.parametrize("sentence, word, told", [
    # the hearing's verb governs the act through a "how" or "that" clause, however deep
    ("A police officer has told an inquest how gunmen shot dead two farmers as they fled the village.", "shot", True),
    ("The court heard how the militia burnt several houses and abducted a teacher.", "abducted", True),
    ("A former guard testified that soldiers had tortured the prisoners at the camp.", "tortured", True),
    ("A nurse told the tribunal that she saw a body carried away as the flood swept through the valley.", "flood",
     True),
    # an act the hearing dates to a day of its own is news, and so is an act with no hearing
    ("The court was told that police arrested him at his home on Sunday.", "arrested", False),
    # a weekday told bare, as agencies date an act ("early Monday", "last Thursday")
    ("A police officer told a court in Nairobi that officers shot dead two protesters in Kisumu early Monday.", "shot",
     False),
    ("A witness told the tribunal how soldiers burned 40 homes in the village last Thursday.", "burned", False),
    ("The inquest heard that the officer fired six shots at the man late Saturday.", "fired", False),
    ("Gunmen killed 12 people in the village, police said.", "killed", False),
    ("The witness said the troops told the villagers that they would burn the houses.", "burn", False),
])
def test_evidence_at_a_hearing_is_no_news(nlp, sentence, word, told):
    assert heard_at_hearing(_tok(nlp, sentence, word)) is told


@pytest.mark.slow
@pytest.mark.parametrize("sentence, word, told", [
    ("Mourners in Kano honoured the 40 villagers killed in the massacre.", "killed", True),
    ("Thousands of people remembered the miners killed in the collapse.", "killed", True),
    ("Church leaders prayed for the pilgrims killed in the stampede.", "killed", True),
    ("Ceremonies around the world honoured the thousands killed on a day of horror.", "killed", True),
    ("Crowds mourned the 20 miners killed last month in the blast.", "killed", False),
    # a killing with a day of its own may be the article's news; the dead found are no mourning
    ("Families mourned the people killed in Sunday's attack on the market.", "killed", False),
    ("Soldiers found the bodies of the people killed by the militia.", "killed", False),
])
def test_the_dead_mourned_are_no_news(nlp, sentence, word, told):
    assert mourned_dead(_tok(nlp, sentence, word)) is told


@pytest.mark.slow
@pytest.mark.parametrize("sentence, word, told", [
    ("The affectees of the factory fire held a press conference in Karachi.", "fire", True),
    ("Survivors of the massacre marched to the high court to demand compensation.", "massacre", True),
    ("Relatives of the victims of the bombing met the governor.", "bombing", True),
    ("The families of the hostages thanked the negotiators after the abduction ended.", "abduction", False),
    # an act with a day of its own stays, and so does one told as it happened
    ("Survivors of Tuesday's bombing in Kabul described the blast.", "bombing", False),
    ("Gunmen set fire to the factory, killing three workers.", "fire", False),
])
def test_an_act_named_by_those_who_suffered_it_is_no_news(nlp, sentence, word, told):
    assert named_by_sufferers(_tok(nlp, sentence, word)) is told
