"""The ``gcm-review`` command line, in process (fast) and as a real subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__
from desktop.cli import main
from desktop.store import Store

SCRIPT = Path(sys.executable).with_name("gcm-review")
ROOT = Path(__file__).resolve().parents[2]


def run(capsys, *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:  # argparse's own exits (--help, --version, usage errors)
        code = exit_.code
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "reviews.db"


def new_review(capsys, db: Path) -> str:
    code, out, _ = run(capsys, "new", "--country", "Sénégal", "--org", "Réseau", "--db", str(db))
    assert code == 0
    return out.strip()


def snapshot(db: Path):
    with Store(db) as store:
        return [(s.id, s.revision, store.get(s.id).answers) for s in store.list()]


def test_version(capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.strip() == f"gcm-review {__version__}"


def test_help(capsys):
    code, out, _ = run(capsys, "--help")
    assert code == 0 and "demo" in out and "--db" in out and "--smoke" in out


def test_new_list_set_show(capsys, db):
    review_id = new_review(capsys, db)
    assert len(review_id) == 36
    code, out, _ = run(
        capsys, "--db", str(db), "set", review_id[:8], "obj05.rating", "Limited progress"
    )
    assert (code, out.strip()) == (0, "saved obj05.rating (revision 2)")
    run(
        capsys,
        "set",
        review_id,
        "obj01.assessment",
        "Données « ventilées » manquantes",
        "--db",
        str(db),
    )
    run(capsys, "set", review_id, "obj05.key_ways", "kw05; Detention", "--db", str(db))
    code, out, _ = run(capsys, "list", "--db", str(db))
    assert code == 0
    assert review_id in out and "Sénégal" in out and "Réseau" in out and "%" in out
    code, out, _ = run(capsys, "show", review_id, "--db", str(db))
    assert "Rating: Limited progress" in out
    assert "Données « ventilées » manquantes" in out
    assert "Regular pathways and regularisation; Detention" in out


def test_set_clears_with_an_empty_value(capsys, db):
    review_id = new_review(capsys, db)
    run(capsys, "set", review_id, "obj02.gaps", "gap", "--db", str(db))
    run(capsys, "set", review_id, "obj02.gaps", "", "--db", str(db))
    assert "obj02.gaps" not in snapshot(db)[0][2]


def test_db_from_the_environment(capsys, db, monkeypatch):
    monkeypatch.setenv("GCM_REVIEW_DB", str(db))
    review_id = new_review(capsys, db)
    code, out, _ = run(capsys, "list")
    assert code == 0 and review_id in out


def test_default_db_in_the_user_data_folder(capsys):
    code, _, _ = run(capsys, "new", "--country", "Chile", "--org", "Red")
    assert code == 0
    expected = Path(os.environ["XDG_DATA_HOME"]) / "gcm-shadow-review" / "reviews.db"
    assert expected.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show", "0000000"], "error: no review with id '0000000'"),
        (["set", "{id}", "obj24.rating", "limited"], "error: 'obj24.rating' is not a question"),
        (["set", "{id}", "obj05.rating", "great"], "error: obj05.rating: 'great' is not one of"),
        (["set", "{id}", "profile.review_date", "12/05/2025"], "is not a date (use YYYY-MM-DD)"),
        (["set", "{id}", "profile.country", "x" * 101], "at most 100 are allowed"),
        (["set", "{id}", "obj05.sources", "[{"], "obj05.sources: not valid JSON"),
        (["set", "{id}", "obj05.rating"], "error: the following arguments are required: VALUE"),
        (
            ["new", "--country", "X"],
            "error: new needs --country and --org, or --from an earlier review",
        ),
        (["new", "--country", "X", "--org", "Y", "--lang", "de"], "error: argument --lang"),
        (["frobnicate"], "error: argument COMMAND: invalid choice"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_changes_nothing(capsys, db, args, message):
    review_id = new_review(capsys, db)
    before = snapshot(db)
    args = [a.replace("{id}", review_id) for a in args]
    code, _, err = run(capsys, *args, "--db", str(db))
    assert code == 2
    assert message in err
    assert err.count("\n") == 1 and err.startswith("error: ")
    assert "Traceback" not in err
    assert snapshot(db) == before


def test_unusable_database_paths(capsys, tmp_path):
    not_db = tmp_path / "photo.jpg"
    not_db.write_bytes(b"\xff\xd8\xff\xe0" + bytes(5000))
    code, _, err = run(capsys, "list", "--db", str(not_db))
    assert code == 2 and "photo.jpg: not a review database" in err
    code, _, err = run(capsys, "list", "--db", str(tmp_path))
    assert code == 2 and "is a folder" in err


def gcm_review(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(SCRIPT), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        env={**os.environ, **(env or {})},
        check=False,
    )


def test_end_to_end_demo_list_show(tmp_path):
    assert SCRIPT.exists(), "the gcm-review entry point is installed"
    db = tmp_path / "x.db"
    demo = gcm_review("demo", "--db", str(db))
    assert demo.returncode == 0, demo.stderr
    review_id = demo.stdout.strip()
    listed = gcm_review("list", "--db", str(db))
    assert listed.returncode == 0
    line = next(row for row in listed.stdout.splitlines() if row.startswith(review_id))
    assert "SAMPLE" in line and "Republic of Veridia" in line
    percent = int(line.split("%")[0].split()[-1])
    assert percent >= 95
    shown = gcm_review("show", review_id[:8], "--db", str(db))
    assert shown.returncode == 0
    for number in range(1, 24):
        assert f"Objective {number}: " in shown.stdout
    assert "Regression" in shown.stdout


def test_end_to_end_error_is_one_line(tmp_path):
    result = gcm_review("set", "nope", "obj01.rating", "limited", "--db", str(tmp_path / "y.db"))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [f"error: no review with id 'nope' in {tmp_path / 'y.db'}"]


def test_end_to_end_window_smoke_start(tmp_path):
    db = tmp_path / "w.db"
    result = gcm_review("--smoke", "--db", str(db), env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout == "smoke: the window is shown\n"
    assert db.exists(), "the window opened its database"


def test_end_to_end_demo_window_leaves_no_trace(tmp_path):
    db = tmp_path / "real.db"
    result = gcm_review("--demo", "--smoke", "--db", str(db), env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert not db.exists(), "a workshop never touches the real database"


def test_end_to_end_pdf_export(tmp_path):
    db = tmp_path / "x.db"
    review_id = gcm_review("demo", "--db", str(db)).stdout.strip()
    out = tmp_path / "report.pdf"
    result = gcm_review("export", review_id[:8], "--pdf", str(out), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
    missing = gcm_review(
        "export", review_id, "--pdf", str(tmp_path / "no" / "r.pdf"), "--db", str(db)
    )
    assert missing.returncode == 2
    assert missing.stderr.startswith("error: ") and "does not exist" in missing.stderr
    assert len(missing.stderr.splitlines()) == 1


def test_heavy_libraries_are_not_imported_at_start():
    code = (
        "import sys, desktop.cli, desktop.ui.main_window;"
        "print(sorted(m for m in ('reportlab', 'openpyxl') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.strip() == "[]"


def test_the_window_opens_the_sample_without_the_exporters(tmp_path):
    """From start to a review on screen, no exporter library is imported (-X importtime)."""
    result = gcm_review(
        "--demo", "--smoke", "--db", str(tmp_path / "r.db"),
        env={"QT_QPA_PLATFORM": "offscreen", "PYTHONPROFILEIMPORTTIME": "1"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    imported = {
        line.rsplit("|", 1)[-1].strip().split(".")[0]
        for line in result.stderr.splitlines()
        if line.startswith("import time:")
    }
    assert {"PySide6", "sqlite_utils", "desktop"} <= imported, "the trace covers the start"
    assert imported.isdisjoint({"reportlab", "openpyxl", "PIL", "defusedxml"})


def test_the_first_window_lists_reviews_without_the_form_definition(tmp_path):
    """The start screen reads the recorded completeness: the form classes wait for a review.

    Nor is PySide6's Qt namespace built (its enumerations take some 25 ms) in English.
    """
    db = tmp_path / "r.db"
    assert gcm_review("demo", "--db", str(db)).returncode == 0
    code = (
        "import sys; from desktop.cli import main; from PySide6 import QtCore;"
        f"code = main(['--smoke', '--db', {str(db)!r}]);"
        "forms = sorted(m for m in sys.modules if m.startswith('forms.'));"
        "print(code, forms, 'Qt' in vars(QtCore))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    env["LC_ALL"] = "C.UTF-8"  # an English first window: Arabic needs the Qt namespace
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "smoke: the window is shown"
    # forms.said: the phrases errors are said in (a named tuple), imported with forms.errors;
    # forms.os_reasons: what the system's refusals are said as (errno), with the database's lock.
    light = ["definitions", "errors", "languages", "os_reasons", "role_keys", "roles", "said"]
    light.append("versions")
    assert lines[1] == f"0 {[f'forms.{name}' for name in light]} False"


def test_export_warns_about_personal_data_in_free_text(capsys, tmp_path):
    db = str(tmp_path / "p.db")
    code, out, _ = run(capsys, "new", "--country", "Mali", "--org", "AME", "--db", db)
    review_id = out.strip()
    text = "Contact amina.diallo@example.org or +223 70 12 34 56."
    run(capsys, "set", review_id, "obj05.assessment", text, "--db", db)
    target = tmp_path / "r.xlsx"
    code, out, err = run(capsys, "export", review_id, "--xlsx", str(target), "--db", db)
    assert code == 0 and target.exists(), "a warning, not a refusal"
    assert err.splitlines() == [
        "warning: obj05.assessment: looks like an e-mail address (am…@ex…org);"
        " check it before sharing the file",
        "warning: obj05.assessment: looks like a telephone number (+22…56);"
        " check it before sharing the file",
    ]


def test_window_options_are_read_without_the_parser():
    from desktop.cli import _window_options, build_parser

    for arguments in (
        [], ["--demo"], ["--smoke", "--db", "x.db"], ["--db=y.db", "--demo", "--smoke"],
    ):  # fmt: skip
        direct = _window_options(arguments)
        assert direct is not None and vars(direct) == vars(build_parser().parse_args(arguments))
    for arguments in (["list"], ["--db"], ["--bogus"], ["--version"], ["-h"], ["--db="]):
        assert _window_options(arguments) is None


def test_the_first_start_creates_the_data_folder(tmp_path):
    """On a new computer the data folder does not exist yet; the window makes it."""
    env = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_DATA_HOME": ""}
    env_without_db = {k: v for k, v in {**os.environ, **env}.items() if k != "GCM_REVIEW_DB"}
    result = subprocess.run(
        [str(SCRIPT), "--smoke"], capture_output=True, text=True, env=env_without_db, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / ".local" / "share" / "gcm-shadow-review" / "reviews.db").is_file()


def test_set_takes_the_logo_from_a_file_and_keeps_it_in_the_database(capsys, db, tmp_path):
    from forms.images import picture_of
    from tests.support import tiny_png

    review_id = new_review(capsys, db)
    logo = tmp_path / "logo.png"
    logo.write_bytes(tiny_png(90, 30))
    code, out, err = run(capsys, "--db", str(db), "set", review_id, "publication.logo", str(logo))
    assert code == 0, err
    logo.unlink()  # kept in the review, not linked to the file
    with Store(db) as store:
        stored = store.get(review_id).answers["publication.logo"]
    assert picture_of(stored).data == tiny_png(90, 30)
    code, out, _ = run(capsys, "--db", str(db), "show", review_id)
    assert "PNG image, 90 × 30 pixels" in out
    before = snapshot(db)
    damaged = tmp_path / "damaged.png"
    whole = tiny_png(90, 30)
    at = whole.index(b"IDAT") + 8
    damaged.write_bytes(whole[:at] + b"\x00" * 12 + whole[at + 12 :])  # its pixels broken
    for path, said in (
        (damaged, "damaged.png: a damaged image"),
        (tmp_path / "missing.png", "missing.png: cannot be read"),
        (Path(__file__), "test_cli.py: not a PNG or JPEG image"),
    ):
        code, out, err = run(
            capsys, "--db", str(db), "set", review_id, "publication.logo", str(path)
        )
        assert code == 2
        assert err.count("\n") == 1 and said in err and "publication.logo" in err, err
    assert snapshot(db) == before
    code, *_ = run(capsys, "--db", str(db), "set", review_id, "publication.logo", "")
    assert code == 0
    with Store(db) as store:
        assert "publication.logo" not in store.get(review_id).answers


def test_the_command_line_writes_a_word_report(tmp_path):
    import zipfile

    from docx import Document

    db = tmp_path / "reviews.db"
    review_id = gcm_review("demo", "--db", str(db)).stdout.strip().splitlines()[-1]
    target = tmp_path / "report.docx"
    done = gcm_review("export", review_id, "--docx", str(target), "--lang", "fr", "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert zipfile.is_zipfile(target)
    assert Document(str(target)).core_properties.language == "fr"
