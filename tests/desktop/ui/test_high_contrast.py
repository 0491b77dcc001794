"""The window follows a high-contrast palette: every text stays readable (WCAG AA, 4.5:1).

The system's palette (a dark or a light high-contrast theme) is set on the
application before the window is built; every visible label of the start
screen and of each page of a review with problems is then read: its text
colour against the colour behind it.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from desktop.store import Store
from desktop.ui.main_window import MainWindow
from desktop.ui.style import contrast_ratio

MINIMUM = 4.5


def high_contrast(dark: bool) -> QPalette:
    """A high-contrast palette like the systems' own: black on white, or white on black."""
    back, fore = (QColor("black"), QColor("white")) if dark else (QColor("white"), QColor("black"))
    palette = QPalette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        palette.setColor(role, back)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(role, fore)
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#ffff00" if dark else "#0000ff"))
    palette.setColor(QPalette.ColorRole.HighlightedText, back)
    return palette


def _behind(label: QLabel) -> QColor:
    """The colour the label's text is drawn on: its own, or the first filled parent's."""
    widget: QWidget | None = label
    while widget is not None:
        if widget.autoFillBackground() or widget.isWindow():
            return widget.palette().color(widget.backgroundRole())
        widget = widget.parentWidget()
    return label.palette().color(QPalette.ColorRole.Window)


def unreadable(root: QWidget, where: str) -> list[str]:
    QApplication.processEvents()
    found = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text().strip() or label.styleSheet():
            continue
        text = label.palette().color(label.foregroundRole())
        ratio = contrast_ratio(text, _behind(label))
        if ratio < MINIMUM:
            found.append(f"{where}: {label.text()[:40]!r} {text.name()} at {ratio:.1f}:1")
    return found


@pytest.fixture(params=[True, False], ids=["dark", "light"])
def palette(qapp, request):
    original = QPalette(qapp.palette())
    qapp.setPalette(high_contrast(request.param))
    yield
    qapp.setPalette(original)


def test_every_text_is_readable_in_a_high_contrast_palette(palette, qtbot, db_path):
    with Store(db_path) as store:
        store.create({"profile.country": "Mali", "profile.organisation": "A"})
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.show()
        found = unreadable(window, "start")
        review = store.create({"profile.country": "Niger", "obj01.assessment": "Seen."})
        assert window.open_review(review.id)  # problems shown: the organisation, a rating
        editor = window.editor
        for page in editor.page_order:
            editor.show_page(page)
            found += unreadable(window, page)
        window.close()
    assert found == []
