"""Dates written out as each language writes them in a publication."""

from __future__ import annotations

import pytest

from exports.long_dates import long_date
from exports.report_build import ReportOptions, build_report
from exports.report_model import Line
from forms.review import Review
from tests.support import every_field_answers


@pytest.mark.parametrize(
    ("lang", "value", "written"),
    [
        ("en", "2026-02-15", "15\u00a0February 2026"),
        ("fr", "2022-05-01", "1er\u00a0mai 2022"),
        ("fr", "2025-12-31", "31\u00a0décembre 2025"),
        ("es", "2026-02-15", "15 de febrero de 2026"),
        ("ar", "2026-02-15", "15\u00a0شباط/فبراير 2026"),
        ("ar", "2024-06-03", "3\u00a0حزيران/يونيه 2024"),
        ("en", "2026-02-30", "2026-02-30"),  # not a date: left as it was written
        ("en", "", ""),
    ],
)
def test_a_date_is_written_out(lang, value, written):
    assert long_date(value, lang) == written


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ar"])
def test_the_cover_writes_its_dates_out(form, lang):
    answers = every_field_answers(form)
    review = Review("dated", form.version, answers)
    lines = [
        b.text
        for b in build_report(form, review, ReportOptions(lang=lang)).blocks
        if isinstance(b, Line)
    ]
    cover = "\n".join(lines)
    assert "2022-01-01" not in cover and "2025-12-31" not in cover
    assert long_date("2022-01-01", lang) in cover and long_date("2025-12-31", lang) in cover
