"""How English counts things in messages: "1 document", "2 documents", "1 copy", "3 copies"."""

from __future__ import annotations

from typing import Optional


def count(n: int, noun: str, plural: Optional[str] = None, *, grouped: bool = False) -> str:
    """``n`` and ``noun`` agreeing with it: the singular for exactly one, else ``plural`` (by default the
    noun plus "s"; a noun in -y after a consonant takes -ies). ``grouped`` writes 1,234."""
    number = f"{n:,}" if grouped else str(n)
    return f"{number} {noun if n == 1 else plural or plural_of(noun)}"


def plural_of(noun: str) -> str:
    """The regular plural of the last word of ``noun`` ("new event" -> "new events", "copy" -> "copies")."""
    if noun.endswith("y") and len(noun) > 1 and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun + "s"
