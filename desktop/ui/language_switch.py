"""Settings › Interface language: the window rebuilt in another language, the work kept."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from desktop.ui.language import install_language

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def switch_language(window: MainWindow, lang: str) -> None:
    """Speak ``lang`` in ``window`` from now on: remembered, and the window rebuilt in it.

    The open review is saved, closed and opened again on the same page; the
    sample's throw-away copy is kept across. When the review cannot be closed
    (a save failed and the person keeps it open), nothing changes.
    """
    if lang == window.lang:
        return
    review_id = window.session.review_id if window.session is not None else None
    page = window.editor.current_page if window.editor is not None else None
    workshop = window.workshop
    if not window.close_review(keep_workshop=True):
        window.language_actions[window.lang].setChecked(True)
        return
    if window.settings is not None:
        window.settings.language = lang
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_language(app, lang)
    window.lang = lang
    window.rebuild()
    if review_id is not None and window.open_review(review_id, workshop=workshop):
        if window.editor is not None and page is not None:
            window.editor.show_page(page)
    elif workshop is not None:
        workshop.discard()
