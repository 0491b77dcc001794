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
        capsys, "merge", *files, "--coalition", "Veridia Coalition", "--db", str(db)
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
    code, out, _ = run(capsys, "merge", *files[:-1], "--coalition", "Veridia Coalition",
                       "--db", str(db))  # fmt: skip
    assert code == 0 and out.count("not counted again") == 11
    after = sqlite3.connect(db).execute("SELECT * FROM contributions ORDER BY 1, 2").fetchall()
    assert [row[:6] for row in after] == [row[:6] for row in before]

    listed = gcm_review("list", "--db", str(db)).stdout
    assert "coalition" in listed and "Veridia Coalition" in listed
    shown = gcm_review("show", coalition.id[:8], "--db", str(db)).stdout
    assert "Contributions (10)" in shown and "median:" in shown
    assert "ORGANISATIONS DISAGREE" in shown
