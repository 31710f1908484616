"""English data of the claims extractors, one module per extractor module."""
