"""Small things seen on screen: an empty list of reviews, long answers, the results table."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.operations.batch import DONE, REFUSED, FileOutcome
from desktop.operations.wording import said
from desktop.ui.results_dialog import ResultRow, ResultsDialog
from forms.errors import UserError


def test_an_empty_list_of_reviews_keeps_the_screen_together(window):
    window.resize(1024, 600)
    window.show_start()
    QApplication.processEvents()
    start = window.start
    assert start.empty_hint.isVisible() and not start.delete_button.isVisible()
    assert not start.archive_button.isVisible(), "nothing to delete or archive"
    bottom = start.empty_hint.geometry().bottom()
    assert bottom < start.height() / 2, "the hint sits under the heading, not at the bottom"


def test_a_long_one_line_answer_shows_from_its_start(window, open_review):
    editor = open_review()
    editor.show_page("profile")
    line = editor.page("profile").editor("profile.official_review")
    line.set_value("The Voluntary National Review of 2025 " * 8)
    assert line.focus_widget().cursorPosition() == 0


def test_the_results_table_keeps_rows_short_and_shows_all_of_the_chosen_one(qtbot, window):
    reasons = "\n".join(f"bad.xlsx: problem {n}" for n in range(30))
    rows = [
        ResultRow("good.xlsx", "/tmp/good.xlsx", "Taken in", "Mali: added", True),
        ResultRow("bad.xlsx", "/tmp/bad.xlsx", "Refused", reasons, False),
    ]
    dialog = ResultsDialog("Add member workbooks", rows, window)
    qtbot.addWidget(dialog)
    dialog.show()
    line = dialog.table.fontMetrics().lineSpacing()
    assert all(dialog.table.rowHeight(r) <= 3 * line for r in range(2))
    assert dialog.table.currentRow() == 1, "the first file not taken in is chosen"
    assert "problem 29" in dialog.details.toPlainText(), "every reason, below the table"
    assert "1 of 2 files taken in, 1 not." in dialog.summary.text()


def test_outcomes_of_a_batch_are_rows_in_the_interface_language(window):
    outcomes = [
        FileOutcome(Path("a.xlsx"), DONE, said("{organisation}: added", organisation="Red")),
        FileOutcome(Path("b.xlsx"), REFUSED, error=UserError("b.xlsx: not a workbook")),
    ]
    rows = [window.jobs.row(o) for o in outcomes]
    assert [(r.status, r.details, r.taken) for r in rows] == [
        ("Taken in", "Red: added", True),
        ("Refused", "b.xlsx: not a workbook", False),
    ]


def _broken_workbook(form, folder: Path) -> Path:
    """An exported workbook with a fault of each kind a person makes: a word in a number
    cell, a date that is none, a row for the same objective twice, a missing sheet."""
    import openpyxl

    from exports.xlsx_layout import KEY_ROW
    from exports.xlsx_writer import write_workbook
    from forms.review import Review
    from forms.sample import sample_answers
    from tests.workbook_cells import FIRST_ROW, sheet_name

    review = Review("66666666-0000-4000-8000-000000000000", form.version, sample_answers(form))
    path = write_workbook(form, review, folder / "broken.xlsx", include_confidential=True)
    book = openpyxl.load_workbook(path)
    names = book.sheetnames
    profile = book[sheet_name(names, "profile")]
    keys = {c.value: c.column for c in profile[KEY_ROW] if c.value}
    profile.cell(FIRST_ROW, keys["review_date"]).value = "soon"
    methodology = book[sheet_name(names, "consultations")]
    keys = {c.value: c.column for c in methodology[KEY_ROW] if c.value}
    methodology.cell(FIRST_ROW, keys["participants"]).value = "many"
    objectives = book[sheet_name(names, "objectives")]
    keys = {c.value: c.column for c in objectives[KEY_ROW] if c.value}
    first, last = FIRST_ROW, objectives.max_row  # two rows of answers: the second says
    objectives.cell(last, keys["id"]).value = objectives.cell(first, keys["id"]).value  # the same
    del book[sheet_name(names, "sources")]
    book.save(path)
    return path


def test_why_a_workbook_is_refused_is_said_in_the_interface_language(window, form, tmp_path):
    """Each reason in the results table in French, Spanish and Arabic: none left in English."""
    from desktop.ui.language import install_language
    from exports.xlsx_reader import read_workbook
    from forms.loader import load_form

    path = _broken_workbook(form, tmp_path)
    outcome = None
    try:
        read_workbook(path, load_form)
    except UserError as err:
        outcome = FileOutcome(path, REFUSED, error=err)
    assert outcome is not None and len(outcome.reasons) >= 4, outcome and outcome.reasons
    english = window.jobs.row(outcome).details
    app = QApplication.instance()
    try:
        for lang, word in (("fr", "n’est pas"), ("es", "no es"), ("ar", "ليس")):
            install_language(app, lang)
            said = window.jobs.row(outcome).details.splitlines()
            assert len(said) == len(outcome.reasons) and word in "\n".join(said), said
            for line, in_english in zip(said, english.splitlines(), strict=True):
                assert line != in_english, f"{lang}: {line}"
                for phrase in ("is not", "is missing", "appears twice", "beyond", "expected"):
                    assert phrase not in line.split(": ", 1)[-1], f"{lang}: {line}"
    finally:
        install_language(app, "en")


def test_why_a_file_is_not_even_read_is_said_in_the_interface_language(window, form, tmp_path):
    """The package checks: a file that is no workbook, a formula typed in a cell."""
    import openpyxl

    from desktop.ui.language import install_language
    from exports.xlsx_reader import read_workbook
    from exports.xlsx_writer import write_workbook
    from forms.loader import load_form
    from forms.review import Review
    from tests.workbook_cells import FIRST_ROW, sheet_name

    not_a_workbook = tmp_path / "notes.xlsx"
    not_a_workbook.write_text("minutes of the meeting", encoding="utf-8")
    with_formula = write_workbook(form, Review("77777777-0000-4000-8000-000000000000", 1, {}),
                                  tmp_path / "typed.xlsx")  # fmt: skip
    book = openpyxl.load_workbook(with_formula)
    sheet = book[sheet_name(book.sheetnames, "consultations")]
    sheet.cell(FIRST_ROW, 5).value = "=1+1"
    book.save(with_formula)
    outcomes = []
    for path in (not_a_workbook, with_formula):
        try:
            read_workbook(path, load_form)
        except UserError as err:
            outcomes.append(FileOutcome(path, REFUSED, error=err))
    assert len(outcomes) == 2
    english = [window.jobs.row(o).details for o in outcomes]
    app = QApplication.instance()
    try:
        for lang in ("fr", "es", "ar"):
            install_language(app, lang)
            for outcome, in_english in zip(outcomes, english, strict=True):
                said = window.jobs.row(outcome).details
                assert said != in_english and "formula" not in said and "zip file" not in said
    finally:
        install_language(app, "en")


def test_why_a_file_cannot_be_written_or_restored_is_said_in_the_interface_language(
    window, tmp_path
):
    """An export to a folder that is gone, a backup that is no database, a database of
    another program: the dialog's detail in the interface language."""
    import sqlite3

    from desktop import backups
    from desktop.store import Store
    from desktop.ui.problem_text import error_text
    from exports.atomic import atomic_path

    errors: list[UserError] = []
    try:
        with atomic_path(tmp_path / "gone" / "report.pdf"):
            pass
    except UserError as err:
        errors.append(err)
    not_a_backup = tmp_path / "notes.db"
    not_a_backup.write_text("not a database", encoding="utf-8")
    try:
        backups.restore(tmp_path / "reviews.db", not_a_backup)
    except UserError as err:
        errors.append(err)
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE invoices (n INTEGER)")
    try:
        Store(other)
    except UserError as err:
        errors.append(err)
    assert len(errors) == 3
    assert [error_text(err) for err in errors] == [str(err) for err in errors]
    for message in _said_in_each_language(errors):
        phrases = ("does not exist", "not a sound backup", "not a review database")
        assert not any(p in message for p in phrases), message  # SQLite's own words may stay


def test_why_the_database_cannot_be_used_is_said_in_the_interface_language(window, tmp_path):
    """A damaged database, a foreign file, a folder, a full disk, a busy database, a review
    that is not there, a picture that is none: before, each was said in English."""
    import sqlite3

    from desktop import db_faults
    from desktop.connection import Connection
    from desktop.database_lock import DatabaseInUse
    from desktop.store import Store
    from exports.picture_file import picture_file
    from tests.english_words import english_left

    errors: list[UserError] = []

    def caught(attempt) -> None:
        try:
            attempt()
        except UserError as err:
            errors.append(err)

    empty = tmp_path / "empty.db"
    empty.touch()
    foreign = tmp_path / "minutes.db"
    foreign.write_text("minutes of the meeting", encoding="utf-8")
    folder = tmp_path / "folder.db"
    folder.mkdir()
    for path in (empty, foreign, folder):
        caught(lambda path=path: Store(path))
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = 13  # type: ignore[attr-defined]  # SQLITE_FULL
    errors.append(db_faults.classify(tmp_path / "reviews.db", full))
    connection = Connection(sqlite3.connect(":memory:", isolation_level=None), tmp_path / "r.db")
    errors.append(connection._write_error(full))
    errors.append(DatabaseInUse(tmp_path / "r.db", "window"))
    errors.append(DatabaseInUse(tmp_path / "r.db", "restore"))
    with Store(tmp_path / "reviews.db") as store:
        caught(lambda: store.get("0000000"))
    caught(lambda: picture_file(foreign, "profile.logo"))
    assert len(errors) == 9
    for message in _said_in_each_language(errors):
        kept = (tmp_path, "database or disk is full", "GCM Shadow Review")
        assert english_left(message, *kept) == [], message


def _said_in_each_language(errors: list[UserError]) -> list[str]:
    """What the window says of each error in French, Spanish and Arabic, each checked to be
    no longer its English."""
    from desktop.ui.language import install_language
    from desktop.ui.problem_text import error_text

    english = [error_text(err) for err in errors]
    app = QApplication.instance()
    said = []
    try:
        for lang in ("fr", "es", "ar"):
            install_language(app, lang)
            for err, in_english in zip(errors, english, strict=True):
                said.append(error_text(err))
                assert said[-1] != in_english, f"{lang}: {said[-1]}"
    finally:
        install_language(app, "en")
    return said


def test_a_path_in_an_arabic_message_reads_as_one_name_in_a_right_to_left_line(window, tmp_path):
    """Before, an Arabic line starting with a path was laid out left to right, the path's
    slashes and the Arabic after it mixed."""
    from desktop.ui.language import install_language
    from desktop.ui.problem_text import error_text
    from exports.atomic import atomic_path

    try:
        with atomic_path(tmp_path / "gone" / "report.pdf"):
            pass
    except UserError as err:
        error = err
    app = QApplication.instance()
    try:
        install_language(app, "ar")
        said = error_text(error)
        install_language(app, "fr")
        in_french = error_text(error)
    finally:
        install_language(app, "en")
    target, folder = tmp_path / "gone" / "report.pdf", tmp_path / "gone"
    assert said == f"\u200f\u2068{target}\u2069: المجلد \u2068{folder}\u2069 غير موجود"
    assert in_french == f"{target}\u00a0: le dossier {folder} n’existe pas"
