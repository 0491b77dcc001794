"""The Help menu: the guided tour, the keyboard shortcuts and About."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from desktop import APP_NAME, __version__
from desktop.ui.window_menus import menu_actions

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class HelpMenu(QObject):
    """What Help › Take the tour, Keyboard shortcuts and About show."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def start_tour(self) -> None:
        """Walk through the main parts of the window (opens the sample when nothing is open)."""
        if self.window.editor is None:
            self.window.tour_after_open = True
            self.window.workshop_jobs.open_sample()
            return
        from desktop.ui.tour import Tour, tour_steps

        if self.window.tour is not None:
            self.window.tour.close()
        self.window.tour = Tour(self.window, tour_steps(self.window))
        self.window.tour.finished.connect(self._tour_finished)
        self.window.tour.start()

    def _tour_finished(self) -> None:
        self.window.tour = None
        if self.window.settings is not None:
            self.window.settings.tour_seen = True

    def show_shortcuts(self) -> None:
        """List the keyboard shortcuts: every menu action's, then the keys of the pages."""
        from html import escape

        from PySide6.QtCore import Qt

        def native(keys: str) -> str:  # key names as the system's language writes them
            return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)

        rows: list[tuple[str, str]] = []
        for action in menu_actions(self.window):
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys:
                rows.append((action.text().replace("&", "").rstrip("…"), keys))
        listed = {keys for _what, keys in rows}
        rows += [
            (what, keys)
            for what, keys in (
                (self.tr("Switch between list and page"), "F6"),
                (self.tr("Next / previous field"), f"{native('Tab')} / {native('Shift+Tab')}"),
                (self.tr("Tick an entry of a list"), self.tr("Space")),
            )
            if keys not in listed
        ]
        direction = (
            "rtl" if self.window.layoutDirection() == Qt.LayoutDirection.RightToLeft else "ltr"
        )
        cells = "".join(
            f"<tr><td style='padding-right:16px; padding-left:16px'><b>{escape(keys)}</b></td>"
            f"<td>{escape(what)}</td></tr>"
            for what, keys in rows
        )
        box = QMessageBox(
            QMessageBox.Icon.NoIcon, self.tr("Keyboard shortcuts"), "", parent=self.window
        )
        box.setTextFormat(Qt.TextFormat.RichText)
        table = f"<table dir='{direction}' cellspacing='2'>{cells}</table>"  # markup only
        box.setText(table)
        box.exec()

    def show_about(self) -> None:
        """Name, version and the privacy promise."""
        text = self.tr(
            "{0} {1}\n\nCivil-society shadow reviews of the Global Compact for Safe, Orderly "
            "and Regular Migration.\n\nEverything stays on this computer: the application "
            "never connects to the network."
        ).format(APP_NAME, __version__)
        if self.window.isRightToLeft():  # the Latin name's line starts at the right too
            text = "\n".join("\u200f" + line if line else line for line in text.split("\n"))
        QMessageBox.about(self.window, self.tr("About {0}").format(APP_NAME), text)
