"""Coalition work and workbook exports in the window, with no command line."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QInputDialog

from desktop.ui.export_dialog import ExportDialog
from exports.xlsx_reader import read_workbook
from exports.xlsx_writer import write_workbook
from forms.loader import load_form
from forms.review import Review
from forms.sample_contributions import member_files


def _answer_export(monkeypatch, target: Path) -> None:
    """The export dialog, filled as a person would: this file, then Export."""

    def accept(dialog: QDialog) -> int:
        assert isinstance(dialog, ExportDialog) and dialog.kind == "xlsx"
        dialog.path.setText(str(target))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QDialog, "exec", accept)


def test_a_coalition_is_made_fed_and_exported_from_the_window(
    window, qtbot, tmp_path, form, monkeypatch
):
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *_a: ("  Red  Sahel ", True)))
    window.coalition_action.trigger()
    assert window.session is not None and window.session.review.kind == "coalition"
    assert window.editor.current_page == "contributions"
    coalition_id = window.session.review_id
    assert window.session.answers["profile.organisation"] == "Red Sahel"
    window.coalition_action.trigger()  # the same name again: the same review
    assert window.session.review_id == coalition_id
    assert [s.id for s in window.store.list() if s.kind == "coalition"] == [coalition_id]

    practice = []
    for member in member_files(form, 5)[:3]:
        answers = {**member.answers, "profile.country": "Mali"}  # real members, not practice
        review = Review(member.review_id.replace("5a3b1e5a3b1e", "0123456789ab"), form.version,
                        answers, revision=member.revision)  # fmt: skip
        practice.append(write_workbook(form, review, tmp_path / member.file_name))
    window.jobs.merge_files(practice)
    qtbot.waitUntil(lambda: window.jobs.last_import is not None, timeout=30000)
    done, refused = window.jobs.last_import
    assert len(done) == 3 and not refused

    target = tmp_path / "coalition.xlsx"
    _answer_export(monkeypatch, target)
    window.export_workbook_action.trigger()
    qtbot.waitUntil(target.exists, timeout=30000)
    contents = read_workbook(target, load_form)
    assert contents.review_id == coalition_id and contents.kind == "coalition"
    import openpyxl

    book = openpyxl.load_workbook(target, read_only=True)
    rows = list(book["contributions"].iter_rows(min_row=3, values_only=True))
    assert len(rows) == 3, "every member credited"
    book.close()
