"""Where the application keeps its files on each operating system."""

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


def user_data_dir(env: Mapping[str, str] | None = None, platform: str | None = None) -> Path:
    """The per-user folder for the application's data, following each platform's custom."""
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
