"""The Workshop menu: a practice coalition and practice member workbooks, with no command line.

A trainer could write practice member files only with ``gcm-review demo
--contributions``, and a coalition that takes them only in a window opened
with ``--demo``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from desktop.workshop import PRACTICE_MEMBERS
from exports.xlsx_reader import read_workbook
from forms.loader import load_form


def _practice_coalition(window, qtbot) -> None:
    window.practice_coalition_action.trigger()
    qtbot.waitUntil(lambda: window.session is not None, timeout=30000)


def test_a_practice_coalition_opens_with_its_member_workbooks_ready(window, qtbot, monkeypatch):
    _practice_coalition(window, qtbot)
    workshop = window.workshop
    assert workshop is not None and workshop.coalition
    assert window.session.review.kind == "coalition" and window.session.review.sample
    assert window.editor.current_page == "contributions"
    files = sorted(workshop.practice_folder.glob("*.xlsx"))
    assert len(files) == PRACTICE_MEMBERS
    assert str(workshop.practice_folder) in window.statusBar().currentMessage()
    assert window.title.banner.isVisible(), "a workshop copy is said in the window"
    assert window.store.list(archived=None) == [], "the real database is not touched"

    asked: list[str] = []

    def pick(_parent, _title, folder, _filter):
        asked.append(folder)
        return [str(p) for p in files], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(pick))
    window.editor.add_contributions_requested.emit()
    qtbot.waitUntil(lambda: window.jobs.last_import is not None, timeout=60000)
    assert asked == [str(workshop.practice_folder)], "the picker opens on the practice files"
    done, refused = window.jobs.last_import
    assert len(done) + len(refused) == PRACTICE_MEMBERS and len(done) >= PRACTICE_MEMBERS - 2
    window.close_review()
    assert not workshop.folder.exists(), "the practice copy is thrown away on closing"


def test_reset_of_a_practice_coalition_opens_a_fresh_one(window, qtbot, monkeypatch):
    _practice_coalition(window, qtbot)
    first = window.workshop
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *_a: QMessageBox.StandardButton.Reset)
    )
    window.reset_action.trigger()
    qtbot.waitUntil(
        lambda: window.workshop is not None and window.workshop is not first, timeout=30000
    )
    assert window.workshop.coalition and not first.folder.exists()
    assert window.editor.current_page == "contributions"


def _answer(monkeypatch, count: int | None, folder: Path | None, replace: bool = False):
    asked: list[str] = []

    def get_int(*_args, **_kwargs):
        asked.append("count")
        return (count or 0, count is not None)

    def get_folder(*_args, **_kwargs):
        asked.append("folder")
        return str(folder) if folder else ""

    def question(*_args, **_kwargs):
        asked.append("replace?")
        return QMessageBox.StandardButton.Yes if replace else QMessageBox.StandardButton.No

    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(get_int))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(get_folder))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: asked.append(a[2])))
    return asked


def _settle(window, qtbot) -> None:
    if window.task is not None:
        qtbot.waitUntil(lambda: not window.task.running(), timeout=30000)
    qtbot.wait(20)


def test_practice_member_workbooks_are_written_where_asked(window, qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "hand-outs"
    folder.mkdir()
    asked = _answer(monkeypatch, 5, folder)
    window.practice_files_action.trigger()
    _settle(window, qtbot)
    files = sorted(folder.glob("*.xlsx"))
    assert len(files) == 5
    assert asked[:2] == ["count", "folder"] and str(folder) in asked[-1]
    for path in files:
        assert read_workbook(path, load_form).sample, f"{path.name} is marked SAMPLE"
    assert window.store.list(archived=None) == [], "nothing is put in the database"


def test_practice_files_already_there_are_replaced_only_when_asked(
    window, qtbot, tmp_path, monkeypatch
):
    folder = tmp_path / "hand-outs"
    _answer(monkeypatch, 3, folder)
    window.practice_files_action.trigger()
    _settle(window, qtbot)
    first = folder / "member-001.xlsx"
    first.write_bytes(b"the trainer's own file")
    asked = _answer(monkeypatch, 3, folder, replace=False)
    window.practice_files_action.trigger()
    _settle(window, qtbot)
    assert asked == ["count", "folder", "replace?"]
    assert first.read_bytes() == b"the trainer's own file", "kept when the answer is no"
    _answer(monkeypatch, 3, folder, replace=True)
    window.practice_files_action.trigger()
    _settle(window, qtbot)
    assert read_workbook(first, load_form).sample


def test_nothing_is_written_when_the_trainer_cancels(window, qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "hand-outs"
    folder.mkdir()
    asked = _answer(monkeypatch, None, folder)
    window.practice_files_action.trigger()
    _settle(window, qtbot)
    assert asked == ["count"] and list(folder.iterdir()) == []
    asked = _answer(monkeypatch, 4, None)
    window.practice_files_action.trigger()
    _settle(window, qtbot)
    assert asked == ["count", "folder"] and list(folder.iterdir()) == []
