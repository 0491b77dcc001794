"""No wrapped text is cut: every page and the export dialogs, in each language, at small sizes.

A word-wrapped label is cut when it is given less height than its lines need
at its width, when it sticks out of the widget holding it, or when a line of
its text is wider than the label (a word longer than the width): Qt draws
that line past the label's side and the side is cut off, the left side when
the text runs right to left.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QLabel, QStyle, QWidget

from desktop.ui.export_dialog import ExportDialog
from desktop.ui.language import INTERFACE_LANGUAGES, install_language
from desktop.ui.main_window import MainWindow
from tests.support import every_field_answers

SIZES = ((1366, 768), (1024, 600))


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
        if short or not inside or overhang(label) > 1:
            found.append(
                f"{where}: {label.text()[:40]!r} ({label.width()}×{label.height()},"
                f" needs {label.heightForWidth(label.width())} high, inside: {inside})"
            )
    return found


@pytest.fixture(params=[1.0, 1.5], ids=["system font", "large font"])
def speak(qapp, request):
    """Install a language, with the system font at its size or half as large again."""
    original = QFont(qapp.font())
    font = QFont(original)
    font.setPointSizeF(original.pointSizeF() * request.param)
    qapp.setFont(font)

    def install(lang: str) -> None:
        install_language(qapp, lang)

    yield install
    install_language(qapp, "en")
    qapp.setFont(original)


@pytest.mark.parametrize("lang", list(INTERFACE_LANGUAGES))
def test_no_page_cuts_its_text(qtbot, db_path, form, speak, lang):
    from desktop.store import Store

    speak(lang)
    answers = every_field_answers(form)
    answers["profile.language"] = lang
    with Store(db_path) as store:
        window = MainWindow(store, lang=lang)
        qtbot.addWidget(window)
        window.show()
        review = store.create(answers)
        assert window.open_review(review.id)
        editor = window.editor
        cut = []
        for width, height in SIZES:
            window.resize(width, height)
            for page in editor.page_order:
                editor.show_page(page)
                cut += cut_labels(window, f"{lang} {width}×{height} {page}")
        window.close_review()
        window.close()
    assert cut == []


@pytest.mark.parametrize("lang", list(INTERFACE_LANGUAGES))
def test_the_export_dialogs_cut_no_text(qtbot, tmp_path, form, speak, lang):
    speak(lang)
    cut = []
    for kind, blank in (("pdf", False), ("xlsx", False), ("pdf", True)):
        dialog = ExportDialog(form, tmp_path / "x.pdf", lang, lang, blank=blank, kind=kind)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        cut += cut_labels(dialog, f"{lang} {kind} blank={blank}")
        dialog.close()
    assert cut == []
