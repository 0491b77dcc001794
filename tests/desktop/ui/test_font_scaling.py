"""Text follows the system font size: nothing is sized in fixed pixels."""

from __future__ import annotations

from PySide6.QtGui import QFont

from desktop.store import Store
from desktop.ui.main_window import MainWindow


def measure(qtbot, db_path):
    store = Store(db_path)
    window = MainWindow(store)
    qtbot.addWidget(window)
    review = store.create({"profile.country": "Chile"})
    window.open_review(review.id)
    editor = window.editor
    page = editor.page("obj01")
    sizes = (
        page.title_label.font().pointSizeF(),
        page.editor("obj01.assessment").focus_widget().height(),
        editor.dashboard.tile("obj01").sizeHint().height(),
        page.rows["obj01.rating"].label.font().pointSizeF(),
    )
    window.close()
    store.close()
    return sizes


def test_everything_grows_with_the_system_font(qapp, qtbot, tmp_path):
    original = QFont(qapp.font())
    normal = measure(qtbot, tmp_path / "a.db")
    big = QFont(original)
    big.setPointSizeF(original.pointSizeF() * 1.6)
    qapp.setFont(big)
    try:
        larger = measure(qtbot, tmp_path / "b.db")
    finally:
        qapp.setFont(original)
    for before, after in zip(normal, larger, strict=True):
        assert after > before * 1.3
