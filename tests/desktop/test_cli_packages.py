"""A member's package sealed for the coalition lead, and the member keys a coalition pins,
on the command line: ``lead-key``, ``export --package --for``, ``check`` and ``merge``."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.desktop.test_cli_passphrase import gcm

MEMBER = "Colectivo Sur"


@pytest.fixture
def lead(tmp_path) -> tuple[Path, Path]:
    """The lead's database, with its coalition key, and the public key file it sends out."""
    db = tmp_path / "lead" / "reviews.db"
    db.parent.mkdir()
    code, out, err = gcm(db, "lead-key", "--create", "Red Andina")
    assert code == 0, err
    assert out.startswith("coalition key of Red Andina: ")
    public = tmp_path / "andina.gcmkey"
    assert gcm(db, "lead-key", "--write", str(public))[0] == 0
    return db, public


def member(tmp_path: Path, name: str, signed: bool = True) -> tuple[Path, str]:
    db = tmp_path / name / "reviews.db"
    db.parent.mkdir()
    code, out, err = gcm(db, "new", "--country", "Chile", "--org", MEMBER)
    assert code == 0, err
    if signed:
        assert gcm(db, "key", "--create", MEMBER)[0] == 0
    return db, out.strip()


def test_a_package_opens_only_in_the_leads_database(tmp_path, lead):
    lead_db, public = lead
    db, review = member(tmp_path, "member")
    package = tmp_path / "sur.gcmpkg"
    code, out, err = gcm(db, "export", review, "--package", str(package), "--for", str(public))
    assert code == 0, err
    assert "sealed for Red Andina (key " in out
    assert MEMBER.encode() not in package.read_bytes()
    code, _, err = gcm(db, "check", str(package))  # the member's own database holds no key
    assert code == 2 and "only the coalition lead's database" in err
    code, out, err = gcm(lead_db, "check", str(package))
    assert code == 0, err
    assert f"signed by {MEMBER} (key " in out and "· opened from a sealed package" in out
    code, out, err = gcm(lead_db, "merge", str(package), "--coalition", "Red Andina")
    assert code == 0, err
    assert f"the first file signed with {MEMBER}'s key: check its fingerprint" in out
    changed = tmp_path / "changed.gcmpkg"
    data = bytearray(package.read_bytes())
    data[len(data) // 2] ^= 0x20
    changed.write_bytes(bytes(data))
    code, _, err = gcm(lead_db, "merge", str(changed), "--coalition", "Red Andina")
    assert code == 2 and "changed after it was sealed" in err


def test_a_members_new_key_or_missing_signature_is_warned_about(tmp_path, lead):
    lead_db, public = lead
    first, first_id = member(tmp_path, "first")
    package = tmp_path / "first.gcmpkg"
    assert gcm(first, "export", first_id, "--package", str(package), "--for", str(public))[0] == 0
    assert gcm(lead_db, "merge", str(package), "--coalition", "Red Andina")[0] == 0
    again = gcm(lead_db, "merge", str(package), "--coalition", "Red Andina")[1]
    assert "verified" in again and "first file signed" not in again, "pinned once"

    impostor, impostor_id = member(tmp_path, "impostor")  # the same name, another key
    forged = tmp_path / "forged.gcmpkg"
    exported = gcm(impostor, "export", impostor_id, "--package", str(forged), "--for", str(public))
    assert exported[0] == 0
    code, out, err = gcm(lead_db, "merge", str(forged), "--coalition", "Red Andina")
    assert code == 0, err
    assert f"warning: {MEMBER} signed its earlier files with another key" in out
    assert "check with them that this file is theirs" in out

    plain, plain_id = member(tmp_path, "plain", signed=False)
    workbook = tmp_path / "plain.xlsx"
    assert gcm(plain, "export", plain_id, "--xlsx", str(workbook))[0] == 0
    code, out, err = gcm(lead_db, "merge", str(workbook), "--coalition", "Red Andina")
    assert code == 0, err
    assert f"· not signed · warning: not signed, though {MEMBER} signed its earlier files" in out


def test_what_a_package_needs_is_said_in_one_line(tmp_path, lead):
    _, public = lead
    db, review = member(tmp_path, "unsigned", signed=False)
    package = tmp_path / "p.gcmpkg"
    code, _, err = gcm(db, "export", review, "--package", str(package), "--for", str(public))
    assert code == 2 and "no signing key yet" in err
    assert not package.exists()
    code, _, err = gcm(db, "export", review, "--package", str(package))
    assert code == 2 and "--package and --for go together" in err
    not_a_key = tmp_path / "key.gcmkey"
    not_a_key.write_text("{}", encoding="utf-8")
    assert gcm(db, "key", "--create", MEMBER)[0] == 0
    code, _, err = gcm(db, "export", review, "--package", str(package), "--for", str(not_a_key))
    assert code == 2 and "not a coalition key file" in err
    code, _, err = gcm(db, "lead-key", "--write", str(tmp_path / "none.gcmkey"))
    assert code == 2 and "no coalition key yet" in err
    code, _, err = gcm(tmp_path / "lead" / "reviews.db", "lead-key", "--create", "Other")
    assert code == 2 and "already has a coalition key" in err
