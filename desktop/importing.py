"""Importing workbooks into the database: each file all or nothing."""

from __future__ import annotations

from pathlib import Path

from desktop.store import ReviewNotFound, Store
from forms.review import restore_withheld


def import_workbook(store: Store, path: Path) -> tuple[str, str, int]:
    """Read ``path`` and bring it into ``store``; returns (review id, outcome, answer count).

    Raises ImportProblems (listing every problem) and writes nothing when the file is bad.
    """
    from exports.xlsx_reader import read_workbook

    contents = read_workbook(path, store.form)
    answers = contents.answers
    keep: set[str] = set()
    if contents.confidential_withheld and contents.review_id:
        try:
            current = store.get(contents.review_id)
        except ReviewNotFound:  # not in the database yet: nothing to keep
            current = None
        if current is not None:
            form = store.form(current.form_version)
            answers, keep = restore_withheld(form, answers, current.answers)
    review_id, outcome = store.import_review(
        contents.review_id,
        contents.form_version,
        contents.revision,
        answers,
        sample=contents.sample,
        keep=keep,
    )
    return review_id, outcome, len(contents.answers)


def add_member_workbook(store: Store, coalition_id: str, path: Path) -> tuple[str, str]:
    """Read ``path`` and keep it as a contribution of the coalition; returns (name, outcome).

    A filled template has no review id: its answers' digest stands in for one, so
    the same file sent twice is still recognised. Raises ImportProblems for a bad file.
    """
    from exports.xlsx_reader import read_workbook
    from forms.review import answers_digest

    contents = read_workbook(path, store.form)
    answers = contents.answers
    member_id = contents.review_id or f"template-{answers_digest(answers)[:16]}"
    name = answers.get("profile.organisation") or path.stem
    outcome = store.add_contribution(
        coalition_id, member_id, name, contents.revision, answers, path.name
    )
    return name, outcome
