"""The store's connection: autocommit writes, and all-or-nothing blocks."""

from __future__ import annotations

import pytest

from desktop.connection import Connection
from desktop.sqlite_engine import sqlite


@pytest.fixture
def db(tmp_path):
    conn = sqlite.connect(tmp_path / "c.db", isolation_level=None)
    conn.execute("CREATE TABLE t (n INTEGER PRIMARY KEY)")
    yield Connection(conn)
    conn.close()


def rows(db) -> list[int]:
    return [n for (n,) in db.execute("SELECT n FROM t ORDER BY n")]


def test_a_write_outside_a_block_commits_at_once(db):
    db.execute("INSERT INTO t VALUES (?)", [1])
    assert not db.conn.in_transaction and rows(db) == [1]


def test_a_failing_block_writes_nothing(db):
    with pytest.raises(sqlite.IntegrityError), db.atomic():
        db.execute("INSERT INTO t VALUES (1)")
        db.execute("INSERT INTO t VALUES (1)")
    assert rows(db) == [] and not db.conn.in_transaction


def test_a_nested_block_rolls_back_alone(db):
    with db.atomic():
        db.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(RuntimeError), db.atomic():
            db.execute("INSERT INTO t VALUES (2)")
            raise RuntimeError("inner")
        db.execute("INSERT INTO t VALUES (3)")
    assert rows(db) == [1, 3]


def test_only_autocommit_connections(tmp_path):
    with pytest.raises(ValueError):
        Connection(sqlite.connect(tmp_path / "d.db"))
