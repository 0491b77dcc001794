"""The ``gcm-review`` command: headless subcommands, and the window when given none.

Errors a user can cause are printed as one ``error: ...`` line on stderr with
exit code 2, and change nothing. Heavy modules are imported by the
subcommands that need them, so that ``--help`` and ``list`` start fast.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, NoReturn, TextIO

if TYPE_CHECKING:
    import argparse

from desktop import __version__
from forms.errors import UserError

EXIT_OK = 0
EXIT_USAGE = 2
LANGUAGES = ("en", "fr", "es", "ar")


class UsageError(UserError):
    """The command was given a combination of arguments it cannot use."""


def _add_db(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        default=default,
        metavar="PATH",
        help="the review database (default: $GCM_REVIEW_DB, else the user data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; ``--db`` is accepted before or after the subcommand's arguments."""
    import argparse  # here: opening the window needs no parser (see _window_options)

    class _Parser(argparse.ArgumentParser):
        """An ArgumentParser whose errors are one line and exit 2."""

        def error(self, message: str) -> NoReturn:
            self.exit(EXIT_USAGE, f"error: {message} (see '{self.prog} --help')\n")

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
    new.add_argument("--country", required=True, help="the country reviewed")
    new.add_argument("--org", required=True, help="the reporting organisation or coalition")
    new.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the answers")

    command("list", "list the reviews with their completeness")

    show = command("show", "print a review as readable text")
    show.add_argument("id", metavar="ID", help="a review id (or its first characters)")
    show.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the labels")

    demo = command("demo", "create the sample review of a fictional country and print its id")
    demo.add_argument(
        "--contributions",
        type=int,
        metavar="N",
        help="instead, write N member organisations' workbooks to practise merging",
    )
    demo.add_argument("-o", "--output", type=Path, metavar="DIR", help="folder for --contributions")

    export = command("export", "write a review as a PDF report and/or an Excel workbook")
    export.add_argument("id", metavar="ID", help="a review id (or its first characters)")
    export.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="the PDF report to write")
    export.add_argument("--xlsx", type=Path, metavar="OUT.xlsx", help="the workbook to write")
    export.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help="language of headings and labels (default: the review's language)",
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
    template.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the labels")

    import_ = command("import", "import filled templates or exported workbooks")
    import_.add_argument("files", nargs="+", type=Path, metavar="FILE")
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
        help="the new value ('' clears it); choices by key or label, several separated by ';'",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    window = _window_options(arguments)
    args = window if window is not None else build_parser().parse_args(arguments)
    try:
        if args.command is None:
            return _open_window(args)
        return _run(args, sys.stdout)
    except UserError as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


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


def _open_store(args: argparse.Namespace):  # -> Store, imported lazily
    from desktop.paths import default_db_path
    from desktop.store import Store

    return Store(args.db if args.db is not None else default_db_path())


def _run(args: argparse.Namespace, out: TextIO) -> int:
    if args.command in _FILE_HANDLERS:  # these work on the file, with no connection open
        from desktop.paths import default_db_path

        db_path = args.db if args.db is not None else default_db_path()
        return _FILE_HANDLERS[args.command](db_path, args, out)
    with _open_store(args) as store:
        handler = _HANDLERS[args.command]
        return handler(store, args, out)


def _cmd_backup(db_path: Path, args: argparse.Namespace, out: TextIO) -> int:
    from desktop.backups import create_backup, list_backups

    if args.list:
        backups = list_backups(db_path)
        if not backups:
            print(f"no backups of {db_path} yet", file=out)
        for backup in backups:
            size = backup.path.stat().st_size // 1024
            moment = backup.created.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            print(f"{moment}  {backup.reason:<15} {size:>7} KiB  {backup.path}", file=out)
        return EXIT_OK
    if not db_path.is_file():
        raise UsageError(f"{db_path}: no database to back up")
    _open_store(args).close()  # refuses a damaged or foreign file before copying it
    print(f"wrote {create_backup(db_path, 'manual')}", file=out)
    return EXIT_OK


def _cmd_restore(db_path: Path, args: argparse.Namespace, out: TextIO) -> int:
    from desktop.ui.database_lock import lock_database

    # A window holds this lock while it has the database open: never pull the
    # file from under it.
    lock = lock_database(db_path)
    try:
        return _restore(db_path, args, out)
    finally:
        lock.unlock()


def _restore(db_path: Path, args: argparse.Namespace, out: TextIO) -> int:
    from desktop.backups import newest_sound, restore

    if args.backup is not None:
        chosen = args.backup
    else:
        newest = newest_sound(db_path)
        if newest is None:
            raise UsageError(f"{db_path}: no sound backup to restore")
        chosen = newest.path
    kept = restore(db_path, chosen)
    print(f"restored {db_path} from {chosen}", file=out)
    if kept is not None:
        print(f"the database it replaced is kept as {kept}", file=out)
    return EXIT_OK


def _cmd_new(store, args: argparse.Namespace, out: TextIO) -> int:
    answers = {
        "profile.country": args.country,
        "profile.organisation": args.org,
        "profile.language": args.lang,
    }
    review = store.create(answers)
    print(review.id, file=out)
    return EXIT_OK


def _cmd_list(store, args: argparse.Namespace, out: TextIO) -> int:
    summaries = store.list()
    if not summaries:
        print(f"no reviews in {store.path}", file=out)
        return EXIT_OK
    rows = [("ID", "COUNTRY", "ORGANISATION", "DONE", "UPDATED", "")]
    for s in summaries:
        marks = " ".join(
            m for m in ("SAMPLE" if s.sample else "", s.kind if s.kind != "review" else "") if m
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
    widths = [min(max(len(r[i]) for r in rows), 40) for i in range(len(rows[0]))]
    for row in rows:
        cells = [_fit(cell, width) for cell, width in zip(row, widths, strict=True)]
        print("  ".join(cells).rstrip(), file=out)
    return EXIT_OK


def _fit(text: str, width: int) -> str:
    return text[: width - 1] + "…" if len(text) > width else text.ljust(width)


def _cmd_show(store, args: argparse.Namespace, out: TextIO) -> int:
    from exports.text_report import render_text

    review = store.get(args.id)
    form = store.form(review.form_version)
    out.write(render_text(form, review, args.lang))
    if review.kind == "coalition":
        from exports.text_report import render_consolidation
        from forms.merge import consolidate

        contributions = store.contributions(review.id)
        out.write(render_consolidation(form, consolidate(form, contributions), args.lang))
    return EXIT_OK


def _cmd_demo(store, args: argparse.Namespace, out: TextIO) -> int:
    from forms.loader import CURRENT_VERSION

    form = store.form(CURRENT_VERSION)
    if args.contributions is not None:
        return _demo_contributions(form, args, out)
    from forms.sample import sample_answers

    review = store.create(sample_answers(form), sample=True)
    print(review.id, file=out)
    return EXIT_OK


def _demo_contributions(form, args: argparse.Namespace, out: TextIO) -> int:
    from exports.xlsx_writer import write_workbook
    from forms.review import Review
    from forms.sample_contributions import member_files

    if args.output is None:
        raise UsageError("--contributions needs -o DIR, the folder to write the files to")
    if not 3 <= args.contributions <= 1000:
        raise UsageError("--contributions takes a number from 3 to 1000")
    try:
        args.output.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise UsageError(f"{args.output}: cannot create the folder ({err.strerror})") from err
    files = member_files(form, args.contributions)
    for member in files:
        review = Review(
            member.review_id, form.version, member.answers, revision=member.revision, sample=True
        )
        write_workbook(form, review, args.output / member.file_name, "en", __version__, True)
    print(f"wrote {len(files)} member workbooks to {args.output}", file=out)
    return EXIT_OK


def _cmd_set(store, args: argparse.Namespace, out: TextIO) -> int:
    from forms.review import resolve
    from forms.values import parse_value

    review_id = store.resolve_id(args.id)
    version = store.get(review_id).form_version
    ref = resolve(store.form(version), args.key)
    value = parse_value(ref.field, args.value, args.key)
    revision = store.save(review_id, {args.key: value})
    print(f"saved {args.key} (revision {revision})", file=out)
    return EXIT_OK


KINDS = {"email": "an e-mail address", "phone": "a telephone number"}


def _warn_personal_data(form, answers, include_confidential: bool) -> None:
    """One ``warning:`` line per likely personal detail the export will share."""
    from forms.privacy import personal_data

    for finding in personal_data(form, answers, include_confidential):
        print(
            f"warning: {finding.key}: looks like {KINDS[finding.kind]} ({finding.hint});"
            " check it before sharing the file",
            file=sys.stderr,
        )


def _cmd_export(store, args: argparse.Namespace, out: TextIO) -> int:
    if args.pdf is None and args.xlsx is None:
        raise UsageError("give --pdf OUT.pdf and/or --xlsx OUT.xlsx")
    review = store.get(args.id)
    form = store.form(review.form_version)
    lang = args.lang or review.get("profile.language") or "en"
    _warn_personal_data(form, review.answers, args.include_confidential)
    if args.pdf is not None:
        from exports.pdf import PdfOptions, build_pdf

        options = PdfOptions(lang, args.include_confidential, __version__)
        consolidation = None
        if review.kind == "coalition":
            from forms.merge import consolidate

            contributions = store.contributions(review.id)
            consolidation = consolidate(form, contributions, args.include_confidential)
        path = build_pdf(form, review, args.pdf, options, consolidation=consolidation)
        print(f"wrote {path}", file=out)
    if args.xlsx is not None:
        from exports.xlsx_writer import write_workbook

        members = store.contributions(review.id) if review.kind == "coalition" else None
        path = write_workbook(
            form, review, args.xlsx, lang, __version__, args.include_confidential, members
        )
        print(f"wrote {path}", file=out)
    return EXIT_OK


def _cmd_template(store, args: argparse.Namespace, out: TextIO) -> int:
    from forms.loader import CURRENT_VERSION

    form = store.form(CURRENT_VERSION)
    if args.pdf:
        from exports.blank_form import build_blank_pdf

        path = build_blank_pdf(form, args.output, args.lang, __version__)
    else:
        from exports.xlsx_writer import write_workbook

        path = write_workbook(form, None, args.output, args.lang, __version__)
    print(f"wrote {path}", file=out)
    return EXIT_OK


def _report_problems(err: UserError) -> None:
    for line in err.lines():
        print(f"error: {line}", file=sys.stderr)


def _cmd_import(store, args: argparse.Namespace, out: TextIO) -> int:
    from desktop.backups import create_backup
    from desktop.importing import import_workbook

    create_backup(store.path, "before-import")
    failed = 0
    for path in args.files:
        try:
            review_id, outcome, count = import_workbook(store, path)
        except UserError as err:
            failed += 1
            _report_problems(err)
            continue
        messages = {
            "created": f"imported as a new review {review_id} ({count} answers)",
            "updated": f"updated review {review_id} to a newer revision ({count} answers)",
            "unchanged": f"review {review_id} is already up to date: nothing changed",
            "older": f"review {review_id} has a newer revision here: nothing changed",
        }
        print(f"{path}: {messages[outcome]}", file=out)
    return EXIT_USAGE if failed else EXIT_OK


def _cmd_merge(store, args: argparse.Namespace, out: TextIO) -> int:
    from desktop.backups import create_backup
    from desktop.importing import add_member_workbook

    create_backup(store.path, "before-merge")
    coalition_id = store.coalition(args.coalition, sample=args.sample)
    failed = 0
    messages = {
        "added": "added",
        "duplicate": "the same contribution was already received: not counted again",
        "older": "an older revision than the one received: not used",
        "updated": "a newer revision: replaces the one received before",
    }
    for path in args.files:
        try:
            organisation, outcome = add_member_workbook(store, coalition_id, path)
        except UserError as err:
            failed += 1
            _report_problems(err)
            continue
        print(f"{path}: {organisation}: {messages[outcome]}", file=out)
    count = len(store.contributions(coalition_id))
    print(f"coalition {coalition_id} ({args.coalition}): {count} contributions", file=out)
    return EXIT_USAGE if failed else EXIT_OK


def _cmd_check(store, args: argparse.Namespace, out: TextIO) -> int:
    from exports.xlsx_reader import read_workbook

    failed = 0
    for path in args.files:
        try:
            contents = read_workbook(path, store.form)
        except UserError as err:
            failed += 1
            _report_problems(err)
            continue
        origin = f"review {contents.review_id}" if contents.review_id else "a filled template"
        print(f"{path}: ok, {origin}, {len(contents.answers)} answers", file=out)
    return EXIT_USAGE if failed else EXIT_OK


_FILE_HANDLERS = {"backup": _cmd_backup, "restore": _cmd_restore}
_HANDLERS = {
    "export": _cmd_export,
    "template": _cmd_template,
    "import": _cmd_import,
    "check": _cmd_check,
    "merge": _cmd_merge,
    "new": _cmd_new,
    "list": _cmd_list,
    "show": _cmd_show,
    "demo": _cmd_demo,
    "set": _cmd_set,
}


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
