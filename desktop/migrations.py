"""The database schema, as an ordered set of sqlite-utils migrations.

Never edit a migration that has shipped: add a new one below it. Each runs in
its own transaction together with the record that it was applied. Opening a
database that is up to date reads that record directly and never imports
sqlite-utils (a quicker start); only pending migrations need it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.sqlite_engine import sqlite

if TYPE_CHECKING:
    from sqlite_utils import Database

MIGRATION_SET = "gcm-review"
#: Where sqlite-utils records the migrations applied.
MIGRATIONS_TABLE = "_sqlite_migrations"
_steps: list[Callable[[Database], None]] = []


def migration(function: Callable[[Database], None]) -> Callable[[Database], None]:
    """Register ``function`` as the next migration."""
    _steps.append(function)
    return function


@migration
def m001_reviews_and_answers(db: Database) -> None:
    """Reviews with their metadata, and one row per answered question."""
    db.execute(
        """
        CREATE TABLE reviews (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL DEFAULT 'review',
            form_key TEXT NOT NULL,
            form_version INTEGER NOT NULL,
            sample INTEGER NOT NULL DEFAULT 0,
            revision INTEGER NOT NULL DEFAULT 0,
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE answers (
            review_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            value TEXT NOT NULL,
            updated TEXT NOT NULL,
            PRIMARY KEY (review_id, key)
        ) WITHOUT ROWID
        """
    )


def known_names() -> set[str]:
    """The names of every migration this version of the application knows."""
    return {step.__name__ for step in _steps}


def applied_names(conn: sqlite.Connection) -> list[str]:
    """The migrations recorded as applied, in order (read without sqlite-utils)."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [MIGRATIONS_TABLE]
    ).fetchone()
    if not exists:
        return []
    rows = conn.execute(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
        [MIGRATION_SET],
    )
    return [row[0] for row in rows]


def apply(conn: sqlite.Connection) -> None:
    """Apply the pending migrations with sqlite-utils, each in its own transaction."""
    from sqlite_utils import Database, Migrations

    steps = Migrations(MIGRATION_SET)
    for step in _steps:
        steps()(step)
    steps.apply(Database(conn))


@migration
def m002_contributions(db: Database) -> None:
    """Member reviews received by a coalition review, kept as received, with their source."""
    db.execute(
        """
        CREATE TABLE contributions (
            coalition_id TEXT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
            review_id TEXT NOT NULL,
            organisation TEXT NOT NULL,
            revision INTEGER NOT NULL,
            digest TEXT NOT NULL,
            answers TEXT NOT NULL,
            source TEXT NOT NULL,
            received TEXT NOT NULL,
            PRIMARY KEY (coalition_id, review_id)
        ) WITHOUT ROWID
        """
    )


@migration
def m003_review_percent(db: Database) -> None:
    """Each review's completeness, kept up to date by every save, for the list of reviews.

    The list is then shown without loading the form definition. ``percent_basis``
    is the fingerprint of the definition it was worked out with: when the
    definition changes (a question added), or for reviews written before this
    migration (NULL), it is worked out again when the reviews are next listed.
    """
    db.execute("ALTER TABLE reviews ADD COLUMN percent INTEGER")
    db.execute("ALTER TABLE reviews ADD COLUMN percent_basis TEXT")


@migration
def m004_contribution_edited(db: Database) -> None:
    """Whether a contribution's file was edited by hand after its export (provenance)."""
    db.execute("ALTER TABLE contributions ADD COLUMN edited INTEGER NOT NULL DEFAULT 0")


@migration
def m005_review_archived(db: Database) -> None:
    """When a review was archived: put away from the list of reviews, kept whole (NULL: not)."""
    db.execute("ALTER TABLE reviews ADD COLUMN archived TEXT")


@migration
def m006_signing_key(db: Database) -> None:
    """The organisation's signing key (Ed25519 seed), which signs its exported workbooks."""
    db.execute(
        """
        CREATE TABLE signing_key (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            organisation TEXT NOT NULL,
            seed BLOB NOT NULL CHECK (length(seed) = 32),
            created TEXT NOT NULL
        )
        """
    )


@migration
def m007_coalition_keys(db: Database) -> None:
    """A coalition lead's key, which opens sealed member packages, and the members' keys.

    ``member_keys`` pins the signing key each member organisation was first seen
    with (by its name, folded): a later file signed with another key is flagged.
    """
    db.execute(
        """
        CREATE TABLE lead_key (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            coalition TEXT NOT NULL,
            secret BLOB NOT NULL CHECK (length(secret) = 32),
            created TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE member_keys (
            organisation_key TEXT PRIMARY KEY,
            organisation TEXT NOT NULL,
            public BLOB NOT NULL CHECK (length(public) = 32),
            first_seen TEXT NOT NULL,
            source TEXT NOT NULL
        ) WITHOUT ROWID
        """
    )
