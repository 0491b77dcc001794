"""Signed workbooks: who wrote a file, and whether it changed after it was signed.

An organisation's signing key (Ed25519, through PyNaCl) signs what a workbook
says: the digest of its answers, as the reader computes it from the cells, and
the ``_meta`` values that say whose review it is (form, review, revision,
organisation, country…). The signature, the public key and the signer's name go
in three ``_meta`` rows, with the version of this format. Reading the file
again recomputes the digest from the answers read, so a workbook opened and
saved again unchanged (by LibreOffice or Excel) still verifies, and one changed
by a single cell does not.

Nothing here trusts the file: a signature is verified against the key the
file names. Telling whether that key is the organisation's (first seen, then
pinned) is the reader's caller's job. PyNaCl is imported only where a key is
made or a signature checked: an unsigned workbook never loads it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from forms.safe_text import shown_safe

if TYPE_CHECKING:
    from nacl.signing import VerifyKey

#: The version of the signed content and of the ``_meta`` rows below.
SIGNATURE_FORMAT = "1"
#: The ``_meta`` values a signature covers, besides the digest of the answers (``sha256``).
SIGNED_META = (
    "form", "form_version", "layout", "review_id", "revision", "kind", "template_id", "sample",
    "organisation", "country", "language", "confidential", "sha256",
)  # fmt: skip
#: The ``_meta`` rows a signed workbook adds.
SIGNATURE_ROWS = ("signature_format", "signed_by", "signing_key", "signature")
SEED_BYTES = 32
#: The longest signer's name a message repeats from a file.
NAME_LIMIT = 200


class Verdict(StrEnum):
    """What a workbook's signature says."""

    VERIFIED = "verified"
    UNSIGNED = "unsigned"
    #: Changed after signing, or a signature or key that is not one.
    MISMATCH = "mismatch"


@dataclass(frozen=True)
class Signature:
    """A workbook's verdict, and who signed it with which key (as the file says)."""

    verdict: Verdict
    signed_by: str = ""
    fingerprint: str = ""
    #: The public key the file names (verified only with a VERIFIED verdict).
    public: bytes = b""


@dataclass(frozen=True)
class SigningKey:
    """An organisation's private signing key: its 32-byte seed and its name."""

    seed: bytes
    organisation: str

    @classmethod
    def generate(cls, organisation: str) -> SigningKey:
        """A new random key for ``organisation``."""
        from nacl.signing import SigningKey as NaclKey

        return cls(bytes(NaclKey.generate()), organisation)

    @property
    def public(self) -> bytes:
        """The public key (32 bytes) others verify with."""
        from nacl.signing import SigningKey as NaclKey

        return bytes(NaclKey(self.seed).verify_key)

    def sign_meta(self, meta: Mapping[str, str]) -> dict[str, str]:
        """The ``_meta`` rows that sign ``meta`` (which holds the answers' ``sha256``)."""
        rows = {
            "signature_format": SIGNATURE_FORMAT,
            "signed_by": self.organisation,
            "signing_key": b64(self.public),
        }
        from nacl.signing import SigningKey as NaclKey

        signed = NaclKey(self.seed).sign(signed_content({**meta, **rows}))
        return {**rows, "signature": b64(signed.signature)}


def fingerprint(public: bytes) -> str:
    """A short text of the key to read out on the phone: ``A1B2 C3D4 E5F6 0718 293A``."""
    digest = hashlib.sha256(public).hexdigest()[:20].upper()
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def signed_content(meta: Mapping[str, str]) -> bytes:
    """The bytes a signature covers: the signed ``_meta`` values, as canonical JSON."""
    covered = {key: str(meta.get(key) or "") for key in (*SIGNED_META, *SIGNATURE_ROWS[:3])}
    text = json.dumps(covered, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return f"gcm-review-workbook-signature/{SIGNATURE_FORMAT}\n{text}".encode()


def verify(meta: Mapping[str, str], answers_sha256: str) -> Signature:
    """The verdict on a workbook whose ``_meta`` values are ``meta`` and whose answers, as
    read, have the digest ``answers_sha256``."""
    given = {key: str(meta.get(key) or "").strip() for key in SIGNATURE_ROWS}
    if not any(given.values()):
        return Signature(Verdict.UNSIGNED)
    from nacl.exceptions import CryptoError
    from nacl.signing import VerifyKey

    # Said in messages as the file gives it: no control or bidirectional character.
    signed_by = shown_safe(given["signed_by"])[:NAME_LIMIT]
    try:
        public = _unb64(given["signing_key"])
        signature = _unb64(given["signature"])
        key = VerifyKey(public)
    except (binascii.Error, ValueError, TypeError, CryptoError):
        return Signature(Verdict.MISMATCH, signed_by)
    printed = fingerprint(public)
    if given["signature_format"] != SIGNATURE_FORMAT or len(signature) != 64:
        return Signature(Verdict.MISMATCH, signed_by, printed)
    content = signed_content({**meta, **given, "sha256": answers_sha256})
    return verdict(key, content, signature, signed_by)


def verdict(key: VerifyKey, content: bytes, signature: bytes, signed_by: str) -> Signature:
    """VERIFIED when ``signature`` is ``key``'s of ``content``, MISMATCH otherwise."""
    from nacl.exceptions import BadSignatureError, CryptoError

    public = bytes(key)
    try:
        key.verify(content, signature)
    except (BadSignatureError, CryptoError, ValueError):
        return Signature(Verdict.MISMATCH, signed_by, fingerprint(public))
    return Signature(Verdict.VERIFIED, signed_by, fingerprint(public), public)


def b64(data: bytes) -> str:
    """``data`` in base64 text, as the signature rows and files hold it."""
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
