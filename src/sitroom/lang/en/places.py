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
