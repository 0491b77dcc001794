"""File › Export as PDF…, Export as Word…, Export as workbook… and Print a blank questionnaire….

The options are asked for, the file checked (never the database or its
backups; an existing file only replaced when the person says so), personal
data warned about, then the file written off the UI thread through
:mod:`desktop.operations.exporting`, as the command line writes it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from desktop import APP_NAME
from desktop.paths import exports_dir
from desktop.store import Store
from desktop.ui.bidi import isolated
from desktop.ui.tasks import Cancelled
from exports.report_texts import text
from forms.roles import Role
from forms.versions import CURRENT_VERSION

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow
    from exports.lead_key import PublicLeadKey


class ExportJobs(QObject):
    """Asks for an export's options and writes it off the UI thread."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def export_pdf(self) -> None:
        """Ask for the options, then write the PDF report off the UI thread."""
        self.export_review("pdf")

    def export_workbook(self) -> None:
        """Ask for the options, then write the review's workbook off the UI thread.

        A coalition's workbook credits its members (the contributions and voices sheets).
        """
        self.export_review("xlsx")

    def export_package(self) -> None:
        """File › Export for the coalition lead…: the review's workbook, signed, sealed for
        the lead whose public key file is chosen; only the lead's database opens it."""
        from PySide6.QtWidgets import QFileDialog

        from exports.lead_key import read_public_key
        from forms.errors import UserError

        window = self.window
        if window.session is None:
            return
        if window.store.signing_key() is None:
            answer = QMessageBox.question(
                window,
                APP_NAME,
                self.tr(
                    "A package for the coalition lead carries your organisation's signature, "
                    "so that the lead knows it is yours. Make your signing key now?"
                ),
            )
            if answer == QMessageBox.StandardButton.Yes:
                window.signing.show_or_create()
            return
        chosen, _ = QFileDialog.getOpenFileName(
            window,
            self.tr("The coalition lead's key"),
            str(exports_dir()),
            self.tr("Coalition keys (*.gcmkey)"),
        )
        if not chosen:
            return
        try:
            lead = read_public_key(Path(chosen))
        except UserError as err:
            window.show_error(self.tr("This is not a coalition key."), err)
            return
        self.export_review("gcmpkg", lead)

    def export_review(self, kind: str, lead: PublicLeadKey | None = None) -> None:
        if self.window.session is None:
            return
        import dataclasses

        from desktop.ui.export_dialog import ExportDialog, report_file_name

        session = self.window.session
        answers = dict(session.answers)
        review = dataclasses.replace(session.review, answers=answers, revision=session.revision)
        folder = exports_dir()
        language = answers.get(session.form.role_key(Role.LANGUAGE), self.window.lang)

        def name_for(lang: str) -> str:
            if lead is not None:
                name = Path(report_file_name(session.form, review, lang, "xlsx")).stem
                return self.tr("{0} – for {1}").format(name, lead.coalition) + ".gcmpkg"
            return report_file_name(session.form, review, lang, kind)

        key = self.window.store.signing_key()
        signer = ""
        if key is not None:
            from exports.signing import fingerprint

            signer = self.tr("{0}, key {1}").format(key.organisation, fingerprint(key.public))
        sealed_for = ""
        if lead is not None:
            sealed_for = self.tr("{0}, key {1}").format(lead.coalition, lead.fingerprint)
        dialog = ExportDialog(
            session.form, folder / name_for(language), language, self.window.lang, self.window,
            name_for=name_for, kind=kind, signer=signer, lead=sealed_for,
        )  # fmt: skip
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return
        language, confidential = dialog.export_language(), dialog.include_confidential()
        short = dialog.short_version()
        signing = key if dialog.signed() or lead is not None else None
        if not self.confirm_personal_data(session.form, answers, confidential):
            return
        target = dialog.target()
        if not self.writable(target):
            return
        form = session.form
        db_path = self.window.session_db_path()

        def write_pdf(progress, cancelled) -> Path:
            # reportlab is imported there, off the UI thread and only when first needed.
            from desktop.operations.exporting import export_pdf

            with Store(db_path) as store:  # this thread's own connection (a coalition's members)
                return export_pdf(
                    store, form, review, target, language, confidential, progress, cancelled,
                    short, signing,
                )  # fmt: skip

        def write_docx(progress, cancelled) -> Path:
            from desktop.operations.exporting import export_docx

            with Store(db_path) as store:
                return export_docx(
                    store, form, review, target, language, confidential, progress, cancelled,
                    short, signing,
                )  # fmt: skip

        def write_workbook(_progress, _cancelled) -> Path:
            from desktop.operations.exporting import export_workbook

            with Store(db_path) as store:
                return export_workbook(
                    store, form, review, target, language, confidential, signing,
                    sealed_for=lead.public if lead is not None else None,
                )  # fmt: skip

        if kind == "pdf":
            self._run(
                self.tr("Exporting the PDF report…"),
                write_pdf,
                self.tr("The report could not be exported."),
            )
        elif kind == "docx":
            self._run(
                self.tr("Exporting the Word report…"),
                write_docx,
                self.tr("The Word report could not be exported."),
            )
        elif kind == "gcmpkg":
            self._run(
                self.tr("Sealing the package for the coalition lead…"),
                write_workbook,
                self.tr("The package could not be written."),
            )
        else:
            self._run(
                self.tr("Exporting the workbook…"),
                write_workbook,
                self.tr("The workbook could not be exported."),
            )

    def confirm_personal_data(self, form, answers, include_confidential: bool) -> bool:
        """Warn about likely e-mail addresses and phone numbers the export would share.

        True to go on: nothing was found, or the person chose to export anyway.
        """
        from forms.privacy import personal_data

        findings = personal_data(form, answers, include_confidential)
        if not findings:
            return True
        kinds = {"email": self.tr("an e-mail address"), "phone": self.tr("a telephone number")}
        lines = [
            # The hint is Latin letters and digits: embedded left to right, Arabic keeps its order.
            self.tr("{0}: {1} ({2})").format(
                self.describe_key(form, f.key), kinds[f.kind], f"\u202a{f.hint}\u202c"
            )
            for f in findings[:10]
        ]
        if len(findings) > 10:
            lines.append(self.tr("… and {0} more").format(len(findings) - 10))
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            APP_NAME,
            self.tr(
                "The report would share what looks like personal data. People in the "
                "consultations must not be identifiable: check these answers first."
            ),
            QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.setInformativeText("\n".join(lines))
        export = box.addButton(self.tr("Export anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is export

    def describe_key(self, form, key: str) -> str:
        """An answer key as people read it: "Objective 5 › What civil society observes"."""
        base, _, cell = key.partition("[")
        ref = form.ref(base)
        if ref is None:
            return key
        owner = ref.section.title.get(self.window.lang)
        if ref.item is not None:
            owner = f"{ref.section.item_label.get(self.window.lang)} {ref.item.number}"
        parts = [owner, ref.field.label.get(self.window.lang)]
        if cell:
            number, _, column_key = cell.partition("].")
            column = ref.field.column(column_key)
            row = self.tr("row {0}").format(number)
            parts.append(f"{row}, {column.label.get(self.window.lang) if column else column_key}")
        return " › ".join(parts)

    def writable(self, target: Path) -> bool:
        """Whether ``target`` may be written: never the database, its files or its backups.

        An existing file is replaced only when the person says so.
        """
        from desktop.guarded_paths import ProtectedPath
        from desktop.operations.exporting import refuse_unsafe

        try:
            refuse_unsafe(target, self.window.store.path, self.window.session_db_path())
        except ProtectedPath as err:
            self.window.show_error(self.tr("The file cannot be written there."), err)
            return False
        if target.exists():
            answer = QMessageBox.question(
                self.window,
                APP_NAME,
                self.tr("“{0}” already exists. Replace it?").format(isolated(target.name)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            return answer == QMessageBox.StandardButton.Yes
        return True

    def _run(self, title: str, write: Callable[..., Path], failure: str) -> None:
        """Run ``write(progress, should_stop)`` off the UI thread with a progress dialog.

        Success is said in the status bar, failure in a dialog headed ``failure``.
        """

        def work(report, cancelled) -> Path:
            from exports.atomic import ExportCancelled

            report(0, 0, title)
            try:
                return write(lambda done, total: report(done, total, title), cancelled)
            except ExportCancelled:
                raise Cancelled from None

        self.window.run_task(
            title,
            work,
            lambda path: self.window.statusBar().showMessage(
                self.tr("Exported to {0}").format(isolated(path)), 10000
            ),
            failure,
        )

    def export_blank(self, kind: str = "pdf") -> None:
        """Ask for the language, the file and the sensitive categories, then write the blank
        questionnaire: a PDF to print (``pdf``) or a workbook to fill (``xlsx``)."""
        from desktop.ui.export_dialog import ExportDialog, default_file_name

        folder = exports_dir()
        form = self.window.store.form(CURRENT_VERSION)

        def name_for(lang: str) -> str:
            what = f"{form.title.get(lang)} – {text('blank_template', lang)}"
            return default_file_name("", what, lang=lang, extension=kind)

        lang = self.window.lang
        dialog = ExportDialog(
            form, folder / name_for(lang), lang, lang, self.window, blank=True,
            name_for=name_for, kind=kind,
        )  # fmt: skip
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return
        language, target = dialog.export_language(), dialog.target()
        leave_out = dialog.leave_out_sensitive()
        if not self.writable(target):
            return
        title = (
            self.tr("Writing the blank workbook…")
            if kind == "xlsx"
            else self.tr("Writing the blank questionnaire…")
        )

        def write(progress, cancelled) -> Path:
            from desktop.operations.exporting import export_blank

            return export_blank(
                form, target, language, kind == "pdf", progress, cancelled, leave_out
            )

        self._run(title, write, self.tr("The questionnaire could not be written."))
