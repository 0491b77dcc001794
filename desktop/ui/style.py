"""Small helpers for a consistent look that follows the system palette and font size."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)

# Foreground used for problems; always paired with a text marker, never colour alone.
PROBLEM_COLOR = QColor("#a50f15")
# The least contrast of a text with what is behind it (WCAG AA for body text).
READABLE = 4.5


def relative_luminance(color: QColor) -> float:
    """The WCAG relative luminance of ``color``, from 0 (black) to 1 (white)."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.red())
        + 0.7152 * channel(color.green())
        + 0.0722 * channel(color.blue())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours, from 1 (none) to 21 (black on white)."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable(color: QColor, background: QColor, toward: QColor) -> QColor:
    """``color``, or the nearest blend of it with ``toward`` readable on ``background``.

    ``toward`` is a colour that is readable there (the palette's own text), so
    that a dark or light high-contrast theme keeps every text legible.
    """
    for step in range(11):
        blended = mix(toward, color, step / 10)
        if contrast_ratio(blended, background) >= READABLE:
            return blended
    return QColor(toward)


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
    palette.setColor(QPalette.ColorRole.WindowText, readable(mix(text, window, 0.72), window, text))
    widget.setPalette(palette)
    return widget


def problem_color(
    palette: QPalette, behind: QPalette.ColorRole = QPalette.ColorRole.Window
) -> QColor:
    """The problem colour, readable on ``palette``'s ``behind`` (lightened when it is dark)."""
    text = palette.color(
        QPalette.ColorRole.Text
        if behind == QPalette.ColorRole.Base
        else QPalette.ColorRole.WindowText
    )
    return readable(PROBLEM_COLOR, palette.color(behind), text)


def problem(widget: W) -> W:
    """Draw ``widget``'s text in the problem colour (lightened on a dark palette)."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, problem_color(palette))
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
