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


def test_a_data_folder_next_to_the_built_executable_makes_it_portable(tmp_path, monkeypatch):
    from desktop import paths

    executable = tmp_path / "gcm-review" / "gcm-review"
    executable.parent.mkdir()
    executable.write_bytes(b"")
    assert paths.portable_dir(str(executable), frozen=True) is None, "no data folder yet"
    (executable.parent / "data").mkdir()
    assert paths.portable_dir(str(executable), frozen=True) == executable.parent / "data"
    assert paths.portable_dir(str(executable), frozen=False) is None, "from the sources: never"

    monkeypatch.setattr(paths.sys, "frozen", True, raising=False)
    monkeypatch.setattr(paths.sys, "executable", str(executable))
    data = executable.parent / "data"
    assert paths.default_db_path({"HOME": "/home/a"}, "linux") == data / "reviews.db"
    assert paths.settings_path({"HOME": "/home/a"}, "linux") == data / "settings.ini"
    assert paths.exports_dir() == data / "exports" and (data / "exports").is_dir()
    env = {"GCM_REVIEW_DB": "/elsewhere/x.db", "HOME": "/home/a"}
    assert paths.default_db_path(env, "linux") == Path("/elsewhere/x.db"), "explicit wins"
