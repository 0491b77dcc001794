"""Starting the application window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import __version__
from desktop.store import Store
from desktop.ui.language import install_language, system_language
from desktop.ui.main_window import APP_NAME, MainWindow
from desktop.ui.settings import Settings
from forms.errors import UserError

EXIT_OK = 0
EXIT_ERROR = 2


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once per process)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("GCM Shadow Review")
    return app  # type: ignore[return-value]


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
    shown, events are processed once and it closes: a quick check that the
    application starts (nothing is asked, no tour).
    """
    app = application()
    settings = settings if settings is not None else Settings()
    lang = interface_language(settings, ask=not smoke)
    install_language(app, lang)
    workshop = None
    if demo:
        from desktop.workshop import create_workshop_copy

        workshop = create_workshop_copy()
    try:
        try:
            store = Store(workshop.db_path if workshop else db_path)
        except UserError as err:
            QMessageBox.critical(None, APP_NAME, str(err))
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
            if workshop is not None:
                window.open_review(workshop.review_id)
            if smoke:
                QTimer.singleShot(0, window.close)
            app.exec()
            window.close()
        return EXIT_OK
    finally:
        if workshop is not None:
            workshop.discard()
