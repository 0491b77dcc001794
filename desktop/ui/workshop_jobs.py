"""The Workshop menu: throw-away copies opened, practice workbooks written, a reset.

A trainer opens the sample review, or a practice coalition with twelve member
workbooks ready to add (each a copy in a database of its own, prepared off
the UI thread), and resets it between groups; in a window opened with
``--demo`` the whole database is the workshop's and starts again. Practice
member workbooks can also be written to a folder, to hand out.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from desktop import APP_NAME
from desktop.ui.bidi import isolated
from desktop.ui.language import listed
from desktop.ui.tasks import Cancelled
from forms.errors import UserError
from forms.versions import CURRENT_VERSION

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow
    from desktop.workshop import WorkshopCopy


class WorkshopJobs(QObject):
    """Opens the sample's throw-away copy and resets the workshop."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def open_sample(self, coalition: bool = False) -> None:
        """Open a fresh throw-away copy of the sample review, or with ``coalition`` of an
        empty practice coalition with its member workbooks (prepared off the UI thread)."""
        if not self.window.close_review():
            return
        if coalition:
            preparing = self.tr("Preparing the practice coalition and its member workbooks…")
            failed = self.tr("The practice coalition could not be opened.")
        else:
            preparing = self.tr("Preparing the sample review…")
            failed = self.tr("The sample review could not be opened.")

        def work(report, cancelled) -> WorkshopCopy:
            from desktop.workshop import create_workshop_copy

            report(0, 0, preparing)
            copy = create_workshop_copy(coalition)
            if cancelled():
                copy.discard()
                raise Cancelled
            return copy

        self.window.run_task(preparing, work, self._opened, failed)

    def open_practice_coalition(self) -> None:
        """Open a fresh practice coalition, on its Contributions page: see :meth:`open_sample`."""
        self.open_sample(coalition=True)

    def _opened(self, copy: WorkshopCopy) -> None:
        window = self.window
        if not window.open_review(copy.review_id, workshop=copy):
            copy.discard()
            return
        if copy.practice_folder is not None and window.editor is not None:
            from desktop.ui.page_ids import CONTRIBUTIONS

            window.editor.show_page(CONTRIBUTIONS)
            window.statusBar().showMessage(
                self.tr(
                    "Practice member workbooks are ready in {0}: Add member workbooks… opens there."
                ).format(isolated(copy.practice_folder)),
                60000,
            )

    def write_practice_workbooks(self) -> None:
        """Ask how many and where, then write practice member workbooks (off the UI thread).

        Files already in the folder under the same names are replaced only when the
        person says so.
        """
        from desktop.operations.practice import FEWEST, MOST

        window = self.window
        title = self.tr("Write practice member workbooks")
        count, accepted = QInputDialog.getInt(
            window,
            title,
            self.tr(
                "How many member workbooks? Each holds a fictional member organisation's "
                "SAMPLE review; only a practice coalition takes them in."
            ),
            12,
            FEWEST,
            MOST,
        )
        if not accepted:
            return
        chosen = QFileDialog.getExistingDirectory(window, title, str(Path.home()))
        if not chosen:
            return
        folder = Path(chosen)
        form = window.store.form(CURRENT_VERSION)
        if not self._may_replace(folder, count, title):
            return
        db_path = window.store.path
        writing = self.tr("Writing practice member workbooks…")

        def work(report, cancelled) -> list[Path]:
            from desktop.operations.practice import write_practice_files

            report(0, 0, writing)
            return write_practice_files(form, folder, count, db_path)

        window.run_task(
            writing,
            work,
            lambda written: self._written(title, folder, written),
            self.tr("The practice member workbooks could not be written."),
        )

    def _may_replace(self, folder: Path, count: int, title: str) -> bool:
        """True when no file of the set is in ``folder`` yet, or the person lets them go."""
        from forms.sample_contributions import file_names

        there = [name for name in file_names(count) if (folder / name).exists()]
        if not there:
            return True
        named = listed([*there[:3], *(["…"] if len(there) > 3 else [])])
        answer = QMessageBox.question(
            self.window,
            title,
            self.tr("%n file(s) of the practice set are already in {0} ({1}). Replace them?", "",
                    len(there)).format(isolated(folder), named),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    def _written(self, title: str, folder: Path, written: list[Path]) -> None:
        QMessageBox.information(
            self.window,
            title,
            self.tr(
                "%n practice member workbook(s) written to {0}. They are marked SAMPLE: add "
                "them to a practice coalition (Workshop › Open a practice coalition), or hand "
                "them out to practise filling and merging.",
                "",
                len(written),
            ).format(isolated(folder)),
        )

    def reset_workshop(self) -> None:
        """Throw away every change made in the workshop and open a fresh sample."""
        if not (self.window.workshop_mode or self.window.workshop is not None):
            return
        answer = QMessageBox.question(
            self.window,
            APP_NAME,
            self.tr(
                "Reset the workshop? Everything typed into the sample since it was opened is "
                "thrown away and a fresh copy of the sample review opens."
            ),
            QMessageBox.StandardButton.Reset | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Reset:
            return
        if not self.window.workshop_mode:
            workshop = self.window.workshop
            # closes and discards the current copy first
            self.open_sample(coalition=workshop is not None and workshop.coalition)
            return
        if not self.window.close_review():
            return
        from forms.sample import sample_answers

        try:  # the whole database is the workshop's: start it again
            for summary in self.window.store.list(archived=None):
                self.window.store.delete(summary.id)
            review = self.window.store.create(
                sample_answers(self.window.store.form(CURRENT_VERSION)), sample=True
            )
        except UserError as err:
            self.window.show_error(self.tr("The workshop could not be reset."), err)
            self.window.show_start()
            return
        self.window.open_review(review.id)
