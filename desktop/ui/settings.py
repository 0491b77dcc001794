"""The person's preferences, kept in an INI file in the application's data folder."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from PySide6.QtCore import QSettings

from desktop.paths import settings_path
from desktop.private_files import narrow_mode, private_folder
from desktop.ui.language import INTERFACE_LANGUAGES

# Reviews whose last page is remembered (the most recently closed).
PAGES_KEPT = 100


class Settings:
    """Interface language, whether the tour was seen, and the page each review was left on.

    Nothing else is remembered; a review is named by its random id only.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else settings_path()
        self._store = QSettings(str(self.path), QSettings.Format.IniFormat)

    def _sync(self) -> None:
        """Write the file now, readable by its owner only (in a 0700 folder)."""
        # QSettings reports no failure either: the choice is then kept for this session.
        with contextlib.suppress(OSError):
            private_folder(self.path.parent)
        self._store.sync()
        narrow_mode(self.path)

    @property
    def language(self) -> str | None:
        """The interface language chosen, or None before the first choice."""
        value = self._store.value("interface/language")
        return value if value in INTERFACE_LANGUAGES else None

    @language.setter
    def language(self, lang: str) -> None:
        if lang not in INTERFACE_LANGUAGES:
            raise ValueError(f"unknown interface language {lang!r}")
        self._store.setValue("interface/language", lang)
        self._sync()

    @property
    def tour_seen(self) -> bool:
        """Whether the first-run tour was finished or skipped."""
        return self._store.value("interface/tour_seen") in (True, "true")

    @tour_seen.setter
    def tour_seen(self, seen: bool) -> None:
        self._store.setValue("interface/tour_seen", bool(seen))
        self._sync()

    def last_page(self, review_id: str) -> str | None:
        """The page ``review_id`` was on when it was last closed, if remembered."""
        return dict(self._pages()).get(review_id)

    def remember_page(self, review_id: str, page: str) -> None:
        """Remember that ``review_id`` was left on ``page`` (the latest reviews only)."""
        pages = [(rid, p) for rid, p in self._pages() if rid != review_id]
        self._store.setValue(
            "reviews/last_pages", json.dumps([[review_id, page], *pages][:PAGES_KEPT])
        )
        self._sync()

    def _pages(self) -> list[tuple[str, str]]:
        try:
            pairs = json.loads(str(self._store.value("reviews/last_pages") or "[]"))
            return [(str(rid), str(page)) for rid, page in pairs]
        except (ValueError, TypeError):  # an edited or damaged file: nothing remembered
            return []
