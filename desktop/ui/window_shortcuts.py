"""The window's shortcuts work from every widget, a text field's cursor included.

A focused text field claims keys such as Ctrl+Home (start of the text) or, on
some systems, Ctrl+E (end of the line) before the window's menus see them.
The filter here answers those claims for the keys of the window's own
actions, so that the action runs; the keys of the Edit menu (undo, redo) stay
the text field's. It watches the focused widget only (the claim is made
there), moving with the focus: no other event of the application passes
through it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget


class WindowShortcutsFirst(QObject):
    """An event filter on the focused widget giving ``keys`` to the window's actions."""

    def __init__(self, parent: QObject, app: QApplication) -> None:
        super().__init__(parent)
        self.keys: set[str] = set()
        app.focusChanged.connect(self._focus_moved)
        focused = app.focusObject()
        if focused is not None:
            focused.installEventFilter(self)

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None:
            old.removeEventFilter(self)
        if new is not None:
            new.installEventFilter(self)

    def take(self, sequences: list[QKeySequence]) -> None:
        """The key sequences the window's actions answer to, from now on."""
        self.keys = {sequence.toString() for sequence in sequences if not sequence.isEmpty()}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination()).toString()
            if pressed in self.keys:
                event.ignore()  # not the field's: the shortcut goes to the window's action
                return True
        return False
