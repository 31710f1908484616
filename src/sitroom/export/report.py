"""What an export wrote: rows per format, the events left out and why, the rows that lack something."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..lang.en.wording import count
from ..store.models import EventRow
from .acled_rules import missing_kinds


@dataclass
class ExportReport:
    """Counts of one export, filled while it streams.

    Every matched event is either written (``written``; those lacking a country, date, location or
    coordinates are written with the reason and counted in ``incomplete``) or left out
    with a reason (``left_out``): nothing disappears without a count.
    """

    format: str
    matched: int = 0
    written: int = 0
    bytes: int = 0
    left_out: dict[str, Counter] = field(default_factory=dict)  # reason -> what (event type...) -> count
    incomplete: Counter = field(default_factory=Counter)  # "no date" -> rows written without one
    incomplete_rows: int = 0

    def wrote(self, e: EventRow) -> None:
        self.written += 1
        kinds = missing_kinds(e)
        if kinds:
            self.incomplete_rows += 1
            self.incomplete.update(kinds)

    def leave_out(self, reason: str, what: str) -> None:
        self.left_out.setdefault(reason, Counter())[what] += 1

    @property
    def left_out_total(self) -> int:
        return sum(sum(c.values()) for c in self.left_out.values())

    def message(self, output: str) -> str:
        """One line for the user: what matched, what was written in which unit, what was left out and why."""
        from . import UNITS

        unit = UNITS[self.format]
        parts = [f"wrote {output} ({self.format}): {count(self.matched, 'event')} matched, {count(self.written, unit[:-1], unit)} written"]
        for reason, what in sorted(self.left_out.items()):
            detail = ", ".join(f"{n} {w}" for w, n in sorted(what.items(), key=lambda x: (-x[1], x[0])))
            parts.append(f"{sum(what.values())} left out as {reason} ({detail})"
                         + ("; --all-types keeps them" if self.format == "acled-csv" else ""))
        if self.incomplete_rows:
            what = ", ".join(f"{n} {k}" for k, n in sorted(self.incomplete.items(), key=lambda x: (-x[1], x[0])))
            column = "sitroom_incomplete" if self.format == "acled-csv" else "incomplete"
            parts.append(f"{count(self.incomplete_rows, unit[:-1], unit)} written with a reason in {column} ({what})")
        parts.append(f"{self.bytes:,} bytes")
        return "; ".join(parts)
