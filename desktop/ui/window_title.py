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
from forms.roles import Role

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

# The workshop banner: dark text on amber, readable on a projector.
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
        form = window.session.form
        parts = [answers.get(form.role_key(r), "") for r in (Role.COUNTRY, Role.ORGANISATION)]
        title = " – ".join(p for p in parts if p) or self.tr("Untitled review")
        window.setWindowTitle(f"{title}{note} — {APP_NAME}")

    def answer_changed(self, key: str) -> None:
        """Follow the open review's profile (its country and organisation name it)."""
        session = self.window.session
        form = session.form if session is not None else None
        if form is None or key in (form.role_key(Role.COUNTRY), form.role_key(Role.ORGANISATION)):
            self.show()
