"""Helpers that build answers for tests from the form definition itself."""

from __future__ import annotations

import struct
import zlib
from typing import Any

from forms.schema import Field, Form

FRENCH = "Les travailleuses migrantes n'ont pas accès à l'hôpital ; « réforme » annoncée."
ARABIC = "يواجه المهاجرون صعوبات في الحصول على الخدمات الأساسية منذ عام 2024 حسب تقرير IOM."


def example_value(fld: Field, variant: int = 0) -> Any:
    """A valid, non-blank value for any field, varied by ``variant``."""
    kind = fld.type
    if kind == "text":
        if fld.format == "email":
            return f"contact{variant}@example.org"
        return [f"Texte {variant} é", "نص عربي", "emoji 🌍"][variant % 3][: fld.max_length]
    if kind == "longtext":
        return f"{FRENCH}\n{ARABIC}\nLine {variant} <b>&amp;</b> =SUM(A1)"
    if kind == "choice":
        return fld.choices[variant % len(fld.choices)].key
    if kind == "multichoice":
        return [c.key for c in fld.choices[: 2 + variant % 2]]
    if kind == "date":
        return f"2024-0{1 + variant % 9}-15"
    if kind == "number":
        low = int(fld.minimum or 0)
        return low + 7 + variant % 20
    if kind == "boolean":
        return variant % 2 == 0
    if kind == "counts":
        return {c.key: 1 for c in fld.choices[:2]}
    if kind == "table":
        return [
            {col.key: example_value(col, variant + row) for col in fld.columns} for row in range(2)
        ]
    if kind == "image":
        from forms.images import read_picture

        return read_picture(tiny_png(40 + variant, 20)).value()
    raise AssertionError(f"no example for {kind}")


def tiny_png(width: int, height: int, rgb: tuple[int, int, int] = (30, 90, 170)) -> bytes:
    """A whole PNG file of one colour, made without an imaging library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + bytes(rgb) * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )


def every_field_answers(form: Form) -> dict[str, Any]:
    """An answer to every question of the form (breakdowns add up to their totals).

    Every row may be exported: consent is given, no organisation asks not to be named.
    """
    answers = {}
    for index, ref in enumerate(form.refs()):
        answers[ref.key] = example_value(ref.field, index)
        for column in ref.field.columns:
            if column.shares_row or column.withholds_row:
                for row in answers[ref.key]:
                    row[column.key] = column.shares_row
    answers["profile.period_start"] = "2022-01-01"
    answers["profile.period_end"] = "2025-12-31"
    for ref in form.refs():  # breakdowns that add up to the total they break down
        for column in ref.field.columns:
            if column.type == "counts" and column.total:
                for row in answers[ref.key]:
                    row[column.total] = sum(row[column.key].values())
    return answers


def real_answers(form: Form) -> dict[str, Any]:
    """The sample's answers as a real organisation's review: its country and name are real.

    The sample's own country and organisation mark a file as workshop material,
    which real reviews and coalitions refuse.
    """
    from forms.sample import sample_answers

    return {
        **sample_answers(form),
        "profile.country": "Chile",
        "profile.organisation": "Red Andina de Migraciones",
    }


def lock_every_database() -> None:
    """Forget every database key unlocked in this process, as a new start would."""
    from desktop import database_key, passphrase

    database_key._unlocked.clear()
    passphrase._settled.clear()
