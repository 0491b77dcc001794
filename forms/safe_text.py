"""Text as it enters and as it is shown: characters a file cannot hold, and ones that deceive.

Answers are pasted from word processors and e-mails. Some characters they
carry cannot be stored in a workbook (XML 1.0 refuses most control
characters) or encoded at all (lone surrogates): :func:`clean_text` turns
line-break look-alikes into line breaks and removes the rest, where text
enters. Bidirectional overrides and terminal escapes are kept in what is
stored (they may be meant), but :func:`shown_safe` makes them visible where
text is printed to a terminal, and :func:`file_name_part` drops them from
suggested file names, where they would disguise a name.
"""

from __future__ import annotations

import re

from forms.said import QT_TRANSLATE_NOOP, Said, problem

# Characters that mean "a new line" in some program: Word's soft line break
# (U+000B), form feed, and Unicode's line and paragraph separators.
_SEPARATORS = re.compile("[\x0b\x0c\x85\u2028\u2029]")
# What neither XML 1.0 nor UTF-8 can hold: C0 controls but tab and newline,
# DEL and C1 controls, lone surrogates, and the non-characters U+FFFE/U+FFFF.
_UNSTORABLE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
# Bidirectional embeddings, overrides and isolates: they reorder what follows.
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_DECEPTIVE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{BIDI_CONTROLS}\ud800-\udfff]")
_BREAKS_CHANGED = QT_TRANSLATE_NOOP("Problems", "special line breaks became ordinary ones")
_CONTROLS_REMOVED = QT_TRANSLATE_NOOP(
    "Problems", "control characters that files cannot hold were removed"
)
_BOTH_CHANGED = QT_TRANSLATE_NOOP(
    "Problems",
    "special line breaks became ordinary ones; control characters that files cannot hold"
    " were removed",
)


def clean_text(text: str, multiline: bool = True) -> str:
    """``text`` as it can be stored: line-break look-alikes as ``\\n``, unstorable characters out.

    Line endings of other systems (``\\r\\n``, ``\\r``) become ``\\n``. In a one-line
    answer (``multiline`` False) the look-alikes become spaces, and a real line
    break is left for the caller to refuse.
    """
    if text.isprintable() and "\r" not in text:  # the common case, at C speed
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SEPARATORS.sub("\n" if multiline else " ", text)
    return _UNSTORABLE.sub("", text)


def changes_made(before: str, after: str) -> Said | None:
    """What :func:`clean_text` did to ``before``, in a few words (None when nothing worth saying).

    Line endings of other systems (``\\r\\n``, ``\\r``) becoming ``\\n`` are not worth saying.
    """
    if before == after:
        return None
    separators, unstorable = bool(_SEPARATORS.search(before)), bool(_UNSTORABLE.search(before))
    if separators and unstorable:
        return problem(_BOTH_CHANGED)
    if separators:
        return problem(_BREAKS_CHANGED)
    return problem(_CONTROLS_REMOVED) if unstorable else None


def shown_safe(text: str) -> str:
    """``text`` for a terminal: control, bidirectional and invalid characters as ``<U+XXXX>``.

    Line breaks and tabs are kept; nothing else can then move the cursor,
    colour the screen or reverse what follows.
    """
    if text.isprintable() and not any(c in text for c in BIDI_CONTROLS):
        return text
    return _DECEPTIVE.sub(lambda m: f"<U+{ord(m.group()):04X}>", text)


def file_name_part(text: str) -> str:
    """``text`` for use in a file name: no controls, no bidirectional or invalid characters."""
    return _DECEPTIVE.sub("", clean_text(text, multiline=False).replace("\n", " "))


def folded(text: object) -> str:
    """``text`` as names are compared: spaces collapsed, case folded (None gives "")."""
    return " ".join(str(text or "").split()).casefold()
