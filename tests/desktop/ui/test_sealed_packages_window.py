"""A member exports a sealed package for the coalition lead and the lead merges it, in the
windows of both (Settings › Coalition key…, File › Export for the coalition lead…, Add member
workbooks…)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

from desktop.store import Store
from desktop.ui.export_dialog import ExportDialog
from desktop.ui.main_window import MainWindow
from exports.lead_key import read_public_key
from exports.sealed_package import is_package
from tests.desktop.ui.test_export import export_through_dialog

MEMBER = "Colectivo Migrante del Sur"


def test_a_member_seals_a_package_and_the_lead_merges_it(qtbot, tmp_path, monkeypatch):
    lead_store = Store(tmp_path / "lead" / "reviews.db")
    lead = MainWindow(lead_store)
    qtbot.addWidget(lead)
    lead.show()
    coalition = lead_store.coalition("Red Andina")
    assert lead.open_review(coalition)

    def name_the_coalition():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        assert dialog.textValue() == "Red Andina", "the open coalition's name is offered"
        dialog.accept()

    QTimer.singleShot(0, name_the_coalition)
    lead.lead_key_action.trigger()
    shown = lead.lead_key.last_shown
    qtbot.waitUntil(shown.isVisible)
    key = lead_store.lead_key()
    assert key is not None and key.public.fingerprint in shown.text()
    public_file = tmp_path / "andina.gcmkey"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(public_file), ""))
    )
    write = next(b for b in shown.buttons() if "public key file" in b.text())
    write.click()
    assert read_public_key(public_file) == key.public
    shown.accept()

    member_store = Store(tmp_path / "member" / "reviews.db")
    member = MainWindow(member_store)
    qtbot.addWidget(member)
    member.show()
    review = member_store.create(
        {"profile.country": "Chile", "profile.organisation": MEMBER, "profile.language": "es"}
    )
    assert member.open_review(review.id)
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No
    )
    member.package_action.trigger()
    assert asked and "signing key" in asked[0], "a package needs the member's signing key"
    member_store.create_signing_key(MEMBER)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(public_file), ""))
    )
    seen = []

    def look(dialog):
        assert isinstance(dialog, ExportDialog)
        seen.append((dialog.windowTitle(), dialog.target().name, dialog.sign.isVisibleTo(dialog)))

    package = tmp_path / "sur.gcmpkg"
    export_through_dialog(qtbot, member, member.package_action.trigger, package, look)
    title, suggested, sign_shown = seen[0]
    assert title == "Export for the coalition lead"
    assert suggested.endswith(" – for Red Andina.gcmpkg") and not sign_shown
    assert is_package(package) and MEMBER.encode() not in package.read_bytes()

    lead.jobs.merge_files([package])
    qtbot.waitUntil(lambda: lead.jobs.results is not None and lead.jobs.results.isVisible(),
                    timeout=20000)  # fmt: skip
    (taken,), refused = lead.jobs.last_import
    assert refused == []
    assert f"signed by {MEMBER} (key " in taken and "verified" in taken
    assert "opened from a sealed package" in taken
    assert [c.organisation for c in lead_store.contributions(coalition)] == [MEMBER]
    for window, store in ((member, member_store), (lead, lead_store)):
        window.close()
        store.close()
