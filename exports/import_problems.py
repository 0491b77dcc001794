"""The problems that refuse a workbook: gathered as they are found, listed within a bound.

A hostile or badly broken file can hold a million faults; the person needs the
first few and a count of the rest. At most :data:`MAX_LISTED` problems are kept,
and the others are only counted ("and N more problems").
"""

from __future__ import annotations

from pathlib import Path

from forms.errors import UserError

#: Problems listed per file; the rest are counted.
MAX_LISTED = 50


class ProblemList:
    """Problems of one file, at most :data:`MAX_LISTED` kept, every one counted."""

    def __init__(self) -> None:
        self.kept: list[str] = []
        self.count = 0

    def add(self, problem: str) -> None:
        self.count += 1
        if len(self.kept) < MAX_LISTED:
            self.kept.append(problem)

    def __bool__(self) -> bool:
        return self.count > 0

    @property
    def more(self) -> int:
        """How many problems were found beyond those kept."""
        return self.count - len(self.kept)


class ImportProblems(UserError):
    """A workbook that cannot be imported; ``problems`` lists the reasons, one per line."""

    def __init__(self, path: Path, problems: list[str] | ProblemList) -> None:
        if isinstance(problems, ProblemList):
            kept, more = problems.kept, problems.more
        else:
            kept, more = problems[:MAX_LISTED], max(0, len(problems) - MAX_LISTED)
        self.path = path
        self.problems = kept
        self.more = more
        total = len(kept) + more
        suffix = f" (and {total - 1} more problems)" if total > 1 else ""
        super().__init__(f"{path}: {kept[0]}{suffix}")

    def lines(self) -> list[str]:
        """One line per problem kept, each naming the file, then the count of the others."""
        lines = [f"{self.path}: {problem}" for problem in self.problems]
        if self.more:
            lines.append(f"{self.path}: … and {self.more} more problems")
        return lines
