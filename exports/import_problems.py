"""The problems that refuse a workbook: gathered as they are found, listed within a bound.

A hostile or badly broken file can hold a million faults; the person needs the
first few and a count of the rest. At most :data:`MAX_LISTED` problems are kept,
and the others are only counted ("and N more problems").
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from forms.errors import UserError
from forms.said import QT_TRANSLATE_NOOP, Said, as_said, problem

# A problem, as a line naming its file.
IN_FILE = QT_TRANSLATE_NOOP("Problems", "{file}: {problem}")
MORE = QT_TRANSLATE_NOOP("Problems", "{file}: … and {count} more problems")
IN_FILE_AND_MORE = QT_TRANSLATE_NOOP("Problems", "{file}: {problem} (and {count} more problems)")
# A sheet the workbook should have and does not.
SHEET_MISSING = QT_TRANSLATE_NOOP("Problems", "the sheet {sheet} is missing")

# Problems listed per file; the rest are counted.
MAX_LISTED = 50


class ProblemList:
    """Problems of one file, at most :data:`MAX_LISTED` kept, every one counted."""

    def __init__(self) -> None:
        self.kept: list[Said] = []
        self.count = 0

    def add(self, found: str | Said) -> None:
        self.count += 1
        if len(self.kept) < MAX_LISTED:
            self.kept.append(as_said(found))

    def __bool__(self) -> bool:
        return self.count > 0

    @property
    def more(self) -> int:
        """How many problems were found beyond those kept."""
        return self.count - len(self.kept)


class ImportProblems(UserError):
    """A workbook that cannot be imported; ``problems`` lists the reasons, one per line
    (in English as ``str()`` of each, and as phrases to translate)."""

    def __init__(self, path: Path, problems: Sequence[str | Said] | ProblemList) -> None:
        if isinstance(problems, ProblemList):
            kept, more = problems.kept, problems.more
        else:
            listed = [as_said(p) for p in problems]
            kept, more = listed[:MAX_LISTED], max(0, len(listed) - MAX_LISTED)
        self.path = path
        self.said_problems = kept
        self.problems = [str(found) for found in kept]
        self.more = more
        total = len(kept) + more
        if total > 1:
            super().__init__(problem(IN_FILE_AND_MORE, file=path, problem=kept[0], count=total - 1))
        else:
            super().__init__(problem(IN_FILE, file=path, problem=kept[0]))

    def lines(self) -> list[str]:
        """One line per problem kept, each naming the file, then the count of the others."""
        return [str(line) for line in self.said_lines()]

    def said_lines(self) -> list[Said]:
        """:meth:`lines` as phrases to say in the interface language."""
        lines = [problem(IN_FILE, file=self.path, problem=found) for found in self.said_problems]
        if self.more:
            lines.append(problem(MORE, file=self.path, count=self.more))
        return lines
