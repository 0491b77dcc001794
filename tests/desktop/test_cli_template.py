"""``gcm-review template``: the blank questionnaire as a workbook, or with --pdf as a PDF."""

from __future__ import annotations

import shutil
import subprocess
import zipfile

import pytest

from tests.desktop.test_cli import gcm_review, run


def test_end_to_end_blank_pdf_in_french(tmp_path):
    out = tmp_path / "questionnaire.pdf"
    result = gcm_review(
        "template", "--pdf", "-o", str(out), "--lang", "fr", "--db", str(tmp_path / "x.db")
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"wrote {out}"
    assert out.read_bytes().startswith(b"%PDF")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    printed = " ".join(
        subprocess.run(
            ["pdftotext", "-l", "12", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    for fixed in ("Questionnaire vierge", "Comment remplir ce questionnaire", "Cochez une case."):
        assert fixed in printed


def test_end_to_end_bad_target_is_one_error_line_and_writes_nothing(tmp_path):
    missing = tmp_path / "no such folder" / "questionnaire.pdf"
    result = gcm_review("template", "--pdf", "-o", str(missing), "--db", str(tmp_path / "x.db"))
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "does not exist" in lines[0]
    assert not missing.parent.exists()
    assert not list(tmp_path.rglob("*.pdf")) and not list(tmp_path.rglob("*.part"))


def test_without_pdf_the_template_is_still_a_workbook(capsys, tmp_path):
    out = tmp_path / "blank.xlsx"
    code, stdout, _ = run(capsys, "template", "-o", str(out), "--db", str(tmp_path / "x.db"))
    assert code == 0 and stdout.strip() == f"wrote {out}"
    assert zipfile.is_zipfile(out)


def test_pdf_onto_a_folder_is_refused(capsys, tmp_path):
    db = str(tmp_path / "x.db")
    code, _, err = run(capsys, "template", "--pdf", "-o", str(tmp_path), "--db", db)
    assert code == 2 and err.startswith("error: ") and "is a folder" in err
    assert len(err.splitlines()) == 1


def test_help_mentions_the_pdf(capsys):
    code, out, _ = run(capsys, "template", "--help")
    assert code == 0 and "--pdf" in out and "PDF" in out
