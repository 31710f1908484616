"""English words of the senses of arrest words that take nobody (extract/events/arrest_told.py)."""

# "Apprehend" is also to fear or grasp: its adjective ("were apprehensive about"), its verb with a subject and no
# one taken ("..., the employees apprehended"), and its noun with what is feared ("expressed apprehension that",
# "apprehension about", "the apprehensions voiced by the paper") take nobody. The verbs that voice a fear, and the
# prepositions of what is feared:
APPREHENSION_VOICED = frozenset({"express", "voice", "share", "raise", "allay", "ease", "dispel", "fuel", "heighten"})
APPREHENSION_PREPS = frozenset({"about", "over", "among", "regarding"})
