"""Signed workbooks: verified as written, as LibreOffice saves them again, and refused changed.

A signature covers the answers as the reader finds them in the cells and the
``_meta`` values that say whose review it is: one cell typed in LibreOffice, a
name changed in ``_meta``, another key or a damaged signature each make it
"does not match"; saving the file again unchanged does not.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from exports.signing import SigningKey, Verdict, fingerprint
from exports.xlsx_reader import read_workbook
from exports.xlsx_writer import write_workbook
from forms.loader import load_form
from forms.review import Review
from tests.libreoffice import needs_libreoffice, resave, type_into
from tests.support import real_answers
from tests.workbook_cells import coordinate
from tests.workbook_surgery import edit

REVIEW_ID = "8e4b2a17-3c5d-4f60-9a1b-2c3d4e5f6a7b"


@pytest.fixture(scope="module")
def key() -> SigningKey:
    return SigningKey.generate("Red Andina de Migraciones")


@pytest.fixture
def signed(form, key, tmp_path):
    review = Review(REVIEW_ID, form.version, real_answers(form), revision=3)
    return write_workbook(form, review, tmp_path / "signed.xlsx", "es", signer=key)


def test_a_signed_workbook_verifies_and_names_its_signer_and_key(signed, key):
    signature = read_workbook(signed, load_form).signature
    assert signature.verdict is Verdict.VERIFIED
    assert signature.signed_by == "Red Andina de Migraciones"
    assert signature.fingerprint == fingerprint(key.public)
    assert re.fullmatch(r"([0-9A-F]{4} ){4}[0-9A-F]{4}", signature.fingerprint)


def test_an_unsigned_workbook_says_so_and_never_loads_the_crypto_library(form, tmp_path):
    review = Review(REVIEW_ID, form.version, real_answers(form))
    path = write_workbook(form, review, tmp_path / "plain.xlsx")
    assert read_workbook(path, load_form).signature.verdict is Verdict.UNSIGNED
    code = (
        "import sys; from exports.xlsx_reader import read_workbook; from forms.loader import "
        f"load_form; read_workbook({str(path)!r}, load_form); print('nacl' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_a_blank_questionnaire_is_never_signed(form, key, tmp_path):
    path = write_workbook(form, None, tmp_path / "blank.xlsx", signer=key)
    assert read_workbook(path, load_form).signature.verdict is Verdict.UNSIGNED


def _meta(name: str, value: str):
    def change(book) -> None:
        for row in book["_meta"].iter_rows():
            if row[0].value == name:
                row[1].value = value

    return change


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("organisation", "Another organisation"),  # whose review it says it is
        ("revision", "4"),
        ("signed_by", "Someone else"),
        ("signing_key", SigningKey.generate("Forger").sign_meta({})["signing_key"]),
        ("signature", "not a signature"),
        ("signature", ""),
        ("signature_format", "2"),
    ],
)
def test_a_changed_meta_value_or_signature_does_not_match(signed, tmp_path, name, value):
    changed = edit(signed, tmp_path / "changed.xlsx", _meta(name, value))
    assert read_workbook(changed, load_form).signature.verdict is Verdict.MISMATCH


def test_a_key_signing_another_files_values_does_not_match(form, key, signed, tmp_path):
    """The signature of one file put in another, with the key that made it."""
    other = Review(REVIEW_ID, form.version, {**real_answers(form), "obj05.rating": "none"},
                   revision=3)  # fmt: skip
    second = write_workbook(form, other, tmp_path / "other.xlsx", "es", signer=key)
    rows = {}

    def take(book) -> None:
        rows.update({r[0].value: r[1].value for r in book["_meta"].iter_rows()})

    edit(signed, tmp_path / "copy.xlsx", take)
    forged = edit(second, tmp_path / "forged.xlsx", _meta("signature", rows["signature"]))
    assert read_workbook(forged, load_form).signature.verdict is Verdict.MISMATCH


@needs_libreoffice
def test_libreoffice_saving_it_again_keeps_it_verified_and_one_cell_typed_breaks_it(
    signed, tmp_path
):
    again = resave(signed, tmp_path / "resaved")
    assert read_workbook(again, load_form).signature.verdict is Verdict.VERIFIED
    rating = coordinate(signed, "objectives", "rating", "obj05")
    typed = type_into(signed, tmp_path / "typed.xlsx", {"objectives": {rating: "Sin avances"}})
    read = read_workbook(typed, load_form)
    assert read.answers["obj05.rating"] == "none"
    assert read.signature.verdict is Verdict.MISMATCH
    assert read.signature.signed_by == "Red Andina de Migraciones", "who it claims to be"


def test_a_signers_name_is_said_without_its_tricks(form, tmp_path):
    """A forged name with a bidirectional override is shown, never obeyed."""
    tricky = SigningKey.generate("Red \u202eanidnA")
    review = Review(REVIEW_ID, form.version, real_answers(form))
    path = write_workbook(form, review, tmp_path / "tricky.xlsx", signer=tricky)
    signature = read_workbook(path, load_form).signature
    assert signature.verdict is Verdict.VERIFIED
    assert signature.signed_by == "Red <U+202E>anidnA"
