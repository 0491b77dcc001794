"""The store's SQLite connection: statements and transactions, nothing more.

Writes commit on their own unless a transaction is open; ``atomic()`` wraps
several statements in one transaction (a savepoint when nested), like
sqlite-utils' ``Database.atomic``, which the schema migrations use.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from itertools import count
from typing import Any

_savepoints = count(1)


class Connection:
    """An autocommit SQLite connection with ``execute`` and ``atomic``."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        if conn.isolation_level is not None:
            raise ValueError("the connection must be in autocommit mode (isolation_level=None)")
        self.conn = conn

    def execute(self, sql: str, parameters: Sequence[Any] | None = None) -> sqlite3.Cursor:
        """Run one statement; it commits at once unless a transaction is open."""
        return self.conn.execute(sql, parameters or ())

    @contextmanager
    def atomic(self) -> Iterator[Connection]:
        """One transaction around the block: all of it is written, or none."""
        if self.conn.in_transaction:
            savepoint = f"store_{next(_savepoints)}"
            self.conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        self.conn.execute("BEGIN")
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
