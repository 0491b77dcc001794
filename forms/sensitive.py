"""Categories that can put participants at risk where they are criminalised.

A choice marked ``sensitive: true`` in the definition (another gender identity,
an irregular migration status) can be left out of the printed questionnaire and
the blank workbook, as an option when they are made: a paper found in a bag or a
file on a seized laptop then shows no such category. The questions keep their
other categories, "Prefer not to say" among them, so that breakdowns still add
up to their totals; a workbook made so says it in its ``_meta`` sheet, and is
read back with the same questions.
"""

from __future__ import annotations

import dataclasses

from forms.schema import Choice, Field, Form, Section


def sensitive_choices(form: Form) -> list[Choice]:
    """Every sensitive choice of the form, once each, in the order of its choice lists."""
    found: list[Choice] = []
    for choices in form.choice_lists.values():
        found.extend(c for c in choices if c.sensitive and c not in found)
    return found


def without_sensitive(form: Form) -> Form:
    """``form`` without its sensitive choices: what a questionnaire leaving them out asks."""
    if not sensitive_choices(form):
        return form
    sections = tuple(_section(s) for s in form.sections)
    lists = {k: tuple(c for c in v if not c.sensitive) for k, v in form.choice_lists.items()}
    return dataclasses.replace(form, sections=sections, choice_lists=lists)


def _section(section: Section) -> Section:
    return dataclasses.replace(
        section,
        fields=tuple(map(_field, section.fields)),
        item_fields=tuple(map(_field, section.item_fields)),
    )


def _field(fld: Field) -> Field:
    choices = tuple(c for c in fld.choices if not c.sensitive)
    columns = tuple(map(_field, fld.columns))
    if choices == fld.choices and columns == fld.columns:
        return fld
    return dataclasses.replace(fld, choices=choices, columns=columns)
