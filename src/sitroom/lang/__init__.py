"""Language data: the words the extractors look for, one sub-package per language (``en``).

Rules live with their stage (extract/...); the word lists they read live here, each defined once,
so adding a language or fixing a list means one file. Like spaCy's ``lang/``.
"""
