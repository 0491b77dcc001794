"""Detached signatures of reports: ``report.pdf.sig`` beside ``report.pdf`` (or ``.docx``).

A PDF or Word report is a file to read, not to import: its signature cannot
live inside it without changing what a reader sees. It is a small JSON file
of its own, with its format's version, which signs the report's SHA-256 and
size with the organisation's key (exports.signing)::

    {"format": "gcm-review detached signature", "version": 1, "file": "report.pdf",
     "size": 81234, "sha256": "<hex>", "signed_by": "Red Andina",
     "signing_key": "<base64>", "signature": "<base64>"}

The file's name is said but not signed: a report renamed still verifies; one
changed by a single byte does not.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from pathlib import Path

from exports.atomic import atomic_path
from exports.signing import NAME_LIMIT, Signature, SigningKey, Verdict, b64, fingerprint, verdict
from forms.safe_text import shown_safe

FORMAT = "gcm-review detached signature"
VERSION = 1
SUFFIX = ".sig"
# A signature file is a few hundred bytes; a larger one is not read.
MAX_BYTES = 16 * 1024
_CHUNK = 1 << 20


def signature_path(report: Path) -> Path:
    """Where the signature of ``report`` is kept: beside it, ``.sig`` added to its name."""
    return report.with_name(report.name + SUFFIX)


def _digest(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _signed_content(sha256: str, size: int, signed_by: str, key: bytes) -> bytes:
    covered = {"sha256": sha256, "size": size, "signed_by": signed_by, "signing_key": b64(key)}
    text = json.dumps(covered, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return f"gcm-review-detached-signature/{VERSION}\n{text}".encode()


def sign_file(report: Path, signer: SigningKey) -> Path:
    """Write the signature of ``report`` beside it (atomically); returns its path."""
    from nacl.signing import SigningKey as NaclKey

    sha256, size = _digest(report)
    content = _signed_content(sha256, size, signer.organisation, signer.public)
    signature = NaclKey(signer.seed).sign(content).signature
    data = {
        "format": FORMAT,
        "version": VERSION,
        "file": report.name,
        "size": size,
        "sha256": sha256,
        "signed_by": signer.organisation,
        "signing_key": b64(signer.public),
        "signature": b64(bytes(signature)),
    }
    target = signature_path(report)
    with atomic_path(target) as temporary:
        temporary.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8")
    return target


def verify_file(report: Path) -> Signature:
    """What the signature beside ``report`` says: verified, none (UNSIGNED), or MISMATCH.

    MISMATCH also for a signature file that is not one, of a newer version, or
    whose key or signature is damaged: nothing in it is believed unchecked.
    """
    sig = signature_path(report)
    if not sig.is_file():
        return Signature(Verdict.UNSIGNED)
    try:
        if sig.stat().st_size > MAX_BYTES:
            return Signature(Verdict.MISMATCH)
        data = json.loads(sig.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Signature(Verdict.MISMATCH)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return Signature(Verdict.MISMATCH)
    signed_by = shown_safe(str(data.get("signed_by", "")))[:NAME_LIMIT]
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version != VERSION:
        return Signature(Verdict.MISMATCH, signed_by)
    from nacl.exceptions import CryptoError
    from nacl.signing import VerifyKey

    try:
        public = base64.b64decode(str(data.get("signing_key", "")), validate=True)
        signature = base64.b64decode(str(data.get("signature", "")), validate=True)
        key = VerifyKey(public)
    except (binascii.Error, ValueError, TypeError, CryptoError):
        return Signature(Verdict.MISMATCH, signed_by)
    try:
        sha256, size = _digest(report)
    except OSError:
        return Signature(Verdict.MISMATCH, signed_by, fingerprint(public))
    content = _signed_content(sha256, size, str(data.get("signed_by", "")), public)
    return verdict(key, content, signature, signed_by)
