"""Importing and merging from the window: every file read, nothing believed on its word.

A file that cannot be read never stops the others; a file that would replace a
review's organisation or most of its answers waits for a yes in a dialog;
problems are listed within a bound; a coalition takes a member's corrected file
in place of the first and refuses its own export.
"""

from __future__ import annotations

import uuid

import openpyxl
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import backups
from exports.xlsx_writer import write_workbook
from forms.review import Review
from tests.support import real_answers
from tests.workbook_cells import answer_cell, sheet_of
from tests.workbook_surgery import patch_headers, rewrite, sheet_part

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _export(form, tmp_path, name="export.xlsx", review_id=None, answers=None, revision=2):
    review = Review(review_id or str(uuid.uuid4()), form.version,
                    answers or real_answers(form), revision=revision)  # fmt: skip
    return write_workbook(form, review, tmp_path / name, include_confidential=True)


def _wait_for_summary(window, qtbot):
    qtbot.waitUntil(lambda: window.jobs.last_import is not None, timeout=30000)
    assert not window.task.running() and not window.task.dialog.isVisible()
    done, refused = window.jobs.last_import
    for box in window.findChildren(QMessageBox):
        box.close()
    return done, refused


def _answer(button_text: str, seen: list[str]) -> QTimer:
    """Press ``button_text`` in the next confirmation that appears (the dialog is modal)."""
    timer = QTimer()
    timer.setInterval(50)

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and "replace" in box.text():
            timer.stop()
            seen.append("\n".join((box.text(), box.informativeText(), box.detailedText())))
            (button,) = [b for b in box.buttons() if button_text in b.text().replace("&", "")]
            button.click()

    timer.timeout.connect(look)
    timer.start()
    return timer


def test_a_file_that_cannot_be_read_does_not_stop_the_others(window, qtbot, tmp_path, form):
    good = _export(form, tmp_path, "good.xlsx")
    encrypted = rewrite(good, tmp_path / "encrypted.xlsx")
    part = sheet_part(encrypted, "objectives")
    patch_headers(encrypted, part, flags=0x1)
    other = _export(form, tmp_path, "other.xlsx")
    window.jobs.import_files([encrypted, good, other])
    done, refused = _wait_for_summary(window, qtbot)
    assert len(done) == 2 and all("imported as a new review" in line for line in done)
    assert len(refused) == 1 and "encrypted" in refused[0] and part in refused[0]
    assert window.start.table.rowCount() == 2


def test_a_fault_in_one_file_is_logged_and_told_and_the_next_is_read(
    window, qtbot, tmp_path, form, monkeypatch
):
    import exports.xlsx_reader as reader

    faulty = _export(form, tmp_path, "faulty.xlsx")
    good = _export(form, tmp_path, "good.xlsx")
    real_read = reader.read_workbook

    def read(path, loader, *more):
        if path.name == "faulty.xlsx":
            raise RuntimeError("a fault nobody foresaw")
        return real_read(path, loader, *more)

    monkeypatch.setattr(reader, "read_workbook", read)
    window.jobs.import_files([faulty, good])
    done, refused = _wait_for_summary(window, qtbot)
    assert len(done) == 1 and "good.xlsx" in done[0]
    (told,) = refused
    assert "faulty.xlsx" in told and "RuntimeError" in told and "gcm-review.log" in told


@pytest.mark.parametrize("answer", ["Keep what is here", "Replace"])
def test_a_file_that_would_replace_another_organisation_waits_for_a_yes(
    window, qtbot, tmp_path, form, answer
):
    review = window.store.create(real_answers(form))
    path = write_workbook(form, review, tmp_path / "ours.xlsx", include_confidential=True)
    book = openpyxl.load_workbook(path)
    answer_cell(sheet_of(book, "profile"), "organisation").value = "Someone Else"
    book.save(path)
    before = window.store.get(review.id).answers
    seen: list[str] = []
    timer = _answer(answer, seen)
    window.jobs.import_files([path])
    done, refused = _wait_for_summary(window, qtbot)
    timer.stop()
    (asked,) = seen
    assert "ours.xlsx" in asked and "Someone Else" in asked and "edited by hand" in asked
    after = window.store.get(review.id).answers
    if answer == "Replace":
        assert after["profile.organisation"] == "Someone Else"
        assert len(done) == 1 and "edited by hand after export" in done[0] and not refused
        assert [b.reason for b in backups.list_backups(window.store.path)] == ["before-import"]
    else:
        assert after == before, "nothing applied without a yes"
        assert not done and len(refused) == 1 and "not applied" in refused[0]
        assert backups.list_backups(window.store.path) == []


def test_many_problems_are_listed_within_a_bound(window, qtbot, tmp_path, form):
    good = _export(form, tmp_path, "good.xlsx")
    rows = "".join(
        f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>nobody{n}</t></is></c>'
        f'<c r="B{n}" t="inlineStr"><is><t>a citation</t></is></c></row>'
        for n in range(5, 5005)
    )
    keys = "".join(
        f'<c r="{col}1" t="inlineStr"><is><t>{key}</t></is></c>'
        for col, key in zip("ABC", ("id", "citation", "link"), strict=True)
    )
    xml = (f'<worksheet xmlns="{MAIN}"><sheetData><row r="1">{keys}</row>{rows}'
           "</sheetData></worksheet>").encode()  # fmt: skip
    part = sheet_part(good, "sources")
    many = rewrite(good, tmp_path / "many.xlsx", {part: lambda _: xml})
    window.jobs.import_files([many])
    _done, (entry,) = _wait_for_summary(window, qtbot)
    lines = entry.splitlines()
    assert len(lines) == 51 and lines[-1].endswith("more problems"), lines[-3:]


def test_a_coalition_takes_a_corrected_file_and_refuses_its_own_export(
    window, qtbot, tmp_path, form
):
    member = _export(form, tmp_path, "member.xlsx")
    coalition = window.store.coalition("Plateforme des migrations")
    window.open_review(coalition)
    window.jobs.merge_files([member])
    done, refused = _wait_for_summary(window, qtbot)
    assert done and ": added" in done[0] and not refused
    book = openpyxl.load_workbook(member)
    answer_cell(
        sheet_of(book, "objectives"), "assessment", "obj02"
    ).value = "Corrected by the member."
    book.save(member)
    own = write_workbook(form, window.store.get(coalition), tmp_path / "own.xlsx")
    window.jobs.last_import = None
    window.jobs.merge_files([member, own])
    done, refused = _wait_for_summary(window, qtbot)
    assert done == [
        "member.xlsx: Red Andina de Migraciones: replaced by its corrected file"
        " (edited by hand after export) · not signed"
    ]
    assert len(refused) == 1 and "own export" in refused[0]
    (kept,) = window.store.contributions(coalition)
    assert kept.answers["obj02.assessment"] == "Corrected by the member." and kept.edited
