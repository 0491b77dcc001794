"""The practice set of a workshop: fictional member organisations' workbooks to merge."""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop import __version__
from forms.errors import UserError
from forms.os_reasons import os_reason
from forms.said import QT_TRANSLATE_NOOP, problem
from forms.schema import Form

# How many member files a practice set may hold.
FEWEST, MOST = 3, 1000


def write_practice_files(form: Form, folder: Path, count: int, db_path: Path) -> list[Path]:
    """Write ``count`` member workbooks (sample-marked) into ``folder``: all of them or none.

    Never over the database ``db_path``, its files or its backups (ProtectedPath).
    """
    from desktop.guarded_paths import refuse_protected
    from exports.xlsx_writer import write_workbook
    from forms.review import Review
    from forms.sample_contributions import member_files

    if not FEWEST <= count <= MOST:
        held = QT_TRANSLATE_NOOP(
            "Problems", "a practice set holds {fewest} to {most} member workbooks, not {count}"
        )
        raise UserError(problem(held, fewest=FEWEST, most=MOST, count=count))
    files = member_files(form, count)
    for member in files:
        refuse_protected(folder / member.file_name, db_path)
    created = not folder.exists()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        stuck = QT_TRANSLATE_NOOP("Problems", "{folder}: cannot create the folder ({reason})")
        raise UserError(problem(stuck, folder=folder, reason=os_reason(err))) from err
    written: list[Path] = []
    try:
        for member in files:
            review = Review(
                member.review_id, form.version, member.answers, revision=member.revision,
                sample=True,
            )  # fmt: skip
            written.append(
                write_workbook(form, review, folder / member.file_name, "en", __version__, True)
            )
    except BaseException:  # all the files or none: a failed job changes nothing
        for path in written:
            path.unlink(missing_ok=True)
        if created:
            shutil.rmtree(folder, ignore_errors=True)
        raise
    return written
