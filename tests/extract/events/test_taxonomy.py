"""The taxonomy: ACLED's 25 sub-event types in priority order, the five extra types, and cross-walks."""

from sitroom.extract.events.taxonomy import ACLED_EVENT_TYPES, LABELS, SUB_EVENT_TYPES, get, priority


def test_acled_types_and_extras_are_all_there_with_exact_names():
    acled = [t for t in SUB_EVENT_TYPES if t.event_type in ACLED_EVENT_TYPES]
    assert len(acled) == 25
    extras = {t.label for t in SUB_EVENT_TYPES if t.event_type not in ACLED_EVENT_TYPES}
    assert extras == {
        "Diplomacy / Diplomatic contact", "Statements / Claim of responsibility", "Disasters / Natural disaster",
        "Disasters / Man-made disaster", "Crime / Organised crime",
    }


def test_priority_follows_acled_order():
    order = [t.event_type for t in SUB_EVENT_TYPES if t.event_type in ACLED_EVENT_TYPES]
    assert list(dict.fromkeys(order)) == list(ACLED_EVENT_TYPES)
    assert priority("Battles / Armed clash") < priority("Explosions/Remote violence / Air/drone strike")
    assert priority("Violence against civilians / Attack") < priority("Strategic developments / Arrests")


def test_conflict_types_carry_plover_and_cameo_codes():
    for t in SUB_EVENT_TYPES:
        if t.event_type in ACLED_EVENT_TYPES or t.event_type in ("Diplomacy", "Statements"):
            assert t.plover_type and t.cameo_root and len(t.cameo_root) == 2, t.label
    assert get("Diplomacy / Diplomatic contact").plover_type == "CONSULT"
    assert get("Protests / Peaceful protest").cameo_root == "14"
    assert len(set(LABELS)) == len(LABELS) == 30


def test_the_label_constants_the_rules_share_are_known_labels():
    from sitroom.extract.events import taxonomy

    constants = {n: v for n, v in vars(taxonomy).items() if n.isupper() and isinstance(v, str) and " / " in v}
    assert len(constants) > 20
    assert all(label in LABELS for label in constants.values())
    assert {taxonomy.VAC, taxonomy.REMOTE_VIOLENCE} <= {t.event_type for t in SUB_EVENT_TYPES}
