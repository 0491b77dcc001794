"""Where the application keeps its files on each operating system.

A folder named ``data`` next to the executable of the built application makes
it portable: the database, the preferences and the exports then live there
(for a copy carried on a USB stick). Otherwise the per-user data folder of the
platform is used.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

APP_FOLDER = "GCM Shadow Review"
APP_FOLDER_UNIX = "gcm-shadow-review"
DB_FILENAME = "reviews.db"
DB_ENV = "GCM_REVIEW_DB"
SETTINGS_FILENAME = "settings.ini"
PORTABLE_FOLDER = "data"
EXPORTS_FOLDER = "exports"


def portable_dir(executable: str | None = None, frozen: bool | None = None) -> Path | None:
    """The ``data`` folder next to the built executable, when there is one.

    Only the built application (``sys.frozen``) can be portable: from the sources
    the executable is the Python interpreter.
    """
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    if not frozen:
        return None
    folder = Path(executable or sys.executable).resolve().parent / PORTABLE_FOLDER
    return folder if folder.is_dir() else None


def user_data_dir(env: Mapping[str, str] | None = None, platform: str | None = None) -> Path:
    """The folder for the application's data: the portable one, else the platform's custom."""
    portable = portable_dir()
    if portable is not None:
        return portable
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    home = Path(env.get("HOME") or env.get("USERPROFILE") or Path.home())
    if platform.startswith("win"):
        base = env.get("LOCALAPPDATA") or env.get("APPDATA")
        return Path(base) / APP_FOLDER if base else home / "AppData" / "Local" / APP_FOLDER
    if platform == "darwin":
        return home / "Library" / "Application Support" / APP_FOLDER
    base = env.get("XDG_DATA_HOME")
    return (Path(base) if base else home / ".local" / "share") / APP_FOLDER_UNIX


def default_db_path(env: Mapping[str, str] | None = None, platform: str | None = None) -> Path:
    """The database to use when no ``--db`` is given: ``$GCM_REVIEW_DB``, else the data folder."""
    env = os.environ if env is None else env
    override = env.get(DB_ENV)
    if override:
        return Path(override).expanduser()
    return user_data_dir(env, platform) / DB_FILENAME


def settings_path(env: Mapping[str, str] | None = None, platform: str | None = None) -> Path:
    """The file of the person's preferences (interface language, tour seen)."""
    return user_data_dir(env, platform) / SETTINGS_FILENAME


def exports_dir() -> Path:
    """Where exported files are proposed: ``data/exports`` when portable, else Documents."""
    portable = portable_dir()
    if portable is not None:
        folder = portable / EXPORTS_FOLDER
        folder.mkdir(exist_ok=True)
        return folder
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()
