"""Country names, ISO numeric codes and ACLED regions, as ACLED writes them."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ..lang.en.countries import ACLED_NAMES  # noqa: F401 (part of this module's API)

# ACLED's regions, by ISO 3166-1 alpha-2 code.
_REGIONS = {
    "Western Africa": "BJ BF CV CI GM GH GN GW LR ML MR NE NG SN SL TG SH",
    "Middle Africa": "AO CM CF TD CG CD GQ GA ST",
    "Eastern Africa": "BI KM DJ ER ET KE MG MW MU YT MZ RE RW SC SO SS TZ UG ZM ZW",
    "Southern Africa": "BW SZ LS NA ZA",
    "Northern Africa": "DZ EG LY MA SD TN EH",
    "Middle East": "BH IR IQ IL JO KW LB OM PS QA SA SY TR AE YE",
    "South Asia": "AF BD BT IN MV NP PK LK",
    "Southeast Asia": "BN KH ID LA MY MM PH SG TH TL VN",
    "East Asia": "CN HK JP KP KR MO MN TW",
    "Caucasus and Central Asia": "AM AZ GE KZ KG TJ TM UZ",
    "Europe": ("AL AD AT BY BE BA BG HR CY CZ DK EE FO FI FR DE GI GR GG HU IS IE IM IT JE XK LV LI LT LU "
               "MT MD MC ME NL MK NO PL PT RO RU SM RS SK SI ES SE CH UA GB VA AX SJ"),
    "North America": "CA US GL PM BM",
    "Central America": "BZ CR SV GT HN MX NI PA",
    "Caribbean": ("AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI"),
    "South America": "AR BO BR CL CO EC FK GF GY PY PE SR UY VE",
    "Oceania": ("AS AU CK FJ PF GU KI MH FM NR NC NZ NU NF MP PW PG PN WS SB TK TO TV UM VU WF"),
    "Antarctica": "AQ BV GS HM TF",
}
REGION_OF = {code: region for region, codes in _REGIONS.items() for code in codes.split()}


@lru_cache(maxsize=512)
def country_info(iso2: Optional[str]) -> tuple[str, Optional[int], str, str]:
    """(name, ISO numeric, ISO alpha-3, ACLED region) for an alpha-2 code; blanks when unknown."""
    if not iso2:
        return "", None, "", ""
    import pycountry

    c = pycountry.countries.get(alpha_2=iso2.upper())
    if c is None:
        return ACLED_NAMES.get(iso2.upper(), iso2.upper()), None, "", REGION_OF.get(iso2.upper(), "")
    name = ACLED_NAMES.get(c.alpha_2) or getattr(c, "common_name", None) or c.name
    return name, int(c.numeric), c.alpha_3, REGION_OF.get(c.alpha_2, "")
