"""English data of extract/events/coerced.py: movement words that also name a demonstration, and the
words of a threat that forces it."""

# Lemmas of verbs that name a demonstration when people do them ("students marched on parliament") and
# a captive's forced movement when done to them ("marched the girls into the forest").
MOVEMENT_LEMMAS = frozenset({"march", "parade"})
# Nouns of "at gunpoint": the movement was forced.
THREAT_POINTS = frozenset({"gunpoint", "knifepoint"})
