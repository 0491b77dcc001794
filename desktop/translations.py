"""The translation workflow, for the maintainers: ``python -m desktop.translations``.

    status [--lang L] [--list]   what each language still needs, by source
    export --lang L -o FILE      the texts of L in a workbook to translate
    import FILE                  the translations of a filled workbook, into their files
    confirm --lang L             the stale translations of L, checked and still right

Run from the project's folder (``--root`` names another, such as a copy). A
language that is not shipped yet (``pt``) is translated the same way; it is
offered to users once reviewed and listed in ``forms/languages.py``. Errors
are one ``error: …`` line and exit code 2, with nothing written.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop.translation_files import TextFiles, TranslationFileError
from desktop.translation_status import MISSING, STALE, STATES, counts, states
from forms.errors import UserError
from forms.glossary import load_glossary

ROOT = Path(__file__).resolve().parents[1]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.translations", description=__doc__)
    parser.add_argument("--root", type=Path, default=ROOT, help="the project's folder")
    commands = parser.add_subparsers(dest="command", required=True)
    status = commands.add_parser("status", help="what each language still needs")
    status.add_argument("--lang", help="one language (default: every one)")
    status.add_argument("--list", action="store_true", help="name each missing or stale text")
    export = commands.add_parser("export", help="the texts of a language in a workbook")
    export.add_argument("--lang", required=True)
    export.add_argument("-o", "--output", type=Path, required=True)
    imported = commands.add_parser("import", help="a filled workbook's translations, written")
    imported.add_argument("workbook", type=Path)
    confirmed = commands.add_parser("confirm", help="stale translations checked: still right")
    confirmed.add_argument("--lang", required=True)
    args = parser.parse_args(argv)
    files = TextFiles(args.root)
    try:
        return _run(args, files)
    except (TranslationFileError, UserError) as err:
        print(f"error: {' '.join(str(err).split())}", file=sys.stderr)
        return 2


def _run(args: argparse.Namespace, files: TextFiles) -> int:
    from desktop.translation_workbook import confirm, export_texts, import_texts

    glossary = load_glossary()
    if args.command == "status":
        for lang in [args.lang] if args.lang else files.languages():
            found = states(files, lang, glossary)
            print(f"{lang}:")
            for source, row in counts(found).items():
                print(f"  {source:<10} " + "  ".join(f"{row[s]:>4} {s}" for s in STATES))
            if args.list:
                for entry in found:
                    if entry.state in (MISSING, STALE):
                        print(f"  {entry.state:<8} {entry.text.key}")
        return 0
    if args.command == "export":
        print(f"wrote {export_texts(files, args.lang, glossary, args.output)}")
        return 0
    if args.command == "import":
        done = import_texts(files, args.workbook, glossary)
        print(f"{done.lang}: {done.written} translations written")
        for path in done.files:
            print(f"  {path}")
        for text in done.long:
            print(f"warning: {text}: more than twice its English: it may crowd the window")
        return 0
    stale = confirm(files, args.lang, glossary)
    print(f"{args.lang}: {stale} stale translations confirmed")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
