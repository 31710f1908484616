"""English: number words, dates, verbs of reporting, metonymy cues, country names.

- :mod:`.numbers`: number words and ACLED's vague amounts;
- :mod:`.dates`: month and weekday names;
- :mod:`.reporting`: verbs of saying and reporting, as each stage reads them;
- :mod:`.metonymy`: the words that make a place name stand for its government;
- :mod:`.victims`: people hors de combat ("surrendered soldiers") and the killing of them;
- :mod:`.placenames`: how the news spells place names (accents, transliteration variants), folded to one
  search key, so that searches for Faryab, Paktya or Tarin Kowt find Fāryāb, Paktiyā and Tarīn Kōṯ;
- :mod:`.countries`: country names (pycountry plus one override table) and ``countries.yaml``
  (names, capitals, seats and demonyms the actor catalogue reads).
- :mod:`.events`, :mod:`.claims`, :mod:`.actors`, :mod:`.time` and :mod:`.flags`: the cue patterns,
  hedges and word lists of each extractor, one module per extractor module (``lang/en/events/rules.py``
  holds what ``extract/events/rules.py`` reads).
"""
