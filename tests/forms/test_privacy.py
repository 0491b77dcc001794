"""Personal data left in free text is found, with the answer it is in."""

from __future__ import annotations

import pytest

from forms.privacy import personal_data
from forms.sample import sample_answers


def kinds(form, answers, **kw):
    return [(f.key, f.kind) for f in personal_data(form, answers, **kw)]


@pytest.mark.parametrize(
    "text",
    [
        "Write to amina.diallo@example.org for the list.",
        "Her number is +221 77 123 45 67.",
        "Call (021) 555-0199 after six.",
        "Mobile 0612345678",
        "WhatsApp +44 7700 900123",
        "Llame al 612 345 678",
    ],
)
def test_emails_and_phone_numbers_are_found(form, text):
    assert kinds(form, {"obj05.assessment": text}) in (
        [("obj05.assessment", "email")],
        [("obj05.assessment", "phone")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Between 2022-05-01 and 2025-12-31 the office closed twice.",
        "The period 2019-2023 saw 40 000 returns, 1 250 000 and 12 500 000 remittances.",
        "SDG 10.7.1 fell from 14.5 to 12.1 per cent; 3,240 departures in 2024.",
        "Law 2021/17 of 12.03.2021 amended article 45.",
        "",
    ],
)
def test_dates_periods_and_figures_are_not_phone_numbers(form, text):
    assert kinds(form, {"obj05.assessment": text}) == []


def test_table_cells_are_named_and_confidential_parts_are_left_to_the_option(form):
    answers = {
        "methodology.consultations": [
            {"place": "Dakar", "format": "workshop"},
            {"place": "Call Awa on +221 77 123 45 67", "format": "workshop"},
        ],
        "profile.contact_email": "lead@example.org",  # confidential: not shared by default
        "obj13.confidential": True,
        "obj13.assessment": "Detainee's lawyer: lawyer@example.org",
    }
    assert kinds(form, answers) == [("methodology.consultations[2].place", "phone")]
    with_confidential = kinds(form, answers, include_confidential=True)
    assert ("profile.contact_email", "email") in with_confidential
    assert ("obj13.assessment", "email") in with_confidential


def test_the_hint_is_masked(form):
    (finding,) = personal_data(form, {"obj01.gaps": "amina.diallo@example.org"})
    assert finding.hint == "am…@ex…org" and "diallo" not in finding.hint


def test_the_sample_review_shares_nothing_personal(form):
    assert personal_data(form, sample_answers(form)) == []
