"""English data of the time extractors, one module per extractor module."""
