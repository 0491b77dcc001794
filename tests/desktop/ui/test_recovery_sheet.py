"""The recovery key saved as a page to print: a real PDF, read back with pdftotext."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.database_key import new_key, recovery_key, recovery_text
from desktop.ui.passphrase_dialogs import RecoveryKeyDialog


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_the_page_to_print_holds_the_key_and_says_to_delete_it(qtbot, tmp_path, monkeypatch):
    key = recovery_text(new_key())
    dialog = RecoveryKeyDialog(key, database=tmp_path / "reviews.db")
    qtbot.addWidget(dialog)
    target = tmp_path / "key"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    saved = dialog.save_sheet(key)
    assert saved == tmp_path / "key.pdf" and saved.read_bytes().startswith(b"%PDF")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
    text = subprocess.run(
        ["pdftotext", "-layout", str(saved), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = unicodedata.normalize("NFKC", text)  # the "fi" ligature of the font
    found = [line.strip() for line in text.splitlines() if recovery_key(line.strip())]
    assert found == [key], "the key, whole, on one line"
    assert "reviews.db" in text and "Delete the file once it is printed" in text
    assert told and "delete the file" in told[0]
    pages = subprocess.run(["pdfinfo", str(saved)], capture_output=True, text=True).stdout
    assert "Pages:           1" in pages


def test_a_page_that_cannot_be_written_says_so(qtbot, tmp_path, monkeypatch):
    key = recovery_text(new_key())
    dialog = RecoveryKeyDialog(key)
    qtbot.addWidget(dialog)
    target = tmp_path / "missing folder" / "key.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    assert dialog.save_sheet(key) is None
    assert warned and "key.pdf" in warned[0]
    assert not target.parent.exists()
