"""No English reaches a French, Spanish or Arabic reader of what the application writes.

A review answering every question is exported by the ``gcm-review`` command in
each language — the PDF and Word reports, the workbook, the text of ``show``,
the blank questionnaire (workbook and PDF) — and every line is checked for
English words left in it. The ``_meta`` sheet is the workbook's machine-readable
part (hidden, and read back by imports): its keys stay as they are.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from desktop.store import Store
from exports.xlsx_layout import META_SHEET
from forms.loader import load_form
from tests.english_words import english_left
from tests.support import every_field_answers

SCRIPT = Path(sys.executable).with_name("gcm-review")
LOCALES = {"fr": "fr_FR.UTF-8", "es": "es_MX.UTF-8", "ar": "ar_EG.UTF-8"}


def _workbook_text(path: Path) -> str:
    book = openpyxl.load_workbook(path)
    return "\n".join(
        f"{sheet.title}!{cell.coordinate}: {cell.value}"
        for sheet in book
        if sheet.title != META_SHEET
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str)
    )


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
@pytest.mark.parametrize("lang", sorted(LOCALES))
def test_what_the_application_writes_in_lang_holds_no_english(lang, tmp_path):
    db = tmp_path / "reviews.db"
    with Store(db) as store:
        review = store.create(every_field_answers(load_form())).id
    env = {**os.environ, "LANG": LOCALES[lang]}

    def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
        done = subprocess.run([str(SCRIPT), *map(str, args)], capture_output=True, text=True,
                              env=env, timeout=180, check=False)  # fmt: skip
        assert done.returncode == 0, done.stderr
        return done

    exported = run("export", review, "--db", db, "--lang", lang, "--include-confidential",
                   "--pdf", tmp_path / "r.pdf", "--docx", tmp_path / "r.docx",
                   "--xlsx", tmp_path / "r.xlsx")  # fmt: skip
    run("template", "-o", tmp_path / "t.xlsx")  # in the language of the command line
    run("template", "--pdf", "-o", tmp_path / "t.pdf")
    with zipfile.ZipFile(tmp_path / "r.docx") as package:
        document = package.read("word/document.xml").decode("utf-8")
    written = {
        "the PDF report": _pdf_text(tmp_path / "r.pdf"),
        "the Word report": "\n".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", document)),
        "the workbook": _workbook_text(tmp_path / "r.xlsx"),
        "the blank workbook": _workbook_text(tmp_path / "t.xlsx"),
        "the blank questionnaire": _pdf_text(tmp_path / "t.pdf"),
        "show": run("show", review, "--db", db).stdout,
        "export's messages": exported.stdout + exported.stderr,
    }
    assert all(len(text) > 1000 for what, text in written.items() if "messages" not in what)
    left = [
        f"{what}: {words}: {line.strip()[:120]}"
        for what, text in written.items()
        for line in text.splitlines()
        if (words := english_left(line, tmp_path, "GCM Shadow Review"))
    ]
    assert left == []
