"""English data of the events extractors, one module per extractor module."""
