"""Errors a user can cause, each with a message meant to be read by a person."""

from __future__ import annotations

from forms.said import QT_TRANSLATE_NOOP, Said, as_said, problem

# A problem at a place (an answer, a cell).
AT = QT_TRANSLATE_NOOP("Problems", "{where}: {problem}")


class UserError(Exception):
    """Base class of every error caused by input; ``str(err)`` is a one-line message.

    Made with a phrase (:class:`forms.said.Said`), it can be said in the interface
    language too (:meth:`said_lines`).
    """

    def __init__(self, *args: object) -> None:
        message = args[0] if len(args) == 1 else None
        self.said: Said | None = message if isinstance(message, Said) else None
        super().__init__(*(str(a) if isinstance(a, Said) else a for a in args))

    def __str__(self) -> str:
        text = super().__str__()
        return " ".join(text.split())

    def said_message(self) -> Said:
        """The one-line message as a phrase (as it is, when the error has none)."""
        return self.said if self.said is not None else as_said(str(self))

    def lines(self) -> list[str]:
        """Every problem, one line each (one for most errors)."""
        return [str(self)]

    def said_lines(self) -> list[Said]:
        """:meth:`lines` as phrases to say in the interface language (as they are, when the
        error has no phrases of its own)."""
        if self.said is not None and type(self).lines is UserError.lines:
            return [self.said]
        return [as_said(line) for line in self.lines()]


class DefinitionError(UserError):
    """A form definition file is missing, malformed or inconsistent."""


class UnknownKey(UserError):
    """An answer key that names no field of the form."""


class InvalidValue(UserError):
    """A value that a field cannot hold (wrong type, unknown choice, too long).

    ``key`` names the answer, or the table cell (``obj01.sources[2].citation``).
    """

    def __init__(self, key: str, detail: str | Said) -> None:
        super().__init__(problem(AT, where=key, problem=as_said(detail)))
        self.key = key
        # What is wrong, in English, and as a phrase to translate.
        self.detail = str(detail)
        self.detail_said = as_said(detail)
