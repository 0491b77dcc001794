"""Problems of a review, said in the interface language."""

from __future__ import annotations

from pathlib import PurePath

from PySide6.QtCore import QCoreApplication

from forms.errors import UserError
from forms.review import Problem
from forms.said import Said, rendered
from forms.text import Text


def say(said: Said) -> str:
    """``said`` in the interface language (in English when its translation does not fit).

    Right to left, a file's path is isolated (FSI … PDI), so that it reads as one name,
    and the line opens with a right-to-left mark, so that a line starting with a path
    still reads from the right.
    """
    from desktop.ui.language import RIGHT_TO_LEFT, current_language

    if current_language() in RIGHT_TO_LEFT:  # a right-to-left mark opens the line
        return "\u200f" + rendered(said, QCoreApplication.translate, _isolated_path)
    return rendered(said, QCoreApplication.translate)


def _isolated_path(value: object) -> object:
    return f"\u2068{value}\u2069" if isinstance(value, PurePath) else value


def error_text(error: BaseException) -> str:
    """What went wrong, in the interface language where the error has phrases for it."""
    if isinstance(error, UserError):
        return "\n".join(say(line) for line in error.said_lines())
    return str(error)


def problem_message(problem: Problem, lang: str) -> str:
    """The message of ``problem`` in the interface language (labels in ``lang``).

    Codes without a translated phrasing (a value the form cannot hold, which
    the editors prevent) keep the English message of :mod:`forms.review`.
    """
    params = problem.params
    label = params[0].get(lang) if params and isinstance(params[0], Text) else ""
    if problem.code == "required" and label:
        return QCoreApplication.translate("Problems", "{0} is required").format(label)
    if problem.code == "total_exceeded" and len(params) == 3:
        return QCoreApplication.translate(
            "Problems", "{0} add up to {1}, more than the {2} participants"
        ).format(label, params[1], params[2])
    if problem.code == "total_short" and len(params) == 3:
        return QCoreApplication.translate(
            "Problems", "{0} add up to {1}, fewer than the {2} participants"
        ).format(label, params[1], params[2])
    if problem.code == "format" and params:
        return QCoreApplication.translate("Problems", "“{0}” is not an e-mail address").format(
            str(params[0]).strip()
        )
    if problem.code == "date_order":
        return QCoreApplication.translate("Problems", "The end of the period is before its start")
    if problem.code == "period_too_long" and params:
        return QCoreApplication.translate(
            "Problems",
            "The period is longer than the {0} years submissions usually cover. You can keep it.",
        ).format(params[0])
    if problem.code == "unknown_key":
        return QCoreApplication.translate("Problems", "Not a question of this form")
    return problem.message
