"""The import rules of the architecture: desktop -> exports -> forms, Qt only in desktop."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PROJECT = {"forms", "exports", "desktop", "resources"}
ALLOWED = {
    "forms": {"forms"},
    "exports": {"forms", "exports"},
    "desktop": {"forms", "exports", "desktop", "resources"},
}
QT = {"PySide6", "PyQt5", "PyQt6", "PySide2", "shiboken6"}
SQLITE = {"sqlite3", "sqlite_utils", "sqlcipher3"}


def imported_roots(path: Path) -> set[str]:
    """Top-level names of every module imported anywhere in ``path`` (lazy imports too)."""
    roots = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def modules(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_packages_import_only_downwards(package):
    assert modules(package), package
    for path in modules(package):
        project_imports = imported_roots(path) & PROJECT
        assert project_imports <= ALLOWED[package], f"{path.relative_to(ROOT)}: {project_imports}"


@pytest.mark.parametrize("package", ["forms", "exports"])
def test_only_desktop_uses_qt_and_sqlite(package):
    for path in modules(package):
        assert not imported_roots(path) & (QT | SQLITE), path.relative_to(ROOT)


def test_the_rule_checker_sees_lazy_imports(tmp_path):
    sample = tmp_path / "m.py"
    sample.write_text("def f():\n    from PySide6 import QtCore\n    import exports.pdf\n")
    assert imported_roots(sample) == {"PySide6", "exports"}


#: What the jobs are made of: reached from the command line and the window only
#: through desktop.operations, so that both do every job the same way.
JOB_PARTS = {
    ("desktop.importing", "import_workbook"),
    ("desktop.importing", "add_member_workbook"),
    ("exports.pdf", "build_pdf"),
    ("exports.xlsx_writer", "write_workbook"),
    ("exports.blank_form", "build_blank_pdf"),
    ("exports.xlsx_reader", "read_workbook"),
}


def job_parts_used(path: Path) -> set[tuple[str, str]]:
    used = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.ImportFrom) and node.module:
            used |= {(node.module, alias.name) for alias in node.names} & JOB_PARTS
    return used


@pytest.mark.parametrize(
    "path", [ROOT / "desktop" / "cli.py", *modules("desktop/ui")], ids=lambda p: p.name
)
def test_the_command_line_and_the_window_do_jobs_through_the_operations(path):
    assert job_parts_used(path) == set(), f"{path.relative_to(ROOT)}: use desktop.operations"
