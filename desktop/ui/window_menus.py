"""The window's menus as one table: each action's name, text, slot and keys.

:func:`build_menus` makes the menu bar of ``MainWindow`` from
:func:`menu_table`; an action is then found on the window by its name
(``window.export_action``, declared in :class:`MenuActions`), tests walk the
same table, and the keyboard-shortcuts dialog lists what it holds. The texts
keep the ``MainWindow`` context of the catalogues. A slot reaches the job
that does the work (``window.exports``, ``window.jobs``…) when it is
triggered, so that no job is made before it is first used.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from desktop.ui.language import INTERFACE_LANGUAGES
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


# A separator between groups of a menu.
SEPARATOR = None


class MenuActions:
    """The window's actions by name, each set by :func:`build_menus` from the table."""

    new_action: QAction
    coalition_action: QAction
    sample_action: QAction
    practice_coalition_action: QAction
    practice_files_action: QAction
    import_action: QAction
    restore_action: QAction
    reset_action: QAction
    export_action: QAction
    export_workbook_action: QAction
    export_word_action: QAction
    blank_action: QAction
    blank_workbook_action: QAction
    passphrase_action: QAction
    signing_key_action: QAction
    lead_key_action: QAction
    check_action: QAction
    package_action: QAction
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
    # Settings › Interface language, one checkable action per language.
    language_actions: dict[str, QAction]


class Menu(NamedTuple):
    title: str
    entries: list[Entry | None]
    takes_keys: bool = True  # False: text fields handle its keys when they have the focus
    languages: bool = False  # True: the interface languages follow, as a submenu


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
                    lambda: window.creating.new_review(),
                    standard.New,
                ),
                Entry(
                    "coalition_action",
                    QCoreApplication.translate("MainWindow", "New coa&lition review…"),
                    lambda: window.creating.new_coalition(),
                ),
                Entry(
                    "import_action",
                    QCoreApplication.translate("MainWindow", "&Import workbooks…"),
                    lambda: window.jobs.import_files(),
                    "Ctrl+I",
                ),
                Entry(
                    "check_action",
                    QCoreApplication.translate("MainWindow", "C&heck files…"),
                    lambda: window.jobs.check_files(),
                    tip=QCoreApplication.translate(
                        "MainWindow",
                        "What importing would say of workbooks and packages, and whether "
                        "signed reports are as they were signed; nothing is changed",
                    ),
                ),
                Entry(
                    "restore_action",
                    QCoreApplication.translate("MainWindow", "Restore from bac&kup…"),
                    lambda: window.backups.restore_backup(),
                ),
                SEPARATOR,
                Entry(
                    "export_action",
                    QCoreApplication.translate("MainWindow", "&Export as PDF…"),
                    lambda: window.exports.export_review("pdf"),
                    "Ctrl+E",
                ),
                Entry(
                    "export_word_action",
                    QCoreApplication.translate("MainWindow", "Export as Wo&rd…"),
                    lambda: window.exports.export_review("docx"),
                ),
                Entry(
                    "export_workbook_action",
                    QCoreApplication.translate("MainWindow", "Export as &workbook…"),
                    lambda: window.exports.export_review("xlsx"),
                ),
                Entry(
                    "package_action",
                    QCoreApplication.translate("MainWindow", "Export &for the coalition lead…"),
                    lambda: window.exports.export_package(),
                    tip=QCoreApplication.translate(
                        "MainWindow",
                        "The review's workbook, signed and sealed so that only the coalition "
                        "lead opens it",
                    ),
                ),
                Entry(
                    "blank_action",
                    QCoreApplication.translate("MainWindow", "Print a &blank questionnaire…"),
                    lambda: window.exports.export_blank(),
                ),
                Entry(
                    "blank_workbook_action",
                    QCoreApplication.translate("MainWindow", "Wri&te a blank workbook…"),
                    lambda: window.exports.export_blank("xlsx"),
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
            QCoreApplication.translate("MainWindow", "&Workshop"),
            [
                Entry(
                    "sample_action",
                    QCoreApplication.translate("MainWindow", "Open the &sample review"),
                    lambda: window.workshop_jobs.open_sample(),
                    "Ctrl+Shift+O",
                ),
                Entry(
                    "practice_coalition_action",
                    QCoreApplication.translate("MainWindow", "Open a practice &coalition"),
                    lambda: window.workshop_jobs.open_practice_coalition(),
                    tip=QCoreApplication.translate(
                        "MainWindow",
                        "A throw-away coalition review with twelve fictional member "
                        "workbooks to add",
                    ),
                ),
                Entry(
                    "practice_files_action",
                    QCoreApplication.translate("MainWindow", "&Write practice member workbooks…"),
                    lambda: window.workshop_jobs.write_practice_workbooks(),
                ),
                SEPARATOR,
                Entry(
                    "reset_action",
                    QCoreApplication.translate("MainWindow", "&Reset the workshop"),
                    lambda: window.workshop_jobs.reset_workshop(),
                    tip=QCoreApplication.translate(
                        "MainWindow",
                        "Throw away every change made to the sample and start "
                        "again from a fresh copy",
                    ),
                ),
            ],
        ),
        Menu(
            QCoreApplication.translate("MainWindow", "&Settings"),
            [
                Entry(
                    "passphrase_action",
                    QCoreApplication.translate("MainWindow", "&Passphrase…"),
                    lambda: window.passphrases.manage(),
                    tip=QCoreApplication.translate(
                        "MainWindow",
                        "Encrypt the database and its backups with a passphrase, change it "
                        "or remove it",
                    ),
                ),
                Entry(
                    "signing_key_action",
                    QCoreApplication.translate("MainWindow", "Signing &key…"),
                    lambda: window.signing.show_or_create(),
                ),
                Entry(
                    "lead_key_action",
                    QCoreApplication.translate("MainWindow", "&Coalition key…"),
                    lambda: window.lead_key.show_or_create(),
                    tip=QCoreApplication.translate(
                        "MainWindow",
                        "For a coalition lead: the key members seal their packages for",
                    ),
                ),
            ],
            languages=True,
        ),
        Menu(
            QCoreApplication.translate("MainWindow", "&Help"),
            [
                Entry(
                    "tour_action",
                    QCoreApplication.translate("MainWindow", "Take the &tour"),
                    lambda: window.help.start_tour(),
                ),
                Entry(
                    "shortcuts_action",
                    QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"),
                    lambda: window.help.show_shortcuts(),
                ),
                Entry(
                    "about_action",
                    QCoreApplication.translate("MainWindow", "&About"),
                    lambda: window.help.show_about(),
                ),
            ],
        ),
    ]


def build_menus(window: MainWindow) -> None:
    """Make the window's menu bar and actions from :func:`menu_table` (again after a
    change of language: the old ones are removed first)."""
    for action in window.actions():
        window.removeAction(action)
    bar = window.menuBar()
    bar.clear()
    keys: list[QKeySequence] = []
    for menu in menu_table(window):
        shown = bar.addMenu(menu.title)
        for entry in menu.entries:
            if entry is None:
                shown.addSeparator()
                continue
            action = _action(window, shown, entry.text, entry.slot, entry.keys)
            if entry.tip:
                action.setStatusTip(entry.tip)
            if entry.name:
                setattr(window, entry.name, action)
            if menu.takes_keys:  # Edit's keys stay with the text field that has the focus
                keys += action.shortcuts()
        if menu.languages:
            _language_menu(window, shown)
    window.shortcuts_first.take(keys)


def _action(
    window: MainWindow, menu: QMenu | None, text: str, slot: Callable[[], object], keys: Key
) -> QAction:
    """An action calling ``slot()`` (never with the ``checked`` flag Qt passes)."""
    action = QAction(text, window)
    if isinstance(keys, QKeySequence.StandardKey):
        action.setShortcuts(QKeySequence.keyBindings(keys))
    elif keys is not None:
        action.setShortcuts([QKeySequence.fromString(keys)])
    action.triggered.connect(lambda _checked=False: slot())
    if menu is not None:
        menu.addAction(action)
    window.addAction(action)
    return action


def _language_menu(window: MainWindow, settings_menu: QMenu) -> None:
    from desktop.ui.language_switch import switch_language

    language_menu = settings_menu.addMenu(
        QCoreApplication.translate("MainWindow", "Interface &language")
    )
    window.language_actions = {}
    group = QActionGroup(window)
    for lang, name in INTERFACE_LANGUAGES.items():
        action = _action(window, language_menu, name, partial(switch_language, window, lang), None)
        action.setCheckable(True)
        action.setChecked(lang == window.lang)
        group.addAction(action)
        window.language_actions[lang] = action


def menu_actions(window: MainWindow, but: QMenu | None = None) -> list[QAction]:
    """The actions of the window's menus (but the menu ``but``), in order, separators left out."""
    return [
        action
        for top in window.menuBar().actions()
        if isinstance(menu := top.menu(), QMenu) and menu is not but
        for action in menu.actions()
        if not action.isSeparator()
    ]


def enable_actions(window: MainWindow) -> None:
    """Enable what the window's state allows: the review's actions only with a review open."""
    editing = window.editor is not None
    for action in (
        window.close_action,
        window.export_action,
        window.export_workbook_action,
        window.export_word_action,
        window.package_action,
        window.overview_action,
        window.next_action,
        window.previous_action,
        window.toggle_action,
    ):
        action.setEnabled(editing)
    window.delete_action.setEnabled(editing and window.workshop is None)
    window.reset_action.setEnabled(window.workshop_mode or window.workshop is not None)
    window.restore_action.setEnabled(not window.workshop_mode)
