"""A coalition lead's whole job in the window, compared with ``gcm-review merge`` on the same files.

Twelve practice member workbooks (written by ``gcm-review demo --contributions``)
are added from a folder to a new coalition review made in the window; the
results table says of each file what the command line says; the coalition's
PDF and workbook exported from the window hold what the command line exports.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog

from desktop.store import Store
from desktop.ui.export_dialog import ExportDialog
from desktop.ui.main_window import MainWindow
from exports.xlsx_reader import read_workbook
from forms.loader import load_form
from tests.desktop.test_trusted_imports_cli import gcm

NAME = "Practice network"
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@pytest.fixture(scope="module")
def practice(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("practice")
    done = gcm("demo", "--contributions", "12", "-o", folder, "--db", folder / "unused.db")
    assert done.code == 0, done.err
    assert len(list(folder.glob("*.xlsx"))) == 12
    return folder


@pytest.fixture
def workshop_window(qtbot, tmp_path):
    """The window of ``gcm-review --demo``: practice files belong in its coalitions."""
    store = Store(tmp_path / "window.db")
    window = MainWindow(store, workshop_mode=True)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    store.close()


def _export(window, qtbot, monkeypatch, action, target: Path) -> None:
    def accept(dialog: QDialog) -> int:
        assert isinstance(dialog, ExportDialog)
        dialog.path.setText(str(target))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QDialog, "exec", accept)
    action.trigger()
    qtbot.waitUntil(target.exists, timeout=60000)
    qtbot.waitUntil(lambda: window.task is None or not window.task.running(), timeout=60000)


def _pdf_text(path: Path) -> str:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    return UUID.sub("ID", text)


def _sheets(path: Path) -> dict[str, list[tuple]]:
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        sheets = {
            sheet.title: [
                tuple(UUID.sub("ID", v) if isinstance(v, str) else v for v in row)
                for row in sheet.iter_rows(values_only=True)
            ]
            for sheet in book.worksheets
        }
    finally:
        book.close()
    # When it was written, and by which copy of the program: all the rest must agree.
    sheets["_meta"] = [row for row in sheets["_meta"] if row[0] not in {"exported", "app_version"}]
    return sheets


def test_a_coalition_in_the_window_matches_the_command_line(
    workshop_window, qtbot, tmp_path, practice, monkeypatch
):
    window = workshop_window
    files = sorted(practice.glob("*.xlsx"), key=lambda p: p.name.lower())

    # The command line, on its own database.
    cli_db = tmp_path / "cli.db"
    merged = gcm("merge", "--sample", "--coalition", NAME, *files, "--db", cli_db)
    assert merged.code == 0, merged.err
    said = [line for line in merged.out.splitlines() if line.startswith(str(practice))]
    assert len(said) == 12

    # The window: File › New coalition review…, then Add a folder of workbooks…
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *_a: (NAME, True)))
    window.coalition_action.trigger()
    assert window.editor.current_page == "contributions"
    chosen = staticmethod(lambda *_a: str(practice))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", chosen)
    window.editor.contributions_page.add_folder_button.click()
    qtbot.waitUntil(lambda: window.jobs.last_results is not None, timeout=120000)
    results = window.jobs.results
    assert results is not None and results.isVisible()
    table = results.table
    assert table.rowCount() == 12
    shown = [f"{row.where}: {row.details}" for row in results.rows]
    assert shown == said, "the same words, file by file"
    statuses = [table.item(i, 1).text() for i in range(12)]
    assert statuses == ["Taken in"] * 10 + ["Nothing changed"] * 2, "the duplicate, the older draft"
    assert "2 of them changed nothing" in results.summary.text()
    results.close()

    coalition_id = window.session.review_id
    with Store(cli_db) as store:
        (cli_id,) = [s.id for s in store.list() if s.kind == "coalition"]
        cli_members = [(c.organisation, c.revision, c.answers) for c in store.contributions(cli_id)]
    members = [
        (c.organisation, c.revision, c.answers) for c in window.store.contributions(coalition_id)
    ]
    assert members == cli_members
    assert window.editor.contributions_page.table.rowCount() == len(cli_members)

    # The coalition's PDF and workbook, from the window and from the command line.
    pdf, xlsx = tmp_path / "window.pdf", tmp_path / "window.xlsx"
    _export(window, qtbot, monkeypatch, window.export_action, pdf)
    _export(window, qtbot, monkeypatch, window.export_workbook_action, xlsx)
    cli_pdf, cli_xlsx = tmp_path / "cli.pdf", tmp_path / "cli.xlsx"
    exported = gcm("export", cli_id, "--pdf", cli_pdf, "--xlsx", cli_xlsx, "--db", cli_db)
    assert exported.code == 0, exported.err
    assert _pdf_text(pdf) == _pdf_text(cli_pdf)
    assert _sheets(xlsx) == _sheets(cli_xlsx)
    assert read_workbook(xlsx, load_form).kind == "coalition"


def test_cancelling_a_merge_keeps_what_was_added_and_says_what_was_not_read(
    workshop_window, qtbot, practice, monkeypatch
):
    from desktop import importing

    window = workshop_window
    coalition = window.store.coalition(NAME, sample=True)
    assert window.open_review(coalition)
    files = sorted(practice.glob("*.xlsx"))
    adding = importing.add_member_workbook
    calls: list[Path] = []

    def add_then_cancel(*args, **kwargs):
        result = adding(*args, **kwargs)
        calls.append(args[2])
        if len(calls) == 2:
            window.task.worker.cancel()  # Cancel pressed while the second file is read
        return result

    monkeypatch.setattr(importing, "add_member_workbook", add_then_cancel)
    window.jobs.merge_files(files)
    qtbot.waitUntil(lambda: window.jobs.last_results is not None, timeout=60000)
    statuses = [window.jobs.results.table.item(i, 1).text() for i in range(12)]
    assert statuses == ["Taken in"] * 2 + ["Not read"] * 10
    assert len(window.store.contributions(coalition)) == 2, "what was added stays"


def test_closing_the_window_during_a_merge_shows_no_results_afterwards(
    workshop_window, qtbot, practice, monkeypatch
):
    import threading

    from desktop import importing

    window = workshop_window
    coalition = window.store.coalition(NAME, sample=True)
    assert window.open_review(coalition)
    adding = importing.add_member_workbook
    started = threading.Event()

    def slow(*args, **kwargs):
        started.set()
        return adding(*args, **kwargs)

    monkeypatch.setattr(importing, "add_member_workbook", slow)
    window.jobs.merge_files(sorted(practice.glob("*.xlsx")))
    assert started.wait(10)
    window.close()
    qtbot.wait(200)  # the cancelled job's last signals are delivered
    assert window.jobs.results is None, "no table pops up over a closed window"
    assert window.jobs.last_results is None
