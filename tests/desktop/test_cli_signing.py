"""Signing keys and signed workbooks on the command line, run as users run it."""

from __future__ import annotations

import re

from tests.desktop.test_cli_new_from import gcm
from tests.workbook_cells import answer_cell, sheet_of
from tests.workbook_surgery import edit

KEY_LINE = re.compile(r"signing key of Red Andina: (([0-9A-F]{4} ){4}[0-9A-F]{4})")


def test_a_key_is_made_once_and_shown(tmp_path):
    db = tmp_path / "reviews.db"
    gcm(db, "demo")
    assert gcm(db, "key").stdout.strip() == (
        "no signing key yet: the key command makes one (key --create ORGANISATION)"
    )
    made = gcm(db, "key", "--create", "Red Andina")
    assert made.returncode == 0, made.stderr
    printed = KEY_LINE.fullmatch(made.stdout.strip())
    assert printed
    again = gcm(db, "key", "--create", "Another")
    assert again.returncode == 2
    assert again.stderr.strip() == (
        f"error: this database already has a signing key, Red Andina's (key {printed.group(1)})"
    )
    assert gcm(db, "key").stdout == made.stdout, "the key did not change"


def test_check_import_and_merge_say_what_the_signature_says(tmp_path):
    db = tmp_path / "reviews.db"
    review_id = gcm(db, "new", "--country", "Chile", "--org", "Red Andina").stdout.strip()
    assert gcm(db, "set", review_id, "obj05.rating", "limited").returncode == 0
    refused = gcm(db, "export", review_id, "--xlsx", str(tmp_path / "no.xlsx"), "--sign")
    assert refused.returncode == 2 and "no signing key yet" in refused.stderr
    assert not (tmp_path / "no.xlsx").exists()
    key = KEY_LINE.fullmatch(gcm(db, "key", "--create", "Red Andina").stdout.strip()).group(1)
    signed, plain = tmp_path / "signed.xlsx", tmp_path / "plain.xlsx"
    assert gcm(db, "export", review_id, "--xlsx", str(signed), "--sign").returncode == 0
    assert gcm(db, "export", review_id, "--xlsx", str(plain)).returncode == 0
    verified = f"· signed by Red Andina (key {key}): verified"

    def change(book) -> None:
        answer_cell(sheet_of(book, "objectives"), "rating", "obj05").value = "No progress"

    changed = edit(signed, tmp_path / "changed.xlsx", change)
    said = gcm(db, "check", str(signed), str(plain), str(changed)).stdout.splitlines()
    assert said[0].endswith(verified)
    assert said[1].endswith("· not signed")
    assert said[2].endswith(
        "(edited by hand after export) · signature does not match: changed after signing"
    )
    assert gcm(db, "import", str(signed)).stdout.strip().endswith(verified)
    merged = gcm(tmp_path / "coalition.db", "merge", str(signed), "--coalition", "Red Nacional")
    assert merged.returncode == 0, merged.stderr
    first = f" · the first file signed with Red Andina's key: check its fingerprint {key} with them"
    assert merged.stdout.splitlines()[0].endswith(f"Red Andina: added {verified}{first}")


def test_a_signed_report_has_its_signature_beside_it_which_check_verifies(tmp_path):
    db = tmp_path / "reviews.db"
    review_id = gcm(db, "new", "--country", "Chile", "--org", "Red Andina").stdout.strip()
    pdf, docx = tmp_path / "informe.pdf", tmp_path / "informe.docx"
    refused = gcm(db, "export", review_id, "--pdf", str(pdf), "--sign")
    assert refused.returncode == 2 and "no signing key yet" in refused.stderr
    assert not pdf.exists(), "nothing written"
    key = KEY_LINE.fullmatch(gcm(db, "key", "--create", "Red Andina").stdout.strip()).group(1)
    done = gcm(db, "export", review_id, "--pdf", str(pdf), "--docx", str(docx), "--sign")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        f"wrote {pdf}",
        f"wrote {pdf}.sig",
        f"wrote {docx}",
        f"wrote {docx}.sig",
    ]
    said = gcm(db, "check", str(pdf), str(docx)).stdout.splitlines()
    verified = f"a report, not a workbook: nothing to import · signed by Red Andina (key {key}):"
    assert said == [f"{pdf}: {verified} verified", f"{docx}: {verified} verified"]
    data = bytearray(pdf.read_bytes())
    data[len(data) // 2] ^= 0x01
    pdf.write_bytes(bytes(data))
    assert (
        gcm(db, "check", str(pdf))
        .stdout.strip()
        .endswith("· signature does not match: changed after signing")
    )
    again = gcm(db, "export", review_id, "--pdf", str(pdf))  # unsigned: the old .sig goes
    assert again.returncode == 0 and not (tmp_path / "informe.pdf.sig").exists()
    assert gcm(db, "check", str(pdf)).stdout.strip().endswith("· not signed")
