"""English data of ``sitroom/extract/claims/__init__.py``: the words and patterns it reads."""

from __future__ import annotations

# Auxiliaries that make any claim look forward (then a deadline in its words counts).
FORWARD_AUX = {"will", "would", "shall", "'ll", "wo", "may", "might", "could", "should", "must"}
