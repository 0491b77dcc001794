"""Throw-away copies for workshops, so that a workshop never touches real data.

A copy is a temporary database holding either the sample review, or an empty
SAMPLE coalition review with a set of practice member workbooks beside it,
ready to be added from its Contributions page.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from desktop.store import Store
from forms.loader import CURRENT_VERSION
from forms.sample import sample_answers
from forms.sample_contributions import PRACTICE_COALITION

#: How many member workbooks a practice coalition comes with.
PRACTICE_MEMBERS = 12


@dataclass
class WorkshopCopy:
    """A temporary database holding one fresh sample review or practice coalition."""

    folder: Path
    db_path: Path
    review_id: str
    #: The practice member workbooks' folder (a practice coalition only).
    practice_folder: Path | None = None

    @property
    def coalition(self) -> bool:
        return self.practice_folder is not None

    def discard(self) -> None:
        """Delete the temporary database, the practice workbooks and their folder."""
        shutil.rmtree(self.folder, ignore_errors=True)


def create_workshop_copy(coalition: bool = False) -> WorkshopCopy:
    """A new temporary database with the sample review in it, or, with ``coalition``,
    an empty SAMPLE coalition review and :data:`PRACTICE_MEMBERS` member workbooks."""
    folder = Path(tempfile.mkdtemp(prefix="gcm-review-workshop-"))
    db_path = folder / "workshop.db"
    try:
        with Store(db_path) as store:
            form = store.form(CURRENT_VERSION)
            if not coalition:
                review = store.create(sample_answers(form), sample=True)
                return WorkshopCopy(folder, db_path, review.id)
            from desktop.operations.practice import write_practice_files

            coalition_id = store.coalition(PRACTICE_COALITION, sample=True)
        members = folder / "member workbooks"
        write_practice_files(form, members, PRACTICE_MEMBERS, db_path)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return WorkshopCopy(folder, db_path, coalition_id, members)
