"""Throw-away copies of the sample review, so that a workshop never touches real data."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from desktop.store import Store
from forms.loader import CURRENT_VERSION
from forms.sample import sample_answers


@dataclass
class WorkshopCopy:
    """A temporary database holding one fresh copy of the sample review."""

    folder: Path
    db_path: Path
    review_id: str

    def discard(self) -> None:
        """Delete the temporary database and its folder."""
        shutil.rmtree(self.folder, ignore_errors=True)


def create_workshop_copy() -> WorkshopCopy:
    """A new temporary database with the sample review in it."""
    folder = Path(tempfile.mkdtemp(prefix="gcm-review-workshop-"))
    db_path = folder / "workshop.db"
    try:
        with Store(db_path) as store:
            review = store.create(sample_answers(store.form(CURRENT_VERSION)), sample=True)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return WorkshopCopy(folder, db_path, review.id)
