"""English data of ``sitroom/extract/claims/__init__.py`` and ``builder.py``: the words and patterns they read."""

from __future__ import annotations

# Auxiliaries that make any claim look forward (then a deadline in its words counts).
FORWARD_AUX = {"will", "would", "shall", "'ll", "wo", "may", "might", "could", "should", "must"}

# The present of "be": with a gerund, a present progressive looks forward ("is halting a policy next week").
PRESENT_BE = ("is", "are", "am")

# Possessives that alone name a control claim's controller ("under their control"): its speaker's side.
CONTROLLER_POSSESSIVES = ("their", "its", "his", "her", "our")
