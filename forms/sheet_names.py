"""What a spreadsheet's sheet tab can be named: at most 31 characters, none of ``[]:*?/\\``."""

from __future__ import annotations

MAX_SHEET_NAME = 31
FORBIDDEN = frozenset("[]:*?/\\")


def sheet_name_problem(name: str) -> str | None:
    """Why ``name`` cannot name a sheet, or None when it can."""
    if not name.strip():
        return "a sheet name cannot be blank"
    if len(name) > MAX_SHEET_NAME:
        return f"a sheet name has at most {MAX_SHEET_NAME} characters ({len(name)} here)"
    if FORBIDDEN & set(name):
        return "a sheet name cannot hold any of [ ] : * ? / \\"
    if name.startswith("'") or name.endswith("'"):
        return "a sheet name cannot start or end with an apostrophe"
    return None
