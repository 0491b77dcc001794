"""``gcm-review export --short``: the short version for submission, run as users run it."""

from __future__ import annotations

from pypdf import PdfReader

from tests.desktop.test_cli_new_from import gcm


def test_export_short_writes_both_reports_short(tmp_path):
    db = tmp_path / "reviews.db"
    review_id = gcm(db, "demo").stdout.strip()
    short, full = tmp_path / "short.pdf", tmp_path / "full.pdf"
    done = gcm(db, "export", review_id, "--pdf", str(short), "--docx", str(tmp_path / "s.docx"),
               "--short")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert gcm(db, "export", review_id, "--pdf", str(full)).returncode == 0
    assert len(PdfReader(short).pages) * 4 < len(PdfReader(full).pages)
    assert (tmp_path / "s.docx").stat().st_size > 0


def test_short_without_a_report_is_refused_and_writes_nothing(tmp_path):
    db = tmp_path / "reviews.db"
    review_id = gcm(db, "demo").stdout.strip()
    workbook = tmp_path / "w.xlsx"
    done = gcm(db, "export", review_id, "--xlsx", str(workbook), "--short")
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "error: --short is for the reports: give --pdf OUT.pdf and/or --docx OUT.docx"
    ]
    assert not workbook.exists()
