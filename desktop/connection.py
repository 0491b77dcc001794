"""The store's SQLite connection: statements and transactions, nothing more.

Writes commit on their own unless a transaction is open; ``atomic()`` wraps
several statements in one transaction (a savepoint when nested), like
sqlite-utils' ``Database.atomic``, which the schema migrations use.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from itertools import count
from pathlib import Path
from typing import Any

from desktop.sqlite_engine import sqlite
from forms.errors import AT, UserError
from forms.said import QT_TRANSLATE_NOOP, problem

_savepoints = count(1)
# A file to which every outermost transaction appends ``begin PID`` and
# ``commit PID`` (the fault-injection tests tell from it where a kill landed).
TRACE_ENV = "GCM_REVIEW_WRITE_TRACE"


def _trace(event: str) -> None:
    path = os.environ.get(TRACE_ENV)
    if path:
        with open(path, "a", encoding="ascii") as trace:
            trace.write(f"{event} {os.getpid()}\n")


class WriteError(UserError):
    """SQLite could not write: the disk is full, the file is read-only, the device went away.

    Raised from a transaction that was rolled back: nothing of it was written.
    """


class Connection:
    """An autocommit SQLite connection with ``execute`` and ``atomic``."""

    def __init__(self, conn: sqlite.Connection, path: Path | None = None) -> None:
        if conn.isolation_level is not None:
            raise ValueError("the connection must be in autocommit mode (isolation_level=None)")
        self.conn = conn
        self.path = path

    def execute(self, sql: str, parameters: Sequence[Any] | None = None) -> sqlite.Cursor:
        """Run one statement; it commits at once unless a transaction is open."""
        try:
            return self.conn.execute(sql, parameters or ())
        except sqlite.OperationalError as err:
            if self.conn.in_transaction:
                raise  # the enclosing atomic() block reports it
            raise self._write_error(err) from err

    def _write_error(self, err: sqlite.OperationalError) -> WriteError:
        unwritten = QT_TRANSLATE_NOOP(
            "Problems", "the database could not be written ({reason}); nothing was lost"
        )
        from desktop.db_faults import sqlite_reason  # on a failure only: not at start-up

        said = problem(unwritten, reason=sqlite_reason(err))
        if self.path:
            return WriteError(problem(AT, where=self.path, problem=said))
        return WriteError(said)

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
        _trace("begin")
        self.conn.execute("BEGIN")
        try:
            yield self
            self.conn.execute("COMMIT")
            _trace("commit")
        except sqlite.OperationalError as err:  # a full disk, a read-only file...
            self._rollback()
            raise self._write_error(err) from err
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")
