"""Checking and reading answer values of every field type."""

from __future__ import annotations

import pytest

from forms.errors import InvalidValue
from forms.values import check_value, format_value, is_blank, parse_value
from tests.support import ARABIC, example_value


def field(form, key):
    return form.ref(key).field


@pytest.mark.parametrize("value", [None, "", "   \n", [], {}, [{"citation": ""}]])
def test_blank_values(value):
    assert is_blank(value)


def test_every_field_type_accepts_its_example(form):
    seen = set()
    for ref in form.refs():
        value = example_value(ref.field)
        assert check_value(ref.field, value, ref.key) is not None
        seen.add(ref.field.type)
        seen.update(c.type for c in ref.field.columns)
    assert seen == {
        "text", "longtext", "choice", "multichoice", "date", "number", "boolean", "counts", "table",
        "image",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("profile.country", 12, "expected text"),
        ("profile.country", "two\nlines", "single line"),
        ("profile.country", "x" * 101, "101 characters long, at most 100"),
        ("obj01.rating", "great", "not one of the choices"),
        ("obj01.key_ways", ["kw01", "kw99"], "'kw99' is not one of the choices"),
        ("obj01.key_ways", "kw01", "expected a list"),
        ("profile.review_date", "31/12/2025", "not a date"),
        ("profile.review_date", "2025-02-30", "not a date"),
        ("obj01.confidential", "yes", "expected yes or no"),
        ("obj01.sources", [{"citation": "a", "colour": "red"}], "unknown column 'colour'"),
        ("obj01.sources", "a source", "expected a list of rows"),
        (
            "obj01.indicators",
            [{"indicator": "other", "value": "1", "year": 1800}],
            "below the minimum",
        ),
        (
            "obj01.indicators",
            [{"indicator": "other", "value": "1", "year": 2000.5}],
            "whole number",
        ),
    ],
)
def test_invalid_values_are_refused_with_the_key(form, key, value, message):
    with pytest.raises(InvalidValue, match=message) as info:
        check_value(field(form, key), value, key)
    assert str(info.value).startswith(key)


def test_counts_refuse_negative_and_unknown_categories(form):
    consultations = field(form, "methodology.consultations")
    key = "methodology.consultations"
    with pytest.raises(InvalidValue, match=r"\[1\]\.gender\.women: -1"):
        check_value(consultations, [{"place": "Dakar", "gender": {"women": -1}}], key)
    with pytest.raises(InvalidValue, match="'aliens' is not one of"):
        check_value(consultations, [{"place": "Dakar", "gender": {"aliens": 2}}], key)


def test_table_rows_exceeding_the_limit(form):
    sources = field(form, "obj01.sources")
    with pytest.raises(InvalidValue, match="at most 200"):
        check_value(sources, [{"citation": str(i)} for i in range(201)], "obj01.sources")


def test_normalisation(form):
    assert check_value(field(form, "obj01.key_ways"), ["kw03", "kw01", "kw03"], "k") == [
        "kw01",
        "kw03",
    ]
    assert check_value(field(form, "profile.review_date"), "2025-01-05", "k") == "2025-01-05"
    rows = check_value(
        field(form, "obj01.sources"), [{"citation": ""}, {"link": "L", "citation": "C"}], "k"
    )
    assert rows == [{"citation": "C", "link": "L"}]
    assert check_value(field(form, "obj01.assessment"), ARABIC, "k") == ARABIC


def test_parse_choices_by_key_or_label(form):
    rating = field(form, "obj01.rating")
    assert parse_value(rating, "limited", "k") == "limited"
    assert parse_value(rating, "  Limited PROGRESS ", "k") == "limited"
    ways = field(form, "obj01.key_ways")
    assert parse_value(ways, "kw02, kw01", "k") == ["kw01", "kw02"]
    assert parse_value(
        ways, "Race, xenophobia, gender, sexual orientation and gender identity; Detention", "k"
    ) == ["kw03", "kw07"]
    with pytest.raises(InvalidValue, match="'Joy' is not one of"):
        parse_value(ways, "kw01, Joy", "k")


def test_parse_numbers_booleans_and_json(form):
    indicators = field(form, "obj01.indicators")
    assert parse_value(indicators, '[{"indicator": "other", "value": "3", "year": 2024}]', "k") == [
        {"indicator": "other", "value": "3", "year": 2024}
    ]
    with pytest.raises(InvalidValue, match="not valid JSON"):
        parse_value(indicators, "[{", "k")
    flag = field(form, "obj01.confidential")
    assert parse_value(flag, "oui", "k") is True
    assert parse_value(flag, "no", "k") is False
    with pytest.raises(InvalidValue, match="not yes or no"):
        parse_value(flag, "perhaps", "k")
    participants = field(form, "methodology.consultations").column("participants")
    assert parse_value(participants, " 1 200 ", "k") == 1200
    with pytest.raises(InvalidValue, match="not a number"):
        parse_value(participants, "many", "k")
    assert parse_value(participants, "", "k") is None


def test_format_value_uses_labels(form):
    assert format_value(field(form, "obj01.rating"), "limited") == "Limited progress"
    assert (
        format_value(field(form, "obj01.key_ways"), ["kw01", "kw07"])
        == "Pandemic recovery; Detention"
    )


@pytest.mark.parametrize(
    ("key", "value", "stored"),
    [
        ("obj01.assessment", "a\x0bb", "a\nb"),  # Word's soft line break
        ("obj01.assessment", "a\u2028b\u2029c", "a\nb\nc"),
        ("obj01.assessment", "a\x1b[31mb\x00c\x7f", "a[31mbc"),
        ("obj01.assessment", "a\r\nb\rc", "a\nb\nc"),
        ("obj01.assessment", "lone \ud800 surrogate", "lone  surrogate"),
        ("profile.country", "Fran\x0bce", "Fran ce"),  # one line: a space
        ("obj01.assessment", "\x1b\x07", None),  # nothing left: no answer
    ],
)
def test_text_is_cleaned_of_what_files_cannot_hold(form, key, value, stored):
    assert check_value(field(form, key), value, key) == stored


def test_a_choice_is_still_found_by_a_label_it_had_before(form):
    """Workbooks filled before a label was reworded still name their choice."""
    from forms.values import find_choice

    fmt = form.ref("methodology.consultations").field.column("format")
    assert fmt.choice("survey").label.get("ar") == "دراسة استقصائية"
    found = find_choice(fmt, "استبيان")  # the Arabic label of earlier versions
    assert found is not None and found.key == "survey"
    assert find_choice(fmt, "لا شيء") is None


def test_former_labels_are_checked_when_the_definition_is_read():
    from importlib import resources

    from forms.errors import DefinitionError
    from forms.loader import parse_form
    from forms.versions import definition_name

    text = (resources.files("forms.definitions") / definition_name(1)).read_text(encoding="utf-8")
    broken = text.replace("former_labels:\n        ar: [", "former_labels:\n        ar: ", 1)
    broken = broken.replace("استبيان]", "استبيان", 1)
    assert broken != text
    with pytest.raises(DefinitionError, match="former_labels"):
        parse_form(broken)
