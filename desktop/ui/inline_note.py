"""The note under a field that says at once what happened to what was typed.

A note is either a hint (a character counter) or a warning (a date that does
not exist, text that did not fit, counts that do not add up). Warnings are
announced to screen readers when they appear; both are hidden when empty.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLabel, QWidget

from desktop.ui.style import muted, problem

# A counter shows once a text holds this share of its limit.
COUNTER_FROM = 0.8


class InlineNote(QLabel):
    """A word-wrapped line under a field; ``say`` sets it, an empty text hides it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inline_note")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setVisible(False)
        self.warning = False
        self._palette = self.palette()

    def say(self, text: str, warning: bool = True) -> bool:
        """Show ``text`` (a warning unless told otherwise); announce a new warning.

        Returns whether the note changed.
        """
        if text == self.text() and warning == self.warning:
            return False
        self.warning = warning
        self.setPalette(self._palette)
        (problem if warning else muted)(self)
        self.setText(text)
        self.setVisible(bool(text))
        if text and warning:
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, text))
        return True


def counter(length: int, limit: int) -> str:
    """``"92 of 100 characters"`` once ``length`` nears ``limit``, else empty."""
    if length < limit * COUNTER_FROM:
        return ""
    return QCoreApplication.translate("InlineNote", "{0} of {1} characters").format(length, limit)


def left_out(count: int, limit: int) -> str:
    """What is said when typed or pasted text did not fit."""
    return QCoreApplication.translate(
        "InlineNote", "Cut to the limit of {1} characters: {0} more did not fit."
    ).format(count, limit)


def not_a_date(text: str) -> str:
    return QCoreApplication.translate(
        "InlineNote", "“{0}” is not a date (YYYY-MM-DD, e.g. 2026-03-31): it is not saved."
    ).format(text)


def above_maximum(text: str, maximum: str) -> str:
    return QCoreApplication.translate(
        "InlineNote", "{0} is above the maximum of {1}: it is not saved."
    ).format(text, maximum)


def below_minimum(text: str, minimum: str) -> str:
    return QCoreApplication.translate(
        "InlineNote", "{0} is below the minimum of {1}: it is not saved."
    ).format(text, minimum)


def not_a_number(text: str) -> str:
    return QCoreApplication.translate(
        "InlineNote", "“{0}” is not a number: it is not saved."
    ).format(text)
