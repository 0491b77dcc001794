"""Starting the application window."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import __version__, backups
from desktop.store import DamagedDatabase, Store
from desktop.ui.bidi import isolated
from desktop.ui.database_lock import lock_database
from desktop.ui.icons import app_icon
from desktop.ui.language import install_language, system_language
from desktop.ui.main_window import APP_NAME, MainWindow
from desktop.ui.passphrase_jobs import unlock_at_start, unlock_lost_key
from desktop.ui.settings import Settings
from forms.errors import UserError

EXIT_OK = 0
EXIT_ERROR = 2


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once per process)."""
    existing = QApplication.instance()
    app = (
        existing
        if isinstance(existing, QApplication)
        else QApplication(argv if argv is not None else sys.argv[:1])
    )
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("GCM Shadow Review")
    app.setWindowIcon(app_icon())
    return app


def interface_language(settings: Settings, ask: bool = True) -> str:
    """The interface language: the one chosen before, else asked (the system's preselected)."""
    lang = settings.language
    if lang is not None:
        return lang
    lang = system_language()
    if ask:
        from desktop.ui.language_dialog import LanguageDialog

        dialog = LanguageDialog(lang)
        dialog.exec()  # closing the dialog keeps the preselected language
        lang = dialog.language()
        settings.language = lang
    return lang


def run(
    db_path: Path, demo: bool = False, smoke: bool = False, settings: Settings | None = None
) -> int:
    """Open the window on ``db_path`` (or on a throw-away sample with ``demo``) until it closes.

    The first start asks for the interface language. With ``smoke`` the window is
    shown, events are processed once, "smoke: the window is shown" is printed and
    it closes: a quick check that the application starts (nothing is asked, no tour).
    """
    app = application()
    install_crash_handler()
    settings = settings if settings is not None else Settings()
    lang = interface_language(settings, ask=not smoke)
    install_language(app, lang)
    workshop = None
    if demo:
        from desktop.workshop import create_workshop_copy

        workshop = create_workshop_copy()
    lock = None
    try:
        try:
            if workshop is None:
                lock = lock_database(db_path)
                backups.clear_leftovers(db_path)  # of operations killed before
                if not smoke and not unlock_at_start(db_path):
                    return EXIT_OK  # the person chose to quit rather than unlock
            store = open_database(workshop.db_path if workshop else db_path, not smoke)
        except UserError as err:
            if not smoke:
                from desktop.ui.problem_text import error_text

                QMessageBox.critical(None, APP_NAME, error_text(err))
            print(f"error: {err}", file=sys.stderr)
            return EXIT_ERROR
        with store:
            window = MainWindow(
                store,
                lang=lang,
                workshop_mode=workshop is not None,
                settings=None if smoke else settings,
            )
            window.show()
            backup = None if workshop else daily_backup(store.path)
            if workshop is not None:
                window.open_review(workshop.review_id)
            if smoke:
                QTimer.singleShot(0, lambda: _smoke_done(window))
            app.exec()
            window.close()
            if backup is not None:
                backup.join()  # a backup is never cut short by closing the window
        return EXIT_OK
    finally:
        if workshop is not None:
            workshop.discard()
        if lock is not None:
            lock.release()


def install_crash_handler() -> None:
    """Log what escapes (any thread) and show the person a dialog naming the log file."""
    from desktop import crash_log

    app_object = QApplication.instance()
    assert app_object is not None
    receiver: QCoreApplication = app_object

    def on_crash(where: Path, kind: str) -> None:
        # Called on the failing thread: the dialog is shown by the UI thread.
        QTimer.singleShot(0, receiver, lambda: _crash_dialog(where, kind))

    crash_log.install(on_crash)


def _crash_dialog(where: Path, kind: str) -> None:
    QMessageBox.critical(
        None,
        APP_NAME,
        QCoreApplication.translate(
            "Startup",
            "An unexpected problem ({0}) interrupted what you were doing. Everything saved "
            "so far is safe. The details are in {1}.",
        ).format(kind, where),
    )


def _smoke_done(window: MainWindow) -> None:
    """The end of a smoke start: say the window was shown (once events ran), and close it."""
    print("smoke: the window is shown", flush=True)
    window.close()


def open_database(path: Path, interactive: bool = True) -> Store:
    """Open the database for the window: checked, and recovered when damaged.

    A damaged database (an empty file, not SQLite, failing the quick check) is
    moved aside, never overwritten, and the newest sound backup is offered
    (``interactive``); otherwise DamagedDatabase is raised.
    A fault of the disk (full, unreadable) is raised as the StoreError it is,
    and nothing is moved.
    """
    try:
        store = Store(path, check=True)
    except DamagedDatabase as err:
        if not interactive:
            raise
        if unlock_lost_key(path):  # an encrypted database whose key file was lost
            return Store(path, check=True)
        store = _recover(path, err)
    return store


def daily_backup(path: Path) -> threading.Thread | None:
    """Start the day's backup of ``path`` in a thread of its own, when one is due.

    The copy takes a while for a large database: the window does not wait for
    it. A backup that cannot be written is reported and the work goes on.
    """
    if not backups.daily_due(path):
        return None

    def copy() -> None:
        try:
            backups.create_backup(path, "daily")
        except backups.BackupError as err:
            print(f"warning: {err}", file=sys.stderr)

    thread = threading.Thread(target=copy, name="daily backup", daemon=True)
    thread.start()
    return thread


def _recover(path: Path, damage: DamagedDatabase) -> Store:
    aside = backups.move_aside(path)
    newest = backups.newest_sound(path)
    said = QCoreApplication.translate(
        "Startup", "The database {0} is damaged: {1}\n\nIt was moved aside, untouched, to {2}."
    ).format(isolated(path), damage, isolated(aside))
    if newest is None:
        QMessageBox.warning(
            None,
            APP_NAME,
            said
            + "\n\n"
            + QCoreApplication.translate(
                "Startup", "There is no backup: a new, empty database starts."
            ),
        )
        return Store(path)
    moment = newest.created.astimezone().strftime("%Y-%m-%d %H:%M")
    answer = QMessageBox.question(
        None,
        APP_NAME,
        said
        + "\n\n"
        + QCoreApplication.translate("Startup", "Restore the newest backup, made on {0}?").format(
            moment
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer == QMessageBox.StandardButton.Yes:
        backups.restore(path, newest.path)
    return Store(path)
