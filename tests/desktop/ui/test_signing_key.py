"""Settings › Signing key… and a signed workbook exported from the window."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from desktop.store import Store
from exports.signing import Verdict, fingerprint
from exports.xlsx_reader import read_workbook
from forms.loader import load_form
from tests.desktop.ui.test_export import export_through_dialog


def test_the_key_is_made_once_with_the_organisations_name(window, open_review, qtbot, db_path):
    open_review({"profile.country": "Chile", "profile.organisation": "Red Andina"})
    asked = []

    def answer():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        asked.append(dialog.textValue())
        dialog.setTextValue("Red Andina de Migraciones")
        dialog.accept()

    QTimer.singleShot(0, answer)
    window.signing_key_action.trigger()
    assert asked == ["Red Andina"], "the open review's organisation is offered"
    with Store(db_path) as store:
        key = store.signing_key()
    assert key is not None and key.organisation == "Red Andina de Migraciones"
    shown = window.signing.last_shown
    qtbot.waitUntil(lambda: shown.isVisible())
    assert fingerprint(key.public) in shown.text()
    shown.accept()
    window.signing_key_action.trigger()  # a key: shown, never made again
    assert window.signing.last_shown is not shown and fingerprint(key.public) in (
        window.signing.last_shown.text()
    )
    window.signing.last_shown.accept()
    with Store(db_path) as store:
        assert store.signing_key() == key


def test_a_workbook_exported_from_the_window_is_signed(window, open_review, qtbot, tmp_path):
    window.store.create_signing_key("Red Andina")
    open_review({"profile.country": "Chile", "profile.organisation": "Red Andina"})
    seen = []

    def look(dialog):
        seen.append((dialog.sign.isVisibleTo(dialog), dialog.sign.isChecked(), dialog.sign.text()))

    target = tmp_path / "signed.xlsx"
    export_through_dialog(qtbot, window, window.export_workbook_action.trigger, target, look)
    ((visible, checked, label),) = seen
    assert visible and checked and "Red Andina, key " in label
    signature = read_workbook(target, load_form).signature
    assert signature.verdict is Verdict.VERIFIED and signature.signed_by == "Red Andina"


def test_without_a_key_nothing_offers_to_sign(window, open_review, qtbot, tmp_path):
    open_review()
    seen = []
    target = tmp_path / "plain.xlsx"
    export_through_dialog(
        qtbot, window, window.export_workbook_action.trigger, target,
        lambda dialog: seen.append(dialog.sign.isVisibleTo(dialog)),
    )  # fmt: skip
    assert seen == [False]
    assert read_workbook(target, load_form).signature.verdict is Verdict.UNSIGNED


def test_a_report_exported_from_the_window_is_signed_and_checked(
    window, open_review, qtbot, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    window.store.create_signing_key("Red Andina")
    open_review({"profile.country": "Chile", "profile.organisation": "Red Andina"})
    seen = []

    def look(dialog):
        seen.append((dialog.sign.isVisibleTo(dialog), dialog.sign.isChecked()))

    target = tmp_path / "informe.pdf"
    export_through_dialog(qtbot, window, window.export_action.trigger, target, look)
    assert seen == [(True, True)]
    signature = tmp_path / "informe.pdf.sig"
    assert signature.is_file()
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(target.read_bytes() + b"\n")
    (tmp_path / "changed.pdf.sig").write_bytes(signature.read_bytes())
    chosen = [str(target), str(changed)]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: (chosen, "")))
    window.check_action.trigger()
    qtbot.waitUntil(lambda: window.jobs.results is not None and window.jobs.results.isVisible(),
                    timeout=20000)  # fmt: skip
    taken, refused = window.jobs.last_import
    assert refused == []
    assert taken[0].startswith("informe.pdf: ") and taken[0].endswith(": verified")
    assert "signed by Red Andina (key " in taken[0]
    assert taken[1].endswith("signature does not match: changed after signing")
