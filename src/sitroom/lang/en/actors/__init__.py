"""English data of the actors extractors, one module per extractor module."""
