"""A whole session, run under an audit hook that records every network call.

Run by tests/test_no_network.py as ``python -m tests.network_child FOLDER``; prints
the network events seen (none expected) and the Qt modules loaded, as JSON.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

EVENTS: list[str] = []


def _hook(event: str, args: tuple) -> None:
    if event.startswith(("socket.", "urllib.", "http.", "ftplib.", "smtplib.", "webbrowser")):
        EVENTS.append(f"{event} {args!r}"[:200])


def main(folder: Path) -> None:
    sys.addaudithook(_hook)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.cli import main as cli

    db = str(folder / "reviews.db")
    members = folder / "members"
    commands = [
        lambda: ["demo", "--db", db],
        lambda: ["demo", "--contributions", "4", "-o", str(members), "--db", db],
        lambda: ["merge", *sorted(map(str, members.glob("*.xlsx"))), "--sample", "--db", db],
        lambda: ["template", "-o", str(folder / "blank.xlsx"), "--db", db],
        lambda: ["template", "--pdf", "-o", str(folder / "blank.pdf"), "--lang", "ar", "--db", db],
        lambda: ["backup", "--db", db],
    ]
    for command in commands:
        assert cli(command()) == 0, command()
    from desktop.store import Store

    with Store(db) as store:
        review_id = store.list()[0].id
    pdf, xlsx = str(folder / "r.pdf"), str(folder / "r.xlsx")
    assert cli(["export", review_id, "--pdf", pdf, "--xlsx", xlsx, "--db", db]) == 0
    assert cli(["check", xlsx, "--db", db]) == 0
    assert cli(["restore", "--db", db]) == 0

    from desktop.ui.app import application
    from desktop.ui.main_window import MainWindow

    app = application()
    with Store(db) as store:
        window = MainWindow(store)
        window.show()
        window.open_review(review_id)
        for page in window.editor.page_order:
            window.editor.show_page(page)
        app.processEvents()
        window.close()
    print(json.dumps({"events": EVENTS, "qt": sorted(m for m in sys.modules if "Qt" in m)}))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
