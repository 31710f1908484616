"""An act told as the effect of a verb of causing is as real as its causing (irrealis.caused_effect): a modal or a
negation on "enable", "trigger", "lead to" ... is the effect's modality; a causing told as done leaves it factual."""

import pytest


@pytest.mark.slow
@pytest.mark.parametrize("sentence, word, expected", [
    # a modal on the verb of causing: the effect is only to come
    ("Cutting the supply roads will enable the recapture of the town by government forces.", "recapture", "planned"),
    ("Officials fear the verdict could trigger riots across the northern provinces.", "riots", "predicted"),
    ("Analysts said the new curfew may lead to arrests of opposition supporters.", "arrests", "predicted"),
    # a verb joined to a modal one shares its modal when it has no subject of its own
    ("The encirclement will cut off the rebels and enable the liberation of the valley.", "liberation", "planned"),
    # a negated causing
    ("The police raid on the market did not lead to clashes with the traders.", "clashes", "negated"),
])
def test_an_effect_of_a_cause_to_come_is_not_done(nlp, sentence, word, expected):
    from sitroom.extract.events.irrealis import irrealis

    doc = nlp(sentence)
    assert irrealis(next(t for t in doc if t.text == word)) == expected


@pytest.mark.slow
@pytest.mark.parametrize("sentence, word", [
    # a causing told as done: the effect happened
    ("The killing of the student sparked protests in the capital on Monday.", "protests"),
    ("The shelling of the border town led to clashes between the two armies.", "clashes"),
    # a modal elsewhere in the sentence does not reach an effect told as done
    ("The arrest of the cleric triggered riots, and the governor said troops would restore order.", "riots"),
])
def test_an_effect_of_a_cause_told_as_done_is_factual(nlp, sentence, word):
    from sitroom.extract.events.irrealis import caused_effect

    doc = nlp(sentence)
    assert caused_effect(next(t for t in doc if t.text == word)) is None


@pytest.mark.slow
@pytest.mark.parametrize("sentence, word", [
    # the direct object of "lead" is what it commands, not its effect (reread49): the raid, the coup happened
    ("The colonel did not lead the raid himself, a spokesman said.", "raid"),
    ("The commander who would later lead the coup was not present.", "coup"),
    ("The captain could not lead the patrol, so his deputy took command of it.", "patrol"),
])
def test_what_lead_commands_is_no_effect_of_a_causing(nlp, sentence, word):
    from sitroom.extract.events.irrealis import caused_effect

    doc = nlp(sentence)
    assert caused_effect(next(t for t in doc if t.text == word)) is None
