"""The command line speaks the interface language, else the system's (``LANG``).

Every message of a session of commands, errors included, is checked for English
left in it, in French, Spanish and Arabic.
"""

from __future__ import annotations

import configparser
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.paths import settings_path
from forms.loader import load_form
from forms.roles import Role
from tests.desktop.test_cli import gcm_review as run_command
from tests.english_words import english_left

SCRIPT = Path(sys.executable).with_name("gcm-review")
#: The locale a terminal would set, and the word every error line starts with.
LOCALES = {
    "fr": ("fr_FR.UTF-8", "erreur\u00a0:"),
    "es": ("es_MX.UTF-8", "error:"),
    "ar": ("ar_EG.UTF-8", "خطأ:"),
}


def gcm_review(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return run_command(*args, env=env)


def _session(
    env: dict[str, str], folder: Path
) -> list[tuple[str, subprocess.CompletedProcess[str]]]:
    """Run the commands a person runs, mistakes included; (what was run, its result) each."""
    db = str(folder / "reviews.db")
    ran = []

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        result = gcm_review(env, *args)
        ran.append((" ".join(args), result))
        return result

    run("list", "--db", db)  # no database yet
    run("backup", "--list", "--db", db)
    review = run("new", "--country", "Mali", "--org", "Réseau", "--db", db).stdout.strip()
    assert len(review) == 36, ran[-1]
    country = load_form().role_key(Role.COUNTRY)
    run("set", review, "obj05.rating", "Limited progress", "--db", db)
    run("set", review, "obj05.rating", "great", "--db", db)
    run("set", review, country, "Mali\x0bSud", "--db", db)  # a note: the line break went
    run("list", "--db", db)
    run("show", "0000000", "--db", db)
    run("export", review, "--db", db)
    run("export", review, "--pdf", str(folder / "gone" / "r.pdf"), "--db", db)
    notes = folder / "notes.xlsx"
    notes.write_text("minutes of the meeting", encoding="utf-8")
    run("import", str(notes), "--db", db)
    run("check", str(notes))
    run("restore", "--db", db)  # no backup yet
    run("archive", review, "--db", db)
    run("unarchive", review, "--db", db)
    run("delete", review, "--db", db)
    run("demo", "--contributions", "3")
    run("frobnicate")
    run("new", "--country", "Mali", "--db", db)  # --org missing
    empty = folder / "empty.db"
    empty.touch()
    run("list", "--db", str(empty))  # damaged: no backup to restore
    return ran


@pytest.mark.parametrize("lang", sorted(LOCALES))
def test_every_message_of_a_session_is_in_the_language_of_lang(lang, tmp_path):
    """Before, a French terminal was told "error: no review with id …" and "wrote …"."""
    locale, error = LOCALES[lang]
    ran = _session({"LANG": locale}, tmp_path)
    failed = [result for _, result in ran if result.returncode != 0]
    assert len(failed) == 11, "each mistake of the session is refused"
    for command, result in ran:
        said = result.stdout + result.stderr
        left = english_left(
            said, tmp_path, "gcm-review", "Limited progress", "minutes of the meeting"
        )
        assert left == [], f"{lang}: gcm-review {command}: {left}\n{said}"
        for error_line in result.stderr.splitlines():
            assert error_line.startswith(error) or not error_line.startswith("erro"), error_line
    refused = [r for _, r in ran if r.returncode == 2]
    assert all(r.stderr.startswith(error) for r in refused), [r.stderr for r in refused]
    header = {"fr": "PAYS", "es": "PAÍS", "ar": "البلد"}[lang]
    listed = [r.stdout for c, r in ran if c.startswith("list") and r.returncode == 0]
    assert header in listed[1].splitlines()[0], listed


def test_english_is_spoken_where_the_system_speaks_another_language(tmp_path):
    db = tmp_path / "x.db"
    result = gcm_review({"LANG": "de_DE.UTF-8"}, "show", "0000000", "--db", str(db))
    assert result.stderr == f"error: {db}: there is no database there\n"


def test_the_interface_language_chosen_in_the_window_comes_before_the_system(tmp_path):
    """A person who chose Arabic in Settings hears Arabic from the command too."""
    home = tmp_path / "share"
    path = settings_path({"XDG_DATA_HOME": str(home)}, "linux")
    path.parent.mkdir(parents=True)
    settings = configparser.ConfigParser()
    settings["interface"] = {"language": "ar"}
    with path.open("w", encoding="utf-8") as handle:
        settings.write(handle)
    env = {"LANG": "fr_FR.UTF-8", "XDG_DATA_HOME": str(home)}
    db = tmp_path / "x.db"
    result = gcm_review(env, "show", "0000000", "--db", str(db))
    assert result.stderr == f"خطأ: {db}: لا توجد قاعدة بيانات هناك\n"
