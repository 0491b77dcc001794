"""Files an export writes: named for their language, and never replaced without a question."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from desktop.ui.export_dialog import ExportDialog, default_file_name, report_file_name
from forms.review import Review


def test_default_file_names_carry_the_language_and_the_sample_mark():
    what = "GCM shadow review"
    assert default_file_name("Chile", what, lang="ar") == "Chile – GCM shadow review – ar.pdf"
    assert default_file_name("Chile", what, lang="en") != default_file_name("Chile", what, "ar")
    assert default_file_name("Veridia", what, lang="en", sample="SAMPLE") == (
        "SAMPLE – Veridia – GCM shadow review – en.pdf"
    )


def test_a_report_is_named_in_its_own_language(form):
    """Not "… – GCM shadow review.pdf" for a French report: its title and sample mark in French."""
    review = Review("r", form.version, {"profile.country": "Veridia"}, sample=True)
    assert report_file_name(form, review, "fr", "docx") == (
        f"EXEMPLE – Veridia – {form.title.get('fr')} – fr.docx"
    )
    assert (
        report_file_name(form, review, "es")
        == f"EJEMPLO – Veridia – {form.title.get('es')} – es.pdf"
    )
    arabic = report_file_name(form, review, "ar")
    assert arabic == f"نسخة تجريبية – Veridia – {form.title.get('ar')} – ar.pdf"


def test_the_suggested_name_follows_the_language_until_another_is_typed(qtbot, form, tmp_path):
    def name_for(lang: str) -> str:
        return default_file_name("Chile", "GCM shadow review", lang=lang)

    dialog = ExportDialog(form, tmp_path / name_for("en"), "en", "en", name_for=name_for)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    assert dialog.target() == tmp_path / "Chile – GCM shadow review – ar.pdf"
    dialog.path.setText(str(tmp_path / "for the ministry.pdf"))
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert dialog.target().name == "for the ministry.pdf", "a name typed is kept"


def test_an_existing_file_is_replaced_only_when_the_person_says_so(window, tmp_path, monkeypatch):
    existing = tmp_path / "report.pdf"
    existing.write_bytes(b"the report sent last week")
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    assert not window.exports.writable(existing)
    assert asked and "report.pdf" in asked[0]
    answer[0] = QMessageBox.StandardButton.Yes
    assert window.exports.writable(existing)
    new = tmp_path / "new.pdf"
    assert window.exports.writable(new) and len(asked) == 2, "a new file: no question"
    assert existing.read_bytes() == b"the report sent last week"
