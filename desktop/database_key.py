"""The key of a database protected by a passphrase, its key file, and its recovery key.

An encrypted database is encrypted by SQLCipher with a random 256-bit key.
That key is kept beside the database in ``<database>.key``, wrapped (XSalsa20-
Poly1305) by a key derived from the passphrase with Argon2id: changing the
passphrase rewrites this small file alone, never the database or its
backups. The key file is JSON and carries its format's version::

    {"format": "gcm-review database key", "version": 1, "kdf": "argon2id",
     "opslimit": 3, "memlimit": 67108864, "salt": "<base64>", "wrapped": "<base64>"}

The recovery key is the database key itself, written as 52 letters and digits
in groups of four: it opens the database (and its backups) without the
passphrase, and without the key file. Keys unlocked in this process are
remembered by database, so that every connection the program opens (a
window's threads included) is keyed.
"""

from __future__ import annotations

import base64
import json
import os
import re
import threading
import unicodedata
from pathlib import Path
from typing import Any, NamedTuple

from desktop.private_files import PRIVATE_FILE
from desktop.sqlite_engine import KEY_BYTES, connect, is_plain, sqlite
from forms.errors import UserError
from forms.os_reasons import os_reason
from forms.said import QT_TRANSLATE_NOOP
from forms.said import problem as said

SUFFIX = ".key"
# SQLite's result code for a file that is not a database (or a wrong key).
NOT_A_DATABASE = 26
FORMAT = "gcm-review database key"
VERSION = 1
# Argon2id at a cost an old 4 GB laptop affords in well under a second: 64 MiB, three passes.
OPSLIMIT = 3
MEMLIMIT = 64 * 1024 * 1024
SALT_BYTES = 16
# The shortest passphrase accepted (in characters).
MIN_LENGTH = 8
_GROUP = 4
_BASE32 = re.compile(r"^[A-Z2-7]{52}$")
# Letters a person may read or type for the base-32 digits they resemble.
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})


class KeyFileError(UserError):
    """The key file cannot be read, is damaged, or was written by a newer version."""


class WrongPassphrase(UserError):
    """The passphrase (or recovery key) given does not open the database."""


class KeyFile(NamedTuple):
    """What a key file holds: how the passphrase is stretched, and the wrapped key."""

    opslimit: int
    memlimit: int
    salt: bytes
    wrapped: bytes


def key_file(db_path: Path) -> Path:
    """The key file of ``db_path`` (``reviews.db`` → ``reviews.db.key``)."""
    return db_path.with_name(db_path.name + SUFFIX)


def new_key() -> bytes:
    """A new random database key."""
    from nacl.utils import random

    return random(KEY_BYTES)


def _encoded(passphrase: str) -> bytes:
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _stretched(passphrase: str, opslimit: int, memlimit: int, salt: bytes) -> bytes:
    from nacl.pwhash import argon2id

    return argon2id.kdf(KEY_BYTES, _encoded(passphrase), salt, opslimit=opslimit, memlimit=memlimit)


def wrap(key: bytes, passphrase: str) -> KeyFile:
    """A key file in which ``passphrase`` opens ``key`` (a new salt each time)."""
    from nacl.secret import SecretBox
    from nacl.utils import random

    salt = random(SALT_BYTES)
    box = SecretBox(_stretched(passphrase, OPSLIMIT, MEMLIMIT, salt))
    return KeyFile(OPSLIMIT, MEMLIMIT, salt, bytes(box.encrypt(key)))


def unwrap(found: KeyFile, passphrase: str) -> bytes | None:
    """The database key ``passphrase`` opens in ``found``; None when it is the wrong one."""
    from nacl.exceptions import CryptoError
    from nacl.secret import SecretBox

    box = SecretBox(_stretched(passphrase, found.opslimit, found.memlimit, found.salt))
    try:
        key = box.decrypt(found.wrapped)
    except CryptoError:
        return None
    return key if len(key) == KEY_BYTES else None


def passphrase_problem(passphrase: str) -> str | None:
    """Why ``passphrase`` cannot be used (too short), or None."""
    if len(passphrase) < MIN_LENGTH:
        short = QT_TRANSLATE_NOOP("Problems", "a passphrase needs at least {count} characters")
        return str(said(short, count=MIN_LENGTH))
    return None


# -- the key file ---------------------------------------------------------------
_DAMAGED = QT_TRANSLATE_NOOP("Problems", "{file}: the key file is damaged ({reason})")


def read_key_file(path: Path) -> KeyFile:
    """The key file at ``path``; KeyFileError when it is unreadable, damaged or newer."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        reason = os_reason(err) if isinstance(err, OSError) else str(err)
        unread = QT_TRANSLATE_NOOP("Problems", "{file}: the key file cannot be read ({reason})")
        raise KeyFileError(said(unread, file=path, reason=reason)) from err
    try:
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("not a database key file")
        version = data.get("version")
        if not isinstance(version, int) or version < 1:
            raise ValueError("no version")
        if version > VERSION:
            newer = QT_TRANSLATE_NOOP(
                "Problems",
                "{file}: the key file was written by a newer version of GCM Shadow Review",
            )
            raise KeyFileError(said(newer, file=path))
        if data.get("kdf") != "argon2id":
            raise ValueError("unknown key derivation")
        opslimit, memlimit = data["opslimit"], data["memlimit"]
        if not all(isinstance(n, int) and n > 0 for n in (opslimit, memlimit)):
            raise ValueError("bad derivation limits")
        if memlimit > 1 << 31:
            raise ValueError("derivation memory too large")
        salt = base64.b64decode(data["salt"], validate=True)
        wrapped = base64.b64decode(data["wrapped"], validate=True)
        if len(salt) != SALT_BYTES or not wrapped:
            raise ValueError("bad salt or key")
    except KeyFileError:
        raise
    except (ValueError, KeyError, TypeError) as err:
        raise KeyFileError(said(_DAMAGED, file=path, reason=str(err))) from err
    return KeyFile(opslimit, memlimit, salt, wrapped)


def write_key_file(path: Path, found: KeyFile) -> None:
    """Write ``found`` to ``path`` atomically (a temporary file, flushed, then renamed), 0600."""
    data = {
        "format": FORMAT,
        "version": VERSION,
        "kdf": "argon2id",
        "opslimit": found.opslimit,
        "memlimit": found.memlimit,
        "salt": base64.b64encode(found.salt).decode("ascii"),
        "wrapped": base64.b64encode(found.wrapped).decode("ascii"),
    }
    partial = path.with_name(f"{path.name}.{os.getpid()}.part")
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=1)
            handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
        _fsync_folder(path.parent)
    except OSError as err:
        partial.unlink(missing_ok=True)
        unwritten = QT_TRANSLATE_NOOP(
            "Problems", "{file}: the key file could not be written ({reason}); nothing was changed"
        )
        raise KeyFileError(said(unwritten, file=path, reason=os_reason(err))) from err


def _fsync_folder(folder: Path) -> None:
    """Flush a rename to the disk (POSIX; Windows has no handle on a folder)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# -- the recovery key -------------------------------------------------------------
def recovery_text(key: bytes) -> str:
    """The recovery key of ``key``: 52 capitals and digits in groups of four."""
    letters = base64.b32encode(key).decode("ascii").rstrip("=")
    return "-".join(letters[i : i + _GROUP] for i in range(0, len(letters), _GROUP))


def recovery_key(text: str) -> bytes | None:
    """The database key a recovery key spells, or None when ``text`` is not one.

    Spaces, dashes and case are ignored; 0, 1 and 8 are read as O, I and B.
    """
    letters = re.sub(r"[\s\-]", "", text).upper().translate(_LOOKALIKES)
    if not _BASE32.match(letters):
        return None
    return base64.b32decode(letters + "====")


# -- keys unlocked in this process --------------------------------------------------
_unlocked: dict[Path, bytes] = {}
_guard = threading.Lock()


def _name(db_path: Path) -> Path:
    return Path(os.path.abspath(db_path))


def remember(db_path: Path, key: bytes) -> None:
    """Keep ``key`` for ``db_path`` for the rest of the process (connections are keyed with it)."""
    with _guard:
        _unlocked[_name(db_path)] = key


def forget(db_path: Path) -> None:
    """Drop the key of ``db_path`` (its passphrase was removed)."""
    with _guard:
        _unlocked.pop(_name(db_path), None)


def remembered(db_path: Path) -> bytes | None:
    """The key unlocked for ``db_path``, if any."""
    with _guard:
        return _unlocked.get(_name(db_path))


def has_key(db_path: Path) -> bool:
    """Whether ``db_path`` has a key to be opened with: its key file, or a key unlocked in
    this process (a recovery key opens a database whose key file was lost)."""
    return key_file(db_path).is_file() or remembered(db_path) is not None


def candidates(path: Path) -> list[bytes]:
    """The keys to try on the encrypted file ``path``: its own first, then every other one.

    A backup is encrypted with its database's key; trying the few keys of the
    process is quicker than working out which database a copy belongs to.
    """
    with _guard:
        own = _unlocked.get(_name(path))
        others = [key for key in _unlocked.values() if key != own]
    return ([own] if own else []) + others


def connect_file(path: Path, target: str | None = None, **options: Any) -> tuple[Any, bytes | None]:
    """A connection to the database file ``path``, and the key it took (None: a plain file).

    An encrypted file is opened with the first key of this process that opens
    it; with none, the DatabaseError SQLite gives for a file that is not a
    database is raised. ``target`` is the URI to open instead of the path.
    """
    if is_plain(path):
        return connect(target or path, **options), None
    for key in candidates(path):
        try:
            return connect(target or path, key, **options), key
        except sqlite.DatabaseError as err:
            if (getattr(err, "sqlite_errorcode", 0) or 0) & 0xFF != NOT_A_DATABASE:
                raise  # a fault of the disk, not the wrong key
            continue
    raise sqlite.DatabaseError("file is encrypted or is not a database")
