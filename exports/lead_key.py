"""The coalition lead's key: members seal their workbooks to it; only the lead opens them.

A Curve25519 key pair (libsodium's sealed boxes, through PyNaCl). The private
half stays in the lead's database (encrypted when it has a passphrase); the
public half travels as a small JSON file, with the coalition's name, and is
read out on the phone as a fingerprint (five groups of four characters)::

    {"format": "gcm-review coalition key", "version": 1,
     "coalition": "Red Andina", "public": "<base64 of 32 bytes>"}
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from pathlib import Path

from exports.atomic import atomic_path
from exports.signing import NAME_LIMIT, fingerprint
from forms.errors import UserError
from forms.os_reasons import os_reason
from forms.safe_text import shown_safe
from forms.said import QT_TRANSLATE_NOOP
from forms.said import problem as said

FORMAT = "gcm-review coalition key"
VERSION = 1
SUFFIX = ".gcmkey"
KEY_BYTES = 32
# A public key file is a few hundred bytes; anything much larger is not one.
MAX_FILE_BYTES = 16 * 1024


class LeadKeyError(UserError):
    """A coalition key file cannot be read or written."""


@dataclass(frozen=True)
class PublicLeadKey:
    """The public half of a coalition lead's key, and the coalition's name."""

    coalition: str
    public: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public)


@dataclass(frozen=True)
class LeadKey:
    """A coalition lead's private key (32 bytes) and the coalition's name."""

    secret: bytes
    coalition: str

    @classmethod
    def generate(cls, coalition: str) -> LeadKey:
        """A new random key for ``coalition``."""
        from nacl.public import PrivateKey

        return cls(bytes(PrivateKey.generate()), coalition)

    @property
    def public(self) -> PublicLeadKey:
        from nacl.public import PrivateKey

        return PublicLeadKey(self.coalition, bytes(PrivateKey(self.secret).public_key))


def write_public_key(path: Path, key: PublicLeadKey) -> Path:
    """Write the public key file ``path`` atomically."""
    data = {
        "format": FORMAT,
        "version": VERSION,
        "coalition": key.coalition,
        "public": base64.b64encode(key.public).decode("ascii"),
    }
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    with atomic_path(path) as temporary:  # ExportError when it cannot be written
        temporary.write_text(text, encoding="utf-8")
    return path


def read_public_key(path: Path) -> PublicLeadKey:
    """The public key in the file ``path``; LeadKeyError when it is not one, or newer."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ValueError("too large for a key file")
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        unread = QT_TRANSLATE_NOOP(
            "Problems", "{file}: the coalition key file cannot be read ({reason})"
        )
        raise LeadKeyError(said(unread, file=path, reason=os_reason(err))) from err
    except ValueError as err:  # UnicodeDecodeError and JSONDecodeError among them
        raise _not_a_key(path, str(err)) from err
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _not_a_key(path, "no coalition key format")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _not_a_key(path, "no version")
    if version > VERSION:
        newer = QT_TRANSLATE_NOOP(
            "Problems",
            "{file}: the coalition key file was written by a newer version of GCM Shadow Review",
        )
        raise LeadKeyError(said(newer, file=path))
    coalition, public = data.get("coalition"), data.get("public")
    if not isinstance(coalition, str) or not isinstance(public, str):
        raise _not_a_key(path, "no coalition or key")
    try:
        key = base64.b64decode(public, validate=True)
    except (binascii.Error, ValueError) as err:
        raise _not_a_key(path, "the key is not base64") from err
    if len(key) != KEY_BYTES:
        raise _not_a_key(path, "the key is not 32 bytes")
    name = shown_safe(coalition).strip()[:NAME_LIMIT]
    return PublicLeadKey(name, key)


def _not_a_key(path: Path, reason: str) -> LeadKeyError:
    damaged = QT_TRANSLATE_NOOP(
        "Problems", "{file}: not a coalition key file, or damaged ({reason})"
    )
    return LeadKeyError(said(damaged, file=path, reason=reason))
