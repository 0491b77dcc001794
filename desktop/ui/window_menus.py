"""The window's menus as one table: each action's name, text, slot and keys.

``MainWindow`` builds its menu bar from :func:`menu_table`; an action is
then found on the window by its name (``window.export_action``), tests walk
the same table, and the keyboard-shortcuts dialog lists what it holds. The
texts keep the ``MainWindow`` context of the catalogues.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from desktop.ui.page_ids import OVERVIEW

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

Key = QKeySequence.StandardKey | str | None


class Entry(NamedTuple):
    """One action of a menu; ``name`` is the window's attribute holding it (may be empty)."""

    name: str
    text: str
    slot: Callable[[], object]
    keys: Key = None
    tip: str = ""


#: A separator between groups of a menu.
SEPARATOR = None


class Menu(NamedTuple):
    title: str
    entries: list[Entry | None]
    takes_keys: bool = True  # False: text fields handle its keys when they have the focus


def menu_table(window: MainWindow) -> list[Menu]:
    """The menus of ``window``, in order (the interface language's texts)."""
    standard = QKeySequence.StandardKey
    return [
        Menu(
            QCoreApplication.translate("MainWindow", "&File"),
            [
                Entry(
                    "new_action",
                    QCoreApplication.translate("MainWindow", "&New review…"),
                    window.new_review,
                    standard.New,
                ),
                Entry(
                    "coalition_action",
                    QCoreApplication.translate("MainWindow", "New coa&lition review…"),
                    window.new_coalition,
                ),
                Entry(
                    "sample_action",
                    QCoreApplication.translate("MainWindow", "Open the &sample review"),
                    window.open_sample,
                    "Ctrl+Shift+O",
                ),
                Entry(
                    "import_action",
                    QCoreApplication.translate("MainWindow", "&Import workbooks…"),
                    window.import_files,
                    "Ctrl+I",
                ),
                Entry(
                    "restore_action",
                    QCoreApplication.translate("MainWindow", "Restore from bac&kup…"),
                    window.restore_backup,
                ),
                Entry(
                    "reset_action",
                    QCoreApplication.translate("MainWindow", "&Reset the workshop"),
                    window.reset_workshop,
                    tip=QCoreApplication.translate(
                        "MainWindow",
                        "Throw away every change made to the sample and start "
                        "again from a fresh copy",
                    ),
                ),
                SEPARATOR,
                Entry(
                    "export_action",
                    QCoreApplication.translate("MainWindow", "&Export as PDF…"),
                    window.export_pdf,
                    "Ctrl+E",
                ),
                Entry(
                    "export_workbook_action",
                    QCoreApplication.translate("MainWindow", "Export as &workbook…"),
                    window.export_workbook,
                ),
                Entry(
                    "blank_action",
                    QCoreApplication.translate("MainWindow", "Print a &blank questionnaire…"),
                    window.export_blank,
                ),
                Entry(
                    "close_action",
                    QCoreApplication.translate("MainWindow", "&Close review"),
                    window.close_review,
                    standard.Close,
                ),
                Entry(
                    "delete_action",
                    QCoreApplication.translate("MainWindow", "&Delete this review…"),
                    window.delete_open_review,
                ),
                SEPARATOR,
                Entry(
                    "quit_action",
                    QCoreApplication.translate("MainWindow", "&Quit"),
                    window.close,
                    "Ctrl+Q",
                ),
            ],
        ),
        Menu(
            QCoreApplication.translate("MainWindow", "&Edit"),
            [
                Entry(
                    "undo_action",
                    QCoreApplication.translate("MainWindow", "&Undo"),
                    lambda: window.on_focus("undo"),
                    standard.Undo,
                ),
                Entry(
                    "redo_action",
                    QCoreApplication.translate("MainWindow", "&Redo"),
                    lambda: window.on_focus("redo"),
                    standard.Redo,
                ),
            ],
            takes_keys=False,
        ),
        Menu(
            QCoreApplication.translate("MainWindow", "&Go"),
            [
                Entry(
                    "overview_action",
                    QCoreApplication.translate("MainWindow", "&Overview"),
                    lambda: window.go(OVERVIEW),
                    "Ctrl+Home",
                ),
                Entry(
                    "next_action",
                    QCoreApplication.translate("MainWindow", "&Next page"),
                    lambda: window.step(1),
                    "Ctrl+PgDown",
                ),
                Entry(
                    "previous_action",
                    QCoreApplication.translate("MainWindow", "&Previous page"),
                    lambda: window.step(-1),
                    "Ctrl+PgUp",
                ),
                Entry(
                    "toggle_action",
                    QCoreApplication.translate("MainWindow", "Switch between &list and page"),
                    window.toggle_focus,
                    "F6",
                ),
            ],
        ),
        Menu(
            QCoreApplication.translate("MainWindow", "&Settings"), []
        ),  # the interface language: see MainWindow
        Menu(
            QCoreApplication.translate("MainWindow", "&Help"),
            [
                Entry(
                    "tour_action",
                    QCoreApplication.translate("MainWindow", "Take the &tour"),
                    window.start_tour,
                ),
                Entry(
                    "shortcuts_action",
                    QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"),
                    window.show_shortcuts,
                ),
                Entry(
                    "about_action",
                    QCoreApplication.translate("MainWindow", "&About"),
                    window.show_about,
                ),
            ],
        ),
    ]
