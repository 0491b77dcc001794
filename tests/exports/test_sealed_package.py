"""Sealed packages for a coalition lead: only the lead's key opens them, and a changed byte is
refused; the coalition key file carries its version."""

from __future__ import annotations

import json

import pytest

from exports.import_problems import ImportProblems
from exports.lead_key import (
    LeadKey,
    LeadKeyError,
    PublicLeadKey,
    read_public_key,
    write_public_key,
)
from exports.sealed_package import HEADER_BYTES, MAGIC, is_package, recipient_of, unseal
from exports.signing import SigningKey, Verdict
from exports.xlsx_reader import read_workbook
from exports.xlsx_writer import write_workbook
from forms.loader import load_form
from forms.review import Review
from tests.support import real_answers

REVIEW_ID = "2f6c1d0e-8a4b-4c3d-9e8f-7a6b5c4d3e2f"
MEMBER = "Colectivo Migrante del Sur"


@pytest.fixture(scope="module")
def lead() -> LeadKey:
    return LeadKey.generate("Red Andina")


@pytest.fixture
def package(form, lead, tmp_path):
    answers = {**real_answers(form), "profile.organisation": MEMBER}
    review = Review(REVIEW_ID, form.version, answers, revision=2)
    signer = SigningKey.generate(MEMBER)
    return write_workbook(
        form, review, tmp_path / "sur.gcmpkg", "es", signer=signer, sealed_for=lead.public.public
    )


def test_the_lead_opens_the_package_and_finds_the_signed_workbook(package, lead, form):
    assert is_package(package) and package.read_bytes().startswith(MAGIC)
    assert recipient_of(package) == lead.public.fingerprint
    data = package.read_bytes()
    assert MEMBER.encode() not in data and b"xl/worksheets" not in data, "nothing in the clear"
    contents = read_workbook(package, load_form, lead.secret)
    assert contents.sealed and contents.review_id == REVIEW_ID
    assert contents.answers["profile.organisation"] == MEMBER
    assert contents.signature.verdict is Verdict.VERIFIED and contents.signature.signed_by == MEMBER


def test_no_key_or_another_coalitions_key_opens_nothing(package, lead):
    with pytest.raises(ImportProblems, match="only the coalition lead's database"):
        read_workbook(package, load_form)
    other = LeadKey.generate("Another coalition")
    with pytest.raises(ImportProblems) as refused:
        read_workbook(package, load_form, other.secret)
    said = str(refused.value)
    assert lead.public.fingerprint in said and other.public.fingerprint in said


@pytest.mark.parametrize("where", ["first sealed byte", "middle", "last byte", "the lead's key"])
def test_a_single_changed_byte_is_refused(package, lead, where):
    data = bytearray(package.read_bytes())
    place = {
        "first sealed byte": HEADER_BYTES,
        "middle": (HEADER_BYTES + len(data)) // 2,
        "last byte": len(data) - 1,
        "the lead's key": len(MAGIC) + 1,
    }[where]
    data[place] ^= 0x01
    package.write_bytes(bytes(data))
    expected = "sealed for the coalition key" if where == "the lead's key" else "changed after"
    with pytest.raises(ImportProblems, match=expected):
        read_workbook(package, load_form, lead.secret)


def test_a_cut_or_newer_package_is_refused(package, lead):
    data = package.read_bytes()
    package.write_bytes(data[: HEADER_BYTES - 5])
    with pytest.raises(ImportProblems, match="damaged or truncated"):
        unseal(package, lead.secret)
    package.write_bytes(data[:-40])
    with pytest.raises(ImportProblems, match="changed after it was sealed"):
        unseal(package, lead.secret)
    package.write_bytes(MAGIC + bytes([2]) + data[len(MAGIC) + 1 :])
    with pytest.raises(ImportProblems, match="newer version"):
        unseal(package, lead.secret)


def test_the_public_key_file_carries_its_version_and_never_the_private_key(lead, tmp_path):
    path = write_public_key(tmp_path / "andina.gcmkey", lead.public)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "gcm-review coalition key" and data["version"] == 1
    assert data["coalition"] == "Red Andina"
    assert lead.secret.hex() not in path.read_text() and "secret" not in data
    assert read_public_key(path) == lead.public
    assert isinstance(lead.public, PublicLeadKey)
    path.write_text(json.dumps({**data, "version": 2}), encoding="utf-8")
    with pytest.raises(LeadKeyError, match="newer version"):
        read_public_key(path)
    for damaged in ({**data, "public": "AAAA"}, {**data, "format": "x"}, [1, 2]):
        path.write_text(json.dumps(damaged), encoding="utf-8")
        with pytest.raises(LeadKeyError, match="not a coalition key file"):
            read_public_key(path)
    path.write_bytes(b"\xff\xfe not text")
    with pytest.raises(LeadKeyError, match="not a coalition key file"):
        read_public_key(path)


def test_a_name_with_control_or_bidirectional_characters_is_shown_safe(tmp_path):
    key = LeadKey.generate("Red\u202e Andina\x07")
    path = write_public_key(tmp_path / "odd.gcmkey", key.public)
    shown = read_public_key(path).coalition
    assert "\u202e" not in shown and "\x07" not in shown
