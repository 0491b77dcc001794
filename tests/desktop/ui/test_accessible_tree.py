"""What a screen reader meets: every control it can land on has a name, in every language.

The accessibility tree is walked through QAccessible, as assistive technology
walks it, from the window in each of its states: the start screen, every page
of a review, every page of a coalition review, the guided tour, the menus, and
every dialog the window opens (answered "no" once walked). Each visible node
that can take the keyboard focus must have an accessible name (Qt takes it
from the widget's own name, its text, or the label it is the buddy of). Rows
and cells of lists and tables are data: an empty cell is an empty answer, not
an unnamed control, so only those that can be ticked are held to it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMenu, QMessageBox, QWidget

from desktop import backups, importing
from desktop.importing import NotConfirmed
from desktop.store import ReplaceNeeded
from desktop.ui.field_widgets import DateEditor
from desktop.ui.language import INTERFACE_LANGUAGES, install_language
from desktop.ui.language_dialog import LanguageDialog
from desktop.ui.language_switch import switch_language
from desktop.ui.table_editor import TableEditor
from forms.merge import Contribution
from forms.replacement import Risk
from tests.desktop.ui.test_menu_actions import Dialogs
from tests.support import every_field_answers

Role = QAccessible.Role
#: The rows, cells and headers of item views: data, named by their text.
ITEM_ROLES = {
    Role.Cell,
    Role.Row,
    Role.Column,
    Role.ColumnHeader,
    Role.RowHeader,
    Role.TreeItem,
    Role.ListItem,
}
#: Classes the walks must meet: the parts of the window and its dialogs, all reached.
REACHED = {
    "StartScreen", "Navigator", "Dashboard", "ObjectiveTile", "SectionButton", "FormPage",
    "TableEditor", "RadioChoiceEditor", "ComboChoiceEditor", "MultiChoiceEditor", "DateEditor",
    "CountsEditor", "BooleanEditor", "LongTextEditor", "ContributionsPage", "MemberVoicesPanel",
    "Tour", "QMenu", "QCalendarWidget", "NewReviewDialog", "ExportDialog", "LanguageDialog",
    "QInputDialog", "QMessageBox", "QProgressDialog", "ResultsDialog",
}  # fmt: skip
#: How many of the places an unnamed control was met on its line of the failure names.
PLACES_SHOWN = 6
#: Deeper than any real window: a guard against a tree that loops.
MAX_DEPTH = 80


def _describe(obj: QObject | None) -> str:
    """A widget as a developer finds it: class, objectName and the field it belongs to."""
    if obj is None:
        return "?"
    text = type(obj).__name__
    if obj.objectName():
        text += f"#{obj.objectName()}"
    key = getattr(obj, "key", None)
    fld = getattr(obj, "field", None)
    if isinstance(key, str):
        text += f"[{key}]"
    elif fld is not None and isinstance(getattr(fld, "key", None), str):
        text += f"[{fld.key}]"
    return text


def _ancestry(obj: QObject | None) -> str:
    """The chain of parents of ``obj``, outermost first."""
    chain = []
    while obj is not None:
        chain.append(_describe(obj))
        obj = obj.parent()
    return " > ".join(reversed(chain))


@dataclass
class Walker:
    """Walks accessibility trees and gathers the unnamed focusable nodes, by place."""

    lang: str
    #: Each unnamed node (what and where in the widget tree) → the places it was met.
    unnamed: dict[str, list[str]] = field(default_factory=dict)
    #: How many nodes were looked at, all walks together.
    nodes: int = 0
    #: The places walked, in order.
    places: list[str] = field(default_factory=list)
    #: The classes of the objects met, to tell what the walks reached.
    met: set[str] = field(default_factory=set)

    def walk(self, widget: QWidget, place: str) -> None:
        """Walk ``widget``'s accessibility tree, ``place`` saying what is on screen."""
        QApplication.processEvents()  # widgets added to a shown parent show a moment later
        root = QAccessible.queryAccessibleInterface(widget)
        assert root is not None and root.isValid(), f"{place}: no accessible interface"
        assert not root.state().invisible, f"{place}: walked while hidden"
        self.places.append(place)
        self._visit(root, place, set(), 0)

    def _visit(
        self, node: QAccessibleInterface | None, place: str, seen: set[int], depth: int
    ) -> None:
        if node is None or not node.isValid() or depth > MAX_DEPTH:
            return
        ident = QAccessible.uniqueId(node)
        if ident in seen:
            return
        seen.add(ident)
        state = node.state()
        if state.invisible:
            return  # and so is everything in it
        self.nodes += 1
        obj = node.object()
        if obj is not None:
            self.met.add(type(obj).__name__)
        role = node.role()
        control = role not in ITEM_ROLES or state.checkable
        if control and state.focusable and not node.text(QAccessible.Text.Name).strip():
            self._found(node, role, place)
        for index in range(node.childCount()):
            self._visit(node.child(index), place, seen, depth + 1)

    def _found(self, node: QAccessibleInterface, role: Role, place: str) -> None:
        obj = node.object()
        if obj is None:  # an item of a view: its view says where
            parent = node.parent()
            obj = parent.object() if parent is not None else None
            what = f"an item ({role.name}) of {_describe(obj)}"
        else:
            what = f"{_describe(obj)} ({role.name})"
        self.unnamed.setdefault(f"{what} in {_ancestry(obj)}", []).append(place)

    def report(self) -> list[str]:
        """One line per unnamed node: what it is, where it sits, the places and language."""
        lines = []
        for what, places in self.unnamed.items():
            distinct = list(dict.fromkeys(places))
            shown = "; ".join(distinct[:PLACES_SHOWN])
            if len(distinct) > PLACES_SHOWN:
                shown += f" … ({len(distinct)} places in all)"
            lines.append(f"[{self.lang}] {what}; seen on: {shown}")
        return lines


class WalkedDialogs(Dialogs):
    """The recorder of test_menu_actions, which also walks each dialog before answering it.

    Dialogs the window executes or opens are shown, walked and hidden; for the
    static message boxes and input dialogs the same Qt dialog is built from the
    arguments and walked. The file pickers are Qt's or the system's own and are
    only recorded.
    """

    def __init__(self, monkeypatch: pytest.MonkeyPatch, walker: Walker) -> None:
        super().__init__(monkeypatch)
        self.walker = walker
        self.walked: list[str] = []
        recorded_exec, recorded_box_exec = QDialog.exec, QMessageBox.exec
        recorded_open, recorded_dialog_open = QMessageBox.open, QDialog.open

        def executed(dialog: QDialog) -> int:
            self.walk(dialog)
            return recorded_exec(dialog)

        def box_executed(box: QMessageBox) -> int:
            self.walk(box)
            return recorded_box_exec(box)

        def opened(box: QMessageBox) -> None:
            self.walk(box)
            recorded_open(box)

        def dialog_opened(dialog: QDialog) -> None:
            self.walk(dialog)
            recorded_dialog_open(dialog)

        monkeypatch.setattr(QDialog, "exec", executed)
        monkeypatch.setattr(QDialog, "open", dialog_opened)
        monkeypatch.setattr(QMessageBox, "exec", box_executed)
        monkeypatch.setattr(QMessageBox, "open", opened)
        icons = {
            "information": QMessageBox.Icon.Information,
            "warning": QMessageBox.Icon.Warning,
            "critical": QMessageBox.Icon.Critical,
            "question": QMessageBox.Icon.Question,
            "about": QMessageBox.Icon.Information,
        }
        for kind, icon in icons.items():
            monkeypatch.setattr(
                QMessageBox,
                kind,
                staticmethod(self._static_box(kind, icon, getattr(QMessageBox, kind))),
            )
        recorded_text, recorded_item = QInputDialog.getText, QInputDialog.getItem
        recorded_int = QInputDialog.getInt

        def get_text(parent, title, label, *args: Any, **kwargs: Any):
            dialog = self._input_dialog(parent, title, label)
            dialog.setTextValue(kwargs.get("text", args[1] if len(args) > 1 else ""))
            self.walk(dialog)
            dialog.deleteLater()
            return recorded_text(parent, title, label, *args, **kwargs)

        def get_item(parent, title, label, items, current=0, editable=True, *args, **kwargs):
            dialog = self._input_dialog(parent, title, label)
            dialog.setComboBoxItems(items)
            dialog.setTextValue(items[current] if items else "")
            dialog.setComboBoxEditable(editable)
            self.walk(dialog)
            dialog.deleteLater()
            return recorded_item(parent, title, label, items, current, editable, *args, **kwargs)

        def get_int(parent, title, label, value=0, lowest=-2147483647, highest=2147483647,
                    *args, **kwargs):  # fmt: skip
            dialog = self._input_dialog(parent, title, label)
            dialog.setInputMode(QInputDialog.InputMode.IntInput)
            dialog.setIntRange(lowest, highest)
            dialog.setIntValue(value)
            self.walk(dialog)
            dialog.deleteLater()
            return recorded_int(parent, title, label, value, lowest, highest, *args, **kwargs)

        monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
        monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
        monkeypatch.setattr(QInputDialog, "getInt", staticmethod(get_int))

    def _static_box(self, kind: str, icon: QMessageBox.Icon, recorded: Callable[..., Any]):
        def asked(parent, title, text, *args: Any, **kwargs: Any) -> Any:
            buttons = args[0] if args and kind != "about" else QMessageBox.StandardButton.Ok
            box = QMessageBox(icon, title, text, buttons, parent)
            self.walk(box)
            box.deleteLater()
            return recorded(parent, title, text, *args, **kwargs)

        return asked

    @staticmethod
    def _input_dialog(parent: QWidget, title: str, label: str) -> QInputDialog:
        dialog = QInputDialog(parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        return dialog

    def walk(self, dialog: QDialog) -> None:
        """Show ``dialog``, walk it as it looks, and hide it again."""
        place = f"{type(dialog).__name__} “{dialog.windowTitle()}”"
        dialog.show()
        try:
            self.walker.walk(dialog, place)
        finally:
            dialog.hide()
        self.walked.append(type(dialog).__name__)

    def take_walked(self) -> list[str]:
        walked, self.walked = self.walked, []
        return walked


@pytest.fixture
def english_afterwards(qapp):
    """The window changes the application's language: English again after the test."""
    yield
    install_language(qapp, "en")


def _settle(window, qtbot) -> None:
    if window.task is not None and window.task.running():
        qtbot.waitUntil(lambda: not window.task.running(), timeout=30000)
    qtbot.wait(1)


def _walk_pages(window, walker: Walker, what: str) -> int:
    """Show and walk every page of the open review, in the navigator's order."""
    editor = window.editor
    for page_id in editor.page_order:
        editor.show_page(page_id)
        assert editor.current_page == page_id
        walker.walk(window, f"{what}, page {page_id}")
    return len(editor.page_order)


def _walk_menus(window, walker: Walker) -> None:
    """Open each menu and submenu in turn and walk it."""
    menus = [a.menu() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)]
    while menus:
        menu = menus.pop(0)
        menu.popup(window.mapToGlobal(QPoint(10, 10)))
        try:
            walker.walk(menu, f"menu {menu.title().replace('&', '')}")
        finally:
            menu.hide()
        menus += [a.menu() for a in menu.actions() if isinstance(a.menu(), QMenu)]


def _coalition(store) -> str:
    coalition = store.coalition("Plateforme des migrations")
    members = [
        Contribution("a", "Réseau A", 2, {"obj05.rating": "regression",
                                          "obj05.assessment": "Pire."}),
        Contribution("b", "Collective B", 1, {"obj05.rating": "substantial",
                                              "obj05.assessment": "Much better in the north."}),
    ]  # fmt: skip
    for m in members:
        outcome = store.add_contribution(
            coalition, m.review_id, m.organisation, m.revision, m.answers, f"{m.review_id}.xlsx"
        )
        assert outcome == "added"
    return coalition


def _walk_the_start_screen_and_its_dialogs(
    window, qtbot, walker, dialogs, monkeypatch, tmp_path
) -> None:
    walker.walk(window, "start screen, no reviews")
    _walk_menus(window, walker)
    asked = {
        window.new_action: "NewReviewDialog",
        window.coalition_action: "QInputDialog",
        window.practice_files_action: "QInputDialog",  # how many practice workbooks
        window.restore_action: "QMessageBox",  # there is no backup yet
        window.blank_action: "ExportDialog",
        window.blank_workbook_action: "ExportDialog",
        window.signing_key_action: "QInputDialog",
        window.passphrase_action: "PassphraseDialog",
        window.lead_key_action: "QInputDialog",
        window.shortcuts_action: "QMessageBox",
        window.about_action: "QMessageBox",
    }
    for action, dialog in asked.items():
        action.trigger()
        _settle(window, qtbot)
        assert dialog in dialogs.take_walked(), action.text()
    backups.create_backup(window.store.path, "manual")
    window.restore_action.trigger()
    assert dialogs.take_walked() == ["QInputDialog"], "the list of backups"
    dialogs.take()
    window.import_action.trigger()
    assert dialogs.take() == ["files"]  # the system's file picker: not walked
    window.check_action.trigger()
    assert dialogs.take() == ["files"]

    assert not window.open_review("0123456789abcdef0123456789abcdef")
    assert dialogs.take_walked() == ["QMessageBox"], "the review could not be opened"
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a workbook")
    release = threading.Event()  # the import waits until its progress dialog is walked
    reading = importing.import_workbook

    def held(*args: Any, **kwargs: Any) -> Any:
        release.wait(10)
        return reading(*args, **kwargs)

    monkeypatch.setattr(importing, "import_workbook", held)
    window.jobs.import_files([broken])
    assert window.task is not None and window.task.running()
    window.task.dialog.show()  # it shows once the work takes a moment
    try:
        walker.walk(window.task.dialog, "progress of an import")
    finally:
        release.set()
    _settle(window, qtbot)
    assert dialogs.take_walked() == ["ResultsDialog"], "the results of the import"
    dialogs.walk(LanguageDialog(walker.lang))
    dialogs.take_walked()


def _walk_the_review_and_its_dialogs(window, qtbot, walker, dialogs, form, tmp_path) -> None:
    review = window.store.create(every_field_answers(form))
    window.show_start()
    walker.walk(window, "start screen, listing reviews")
    assert window.open_review(review.id)
    assert _walk_pages(window, walker, "review") > 25
    _walk_menus(window, walker)

    for action in (window.export_action, window.export_workbook_action):
        action.trigger()
        assert dialogs.take_walked() == ["ExportDialog"], action.text()
    existing = tmp_path / "existing.pdf"
    existing.write_bytes(b"%PDF")
    assert not window.exports.writable(existing)  # "replace it?" answered no
    assert not window.exports.confirm_personal_data(
        form, {"obj05.assessment": "Write to amina.diallo@example.org or +221 77 123 45 67"}, False
    )
    risks = [Risk("organisation", "Réseau A", "Réseau B"), Risk("removals", removed=9, total=12)]
    needed = ReplaceNeeded(review.id, risks)
    assert not window.jobs.confirm_replacements([NotConfirmed(existing, needed, True)])
    assert not window.saving.lose_unsaved()
    window.workshop_mode = True  # only a workshop can be reset
    try:
        window.workshop_jobs.reset_workshop()  # "reset the workshop?" answered no
    finally:
        window.workshop_mode = False
    assert dialogs.take_walked() == ["QMessageBox"] * 5

    # The date picker pops up a calendar: a widget of a menu, which the menu's tree leaves out.
    window.editor.show_page("profile")
    date = window.editor.page("profile").findChildren(DateEditor)[0]
    picker = date.pick.menu()
    picker.popup(date.pick.mapToGlobal(QPoint(0, date.pick.height())))
    try:
        walker.walk(picker, f"date picker of {date.field.key}")
        walker.walk(date.calendar, f"date picker of {date.field.key}")
    finally:
        picker.hide()

    page = window.editor.page("methodology")
    window.editor.show_page("methodology")
    table = next(t for t in page.findChildren(TableEditor) if t.rows)
    rows = len(table.rows)
    table.remove_row()  # a row with content: "remove it?" answered no
    assert dialogs.take_walked() == ["QMessageBox"] and len(table.rows) == rows

    window.help.start_tour()
    tour = window.tour
    assert tour is not None
    for step in range(len(tour.steps)):
        tour.go(step)
        walker.walk(window, f"tour, step {step + 1}")
    tour.close()

    coalition = _coalition(window.store)
    assert window.open_review(coalition)
    assert _walk_pages(window, walker, "coalition review") > 25
    members = window.editor.page("obj05").member_voices
    assert members is not None and members.isVisibleTo(window.editor.page("obj05"))


# Menus popped up on the offscreen platform: noise of the plugin, not of the application.
@pytest.mark.qt_log_ignore("This plugin does not support raise", "does not support grabbing")
@pytest.mark.parametrize("lang", list(INTERFACE_LANGUAGES))
def test_every_focusable_control_has_an_accessible_name(
    window, qtbot, form, monkeypatch, tmp_path, english_afterwards, lang
):
    walker = Walker(lang)
    dialogs = WalkedDialogs(monkeypatch, walker)
    if lang != "en":
        switch_language(window, lang)
    assert window.lang == lang
    _walk_the_start_screen_and_its_dialogs(window, qtbot, walker, dialogs, monkeypatch, tmp_path)
    _walk_the_review_and_its_dialogs(window, qtbot, walker, dialogs, form, tmp_path)
    assert walker.nodes > 10000, "the walks met the controls"  # not an empty tree
    assert walker.met >= REACHED, f"never reached: {sorted(REACHED - walker.met)}"
    offenders = walker.report()
    assert not offenders, f"{len(offenders)} unnamed focusable controls:\n" + "\n".join(offenders)
