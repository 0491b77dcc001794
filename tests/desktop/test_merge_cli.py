"""Merging member workbooks into a coalition review from the command line."""

from __future__ import annotations

import sqlite3

from desktop.store import Store
from tests.desktop.test_cli import gcm_review, run


def test_merge_a_practice_set_with_a_hostile_file(capsys, tmp_path):
    folder = tmp_path / "members"
    db = tmp_path / "coalition.db"
    code, out, _ = run(capsys, "demo", "--contributions", "12", "-o", str(folder), "--db", str(db))
    assert code == 0 and "wrote 12 member workbooks" in out
    hostile = folder / "zz-hostile.xlsx"
    hostile.write_bytes(b"PK\x03\x04" + b"\0" * 200)
    files = sorted(str(p) for p in folder.iterdir())
    code, out, err = run(
        capsys, "merge", *files, "--coalition", "Veridia Coalition", "--sample", "--db", str(db)
    )
    assert code == 2, "one file was refused"
    assert "zz-hostile.xlsx" in err and err.startswith("error: ")
    assert out.count(": added") == 10
    assert "duplicate.xlsx" in out and "not counted again" in out
    assert "older-draft.xlsx" in out and "older revision" in out
    assert "Veridia Coalition): 10 contributions" in out

    with Store(db) as store:
        coalition = next(s for s in store.list() if s.kind == "coalition")
        contributions = store.contributions(coalition.id)
        assert len(contributions) == 10
        assert len({c.review_id for c in contributions}) == 10
        first = next(c for c in contributions if c.source == "member-001.xlsx")
        assert first.revision == 2 and not first.answers["obj01.assessment"].startswith("Draft")
        assert all(c.answers for c in contributions), "nothing lost"

    # Merging the same files again changes nothing.
    before = sqlite3.connect(db).execute("SELECT * FROM contributions ORDER BY 1, 2").fetchall()
    code, out, _ = run(capsys, "merge", *files[:-1], "--coalition", "Veridia Coalition", "--sample",
                       "--db", str(db))  # fmt: skip
    assert code == 0 and out.count("not counted again") == 11
    after = sqlite3.connect(db).execute("SELECT * FROM contributions ORDER BY 1, 2").fetchall()
    assert [row[:6] for row in after] == [row[:6] for row in before]

    listed = gcm_review("list", "--db", str(db)).stdout
    assert "coalition" in listed and "Veridia Coalition" in listed
    shown = gcm_review("show", coalition.id[:8], "--db", str(db)).stdout
    assert "Contributing organisations (10)" in shown and "Median:" in shown
    assert "STRONG DISAGREEMENT" in shown


def test_consolidated_exports_credit_the_members(capsys, tmp_path):
    import openpyxl
    from pypdf import PdfReader

    folder = tmp_path / "members"
    db = tmp_path / "c.db"
    run(capsys, "demo", "--contributions", "5", "-o", str(folder), "--db", str(db))
    run(capsys, "merge", *sorted(str(p) for p in folder.iterdir()), "--sample", "--db", str(db))
    with Store(db) as store:
        coalition = next(s for s in store.list() if s.kind == "coalition")
        names = sorted(c.organisation for c in store.contributions(coalition.id))
    pdf, xlsx = tmp_path / "c.pdf", tmp_path / "c.xlsx"
    code, _, err = run(capsys, "export", coalition.id, "--pdf", str(pdf), "--xlsx", str(xlsx),
                       "--db", str(db))  # fmt: skip
    assert code == 0, err
    book = openpyxl.load_workbook(xlsx)
    credited = sorted(r[0] for r in book["contributions"].iter_rows(min_row=3, values_only=True))
    assert credited == names and len(names) == 3
    voices = list(book["voices"].iter_rows(min_row=3, values_only=True))
    assert voices and {v[1] for v in voices} == set(names)
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Contributing organisations" in text
    assert all(name.split(" of ")[0] in text for name in names)
