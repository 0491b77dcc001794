"""Small helpers for a consistent look that follows the system palette and font size."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)

#: Foreground used for problems; always paired with a text marker, never colour alone.
PROBLEM_COLOR = QColor("#a50f15")


def mix(first: QColor, second: QColor, ratio: float) -> QColor:
    """``ratio`` of ``first`` blended with the rest of ``second``."""
    return QColor(
        round(first.red() * ratio + second.red() * (1 - ratio)),
        round(first.green() * ratio + second.green() * (1 - ratio)),
        round(first.blue() * ratio + second.blue() * (1 - ratio)),
    )


def muted(widget: W) -> W:
    """Draw ``widget``'s text in a softer, still readable, secondary colour."""
    palette = widget.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    palette.setColor(QPalette.ColorRole.WindowText, mix(text, window, 0.72))
    widget.setPalette(palette)
    return widget


def problem(widget: W) -> W:
    """Draw ``widget``'s text in the problem colour."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, PROBLEM_COLOR)
    widget.setPalette(palette)
    return widget


def scaled(widget: W, factor: float, bold: bool = False) -> W:
    """Make ``widget``'s font ``factor`` times the system size (never fixed pixels)."""
    font = QFont(widget.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:
        font.setPixelSize(round(font.pixelSize() * factor))
    font.setBold(bold)
    widget.setFont(font)
    return widget
