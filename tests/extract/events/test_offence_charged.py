"""Rule 10: a word of taking that is the offence an accusation names tells no arrest made (arrest_told._offence_charged;
the guide: charges are not events, the arrest is coded from its own report)."""

import pytest

from sitroom.extract.events.rules import no_taking_told

ARRESTS = "Strategic developments / Arrests"


@pytest.mark.parametrize("text, told", [
    # the taking is the crime charged: no one taken by the authorities is told
    ("The two guards were charged with unlawfully detaining a reporter for three days.", False),
    ("The officer is accused of arresting dozens of students without a warrant.", False),
    ("They were all accused with a common intent to extort money by detaining and abducting the trader.", False),
    ("The former commander was convicted of illegally imprisoning villagers in a school.", False),
    # an arrest told beside the charge, or by those accused of a taking, is still an arrest
    ("The journalist was arrested on Friday and charged with sedition.", True),
    ("Two soldiers accused of abducting the activist were arrested by military police on Sunday.", True),
    ("Police detained three men on Monday and charged them with murder.", True),
])
def test_a_taking_charged_is_no_arrest_made(nlp, text, told):
    assert no_taking_told(ARRESTS, nlp(text)[:]) is (not told)


@pytest.mark.parametrize("text, told", [
    # "apprehend" as fearing: nobody taken
    ("Residents were apprehensive about the arrival of the soldiers.", False),
    ("The farmers have expressed apprehension that the new law would end guaranteed prices.", False),
    ("The plan was a first step to sell the mills to private firms, the workers apprehended.", False),
    # "apprehend" as taking
    ("Police apprehended two suspects at the bus station on Monday.", True),
    ("The two gunmen were apprehended by soldiers at a checkpoint on Sunday.", True),
])
def test_apprehension_as_fear_is_no_arrest(nlp, text, told):
    assert no_taking_told(ARRESTS, nlp(text)[:]) is (not told)


@pytest.mark.parametrize("text, told", [
    # second reading (stop 51): the taking told with its object elsewhere is still a taking
    ("Police announced the apprehension of three suspects over the murder of a trader in Kano on Monday.", True),
    ("Vigilantes apprehended and handed over two thieves to police on Monday.", True),
    ("Residents apprehended and beat a suspected thief in the market on Sunday.", True),
    # the fear stays fear
    ("Traders voiced apprehension over the new levies on Monday.", False),
    ("Residents were apprehensive about the army deployment.", False),
])
def test_a_taking_told_with_a_shared_object_or_of_whom_is_still_an_arrest(nlp, text, told):
    assert no_taking_told(ARRESTS, nlp(text)[:]) is (not told)
