"""Detached signatures of reports: a signed report verifies, renamed too; one changed by a
single byte, a damaged or newer signature file, or another key's signature do not."""

from __future__ import annotations

import json

import pytest

from exports.detached_signature import sign_file, signature_path, verify_file
from exports.signing import SigningKey, Verdict, fingerprint


@pytest.fixture(scope="module")
def key() -> SigningKey:
    return SigningKey.generate("Red Andina de Migraciones")


@pytest.fixture
def report(tmp_path, key):
    path = tmp_path / "informe.pdf"
    path.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 400)
    sign_file(path, key)
    return path


def test_a_signed_report_verifies_and_names_its_signer(report, key):
    sig = signature_path(report)
    assert sig.name == "informe.pdf.sig"
    data = json.loads(sig.read_text(encoding="utf-8"))
    assert data["format"] == "gcm-review detached signature" and data["version"] == 1
    found = verify_file(report)
    assert found.verdict is Verdict.VERIFIED
    assert (found.signed_by, found.fingerprint) == (key.organisation, fingerprint(key.public))
    renamed = report.with_name("renamed.pdf")
    report.rename(renamed)
    sig.rename(signature_path(renamed))
    assert verify_file(renamed).verdict is Verdict.VERIFIED, "the name is not signed"


@pytest.mark.parametrize("where", [0, 5000, -1])
def test_one_changed_byte_does_not_match(report, where):
    data = bytearray(report.read_bytes())
    data[where] ^= 0x01
    report.write_bytes(bytes(data))
    assert verify_file(report).verdict is Verdict.MISMATCH


def test_a_report_cut_short_or_grown_does_not_match(report):
    data = report.read_bytes()
    report.write_bytes(data + b"\n")
    assert verify_file(report).verdict is Verdict.MISMATCH
    report.write_bytes(data[:-1])
    assert verify_file(report).verdict is Verdict.MISMATCH


def test_a_report_without_signature_says_so(tmp_path):
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(b"%PDF-1.4\n")
    assert verify_file(plain).verdict is Verdict.UNSIGNED


def test_a_forged_damaged_or_newer_signature_file_does_not_match(report, key):
    sig = signature_path(report)
    data = json.loads(sig.read_text(encoding="utf-8"))
    other = SigningKey.generate("Red Andina de Migraciones")  # the same name, another key
    forged = report.with_name("forged.pdf")
    forged.write_bytes(report.read_bytes())
    sign_file(forged, other)
    mixed = json.loads(signature_path(forged).read_text(encoding="utf-8"))
    cases = [
        {**data, "signing_key": mixed["signing_key"]},  # another key named in the file
        {**data, "signed_by": "Someone else"},  # the name is signed
        {**data, "signature": "AAAA"},
        {**data, "version": 2},
        {**data, "format": "something else"},
    ]
    for case in cases:
        sig.write_text(json.dumps(case), encoding="utf-8")
        assert verify_file(report).verdict is Verdict.MISMATCH, case
    for damaged in ("{", "\xff", "[]", "x" * 20000):
        sig.write_text(damaged, encoding="utf-8")
        assert verify_file(report).verdict is Verdict.MISMATCH
    assert verify_file(forged).signed_by == "Red Andina de Migraciones"
    assert verify_file(forged).fingerprint == fingerprint(other.public) != fingerprint(key.public)
