"""Folding and spelling variants: the keys under which names meet."""

import pytest

from sitroom.extract.places.normalise import fold_name, fold_text, name_variants


def test_fold_keeps_length_so_offsets_survive():
    text = "Garmsēr, Sar-i-Pul and Mūsá Qal‘ah"
    assert len(fold_text(text)) == len(text)
    assert fold_text(text) == "garmser, sar i pul and musa qal'ah"


@pytest.mark.parametrize("name,variant", [
    ("Sar-e Pul", "sar i pul"),
    ("Sar-e Pul", "sari pul"),
    ("Sar-e Pul", "sar e pol"),
    ("Lashkar Gāh", "lashkargah"),
    ("Garmsīr", "garmser"),
    ("Mūsá Qal‘ah", "musa qalah"),
    ("Helmand Province", "helmand"),
])
def test_variants_cover_transliterations(name, variant):
    assert variant in name_variants(name)


def test_unrelated_names_do_not_share_keys():
    assert not name_variants("Kabul") & name_variants("Kunduz")
    assert fold_name("  Kandahār ") == "kandahar"
