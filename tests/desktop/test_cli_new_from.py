"""``gcm-review new --from``: a review that follows an earlier one, run as users run it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.store import Store

SCRIPT = Path(sys.executable).with_name("gcm-review")
V1 = Path(__file__).resolve().parents[1] / "data" / "form-v1"


def gcm(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    return subprocess.run(
        [str(SCRIPT), "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def reviews(db: Path) -> dict[str, dict]:
    if not db.exists():
        return {}
    with Store(db) as store:
        return {s.id: store.get(s.id).answers for s in store.list(archived=None)}


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "reviews.db"


def test_a_review_starts_from_one_in_the_database(db):
    earlier_id = gcm(db, "demo").stdout.strip()
    done = gcm(db, "new", "--from", earlier_id[:8], "--org", "Another network")
    assert done.returncode == 0, done.stderr
    new_id = done.stdout.strip()
    assert len(new_id) == 36 and new_id != earlier_id
    with Store(db) as store:
        earlier, new = store.get(earlier_id), store.get(new_id)
    assert new.sample  # the sample review starts a sample review, never a real one
    assert new.answers["profile.organisation"] == "Another network"  # typed: it wins
    assert new.answers["profile.country"] == earlier.answers["profile.country"]
    for item in ("obj01", "obj08", "obj22"):
        assert new.answers[f"{item}.previous_rating"] == earlier.answers[f"{item}.rating"]
        assert f"{item}.rating" not in new.answers
        followed = [row["recommendation"] for row in new.answers[f"{item}.follow_up"]]
        made = [row["recommendation"] for row in earlier.answers[f"{item}.state_recommendations"]]
        assert made and set(made) <= set(followed)
    note = done.stderr.strip().splitlines()
    assert len(note) == 1 and note[0].startswith("note: --from: started from Republic of Veridia")
    assert "ratings at the last review 23," in note[0]


def test_a_review_starts_from_a_version_1_workbook(db, tmp_path):
    """The v1 questionnaire filled and saved in LibreOffice, as users have it."""
    source = shutil.copy(V1 / "filled-template.xlsx", tmp_path / "2022.xlsx")
    done = gcm(db, "new", "--from", str(source))
    assert done.returncode == 0, done.stderr
    (answers,) = reviews(db).values()
    filled = json.loads((V1 / "answers.json").read_text(encoding="utf-8"))["filled_template"]
    assert answers["profile.country"] == filled["profile.country"]
    assert answers["profile.organisation"] == filled["profile.organisation"]
    assert answers["obj05.previous_rating"] == "limited"
    assert answers["obj13.previous_rating"] == "regression"
    # Its key recommendation on objective 13 is followed up there, naming who made it.
    assert answers["obj13.follow_up"] == [
        {
            "recommendation": "Mettre fin à la rétention des enfants",
            "made_in": "Forum des migrants de Dakar",
        }
    ]
    assert "ratings at the last review 2, recommendations to follow up 1" in done.stderr


def test_an_export_keeps_its_confidential_answers_out(db, tmp_path):
    earlier_id = gcm(db, "demo").stdout.strip()
    shared = tmp_path / "shared.xlsx"
    assert gcm(db, "export", earlier_id, "--xlsx", str(shared)).returncode == 0
    done = gcm(db, "new", "--from", str(shared))
    assert done.returncode == 0, done.stderr
    new = reviews(db)[done.stdout.strip()]
    assert "profile.contact_email" not in new  # withheld from the export: not there to carry
    assert "obj13.previous_rating" not in new  # objective 13 is confidential in the sample
    confidential = reviews(db)[earlier_id]["obj13.state_recommendations"]
    followed = {row["recommendation"] for row in new.get("obj13.follow_up", [])}
    assert confidential and not followed & {row["recommendation"] for row in confidential}


def test_a_coalition_s_next_review_is_a_coalition_that_takes_the_merges(db, tmp_path):
    files = tmp_path / "members"
    assert gcm(db, "demo", "--contributions", "3", "-o", str(files)).returncode == 0
    members = sorted(files.glob("*.xlsx"))
    merged = gcm(db, "merge", *map(str, members[:2]), "--coalition", "Net", "--sample")
    assert merged.returncode == 0, merged.stderr
    with Store(db) as store:
        (earlier,) = [s.id for s in store.list() if s.kind == "coalition"]
        held = len(store.contributions(earlier))
    done = gcm(db, "new", "--from", earlier)
    assert done.returncode == 0, done.stderr
    new_id = done.stdout.strip()
    assert gcm(db, "merge", str(members[2]), "--coalition", "Net", "--sample").returncode == 0
    with Store(db) as store:
        assert store.get(new_id).kind == "coalition"
        assert held and len(store.contributions(earlier)) == held  # the last cycle's, kept
        assert len(store.contributions(new_id)) == 1  # the newest coalition of that name


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("new",), "error: new needs --country and --org, or --from an earlier review"),
        (("new", "--country", "Mali"), "error: new needs --country and --org"),
        (("new", "--from", "0123abcd"), "error: no review with id '0123abcd'"),
        (("new", "--from", "missing.xlsx"), "missing.xlsx"),
        (("new", "--from", "damaged.xlsx"), "damaged.xlsx"),
        (("new", "--from", "blank.xlsx"), "blank.xlsx: it holds no answer a new review could"),
    ],
)
def test_a_refused_start_says_why_and_changes_nothing(db, tmp_path, args, says):
    gcm(db, "new", "--country", "Mali", "--org", "Réseau")
    (tmp_path / "damaged.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    assert gcm(db, "template", "-o", str(tmp_path / "blank.xlsx")).returncode == 0
    before = reviews(db)
    args = tuple(str(tmp_path / a) if a.endswith(".xlsx") else a for a in args)
    done = gcm(db, *args)
    assert done.returncode == 2
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and says in lines[0], done.stderr
    assert reviews(db) == before
