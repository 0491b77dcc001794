"""Deleting a review (kept in a backup first, and undoable) and archiving one."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from desktop.store import DeletedReview, Store


class Removed(NamedTuple):
    """A deleted review: its rows (to undo the deletion) and the backup taken before."""

    deleted: DeletedReview
    backup: Path | None


def delete_review(store: Store, review_id: str, backup: bool = True) -> Removed:
    """Back the database up (unless told not to), then delete the review in one transaction.

    An unknown id changes nothing and makes no backup (ReviewNotFound). A
    workshop's throw-away database needs no backup (``backup=False``).
    """
    from desktop.backups import create_backup

    review_id = store.resolve_id(review_id)
    taken = create_backup(store.path, "before-delete") if backup else None
    return Removed(store.delete(review_id), taken)


def undo_delete(store: Store, removed: Removed) -> None:
    """Put the deleted review back as it was (StoreError when it is back already)."""
    store.undelete(removed.deleted)


def archive_review(store: Store, review_id: str, archived: bool = True) -> None:
    """Put a review away from the list of reviews, whole, or bring it back."""
    store.set_archived(review_id, archived)
