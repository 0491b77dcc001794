"""The real main window driven like a person would: typing, clicking, navigating, reopening."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget

from desktop.store import Store
from desktop.ui.field_widgets import (
    BooleanEditor,
    ComboChoiceEditor,
    CountsEditor,
    DateEditor,
    LongTextEditor,
    MultiChoiceEditor,
    NumberEditor,
    RadioChoiceEditor,
    TextEditor,
)
from desktop.ui.main_window import MainWindow
from desktop.ui.navigator import OVERVIEW
from desktop.ui.table_editor import TableEditor
from tests.desktop.ui.conftest import wait_saved
from tests.desktop.ui.keys import press, type_text
from tests.support import ARABIC, FRENCH


def stored(db_path, review_id):
    with Store(db_path) as store:
        return store.get(review_id).answers


def test_start_screen_lists_reviews_and_creates_one(window, qtbot, db_path):
    window.store.create({"profile.country": "Chile", "profile.organisation": "Red"})
    window.show_start()
    assert window.start.table.rowCount() == 1
    assert window.start.table.item(0, 0).text() == "Chile"
    assert window.start.table.item(0, 2).text() == "0%"

    def fill_dialog():
        dialog = QApplication.activeModalWidget()
        type_text(dialog.inputs["country"], "Côte d'Ivoire")
        type_text(dialog.inputs["organisation"], "Collectif des migrants")
        dialog.accept()

    QTimer.singleShot(0, fill_dialog)
    window.creating.new_review()
    assert window.editor is not None
    assert window.session.value("profile.country") == "Côte d'Ivoire"
    assert "Côte d'Ivoire" in window.windowTitle()
    window.close_review()
    assert window.start.table.rowCount() == 2


def test_fill_every_field_type_and_find_it_after_reopening(window, open_review, qtbot, db_path):
    editor = open_review()
    review_id = window.session.review_id

    editor.show_page("profile")
    profile = editor.page("profile")
    type_text(profile.editor("profile.forum").focus_widget(), "IMRF 2026")  # text
    type_text(profile.editor("profile.executive_summary").focus_widget(), FRENCH)  # longtext
    type_text(profile.editor("profile.period_start").focus_widget(), "2022-05-01")  # date
    kind = profile.editor("profile.organisation_kind")
    assert isinstance(kind, RadioChoiceEditor)
    qtbot.mouseClick(kind.buttons["coalition"], Qt.MouseButton.LeftButton)  # choice

    editor.show_page("obj06")
    objective = editor.page("obj06")
    rating = objective.editor("obj06.rating")
    qtbot.mouseClick(rating.buttons["limited"], Qt.MouseButton.LeftButton)
    type_text(objective.editor("obj06.assessment").focus_widget(), ARABIC)
    ways = objective.editor("obj06.key_ways")
    assert isinstance(ways, MultiChoiceEditor)
    ways.list.setCurrentRow(3)
    press(ways.list, Qt.Key.Key_Space)  # multichoice, by keyboard
    flag = objective.editor("obj06.confidential")
    assert isinstance(flag, BooleanEditor)
    qtbot.mouseClick(flag.box, Qt.MouseButton.LeftButton, pos=QPoint(6, flag.box.height() // 2))

    indicators = objective.editor("obj06.indicators")
    assert isinstance(indicators, TableEditor)
    qtbot.mouseClick(indicators.add_button, Qt.MouseButton.LeftButton)  # table
    code = indicators.cell_editors["indicator"]
    assert isinstance(code, ComboChoiceEditor)
    code.combo.setCurrentIndex(1)
    code.combo.activated.emit(1)
    type_text(indicators.cell_editors["value"].focus_widget(), "290%")
    year = indicators.cell_editors["year"]
    assert isinstance(year, NumberEditor)
    type_text(year.focus_widget(), "2024")  # number

    editor.show_page("methodology")
    consultations = editor.page("methodology").editor("methodology.consultations")
    consultations.add_row()
    type_text(consultations.cell_editors["place"].focus_widget(), "Thiès")
    qtbot.mouseClick(
        consultations.cell_editors["format"].buttons["focus_group"], Qt.MouseButton.LeftButton
    )
    type_text(consultations.cell_editors["participants"].focus_widget(), "12")
    gender = consultations.cell_editors["gender"]
    assert isinstance(gender, CountsEditor)
    type_text(gender.lines["women"], "7")  # counts
    type_text(gender.lines["undisclosed"], "5")
    assert gender.total.text() == "Total: 12"

    wait_saved(qtbot, window)
    assert window.save_label.text() == "✓ Saved"
    window.close()

    answers = stored(db_path, review_id)
    assert answers["profile.forum"] == "IMRF 2026"
    assert answers["profile.executive_summary"] == FRENCH
    assert answers["profile.period_start"] == "2022-05-01"
    assert answers["profile.organisation_kind"] == "coalition"
    assert answers["obj06.rating"] == "limited"
    assert answers["obj06.assessment"] == ARABIC
    assert answers["obj06.key_ways"] == ["kw04"]
    assert answers["obj06.confidential"] is True
    assert answers["obj06.indicators"] == [
        {"indicator": "sdg_10_7_1", "value": "290%", "year": 2024}
    ]
    assert answers["methodology.consultations"] == [
        {
            "place": "Thiès",
            "format": "focus_group",
            "participants": 12,
            "gender": {"women": 7, "undisclosed": 5},
        }
    ]

    # Reopen in a new window: everything is shown again.
    store = Store(db_path)
    again = MainWindow(store)
    qtbot.addWidget(again)
    again.open_review(review_id)
    page = again.editor.page("obj06")
    assert page.editor("obj06.assessment").value() == ARABIC
    assert page.editor("obj06.rating").value() == "limited"
    assert page.editor("obj06.indicators").value()[0]["year"] == 2024
    assert again.editor.page("profile").editor("profile.period_start").value() == "2022-05-01"
    again.close()
    store.close()


def test_completeness_marks_follow_the_answers(window, open_review, qtbot):
    editor = open_review()
    node = editor.navigator.items["obj05"]
    assert node.text(1) == "0/12"
    editor.show_page("obj05")
    page = editor.page("obj05")
    qtbot.mouseClick(page.editor("obj05.rating").buttons["moderate"], Qt.MouseButton.LeftButton)
    type_text(page.editor("obj05.gaps").focus_widget(), "Few visas for domestic workers.")
    qtbot.waitUntil(lambda: node.text(1) == "2/12")
    assert editor.navigator.items["publication"].text(1) == "", "only optional questions"
    editor.show_page(OVERVIEW)
    tile = editor.dashboard.tile("obj05")
    assert "Moderate progress" in tile.accessibleName()


def test_required_and_inline_problems(window, open_review, qtbot):
    editor = open_review()
    editor.show_page("obj02")
    page = editor.page("obj02")
    assert "*" in page.rows["obj02.rating"].label.text()
    type_text(page.editor("obj02.gaps").focus_widget(), "Started")
    qtbot.waitUntil(lambda: page.rows["obj02.rating"].editor.problems_note.isVisibleTo(page))
    assert "Rating is required" in page.rows["obj02.rating"].editor.problems_note.text()
    qtbot.mouseClick(page.editor("obj02.rating").buttons["none"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.rows["obj02.rating"].editor.problems_note.isVisibleTo(page))

    editor.show_page("profile")
    profile = editor.page("profile")
    type_text(profile.editor("profile.contact_email").focus_widget(), "someone@")
    row = profile.rows["profile.contact_email"]
    qtbot.waitUntil(lambda: row.editor.problems_note.isVisibleTo(profile))
    assert "not an e-mail address" in row.editor.problems_note.text()
    wait_saved(qtbot, window)  # half-typed text is kept, never lost
    assert window.session.value("profile.contact_email") == "someone@"


def test_undo_and_redo_in_text_fields(window, open_review, qtbot, db_path):
    editor = open_review()
    editor.show_page("obj01")
    text = editor.page("obj01").editor("obj01.assessment").focus_widget()
    assert isinstance(text, QPlainTextEdit)
    text.setFocus()
    type_text(text, "Données manquantes")
    wait_saved(qtbot, window)
    press(text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert text.toPlainText() == ""
    wait_saved(qtbot, window)
    assert "obj01.assessment" not in stored(db_path, window.session.review_id)
    press(
        text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert text.toPlainText() == "Données manquantes"
    wait_saved(qtbot, window)
    assert stored(db_path, window.session.review_id)["obj01.assessment"] == "Données manquantes"


def test_arabic_and_french_typing_in_every_text_widget(window, open_review, qtbot, db_path):
    editor = open_review()
    editor.show_page("obj08")
    page = editor.page("obj08")
    type_text(page.editor("obj08.official_claim").focus_widget(), FRENCH + "\n" + ARABIC)
    sources = page.editor("obj08.sources")
    sources.add_row()
    type_text(sources.cell_editors["citation"].focus_widget(), "تقرير الشبكة، 2024 – rapport")
    wait_saved(qtbot, window)
    answers = stored(db_path, window.session.review_id)
    assert answers["obj08.official_claim"] == FRENCH + "\n" + ARABIC
    assert answers["obj08.sources"] == [{"citation": "تقرير الشبكة، 2024 – rapport"}]


def focus_chain(window: MainWindow, start: QWidget, steps: int) -> list[QWidget]:
    """The widgets reached by pressing Tab ``steps`` times from ``start``."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    reached = []
    for _ in range(steps):
        current = QApplication.focusWidget()
        press(current, Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    return reached


def test_keyboard_only_through_a_whole_objective(window, open_review, qtbot, db_path):
    editor = open_review()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    # From the navigator: pick objective 3 with the arrow keys, then F6 into the page.
    editor.navigator.setFocus()
    editor.navigator.select("obj01")
    while editor.current_page != "obj03":
        press(editor.navigator, Qt.Key.Key_Down)
    press(editor.navigator, Qt.Key.Key_F6)
    QApplication.processEvents()
    page = editor.page("obj03")
    assert QApplication.focusWidget() is page.first_input()

    # Tab reaches every input of the page, in the order they are shown.
    expected = [
        row.editor.focus_widget() for key, row in page.rows.items() if key not in page.header_keys
    ]
    reached = focus_chain(window, page.first_input(), 150)
    first_seen = [w for w in dict.fromkeys([page.first_input(), *reached]) if w in expected]
    assert first_seen == expected, "every input reached, in the order of the page"

    # Answer with the keyboard alone.
    claim = page.editor("obj03.official_claim").focus_widget()
    claim.setFocus()
    type_text(claim, "Un portail d’information en 4 langues.")
    press(claim, Qt.Key.Key_Tab)
    assessment = QApplication.focusWidget()
    assert assessment is page.editor("obj03.assessment").focus_widget()
    type_text(assessment, "Peu connu des migrants.")
    press(assessment, Qt.Key.Key_Tab)
    first_radio = QApplication.focusWidget()
    assert first_radio is page.editor("obj03.rating").buttons["regression"]
    press(first_radio, Qt.Key.Key_Down)
    press(first_radio, Qt.Key.Key_Down)
    press(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert page.editor("obj03.rating").value() == "limited"

    # Next page by keyboard.
    press(QApplication.focusWidget(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.current_page != "obj03")
    wait_saved(qtbot, window)
    answers = stored(db_path, window.session.review_id)
    assert answers["obj03.assessment"] == "Peu connu des migrants."
    assert answers["obj03.rating"] == "limited"


INPUT_CLASSES = ("QLineEdit", "QPlainTextEdit", "QAbstractButton", "QAbstractItemView", "QComboBox")


def inside_combo_popup(widget: QWidget) -> bool:
    parent = widget.parent()
    while parent is not None:
        if parent.inherits("QComboBox") or parent.inherits("QHeaderView"):
            return True
        parent = parent.parent()
    return widget.inherits("QHeaderView") or widget.objectName().startswith("qt_")


def test_every_input_has_an_accessible_name(window, open_review):
    editor = open_review()
    checked = 0
    for page_id in editor.page_order[1:]:
        page = editor.page(page_id)
        for widget in page.findChildren(QWidget):
            if not any(widget.inherits(c) for c in INPUT_CLASSES) or inside_combo_popup(widget):
                continue
            checked += 1
            assert widget.accessibleName(), f"{page_id}: {type(widget).__name__} has no name"
    assert checked > 500


def test_every_field_type_has_its_editor(window, open_review):
    editor = open_review()
    types = {
        "profile.country": TextEditor,
        "profile.executive_summary": LongTextEditor,
        "profile.review_date": DateEditor,
        "profile.language": RadioChoiceEditor,
        "methodology.consultations": TableEditor,
    }
    for key, kind in types.items():
        assert isinstance(editor.page(key.split(".")[0]).editor(key), kind)
    page = editor.page("obj01")
    assert isinstance(page.editor("obj01.pd_paragraphs"), MultiChoiceEditor)
    assert page.editor("obj01.pd_paragraphs").list.count() == 27
    assert page.editor("obj01.key_ways").list.count() == 12


def test_objective_page_layout(window, open_review):
    editor = open_review()
    page = editor.page("obj13")
    assert page.title_label.text().startswith("Objective 13: Use migration detention")
    claim = page.rows["obj13.official_claim"]
    assessment = page.rows["obj13.assessment"]
    editor.show_page("obj13")
    QApplication.processEvents()
    assert claim.y() == assessment.y() and claim.x() < assessment.x(), "side by side"
    rating = page.editor("obj13.rating")
    assert rating.buttons["regression"].accessibleDescription().startswith("The situation is worse")
    assert page.rows["obj13.confidential"].y() < claim.y(), "confidential switch at the top"


def test_next_and_previous_page_cover_the_whole_review(window, open_review):
    editor = open_review()
    visited = [editor.current_page]
    for _ in range(len(editor.page_order) + 2):
        editor.step_page(1)
        if editor.current_page != visited[-1]:
            visited.append(editor.current_page)
    assert visited == editor.page_order
    assert visited[:5] == [OVERVIEW, "profile", "framework", "methodology", "principles"]
    assert visited[5:10] == ["obj02", "obj05", "obj06", "obj12", "obj18"], "round-table order"
    editor.step_page(-1)
    assert editor.current_page == visited[-2]


def test_opening_the_sample_never_touches_the_database(window, qtbot, db_path):
    window.workshop_jobs.open_sample()
    qtbot.waitUntil(lambda: window.editor is not None, timeout=10000)
    assert window.workshop is not None and "WORKSHOP COPY" in window.windowTitle()
    folder = window.workshop.folder
    page = window.editor.page("obj01")
    type_text(page.editor("obj01.gaps").focus_widget(), " (workshop)")
    wait_saved(qtbot, window)
    window.close_review()
    assert not folder.exists()
    assert window.store.list() == []


def test_the_logo_is_chosen_shown_saved_and_removed(window, open_review, qtbot, db_path, tmp_path,
                                                   monkeypatch):  # fmt: skip
    """Choose image… takes a PNG into the review; a damaged file is refused under the field."""
    from PySide6.QtWidgets import QFileDialog

    from desktop.ui.image_editor import ImageEditor
    from forms.images import read_picture
    from tests.support import tiny_png

    editor = open_review()
    review_id = window.session.review_id
    editor.show_page("publication")
    logo = editor.page("publication").editor("publication.logo")
    assert isinstance(logo, ImageEditor)
    assert not logo.remove.isEnabled() and logo.preview.pixmap().isNull()
    good = tmp_path / "logo.png"
    good.write_bytes(tiny_png(120, 40))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    qtbot.mouseClick(logo.choose, Qt.MouseButton.LeftButton)
    assert not logo.preview.pixmap().isNull() and logo.remove.isEnabled()
    assert "120 × 40" in logo.about.text()
    assert "120 × 40" in logo.choose.accessibleDescription()
    wait_saved(qtbot, window)
    assert stored(db_path, review_id)["publication.logo"] == read_picture(tiny_png(120, 40)).value()
    damaged = tmp_path / "damaged.png"
    damaged.write_bytes(tiny_png(120, 40)[:-30])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(damaged), ""))
    qtbot.mouseClick(logo.choose, Qt.MouseButton.LeftButton)
    assert "damaged.png" in logo.note.text() and "cut short" in logo.note.text()
    assert "damaged.png" in logo.choose.accessibleDescription()
    assert logo.value() == read_picture(tiny_png(120, 40)).value()  # the good one stays
    qtbot.mouseClick(logo.remove, Qt.MouseButton.LeftButton)
    assert logo.value() is None and logo.preview.pixmap().isNull()
    wait_saved(qtbot, window)
    assert "publication.logo" not in stored(db_path, review_id)
    import io

    from PIL import Image

    photo = tmp_path / "logo.jpg"
    buffer = io.BytesIO()
    Image.new("RGB", (200, 80), (20, 120, 60)).save(buffer, "JPEG")
    photo.write_bytes(buffer.getvalue())
    assert logo.take(photo)  # previewed through Pillow: no Qt image plugin needed
    assert not logo.preview.pixmap().isNull() and "JPEG image, 200 × 80" in logo.about.text()
