"""The window's title, and the workshop banner across the top of the window.

The title names the open review ("country – organisation"); in a workshop
(the sample's throw-away copy, or a window opened with ``--demo``) both the
title and a banner say that nothing done is kept: projectors often hide the
title bar, so the banner is in the window itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QWidget

from desktop import APP_NAME

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

#: The workshop banner: dark text on amber, readable on a projector.
BANNER_STYLE = (
    "QLabel { background: #fdb863; color: #2d004b; font-weight: bold; padding: 6px 12px; }"
)


class WindowTitle(QObject):
    """Keeps the window's title and its workshop banner up to date."""

    def __init__(self, window: MainWindow, frame: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.banner = QLabel(self.workshop_note(), frame)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.workshop_note())
        self.banner.setVisible(False)

    def workshop_note(self) -> str:
        return self.tr("WORKSHOP COPY: nothing done here is kept")

    def show(self) -> None:
        """Name the open review (or the application alone), the workshop said where it is one."""
        window = self.window
        workshop = window.workshop_mode or window.workshop is not None
        self.banner.setVisible(workshop)
        note = " · " + self.workshop_note() if workshop else ""
        if window.session is None:
            window.setWindowTitle(APP_NAME + note)
            return
        answers = window.session.answers
        parts = [answers.get("profile.country", ""), answers.get("profile.organisation", "")]
        title = " – ".join(p for p in parts if p) or self.tr("Untitled review")
        window.setWindowTitle(f"{title}{note} — {APP_NAME}")

    def answer_changed(self, key: str) -> None:
        """Follow the open review's profile (its country and organisation name it)."""
        if key.startswith("profile."):
            self.show()
