"""File › Import workbooks… and a coalition's Add member workbooks… in the window.

The jobs are those of the command line (:mod:`desktop.operations.workbooks`),
run off the UI thread with progress and Cancel; then a table says what became
of each file, in the command line's words said in the interface language.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop import APP_NAME
from desktop.operations import wording
from desktop.operations.batch import DONE, FAILED, SKIPPED_FILE, WAITING, FileOutcome
from desktop.operations.wording import said
from desktop.store import Store
from desktop.ui.bidi import isolated
from desktop.ui.language import listed
from desktop.ui.page_ids import CONTRIBUTIONS
from desktop.ui.problem_text import say

if TYPE_CHECKING:
    from desktop.importing import NotConfirmed
    from desktop.operations.workbooks import MergeOutcome
    from desktop.ui.main_window import MainWindow
    from desktop.ui.results_dialog import ResultRow, ResultsDialog


class WorkbookJobs(QObject):
    """Runs imports and merges for the window and shows what became of each file."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.last_results: list[FileOutcome] | None = None
        # (what was done, what was refused), as the results table says it.
        self.last_import: tuple[list[str], list[str]] | None = None
        self.results: ResultsDialog | None = None

    # -- choosing files ----------------------------------------------------------
    def _start_folder(self) -> str:
        """Where the pickers open: a practice coalition's member workbooks, or home."""
        workshop = self.window.workshop
        if workshop is not None and workshop.practice_folder is not None:
            return str(workshop.practice_folder)
        return str(Path.home())

    def choose_files(self, title: str) -> list[Path]:
        chosen, _ = QFileDialog.getOpenFileNames(
            self.window,
            title,
            self._start_folder(),
            self.tr("Workbooks and sealed packages (*.xlsx *.gcmpkg)"),
        )
        return [Path(p) for p in chosen]

    def choose_folder(self, title: str) -> list[Path]:
        """The workbooks of a folder the person picks (not those of its sub-folders)."""
        folder = QFileDialog.getExistingDirectory(self.window, title, self._start_folder())
        if not folder:
            return []
        found = workbooks_in(Path(folder))
        if not found:
            QMessageBox.information(
                self.window,
                title,
                self.tr("There is no workbook (.xlsx) or sealed package (.gcmpkg) in {0}.").format(
                    isolated(folder)
                ),
            )
        return found

    # -- the jobs ---------------------------------------------------------------
    def import_files(
        self, paths: list[Path] | None = None, replace: bool = False, earlier=None
    ) -> None:
        """Import workbooks (asked for when not given), then show each file's outcome.

        Files that would change a review's organisation or remove many of its
        answers are applied only once confirmed; they are then imported again
        with ``replace``, their outcomes put with the ``earlier`` ones.
        """
        window = self.window
        if not window.close_review():
            return
        if paths is None:
            paths = self.choose_files(self.tr("Import workbooks"))
        if not paths:
            return
        db_path, keep = window.store.path, self._keep_backups()
        allow_sample = window.workshop_mode

        def work(report, cancelled) -> list[FileOutcome]:
            from desktop.operations.workbooks import import_files

            with Store(db_path) as store:  # this thread's own connection
                return import_files(
                    store, paths, allow_sample=allow_sample, replace=replace, backup=keep,
                    progress=report, cancelled=cancelled,
                )  # fmt: skip

        self.window.run_task(
            self.tr("Importing workbooks…"),
            work,
            lambda outcomes: self._imported(outcomes, earlier or []),
            self.tr("The files could not be imported."),
            partial=True,
        )

    def check_files(self, paths: list[Path] | None = None) -> None:
        """File › Check files…: what importing would say of each file, and whether a signed
        report is as it was signed; nothing is written."""
        if paths is None:
            chosen, _ = QFileDialog.getOpenFileNames(
                self.window,
                self.tr("Check files"),
                self._start_folder(),
                self.tr("Workbooks, packages and reports (*.xlsx *.gcmpkg *.pdf *.docx)"),
            )
            paths = [Path(p) for p in chosen]
        if not paths:
            return
        secret = self.window.store.lead_secret()

        def work(report, cancelled) -> list[FileOutcome]:
            from desktop.operations.workbooks import check_files

            return check_files(paths, report, cancelled, lead_secret=secret)

        self.window.run_task(
            self.tr("Checking files…"),
            work,
            lambda outcomes: self.show_results(self.tr("Check files"), outcomes),
            self.tr("The files could not be checked."),
            partial=True,
        )

    def merge_files(self, paths: list[Path] | None = None, folder: bool = False) -> None:
        """Add member workbooks (asked for, or a folder of them) to the open coalition review."""
        window = self.window
        session = window.session
        if session is None or session.review.kind != "coalition":
            return
        if paths is None:
            title = self.tr("Add member workbooks")
            paths = self.choose_folder(title) if folder else self.choose_files(title)
        if not paths:
            return
        coalition_id, db_path, keep = (
            session.review_id,
            window.session_db_path(),
            self._keep_backups(),
        )

        def work(report, cancelled) -> MergeOutcome:
            from desktop.operations.workbooks import merge_files

            with Store(db_path) as store:
                return merge_files(
                    store, paths, coalition_id=coalition_id, backup=keep,
                    progress=report, cancelled=cancelled,
                )  # fmt: skip

        self.window.run_task(
            self.tr("Adding member workbooks…"),
            work,
            lambda merged: self._merged(coalition_id, merged),
            self.tr("The files could not be added."),
            partial=True,
        )

    def _keep_backups(self) -> bool:
        """Backups are made for a real database, not for a workshop's throw-away one."""
        return not (self.window.workshop_mode or self.window.workshop is not None)

    # -- results ------------------------------------------------------------------
    def _imported(self, outcomes: list[FileOutcome], earlier: list[FileOutcome]) -> None:
        if not self.window.isVisible():  # cancelled as the window closed: nothing to show
            return
        waiting = [o for o in outcomes if o.status == WAITING]
        kept = [o for o in outcomes if o.status != WAITING]
        confirmed = [o.error for o in waiting]
        if waiting and self.confirm_replacements(confirmed):  # type: ignore[arg-type]
            self.import_files([o.path for o in waiting], True, [*earlier, *kept])
            return
        self.window.show_start()
        self.show_results(self.tr("Import workbooks"), [*earlier, *outcomes])

    def _merged(self, coalition_id: str, merged: MergeOutcome) -> None:
        window = self.window
        if not window.isVisible():  # cancelled as the window closed: nothing to show
            return
        if window.session is not None and window.session.review_id == coalition_id:
            window.reopen(CONTRIBUTIONS)  # its contributions as they now are
        self.show_results(self.tr("Add member workbooks"), merged.files)

    def show_results(self, title: str, outcomes: list[FileOutcome]) -> None:
        """Show the table of what became of each file (and keep it for a look later)."""
        from desktop.ui.results_dialog import ResultsDialog  # built when first needed

        rows = [self.row(outcome) for outcome in outcomes]
        self.last_results = outcomes
        self.last_import = (
            [f"{r.file}: {r.details}" for r in rows if r.taken],
            [r.details for r in rows if not r.taken],
        )
        self.results = ResultsDialog(title, rows, self.window)
        self.results.open()

    def row(self, outcome: FileOutcome) -> ResultRow:
        """One file's outcome, in the interface language."""
        from desktop.importing import SampleRefused
        from desktop.operations.workbooks import changed_nothing
        from desktop.ui.results_dialog import ResultRow

        status = {
            DONE: self.tr("Taken in"),
            WAITING: self.tr("Not applied"),
            FAILED: self.tr("Fault"),
            SKIPPED_FILE: self.tr("Not read"),
        }.get(outcome.status, self.tr("Refused"))
        unchanged = changed_nothing(outcome)
        if unchanged:
            status = self.tr("Nothing changed")
        error = outcome.error
        if outcome.said is not None and outcome.status == DONE:
            details = say(outcome.said)
        elif outcome.said is not None:  # a fault, or a file left unread
            details = f"{outcome.path}: {say(outcome.said)}"
        elif isinstance(error, SampleRefused):
            details = f"{outcome.path}: {QCoreApplication.translate('Outcome', error.phrase)}"
        elif outcome.status == WAITING and error is not None:
            details = self.tr("{0}: not applied; the review here was kept ({1})").format(
                outcome.path,
                self.risks(error),  # type: ignore[arg-type]
            )
        else:
            details = "\n".join(say(reason) for reason in outcome.said_reasons)
        return ResultRow(
            outcome.path.name, str(outcome.path), status, details, outcome.taken, not unchanged
        )

    def risks(self, waiting: NotConfirmed) -> str:
        """Why a file waits for a confirmation, in the interface language."""
        said = []
        for risk in waiting.reasons:
            if risk.kind == "organisation":
                said.append(
                    self.tr("the organisation changes from “{0}” to “{1}”").format(
                        risk.before, risk.after or self.tr("none")
                    )
                )
            else:
                said.append(
                    self.tr("{0} of its {1} answers would be removed").format(
                        risk.removed, risk.total
                    )
                )
        return listed(said, among_choices=True)

    def edited_note(self, text: str, edited: bool) -> str:
        """``text``, saying that the file was edited by hand after its export when it was."""
        return say(said(wording.EDITED, said=text)) if edited else text

    def confirm_replacements(self, waiting: list[NotConfirmed]) -> bool:
        """Ask whether files that would replace reviews in a big way are to be applied."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            APP_NAME,
            self.tr("%n file(s) would replace a review already here in a big way.", "",
                    len(waiting)),
            parent=self.window,
        )  # fmt: skip
        box.setInformativeText(
            self.tr(
                "Another organisation's name, or many answers removed, can mean a file that is "
                "not what it claims. Check the details. If you replace, the database is backed "
                "up first."
            )
        )
        box.setDetailedText(
            "\n".join(
                f"{self.edited_note(err.path.name, err.edited)}: {self.risks(err)}"
                for err in waiting
            )
        )
        replace = box.addButton(self.tr("&Replace"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep what is here"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is replace


def workbooks_in(folder: Path) -> list[Path]:
    """The workbooks (.xlsx) and sealed packages (.gcmpkg) directly in ``folder``, by name
    (LibreOffice's lock files left out)."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    found = [
        p
        for p in entries
        if p.suffix.lower() in (".xlsx", ".gcmpkg")
        and not p.name.startswith((".~lock", "~$"))
        and p.is_file()
    ]
    return sorted(found, key=lambda p: p.name.lower())
