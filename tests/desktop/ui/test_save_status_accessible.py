"""The save indicator as assistive technology sees it: its name says the state, and changes."""

from __future__ import annotations


def test_a_screen_reader_hears_the_save_status_change_while_typing(window, open_review, qtbot):
    """The status label's name was fixed to "Save status": its text never reached the reader."""
    from PySide6.QtGui import QAccessible

    from tests.desktop.ui.conftest import wait_saved
    from tests.desktop.ui.keys import type_text

    editor = open_review()
    wait_saved(qtbot, window)
    heard: list[str] = []
    interface = QAccessible.queryAccessibleInterface(window.save_label)
    window.session.status_changed.connect(
        lambda _status: heard.append(interface.text(QAccessible.Text.Name))
    )
    editor.show_page("profile")
    type_text(editor.page("profile").editor("profile.forum").focus_widget(), "IMRF 2026")
    wait_saved(qtbot, window)
    assert any("Saving" in name for name in heard), heard
    assert "Saved" in heard[-1] and heard[-1].startswith("Save status"), heard
