"""What an operation says happened to each file: one wording for the command line and the window.

Each phrase is English with named places (``{review}``, ``{answers}``,
``{organisation}``). The command line prints it as it is; the window says it
in the interface language through the catalogues, which hold these phrases
under the context ``Outcome`` (``QT_TRANSLATE_NOOP`` marks them for
``pyside6-lupdate`` without importing Qt here).
"""

from __future__ import annotations

from forms.said import QT_TRANSLATE_NOOP, Said, said

__all__ = ["QT_TRANSLATE_NOOP", "Said", "said"]


IMPORTED = {
    "created": QT_TRANSLATE_NOOP(
        "Outcome", "imported as a new review {review} ({answers} answers)"
    ),
    "updated": QT_TRANSLATE_NOOP(
        "Outcome", "updated review {review} to a newer revision ({answers} answers)"
    ),
    "unchanged": QT_TRANSLATE_NOOP(
        "Outcome", "review {review} is already up to date: nothing changed"
    ),
    "older": QT_TRANSLATE_NOOP(
        "Outcome", "review {review} has a newer revision here: nothing changed"
    ),
}
MERGED = {
    "added": QT_TRANSLATE_NOOP("Outcome", "{organisation}: added"),
    "duplicate": QT_TRANSLATE_NOOP(
        "Outcome", "{organisation}: the same contribution was already received: not counted again"
    ),
    "older": QT_TRANSLATE_NOOP(
        "Outcome", "{organisation}: an older revision than the one received: not used"
    ),
    "updated": QT_TRANSLATE_NOOP(
        "Outcome", "{organisation}: a newer revision: replaces the one received before"
    ),
    "replaced": QT_TRANSLATE_NOOP("Outcome", "{organisation}: replaced by its corrected file"),
}
CHECKED = {
    "review": QT_TRANSLATE_NOOP("Outcome", "ok, review {review}, {answers} answers"),
    "template": QT_TRANSLATE_NOOP("Outcome", "ok, a filled template, {answers} answers"),
    "report": QT_TRANSLATE_NOOP("Outcome", "a report, not a workbook: nothing to import"),
}
# The kinds of file that are reports, whose signature is a file beside them.
REPORT_SUFFIXES = (".pdf", ".docx")
SAMPLE_NOT_IMPORTED = QT_TRANSLATE_NOOP(
    "Outcome", "this is a SAMPLE workbook from a workshop; it cannot be imported among real reviews"
)
SAMPLE_NOT_MERGED = QT_TRANSLATE_NOOP(
    "Outcome",
    "this is a SAMPLE workbook from a workshop; it cannot be merged into a real coalition review",
)
EDITED = QT_TRANSLATE_NOOP("Outcome", "{said} (edited by hand after export)")
# What a workbook's signature says (exports.signing), after what became of the file.
SIGNATURE = {
    "verified": QT_TRANSLATE_NOOP(
        "Outcome", "{said} · signed by {organisation} (key {key}): verified"
    ),
    "unsigned": QT_TRANSLATE_NOOP("Outcome", "{said} · not signed"),
    "mismatch": QT_TRANSLATE_NOOP(
        "Outcome", "{said} · signature does not match: changed after signing"
    ),
}
# What the member keys a coalition pinned say of a file (desktop.member_keys).
KEY_NOTES = {
    "first": QT_TRANSLATE_NOOP(
        "Outcome",
        "{said} · the first file signed with {organisation}'s key: check its fingerprint"
        " {key} with them",
    ),
    "changed": QT_TRANSLATE_NOOP(
        "Outcome",
        "{said} · warning: {organisation} signed its earlier files with another key ({key});"
        " check with them that this file is theirs",
    ),
    "unsigned": QT_TRANSLATE_NOOP(
        "Outcome",
        "{said} · warning: not signed, though {organisation} signed its earlier files (key {key})",
    ),
}
SEALED = QT_TRANSLATE_NOOP("Outcome", "{said} · opened from a sealed package")
SAMPLE_FILE = QT_TRANSLATE_NOOP("Outcome", "{said} (a SAMPLE file from a workshop)")
SKIPPED = QT_TRANSLATE_NOOP("Outcome", "not read: the work was cancelled before this file")
FAULT = QT_TRANSLATE_NOOP(
    "Outcome",
    "an unexpected problem ({error}) stopped the reading of this file; details are in {log}",
)
