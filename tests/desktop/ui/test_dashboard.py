"""The overview dashboard shown with real answers, driven with the mouse and the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea

from desktop.ui.dashboard import Dashboard, ObjectiveTile, text_color_for
from forms.review import completeness
from forms.sample import sample_answers


@pytest.fixture(scope="module")
def sample(form):
    return sample_answers(form)


@pytest.fixture
def show(qtbot, form):
    """Show a dashboard in a scroll area, as the editor does, with the given answers."""
    shown = []  # qtbot only keeps weak references

    def shower(answers, width: int = 1100) -> Dashboard:
        dashboard = Dashboard(form, "en")
        dashboard.update_answers(answers)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(dashboard)
        qtbot.addWidget(scroll)
        scroll.resize(width, 800)
        scroll.show()
        qtbot.waitExposed(scroll)
        shown.append(scroll)
        return dashboard

    return shower


def rating_label(form, key: str) -> str:
    return form.ref("obj01.rating").field.choice(key).label.get("en")


def without(answers, *keys):
    return {k: v for k, v in answers.items() if k not in keys}


def test_tiles_show_the_sample_ratings(show, form, sample):
    dashboard = show(sample)
    for item in form.objectives.items:
        tile = dashboard.tile(item.key)
        assert tile.rating_text == rating_label(form, sample[f"{item.key}.rating"])
    assert dashboard.tile("obj08").rating_text == "Regression"
    assert dashboard.tile("obj08").background() == QColor("#b2182b")
    assert dashboard.rated_label.text() == "23 of 23 objectives rated"


def test_unanswered_objective_says_not_rated_yet(show, sample):
    dashboard = show(without(sample, "obj05.rating"))
    tile = dashboard.tile("obj05")
    assert tile.rating_text == "Not rated yet"
    assert not tile.rated
    assert "Not rated yet" in tile.accessibleName()
    assert dashboard.rated_label.text() == "22 of 23 objectives rated"


def test_tiles_follow_the_clusters(show, form):
    dashboard = show({})
    grid = dashboard.tile_grid
    assert [label.text() for label in dashboard.cluster_labels] == [
        group.title.get("en") for group in form.objectives.groups
    ]
    first = form.objectives.groups[0].items
    positions = [grid.getItemPosition(grid.indexOf(dashboard.tile(key)))[:2] for key in first]
    assert positions == sorted(positions)  # in the group's order, row by row
    assert dashboard.tile("obj05").header == "Objective 5"


def test_clicking_a_tile_emits_its_key(show, qtbot):
    dashboard = show({})
    with qtbot.waitSignal(dashboard.objective_activated, timeout=1000) as blocker:
        qtbot.mouseClick(dashboard.tile("obj13"), Qt.MouseButton.LeftButton)
    assert blocker.args == ["obj13"]


@pytest.mark.parametrize("key", [Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_keyboard_activates_the_focused_tile(show, qtbot, key):
    dashboard = show({})
    tile = dashboard.tile("obj05")
    tile.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(tile.hasFocus, timeout=1000)
    with qtbot.waitSignal(dashboard.objective_activated, timeout=1000) as blocker:
        qtbot.keyClick(QApplication.focusWidget(), key)
    assert blocker.args == ["obj05"]


def test_tab_moves_from_tile_to_tile(show, qtbot):
    dashboard = show({})
    dashboard.tile("obj02").setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(dashboard.tile("obj02").hasFocus, timeout=1000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dashboard.tile("obj05")  # next in cluster 1


def test_section_title_emits_its_key(show, qtbot):
    dashboard = show({})
    with qtbot.waitSignal(dashboard.section_activated, timeout=1000) as blocker:
        qtbot.mouseClick(dashboard.section_buttons["methodology"], Qt.MouseButton.LeftButton)
    assert blocker.args == ["methodology"]


def test_progress_bars_show_section_completeness(show, form, sample):
    answers = {k: v for k, v in sample.items() if k.startswith(("profile.", "obj0"))}
    dashboard = show(answers)
    expected = completeness(form, answers)
    shown = {key: bar.value() for key, bar in dashboard.bars.items()}
    assert shown == {key: progress.percent for key, progress in expected.sections.items()}
    assert shown["profile"] == 100
    assert 0 < shown["objectives"] < 100
    assert dashboard.bars["objectives"].text() == f"{shown['objectives']}%"
    assert dashboard.overall_label.text() == f"{expected.overall.percent}%"
    assert dashboard.rated_label.text() == "9 of 23 objectives rated"


def test_update_answers_changes_a_tile(show, form, sample):
    dashboard = show(sample)
    tile = dashboard.tile("obj05")
    assert tile.rating_text == "Moderate progress"
    before = tile.background()
    dashboard.update_answers({**sample, "obj05.rating": "regression"})
    assert tile.rating_text == "Regression"
    assert "Rating: Regression" in tile.accessibleName()
    assert tile.background() != before
    assert dashboard.legend_entries["regression"].label.text() == "Regression (3)"


def test_every_tile_has_an_accessible_name_with_its_rating(show, form, sample):
    dashboard = show(without(sample, "obj01.rating", "obj23.rating"))
    for item in form.objectives.items:
        tile = dashboard.tile(item.key)
        name = tile.accessibleName()
        assert name.startswith(f"Objective {item.number}: {item.title.get('en')}")
        assert f"Rating: {tile.rating_text}" in name
        assert tile.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_confidential_objective_is_marked(show, sample):
    dashboard = show(sample)
    assert dashboard.tile("obj13").confidential  # the sample's detention objective
    assert dashboard.tile("obj13").accessibleName().endswith("Confidential")
    assert not dashboard.tile("obj05").confidential
    assert dashboard.legend_entries["confidential"].label.text() == "Confidential (1)"


def test_legend_lists_every_rating(show, form):
    dashboard = show({})
    texts = [label.text() for label in dashboard.legend.findChildren(QLabel)]
    labels = [c.label.get("en") for c in form.ref("obj01.rating").field.choices]
    assert len(labels) == 6
    for label in [*labels, "Not rated yet"]:
        assert any(text.startswith(label + " (") for text in texts), label
    assert "Not rated yet (23)" in texts


def test_long_titles_are_elided_to_two_lines(show):
    dashboard = show({}, width=700)
    tile: ObjectiveTile = dashboard.tile("obj12")  # the longest title
    lines = tile.title_lines()
    assert len(lines) == 2
    assert lines[-1].endswith("…")
    assert tile.title in tile.toolTip()


def test_columns_follow_the_width(show, qtbot):
    dashboard = show({}, width=1100)
    wide = dashboard.columns
    scroll = dashboard.parentWidget().parentWidget()
    assert isinstance(scroll, QScrollArea)
    scroll.resize(500, 800)
    qtbot.waitUntil(lambda: dashboard.columns < wide, timeout=1000)
    assert dashboard.columns >= 1


def test_text_contrasts_with_the_rating_colour():
    assert text_color_for(QColor("#b2182b")) == QColor("white")  # regression
    assert text_color_for(QColor("#fee090")) == QColor("black")  # limited progress
    assert text_color_for(QColor("#4575b4")) == QColor("white")  # substantial progress


def test_a_french_tile_joins_its_number_and_title_with_a_no_break_space(qtbot, form, sample):
    """French puts a no-break space before a colon, in the tooltip as in the spoken name."""
    from desktop.ui.language import install_language

    app = QApplication.instance()
    install_language(app, "fr")
    try:
        dashboard = Dashboard(form, "fr")
        qtbot.addWidget(dashboard)
        dashboard.update_answers(sample)
        tile = dashboard.tile("obj05")
        for said in (tile.toolTip(), tile.accessibleName()):
            assert said.startswith(
                f"Objectif 5\u00a0: {form.objectives.item('obj05').title.get('fr')}"
            )
    finally:
        install_language(app, "en")
