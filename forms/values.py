"""Answer values: what each field type holds, how to check it and how to read it from text.

Values are plain JSON-compatible data:

============  ==============================================
type          value
============  ==============================================
text          str
longtext      str
choice        str (a choice key)
multichoice   list[str] (choice keys, in the list's order)
date          str "YYYY-MM-DD"
number        int, or float unless the field is ``integer``
boolean       bool
counts        dict[str, int] (choice key -> count)
table         list[dict[str, value]] (one dict per row)
image         dict: media_type, width, height, data (base64; see forms.images)
============  ==============================================

``None`` means "not answered"; blank values are normalised to ``None``.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from typing import Any

from forms.errors import InvalidValue
from forms.safe_text import clean_text
from forms.said import QT_TRANSLATE_NOOP, problem
from forms.schema import Choice, Field
from forms.typography import choice_separator, labelled, list_separator

EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
TRUE_WORDS = {"true", "yes", "y", "1", "oui", "si", "sí", "نعم", "x"}
FALSE_WORDS = {"false", "no", "n", "0", "non", "لا"}


def is_blank(value: Any) -> bool:
    """True for values that mean "not answered": None, blank text, empty lists and maps."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list):
        # An empty list, or table rows that are all blank.
        return all(isinstance(row, dict) and all(map(is_blank, row.values())) for row in value)
    if isinstance(value, dict):
        return all(v is None for v in value.values())
    return False


def check_value(fld: Field, value: Any, key: str) -> Any:
    """Check ``value`` for ``fld`` and return it normalised; raise InvalidValue naming ``key``.

    This is the hard check applied before anything is saved: type, allowed
    choices, lengths and ranges. Whether a required answer is missing is a
    softer matter, reported by :func:`forms.review.validate`.
    """
    if is_blank(value):
        return None
    checked = _CHECKERS[fld.type](fld, value, key)
    return None if is_blank(checked) else checked  # text may be blank once cleaned


NOT_A_NUMBER = QT_TRANSLATE_NOOP("Problems", "{value} is not a number")
NOT_A_COUNT = QT_TRANSLATE_NOOP("Problems", "{value} is not a count (0 or more)")


def _check_text(fld: Field, value: Any, key: str) -> str:
    if not isinstance(value, str):
        raise InvalidValue(key, problem(QT_TRANSLATE_NOOP("Problems", "expected text")))
    # One kind of line break everywhere (files and editors differ), and nothing a
    # workbook cannot hold: see forms/safe_text.py.
    text = clean_text(value, multiline=fld.type == "longtext")
    if fld.type == "text" and "\n" in text:
        raise InvalidValue(
            key, problem(QT_TRANSLATE_NOOP("Problems", "expected a single line of text"))
        )
    if fld.max_length is not None and len(text) > fld.max_length:
        raise InvalidValue(
            key,
            problem(
                QT_TRANSLATE_NOOP(
                    "Problems", "text is {length} characters long, at most {limit} are allowed"
                ),
                length=len(text),
                limit=fld.max_length,
            ),
        )
    return text


def format_problem(fld: Field, value: Any) -> str | None:
    """What is wrong with the format of an otherwise valid value (e.g. an e-mail), or None.

    Format problems are reported but never stop a value from being saved, so
    that half-typed text is kept.
    """
    if fld.format == "email" and isinstance(value, str) and not EMAIL_PATTERN.match(value.strip()):
        return f"{value.strip()!r} is not an e-mail address"
    return None


def _choice_error(fld: Field, value: Any, key: str) -> InvalidValue:
    allowed = ", ".join(c.key for c in fld.choices[:12])
    more = ", ..." if len(fld.choices) > 12 else ""
    phrase = QT_TRANSLATE_NOOP("Problems", "{value} is not one of the choices ({allowed})")
    return InvalidValue(key, problem(phrase, value=repr(value), allowed=allowed + more))


def _check_choice(fld: Field, value: Any, key: str) -> str:
    if not isinstance(value, str) or fld.choice(value) is None:
        raise _choice_error(fld, value, key)
    return value


def _check_multichoice(fld: Field, value: Any, key: str) -> list[str] | None:
    if not isinstance(value, list | tuple):
        raise InvalidValue(
            key, problem(QT_TRANSLATE_NOOP("Problems", "expected a list of choices"))
        )
    chosen = set()
    for entry in value:
        _check_choice(fld, entry, key)
        chosen.add(entry)
    ordered = [c.key for c in fld.choices if c.key in chosen]
    return ordered or None


def _check_date(fld: Field, value: Any, key: str) -> str:
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            pass
    raise InvalidValue(
        key,
        problem(
            QT_TRANSLATE_NOOP("Problems", "{value} is not a date (use YYYY-MM-DD)"),
            value=repr(value),
        ),
    )


def _check_number(fld: Field, value: Any, key: str) -> int | float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidValue(key, problem(NOT_A_NUMBER, value=repr(value)))
    if isinstance(value, float):
        if not math.isfinite(value):
            raise InvalidValue(key, problem(NOT_A_NUMBER, value=repr(value)))
        if value.is_integer():
            value = int(value)
    if fld.integer and not isinstance(value, int):
        raise InvalidValue(
            key,
            problem(
                QT_TRANSLATE_NOOP("Problems", "{value} is not a whole number"), value=repr(value)
            ),
        )
    if fld.minimum is not None and value < fld.minimum:
        below = QT_TRANSLATE_NOOP("Problems", "{value} is below the minimum of {limit}")
        raise InvalidValue(key, problem(below, value=value, limit=plain_number(fld.minimum)))
    if fld.maximum is not None and value > fld.maximum:
        above = QT_TRANSLATE_NOOP("Problems", "{value} is above the maximum of {limit}")
        raise InvalidValue(key, problem(above, value=value, limit=plain_number(fld.maximum)))
    number: int | float = value
    return number


def _check_boolean(fld: Field, value: Any, key: str) -> bool:
    if not isinstance(value, bool):
        raise InvalidValue(key, problem(QT_TRANSLATE_NOOP("Problems", "expected yes or no")))
    return value


def _check_counts(fld: Field, value: Any, key: str) -> dict[str, int] | None:
    if not isinstance(value, dict):
        raise InvalidValue(
            key, problem(QT_TRANSLATE_NOOP("Problems", "expected a count per category"))
        )
    result: dict[str, int] = {}
    for choice_key, count in value.items():
        if fld.choice(choice_key) is None:
            raise _choice_error(fld, choice_key, key)
        if count is None:
            continue
        if isinstance(count, float) and count.is_integer():
            count = int(count)
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            raise InvalidValue(f"{key}.{choice_key}", problem(NOT_A_COUNT, value=repr(count)))
        result[choice_key] = count
    ordered = {c.key: result[c.key] for c in fld.choices if c.key in result}
    return ordered or None


def _check_table(fld: Field, value: Any, key: str) -> list[dict[str, Any]] | None:
    if not isinstance(value, list | tuple):
        raise InvalidValue(key, problem(QT_TRANSLATE_NOOP("Problems", "expected a list of rows")))
    if fld.max_rows is not None and len(value) > fld.max_rows:
        too_many = QT_TRANSLATE_NOOP("Problems", "{rows} rows, at most {limit} are allowed")
        raise InvalidValue(key, problem(too_many, rows=len(value), limit=fld.max_rows))
    rows = []
    for index, row in enumerate(value):
        where = f"{key}[{index + 1}]"
        if not isinstance(row, dict):
            raise InvalidValue(
                where, problem(QT_TRANSLATE_NOOP("Problems", "expected a row of named values"))
            )
        clean: dict[str, Any] = {}
        for col_key, cell in row.items():
            column = fld.column(col_key) if isinstance(col_key, str) else None
            if column is None:
                unknown = QT_TRANSLATE_NOOP("Problems", "unknown column {column}")
                raise InvalidValue(where, problem(unknown, column=repr(col_key)))
            checked = check_value(column, cell, f"{where}.{col_key}")
            if checked is not None:
                clean[col_key] = checked
        if clean:
            rows.append({c.key: clean[c.key] for c in fld.columns if c.key in clean})
    return rows or None


def _check_image(fld: Field, value: Any, key: str) -> dict[str, Any]:
    from forms.images import ImageError, picture_of

    try:
        return picture_of(value).value()  # type and size read again from the bytes
    except ImageError as err:
        raise InvalidValue(key, err.said) from None


_CHECKERS = {
    "text": _check_text,
    "longtext": _check_text,
    "choice": _check_choice,
    "multichoice": _check_multichoice,
    "date": _check_date,
    "number": _check_number,
    "boolean": _check_boolean,
    "counts": _check_counts,
    "table": _check_table,
    "image": _check_image,
}


def plain_number(number: float) -> str:
    """A number as the definition writes it: 100000, not 100000.0."""
    return str(int(number)) if float(number).is_integer() else str(number)


# -- reading values typed as text (command line, spreadsheets) ----------------


def find_choice(fld: Field, text: str) -> Choice | None:
    """The choice whose key, or label in any language (or former label), is ``text``.

    Case, runs of spaces, no-break spaces and the kind of apostrophe do not matter: a
    label typed in a spreadsheet, or written by an older version, still names its choice.
    """
    wanted = comparable(text)
    for choice in fld.choices:
        if choice.key.casefold() == wanted:
            return choice
    for choice in fld.choices:
        if any(comparable(label) == wanted for label in choice.label.values.values()):
            return choice
    for choice in fld.choices:
        if any(comparable(label) == wanted for label in choice.former_labels):
            return choice
    return None


def comparable(text: str) -> str:
    """``text`` as labels and tab names are compared: folded case, one kind of space and of
    apostrophe (a file written before a text was respelled still matches it)."""
    return " ".join(text.replace("\u2019", "'").split()).casefold()


def parse_value(fld: Field, text: str, key: str) -> Any:
    """Read a value of ``fld`` from text as a person would type it, then check it.

    Choices are given by key or by label in any language; several choices are
    separated by ``;`` or new lines (or commas between keys); counts and
    tables are given as JSON. Raises InvalidValue naming ``key``.
    """
    if not text.strip():
        return None
    kind = fld.type
    if kind in ("text", "longtext"):
        value: Any = text
    elif kind == "choice":
        choice = find_choice(fld, text)
        if choice is None:
            raise _choice_error(fld, text, key)
        value = choice.key
    elif kind == "multichoice":
        value = _parse_multichoice(fld, text, key)
    elif kind == "number":
        value = _parse_number(text, key)
    elif kind == "boolean":
        word = text.strip().casefold()
        if word in TRUE_WORDS:
            value = True
        elif word in FALSE_WORDS:
            value = False
        else:
            raise InvalidValue(
                key,
                problem(
                    QT_TRANSLATE_NOOP("Problems", "{value} is not yes or no"), value=repr(text)
                ),
            )
    elif kind in ("counts", "table"):
        try:
            value = json.loads(text)
        except json.JSONDecodeError as err:
            raise InvalidValue(
                key,
                problem(QT_TRANSLATE_NOOP("Problems", "not valid JSON ({error})"), error=err.msg),
            ) from err
    else:  # date
        value = text.strip()
    return check_value(fld, value, key)


def _parse_multichoice(fld: Field, text: str, key: str) -> list[str]:
    """Choices separated by ``;``, ``,`` or new lines; labels may contain separators.

    At each position the longest run of pieces that names a choice is taken, so
    that "Race, xenophobia, gender, …" stays one label.
    """
    pieces = re.split(r"([;,\n])", text)
    found: list[str] = []
    start = 0
    while start < len(pieces):
        if not pieces[start].strip() or pieces[start] in (";", ",", "\n"):
            start += 1
            continue
        for end in range(len(pieces), start, -1):
            choice = find_choice(fld, "".join(pieces[start:end]))
            if choice is not None:
                found.append(choice.key)
                start = end
                break
        else:
            raise _choice_error(fld, pieces[start].strip(), key)
    return found


def _parse_number(text: str, key: str) -> int | float:
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "")
    try:
        return int(cleaned)
    except ValueError:
        pass
    try:
        return float(cleaned)
    except ValueError:
        raise InvalidValue(key, problem(NOT_A_NUMBER, value=repr(text.strip()))) from None


def format_value(fld: Field, value: Any, lang: str = "en") -> str:
    """A readable one-string rendering of a value, with choice labels in ``lang``."""
    if value is None:
        return ""
    kind = fld.type
    if kind == "choice":
        choice = fld.choice(value)
        return choice.label.get(lang) if choice else str(value)
    if kind == "multichoice":
        return choice_separator(lang).join(format_value_choice(fld, v, lang) for v in value)
    if kind == "boolean":
        return "yes" if value else "no"
    if kind == "counts":
        counted = (
            labelled(format_value_choice(fld, k, lang), str(n), lang) for k, n in value.items()
        )
        return list_separator(lang).join(counted)
    if kind == "table":
        return f"{len(value)} row(s)"
    if kind == "image":
        kind_name = "PNG" if value.get("media_type") == "image/png" else "JPEG"
        return f"{kind_name} image, {value.get('width')} × {value.get('height')} pixels"
    return str(value)


def format_value_choice(fld: Field, key: str, lang: str) -> str:
    """The label of one choice key of ``fld`` in ``lang`` (the key itself if unknown)."""
    choice = fld.choice(key)
    return choice.label.get(lang) if choice else key
