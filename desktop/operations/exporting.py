"""Writing a review's PDF or Word report or workbook, and the blank questionnaire.

The command line (``export``, ``template``) and the window (File › Export as
PDF…, Export as workbook…, Print a blank questionnaire…) write through these,
so a coalition's report and workbook credit its members the same way in both.
Every file is written to a temporary file and renamed (``exports.atomic``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import __version__
from desktop.store import Store
from forms.review import Review
from forms.schema import Form

if TYPE_CHECKING:
    from exports.signing import SigningKey
    from forms.merge import Consolidation

#: ``progress(steps done, steps in all)``; ``cancelled()``: whether to stop.
Progress = Callable[[int, int], None] | None
Cancelled = Callable[[], bool] | None


def refuse_unsafe(target: Path, *db_paths: Path) -> None:
    """ProtectedPath when ``target`` is a database, one of its files or its backups."""
    from desktop.guarded_paths import refuse_protected

    for db_path in dict.fromkeys(db_paths):
        refuse_protected(target, db_path)


def export_pdf(
    store: Store,
    form: Form,
    review: Review,
    target: Path,
    lang: str,
    include_confidential: bool = False,
    progress: Progress = None,
    cancelled: Cancelled = None,
    short: bool = False,
    signer: SigningKey | None = None,
) -> Path:
    """The PDF report of ``review``; a coalition's credits its members per objective.

    ``short`` writes the short submission version (see ReportOptions.short);
    ``signer`` signs it in a detached signature file beside it.
    """
    from exports.pdf import build_pdf

    return _report(build_pdf, store, form, review, target, lang, include_confidential,
                   progress, cancelled, short, signer)  # fmt: skip


def export_docx(
    store: Store,
    form: Form,
    review: Review,
    target: Path,
    lang: str,
    include_confidential: bool = False,
    progress: Progress = None,
    cancelled: Cancelled = None,
    short: bool = False,
    signer: SigningKey | None = None,
) -> Path:
    """The Word report of ``review``: the same report as the PDF, to edit in a word processor.

    ``signer`` signs it in a detached signature file beside it.
    """
    from exports.docx import build_docx

    return _report(build_docx, store, form, review, target, lang, include_confidential,
                   progress, cancelled, short, signer)  # fmt: skip


def _report(
    build: Callable[..., Path],
    store: Store,
    form: Form,
    review: Review,
    target: Path,
    lang: str,
    include_confidential: bool,
    progress: Progress,
    cancelled: Cancelled,
    short: bool = False,
    signer: SigningKey | None = None,
) -> Path:
    """The report of ``review`` written by ``build`` (build_pdf, build_docx), with a
    coalition's contributions; ``short``: the short submission version. With ``signer``,
    its detached signature (``.sig``) is written beside it; without, a signature left
    there by an earlier export of the same name is removed, as it no longer signs it."""
    from exports.detached_signature import sign_file, signature_path
    from exports.report_build import ReportOptions

    options = ReportOptions(lang, include_confidential, __version__, short)
    consolidation = _consolidation(store, form, review, include_confidential)
    path = build(form, review, target, options, progress, cancelled, consolidation=consolidation)
    if signer is not None:
        sign_file(path, signer)
    else:
        signature_path(path).unlink(missing_ok=True)
    return path


def _consolidation(
    store: Store, form: Form, review: Review, include_confidential: bool
) -> Consolidation | None:
    """What a coalition's members contributed (None for an organisation's own review)."""
    if review.kind != "coalition":
        return None
    from forms.merge import consolidate

    return consolidate(form, store.contributions(review.id), include_confidential)


def export_workbook(
    store: Store,
    form: Form,
    review: Review,
    target: Path,
    lang: str,
    include_confidential: bool = False,
    signer: SigningKey | None = None,
    sealed_for: bytes | None = None,
) -> Path:
    """The workbook of ``review``; a coalition's holds its members' contributions and voices.

    ``signer`` (the store's signing key) signs it; with ``sealed_for`` (a coalition
    lead's public key) it is written as a sealed package only the lead opens.
    """
    from exports.xlsx_writer import write_workbook

    members = store.contributions(review.id) if review.kind == "coalition" else None
    return write_workbook(
        form, review, target, lang, __version__, include_confidential, members,
        signer=signer, sealed_for=sealed_for,
    )  # fmt: skip


def export_blank(
    form: Form,
    target: Path,
    lang: str,
    pdf: bool = True,
    progress: Progress = None,
    cancelled: Cancelled = None,
    leave_out_sensitive: bool = False,
) -> Path:
    """The blank questionnaire: a PDF to print, or the workbook to fill without the program.

    ``leave_out_sensitive`` asks no category that could put participants at risk.
    """
    if pdf:
        from exports.blank_form import build_blank_pdf

        return build_blank_pdf(
            form, target, lang, __version__, progress, cancelled, leave_out_sensitive
        )
    from exports.xlsx_writer import write_workbook

    return write_workbook(
        form, None, target, lang, __version__, leave_out_sensitive=leave_out_sensitive
    )
