"""The SQLite every database connection goes through: SQLCipher's build, keyed when encrypted.

``sqlite`` is the DB-API module of sqlcipher3: it opens plain SQLite files as
the standard module does, and files encrypted with a passphrase once they are
given their key (see :mod:`desktop.database_key`). Every module of the
application that touches SQLite takes it from here, so that one set of
exception classes is caught everywhere.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlcipher3 import dbapi2 as sqlite

if getattr(sys, "frozen", False):
    # The bundle carries one SQLite, SQLCipher's: the standard module is left out of it
    # (build.spec), and sqlite-utils, which imports it by name, is given this one.
    sys.modules.setdefault("sqlite3", sqlcipher3)
    sys.modules.setdefault("sqlite3.dbapi2", sqlite)

__all__ = ["HEADER", "connect", "is_plain", "key_statement", "sqlite"]

# The first 16 bytes of a plain SQLite file; an encrypted file begins with random bytes.
HEADER = b"SQLite format 3\x00"
KEY_BYTES = 32


def key_statement(key: bytes) -> str:
    """The statement that gives a connection its raw 256-bit key (SQLCipher's own KDF unused)."""
    if len(key) != KEY_BYTES:
        raise ValueError("a database key is 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(target: Path | str, key: bytes | None = None, **options: Any) -> sqlite.Connection:
    """A connection to ``target`` (a path, or a URI with ``uri=True``), keyed when ``key`` is given.

    The key is checked by reading the schema: a wrong key raises the
    DatabaseError SQLite gives for a file that is not a database.
    """
    conn = sqlite.connect(target, **options)
    if key is not None:
        try:
            conn.execute(key_statement(key))
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except BaseException:
            conn.close()
            raise
    return conn


def is_plain(path: Path) -> bool:
    """Whether ``path`` is a plain (unencrypted) SQLite file, or empty; False when encrypted.

    An unreadable file raises OSError.
    """
    with open(path, "rb") as handle:
        head = handle.read(len(HEADER))
    return not head or head == HEADER
