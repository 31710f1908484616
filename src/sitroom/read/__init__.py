"""read: sentences, tokens, entities and parse (spaCy), language, publication date."""
