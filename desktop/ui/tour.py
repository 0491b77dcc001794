"""A short guided tour: a few steps that point at the main parts of the window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.style import muted, scaled

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


@dataclass(frozen=True)
class TourStep:
    """One stop of the tour: what to show first, what to point at and what to say."""

    title: str
    text: str
    # The area to highlight, in the window's coordinates (None: no highlight).
    target: Callable[[], QRect | None]
    prepare: Callable[[], None] = lambda: None


def _area(window: QWidget, widget: QWidget | None) -> QRect | None:
    if widget is None or not widget.isVisible():
        return None
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def tour_steps(window: MainWindow) -> list[TourStep]:
    """The four stops: navigator, an objective page, the overview and the export."""
    from desktop.ui.navigator import OVERVIEW

    translate = QCoreApplication.translate

    def editor():
        return window.editor

    def show(page_id: str) -> Callable[[], None]:
        def prepare() -> None:
            if window.editor is not None:
                window.editor.show_page(page_id)

        return prepare

    def file_menu() -> QRect | None:
        bar = window.menuBar()
        action = bar.actions()[0] if bar.actions() else None
        if action is None:
            return None
        rect = bar.actionGeometry(action)
        return QRect(bar.mapTo(window, rect.topLeft()), rect.size())

    first_objective = window.editor.form.objectives.items[0].key if window.editor else ""
    return [
        TourStep(
            translate("Tour", "The list of pages"),
            translate(
                "Tour",
                "The profile, the methodology, the guiding principles and the 23 objectives, "
                "grouped in the four clusters. A tick marks a complete page; “5/12” says how "
                "many questions are answered. F6 moves between this list and the page.",
            ),
            lambda: _area(window, editor().navigator if editor() else None),
            show(OVERVIEW),
        ),
        TourStep(
            translate("Tour", "An objective"),
            translate(
                "Tour",
                "What the government claims sits next to what civil society observes. Rate the "
                "progress, give the evidence and your recommendations. Everything is saved as "
                "you type; mark an objective confidential to keep it out of shared reports.",
            ),
            lambda: _area(window, editor().stack if editor() else None),
            show(first_objective),
        ),
        TourStep(
            translate("Tour", "The overview"),
            translate(
                "Tour",
                "One tile per objective, coloured and named by its rating, and how complete each "
                "part of the review is. Choose a tile to open its objective.",
            ),
            lambda: _area(window, editor().stack if editor() else None),
            show(OVERVIEW),
        ),
        TourStep(
            translate("Tour", "Export and share"),
            translate(
                "Tour",
                "The File menu exports the report as a PDF in any of the four languages, and "
                "prints a blank questionnaire for work on paper. Confidential content stays out "
                "unless you choose to include it. The tour is in the Help menu whenever you want "
                "it again.",
            ),
            file_menu,
        ),
    ]


class Tour(QWidget):
    """A dimmed layer over the window with one highlighted area and a card per step.

    Back, Next and Skip (or Escape) move through it; ``finished`` is emitted once,
    whether the tour was completed or skipped.
    """

    finished = Signal()

    def __init__(self, window: QWidget, steps: list[TourStep]) -> None:
        super().__init__(window)
        self.window_ = window
        self.steps = steps
        self.index = 0
        self.highlight: QRect | None = None
        self._done = False
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Guided tour"))

        self.card = QFrame(self)
        self.card.setObjectName("tourCard")
        self.card.setAutoFillBackground(True)
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.card.setStyleSheet(
            "QFrame#tourCard { background: palette(base); border: 2px solid palette(highlight);"
            " border-radius: 8px; }"
        )
        layout = QVBoxLayout(self.card)
        self.counter = muted(QLabel(self.card))
        self.title = scaled(QLabel(self.card), 1.2, True)
        self.text = QLabel(self.card)
        self.text.setWordWrap(True)
        for label in (self.counter, self.title, self.text):
            layout.addWidget(label)
        buttons = QHBoxLayout()
        self.skip_button = QPushButton(self.tr("Skip the tour"), self.card)
        self.back_button = QPushButton(self.tr("Back"), self.card)
        self.next_button = QPushButton(self.card)
        self.next_button.setDefault(True)
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout.addLayout(buttons)
        self.skip_button.clicked.connect(self.close)
        self.back_button.clicked.connect(lambda: self.go(self.index - 1))
        self.next_button.clicked.connect(self._next)
        window.installEventFilter(self)

    def start(self) -> None:
        """Cover the window and show the first step."""
        self.setGeometry(self.window_.rect())
        self.show()
        self.raise_()
        self.go(0)

    def go(self, index: int) -> None:
        """Show step ``index`` (its page first), highlighting what it talks about."""
        if not 0 <= index < len(self.steps):
            return
        self.index = index
        step = self.steps[index]
        step.prepare()
        self.counter.setText(self.tr("Step {0} of {1}").format(index + 1, len(self.steps)))
        self.title.setText(step.title)
        self.text.setText(step.text)
        self.card.setAccessibleName(step.title)
        self.card.setAccessibleDescription(step.text)
        last = index == len(self.steps) - 1
        self.next_button.setText(self.tr("Finish") if last else self.tr("Next"))
        self.back_button.setEnabled(index > 0)
        self._place()
        self.next_button.setFocus()

    def _next(self) -> None:
        if self.index == len(self.steps) - 1:
            self.close()
        else:
            self.go(self.index + 1)

    def _place(self) -> None:
        """Put the card beside the highlighted area, inside the window."""
        self.highlight = self.steps[self.index].target()
        width = min(self.fontMetrics().averageCharWidth() * 62, max(self.width() - 24, 200))
        layout = self.card.layout()
        assert layout is not None
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        self.card.resize(width, max(height, layout.totalSizeHint().height()))
        card = self.card.size()
        bounds = self.rect().adjusted(12, 12, -12, -12)
        area = self.highlight
        if area is None:
            spot = bounds.center() - QPoint(card.width() // 2, card.height() // 2)
        else:
            after = area.right() + 16
            before = area.left() - 16 - card.width()
            rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
            candidates = [before, after] if rtl else [after, before]
            x = next(
                (c for c in candidates if bounds.left() <= c <= bounds.right() - card.width()),
                area.center().x() - card.width() // 2,
            )
            y = area.top() + 24 if area.height() > card.height() + 48 else area.bottom() + 16
            spot = QPoint(x, y)
        spot.setX(max(bounds.left(), min(spot.x(), bounds.right() - card.width())))
        spot.setY(max(bounds.top(), min(spot.y(), bounds.bottom() - card.height())))
        self.card.move(spot)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        shade = QPainterPath()
        shade.addRect(self.rect())
        if self.highlight is not None:
            hole = QPainterPath()
            hole.addRoundedRect(self.highlight.adjusted(-4, -4, 4, 4), 6, 6)
            shade = shade.subtracted(hole)
        painter.fillPath(shade, QColor(0, 0, 0, 120))
        if self.highlight is not None:
            pen = QPen(self.palette().highlight().color(), 3)
            painter.setPen(pen)
            painter.drawRoundedRect(self.highlight.adjusted(-4, -4, 4, 4), 6, 6)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        elif event.key() in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            forward = (event.key() == Qt.Key.Key_Right) != (
                self.layoutDirection() == Qt.LayoutDirection.RightToLeft
            )
            self.go(self.index + (1 if forward else -1))
        else:
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window_ and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.window_.rect())
            self._place()
        return False

    def closeEvent(self, event) -> None:
        self.window_.removeEventFilter(self)
        if not self._done:
            self._done = True
            self.finished.emit()
        super().closeEvent(event)
