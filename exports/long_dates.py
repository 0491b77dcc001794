"""Dates as a report writes them out in each language: "15 February 2026", "1er mai 2022".

Answers keep dates as ``YYYY-MM-DD``; a publication spells the month. Arabic
gives both names of each month, as United Nations documents in Arabic do
("شباط/فبراير").
"""

from __future__ import annotations

import datetime as dt

_MONTHS = {
    "en": (
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ),
    "fr": (
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre",
    ),
    "es": (
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
        "septiembre", "octubre", "noviembre", "diciembre",
    ),
    "ar": (
        "كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو",
        "حزيران/يونيه", "تموز/يوليه", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر",
        "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر",
    ),
}  # fmt: skip


def long_date(value: str, lang: str) -> str:
    """``value`` (``YYYY-MM-DD``) written out in ``lang``; anything else is returned as it is.

    The day and the month are held together by a no-break space.
    """
    try:
        date = dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        return value
    month = _MONTHS.get(lang, _MONTHS["en"])[date.month - 1]
    if lang == "fr":
        day = "1er" if date.day == 1 else str(date.day)
        return f"{day}\u00a0{month} {date.year}"
    if lang == "es":
        return f"{date.day} de {month} de {date.year}"
    return f"{date.day}\u00a0{month} {date.year}"  # the day never ends a line apart
