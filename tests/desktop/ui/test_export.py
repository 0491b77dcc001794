"""Exporting the PDF report from the window, off the UI thread."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.ui.export_dialog import default_file_name
from tests.desktop.ui.keys import type_text


def export_through_dialog(qtbot, window, start, target, look=None, timeout=20000) -> None:
    """Run ``start()``, answer its export dialog with ``target`` (after ``look(dialog)``),
    and wait until the file is written and the status bar says so."""

    def fill_dialog():
        dialog = QApplication.activeModalWidget()
        if look is not None:
            look(dialog)
        dialog.path.setText(str(target))
        dialog.accept()

    QTimer.singleShot(0, fill_dialog)
    start()
    qtbot.waitUntil(
        lambda: target.exists() and "Exported to" in window.statusBar().currentMessage(),
        timeout=timeout,
    )


def test_export_from_the_window(window, open_review, qtbot, tmp_path):
    open_review(
        {
            "profile.country": "Sénégal",
            "profile.organisation": "Réseau",
            "profile.language": "fr",
            "profile.contact_email": "secret@example.org",
            "obj05.rating": "limited",
        }
    )
    window.editor.show_page("obj05")
    type_text(window.editor.page("obj05").editor("obj05.gaps").focus_widget(), "Délais « longs »")
    target = tmp_path / "rapport.pdf"
    chosen = {}

    def look(dialog):
        chosen["language"] = dialog.export_language()

    export_through_dialog(qtbot, window, lambda: window.exports.export_review("pdf"), target, look)
    assert chosen["language"] == "fr", "the review's language is proposed"
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Délais « longs »" in text, "the unsaved, just typed text is exported"
    assert "secret@example.org" not in text
    assert "Table des matières" in text


def test_a_word_report_from_the_window(window, open_review, qtbot, tmp_path):
    """File › Export as Word…: the same dialog, the file written off the UI thread."""
    from docx import Document

    open_review(
        {"profile.country": "Chile", "profile.organisation": "Red", "obj05.rating": "limited"}
    )
    window.editor.show_page("obj05")
    type_text(window.editor.page("obj05").editor("obj05.gaps").focus_widget(), "Few visas")
    target = tmp_path / "informe.docx"
    seen = {}

    def look(dialog):
        seen["title"], seen["name"] = dialog.windowTitle(), dialog.path.text()

    export_through_dialog(qtbot, window, window.export_word_action.trigger, target, look)
    assert seen["title"] == "Export as Word" and seen["name"].endswith(".docx")
    text = "\n".join(p.text for p in Document(str(target)).paragraphs)
    assert "Few visas" in text, "the unsaved, just typed text is exported"


def test_default_file_names_are_safe():
    what = "GCM shadow review"
    assert default_file_name("Côte d'Ivoire", what) == "Côte d'Ivoire – GCM shadow review.pdf"
    assert default_file_name('a/b:c*?"', what) == "abc – GCM shadow review.pdf"
    assert default_file_name("", what) == "GCM shadow review.pdf"
    assert default_file_name("", "") == "report.pdf"


def test_import_from_the_window(window, qtbot, tmp_path, form):
    from exports.xlsx_writer import write_workbook
    from forms.review import Review
    from forms.sample import sample_answers

    answers = {
        **sample_answers(form),
        "profile.country": "Chile",
        "profile.organisation": "Red Andina",
    }  # a real review, not the sample
    good = write_workbook(
        form, Review("33333333-0000-4000-8000-000000000000", 1, answers),
        tmp_path / "member.xlsx",
    )  # fmt: skip
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook")
    assert window.start.import_button.isVisible()
    window.jobs.import_files([good, bad])
    qtbot.waitUntil(lambda: window.jobs.last_import is not None, timeout=20000)
    done, refused = window.jobs.last_import
    assert len(done) == 1 and re.fullmatch(
        r"member\.xlsx: imported as a new review [0-9a-f-]{36} \(\d+ answers\) · not signed",
        done[0],
    )
    assert refused == [f"{bad}: not an xlsx workbook (it is not a zip file)"]
    assert window.start.table.rowCount() == 1
    assert window.start.table.item(0, 0).text() == "Chile"
    results = window.jobs.results
    assert results is not None and results.isVisible()
    assert results.summary.text() == "1 of 2 files taken in, 1 not."
    assert results.table.rowCount() == 2 and results.table.item(1, 1).text() == "Refused"
    results.close()


def test_blank_questionnaire_from_the_window(window, qtbot, tmp_path, form):
    target = tmp_path / "questionnaire.pdf"

    def look(dialog):
        assert not dialog.confidential.isVisibleTo(dialog), "nothing confidential in a blank form"
        dialog.language.setCurrentIndex(dialog.language.findData("es"))

    export_through_dialog(qtbot, window, window.blank_action.trigger, target, look, 60000)
    text = " ".join(page.extract_text() for page in PdfReader(target).pages[:12])
    assert form.objectives.items[1].title.get("es")[:40] in " ".join(text.split())


@pytest.mark.parametrize("kind", ["pdf", "xlsx"])
def test_a_blank_questionnaire_without_the_sensitive_categories(
    window, qtbot, tmp_path, form, kind
):
    """File › Print a blank questionnaire… and Write a blank workbook…, option ticked."""
    from exports.xlsx_reader import read_workbook
    from forms.loader import load_form
    from forms.sensitive import sensitive_choices
    from tests.exports.test_blank_form import pdf_text, words

    target = tmp_path / f"blank.{kind}"
    labels = [c.label.get("fr") for c in sensitive_choices(form)]

    def look(dialog):
        assert dialog.sensitive.isVisibleTo(dialog) and not dialog.sensitive.isChecked()
        assert all(label in dialog.sensitive.accessibleDescription() for label in
                   (c.label.get("en") for c in sensitive_choices(form)))  # fmt: skip
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        dialog.sensitive.setChecked(True)

    action = window.blank_workbook_action if kind == "xlsx" else window.blank_action
    export_through_dialog(qtbot, window, action.trigger, target, look, 60000)
    if kind == "pdf":
        printed = words(pdf_text(target))
        assert not [label for label in labels if words(label) in printed]
        assert words(form.objectives.items[0].title.get("fr")) in printed
    else:
        contents = read_workbook(target, load_form)
        assert contents.kind == "template" and not contents.answers
        from tests.desktop.test_sensitive_template import _cells

        cells = _cells(target)
        assert not [label for label in labels if any(label in cell for cell in cells)]


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_the_short_version_from_the_window(window, open_review, qtbot, tmp_path, form, kind):
    """The export dialog's "Short version for submission": its own file name, a short report."""
    from tests.support import real_answers

    open_review(real_answers(form))
    seen = {}

    def look(dialog):
        assert dialog.short.isVisibleTo(dialog) and not dialog.short.isChecked()
        before = dialog.target().name
        dialog.short.setChecked(True)
        seen["names"] = (before, dialog.target().name)
        dialog.short.setChecked(False)
        assert dialog.target().name == before
        dialog.short.setChecked(True)

    target = tmp_path / f"short.{kind}"
    action = window.export_action if kind == "pdf" else window.export_word_action
    export_through_dialog(qtbot, window, action.trigger, target, look, 60000)
    before, after = seen["names"]
    assert after == before.replace(f".{kind}", f" – short version.{kind}")
    if kind == "pdf":
        assert len(PdfReader(target).pages) <= 10
        printed = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(target).pages)
        assert "Short version" in printed and "To submit with the official review" in printed


def test_a_workbook_has_no_short_version(window, open_review, qtbot):
    open_review()
    dialogs = []

    def look():
        dialog = QApplication.activeModalWidget()
        dialogs.append(dialog.short.isVisibleTo(dialog))
        dialog.reject()

    QTimer.singleShot(0, look)
    window.export_workbook_action.trigger()
    assert dialogs == [False]


def _press(text_part: str, button_text: str, seen: list[str]) -> None:
    def press():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        seen.append(box.text() + "\n" + box.informativeText())
        (button,) = [b for b in box.buttons() if button_text in b.text()]
        button.click()

    QTimer.singleShot(0, press)


def test_personal_data_is_flagged_before_an_export(window, open_review, qtbot, tmp_path):
    open_review(
        {
            "profile.country": "Sénégal",
            "profile.organisation": "Réseau",
            "obj05.rating": "limited",
            "obj05.assessment": "Awa (+221 77 123 45 67) told us about the raids.",
        }
    )
    target = tmp_path / "r.pdf"

    def fill_dialog():
        dialog = QApplication.activeModalWidget()
        dialog.path.setText(str(target))
        dialog.accept()
        _press("personal data", "Cancel", seen)

    seen: list[str] = []
    QTimer.singleShot(0, fill_dialog)
    window.exports.export_review("pdf")
    assert "personal data" in seen[0]
    where = "Objective 5 › What civil society observes"
    assert f"{where}: a telephone number (\u202a+22…67\u202c)" in seen[0]
    qtbot.wait(200)
    assert not target.exists(), "cancelled: nothing exported"

    def fill_again():
        dialog = QApplication.activeModalWidget()
        dialog.path.setText(str(target))
        dialog.accept()
        _press("personal data", "Export anyway", seen)

    QTimer.singleShot(0, fill_again)
    window.exports.export_review("pdf")
    qtbot.waitUntil(target.exists, timeout=20000)
