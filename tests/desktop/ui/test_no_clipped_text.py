"""No wrapped text is cut: every page and the export dialogs, in each language, at small sizes.

A word-wrapped label is cut when it is given less height than its lines need
at its width, when it sticks out of the widget holding it, or when a line of
its text is wider than the label (a word longer than the width): Qt draws
that line past the label's side and the side is cut off, the left side when
the text runs right to left. A page is cut when it is wider than the space
it scrolls in: part of it is off to a side (the left one, right to left).
Arabic is also checked in fonts its readers have, which place their letters
each their own way.
"""

from __future__ import annotations

import os
import unicodedata

import pytest
from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import QFont, QFontDatabase, QImage, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QStyle, QWidget

from desktop.ui.export_dialog import ExportDialog
from desktop.ui.language import INTERFACE_LANGUAGES, install_language

SIZES = ((1366, 768), (1024, 600))
#: Each interface language in the system's font, and Arabic in fonts of Linux desktops too
#: (installed by .ci/run).
SCRIPTS = [(lang, "") for lang in INTERFACE_LANGUAGES] + [
    ("ar", "Noto Sans Arabic"),
    ("ar", "KacstOne"),
]
#: A pixel this opaque or more is ink (fainter ones: antialiasing of a glyph grazing a side).
INK = 160


def overhang(label: QLabel) -> float:
    """How far (px) the label's wrapped text reaches past its sides, as Qt lays it out."""
    width = label.contentsRect().width()
    layout = QTextLayout(label.text(), label.font())
    option = QTextOption(QStyle.visualAlignment(label.layoutDirection(), label.alignment()))
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    option.setTextDirection(label.layoutDirection())
    layout.setTextOption(option)
    layout.beginLayout()
    top = 0.0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        line.setPosition(QPointF(0, top))
        top += line.height()
    layout.endLayout()
    reach = 0.0
    for run in layout.glyphRuns():
        bounds = run.boundingRect()
        reach = max(reach, -bounds.left(), bounds.right() - width)
    return reach


def text_direction(text: str) -> Qt.LayoutDirection:
    """The direction QLabel paints plain text in: that of its first strong character."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            break
    return Qt.LayoutDirection.LeftToRight


def painted_overhang(label: QLabel) -> int:
    """How far (px) the label's text reaches past its left or right side as QLabel paints it.

    QLabel paints plain text with its style's drawItemText (QPainter::drawText),
    which does not place a wrapped right-to-left line where QTextLayout does:
    this paints the text the same way, unclipped, and looks for ink beside it.
    Only right-to-left text is checked: left to right, the lines are placed as
    measured (what remains is a glyph's own overhang, e.g. the tail of a "j").
    """
    spare = 4 * label.fontMetrics().height()
    image = QImage(
        label.width() + 2 * spare, label.height(), QImage.Format.Format_ARGB32_Premultiplied
    )
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setFont(label.font())
    direction = text_direction(label.text())
    flags = QStyle.visualAlignment(direction, label.alignment()) | Qt.TextFlag.TextWordWrap
    flags |= Qt.TextFlag.TextDontClip | (
        Qt.TextFlag.TextForceRightToLeft
        if direction == Qt.LayoutDirection.RightToLeft
        else Qt.TextFlag.TextForceLeftToRight
    )
    box = label.contentsRect()
    label.style().drawItemText(  # as QLabel paints plain text
        painter,
        QRect(box.x() + spare, box.y(), box.width(), box.height()),
        flags.value,
        label.palette(),
        True,
        label.text(),
        QPalette.ColorRole.WindowText,
    )
    painter.end()
    width, stride = image.width(), image.bytesPerLine()
    pixels = bytes(image.constBits())
    reach = 0
    for row in range(image.height()):
        line = pixels[row * stride : row * stride + 4 * width]
        alpha = line[3::4]
        left = next((x for x in range(spare) if alpha[x] > INK), spare)
        right = next(
            (x for x in range(width - 1, spare + label.width() - 1, -1) if alpha[x] > INK), 0
        )
        reach = max(reach, spare - left, right + 1 - spare - label.width())
    return reach


def cut_labels(root: QWidget, where: str) -> list[str]:
    """The wrapped labels under ``root`` whose text is cut, described."""
    QApplication.processEvents()
    found = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text().strip() or not label.wordWrap():
            continue
        parent = label.parentWidget()
        inside = parent is None or parent.rect().contains(label.geometry())
        short = label.heightForWidth(label.width()) > label.height() + 1
        rtl = text_direction(label.text()) == Qt.LayoutDirection.RightToLeft
        if short or not inside or overhang(label) > 1 or (rtl and painted_overhang(label) > 1):
            found.append(
                f"{where}: {label.text()[:40]!r} ({label.width()}×{label.height()},"
                f" needs {label.heightForWidth(label.width())} high, inside: {inside},"
                f" painted past its side: {painted_overhang(label)} px)"
            )
    return found


def hidden_sideways(root: QWidget, where: str) -> list[str]:
    """The scrolled pages under ``root`` wider than the space they scroll in, described."""
    found = []
    for scroll in root.findChildren(QScrollArea):
        page = scroll.widget()
        if page is None or not scroll.isVisibleTo(root):
            continue
        if page.width() > scroll.viewport().width() + 1:
            found.append(f"{where}: the page is {page.width()} wide in {scroll.viewport().width()}")
    return found


@pytest.fixture(params=[1.0, 1.5], ids=["system font", "large font"])
def speak(qapp, request):
    """Install a language, in the system font or another family, at its size or half as
    large again."""
    original = QFont(qapp.font())

    def install(lang: str, family: str = "") -> None:
        font = QFont(original)
        if family:
            if family not in QFontDatabase.families():
                if os.environ.get("CI"):
                    pytest.fail(f"the font {family} is not installed (see .ci/run)")
                pytest.skip(f"the font {family} is not installed")
            font.setFamilies([family])
        font.setPointSizeF(original.pointSizeF() * request.param)
        qapp.setFont(font)
        install_language(qapp, lang)

    yield install
    install_language(qapp, "en")
    qapp.setFont(original)


@pytest.mark.parametrize(("lang", "family"), SCRIPTS)
def test_no_page_cuts_its_text(every_field_window, speak, lang, family):
    speak(lang, family)
    window = every_field_window(lang)
    editor = window.editor
    cut = []
    for width, height in SIZES:
        window.resize(width, height)
        for page in editor.page_order:
            editor.show_page(page)
            where = f"{lang} {family} {width}×{height} {page}"
            cut += cut_labels(window, where) + hidden_sideways(window, where)
    assert cut == []


@pytest.mark.parametrize(("lang", "family"), SCRIPTS)
def test_the_export_dialogs_cut_no_text(qtbot, tmp_path, form, speak, lang, family):
    speak(lang, family)
    cut = []
    for kind, blank in (("pdf", False), ("xlsx", False), ("pdf", True)):
        dialog = ExportDialog(form, tmp_path / "x.pdf", lang, lang, blank=blank, kind=kind)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        cut += cut_labels(dialog, f"{lang} {kind} blank={blank}")
        dialog.close()
    assert cut == []
