"""The event taxonomy: ACLED's 6 types and 25 sub-event types, plus five non-conflict types.

ACLED types come first, in ACLED's priority order (Battles before Explosions/Remote violence before
Violence against civilians ... before Strategic developments); when one report could be coded as two
types, the earlier one wins (see rules.py). The five extra types follow: news that is not armed conflict
must be typed as what it is rather than forced into a conflict type.

Each type carries its PLOVER event type and mode and its CAMEO root code. Modes follow the spelling of the
PLOVER gold standard records (openeventdata/PLOVER, e.g. "heavy-weapons", "suicide-attack", "demo-org").
Natural and man-made disasters and organised crime are not political interactions: PLOVER and CAMEO have
no code for them, so those fields stay None rather than carry a misleading code.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

# The event types of armed and collective violence: a victims' figure may follow their report in the next
# sentence (figures.py), and a source may blame their doer (parse_roles.py).
VIOLENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots")
# The event types of armed violence done to people (no riots): an unnamed doer a claim may name (responsibility.py),
# the harm a sentence typed as an arrest may tell instead (rules.stated_type), a verb of the sentence's own act
# (triggers.py).
ARMED_VIOLENCE_TYPES = VIOLENT_TYPES[:3]
# Their labels' prefixes, for str.startswith.
ARMED_VIOLENCE_PREFIXES = tuple(t + " /" for t in ARMED_VIOLENCE_TYPES)


@dataclass(frozen=True)
class SubEventType:
    """One sub-event type and its cross-walks.

    event_type (str): ACLED event type ("Battles") or one of the extra types ("Diplomacy").
    sub_event_type (str): the sub-event type, spelled as ACLED spells it.
    plover_type, plover_mode (str | None): the PLOVER event type and mode.
    cameo_root (str | None): the two-digit CAMEO root code.
    """

    event_type: str
    sub_event_type: str
    plover_type: Optional[str]
    plover_mode: Optional[str]
    cameo_root: Optional[str]

    @property
    def label(self) -> str:
        """The key used by patterns and the classifier: "event_type / sub_event_type"."""
        return f"{self.event_type} / {self.sub_event_type}"


def _t(event_type, sub, plover, mode, cameo) -> SubEventType:
    return SubEventType(event_type, sub, plover, mode, cameo)


# In priority order. Do not reorder: rules.py and the classifier's label indices depend on it.
SUB_EVENT_TYPES: tuple[SubEventType, ...] = (
    _t("Battles", "Armed clash", "FIGHT", "firearms", "19"),
    _t("Battles", "Government regains territory", "FIGHT", "occupy", "19"),
    _t("Battles", "Non-state actor overtakes territory", "FIGHT", "occupy", "19"),
    _t("Explosions/Remote violence", "Chemical weapon", "FIGHT", "wmd", "20"),
    _t("Explosions/Remote violence", "Air/drone strike", "FIGHT", "aerial", "19"),
    _t("Explosions/Remote violence", "Suicide bomb", "ASSAULT", "suicide-attack", "18"),
    _t("Explosions/Remote violence", "Shelling/artillery/missile attack", "FIGHT", "heavy-weapons", "19"),
    _t("Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", "explosives", "18"),
    _t("Explosions/Remote violence", "Grenade", "ASSAULT", "explosives", "18"),
    _t("Violence against civilians", "Sexual violence", "ASSAULT", "sexual", "18"),
    _t("Violence against civilians", "Attack", "ASSAULT", "primitive", "18"),
    _t("Violence against civilians", "Abduction/forced disappearance", "ASSAULT", "abduct", "18"),
    _t("Protests", "Peaceful protest", "PROTEST", "demo-org", "14"),
    _t("Protests", "Protest with intervention", "PROTEST", "demo-spon", "14"),
    _t("Protests", "Excessive force against protesters", "COERCE", "firearms", "17"),
    _t("Riots", "Violent demonstration", "PROTEST", "riot", "14"),
    _t("Riots", "Mob violence", "PROTEST", "riot-spon", "14"),
    _t("Strategic developments", "Agreement", "AGREE", None, "05"),
    _t("Strategic developments", "Arrests", "COERCE", "arrest", "17"),
    _t("Strategic developments", "Change to group/activity", "COERCE", "restrict", "17"),
    _t("Strategic developments", "Disrupted weapons use", "COERCE", "confiscate", "17"),
    _t("Strategic developments", "Headquarters or base established", "MOBILIZE", "troops", "15"),
    _t("Strategic developments", "Looting/property destruction", "COERCE", "destroy", "17"),
    _t("Strategic developments", "Non-violent transfer of territory", "RETREAT", "military", "08"),
    _t("Strategic developments", "Other", "MOBILIZE", None, "15"),
    _t("Diplomacy", "Diplomatic contact", "CONSULT", "visit", "04"),
    _t("Statements", "Claim of responsibility", "ACCUSE", "claim-responsibility", "01"),
    _t("Disasters", "Natural disaster", None, None, None),
    _t("Disasters", "Man-made disaster", None, None, None),
    _t("Crime", "Organised crime", None, None, None),
)

BY_LABEL: dict[str, SubEventType] = {t.label: t for t in SUB_EVENT_TYPES}
LABELS: tuple[str, ...] = tuple(t.label for t in SUB_EVENT_TYPES)
# The classifier's extra class: a candidate sentence that reports no codable event.
NONE_LABEL = "none"
ACLED_EVENT_TYPES: tuple[str, ...] = (
    "Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
    "Strategic developments",
)

# Labels several rule modules name, spelt once here.
VAC = "Violence against civilians"  # the event type: the prefix of its sub-event labels
ATTACK = "Violence against civilians / Attack"
CLASH = "Battles / Armed clash"
ARRESTS = "Strategic developments / Arrests"
INTERVENTION = "Protests / Protest with intervention"
LOOTING = "Strategic developments / Looting/property destruction"
OTHER = "Strategic developments / Other"
IED = "Explosions/Remote violence / Remote explosive/landmine/IED"
VIOLENT_DEMONSTRATION = "Riots / Violent demonstration"
CLAIM = "Statements / Claim of responsibility"
PEACEFUL_PROTEST = "Protests / Peaceful protest"
EXCESSIVE_FORCE = "Protests / Excessive force against protesters"
MOB_VIOLENCE = "Riots / Mob violence"
SEXUAL_VIOLENCE = "Violence against civilians / Sexual violence"
ABDUCTION = "Violence against civilians / Abduction/forced disappearance"
REMOTE_VIOLENCE = "Explosions/Remote violence"  # the event type: the prefix of its sub-event labels
AIR_STRIKE = "Explosions/Remote violence / Air/drone strike"
SHELLING = "Explosions/Remote violence / Shelling/artillery/missile attack"
SUICIDE_BOMB = "Explosions/Remote violence / Suicide bomb"
CHEMICAL_WEAPON = "Explosions/Remote violence / Chemical weapon"
GOV_REGAINS = "Battles / Government regains territory"
NSA_OVERTAKES = "Battles / Non-state actor overtakes territory"
NON_VIOLENT_TRANSFER = "Strategic developments / Non-violent transfer of territory"
DISRUPTED = "Strategic developments / Disrupted weapons use"
BASE_ESTABLISHED = "Strategic developments / Headquarters or base established"
AGREEMENT = "Strategic developments / Agreement"
DISASTERS = "Disasters"  # the event type: the prefix of its sub-event labels
STRATEGIC = "Strategic developments"  # the event type: the prefix of its sub-event labels
NATURAL_DISASTER = "Disasters / Natural disaster"
MAN_MADE_DISASTER = "Disasters / Man-made disaster"
CHANGE_TO_GROUP = "Strategic developments / Change to group/activity"
DIPLOMATIC_CONTACT = "Diplomacy / Diplomatic contact"

# ACLED's inter codes (ActorRef.inter) the rules test for.
STATE_FORCES_INTER = 1
CIVILIANS_INTER = 7
# ACLED's interaction codes of organised armed actors: state forces, rebel groups, political and identity militias;
ARMED_INTER = frozenset({1, 2, 3, 4})
# ... of them, the non-state ones: rebel groups, political and identity militias;
ARMED_GROUP_INTER = frozenset({2, 3, 4})
# ... and of the armed parties an armed attack may face besides: external forces (peacekeepers, a coalition).
ARMED_PARTY_INTER = ARMED_INTER | {8}
# ... and of a demonstration's crowd: rioters and protesters.
CROWD_INTER = frozenset({5, 6})


def priority(label: str) -> int:
    """Rank of a label in ACLED's priority order (0 is highest); unknown labels rank last."""
    try:
        return LABELS.index(label)
    except ValueError:
        return len(LABELS)


def get(label: str) -> SubEventType:
    """The SubEventType for "event_type / sub_event_type"; KeyError names the known labels."""
    try:
        return BY_LABEL[label]
    except KeyError:
        raise KeyError(f"unknown event label {label!r}; known: {', '.join(LABELS)}") from None


def typed_fields(label: str) -> dict:
    """The Event fields that follow from the label: types and the PLOVER/CAMEO cross-walk."""
    t = get(label)
    return dict(event_type=t.event_type, sub_event_type=t.sub_event_type, plover_type=t.plover_type,
                plover_mode=t.plover_mode, cameo_root=t.cameo_root)


def event_type_of(label: str) -> str:
    """The event type of a label, "Strategic developments" of "Strategic developments / Arrests"."""
    return label.split(" / ", 1)[0]


def label_of(e) -> str:
    """An event's label, "event_type / sub_event_type"."""
    return f"{e.event_type} / {e.sub_event_type}"
