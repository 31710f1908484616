"""Kin nouns ("a farmer and his son", "two Kenyan wives"), one list read by the events' victim lists
(events/victim_list.py), their two-dead counts (events/counts.py) and the conventions' civilians
(events/conventions.py): people named by their family tie, who count one each and are civilians."""

from __future__ import annotations

KIN = ("son", "daughter", "brother", "sister", "wife", "husband", "father", "mother", "cousin", "nephew", "niece",
       "uncle", "aunt", "relative")
_PLURALS = {"wife": "wi(?:fe|ves)"}

# One kinsman's noun: "his son", "a relative".
KIN_ONE = "(?:" + "|".join(KIN) + ")"
# A kin noun, one or more: "sons", "wives".
KIN_ANY = "(?:" + "|".join(_PLURALS.get(word, word + "s?") for word in KIN) + ")"
