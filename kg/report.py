"""Counts of what a run read, wrote and skipped, with one line per problem."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class Report:
    """What happened to the records of one run; nothing is dropped without a count and a reason.

    Attributes:
        read: records read from the inputs (before merging duplicates).
        written: records written to the output (papers after merging).
        merged: records that repeated a paper already read and were merged into it.
        skipped: count of skipped records by reason ("not JSON", "no abstract", ...).
        problems: one line per skipped record or unreadable input, `path:line: reason`.
    """

    read: int = 0
    written: int = 0
    merged: int = 0
    skipped: Counter = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)

    def skip(self, reason: str, path: str, line: int | None = None, detail: str = "") -> None:
        """Count one skipped record (or input) under `reason` and keep a line saying where."""
        self.skipped[reason] += 1
        where = f"{path}:{line}" if line else str(path)
        self.problems.append(f"{where}: {reason}{': ' + detail if detail else ''}")

    @property
    def skipped_total(self) -> int:
        return sum(self.skipped.values())

    def merge(self, other: Report) -> None:
        """Add another report's counts to this one (used when work is split across workers)."""
        self.read += other.read
        self.written += other.written
        self.merged += other.merged
        self.skipped.update(other.skipped)
        self.problems.extend(other.problems)
