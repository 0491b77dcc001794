"""Exporting the PDF report from the window, off the UI thread."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.ui.export_dialog import default_file_name
from tests.desktop.ui.keys import type_text


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

    def fill_dialog():
        dialog = QApplication.activeModalWidget()
        chosen["language"] = dialog.export_language()
        dialog.path.setText(str(target))
        dialog.accept()

    QTimer.singleShot(0, fill_dialog)
    window.export_pdf()
    assert chosen["language"] == "fr", "the review's language is proposed"
    qtbot.waitUntil(
        lambda: target.exists() and "Exported to" in window.statusBar().currentMessage(),
        timeout=20000,
    )
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Délais « longs »" in text, "the unsaved, just typed text is exported"
    assert "secret@example.org" not in text
    assert "Table des matières" in text


def test_default_file_names_are_safe():
    assert default_file_name("Côte d'Ivoire", "x") == "Côte d'Ivoire – GCM shadow review.pdf"
    assert default_file_name('a/b:c*?"', "") == "abc – GCM shadow review.pdf"
    assert default_file_name("", "") == "GCM shadow review.pdf"
