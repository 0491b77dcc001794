"""Sealed packages (``.gcmpkg``): a member's signed workbook that only the coalition lead opens.

The workbook is sealed with libsodium's sealed box (an ephemeral Curve25519
key, XSalsa20-Poly1305) to the lead's public key (:mod:`exports.lead_key`): a
package intercepted by e-mail or on a USB stick cannot be read, and one whose
bytes were changed cannot be opened at all. The file is::

    b"GCMPKG\\n"  the format's version (1 byte)  the lead's public key (32 bytes)  the sealed box

The lead's key is written in the clear so that a package sealed for another
coalition is told apart from a damaged one. The workbook inside is read and
checked like any other, signature included.
"""

from __future__ import annotations

from pathlib import Path

from exports.import_problems import ImportProblems
from exports.signing import fingerprint
from forms.said import QT_TRANSLATE_NOOP, problem

MAGIC = b"GCMPKG\n"
VERSION = 1
SUFFIX = ".gcmpkg"
KEY_BYTES = 32
HEADER_BYTES = len(MAGIC) + 1 + KEY_BYTES
# The largest package read: a workbook of the largest size imported, sealed.
MAX_BYTES = 64 * 1024 * 1024


def seal(workbook: bytes, recipient: bytes) -> bytes:
    """The package that only the holder of the private key of ``recipient`` opens."""
    from nacl.public import PublicKey, SealedBox

    sealed = SealedBox(PublicKey(recipient)).encrypt(workbook)
    return MAGIC + bytes([VERSION]) + recipient + bytes(sealed)


def is_package(path: Path) -> bool:
    """Whether ``path`` begins as a sealed package does (an unreadable file is not one)."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def recipient_of(path: Path) -> str:
    """The fingerprint of the key a package is sealed for ("" when it says none)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(HEADER_BYTES)
    except OSError:
        return ""
    return fingerprint(head[len(MAGIC) + 1 :]) if len(head) == HEADER_BYTES else ""


def unseal(path: Path, secret: bytes | None) -> bytes:
    """The workbook in the package ``path``, opened with the lead's private key ``secret``.

    ImportProblems when it cannot be: no key or another coalition's, a package
    damaged or changed after it was sealed, one of a newer version.
    """
    from nacl.exceptions import CryptoError
    from nacl.public import PrivateKey, SealedBox

    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            larger = QT_TRANSLATE_NOOP("Problems", "the file is larger than {size} MB")
            raise ImportProblems(path, [problem(larger, size=MAX_BYTES // 2**20)])
        data = path.read_bytes()
    except OSError as err:
        from forms.os_reasons import os_reason

        unread = QT_TRANSLATE_NOOP("Problems", "cannot be read ({reason})")
        raise ImportProblems(path, [problem(unread, reason=os_reason(err))]) from err
    if len(data) < HEADER_BYTES or not data.startswith(MAGIC):
        truncated = QT_TRANSLATE_NOOP("Problems", "the sealed package is damaged or truncated")
        raise ImportProblems(path, [problem(truncated)])
    version = data[len(MAGIC)]
    if version > VERSION:
        newer = QT_TRANSLATE_NOOP(
            "Problems", "the sealed package was written by a newer version of GCM Shadow Review"
        )
        raise ImportProblems(path, [problem(newer)])
    recipient = data[len(MAGIC) + 1 : HEADER_BYTES]
    ours = bytes(PrivateKey(secret).public_key) if secret is not None else None
    if recipient != ours:
        if ours is None:
            nokey = QT_TRANSLATE_NOOP(
                "Problems",
                "a sealed package for the coalition key {key}: only the coalition lead's"
                " database, which holds that key, opens it",
            )
            raise ImportProblems(path, [problem(nokey, key=fingerprint(recipient))])
        other = QT_TRANSLATE_NOOP(
            "Problems",
            "sealed for the coalition key {key}, not for this database's ({ours})",
        )
        said = problem(other, key=fingerprint(recipient), ours=fingerprint(ours))
        raise ImportProblems(path, [said])
    assert secret is not None
    try:
        return bytes(SealedBox(PrivateKey(secret)).decrypt(data[HEADER_BYTES:]))
    except CryptoError as err:
        changed = QT_TRANSLATE_NOOP(
            "Problems", "the sealed package is damaged or was changed after it was sealed"
        )
        raise ImportProblems(path, [problem(changed)]) from err
