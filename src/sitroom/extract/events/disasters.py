"""What makes a report a Disaster (the guide's Disasters types and its decisions v1.1 and v1.2).

A sentence typed as a disaster must tell one: the words of a disaster of its sub-type in the sentence, or
in the sentences before it in the paragraph that it continues (the event's own report then lies there).
- Natural disaster: a natural hazard (flood, earthquake, storm, landslide ...), or an outbreak of disease
  that kills (deaths told in its report, or earlier in the article whose story it continues): an outbreak
  with no deaths told (sick swans, a minister who tested positive, first cases) is not coded.
- Man-made disaster: a fire, an explosion, a collapse, a crash or other accident, a leak or a poisoning.
Road crashes stay Man-made and an animal outbreak with deaths (a cull) stays Natural, though the decisions
v1.2 leave them out: most of the corpus keeps its first labels, which code them (leaving them out measured
fewer events found for fewer false positives).
A report typed as one sub-type that tells only the other's words is of the other ("the boy died after being
admitted to hospital" after "the 40th death due to bird flu"). A report with neither is no disaster (a police
operation, a kidnapping alert, a man pronounced dead in hospital). Nor are a drug overdose, a hunting or gun accident, arson, an explosion
told with a bomb, a running toll, a forecast or threat, aid for the victims, a disaster declaration (decisions
v1.4), or patients cared for with no death and no disaster of their own. People's homes told burnt or razed, with no accidental fire and no one
harmed, are property destruction (the guide: "burning of houses").
"""

from __future__ import annotations

from typing import Iterable, Optional

from ...lang.en.events.disasters import (
    ACCIDENT_CAUSE,
    AFTER_HAZARD,
    AID,
    ARSON,
    BOMBING,
    CARE,
    CLEAN_UP,
    CONTAMINATION,
    DEATHS,
    DISASTER_DECLARATION,
    DISEASE,
    FIRE_BROKE_OUT,
    FIRE_IN_STRUCTURE,
    FIRE_WORDS,
    FIRE_WORK,
    FORECAST,
    HAZARD_AS_MEASURE,
    HARMED,
    HOMES_BURNT,
    INDUSTRIAL_BLAST,
    KILLED,
    MAN_MADE,
    NATURAL_HAZARD,
    OVERDOSE,
    PERSONAL_ACCIDENT,
    POINTS_BACK,
    PROPERTY_LOST,
    RUNNING_TOLL,
    WILDFIRE_STORY,
)
from ...lang.en.events.rules import ARMED
from ...records import Event
from .taxonomy import IED, LOOTING, MAN_MADE_DISASTER, typed_fields
from .taxonomy import NATURAL_DISASTER as NATURAL


def disaster_told(label: str, sentence: str, context: str = "", before: Iterable[str] = (),
                  document: str = "") -> Optional[str]:
    """The Disasters sub-type ``sentence`` (with the sentences it continues, ``context``) tells, None when it
    tells no disaster; any other label is returned as it is. ``before``: the document's sentences before it,
    where the deaths of the outbreak it retells may be told; ``document``: its whole text (a story of bushfires)."""
    if label not in (NATURAL, MAN_MADE_DISASTER):
        return label
    said = f"{context} {sentence}"
    if _homes_burnt(sentence):
        return LOOTING  # "houses ... have been burnt in Igangan": burning of houses, no fire that broke out
    if OVERDOSE.search(said) or ARSON.search(said) or RUNNING_TOLL.search(sentence) or PERSONAL_ACCIDENT.search(said):
        return None
    if FORECAST.search(sentence) and not KILLED.search(sentence):
        return None  # not happening now
    if DISASTER_DECLARATION.search(sentence) and not _sub_types(DISASTER_DECLARATION.sub(" ", sentence), sentence, ()):
        return None  # only a declaration (or its list of places): no hazard of its own told there
    if AID.search(sentence) and not DEATHS.search(sentence):
        return None  # a response to the disaster
    if CLEAN_UP.search(sentence) and not DEATHS.search(sentence) \
            and not _sub_types(CLEAN_UP.sub(" ", AFTER_HAZARD.sub(" ", sentence)), sentence, ()):
        return None  # only the work after it ("the storm clean-up will resume"), no hazard of its own told
    if CARE.search(sentence) and not DEATHS.search(sentence) and not _sub_types(sentence, sentence, ()):
        return None  # patients cared for: no disaster of its own
    own, borrowed = _sub_types(sentence, said, before), _sub_types(context, said, before)
    if label not in own + borrowed:
        if not own + borrowed:
            return NATURAL if _bushfire_told(sentence, context, document) else None
        label = (own + borrowed)[0]  # the other sub-type's words only: the sentence's own first
    return None if label == MAN_MADE_DISASTER and BOMBING.search(said) else label


def bushfire_typed(ev: Event, document: str) -> Event:
    """A Man-made disaster told only by a fire's words ("blazes", "the fire"), in no building or vehicle, in an
    article that tells of fires in the open country (WILDFIRE_STORY: "bushfires", "containment lines",
    "back-burning") is that bushfire: a Natural disaster (the guide's decisions v1.4: "Bushfires and storms. One
    Natural disaster per place and day"). Any other event is returned as it is."""
    sentence = ev.evidence.text
    if f"{ev.event_type} / {ev.sub_event_type}" != MAN_MADE_DISASTER or not FIRE_WORDS.search(sentence) \
            or FIRE_IN_STRUCTURE.search(sentence) or not WILDFIRE_STORY.search(document):
        return ev
    if MAN_MADE.search(FIRE_WORDS.sub(" ", sentence)):
        return ev  # another accident's words ("explosion", "collapsed")
    return ev.model_copy(update=typed_fields(NATURAL))


def _bushfire_told(sentence: str, context: str, document: str) -> bool:
    """Whether a report with no hazard's own words tells a bushfire of a story of bushfires (WILDFIRE_STORY in the
    article, as bushfire_typed reads it): a fire, blaze or flare-up in the open ("Two fires burning near Cessnock",
    "One at Appin was quickly brought under control" after "Two of those fires flared overnight"), or homes lost
    with no other cause
    ("Fourteen homes have been destroyed in the Hawkesbury area"). A fire in a building or a vehicle is not one,
    nor the work against the fires ("drop incendiary devices that start fire control lines")."""
    if FIRE_IN_STRUCTURE.search(sentence) or not WILDFIRE_STORY.search(document):
        return False
    if FIRE_WORDS.search(FIRE_WORK.sub(" ", sentence)) or PROPERTY_LOST.search(sentence):
        return True
    # (the fire of the sentence before, when the subject only points back to it; not the work against it)
    return bool(POINTS_BACK.match(sentence) and FIRE_WORDS.search(FIRE_WORK.sub(" ", context)))


def _homes_burnt(sentence: str) -> bool:
    """Whether a sentence tells people's homes burnt or razed (the guide's Looting/property destruction: "burning
    of houses ... without people attacked"), with no accidental fire told and no one harmed."""
    if not HOMES_BURNT.search(sentence) or any(rx.search(sentence) for rx in (ACCIDENT_CAUSE, KILLED, HARMED)):
        return False
    # a fire told as the cause is an accident unless armed men or arson are told beside it
    return not FIRE_BROKE_OUT.search(sentence) or bool(ARMED.search(sentence) or ARSON.search(sentence))


def accident_told(label: str, sentence: str, before: Iterable[str] = ()) -> str:
    """An explosion typed as a planted device whose report names no bomb, weapon or armed doer (BOMBING), in an
    article that tells an accidental cause ("An explosion in a supermarket ... may have been caused by a gas
    leak", then "The blast occurred at 12.45 a.m. in the city's Hypermarket center") or at an industrial site
    (INDUSTRIAL_BLAST, with no armed men told), is the accident: a Man-made disaster (the guide v1.2: explosions
    that are accidents). Any other label is returned as it is."""
    if label != IED or BOMBING.search(sentence):
        return label
    if ACCIDENT_CAUSE.search(sentence) or any(ACCIDENT_CAUSE.search(s) for s in before):
        return MAN_MADE_DISASTER
    if INDUSTRIAL_BLAST.search(sentence) and not ARMED.search(sentence):
        return MAN_MADE_DISASTER  # "An explosion at a chemical plant killed nine workers": an industrial accident
    return label


def untold_disaster(label: str, cues: Iterable, said: str) -> bool:
    """Whether ``label`` is a Disasters type that the report (``said``: the unit and the sentences it
    continues) tells no words of, while it names armed men and a strong cue of another type marks what they
    did: "Boko Haram militants killed at least 15 fishermen in Borno state" is the killing, not a disaster
    (the typer read the fishermen's trade for one). Then the typer's next label is the event; any other
    report with no disaster words stays a disaster that disaster_told drops (so "A fire at a market killed 15
    traders" is never an attack)."""
    if label not in (NATURAL, MAN_MADE_DISASTER) or _sub_types(said, said, ()) or not ARMED.search(said):
        return False
    return any(c.weight >= 1.0 and not c.label.startswith("Disasters /") for c in cues)


def _sub_types(text: str, said: str, before: Iterable[str]) -> list[str]:
    """The Disasters sub-types whose words ``text`` holds (``said``: the whole report, for the harm)."""
    out = []
    if NATURAL_HAZARD.search(HAZARD_AS_MEASURE.sub(" ", text)) or (DISEASE.search(text) and _outbreak_kills(said, before)):
        out.append(NATURAL)
    if MAN_MADE.search(text) or (CONTAMINATION.search(text) and (HARMED.search(said) or DEATHS.search(said))):
        out.append(MAN_MADE_DISASTER)
    return out


def _outbreak_kills(said: str, before: Iterable[str]) -> bool:
    """Whether the report, or an earlier sentence about the outbreak (the story it continues), tells deaths."""
    return bool(DEATHS.search(said)) or any(DISEASE.search(s) and DEATHS.search(s) for s in before)
