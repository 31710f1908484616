"""Score extracted claims against a gold annotation (the seed article's format).

A gold claim is *found* when an extracted claim's quote overlaps at least half
of the gold quote and is not much longer than it (the quote must be the claim,
not the paragraph). It is *correct* when, in addition, every attribute the gold
item gives matches: kind, speaker, quantities, places, controller, deadline or
horizon, statement date and modality. Used by the quality gate in
tests/extract/claims and by benchmarks.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Iterable, Optional

from ...records import Claim
from .kinds import KINDS

# An extracted quote may be this many times the gold quote's length (plus slack) and still match.
MAX_LENGTH_RATIO = 4.0
LENGTH_SLACK = 20
MIN_GOLD_COVERED = 0.5


@dataclass
class GoldResult:
    id: str
    core: bool
    found: bool
    checks: dict[str, bool] = field(default_factory=dict)

    @property
    def correct(self) -> bool:
        return self.found and all(self.checks.values())


@dataclass
class ClaimScore:
    results: list[GoldResult]

    def _share(self, items: list[GoldResult], test) -> float:
        return sum(1 for r in items if test(r)) / len(items) if items else 0.0

    @property
    def found(self) -> float:
        return self._share(self.results, lambda r: r.found)

    @property
    def correct(self) -> float:
        return self._share(self.results, lambda r: r.correct)

    @property
    def core_correct(self) -> float:
        return self._share([r for r in self.results if r.core], lambda r: r.correct)

    @property
    def attributes(self) -> float:
        """Share of all gold attributes that came out right (unfound claims count as wrong)."""
        checks = [ok for r in self.results for ok in (r.checks.values() if r.found else [False] * max(1, len(r.checks)))]
        return sum(checks) / len(checks) if checks else 0.0

    def as_dict(self) -> dict:
        return {"found": round(self.found, 3), "correct": round(self.correct, 3),
                "core_correct": round(self.core_correct, 3), "attributes": round(self.attributes, 3)}

    def failures(self) -> list[str]:
        out = []
        for r in self.results:
            if not r.found:
                out.append(f"{r.id}: not found")
            elif not r.correct:
                out.append(f"{r.id}: wrong " + ", ".join(k for k, ok in r.checks.items() if not ok))
        return out


def score_claims(claims: list[Claim], gold: list[dict], text: str,
                 place_variants: Optional[dict[str, Iterable[str]]] = None) -> ClaimScore:
    """Match ``claims`` to ``gold`` items (dicts with id, core, kind, quote, speaker, ...) found in ``text``."""
    variants: dict[str, set[str]] = {}  # every spelling → all spellings of that place
    for name, others in (place_variants or {}).items():
        group = {_norm(name)} | {_norm(v) for v in others}
        for member in group:
            variants[member] = group
    results = []
    for item in gold:
        start = text.find(item["quote"])
        if start < 0:
            raise ValueError(f"gold quote of {item['id']} is not in the text")
        end = start + len(item["quote"])
        candidates = [c for c in claims if _matches_quote(c, start, end)]
        best: Optional[GoldResult] = None
        for c in candidates:
            result = GoldResult(item["id"], bool(item.get("core")), True, _checks(c, item, variants))
            if best is None or sum(result.checks.values()) > sum(best.checks.values()):
                best = result
        results.append(best or GoldResult(item["id"], bool(item.get("core")), False, _checks(None, item, variants)))
    return ClaimScore(results)


def _matches_quote(c: Claim, start: int, end: int) -> bool:
    overlap = min(end, c.quote.end) - max(start, c.quote.start)
    gold_len = end - start
    return overlap >= MIN_GOLD_COVERED * gold_len and (c.quote.end - c.quote.start) <= MAX_LENGTH_RATIO * gold_len + LENGTH_SLACK


def _checks(c: Optional[Claim], item: dict, variants: dict[str, set[str]]) -> dict[str, bool]:
    checks: dict[str, bool] = {}
    checks["kind"] = c is not None and c.kind == gold_kind(item["kind"])
    speaker = item.get("speaker", "author")
    checks["speaker"] = c is not None and _speaker_ok(c, speaker)
    if item.get("quantities"):
        values = {q.value for q in c.quantities} if c else set()
        checks["quantities"] = all(float(q["value"]) in values for q in item["quantities"])
    if item.get("places"):
        ours = [{_norm(p.text), _norm(p.name or "")} for p in c.places] if c else []
        checks["places"] = all(any((variants.get(_norm(g), {_norm(g)})) & names for names in ours) for g in item["places"])
    if item.get("controller"):
        checks["controller"] = c is not None and (c.controller or "").lower() == item["controller"].lower()
    deadline = item.get("deadline") or (item.get("horizon") or {}).get("value")
    if deadline:
        checks["deadline"] = c is not None and c.deadline is not None and c.deadline.end == deadline
    stated = (item.get("date_of_statement") or {}).get("value")
    if stated:
        checks["statement_date"] = c is not None and c.statement_date is not None and c.statement_date.start == stated
    checks["modality"] = c is not None and c.modality == item.get("modality", "asserted").split()[0]
    return checks


def gold_kind(kind: str) -> str:
    """"territorial control (aggregate)" → territorial control; "commitments (list)" → commitment."""
    kind = kind.lower()
    for word in KINDS:
        if kind.startswith(word) or kind.startswith(word + "s"):
            return word
    return kind


def _speaker_ok(c: Claim, gold: str) -> bool:
    if c.speaker is None:
        return False
    if gold == "author" or c.speaker.name == "author":
        return gold == c.speaker.name
    names = [c.speaker.name, c.speaker.organisation or ""]
    return any(n and _norm(n) in _norm(gold) for n in names)


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).lower().strip()
