"""The recovery key as a one-page PDF to print: written where the person chooses, through Qt.

QPdfWriter is in QtGui (the bundle carries no print support): Qt lays the
page out in the interface language, right to left in Arabic, with the key in
large fixed-width type. The file is written beside its target and renamed
over it, so that a cut-off write leaves nothing half done.
"""

from __future__ import annotations

import html
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from forms.errors import UserError
from forms.os_reasons import os_reason
from forms.said import QT_TRANSLATE_NOOP
from forms.said import problem as said


def write_recovery_sheet(target: Path, recovery: str, database: Path, right_to_left: bool) -> Path:
    """Write the recovery sheet of ``database`` (its key ``recovery``) to ``target``.

    UserError naming the file when it cannot be written; nothing is left behind then.
    """
    partial = target.with_name(f".{target.name}.{os.getpid()}.part")
    direction = "rtl" if right_to_left else "ltr"
    title = html.escape(
        QCoreApplication.translate("RecoverySheet", "GCM Shadow Review: recovery key")
    )
    where = html.escape(QCoreApplication.translate("RecoverySheet", "Database:"))
    keep = html.escape(
        QCoreApplication.translate(
            "RecoverySheet",
            "This key opens the database and its backups if the passphrase is forgotten. "
            "Keep this page apart from the computer, where nobody who should not read the "
            "reviews can find it. Anyone who has it can open them.",
        )
    )
    delete = html.escape(
        QCoreApplication.translate(
            "RecoverySheet",
            "Delete the file once it is printed: a copy left on the computer opens the reviews.",
        )
    )
    key_style = "font-family: monospace; font-size: 12pt; font-weight: bold;"
    body = (
        f'<div dir="{direction}"><h1>{title}</h1>'
        # The path isolated left to right: in Arabic its slashes stay where they are.
        f"<p>{where} \u2066{html.escape(str(database))}\u2069</p>"
        f'<p dir="ltr" style="{key_style}">{html.escape(recovery)}</p>'
        f"<p>{keep}</p><p>{delete}</p></div>"
    )
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # the OS says why not
        os.close(fd)
        writer = QPdfWriter(str(partial))
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(20, 20, 20, 20),
                QPageLayout.Unit.Millimeter,
            )
        )
        writer.setTitle(
            QCoreApplication.translate("RecoverySheet", "GCM Shadow Review: recovery key")
        )
        document = QTextDocument()
        document.documentLayout().setPaintDevice(writer)  # points measured on the page
        font = document.defaultFont()
        font.setPointSizeF(12)
        document.setDefaultFont(font)
        document.setHtml(body)
        document.setPageSize(QSizeF(writer.width(), writer.height()))
        document.print_(writer)
        del writer  # the file is complete once the writer is gone
        if not partial.is_file() or partial.stat().st_size == 0:
            raise OSError("the PDF was not written")
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except OSError as err:
        partial.unlink(missing_ok=True)
        unwritten = QT_TRANSLATE_NOOP("Problems", "{file}: could not be written ({reason})")
        raise UserError(said(unwritten, file=target, reason=os_reason(err))) from err
    return target
