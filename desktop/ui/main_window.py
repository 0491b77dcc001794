"""The main window: the start screen or the review editor, menus, and the save status."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME
from desktop.store import Store
from desktop.ui.language import INTERFACE_LANGUAGES, install_language
from desktop.ui.settings import Settings
from desktop.ui.start_screen import StartScreen
from desktop.ui.tasks import BackgroundTask
from forms.errors import UserError
from forms.versions import CURRENT_VERSION

# The editor, the autosave, the dialogs and the tour are imported when first
# used: the first window only needs the start screen (see bench/bench_startup.py).
if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from desktop.ui.autosave import ReviewSession
    from desktop.ui.backup_jobs import BackupJobs
    from desktop.ui.editor import ReviewEditor
    from desktop.ui.export_jobs import ExportJobs
    from desktop.ui.help_menu import HelpMenu
    from desktop.ui.tour import Tour
    from desktop.ui.workbook_jobs import WorkbookJobs
    from desktop.ui.workshop_jobs import WorkshopJobs
    from desktop.workshop import WorkshopCopy

#: The workshop banner: dark text on amber, readable on a projector.
WORKSHOP_BANNER_STYLE = (
    "QLabel { background: #fdb863; color: #2d004b; font-weight: bold; padding: 6px 12px; }"
)


class MainWindow(QMainWindow):
    """Shows the start screen, or one review in the editor; owns the open session."""

    # The actions of the menus, set from the table of desktop/ui/window_menus.py.
    new_action: QAction
    coalition_action: QAction
    sample_action: QAction
    import_action: QAction
    restore_action: QAction
    reset_action: QAction
    export_action: QAction
    export_workbook_action: QAction
    blank_action: QAction
    close_action: QAction
    delete_action: QAction
    quit_action: QAction
    undo_action: QAction
    redo_action: QAction
    overview_action: QAction
    next_action: QAction
    previous_action: QAction
    toggle_action: QAction
    tour_action: QAction
    shortcuts_action: QAction
    about_action: QAction

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
        #: Preferences to remember (interface language, tour seen); None keeps nothing.
        self.settings = settings
        self.tour: Tour | None = None
        self.tour_after_open = settings is not None and not settings.tour_seen
        #: The whole window works on a throw-away database (``gcm-review --demo``).
        self.workshop_mode = workshop_mode
        self.lang = lang
        #: The pause in typing before a save, in ms (None: the autosave's default).
        self.autosave_ms = autosave_ms
        self.session: ReviewSession | None = None
        self.editor: ReviewEditor | None = None
        self.workshop: WorkshopCopy | None = None
        self.task: BackgroundTask | None = None

        frame = QWidget(self)
        column = QVBoxLayout(frame)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        # In the window itself: projectors often hide the title bar.
        self.workshop_banner = QLabel(self._workshop_note(), frame)
        self.workshop_banner.setStyleSheet(WORKSHOP_BANNER_STYLE)
        self.workshop_banner.setWordWrap(True)
        self.workshop_banner.setAccessibleName(self._workshop_note())
        self.workshop_banner.setVisible(False)
        column.addWidget(self.workshop_banner)
        self.stack = QStackedWidget(frame)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(frame)
        from desktop.ui.review_removal import ReviewRemoval
        from desktop.ui.save_status import SavingShown

        self.removal = ReviewRemoval(self)
        self.saving = SavingShown(self)
        self.start = self._new_start_screen()

        self.save_label = QLabel(self)
        self.save_label.setAccessibleName(self.tr("Save status"))
        self.statusBar().addPermanentWidget(self.save_label)
        from desktop.ui.window_shortcuts import WindowShortcutsFirst

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self._shortcuts_first = WindowShortcutsFirst(self, app)
        self._build_actions()
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
    def help(self) -> HelpMenu:
        from desktop.ui.help_menu import HelpMenu

        return HelpMenu(self)

    def _new_start_screen(self) -> StartScreen:
        start = StartScreen(self)
        start.new_requested.connect(self.new_review)
        start.sample_requested.connect(self.open_sample)
        start.import_requested.connect(self.import_files)
        start.open_requested.connect(self.open_review)
        start.delete_requested.connect(self.removal.delete)
        start.archive_requested.connect(self.removal.archive)
        start.undo_requested.connect(self.removal.undo)
        start.archived_shown.connect(lambda _shown: self.show_start())
        self.stack.insertWidget(0, start)
        return start

    def _initial_size(self) -> None:
        wanted_w = self.fontMetrics().averageCharWidth() * 170
        wanted_h = self.fontMetrics().height() * 50
        screen = self.screen()
        if screen is not None:
            free = screen.availableGeometry()
            wanted_w = min(wanted_w, int(free.width() * 0.92))
            wanted_h = min(wanted_h, int(free.height() * 0.9))
        self.resize(wanted_w, wanted_h)

    # -- menus -----------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, menu=None) -> QAction:
        """An action calling ``slot()`` (never with the ``checked`` flag Qt passes)."""
        action = QAction(text, self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(QKeySequence.keyBindings(shortcut))
        elif shortcut is not None:
            action.setShortcuts([QKeySequence.fromString(shortcut)])
        action.triggered.connect(lambda _checked=False: slot())
        if menu is not None:
            menu.addAction(action)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        """The menu bar, from the table of desktop/ui/window_menus.py."""
        from desktop.ui.window_menus import menu_table

        bar = self.menuBar()
        keys: list[QKeySequence] = []
        for menu in menu_table(self):
            shown = bar.addMenu(menu.title)
            for entry in menu.entries:
                if entry is None:
                    shown.addSeparator()
                    continue
                action = self._action(entry.text, entry.slot, entry.keys, shown)
                if entry.tip:
                    action.setStatusTip(entry.tip)
                if entry.name:
                    setattr(self, entry.name, action)
                if menu.takes_keys:  # Edit's keys stay with the text field that has the focus
                    keys += action.shortcuts()
            if not menu.entries:
                self._language_menu(shown)
        self._shortcuts_first.take(keys)

    def _language_menu(self, settings_menu: QMenu) -> None:
        language_menu = settings_menu.addMenu(self.tr("Interface &language"))
        self.language_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for lang, name in INTERFACE_LANGUAGES.items():
            action = self._action(name, lambda lang=lang: self.change_language(lang))
            action.setCheckable(True)
            action.setChecked(lang == self.lang)
            group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[lang] = action

    def menu_actions(self, but: QMenu | None = None) -> list[QAction]:
        """The actions of the menus (but the menu ``but``), in order, separators left out."""
        return [
            action
            for top in self.menuBar().actions()
            if isinstance(menu := top.menu(), QMenu) and menu is not but
            for action in menu.actions()
            if not action.isSeparator()
        ]

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

    def _update_actions(self) -> None:
        editing = self.editor is not None
        for action in (
            self.close_action,
            self.export_action,
            self.export_workbook_action,
            self.overview_action,
            self.next_action,
            self.previous_action,
            self.toggle_action,
        ):
            action.setEnabled(editing)
        self.delete_action.setEnabled(editing and self.workshop is None)
        self.reset_action.setEnabled(self.workshop_mode or self.workshop is not None)
        self.restore_action.setEnabled(not self.workshop_mode)

    # -- screens ---------------------------------------------------------------
    def show_start(self) -> None:
        """Show the list of reviews."""
        try:
            self.start.set_reviews(
                self.store.list(archived=None if self.start.showing_archived else False)
            )
        except UserError as err:
            self.show_error(self.tr("The reviews could not be listed."), str(err))
        self.stack.setCurrentWidget(self.start)
        self.workshop_banner.setVisible(self.workshop_mode)
        self.setWindowTitle(
            APP_NAME + (" · " + self._workshop_note() if self.workshop_mode else "")
        )
        self.save_label.clear()
        self._update_actions()
        self.start.new_button.setFocus()

    def new_review(self) -> None:
        """Ask for the essentials and open a new review."""
        if not self.close_review():
            return
        from desktop.ui.new_review_dialog import NewReviewDialog

        form = self.store.form(CURRENT_VERSION)
        dialog = NewReviewDialog(form, self.lang, self)
        if dialog.exec() != NewReviewDialog.DialogCode.Accepted:
            return
        try:
            review = self.store.create(dialog.answers())
        except UserError as err:
            self.show_error(self.tr("The review could not be created."), str(err))
            return
        self.open_review(review.id)

    def new_coalition(self) -> None:
        """Ask for the coalition's name, then open its review (made when there is none).

        Member workbooks are then added from its Contributions page.
        """
        name, accepted = QInputDialog.getText(
            self,
            self.tr("New coalition review"),
            self.tr("Name of the coalition or network:"),
        )
        name = " ".join(name.split())
        if not accepted or not name or not self.close_review():
            return
        try:
            coalition_id = self.store.coalition(name, sample=self.workshop_mode)
        except UserError as err:
            self.show_error(self.tr("The coalition review could not be made."), str(err))
            return
        if self.open_review(coalition_id) and self.editor is not None:
            self.editor.show_page("contributions")

    def open_sample(self) -> None:
        """Open a fresh throw-away copy of the sample review: see WorkshopJobs."""
        self.workshop_jobs.open_sample()

    def reset_workshop(self) -> None:
        """Throw away every change made in the workshop: see WorkshopJobs."""
        self.workshop_jobs.reset_workshop()

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
            self.show_error(self.tr("The review could not be opened."), str(err))
            return False
        finally:
            if workshop:
                store.close()
        from desktop.ui.autosave import DEFAULT_DELAY_MS, ReviewSession
        from desktop.ui.editor import ReviewEditor

        self.workshop = workshop
        delay = DEFAULT_DELAY_MS if self.autosave_ms is None else self.autosave_ms
        self.session = ReviewSession(store.path, review, form, delay, parent=self)
        self.session.status_changed.connect(self.saving.show_status)
        self.session.save_failed.connect(self.saving.save_failed)
        self.session.text_cleaned.connect(self.saving.text_cleaned)
        self.editor = ReviewEditor(self.session, self.lang, self, contributions=members)
        self.editor.add_contributions_requested.connect(self.merge_files)
        self.editor.add_folder_requested.connect(lambda: self.jobs.merge_files(folder=True))
        self.stack.addWidget(self.editor)
        self.stack.setCurrentWidget(self.editor)
        self._show_title()
        self.session.value_changed.connect(self._profile_changed)
        self.saving.show_status(self.session.status)
        self._update_actions()
        self.editor.navigator.setFocus()
        page = self._pages.get(review.id) or (
            self.settings.last_page(review.id) if self.settings is not None else None
        )
        if page:
            self.editor.show_page(page)  # where it was left (an unknown page is ignored)
        if self.tour_after_open:
            self.tour_after_open = False
            QTimer.singleShot(0, self.start_tour)
        return True

    def import_files(self, paths: list[Path] | None = None) -> None:
        """Import workbooks (asked for when not given): see WorkbookJobs.import_files."""
        self.jobs.import_files(paths)

    def merge_files(self, paths: list[Path] | None = None) -> None:
        """Add member workbooks to the open coalition review: see WorkbookJobs.merge_files."""
        self.jobs.merge_files(paths)

    @property
    def last_import(self) -> tuple[list[str], list[str]] | None:
        """What the last import or merge took in and refused, as its results table says."""
        return self.jobs.last_import

    @last_import.setter
    def last_import(self, value: tuple[list[str], list[str]] | None) -> None:
        self.jobs.last_import = value

    def session_db_path(self) -> Path:
        """The database file of the open review (the workshop copy's, for the sample)."""
        return self.workshop.db_path if self.workshop is not None else self.store.path

    def export_pdf(self) -> None:
        """Ask for the options, then write the PDF report off the UI thread."""
        self.exports.export_review("pdf")

    def export_workbook(self) -> None:
        """Ask for the options, then write the review's workbook (a coalition's credits
        its members)."""
        self.exports.export_review("xlsx")

    def export_blank(self) -> None:
        """Ask for the language and the file, then write the blank questionnaire PDF."""
        self.exports.export_blank()

    def _remember_page(self, review_id: str, page: str) -> None:
        """Keep the page a review is left on, to open it there next time."""
        self._pages[review_id] = page
        if self.settings is not None and self.workshop is None:
            self.settings.remember_page(review_id, page)

    def close_review(self, keep_workshop: bool = False) -> bool:
        """Save and close the open review; False if the person chose to keep it open.

        The sample's throw-away copy is deleted, unless ``keep_workshop`` (to reopen it).
        """
        if self.session is None:
            return True
        if self.tour is not None:
            self.tour.close()
        if not self.session.close() and not self._confirm_unsaved():
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

    def _profile_changed(self, key: str) -> None:
        if key.startswith("profile."):
            self._show_title()

    def _show_title(self) -> None:
        if self.session is None:
            return
        answers = self.session.answers
        parts = [answers.get("profile.country", ""), answers.get("profile.organisation", "")]
        title = " – ".join(p for p in parts if p) or self.tr("Untitled review")
        workshop = self.workshop is not None or self.workshop_mode
        self.workshop_banner.setVisible(workshop)
        if workshop:
            title += " · " + self._workshop_note()
        self.setWindowTitle(f"{title} — {APP_NAME}")

    def _workshop_note(self) -> str:
        return self.tr("WORKSHOP COPY: nothing done here is kept")

    def start_tour(self) -> None:
        """Walk through the main parts of the window: see HelpMenu."""
        self.help.start_tour()

    def show_shortcuts(self) -> None:
        self.help.show_shortcuts()

    def show_about(self) -> None:
        self.help.show_about()

    def _confirm_unsaved(self) -> bool:
        error = self.session.last_error if self.session else ""
        answer = QMessageBox.warning(
            self,
            APP_NAME,
            self.tr("Some changes could not be saved:\n{0}\n\nClose anyway and lose them?").format(
                error
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def show_error(self, summary: str, detail: str) -> None:
        """A warning dialog: ``summary`` in a line, ``detail`` under it."""
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, summary, parent=self)
        box.setInformativeText(detail)
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

    def restore_backup(self, chosen: Path | None = None) -> bool:
        """Put a backup (asked for when not given) in place of the database: see BackupJobs."""
        return self.backups.restore_backup(chosen)

    # -- language --------------------------------------------------------------
    def change_language(self, lang: str) -> None:
        """Speak ``lang`` from now on: remembered, and the window rebuilt in it.

        The open review is saved, closed and opened again on the same page; the
        sample's throw-away copy is kept across.
        """
        if lang == self.lang:
            return
        review_id = self.session.review_id if self.session is not None else None
        page = self.editor.current_page if self.editor is not None else None
        workshop = self.workshop
        if not self.close_review(keep_workshop=True):
            self.language_actions[self.lang].setChecked(True)
            return
        if self.settings is not None:
            self.settings.language = lang
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        install_language(app, lang)
        self.lang = lang
        for action in self.actions():
            self.removeAction(action)
        self.menuBar().clear()
        self._build_actions()
        old_start = self.start
        self.start = self._new_start_screen()
        self.stack.removeWidget(old_start)
        old_start.deleteLater()
        self.show_start()
        if review_id is not None and self.open_review(review_id, workshop=workshop):
            if self.editor is not None and page is not None:
                self.editor.show_page(page)
        elif workshop is not None:
            workshop.discard()

    # -- workshops ---------------------------------------------------------------
