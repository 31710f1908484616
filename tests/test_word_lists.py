"""Each word list is defined once (issue 12): the same set of words written out in two modules fails.

Literal collections of four or more strings are read from the source with ``ast``: sets, lists,
tuples, dict keys, ``frozenset(...)`` and ``"...".split()``. English word lists live in
``sitroom/lang/en``; a list another module needs is imported from there, not copied.
"""

from __future__ import annotations

import ast
import builtins
import re
from collections import defaultdict
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "sitroom"
MIN_WORDS = 4
# Words and phrases; identifiers with underscores (pattern kinds, column names) are not word lists.
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9 '/.-]*")

# Duplicates that remain, by the files that hold them, and why. A new copy in another file fails.
KNOWN = {
    frozenset({"extract/claims/__init__.py", "extract/events/__init__.py"}): "context fields; both files owned elsewhere",
    # Record vocabularies (labels, not English): each should come from records.py.
    frozenset({"export/acled_csv.py", "extract/events/taxonomy.py"}): "ACLED event types",
    frozenset({"export/acled_csv.py", "extract/events/arguments.py", "extract/places/gazetteer.py",
               "fuse/incidents.py", "records.py"}): "place levels (rank tables keyed by level)",
    frozenset({"cli/control.py", "store/fused_models.py"}): "ledger statuses (styles keyed by status)",
    frozenset({"acquire/feeds.py", "acquire/text.py"}): "document metadata fields",
}


def _words(node) -> list[str] | None:
    if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
        if node.elts and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts):
            return [e.value for e in node.elts]
    if isinstance(node, ast.Dict) and node.keys and all(isinstance(k, ast.Constant) and isinstance(k.value, str)
                                                        for k in node.keys):
        return [k.value for k in node.keys]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split" \
            and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str) and not node.args:
        return node.func.value.value.split()
    return None


def word_lists() -> dict[frozenset, set[str]]:
    """Every literal list of MIN_WORDS or more distinct strings -> the files (relative to the package) defining it."""
    found: dict[frozenset, set[str]] = defaultdict(set)
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            words = _words(node)
            if words and len(set(words)) >= MIN_WORDS and all(_WORD.fullmatch(w) for w in words):
                found[frozenset(w.casefold() for w in words)].add(str(path.relative_to(PACKAGE)))
    return found


def test_no_word_list_is_defined_in_two_modules():
    twice = {words: files for words, files in word_lists().items() if len(files) > 1}
    unexpected = [f"{sorted(words)[:5]}... in {sorted(files)}" for words, files in twice.items()
                  if frozenset(files) not in KNOWN]
    assert not unexpected, "word lists defined twice (import them from sitroom.lang.en):\n" + "\n".join(unexpected)


def test_the_known_duplicates_are_still_there():
    # When one is removed, drop it from KNOWN so it cannot come back unnoticed.
    present = {frozenset(files) for files in word_lists().values() if len(files) > 1}
    gone = [reason for files, reason in KNOWN.items() if files not in present]
    assert not gone, f"remove from KNOWN: {gone}"


def test_the_checker_sees_a_copy():
    # The walk finds the set literal, the split string and the dict keys alike.
    tree = ast.parse('A = {"say", "tell", "claim", "deny"}\nB = "say tell claim deny".split()\nC = {"say": 1, "tell": 2, "claim": 3, "deny": 4}')
    sets = [frozenset(w) for n in ast.walk(tree) if (w := _words(n)) and len(w) >= MIN_WORDS]
    assert len(sets) == 3 and len(set(sets)) == 1
    assert not _WORD.fullmatch("between_dm") and _WORD.fullmatch("explosions/remote violence")


# Extractor constants that hold many words but are not English word lists, or wait their move, and why.
NOT_ENGLISH_LISTS = {
    ("extract/claims/kinds.py", "KINDS"): "claim kinds: record labels",
    ("extract/places/normalise.py", "_SUFFIXES"): "romanisation endings, not English",
    ("extract/events/modality.py", "_IN_CLAUSE"): "dependency labels of the parser, not English",
}
LIST_WORDS = 8


def _english_constants(path: Path):
    """Module-level constants made only of literals (and ``re``) whose strings hold LIST_WORDS or more
    distinct lower-case words: word lists and word patterns."""
    plain = set(dir(builtins))
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if not isinstance(node, (ast.Assign, ast.AnnAssign)) or node.value is None:
            continue
        if {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)} - plain - {"re"}:
            continue  # built from other names: derived, not a list of its own
        words = set()
        for c in ast.walk(node.value):
            if isinstance(c, ast.Constant) and isinstance(c.value, str):
                words |= set(re.findall(r"(?<![A-Za-z])[a-z]{3,}(?![A-Za-z])", c.value))
        if len(words) >= LIST_WORDS:
            target = node.targets[0] if isinstance(node, ast.Assign) else node.target
            yield getattr(target, "id", ast.unparse(target))


def test_extractors_take_their_english_from_lang():
    """The extractors' English (cue patterns, hedges, verbs of saying, stop words) lives in sitroom/lang/en."""
    found = [(str(p.relative_to(PACKAGE)), name) for p in sorted((PACKAGE / "extract").rglob("*.py"))
             for name in _english_constants(p)]
    stray = [f"{f}: {n}" for f, n in found if (f, n) not in NOT_ENGLISH_LISTS]
    assert not stray, "English word lists outside sitroom/lang/en:\n" + "\n".join(stray)
    assert list(_english_constants(PACKAGE / "lang" / "en" / "events" / "patterns.py"))
