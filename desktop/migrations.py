"""The database schema, as an ordered set of migrations.

Never edit a migration that has shipped: add a new one below it. Each runs in
its own transaction together with the record that it was applied.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database, Migrations

MIGRATION_SET = "gcm-review"

migrations = Migrations(MIGRATION_SET)
_names: list[str] = []


def migration(function: Callable[[Database], None]) -> Callable[[Database], None]:
    """Register ``function`` as the next migration."""
    _names.append(function.__name__)
    return migrations()(function)


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
    return set(_names)


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
