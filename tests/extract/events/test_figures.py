"""Figures of events (review-3 items 13-16, 46): a figure is the event's own sentence's (or the next sentence
of its paragraph that only adds its victims), vague amounts are coded by ACLED's convention and say so, a
stated zero is 0, deaths counted with the injured are no death toll."""

import pytest

from sitroom.extract.events import figures
from sitroom.records import DocumentIn, Event, Evidence


def _read(text, label="Violence against civilians / Attack"):
    return figures.read(text, label.split(" / ")[0], label)


@pytest.mark.parametrize("text, n, note", [
    ("Several workers were killed in the blast.", 3, "'several' coded as 3 (ACLED convention)"),
    ("Police found dozens of charred bodies in the village.", 12, "'dozens' coded as 12 (ACLED convention)"),
    ("Gunmen killed scores of villagers.", 20, "'scores' coded as 20 (ACLED convention)"),
    ("Gunmen killed 7 villagers.", 7, None),
    ("Gunmen killed several villagers; police put the toll at 7.", 3, "'several' coded as 3 (ACLED convention)"),
])
def test_a_vague_amount_is_coded_by_the_convention_and_says_so(text, n, note):
    got = _read(text)
    assert (got.fatalities, got.note) == (n, note)


def test_hundreds_injured_has_its_own_note():
    got = _read("Three people died, hundreds were injured.")
    assert (got.fatalities, got.injured) == (3, 100)
    assert got.note == "injured: 'hundreds' coded as 100 (ACLED convention)"


@pytest.mark.parametrize("text, fatalities, injured", [
    ("A rocket hit an empty school in Jalalabad on Wednesday; no one was hurt, police said.", 0, 0),
    ("The mortar landed near the base, causing no casualties.", 0, 0),
    ("No one was killed in the blast, but four people were injured.", 0, 4),
    ("No one was injured when the bomb went off.", None, 0),
    # "no-one" and "not one" are no count of one (a reviewer of the change found 1 dead for "No-one was killed")
    ("No-one was killed in the blast, police said.", 0, None),
])
def test_a_stated_zero_is_zero(text, fatalities, injured):
    got = _read(text, "Explosions/Remote violence / Shelling/artillery/missile attack")
    assert (got.fatalities, got.injured) == (fatalities, injured)
    if fatalities == 0:
        assert got.note.startswith("the report says none: ")


def test_killed_and_injured_together_is_no_death_toll():
    got = _read("The United States condemns the attacks in Jabla and Tartus, where more than 60 civilians were "
                "killed and injured in multiple bombings.")
    assert got.fatalities == 3
    assert got.note == ("'more than 60 civilians were killed and injured' gives no death toll of its own: deaths "
                        "without a number coded as 3, as 'several' (ACLED convention)")
    assert _read("A bomb killed 5 people; more than 60 were killed and injured in the week.").fatalities == 5


def _event(sentence, paragraph, text, fatalities=None, label="Battles / Armed clash", conf=0.8):
    t, s = label.split(" / ")
    return Event(event_type=t, sub_event_type=s, confidence=conf, fatalities=fatalities,
                 evidence=Evidence(sentence=sentence, start=sentence * 100, end=sentence * 100 + len(text),
                                   text=text, paragraph=paragraph))


def test_figures_of_a_report_in_another_paragraph_are_not_taken():
    lead = _event(10, 4, "Police detained at least 16 journalists.", label="Strategic developments / Arrests")
    lead = lead.model_copy(update={"arrested": 16})
    later = _event(25, 9, "On Wednesday, an aircraft transported officials to Minsk.",
                   label="Strategic developments / Arrests", conf=0.9)
    # the later report becomes the evidence: the figures are its own (none), not the lead's
    got = figures.merged(lead, later, other_is_evidence=True)
    assert (got["arrested"], got["fatalities"]) == (None, None)
    # the lead stays the evidence: its own figures
    assert figures.merged(lead, later, other_is_evidence=False)["arrested"] == 16
    # the next sentence of the same paragraph shares them, the lowest figure kept
    nxt = _event(11, 4, "They were held for hours.", label="Strategic developments / Arrests")
    assert figures.merged(nxt.model_copy(update={"arrested": 20}), lead, True)["arrested"] == 16


def test_a_sentence_that_only_adds_the_victims_joins_the_clash():
    clash = _event(0, 0, "Rival militias clashed in southern Tripoli on Friday night, residents said.")
    victims = _event(1, 0, "Two civilians were killed, according to the health ministry.", fatalities=2,
                     label="Violence against civilians / Attack")
    out = figures.absorb_victims([clash, victims], own_place_or_time={0})
    assert len(out) == 1 and out[0].sub_event_type == "Armed clash" and out[0].fatalities == 2
    assert out[0].fatalities_note == "told in the next sentence"
    # another paragraph, or a sentence with a place of its own, tells another incident
    apart = victims.model_copy(update={"evidence": victims.evidence.model_copy(update={"paragraph": 1})})
    assert len(figures.absorb_victims([clash, apart], set())) == 2
    assert len(figures.absorb_victims([clash, victims], own_place_or_time={0, 1})) == 2


@pytest.mark.slow
def test_the_clash_and_its_victims_are_one_event(pipeline):
    text = ("Rival militias clashed in southern Tripoli on Friday night, residents said, with heavy gunfire heard "
            "for hours. Two civilians were killed, according to the health ministry.")
    evs = pipeline.extract(DocumentIn(id="t", text=text, published="2021-07-10")).events
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Armed clash", 2)]


@pytest.mark.slow
def test_no_one_hurt_is_a_stated_zero_not_one_injured(pipeline):
    text = "A rocket hit an empty school in Jalalabad on Wednesday; no one was hurt, police said."
    e = pipeline.extract(DocumentIn(id="t", text=text, published="2021-07-07")).events[0]
    assert (e.fatalities, e.injured) == (0, 0)
    assert e.fatalities_note == "the report says none: 'no one was hurt'"


def test_victims_of_a_named_incident_are_left_to_that_incident():
    # "in the attack" names the incident: the mention joins the attack it names, not the sentence before
    assert figures.adds_victims("Two civilians were killed, according to the health ministry.")
    assert not figures.adds_victims("Three other people were wounded in the attack, authorities said.")


def test_a_note_that_drops_the_auxiliary_only_adds_victims():
    # ACLED-style notes and headlines: "3 fighters killed." adds the dead of the clash told before it
    assert figures.adds_victims("3 fighters killed.")
    assert figures.adds_victims("Five passengers injured.")
    assert not figures.adds_victims("3 fighters killed two soldiers near the bridge.")


@pytest.mark.slow
def test_a_note_of_the_dead_joins_the_clash_before_it(pipeline):
    text = "On 14 August 2026, Wazalendo fighters clashed with M23 near Goma. 3 fighters killed."
    doc = pipeline.run_batch([DocumentIn(id="n", text=text, published="2026-08-15")])[0]
    (e,) = doc.events
    assert (e.sub_event_type, e.fatalities) == ("Armed clash", 3)


def test_not_one_is_no_count_of_one():
    from sitroom.extract.events.arguments import count

    assert count("fatalities", "Not one person was killed in the blast.") is None
    assert count("fatalities", "One person was killed in the blast.") == 1


@pytest.mark.slow
def test_the_attackers_dead_add_to_their_victims(pipeline):
    # Two figures of one attack for different sides are every death of the event (ACLED), not two readings of one
    # toll: 8 soldiers + 'several' (3) attackers; the note shows the sum.
    text = ("Gunmen on motorcycles attacked a military checkpoint near Djibo in northern Burkina Faso on Monday, "
            "killing eight soldiers, security sources said. The army said it had repelled the assault and killed "
            "several attackers.")
    evs = pipeline.extract(DocumentIn(id="t", text=text, published="2023-03-14")).events
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Armed clash", 11)]
    assert evs[0].fatalities_note.startswith("8 + 3")


@pytest.mark.parametrize("text, attackers", [
    ("Gunmen attacked a checkpoint, killing eight soldiers.", False),
    ("The army said it killed several attackers.", True),
    ("Troops killed 10 of the gunmen in the counter-attack.", True),
    ("Three police officers were killed in the raid.", False),
    ("Twelve people were killed.", None),  # whom 'people' counts is not said
])
def test_whose_dead_a_figure_counts(text, attackers):
    assert figures.dead_are_attackers(text) is attackers


@pytest.mark.slow
def test_the_same_dead_told_twice_stay_one_figure(pipeline):
    text = ("Gunmen attacked a police post in Kidal on Sunday, killing four officers. Four policemen died in the "
            "attack, the ministry said.")
    evs = pipeline.extract(DocumentIn(id="t", text=text, published="2023-03-14")).events
    assert [e.fatalities for e in evs] == [4]


@pytest.mark.parametrize("text, n", [
    ("A soldier was killed by a sniper in Nad Ali district, Helmand, on Friday, officials said.", 1),
    ("Police said an off-duty policeman was shot dead at a checkpoint outside Quetta.", 1),
    ("A day after the governor was killed, hundreds marched in the city.", None),  # no one dead of this event
    ("A convoy was attacked near Gao on Monday.", None),
])
def test_one_person_killed_told_with_an_article_is_one_fatality(text, n):
    assert _read(text, "Battles / Armed clash").fatalities == n


@pytest.mark.slow
@pytest.mark.parametrize("victims, n", [
    ("At least 18 people were killed, according to a doctors' union.", 18),
    ("Five civilians were wounded, the health ministry said.", None),
])
def test_the_next_sentence_gives_the_clash_its_victims_even_when_it_is_no_report(pipeline, victims, n):
    # The detector passes over some victims' sentences ("At least 18 people were killed."): their figures still
    # belong to the clash told just before in the paragraph.
    text = ("Fighters of the Rapid Support Forces clashed with the army near the presidential palace in Khartoum on "
            f"Thursday, witnesses said. {victims}")
    evs = pipeline.extract(DocumentIn(id="t", text=text, published="2023-06-02")).events
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Armed clash", n)]
    if n is None:
        assert evs[0].injured == 5


@pytest.mark.parametrize("text, n", [
    ("An International Security Assistance Force service member died following an improvised explosive device "
     "attack in southern Afghanistan yesterday.", 1),
    ("A day after the man died, hundreds marched in the city.", None),
])
def test_one_service_member_died_is_one_fatality(text, n):
    assert _read(text, "Explosions/Remote violence / Remote explosive/landmine/IED").fatalities == n


@pytest.mark.parametrize("text, fatalities, injured", [
    # one person named as the object of the killing is one dead (ACLED), as in the passive
    ("In the south, Russian shelling of Kherson killed a 67-year-old man, regional governor Oleksandr Prokudin "
     "said on Telegram.", 1, None),
    ("Gunmen stormed the market, killing a trader and wounding four others.", 1, 4),
    ("A 45-year-old woman was killed in the strike.", 1, None),
    # the figure's verb is in its own clause: "before he was shot dead" is the gunman's death, not the three's;
    # the gunman's own death counts (the guide: an attacker shot dead at the scene is in his attack's toll)
    ("A Palestinian gunman opened fire at a bus stop in the occupied West Bank on Wednesday, wounding three "
     "Israelis before he was shot dead by soldiers, the Israeli military said.", 1, 3),
    ("Two people who were killed in the blast were buried on Friday.", 2, None),
])
def test_one_victim_told_with_an_article_and_a_figure_in_its_own_clause(text, fatalities, injured):
    got = _read(text)
    assert (got.fatalities, got.injured) == (fatalities, injured)


@pytest.mark.slow
def test_shelling_that_killed_a_man_has_one_fatality(pipeline):
    text = ("KYIV, Dec 2 (Reuters) - Russian drones and missiles struck energy facilities in the Kyiv region "
            "overnight, Ukrainian officials said on Tuesday.\n\nIn the south, Russian shelling of Kherson killed a "
            "67-year-old man, regional governor Oleksandr Prokudin said on Telegram.")
    evs = pipeline.extract(DocumentIn(id="t", text=text, published="2026-12-02")).events
    assert [e.fatalities for e in evs if e.location and e.location.name == "Kherson"] == [1]


@pytest.mark.parametrize("text, only", [
    ("No injuries were reported.", True),
    ("No one was hurt, police said.", True),
    ("There were no casualties.", True),
    ("No one was killed, according to the transport ministry.", True),
    ("The rocket hit an empty school; no one was hurt.", False),
    ("Police fired tear gas and no one was hurt.", False),
])
def test_a_sentence_that_only_says_no_one_was_hurt(text, only):
    assert figures.tells_only_none_hurt(text) is only


@pytest.mark.slow
def test_no_injuries_reported_is_no_attack_but_the_zero_of_the_protest_before(pipeline):
    text = ("BOGOTA, Nov 22 (Reuters) - Thousands of truck drivers blocked roads across Colombia on Saturday in a "
            "strike against a rise in diesel prices, paralysing traffic in Bogota and Medellin.\n\nRiot police used "
            "tear gas to clear a blockade on the highway near Tunja in Boyaca department, the transport ministry "
            "said. No injuries were reported.\n\nInterior Minister Armando Benedetti said the government would meet "
            "strike leaders on Monday.")
    evs = pipeline.extract(DocumentIn(id="t", text=text, published="2026-11-22")).events
    tunja = [(e.sub_event_type, e.actor2.name if e.actor2 else None, e.injured)
             for e in evs if e.location and e.location.name == "Tunja"]
    assert tunja == [("Protest with intervention", "Police Forces of Colombia", 0)]


@pytest.mark.slow
def test_more_victims_told_in_the_next_paragraph_are_added(pipeline):
    # wire copy gives each sentence a paragraph: "also" at the start of the next adds its dead to the clash
    text = ("ISLAMABAD, Nov 18 (Reuters) - Pakistani security forces killed 15 militants of the Tehreek-e-Taliban "
            "Pakistan in an intelligence-based operation in the Khyber district on Tuesday, the military's media "
            "wing said.\n\nTwo soldiers were also killed in the exchange of fire, it said. The TTP denied losing "
            "any fighters.")
    evs = pipeline.extract(DocumentIn(id="t", text=text, published="2026-11-18")).events
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Armed clash", 17)]


def test_a_claim_of_responsibility_has_no_dead_of_its_own():
    # A statement is never the act it talks about (ACLED-RULES): the attack carries the toll, the claim none.
    ev = Event(event_type="Statements", sub_event_type="Claim of responsibility", confidence=0.9, fatalities=28,
               evidence=Evidence(sentence=0, start=0, end=10, text="The group claimed the attacks which killed 28."))
    attack = ev.model_copy(update={"event_type": "Explosions/Remote violence", "sub_event_type": "Suicide bomb"})
    assert [e.fatalities for e in figures.clear_deathless_types([ev, attack])] == [None, 28]


# Deaths told without a number are coded 3, as "several" (the guide's combined tolls rule and table, stop 51).
@pytest.mark.parametrize("text", [
    "Security forces fired on the crowd, resulting in deaths and injuries.",
    "The gunmen killed and injured villagers in the market on Sunday.",
    "The explosion caused deaths among the workers at the depot.",
])
def test_deaths_without_a_number_are_coded_as_several(text):
    assert figures.read(text, "Violence against civilians", "Violence against civilians / Attack").fatalities == 3


@pytest.mark.parametrize("text, n", [
    ("Barrel bomb attacks have killed and injured more civilians this month.", None),
    ("The militia killed and wounded 40 villagers.", 3),
    ("The storm caused damage to homes but no deaths.", 0),
])
def test_deaths_without_a_number_not_read_from_a_tally_or_a_figure(text, n):
    assert figures.read(text, "Violence against civilians", "Violence against civilians / Attack").fatalities == n


# The toll of an earlier act named as the cause or time of the sentence's act is that act's (stop 51).
def _toll(text, word):
    return figures.read(figures.own_toll_text(text, text.index(word)), "Battles", "Battles / Armed clash").fatalities


@pytest.mark.parametrize("text, word", [
    ("Following the bus ambush which killed 10 settlers, jets struck targets in the city.", "struck"),
    ("The air strikes were launched in the wake of weekend bombings by the group which left 26 people dead.", "strikes"),
    ("In retaliation for the raid that killed four officers, police stormed the camp.", "stormed"),
])
def test_an_earlier_acts_toll_is_not_the_main_acts(text, word):
    assert _toll(text, word) is None


@pytest.mark.parametrize("text, word, n", [
    ("Following the bus ambush which killed 10 settlers, jets struck targets in the city.", "ambush", 10),
    ("After killing 10 soldiers, the gunmen fled the base.", "killing", 10),
    ("Troops raided the village after the attack, killing five militants.", "raided", 5),
])
def test_the_acts_own_toll_stays(text, word, n):
    assert _toll(text, word) == n


# A figure told as an earlier report, revised by the next sentence, is superseded (stop 51).
@pytest.mark.parametrize("old_text, old_n, new_text, new_n", [
    ("The ministry had earlier confirmed that two soldiers were killed in the blast.", 2,
     "Three soldiers and five militiamen were killed by the stray bomb, the ministry said.", 8),
    ("Initial reports said four people died in the shelling.", 4,
     "Nine people were killed when shells hit the market, officials said.", 9),
    ("Earlier reports put the toll at five.", 5, "Seven villagers were killed in the raid, police said.", 7),
])
def test_a_revised_earlier_figure_gives_way(old_text, old_n, new_text, new_n):
    new, old = _event(0, 0, new_text, new_n), _event(1, 0, old_text, old_n)
    assert figures.merged(new, old, other_is_evidence=False)["fatalities"] == new_n
    assert figures.merged(old, new, other_is_evidence=True)["fatalities"] == new_n


def test_the_lowest_figure_still_wins_between_reports_not_told_as_earlier():
    a = _event(0, 0, "Nine people were killed when shells hit the market, officials said.", 9)
    b = _event(1, 0, "Residents said four people died in the shelling.", 4)
    assert figures.merged(a, b, other_is_evidence=False)["fatalities"] == 4
    # both told as earlier: nothing to prefer, the lowest
    c = _event(1, 0, "Initial reports said four people died; earlier reports said nine.", 4)
    d = _event(0, 0, "The ministry had earlier confirmed nine dead.", 9)
    assert figures.merged(d, c, other_is_evidence=False)["fatalities"] == 4
