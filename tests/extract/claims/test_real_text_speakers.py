"""Speakers on real-style news text: pronouns, titles, statements and running quotations (issue 11 item 7).

Each case is written after an error class measured on the train/dev articles of the annotated corpus."""

import pytest

pytestmark = pytest.mark.slow  # loads spaCy and the gazetteer


def _by_quote(claims, start):
    found = [c for c in claims if c.quote.text.startswith(start)]
    assert found, f"no claim quoting {start!r} in {[(c.speaker.name, c.quote.text) for c in claims]}"
    return found[0]


def test_a_pronoun_refers_back_from_where_it_stands_not_from_the_reporting_verb(claims_of):
    text = ("President Barack Obama said the hacking had to stop. "
            "He also expressed bewilderment over Republicans who say they approve of Mr Putin, declaring: "
            "\"Ronald Reagan would roll over in his grave.\"")
    c = _by_quote(claims_of(text), "Ronald Reagan")
    assert c.speaker.name == "Barack Obama"


def test_he_stays_with_the_last_speaker_over_a_man_named_only_as_an_object(claims_of):
    text = ("President Barack Obama said that Russia had meddled in the election. "
            "His aides did not criticise his successor, Republican Donald Trump, by name. "
            "He said some Republicans were failing to acknowledge the seriousness of Russia's involvement.")
    c = _by_quote(claims_of(text), "some Republicans")
    assert c.speaker.name == "Barack Obama"


def test_the_president_is_the_president_who_spoke(claims_of):
    text = ("Mr Obama said: \"Not much happens in Russia without Vladimir Putin.\" "
            "The Russian president, Vladimir Putin, did not comment. "
            "The president said he had warned Mr Putin of serious consequences at a summit in September.")
    text = "President Barack Obama said he ordered Russia's President Vladimir Putin to stop. " + text
    c = _by_quote(claims_of(text), "he had warned")
    assert c.speaker.name == "Barack Obama"


def test_she_is_not_a_man_already_called_he(claims_of):
    text = ("Laila Soueif, a mathematics professor and Fattah's mother, wrote that her son was innocent. "
            "Mohamed el-Baqer said he believed another world was possible. "
            "He is charged with spreading false news, she said, \"for retweeting a tweet about a prisoner.\"")
    claims = claims_of(text)
    for c in claims:
        if c.speaker.text == "she":
            assert c.speaker.name == "Laila Soueif"
    assert any(c.speaker.text == "she" for c in claims)


def test_a_name_with_digits_is_not_a_person(claims_of):
    text = ("Laila Soueif wrote that her son was held since COVID-19 restrictions came in. "
            "She said he had been denied visits for months.")
    c = _by_quote(claims_of(text), "he had been denied")
    assert c.speaker.name == "Laila Soueif"


def test_who_is_warned_is_not_what_is_said(claims_of):
    text = "The president said he had warned Mr Putin of serious consequences at a summit in September."
    claims = claims_of(text)
    assert [c.quote.text for c in claims] == ["he had warned Mr Putin of serious consequences at a summit in September"]
    claims = claims_of("The government warned of dire consequences if the court blocked the policy.")
    assert claims and claims[0].quote.text.startswith("dire consequences") and claims[0].kind == "prediction"


def test_a_speaker_who_did_not_comment_has_not_spoken(claims_of):
    text = ("President Barack Obama said he ordered Russia's President Vladimir Putin to stop. "
            "The Russian president, Vladimir Putin, did not comment. "
            "The president said he had warned Mr Putin of serious consequences.")
    c = _by_quote(claims_of(text), "he had warned")
    assert c.speaker.name == "Barack Obama"
