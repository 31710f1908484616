"""Fatalities (fatal54): one dead named by a compound noun or "someone", a shooting's object before "dead", an old
death retold, another act's toll told in a clause of time. Sentences written for these tests, not from the corpus."""

from __future__ import annotations

import pytest

from sitroom.extract.events.counts import count
from sitroom.extract.events.figures import own_toll_text, read


@pytest.mark.parametrize("text, n", [
    # a member of a list named by two nouns ("rebel commander"): the list goes on past the first
    ("A rebel commander and his aide were killed in the raid on the camp.", 2),
    ("A militia leader and his two bodyguards were shot dead at a checkpoint.", 3),
    ("Troops killed a police officer and his driver near the border.", 2),
    # "someone" is one dead
    ("Someone was killed when the grenade went off in the bar.", 1),
    ("Somebody was shot dead outside the mosque late on Friday.", 1),
    # the attacking side's dead, one by his noun (ACLED: all deaths of the event)
    ("An assailant was killed by the guards at the gate.", 1),
    ("A bandit was shot dead as the villagers fought back.", 1),
    # the shooting's object between the verb and "dead": the dead, not the shooters
    ("Two gunmen shot the shopkeeper dead on Tuesday evening.", 1),
    ("Soldiers shot a teenager dead at the roadblock.", 1),
    ("Masked men shot three farmers dead in their fields.", 3),
    # one left dead, one body found
    ("The roadside bomb left a soldier dead.", 1),
    ("The bomb left a soldier wounded.", None),
    ("The body of a fisherman was found on the shore on Sunday.", 1),
])
def test_one_dead_named(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text, n", [
    # an old death retold in the clause, no toll of the report's event
    ("Relatives said the driver was killed by soldiers last year.", None),
    ("Marchers demanded a trial, saying the student was shot dead by police two years ago.", None),
    # a time of the report's own act, or a later clause with an old time, leaves the death counted
    ("A farmer was killed on Monday near the village, which the rebels seized last year.", 1),
    ("A farmer was killed on Monday.", 1),
])
def test_old_death_retold(text, n):
    assert count("fatalities", text) == n


def _toll(text: str, word: str):
    return read(own_toll_text(text, text.find(word)), "Battles", "Battles / Armed clash").fatalities


@pytest.mark.parametrize("text, word, n", [
    # the toll of another act told as a time of this one is not this one's
    ("Jets bombed the camp on Friday after militants killed 12 soldiers at a checkpoint.", "bombed", None),
    ("Troops raided the district two days after 20 people were killed in a similar attack.", "raided", None),
    ("Police launched an operation after gunmen had killed four traders.", "operation", None),
    # the earlier act's own event keeps it
    ("Jets bombed the camp on Friday after militants killed 12 soldiers at a checkpoint.", "killed", 12),
    # a time of day is no earlier act's subject; the act's own toll stays
    ("Gunmen who stormed the village after midnight killed 10 people.", "stormed", 10),
    ("Rebels attacked the base after troops killed two of their fighters, killing five soldiers.", "attacked", 5),
])
def test_another_acts_toll_in_a_clause_of_time(text, word, n):
    assert _toll(text, word) == n


@pytest.mark.parametrize("text, n", [
    # the conventions of the guide's table and the conservative figure
    ("At least 14 people were killed in the attack.", 14),
    ("Dozens of villagers were killed by the raiders.", 12),
    ("Scores died when the militia overran the town.", 20),
    # the wounded are no dead
    ("The blast wounded 12 people, two of them seriously.", None),
    ("Four soldiers were killed and nine were wounded.", 4),
])
def test_conventions_kept(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text, n", [
    # a range: its lower end, the most conservative figure; a toll's rise keeps its new figure
    ("Between 8 and 11 people were killed when the market was shelled.", 8),
    ("The raid killed between 8 and 11 villagers.", 8),
    ("Six to nine soldiers died in the ambush.", 6),
    ("The death toll rose from 6 to 9 on Thursday.", 9),
    # an aside of part of the dead between the figure and its verb
    ("Three people, one of them a nurse, were killed in the strike.", 3),
    # a wound and then the death of it
    ("A trader was stabbed and later died in hospital.", 1),
    ("Two guards were fatally wounded at the gate.", 2),
    # more dead of the same incident told with "also"
    ("Nine rebels were killed, the army said, adding that three soldiers also died.", 12),
])
def test_more_toll_forms(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text, n", [
    # the attackers' own deaths (the guide: all deaths of the event, both sides, when the text tells them)
    ("Police shot the gunman dead after he wounded two guards and killed a clerk.", 2),
    ("The gunman killed four worshippers before he was shot dead by a guard.", 5),
    ("The shooter killed six students before turning the gun on himself.", 7),
    ("Two suicide bombers blew themselves up at the gate, killing nine people.", 11),
    ("Three raiders killed a herder before being killed by the villagers.", 4),
    # a victim's own death is no killer's: told once
    ("The shooter tried to kill himself, police said.", None),
])
def test_attackers_dead_too(text, n):
    assert count("fatalities", text) == n


@pytest.mark.parametrize("text, n", [
    # a part of the dead named among them is the toll only when no whole is given
    ("Fifteen people were killed and among the dead were four children.", 15),
    ("Among the dead were four children.", 4),
    ("The dead included four children.", 4),
])
def test_part_of_the_dead(text, n):
    assert count("fatalities", text) == n


# A part of the dead told in the next sentence ("Among the dead were two officers") never lowers the whole's figure.
@pytest.mark.parametrize("text, part", [
    ("Among the dead were two officers, the ministry said.", True),
    ("The dead included three schoolchildren.", True),
    ("Nine people were killed; among the dead were two officers.", False),  # the whole is in the sentence
    ("Two officers were killed in the blast.", False),
])
def test_a_part_of_the_dead_is_told_apart(text, part):
    from sitroom.extract.events.counts import part_of_the_dead
    assert part_of_the_dead(text) is part


@pytest.mark.slow
@pytest.mark.parametrize("text, n", [
    ("KABUL (Reuters) - A roadside bomb killed three soldiers in Helmand on Sunday. Among the dead were two officers, "
     "the ministry said.", 3),
    ("KABUL (Reuters) - A suicide bomber killed 14 worshippers at a mosque in Kunduz on Friday. Among the dead were "
     "two children.", 14),
])
def test_a_part_of_the_dead_in_the_next_sentence_keeps_the_whole(text, n):
    from sitroom.pipeline import Pipeline
    from sitroom.records import DocumentIn

    doc = Pipeline().run_batch([DocumentIn(id="t", text=text, published="2021-05-10")])[0]
    assert [e.fatalities for e in doc.events] == [n]


@pytest.mark.parametrize("text, word, event_type, n", [
    # a fight's bare "after" clause, the only toll told: the fight's own dead
    ("Troops repelled the attack after insurgents killed two soldiers at a base in Borno.", "repelled", "Battles", 2),
    ("Residents protested in Lagos after police shot dead two youths.", "protested", "Protests", 2),
    # a strike from afar, a distance of time, another incident, or a toll of the act's own: the clause is apart
    ("Jets bombed the camp on Friday after militants killed 12 soldiers at a checkpoint.", "bombed",
     "Explosions/Remote violence", None),
    ("Troops raided the district two days after 20 people were killed in an ambush.", "raided", "Battles", None),
    ("Troops raided the district after 20 people were killed in a similar attack.", "raided", "Battles", None),
    ("Rebels attacked the base after troops killed two of their fighters, killing five soldiers.", "attacked",
     "Battles", 5),
])
def test_a_fights_after_clause_may_tell_its_own_dead(text, word, event_type, n):
    assert read(own_toll_text(text, text.find(word), event_type), event_type, f"{event_type} / x").fatalities == n
