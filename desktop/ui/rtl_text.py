"""Wrapped right-to-left text painted where QLabel measured it.

QLabel measures its word-wrapped text with QFontMetrics and paints it with
QPainter::drawText, which places a right-to-left line that ends where it was
wrapped (at a space: every line of a paragraph but its last) one space further
left than it was measured. Whenever such a line fills the label, as the widest
line does when the label has its preferred width (the "Confidential" help beside
an objective's title), its last letters are cut off at the label's left edge.
Handed the same lines already broken, without those spaces, drawText places
each of them where it was measured. Nothing is measured differently: sizes and
layouts stay as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPaintDevice,
    QPainter,
    QPalette,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QProxyStyle

WRAPPED_RIGHT_TO_LEFT = Qt.TextFlag.TextWordWrap.value | Qt.TextFlag.TextForceRightToLeft.value
MNEMONIC = Qt.TextFlag.TextShowMnemonic.value | Qt.TextFlag.TextHideMnemonic.value


def broken_lines(text: str, font: QFont, width: int, device: QPaintDevice | None = None) -> str:
    """``text`` wrapped right to left at ``width`` as drawText wraps it: one line a line."""
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout = QTextLayout(text.replace("\n", "\u2028"), font, device)
    layout.setTextOption(option)
    units = layout.text().encode("utf-16-le")  # Qt's positions count UTF-16 units
    lines = []
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        start, end = 2 * line.textStart(), 2 * (line.textStart() + line.textLength())
        lines.append(units[start:end].decode("utf-16-le").rstrip(" \u2028"))
    layout.endLayout()
    return "\n".join(lines)


class RightToLeftWrapStyle(QProxyStyle):
    """The application's style, painting wrapped right-to-left text inside its label."""

    def drawItemText(
        self,
        painter: QPainter,
        rect: QRect,
        flags: int,
        pal: QPalette | Qt.GlobalColor | QColor,
        enabled: bool,
        text: str,
        textRole: QPalette.ColorRole = QPalette.ColorRole.NoRole,
    ) -> None:
        if flags & WRAPPED_RIGHT_TO_LEFT == WRAPPED_RIGHT_TO_LEFT and not flags & MNEMONIC:
            text = broken_lines(text, painter.font(), rect.width(), painter.device())
        super().drawItemText(painter, rect, flags, pal, enabled, text, textRole)


def paint_wrapped_right_to_left(app: QApplication) -> None:
    """Have ``app``'s style paint wrapped right-to-left text where it was measured."""
    if not isinstance(app.style(), RightToLeftWrapStyle):
        app.setStyle(RightToLeftWrapStyle(app.style().name()))
