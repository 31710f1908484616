"""Speakers, kinds and deadlines of claims in sentences written the way news reports write them (issue 11
item 7): each test is one general mechanism, in words of its own, not a sentence of the annotated corpus."""

import pytest

pytestmark = pytest.mark.slow  # loads spaCy and the gazetteer


def _by_quote(claims, start):
    found = [c for c in claims if c.quote.text.startswith(start)]
    assert found, f"no claim quoting {start!r} in {[(c.speaker.name, c.kind, c.quote.text) for c in claims]}"
    return found[0]


# --- speakers ---------------------------------------------------------------------------------------

def test_the_last_of_several_joined_verbs_shares_the_first_ones_subject(claims_of):
    text = ("The movement organised a march in the capital, printed thousands of leaflets and claimed "
            "the election had been stolen.")
    c = _by_quote(claims_of(text), "the election had been stolen")
    assert "movement" in c.speaker.text.lower() and c.speaker.name != "author"


def test_a_second_verb_of_a_frame_whose_words_are_another_frames_keeps_its_speaker(claims_of):
    text = ('Oduya said that he is not blaming the farmers for the clashes, but noted that "the herders '
            'have lost hundreds of cattle this year."')
    c = _by_quote(claims_of(text), "the herders have lost")
    assert c.speaker.name == "Oduya"


def test_we_in_a_bodys_own_text_is_that_body(claims_of):
    text = ("Amnesty International is alarmed by the arrest of our colleague, the lawyer Samir Haddad, in "
            "Tunis on Monday.\n\nHis arrest follows months of threats. The interior ministry said he was held "
            "for questioning.\n\nWe call on the authorities to release him immediately and unconditionally.")
    c = _by_quote(claims_of(text), "the authorities to release him")
    assert c.speaker.name.startswith("Amnesty International") and c.kind == "request"


def test_we_in_a_quotation_is_still_the_quoted_speaker(claims_of):
    text = ("Amnesty International is alarmed by the arrest of our colleague in Tunis.\n\n"
            '"We will appeal the ruling," his lawyer Leila Ben Salah said.')
    c = _by_quote(claims_of(text), "We will appeal the ruling")
    assert c.speaker.name == "Leila Ben Salah"


def test_the_kingdom_is_its_government(claims_of):
    text = ("Saudi Arabia detained three women activists last month, rights groups said.\n\n"
            "The kingdom has denied that any detainee was mistreated.")
    c = _by_quote(claims_of(text), "any detainee was mistreated")
    assert c.speaker.name == "Government of Saudi Arabia" and c.kind == "denial"


def test_groups_described_in_common_words_are_not_the_last_group_named(claims_of):
    text = ("The United Nations said 40 people were killed.\n\n"
            "Six human rights groups urged the authorities to free the detained reporters.")
    c = _by_quote(claims_of(text), "the authorities to free")
    assert "human rights groups" in c.speaker.name.lower()


def test_a_past_verb_the_parser_hangs_from_the_noun_before_it_has_that_noun_as_speaker(claims_of):
    c = _by_quote(claims_of("The UN envoy called on both sides to agree a ceasefire within the next two weeks."),
                  "both sides to agree a ceasefire")
    assert c.speaker.name == "United Nations" and c.kind == "request"
    assert c.deadline is not None and c.deadline.end == "2021-07-26"


# --- kinds ------------------------------------------------------------------------------------------

def test_should_release_is_a_demand_of_the_groups_that_say_it(claims_of):
    text = ("The authorities should immediately release the journalist, who was arrested in June 2021, "
            "seven press freedom groups said on Monday.")
    c = _by_quote(claims_of(text), "The authorities should immediately release")
    assert c.kind == "demand" and c.deadline is None  # June 2021 is when he was arrested, not by when


def test_a_call_for_others_to_act_is_a_request_inside_a_quotation_too(claims_of):
    text = 'The union leader added: "The union is calling for safety inspections to be carried out at every mine."'
    c = _by_quote(claims_of(text), "The union is calling for safety inspections")
    assert c.kind == "request"


def test_a_warning_to_leave_is_a_request(claims_of):
    text = "The rebels warned foreign companies to leave the oil fields or face attacks."
    c = _by_quote(claims_of(text), "to leave the oil fields")
    assert c.kind == "request" and c.speaker.name != "author"


def test_a_demand_inside_a_quotation_makes_the_quotation_a_demand(claims_of):
    text = ('"I came here to ask every government in this room to press Cairo to free my brother," '
            'she told the council.')
    claims = claims_of(text)
    assert len(claims) == 1 and claims[0].kind == "request"


def test_being_committed_to_is_a_commitment(claims_of):
    text = '"We remain committed to keeping the shipping lanes open," said Admiral Tomas Reyes.'
    c = _by_quote(claims_of(text), "We remain committed")
    assert c.kind == "commitment" and c.speaker.name == "Tomas Reyes"


@pytest.mark.parametrize("text, start", [
    ('"If we could stop even half of these infections, that would be a huge success," Dr. Amina Yusuf said.',
     "If we could stop"),
    ('"Any soldier would be ashamed of this," the general said.', "Any soldier would be ashamed"),
])
def test_a_speakers_own_would_is_a_condition_not_a_forecast(claims_of, text, start):
    assert _by_quote(claims_of(text), start).kind == "statement"


def test_would_in_reported_speech_is_still_the_future(claims_of):
    c = _by_quote(claims_of("The editor said the paper would not be intimidated."), "the paper would not be")
    assert c.kind in ("prediction", "commitment")


# --- deadlines --------------------------------------------------------------------------------------

def test_an_ultimatum_is_a_demand_with_its_deadline(claims_of):
    # published Monday 2021-07-12; said on Sunday the 11th: 48 hours from then
    text = "The militants on Sunday gave the provincial government 48 hours to release their commander."
    c = _by_quote(claims_of(text), "gave the provincial government 48 hours")
    assert c.kind == "request" and c.speaker.name != "author"
    assert (c.deadline.end, c.deadline.text) == ("2021-07-13", "48 hours")


@pytest.mark.parametrize("text, start, end", [
    ("The ministry said the bridge would be reopened by the end of the month.", "the bridge would", "2021-07-31"),
    ("The president vowed to hold elections next year.", "to hold elections", "2022-12-31"),
    ("The army has given residents three days to leave the area, the statement said.", "given residents", "2021-07-15"),
])
def test_a_window_keeps_its_own_end_beside_another_claims_day(claims_of, text, start, end):
    # another claim of the same report gives a day inside each window; it is not this claim's deadline
    other = "\n\nThe commander said on Monday that his troops would withdraw by Wednesday."
    claims = claims_of(text + other)
    assert _by_quote(claims, start).deadline.end == end
    assert _by_quote(claims, "his troops would withdraw").deadline.end == "2021-07-14"
