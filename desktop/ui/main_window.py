"""The main window: the frame, the menus, and the start screen or the open review.

The jobs of the menus live in their own controllers, made when first used:
``jobs`` (import, add member workbooks), ``exports``, ``backups``,
``workshop_jobs``, ``creating`` (new review, new coalition), ``help``,
``removal`` (delete, archive) and ``saving`` (the status bar); the menu bar
is built from the table of desktop/ui/window_menus.py.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME
from desktop.store import Store
from desktop.ui.settings import Settings
from desktop.ui.start_screen import StartScreen
from desktop.ui.tasks import BackgroundTask
from desktop.ui.window_menus import MenuActions, build_menus, enable_actions
from forms.errors import UserError

# The editor, the autosave, the dialogs and the tour are imported when first
# used: the first window only needs the start screen (see bench/bench_startup.py).
if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from desktop.ui.autosave import ReviewSession
    from desktop.ui.backup_jobs import BackupJobs
    from desktop.ui.editor import ReviewEditor
    from desktop.ui.export_jobs import ExportJobs
    from desktop.ui.help_menu import HelpMenu
    from desktop.ui.lead_key import LeadKeyJobs
    from desktop.ui.new_reviews import NewReviews
    from desktop.ui.passphrase_jobs import PassphraseJobs
    from desktop.ui.signing_key import SigningKeyJobs
    from desktop.ui.tour import Tour
    from desktop.ui.workbook_jobs import WorkbookJobs
    from desktop.ui.workshop_jobs import WorkshopJobs
    from desktop.workshop import WorkshopCopy


class MainWindow(MenuActions, QMainWindow):
    """Shows the start screen, or one review in the editor; owns the open session."""

    def __init__(
        self,
        store: Store,
        lang: str = "en",
        autosave_ms: int | None = None,
        workshop_mode: bool = False,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._pages: dict[str, str] = {}  # review id → the page it was left on
        self._given_store = store  # closed by whoever opened it; one a restore opens, here
        # Preferences to remember (interface language, tour seen); None keeps nothing.
        self.settings = settings
        self.tour: Tour | None = None
        self.tour_after_open = settings is not None and not settings.tour_seen
        # The whole window works on a throw-away database (``gcm-review --demo``).
        self.workshop_mode = workshop_mode
        self.lang = lang
        # The pause in typing before a save, in ms (None: the autosave's default).
        self.autosave_ms = autosave_ms
        self.session: ReviewSession | None = None
        self.editor: ReviewEditor | None = None
        self.workshop: WorkshopCopy | None = None
        self.task: BackgroundTask | None = None

        from desktop.ui.review_removal import ReviewRemoval
        from desktop.ui.save_status import SavingShown
        from desktop.ui.window_shortcuts import WindowShortcutsFirst
        from desktop.ui.window_title import WindowTitle

        frame = QWidget(self)
        column = QVBoxLayout(frame)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.title = WindowTitle(self, frame)
        column.addWidget(self.title.banner)
        self.stack = QStackedWidget(frame)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(frame)
        self.removal = ReviewRemoval(self)
        self.saving = SavingShown(self)
        self.start = self._new_start_screen()
        self.save_label = QLabel(self)
        self.save_label.setAccessibleName(self.tr("Save status"))
        self.statusBar().addPermanentWidget(self.save_label)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.shortcuts_first = WindowShortcutsFirst(self, app)
        build_menus(self)
        self.show_start()
        self._initial_size()

    # -- the jobs, each made when first asked for (a quicker first window) --------
    @cached_property
    def jobs(self) -> WorkbookJobs:
        """Import workbooks… and Add member workbooks…"""
        from desktop.ui.workbook_jobs import WorkbookJobs

        return WorkbookJobs(self)

    @cached_property
    def exports(self) -> ExportJobs:
        """Export as PDF…, Export as workbook…, Print a blank questionnaire…"""
        from desktop.ui.export_jobs import ExportJobs

        return ExportJobs(self)

    @cached_property
    def backups(self) -> BackupJobs:
        from desktop.ui.backup_jobs import BackupJobs

        return BackupJobs(self)

    @cached_property
    def workshop_jobs(self) -> WorkshopJobs:
        from desktop.ui.workshop_jobs import WorkshopJobs

        return WorkshopJobs(self)

    @cached_property
    def creating(self) -> NewReviews:
        from desktop.ui.new_reviews import NewReviews

        return NewReviews(self)

    @cached_property
    def passphrases(self) -> PassphraseJobs:
        """Settings › Passphrase…"""
        from desktop.ui.passphrase_jobs import PassphraseJobs

        return PassphraseJobs(self)

    @cached_property
    def lead_key(self) -> LeadKeyJobs:
        """Settings › Coalition key…"""
        from desktop.ui.lead_key import LeadKeyJobs

        return LeadKeyJobs(self)

    @cached_property
    def signing(self) -> SigningKeyJobs:
        """Settings › Signing key…"""
        from desktop.ui.signing_key import SigningKeyJobs

        return SigningKeyJobs(self)

    @cached_property
    def help(self) -> HelpMenu:
        from desktop.ui.help_menu import HelpMenu

        return HelpMenu(self)

    def _new_start_screen(self) -> StartScreen:
        start = StartScreen(self)
        start.new_requested.connect(lambda: self.creating.new_review())
        start.sample_requested.connect(lambda: self.workshop_jobs.open_sample())
        start.import_requested.connect(lambda: self.jobs.import_files())
        start.open_requested.connect(self.open_review)
        start.delete_requested.connect(self.removal.delete)
        start.archive_requested.connect(self.removal.archive)
        start.undo_requested.connect(self.removal.undo)
        start.archived_shown.connect(lambda _shown: self.show_start())
        self.stack.insertWidget(0, start)
        return start

    def rebuild(self) -> None:
        """Make the menus and the start screen again (in a newly installed language)."""
        build_menus(self)
        old_start = self.start
        self.start = self._new_start_screen()
        self.stack.removeWidget(old_start)
        old_start.deleteLater()
        self.show_start()

    def _initial_size(self) -> None:
        wanted_w = self.fontMetrics().averageCharWidth() * 170
        wanted_h = self.fontMetrics().height() * 50
        screen = self.screen()
        if screen is not None:
            free = screen.availableGeometry()
            wanted_w = min(wanted_w, int(free.width() * 0.92))
            wanted_h = min(wanted_h, int(free.height() * 0.9))
        self.resize(wanted_w, wanted_h)

    # -- what the menus do to the open review ------------------------------------
    def on_focus(self, method: str) -> None:
        """Call ``method`` (undo, redo) of the focused widget, or of the nearest one holding it.

        A text field undoes its typing; a list of rows brings back the row removed.
        """
        widget = QApplication.focusWidget()
        while widget is not None and widget is not self:
            if hasattr(widget, method):
                getattr(widget, method)()
                return
            widget = widget.parentWidget()
        if method == "undo" and self.stack.currentWidget() is self.start:
            self.start.undo()  # the review deleted last

    def delete_open_review(self) -> None:
        if self.session is not None and self.workshop is None:
            self.removal.delete(self.session.review_id)

    def go(self, page_id: str) -> None:
        if self.editor is not None:
            self.editor.show_page(page_id, focus=True)

    def step(self, step: int) -> None:
        if self.editor is not None:
            self.editor.step_page(step)

    def toggle_focus(self) -> None:
        if self.editor is not None:
            self.editor.toggle_focus()

    # -- the start screen and the open review --------------------------------------
    def show_start(self) -> None:
        """Show the list of reviews."""
        try:
            self.start.set_reviews(
                self.store.list(archived=None if self.start.showing_archived else False)
            )
        except UserError as err:
            self.show_error(self.tr("The reviews could not be listed."), err)
        self.stack.setCurrentWidget(self.start)
        self.title.show()
        self.save_label.clear()
        enable_actions(self)
        self.start.new_button.setFocus()

    def open_review(self, review_id: str, workshop: WorkshopCopy | None = None) -> bool:
        """Open ``review_id`` in the editor (from the workshop copy's database if given)."""
        if self.session is not None and not self.close_review():
            return False
        store = Store(workshop.db_path) if workshop else self.store
        try:
            review = store.get(review_id)
            form = store.form(review.form_version)
            members = store.contributions(review.id) if review.kind == "coalition" else None
        except UserError as err:
            self.show_error(self.tr("The review could not be opened."), err)
            return False
        finally:
            if workshop:
                store.close()
        from desktop.ui.autosave import DEFAULT_DELAY_MS, ReviewSession
        from desktop.ui.editor import ReviewEditor

        self.workshop = workshop
        delay = DEFAULT_DELAY_MS if self.autosave_ms is None else self.autosave_ms
        self.session = ReviewSession(store.path, review, form, delay, parent=self)
        self.editor = ReviewEditor(self.session, self.lang, self, contributions=members)
        self.editor.add_contributions_requested.connect(lambda: self.jobs.merge_files())
        self.editor.add_folder_requested.connect(lambda: self.jobs.merge_files(folder=True))
        self.stack.addWidget(self.editor)
        self.stack.setCurrentWidget(self.editor)
        self.title.show()
        self.session.value_changed.connect(self.title.answer_changed)
        self.saving.follow(self.session)
        enable_actions(self)
        self.editor.navigator.setFocus()
        page = self._pages.get(review.id) or (
            self.settings.last_page(review.id) if self.settings is not None else None
        )
        if page:
            self.editor.show_page(page)  # where it was left (an unknown page is ignored)
        if self.tour_after_open:
            self.tour_after_open = False
            QTimer.singleShot(0, self.help.start_tour)
        return True

    def reopen(self, page: str | None = None) -> bool:
        """Close the open review and open it again (the workshop copy kept), on ``page``
        or where it was; False when it stays as it was (a save failed and it is kept)."""
        if self.session is None or self.editor is None:
            return False
        review_id, workshop = self.session.review_id, self.workshop
        page = page or self.editor.current_page
        if not self.close_review(keep_workshop=True):
            return False
        if not self.open_review(review_id, workshop=workshop):
            if workshop is not None:
                workshop.discard()
            return False
        assert self.editor is not None
        self.editor.show_page(page)
        return True

    def session_db_path(self) -> Path:
        """The database file of the open review (the workshop copy's, for the sample)."""
        return self.workshop.db_path if self.workshop is not None else self.store.path

    def close_review(self, keep_workshop: bool = False) -> bool:
        """Save and close the open review; False if the person chose to keep it open.

        The sample's throw-away copy is deleted, unless ``keep_workshop`` (to reopen it).
        """
        if self.session is None:
            return True
        if self.tour is not None:
            self.tour.close()
        if not self.session.close() and not self.saving.lose_unsaved():
            return False
        assert self.editor is not None
        self._remember_page(self.session.review_id, self.editor.current_page)
        self.stack.removeWidget(self.editor)
        self.editor.deleteLater()
        self.session.deleteLater()
        self.editor = None
        self.session = None
        if self.workshop is not None and not keep_workshop:
            self.workshop.discard()
        self.workshop = None
        self.show_start()
        return True

    def _remember_page(self, review_id: str, page: str) -> None:
        """Keep the page a review is left on, to open it there next time."""
        self._pages[review_id] = page
        if self.settings is not None and self.workshop is None:
            self.settings.remember_page(review_id, page)

    def run_task(
        self,
        title: str,
        work: Callable[..., Any],
        finished: Callable[[Any], object],
        failure: str,
        partial: bool = False,
    ) -> BackgroundTask:
        """Run ``work(report, cancelled)`` off the UI thread with a progress dialog: its
        result goes to ``finished``, a fault to a dialog headed ``failure``."""
        task = BackgroundTask(title, work, self, partial=partial)
        task.finished.connect(finished)
        task.failed.connect(lambda message: self.show_error(failure, message))
        self.task = task  # cancelled and waited for when the window closes
        task.start()
        return task

    def show_error(self, summary: str, detail: str | BaseException) -> None:
        """A warning dialog: ``summary`` in a line, ``detail`` under it (an error's, said in the
        interface language)."""
        from desktop.ui.problem_text import error_text

        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, summary, parent=self)
        box.setInformativeText(detail if isinstance(detail, str) else error_text(detail))
        box.exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.task is not None:
            self.task.cancel()
            self.task.wait()
        if self.close_review():
            event.accept()
            if self.store is not self._given_store:
                self.store.close()  # the database a restore put in place
        else:
            event.ignore()
