"""Where the database lives by default on each platform."""

from __future__ import annotations

from pathlib import Path

from desktop.paths import default_db_path, user_data_dir


def test_environment_variable_wins():
    env = {"GCM_REVIEW_DB": "/data/my.db", "HOME": "/home/a"}
    assert default_db_path(env, "linux") == Path("/data/my.db")


def test_linux_follows_xdg():
    assert user_data_dir({"HOME": "/home/a"}, "linux") == Path(
        "/home/a/.local/share/gcm-shadow-review"
    )
    env = {"HOME": "/home/a", "XDG_DATA_HOME": "/xdg"}
    assert default_db_path(env, "linux") == Path("/xdg/gcm-shadow-review/reviews.db")


def test_windows_and_macos():
    env = {"USERPROFILE": r"C:\Users\a", "LOCALAPPDATA": r"C:\Users\a\AppData\Local"}
    assert user_data_dir(env, "win32").name == "GCM Shadow Review"
    assert user_data_dir({"HOME": "/Users/a"}, "darwin") == Path(
        "/Users/a/Library/Application Support/GCM Shadow Review"
    )
