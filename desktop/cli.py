"""The ``gcm-review`` command: headless subcommands, and the window when given none.

Errors a user can cause are printed as one ``error: ...`` line on stderr with
exit code 2, and change nothing. Heavy modules are imported by the
subcommands that need them, so that ``--help`` and ``list`` start fast.

Each command says what it does to the database (``_ACCESS``): nothing,
reading it, writing it (under the database's lock, shared, so never during a
restore or beside a window) or restoring it (the lock held alone). Every
command that opens the database checks it first and refuses a damaged one.
What is printed passes through :func:`forms.safe_text.shown_safe`, so that
stored text can neither colour nor reorder the terminal.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, NoReturn, TextIO, cast

if TYPE_CHECKING:
    import argparse

    from desktop.command_language import Speaker
    from desktop.operations.batch import FileOutcome

from desktop import __version__
from forms.errors import UserError
from forms.languages import CODES
from forms.roles import Role
from forms.said import COMMAND_LINE, QT_TRANSLATE_NOOP, Said
from forms.versions import CURRENT_VERSION

EXIT_OK = 0
EXIT_USAGE = 2
LANGUAGES = CODES


class UsageError(UserError):
    """The command was given a combination of arguments it cannot use."""


def line(phrase: str, **values: Any) -> Said:
    """A phrase of the command line's own (context ``CommandLine``)."""
    return Said(phrase, tuple(values.items()), COMMAND_LINE)


# The speaker of this run, made when first needed (see desktop.command_language).
_SPEAKERS: list[Speaker] = []


def _speaker() -> Speaker:
    if not _SPEAKERS:  # when first needed: opening the window reads no settings here
        from desktop.command_language import Speaker, command_language

        _SPEAKERS.append(Speaker(command_language()))
    return _SPEAKERS[0]


def spoken(said: Said | str) -> str:
    """``said`` in the language of the command line."""
    return _speaker().say(said) if isinstance(said, Said) else said


def tell(said: Said, out: TextIO) -> None:
    """Print ``said`` to ``out`` in the command line's language, safe for a terminal."""
    print(shown_safe(spoken(said)), file=out)


ERROR = QT_TRANSLATE_NOOP("CommandLine", "error: {message}")


def _add_db(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        default=default,
        metavar="PATH",
        help="the review database (default: $GCM_REVIEW_DB, else the user data folder)",
    )


# What argparse says of a command typed wrong, translated like the command line's own phrases
# (argparse asks gettext's ``_`` for each; --help stays in English, as the options are).
ARGPARSE_MESSAGES = frozenset(
    (
        QT_TRANSLATE_NOOP("CommandLine", "the following arguments are required: %s"),
        QT_TRANSLATE_NOOP("CommandLine", "invalid choice: %(value)r (choose from %(choices)s)"),
        QT_TRANSLATE_NOOP("CommandLine", "argument %(argument_name)s: %(message)s"),
        QT_TRANSLATE_NOOP("CommandLine", "unrecognized arguments: %s"),
        QT_TRANSLATE_NOOP("CommandLine", "expected one argument"),
        QT_TRANSLATE_NOOP("CommandLine", "invalid %(type)s value: %(value)r"),
        QT_TRANSLATE_NOOP("CommandLine", "ambiguous option: %(option)s could match %(matches)s"),
        QT_TRANSLATE_NOOP("CommandLine", "not allowed with argument %s"),
    )
)


def _argparse_text(text: str) -> str:
    """argparse's ``text`` translated, when the translation keeps its ``%s`` places."""
    if text not in ARGPARSE_MESSAGES:
        return text
    import re

    translated = spoken(line(text))
    places = re.compile(r"%\(\w+\)[rs]|%s")
    return translated if places.findall(translated) == places.findall(text) else text


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; ``--db`` is accepted before or after the subcommand's arguments."""
    import argparse  # here: opening the window needs no parser (see _window_options)

    argparse._ = _argparse_text  # type: ignore[attr-defined]  # its gettext hook

    class _Parser(argparse.ArgumentParser):
        """An ArgumentParser whose errors are one line and exit 2."""

        def error(self, message: str) -> NoReturn:
            usage = QT_TRANSLATE_NOOP("CommandLine", "error: {message} (see '{command} --help')")
            self.exit(EXIT_USAGE, spoken(line(usage, message=message, command=self.prog)) + "\n")

    parser = _Parser(
        prog="gcm-review",
        description="GCM Shadow Review: civil-society reviews of the Global Compact for Migration.",
    )
    parser.add_argument("--version", action="version", version=f"gcm-review {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the window on a throw-away copy of the sample review (for workshops)",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="open the window, then close it at once (a start check)",
    )
    _add_db(parser, None)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        _add_db(sub, argparse.SUPPRESS)
        return sub

    new = command("new", "create a review and print its id")
    new.add_argument("--country", help="the country reviewed (needed unless --from gives it)")
    new.add_argument(
        "--org", help="the reporting organisation or coalition (needed unless --from gives it)"
    )
    new.add_argument(
        "--lang", choices=LANGUAGES, help="language of the answers (default: --from's, or en)"
    )
    new.add_argument(
        "--from",
        dest="earlier",
        metavar="ID|FILE.xlsx",
        help="start from an earlier review (its id, or its workbook): its profile, its ratings"
        " as the ratings at the last review, its recommendations to follow up",
    )

    listing = command("list", "list the reviews with their completeness")
    listing.add_argument(
        "--archived", action="store_true", help="list the archived reviews as well"
    )
    delete = command(
        "delete", "delete a review (the database is backed up first: restore brings it back)"
    )
    delete.add_argument("id", metavar="ID", help="a review id (or its first characters)")
    archive = command("archive", "put a review away from the list, whole (unarchive: back)")
    archive.add_argument("id", metavar="ID", help="a review id (or its first characters)")
    unarchive = command("unarchive", "bring an archived review back into the list")
    unarchive.add_argument("id", metavar="ID", help="a review id (or its first characters)")

    show = command("show", "print a review as readable text")
    show.add_argument("id", metavar="ID", help="a review id (or its first characters)")
    show.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help="language of the labels (default: the language of these messages)",
    )

    demo = command("demo", "create the sample review of a fictional country and print its id")
    demo.add_argument(
        "--contributions",
        type=int,
        metavar="N",
        help="instead, write N member organisations' workbooks to practise merging",
    )
    demo.add_argument("-o", "--output", type=Path, metavar="DIR", help="folder for --contributions")

    export = command(
        "export", "write a review as a PDF report, a Word report and/or an Excel workbook"
    )
    export.add_argument("id", metavar="ID", help="a review id (or its first characters)")
    export.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="the PDF report to write")
    export.add_argument("--xlsx", type=Path, metavar="OUT.xlsx", help="the workbook to write")
    export.add_argument(
        "--docx", type=Path, metavar="OUT.docx", help="the Word report to write (editable)"
    )
    export.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help="language of headings and labels (default: the review's language)",
    )
    export.add_argument(
        "--sign",
        action="store_true",
        help="sign the workbook with the organisation's key (see gcm-review key); a report"
        " is signed in a file beside it (OUT.pdf.sig, OUT.docx.sig), which check verifies",
    )
    export.add_argument(
        "--package",
        type=Path,
        metavar="OUT.gcmpkg",
        help="write the workbook signed and sealed for the coalition lead, whose public key"
        " file --for gives: only the lead's database opens it",
    )
    export.add_argument(
        "--for",
        dest="lead_key",
        type=Path,
        metavar="LEAD.gcmkey",
        help="the coalition lead's public key file (see gcm-review lead-key), for --package",
    )
    export.add_argument(
        "--short",
        action="store_true",
        help="write the short version of the report for submission (PDF and Word): the"
        " executive summary, the ratings and their trend, the key recommendations",
    )
    export.add_argument(
        "--include-confidential",
        action="store_true",
        help="also print confidential answers and contacts (never for a public submission)",
    )

    template = command(
        "template",
        "write the blank questionnaire to fill offline: a workbook, or with --pdf a PDF to print",
    )
    template.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FILE",
        help="the file to write: BLANK.xlsx, or BLANK.pdf with --pdf",
    )
    template.add_argument(
        "--pdf",
        action="store_true",
        help="write a printable PDF questionnaire (for workshops on paper) instead of a workbook",
    )
    template.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help="language of the labels (default: the language of these messages)",
    )
    template.add_argument(
        "--leave-out-sensitive",
        action="store_true",
        help="ask no category that can put participants at risk where it is criminalised"
        " (such as another gender identity, or an irregular migration status)",
    )

    import_ = command("import", "import filled templates or exported workbooks")
    import_.add_argument("files", nargs="+", type=Path, metavar="FILE")
    import_.add_argument(
        "--replace",
        action="store_true",
        help="apply files that change a review's organisation or remove many of its answers"
        " (the database is backed up first)",
    )
    check = command("check", "check workbooks as import would, without writing anything")
    check.add_argument("files", nargs="+", type=Path, metavar="FILE")

    merge = command("merge", "collect member organisations' workbooks into a coalition review")
    merge.add_argument("files", nargs="+", type=Path, metavar="FILE")
    merge.add_argument(
        "--coalition", default="Coalition", metavar="NAME", help="the coalition review to add to"
    )
    merge.add_argument(
        "--sample",
        action="store_true",
        help="a SAMPLE coalition for workshops: the only kind that takes sample (practice) files",
    )

    key = command(
        "key",
        "show the organisation's signing key, which signs its exported workbooks, or create it",
    )
    key.add_argument(
        "--create",
        metavar="ORGANISATION",
        help="create the signing key of ORGANISATION (once: a key is never replaced)",
    )
    secret = command(
        "passphrase",
        "protect the database and its backups with a passphrase, change it, or remove it",
    )
    secret.add_argument(
        "action",
        choices=("set", "change", "remove"),
        help="set: encrypt (a recovery key is shown once); change: a new passphrase;"
        " remove: decrypt. The passphrase is typed at a prompt, or given in"
        " GCM_REVIEW_PASSPHRASE (the new one for change in GCM_REVIEW_NEW_PASSPHRASE)",
    )
    lead = command(
        "lead-key",
        "show the coalition lead's key, which opens the packages members seal for the"
        " coalition, or create it; write its public key file to send to the members",
    )
    lead.add_argument(
        "--create",
        metavar="COALITION",
        help="create the key of COALITION (once: a key is never replaced)",
    )
    lead.add_argument(
        "--write",
        type=Path,
        metavar="FILE.gcmkey",
        help="write the public key file, which members export their packages for",
    )
    backup = command("backup", "copy the database into its backups folder now")
    backup.add_argument("--list", action="store_true", help="list the backups instead")
    restore = command("restore", "put a backup in place of the database (the replaced one is kept)")
    restore.add_argument(
        "backup", nargs="?", type=Path, metavar="BACKUP", help="a backup file (default: newest)"
    )

    set_ = command("set", "change one answer, e.g.: set ID obj05.rating limited")
    set_.add_argument("id", metavar="ID", help="a review id (or its first characters)")
    set_.add_argument("key", metavar="KEY", help="the answer key, e.g. obj01.assessment")
    set_.add_argument(
        "value",
        metavar="VALUE",
        help="the new value ('' clears it); choices by key or label, several separated by ';';"
        " for a picture (the logo), the path of a PNG or JPEG file",
    )
    return parser


EXIT_FAILURE = 1
EXIT_PIPE = 141  # what a shell reports for a command whose reader went away


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    for stream in (sys.stdout, sys.stderr):  # a file name in no known encoding still prints
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    arguments = list(sys.argv[1:] if argv is None else argv)
    _SPEAKERS.clear()  # the language is read again for every run
    try:
        window = _window_options(arguments)
        args: Any = window if window is not None else build_parser().parse_args(arguments)
        if args.command is None:
            return _open_window(args)
        _check_text_arguments(args)
        return _run(args, cast(TextIO, _ShownSafe(sys.stdout)))
    except UserError as err:
        _print_error(err)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `gcm-review show ID | head`: the reader has seen enough
        _silence_stdout()
        return EXIT_PIPE
    except Exception as err:  # a fault of the application: logged, said in one line
        from desktop.crash_log import log_exception

        command = next((a for a in arguments if a in _ACCESS), "")
        where = log_exception(f"gcm-review {command}".strip(), err)
        unexpected = QT_TRANSLATE_NOOP(
            "CommandLine",
            "error: an unexpected problem stopped the command ({kind}); nothing more was written."
            " Details: {where}",
        )
        tell(line(unexpected, kind=type(err).__name__, where=where), sys.stderr)
        return EXIT_FAILURE


def _print_error(err: UserError) -> None:
    message: Said = err.said_message()
    hint = getattr(err, "hint", None)
    if isinstance(hint, Said):
        message = line(
            QT_TRANSLATE_NOOP("CommandLine", "{error}. {hint}"), error=message, hint=hint
        )
    text = " ".join(part.strip() for part in spoken(line(ERROR, message=message)).splitlines())
    print(shown_safe(text), file=sys.stderr)


def _silence_stdout() -> None:
    """Point stdout at the null device, so that Python's last flush at exit is quiet too."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


class _ShownSafe:
    """A text stream whose writes have control and bidirectional characters made visible."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        from forms.safe_text import shown_safe

        return self._stream.write(shown_safe(text))

    def flush(self) -> None:
        self._stream.flush()


def _check_text_arguments(args: argparse.Namespace) -> None:
    """Refuse text arguments that are not valid text (bytes of another encoding).

    File names may be any bytes (they are names on this disk); text that is
    stored (a country, a value) must be real text.
    """
    for name, value in vars(args).items():
        if isinstance(value, str) and any("\ud800" <= c <= "\udfff" for c in value):
            shown = value.encode("utf-8", "backslashreplace").decode("ascii", "replace")
            option = name if name in ("id", "key", "value") else f"--{name}"
            invalid = QT_TRANSLATE_NOOP(
                "CommandLine",
                "{option}: {value} is not valid text: the terminal sent characters in an encoding"
                " other than UTF-8",
            )
            raise UsageError(line(invalid, option=option, value=repr(shown)))


WINDOW_FLAGS = ("--demo", "--smoke")


def _window_options(arguments: list[str]) -> SimpleNamespace | None:
    """The options of ``arguments`` when they just open the window, else None.

    The window takes ``--demo``, ``--smoke`` and ``--db PATH``; read here
    directly, they spare the start of the window building the whole parser.
    """
    options = SimpleNamespace(command=None, demo=False, smoke=False, db=None)
    rest = list(arguments)
    while rest:
        argument = rest.pop(0)
        if argument == "--db" and rest:
            options.db = Path(rest.pop(0))
        elif argument.startswith("--db=") and len(argument) > len("--db="):
            options.db = Path(argument[len("--db=") :])
        elif argument in WINDOW_FLAGS:
            setattr(options, argument[2:], True)
        else:
            return None
    return options


def _open_window(args: argparse.Namespace) -> int:
    from desktop.paths import default_db_path
    from desktop.ui.app import run

    return run(args.db if args.db is not None else default_db_path(), args.demo, args.smoke)


def _db_path(args: argparse.Namespace) -> Path:
    from desktop.paths import default_db_path

    return Path(args.db) if args.db is not None else default_db_path()


# What each command does to the database.
NONE, READ, WRITE, RESTORE = "none", "read", "write", "restore"
_ACCESS = {
    "check": NONE,
    "template": NONE,
    "list": READ,
    "delete": WRITE,
    "archive": WRITE,
    "unarchive": WRITE,
    "show": READ,
    "export": READ,
    "backup": WRITE,  # writes into the backups folder: never during a restore
    "new": WRITE,
    "set": WRITE,
    "demo": WRITE,
    "import": WRITE,
    "merge": WRITE,
    "restore": RESTORE,
    "key": READ,  # --create writes
    "passphrase": RESTORE,  # rewrites the database and its backups: the lock held alone
    "lead-key": READ,  # --create writes
}


def _run(args: argparse.Namespace, out: TextIO) -> int:
    """Run one subcommand with the database opened (or not) and locked as it needs."""
    from desktop.database_lock import RESTORE as RESTORE_HOLDER
    from desktop.database_lock import WAIT_SECONDS, DatabaseLock

    db_path = _db_path(args)
    access = _ACCESS[args.command]
    if args.command == "demo" and args.contributions is not None:
        access = NONE  # practice files only: the database is not used
    if args.command in ("key", "lead-key") and args.create is not None:
        access = WRITE
    if args.command == "backup" and args.list:
        access = NONE
    if access == NONE:
        return _HANDLERS[args.command](_Database(db_path, None), args, out)
    lock = DatabaseLock(db_path)
    if access == RESTORE:
        lock.acquire(True, RESTORE_HOLDER, WAIT_SECONDS)
        _tidy(db_path)
    elif db_path.exists() or access == WRITE:
        if lock.try_exclusive():  # nobody else at work: clear what a kill left behind
            _tidy(db_path)
            if access == WRITE:
                lock.share()
            else:
                lock.release()
        elif access == WRITE:
            lock.acquire(False, "", WAIT_SECONDS)
    try:
        _unlock(db_path)
        with _Database(db_path, access) as database:
            return _HANDLERS[args.command](database, args, out)
    finally:
        lock.release()


UNLOCK_PROMPT = QT_TRANSLATE_NOOP("CommandLine", "Passphrase (or recovery key) of {file}:")


def _unlock(db_path: Path) -> None:
    """Ask for the passphrase of an encrypted database (none asked for a plain one)."""
    import os

    from desktop.database_key import recovery_key, remembered
    from desktop.passphrase import is_encrypted, may_be_encrypted, unlock
    from desktop.secret_prompts import PASSPHRASE_ENV, secret

    if remembered(db_path) is not None:
        return
    if is_encrypted(db_path):
        unlock(db_path, secret(PASSPHRASE_ENV, line(UNLOCK_PROMPT, file=db_path), spoken))
        return
    given = os.environ.get(PASSPHRASE_ENV)
    if given is not None and recovery_key(given) is not None and may_be_encrypted(db_path):
        unlock(db_path, given)  # its key file lost: the recovery key opens it


def _tidy(db_path: Path) -> None:
    """Delete the leftovers of killed operations (the lock is held alone)."""
    from desktop.backups import clear_leftovers

    clear_leftovers(db_path)


class _Database:
    """The database of one command: opened and checked when first needed."""

    def __init__(self, path: Path, access: str | None) -> None:
        self.path = path
        self.access = access
        self._store = None

    @property
    def store(self):  # -> Store, imported lazily
        if self._store is None:
            from desktop.store import DamagedDatabase, Store

            if self.access is None:
                raise RuntimeError("this command does not use the database")
            try:
                self._store = Store(self.path, create=self.access == WRITE, check=True)
            except DamagedDatabase as err:
                err.hint = _restore_hint(self.path)
                raise
        return self._store

    def __enter__(self) -> _Database:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._store is not None:
            self._store.close()


def _restore_hint(db_path: Path) -> Said:
    """How to get a damaged database back, in a sentence that ends an error line."""
    from desktop.backups import newest_sound

    newest = newest_sound(db_path)
    if newest is None:
        none = QT_TRANSLATE_NOOP(
            "CommandLine",
            "There is no sound backup: move the file aside (it is kept as it is) to start"
            " a new database",
        )
        return line(none)
    restore = QT_TRANSLATE_NOOP(
        "CommandLine", "Restore the newest sound backup, {backup}, with: {command}"
    )
    command = "gcm-review restore" + (f" --db {db_path}" if db_path != _default_db() else "")
    return line(restore, backup=newest.path, command=command)


def _default_db() -> Path:
    from desktop.paths import default_db_path

    return default_db_path()


NO_KEY = QT_TRANSLATE_NOOP(
    "CommandLine", "no signing key yet: the key command makes one (key --create ORGANISATION)"
)
KEY_IS = QT_TRANSLATE_NOOP("CommandLine", "signing key of {organisation}: {key}")


def _named(given: str, unnamed: str) -> str:
    """The name given to ``--create``, safe to show; UsageError ``unnamed`` when it is blank."""
    name = shown_safe(given).strip()
    if not name:
        raise UsageError(line(unnamed))
    return name


def _cmd_key(database: _Database, args: argparse.Namespace, out: TextIO) -> int:
    """The signing key's organisation and fingerprint; ``--create`` makes it first."""
    from exports.signing import fingerprint

    store = database.store
    if args.create is not None:
        unnamed = QT_TRANSLATE_NOOP("CommandLine", "--create needs the organisation's name")
        key = store.create_signing_key(_named(args.create, unnamed))
    else:
        found = store.signing_key()
        if found is None:
            tell(line(NO_KEY), out)
            return EXIT_OK
        key = found
    tell(line(KEY_IS, organisation=key.organisation, key=fingerprint(key.public)), out)
    return EXIT_OK


NO_LEAD_KEY = QT_TRANSLATE_NOOP(
    "CommandLine",
    "no coalition key yet: the lead-key command makes one (lead-key --create COALITION)",
)


def _cmd_lead_key(database: _Database, args: argparse.Namespace, out: TextIO) -> int:
    """The coalition key's name and fingerprint; ``--create`` makes it, ``--write`` writes
    its public key file."""
    from exports.lead_key import write_public_key

    if args.write is not None:
        from desktop.operations.exporting import refuse_unsafe

        refuse_unsafe(args.write, database.path)
    store = database.store
    if args.create is not None:
        unnamed = QT_TRANSLATE_NOOP("CommandLine", "--create needs the coalition's name")
        key = store.create_lead_key(_named(args.create, unnamed))
    else:
        found = store.lead_key()
        if found is None:
            if args.write is not None:
                raise UsageError(line(NO_LEAD_KEY))
            tell(line(NO_LEAD_KEY), out)
            return EXIT_OK
        key = found
    public = key.public
    shown = QT_TRANSLATE_NOOP("CommandLine", "coalition key of {coalition}: {key}")
    tell(line(shown, coalition=public.coalition, key=public.fingerprint), out)
    if args.write is not None:
        tell(line(WROTE, file=write_public_key(args.write, public)), out)
    return EXIT_OK


def _cmd_passphrase(database: _Database, args: argparse.Namespace, out: TextIO) -> int:
    """Set, change or remove the passphrase (the lock is held alone; the database is closed)."""
    from desktop import passphrase
    from desktop.secret_prompts import NEW_PASSPHRASE_ENV, PASSPHRASE_ENV, secret

    db_path = database.path
    database.store.close()  # refuses a damaged or foreign file before rewriting it
    database._store = None
    passphrase.check_action(db_path, args.action)  # before asking for any passphrase
    new = line(QT_TRANSLATE_NOOP("CommandLine", "New passphrase:"))
    if args.action == "set":
        chosen = secret(PASSPHRASE_ENV, new, spoken, twice=True)
        protected = passphrase.set_passphrase(db_path, chosen)
        done = QT_TRANSLATE_NOOP(
            "CommandLine", "{file} and its backups are now protected by the passphrase"
        )
        tell(line(done, file=db_path), out)
        if protected.backups_left:
            left = QT_TRANSLATE_NOOP(
                "CommandLine",
                "{count} backups could not be encrypted yet; they will be when the database"
                " is next opened",
            )
            tell(line(left, count=protected.backups_left), sys.stderr)
        once = QT_TRANSLATE_NOOP(
            "CommandLine",
            "Recovery key, shown this once: it opens the database if the passphrase is"
            " forgotten. Print it or write it down, and keep it away from this computer:",
        )
        tell(line(once), out)
        print(f"    {protected.recovery}", file=out)
    elif args.action == "change":
        passphrase.change_passphrase(db_path, secret(NEW_PASSPHRASE_ENV, new, spoken, twice=True))
        changed = QT_TRANSLATE_NOOP(
            "CommandLine",
            "the passphrase of {file} is changed; the recovery key stays the same",
        )
        tell(line(changed, file=db_path), out)
    else:
        passphrase.remove_passphrase(db_path)
        removed = QT_TRANSLATE_NOOP("CommandLine", "{file} and its backups are no longer encrypted")
        tell(line(removed, file=db_path), out)
    return EXIT_OK


def _cmd_backup(database: _Database, args: argparse.Namespace, out: TextIO) -> int:
    from desktop.backups import create_backup, list_backups

    db_path = database.path
    if args.list:
        backups = list_backups(db_path)
        if not backups:
            tell(
                line(QT_TRANSLATE_NOOP("CommandLine", "no backups of {file} yet"), file=db_path),
                out,
            )
        for backup in backups:
            size = backup.path.stat().st_size // 1024
            moment = backup.created.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            print(f"{moment}  {backup.reason:<15} {size:>7} KiB  {backup.path}", file=out)
        return EXIT_OK
    if not db_path.is_file():
        raise UsageError(
            line(QT_TRANSLATE_NOOP("CommandLine", "{file}: no database to back up"), file=db_path)
        )
    database.store.close()  # refuses a damaged or foreign file before copying it
    database._store = None
    tell(line(WROTE, file=create_backup(db_path, "manual")), out)
    return EXIT_OK


def _cmd_restore(database: _Database, args: argparse.Namespace, out: TextIO) -> int:
    """Put a backup back (the lock is held alone: no window, no other command)."""
    from desktop.backups import newest_sound, restore

    db_path = database.path
    if args.backup is not None:
        chosen = args.backup
    else:
        newest = newest_sound(db_path)
        if newest is None:
            nothing = QT_TRANSLATE_NOOP("CommandLine", "{file}: no sound backup to restore")
            raise UsageError(line(nothing, file=db_path))
        chosen = newest.path
    kept = restore(db_path, chosen)
    restored = QT_TRANSLATE_NOOP("CommandLine", "restored {file} from {backup}")
    tell(line(restored, file=db_path, backup=chosen), out)
    if kept is not None:
        replaced = QT_TRANSLATE_NOOP("CommandLine", "the database it replaced is kept as {file}")
        tell(line(replaced, file=kept), out)
    return EXIT_OK


def _cmd_new(database: _Database, args: argparse.Namespace, out: TextIO) -> int:
    form = database.store.form(CURRENT_VERSION)
    typed = (
        (Role.COUNTRY, args.country),
        (Role.ORGANISATION, args.org),
        (Role.LANGUAGE, args.lang if args.lang or args.earlier else "en"),
    )
    answers = {form.role_key(role): value for role, value in typed if value is not None}
    _note_cleaned(form, answers)
    if args.earlier is None:
        if args.country is None or args.org is None:
            needed = QT_TRANSLATE_NOOP(
                "CommandLine", "new needs --country and --org, or --from an earlier review"
            )
            raise UsageError(line(needed))
        review = database.store.create(answers)
        print(review.id, file=out)
        return EXIT_OK
    from desktop.operations.follow_on import start_from

    started = start_from(database.store, args.earlier, answers)
    print(started.review.id, file=out)
    for carried in started.said():
        tell(line(NOTE, key="--from", note=carried), sys.stderr)
    return EXIT_OK


def _note_cleaned(form, given: dict[str, str]) -> None:
    """A ``note:`` line for each text whose characters files cannot hold were changed."""
    from forms.safe_text import changes_made
    from forms.values import check_value

    for key, text in given.items():
        ref = form.ref(key)
        if ref is None or not isinstance(text, str) or ref.field.type not in ("text", "longtext"):
            continue
        try:
            cleaned = check_value(ref.field, text, key)
        except UserError:
            continue  # refused: the error says why
        said = changes_made(text, cleaned or "")
        if said is not None:
            tell(line(NOTE, key=key, note=said), sys.stderr)


def _cmd_list(database: _Database, args: argparse.Namespace, out: TextIO) -> int:
    from desktop.store import NoDatabase

    try:
        summaries = database.store.list(archived=None if args.archived else False)
    except NoDatabase:
        no_database = QT_TRANSLATE_NOOP(
            "CommandLine", "no reviews in {file}: there is no database there yet"
        )
        tell(line(no_database, file=database.path), out)
        return EXIT_OK
    if not summaries:
        tell(
            line(QT_TRANSLATE_NOOP("CommandLine", "no reviews in {file}"), file=database.path), out
        )
        return EXIT_OK
    headers = (
        QT_TRANSLATE_NOOP("CommandLine", "ID"),
        QT_TRANSLATE_NOOP("CommandLine", "COUNTRY"),
        QT_TRANSLATE_NOOP("CommandLine", "ORGANISATION"),
        QT_TRANSLATE_NOOP("CommandLine", "DONE"),
        QT_TRANSLATE_NOOP("CommandLine", "UPDATED"),
    )
    marked = {
        "sample": QT_TRANSLATE_NOOP("CommandLine", "SAMPLE"),
        "coalition": QT_TRANSLATE_NOOP("CommandLine", "coalition"),
        "archived": QT_TRANSLATE_NOOP("CommandLine", "archived"),
    }
    rows = [(*(spoken(line(header)) for header in headers), "")]
    for s in summaries:
        marks = " ".join(
            spoken(line(marked.get(m, m)))
            for m in (
                "sample" if s.sample else "",
                s.kind if s.kind != "review" else "",
                "archived" if s.archived else "",
            )
            if m
        )
        rows.append(
            (
                s.id,
                s.country,
                s.organisation,
                f"{s.percent}%",
                s.updated[:16].replace("T", " "),
                marks,
            )
        )
    shown = [[shown_safe(cell) for cell in row] for row in rows]  # widths as printed
    widths = [min(max(len(r[i]) for r in shown), 40) for i in range(len(shown[0]))]
    for row in shown:
        cells = [_fit(cell, width) for cell, width in zip(row, widths, strict=True)]
        print("  ".join(cells).rstrip(), file=out)
    return EXIT_OK


def _cmd_delete(database: _Database, args: argparse.Namespace, out: TextIO) -> int:
    from desktop.operations.removal import delete_review

    removed = delete_review(database.store, args.id)
    name = shown_safe(removed.deleted.name or removed.deleted.id)
    deleted = QT_TRANSLATE_NOOP("CommandLine", "deleted {review} ({name})")
    tell(line(deleted, review=removed.deleted.id, name=name), out)
    if removed.backup is not None:
        backed_up = QT_TRANSLATE_NOOP(
            "CommandLine",
            "the database was backed up first: {backup}; to bring the review back, restore"
            " that backup with: {command}",
        )
        command = f"gcm-review restore {removed.backup}" + (
            f" --db {database.path}" if database.path != _default_db() else ""
        )
        tell(line(backed_up, backup=removed.backup, command=command), out)
    return EXIT_OK


def _cmd_archive(database: _Database, args: argparse.Namespace, out: TextIO) -> int:
    from desktop.operations.removal import archive_review

    review_id = database.store.resolve_id(args.id)
    archive_review(database.store, review_id, archived=args.command == "archive")

    archived = args.command == "archive"
    if archived:
        tell(line(QT_TRANSLATE_NOOP("CommandLine", "archived {review}"), review=review_id), out)
    else:
        tell(line(QT_TRANSLATE_NOOP("CommandLine", "unarchived {review}"), review=review_id), out)
    return EXIT_OK


def _fit(text: str, width: int) -> str:
    return text[: width - 1] + "…" if len(text) > width else text.ljust(width)


def _cmd_show(database: _Database, args: argparse.Namespace, out: TextIO) -> int:
    from exports.text_report import render_text

    store = database.store
    review = store.get(args.id)
    form = store.form(review.form_version)
    lang = args.lang or _speaker().lang
    out.write(render_text(form, review, lang))
    if review.kind == "coalition":
        from exports.text_report import render_consolidation
        from forms.merge import consolidate

        contributions = store.contributions(review.id)
        out.write(render_consolidation(form, consolidate(form, contributions), lang))
    return EXIT_OK


def _cmd_demo(database: _Database, args: argparse.Namespace, out: TextIO) -> int:
    from forms.loader import load_form

    form = load_form(CURRENT_VERSION)
    if args.contributions is not None:
        return _demo_contributions(database, form, args, out)
    from forms.sample import sample_answers

    review = database.store.create(sample_answers(form), sample=True)
    print(review.id, file=out)
    return EXIT_OK


def _demo_contributions(database: _Database, form, args: argparse.Namespace, out: TextIO) -> int:
    from desktop.operations.practice import FEWEST, MOST, write_practice_files

    if args.output is None:
        no_folder = QT_TRANSLATE_NOOP(
            "CommandLine", "--contributions needs -o DIR, the folder to write the files to"
        )
        raise UsageError(line(no_folder))
    if not FEWEST <= args.contributions <= MOST:
        how_many = QT_TRANSLATE_NOOP(
            "CommandLine", "--contributions takes a number from {fewest} to {most}"
        )
        raise UsageError(line(how_many, fewest=FEWEST, most=MOST))
    written = write_practice_files(form, args.output, args.contributions, database.path)
    members = QT_TRANSLATE_NOOP("CommandLine", "wrote {count} member workbooks to {folder}")
    tell(line(members, count=len(written), folder=args.output), out)
    return EXIT_OK


def _cmd_set(database: _Database, args: argparse.Namespace, out: TextIO) -> int:
    from forms.review import resolve
    from forms.safe_text import changes_made
    from forms.values import parse_value

    store = database.store
    review_id = store.resolve_id(args.id)
    version = store.get(review_id).form_version
    ref = resolve(store.form(version), args.key)
    if ref.field.type == "image" and args.value.strip():
        from exports.picture_file import picture_file

        value = picture_file(Path(args.value), args.key)
    else:
        value = parse_value(ref.field, args.value, args.key)
    revision = store.save(review_id, {args.key: value})
    saved = QT_TRANSLATE_NOOP("CommandLine", "saved {key} (revision {revision})")
    tell(line(saved, key=args.key, revision=revision), out)
    if isinstance(value, str) or (value is None and ref.field.type in ("text", "longtext")):
        said = changes_made(args.value, value or "")
        if said is not None:
            tell(line(NOTE, key=args.key, note=said), sys.stderr)
    return EXIT_OK


KINDS = {
    "email": QT_TRANSLATE_NOOP(
        "CommandLine",
        "warning: {key}: looks like an e-mail address ({hint}); check it before sharing the file",
    ),
    "phone": QT_TRANSLATE_NOOP(
        "CommandLine",
        "warning: {key}: looks like a telephone number ({hint}); check it before sharing the file",
    ),
}
WROTE = QT_TRANSLATE_NOOP("CommandLine", "wrote {file}")
NOTE = QT_TRANSLATE_NOOP("CommandLine", "note: {key}: {note}")


def _warn_personal_data(form, answers, include_confidential: bool) -> None:
    """One ``warning:`` line per likely personal detail the export will share."""
    from forms.privacy import personal_data

    for finding in personal_data(form, answers, include_confidential):
        tell(line(KINDS[finding.kind], key=finding.key, hint=finding.hint), sys.stderr)


def _cmd_export(database: _Database, args: argparse.Namespace, out: TextIO) -> int:
    from desktop.operations.exporting import (
        export_docx,
        export_pdf,
        export_workbook,
        refuse_unsafe,
    )

    if args.pdf is None and args.xlsx is None and args.docx is None and args.package is None:
        nothing = QT_TRANSLATE_NOOP(
            "CommandLine",
            "give --pdf OUT.pdf, --docx OUT.docx, --xlsx OUT.xlsx and/or --package OUT.gcmpkg",
        )
        raise UsageError(line(nothing))
    if (args.package is None) != (args.lead_key is None):
        alone = QT_TRANSLATE_NOOP(
            "CommandLine",
            "--package and --for go together: the package, and the lead's key file it is for",
        )
        raise UsageError(line(alone))
    if args.short and args.pdf is None and args.docx is None:
        workbook = QT_TRANSLATE_NOOP(
            "CommandLine", "--short is for the reports: give --pdf OUT.pdf and/or --docx OUT.docx"
        )
        raise UsageError(line(workbook))
    for target in (args.pdf, args.docx, args.xlsx, args.package):
        if target is not None:
            refuse_unsafe(target, database.path)
    lead = None
    if args.lead_key is not None:
        from exports.lead_key import read_public_key

        lead = read_public_key(args.lead_key)
    store = database.store
    review = store.get(args.id)
    form = store.form(review.form_version)
    lang = args.lang or review.get(form.role_key(Role.LANGUAGE)) or "en"
    signer = store.signing_key() if args.sign or lead is not None else None
    if (args.sign or lead is not None) and signer is None:
        raise UsageError(line(NO_KEY))
    _warn_personal_data(form, review.answers, args.include_confidential)
    if args.pdf is not None:
        path = export_pdf(
            store, form, review, args.pdf, lang, args.include_confidential, short=args.short,
            signer=signer if args.sign else None,
        )  # fmt: skip
        _told_report(path, args.sign, out)
    if args.docx is not None:
        path = export_docx(
            store, form, review, args.docx, lang, args.include_confidential, short=args.short,
            signer=signer if args.sign else None,
        )  # fmt: skip
        _told_report(path, args.sign, out)
    if args.xlsx is not None:
        path = export_workbook(
            store, form, review, args.xlsx, lang, args.include_confidential,
            signer if args.sign else None,
        )  # fmt: skip
        tell(line(WROTE, file=path), out)
    if lead is not None:
        path = export_workbook(
            store, form, review, args.package, lang, args.include_confidential, signer,
            sealed_for=lead.public,
        )  # fmt: skip
        sealed = QT_TRANSLATE_NOOP(
            "CommandLine", "wrote {file}, sealed for {coalition} (key {key})"
        )
        tell(line(sealed, file=path, coalition=lead.coalition, key=lead.fingerprint), out)
    return EXIT_OK


def _told_report(path: Path, signed: bool, out: TextIO) -> None:
    """Say a report was written, and its signature file when it was signed."""
    tell(line(WROTE, file=path), out)
    if signed:
        from exports.detached_signature import signature_path

        tell(line(WROTE, file=signature_path(path)), out)


def _cmd_template(database: _Database, args: argparse.Namespace, out: TextIO) -> int:
    from desktop.operations.exporting import export_blank, refuse_unsafe
    from forms.loader import load_form

    refuse_unsafe(args.output, database.path)
    form = load_form(CURRENT_VERSION)
    path = export_blank(
        form,
        args.output,
        args.lang or _speaker().lang,
        pdf=args.pdf,
        leave_out_sensitive=args.leave_out_sensitive,
    )
    tell(line(WROTE, file=path), out)
    return EXIT_OK


def _report_problems(err: UserError) -> None:
    for said in err.said_lines():
        tell(line(ERROR, message=said), sys.stderr)


ABOUT_FILE = QT_TRANSLATE_NOOP("CommandLine", "{file}: {said}")


def _print_outcomes(outcomes: list[FileOutcome], out: TextIO) -> int:
    """Print what became of each file (refusals as errors); return how many were not taken."""
    from desktop.operations.batch import DONE, FAILED, WAITING

    for outcome in outcomes:
        about = line(ABOUT_FILE, file=outcome.path, said=outcome.said or "")
        if outcome.status == DONE:
            tell(about, out)
        elif outcome.status == WAITING and outcome.error is not None:
            waiting = QT_TRANSLATE_NOOP(
                "CommandLine",
                "error: {error}. Check the file; to apply it, run the import again with --replace"
                " (the database is backed up first)",
            )
            tell(line(waiting, error=outcome.error.said_message()), sys.stderr)
        elif outcome.status == FAILED:
            tell(line(ERROR, message=about), sys.stderr)
        elif outcome.error is not None:
            _report_problems(outcome.error)
    return sum(not outcome.taken for outcome in outcomes)


def _cmd_import(database: _Database, args: argparse.Namespace, out: TextIO) -> int:
    from desktop.operations.workbooks import import_files

    outcomes = import_files(database.store, args.files, replace=args.replace)
    return EXIT_USAGE if _print_outcomes(outcomes, out) else EXIT_OK


def _cmd_merge(database: _Database, args: argparse.Namespace, out: TextIO) -> int:
    from desktop.operations.workbooks import merge_files

    merged = merge_files(database.store, args.files, name=args.coalition, sample=args.sample)
    failed = _print_outcomes(merged.files, out)
    if merged.coalition_id is None:
        none_added = QT_TRANSLATE_NOOP(
            "CommandLine", "no file could be added: the coalition {name} was not created"
        )
        tell(line(none_added, name=args.coalition), out)
        return EXIT_USAGE
    made = QT_TRANSLATE_NOOP("CommandLine", "coalition {review} ({name}): {count} contributions")
    tell(
        line(made, review=merged.coalition_id, name=args.coalition, count=merged.contributions), out
    )
    return EXIT_USAGE if failed else EXIT_OK


def _cmd_check(database: _Database, args: argparse.Namespace, out: TextIO) -> int:
    """What import would say of each file; writes nothing.

    A sealed package is opened with the coalition key of the database, when it
    has one: only then is the database read.
    """
    from desktop.operations.workbooks import check_files
    from exports.sealed_package import is_package

    secret = None
    if database.path.is_file() and any(is_package(Path(p)) for p in args.files):
        from desktop.store import Store

        _unlock(database.path)
        with Store(database.path, create=False, check=True) as store:
            secret = store.lead_secret()
    outcomes = check_files(args.files, lead_secret=secret)
    return EXIT_USAGE if _print_outcomes(outcomes, out) else EXIT_OK


def shown_safe(text: str) -> str:
    """Text as it may reach a terminal (see forms.safe_text)."""
    from forms.safe_text import shown_safe as safe

    return safe(text)


_HANDLERS = {
    "export": _cmd_export,
    "template": _cmd_template,
    "import": _cmd_import,
    "check": _cmd_check,
    "merge": _cmd_merge,
    "new": _cmd_new,
    "list": _cmd_list,
    "delete": _cmd_delete,
    "archive": _cmd_archive,
    "unarchive": _cmd_archive,
    "show": _cmd_show,
    "demo": _cmd_demo,
    "set": _cmd_set,
    "backup": _cmd_backup,
    "key": _cmd_key,
    "passphrase": _cmd_passphrase,
    "lead-key": _cmd_lead_key,
    "restore": _cmd_restore,
}


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
