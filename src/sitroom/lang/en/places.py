"""English words around a name that say it is no place: titles and honorifics (places stage)."""

from __future__ import annotations

# Before a name, they make it a person: "Governor Zulum", "Alhaji Musa", "Mr Oban".
HONORIFICS = frozenset("""
mr mrs ms miss dr prof rev sen rep gov hon gen col capt sgt lt maj cpl pte brig adm cmdr
mister doctor professor reverend senator governor president minister general colonel captain sergeant
lieutenant major commander admiral brigadier marshal judge justice bishop pastor imam sheikh shaikh
mullah maulvi mawlawi maulana mufti qari haji hajji alhaji mallam chief emir prince princess king queen
lord lady sir dame mayor ambassador
""".split())

# "<Title> of the <Name>": a title, not a place, when the name is no country or province
# ("Admiral of the Fleet", "Chancellor of the Exchequer", "Chief of the Army Staff").
TITLE_HEADS = frozenset("""
admiral chancellor chief secretary minister commander president head director lord master keeper
marshal general governor speaker leader chairman chairwoman chair clerk captain colonel
""".split())

# Words that name the kind of place a name is, after it ("Garmsir district", "Cross River State") or before
# "of" ("the Bazar area of ..."): what hierarchy.py reads as a place named with its parent.
PLACE_KIND_WORDS = (
    "district", "province", "state", "county", "region", "governorate", "prefecture", "municipality",
    "department", "oblast", "city", "town", "village", "area", "neighbourhood", "neighborhood", "locality",
    "camp", "base",
)
# The kind words a name may carry as part of itself ("Karak district"): they say its level.
OWN_LEVEL_WORDS = ("district", "province", "state", "county", "governorate", "region", "city", "town", "village")
# Before "of" after a place and before its parent ("the outskirts of", "part of").
PART_OF_WORDS = ("area", "areas", "outskirts", "suburb", "suburbs", "part")
