"""English country names: ISO 3166 (pycountry) plus one table of the names ACLED writes instead.

Names, capitals, seats of government and demonyms of the conflict-relevant countries, which the
actor catalogue reads, are in ``countries.yaml`` beside this module (:data:`COUNTRIES_FILE`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

COUNTRIES_FILE = Path(__file__).resolve().parent / "countries.yaml"

# ACLED's names where they differ from ISO 3166's short names.
ACLED_NAMES = {
    "RU": "Russia", "IR": "Iran", "SY": "Syria", "KR": "South Korea", "KP": "North Korea",
    "CD": "Democratic Republic of Congo", "CG": "Republic of Congo", "TZ": "Tanzania", "VN": "Vietnam",
    "LA": "Laos", "BO": "Bolivia", "VE": "Venezuela", "PS": "Palestine", "MD": "Moldova", "TW": "Taiwan",
    "CZ": "Czech Republic", "TR": "Turkey", "CI": "Ivory Coast", "CV": "Cape Verde", "SZ": "eSwatini",
    "MK": "North Macedonia", "FM": "Micronesia", "BN": "Brunei", "GM": "Gambia", "BS": "Bahamas",
    "XK": "Kosovo",
}

# ACLED codes Hong Kong and Macau under China (the guide's choice); ISO gives them codes of their own.
ACLED_COUNTRY = {"HK": "CN", "MO": "CN"}


def iso_name(iso2: str) -> Optional[str]:
    """ISO 3166's common or short name for an alpha-2 code (pycountry), or None when unknown."""
    try:
        import pycountry

        c = pycountry.countries.get(alpha_2=iso2)
    except (ImportError, LookupError, KeyError):
        return None
    return (getattr(c, "common_name", None) or c.name) if c else None
