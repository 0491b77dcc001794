"""A coalition review in the editor: contributions, member voices, taking one over."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from forms.merge import Contribution
from tests.desktop.ui.conftest import wait_saved


def test_coalition_editor_shows_members_and_takes_over_a_voice(window, qtbot, form):
    store = window.store
    coalition = store.coalition("Veridia Coalition")
    members = [
        Contribution("a", "Réseau A", 2, {"obj05.rating": "regression",
                                          "obj05.assessment": "Pire."}),
        Contribution("b", "Collective B", 1, {"obj05.rating": "substantial",
                                              "obj05.assessment": "Much better in the north."}),
    ]  # fmt: skip
    for m in members:
        assert store.add_contribution(coalition, m.review_id, m.organisation, m.revision,
                                      m.answers, f"{m.review_id}.xlsx") == "added"  # fmt: skip
    window.open_review(coalition)
    editor = window.editor
    assert editor.page_order[:2] == ["overview", "contributions"]
    editor.show_page("contributions")
    page = editor._scrolls["contributions"].widget()
    assert page.table.rowCount() == 2
    assert {page.table.item(r, 0).text() for r in range(2)} == {"Réseau A", "Collective B"}
    assert page.table.item(0, 1).text()[:2] == "20", "the date each contribution arrived"

    editor.show_page("obj05")
    objective = editor.page("obj05")
    panel = objective.member_voices
    assert panel is not None and panel.table.rowCount() == 2
    assert "disagree" in " ".join(w.text() for w in panel.findChildren(type(objective.title_label)))
    assert not panel.take_button.isEnabled()
    row = next(r for r in range(2) if panel.table.item(r, 0).text() == "Collective B")
    panel.table.selectRow(row)
    qtbot.mouseClick(panel.take_button, Qt.MouseButton.LeftButton)
    assert objective.editor("obj05.assessment").value() == "Much better in the north."
    assert objective.editor("obj05.rating").value() == "substantial"
    wait_saved(qtbot, window)
    saved = store.get(coalition)
    assert saved.get("obj05.assessment") == "Much better in the north."
    assert editor.page("obj06").member_voices is None, "no member spoke about objective 6"


def test_adding_member_workbooks_from_the_app(window, qtbot, form, tmp_path):
    from exports.xlsx_writer import write_workbook
    from forms.review import Review
    from forms.sample_contributions import member_files

    paths = []
    for member in member_files(form, 5):
        review = Review(member.review_id, form.version, member.answers, revision=member.revision)
        paths.append(write_workbook(form, review, tmp_path / member.file_name))
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a workbook")
    coalition = window.store.coalition("Sahel network", sample=True)  # practice files
    window.open_review(coalition)
    window.jobs.merge_files([*paths, broken])
    qtbot.waitUntil(lambda: window.jobs.last_import is not None, timeout=20000)
    done, refused = window.jobs.last_import
    assert [line.split(": ", 2)[2] for line in done] == [  # the command line's words
        "added · not signed", "added · not signed", "added · not signed",
        "the same contribution was already received: not counted again · not signed",
        "an older revision than the one received: not used · not signed",
    ]  # fmt: skip
    assert len(refused) == 1 and "broken.xlsx" in refused[0]
    assert window.editor.current_page == "contributions"
    assert window.editor.contributions_page.table.rowCount() == 3
    for box in window.findChildren(QMessageBox):
        box.close()


def test_coalition_pdf_from_the_app_credits_members(window, qtbot, tmp_path):
    from pypdf import PdfReader
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    store = window.store
    coalition = store.coalition("Andes network")
    store.add_contribution(coalition, "m1", "Red Andina", 1, {"obj07.rating": "none"}, "m1.xlsx")
    window.open_review(coalition)
    target = tmp_path / "coalition.pdf"

    def fill_dialog():
        dialog = QApplication.activeModalWidget()
        dialog.path.setText(str(target))
        dialog.accept()

    QTimer.singleShot(0, fill_dialog)
    window.exports.export_review("pdf")
    qtbot.waitUntil(lambda: "Exported to" in window.statusBar().currentMessage(), timeout=20000)
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Across the member organisations" in text and "Red Andina" in text
    assert "Contributing organisations" in text
