"""Issue 14 in the window: faults at start, damage, the oldest backup, failures in the background.

Every test is bounded: a hang of the code under test makes the test fail, never block.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import struct
import subprocess
import tempfile
import threading
import time
import zipfile
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop import backups
from desktop.store import Store
from desktop.ui.app import open_database
from desktop.ui.autosave import ReviewSession, SaveStatus
from desktop.ui.tasks import BackgroundTask
from forms.errors import UserError
from tests.desktop.test_backups import _countries, _damage, _db_with

Button = QMessageBox.StandardButton


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _box_text(box: QMessageBox) -> str:
    return "\n".join(t for t in (box.text(), box.informativeText(), box.detailedText()) if t)


class _Dialogs:
    """QMessageBox's static methods and exec() replaced: they record what they say and answer."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, question: Button) -> None:
        self.questions: list[str] = []
        self.seen: list[str] = []

        def asked(_parent, _title, text, *_args, **_kwargs):
            self.questions.append(text)
            self.seen.append(text)
            return question

        def told(_parent, _title, text, *_args, **_kwargs):
            self.seen.append(text)
            return Button.Ok

        def executed(box):
            self.seen.append(_box_text(box))
            return question.value

        monkeypatch.setattr(QMessageBox, "question", staticmethod(asked))
        for name in ("warning", "critical", "information"):
            monkeypatch.setattr(QMessageBox, name, staticmethod(told))
        monkeypatch.setattr(QMessageBox, "exec", executed)

    def text(self) -> str:
        return "\n".join(self.seen)


class _Dismisser:
    """Closes every modal dialog as it appears (answering No), without patching anything."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(50)
        self.timer.timeout.connect(self._close)
        self.timer.start()

    def _close(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            self.seen.append(_box_text(box))
            button = box.button(Button.No) or box.button(Button.Cancel) or box.button(Button.Ok)
            if button is not None:
                button.click()
            else:
                box.done(0)
        elif isinstance(box, QDialog):
            box.reject()

    def stop(self) -> None:
        self.timer.stop()


# -- a real full disk --------------------------------------------------------------------


@pytest.fixture
def small_disk():
    """A 2 MiB tmpfs mounted for the test (skipped where mounting is not permitted).

    It is mounted outside ``tmp_path``, whose name (the test's) would put "full" into
    every message that names the database.
    """
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    mount = Path(tempfile.mkdtemp(prefix="gcm-tmpfs-"))
    try:
        result = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)],
            capture_output=True,
            timeout=30,
        )
    except (OSError, subprocess.SubprocessError) as err:
        pytest.skip(f"cannot mount a tmpfs ({err})")
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs ({result.stderr.decode(errors='replace').strip()})")
    try:
        yield mount
    finally:
        done = subprocess.run(["umount", str(mount)], capture_output=True, timeout=30)
        if done.returncode != 0:
            subprocess.run(["umount", "-l", str(mount)], capture_output=True, timeout=30)
        shutil.rmtree(mount, ignore_errors=True)


def _without(said: list[str], folder: Path) -> str:
    """What was said, the folder's name taken out (only the words count)."""
    text = "\n".join(said)
    for name in {str(folder), str(folder.resolve())}:
        text = text.replace(name, "DIR")
    return text


def _fill(folder: Path) -> None:
    """Write a file into ``folder`` until the file system says it is full (ENOSPC)."""
    with open(folder / "filler", "wb", buffering=0) as filler:
        for size in (1 << 16, 1 << 12, 1 << 9, 1):
            try:
                while True:
                    filler.write(b"\0" * size)
            except OSError as err:
                assert err.errno == errno.ENOSPC, err
    assert os.statvfs(folder).f_bavail == 0


# issue 14, case 2
def test_a_full_disk_at_start_is_told_as_full_and_moves_nothing(qtbot, small_disk, monkeypatch):
    path, _ = _db_with(small_disk)
    before = _sha256(path)
    _fill(small_disk)
    dialogs = _Dialogs(monkeypatch, question=Button.No)
    said: list[str] = []
    store = None
    try:
        store = open_database(path)
    except UserError as err:
        said.append(str(err))
    finally:
        if store is not None:
            store.close()
    said.append(dialogs.text())
    assert "full" in _without(said, small_disk).lower(), said
    assert not list(small_disk.glob("reviews.db.damaged-*")), "a healthy database moved aside"
    assert path.is_file() and _sha256(path) == before, "the database is untouched"


# issue 14, case 2
@pytest.mark.parametrize("interactive", [False, True], ids=["command", "window"])
def test_a_full_disk_at_start_is_not_taken_for_damage_nothing_patched(
    qtbot, small_disk, interactive
):
    path, _ = _db_with(small_disk)
    before = _sha256(path)
    _fill(small_disk)
    dismisser = _Dismisser()  # no dialog can block: each is answered No as it opens
    said: list[str] = []
    store = None
    try:
        store = open_database(path, interactive)
    except UserError as err:
        said.append(str(err))
    finally:
        dismisser.stop()
        if store is not None:
            store.close()
    said.extend(dismisser.seen)
    assert "full" in _without(said, small_disk).lower(), said
    assert not list(small_disk.glob("reviews.db.damaged-*")), "a healthy database moved aside"
    assert path.is_file() and _sha256(path) == before, "the database is untouched"


# -- damage and backups ------------------------------------------------------------------


# issue 14, case 3
def test_a_zero_length_database_is_moved_aside_and_the_newest_sound_backup_restored(
    qtbot, tmp_path, monkeypatch
):
    path, review_id = _db_with(tmp_path, "Mali")
    backups.create_backup(path, "daily")
    with Store(path) as store:
        store.save(review_id, {"profile.country": "Niger"})
    backups.create_backup(path, "manual")  # the newest sound backup
    with Store(path) as store:
        store.save(review_id, {"profile.country": "Togo"})
    _damage(backups.create_backup(path, "manual"))  # newer, but not sound
    path.write_bytes(b"")
    dialogs = _Dialogs(monkeypatch, question=Button.Yes)
    with open_database(path) as store:
        assert [s.country for s in store.list()] == ["Niger"]
    assert len(dialogs.questions) == 1, dialogs.seen
    assert "restore" in dialogs.questions[0].lower()
    journals = ("-wal", "-shm", "-journal")
    (aside,) = [p for p in tmp_path.glob("reviews.db.damaged-*") if not p.name.endswith(journals)]
    assert aside.stat().st_size == 0, "the zero-length file is kept as it was"
    assert _countries(path) == ["Niger"]


# issue 14, case 4
def test_restoring_the_oldest_of_twenty_backups_in_the_window(window, qtbot, monkeypatch):
    path = window.store.path
    review = window.store.create({"profile.country": "Country 0", "profile.organisation": "AME"})
    for number in range(backups.KEEP):
        window.store.save(review.id, {"profile.country": f"Country {number}"})
        backups.create_backup(path, "manual")
    window.store.save(review.id, {"profile.country": "Today"})
    kept = backups.list_backups(path)
    assert len(kept) == backups.KEEP == 20
    oldest = kept[-1].path
    oldest_bytes = oldest.read_bytes()
    dialogs = _Dialogs(monkeypatch, question=Button.Yes)
    assert window.backups.restore_backup(chosen=oldest), dialogs.seen
    assert oldest.exists(), "the chosen backup is still there"
    assert oldest.read_bytes() == oldest_bytes
    assert window.start.table.item(0, 0).text() == "Country 0"
    with Store(path) as store:
        assert store.get(review.id).country == "Country 0"


# -- failures in the background ----------------------------------------------------------


def _session(tmp_path: Path):
    path = tmp_path / "reviews.db"
    store = Store(path)
    review = store.create({"profile.country": "Veridia"})
    session = ReviewSession(path, review, store.form(review.form_version), delay_ms=10)
    return store, session


def _wait_threads_of(session: ReviewSession) -> None:
    for thread in session.findChildren(QThread):
        thread.wait(10_000)


# issue 14, case 12
def test_a_runtime_error_in_the_saver_ends_as_a_failed_save(qtbot, tmp_path, monkeypatch):
    def broken(self, review_id, changes):
        raise RuntimeError("injected fault in Store.save")

    monkeypatch.setattr(Store, "save", broken)
    store, session = _session(tmp_path)
    try:
        with qtbot.waitSignal(session.save_failed, timeout=5000) as failed:
            session.set_value("obj01.assessment", "Typed before the fault")
        qtbot.waitUntil(lambda: session.status is SaveStatus.FAILED, timeout=5000)
        assert failed.args and failed.args[0], "the failure says something"
        assert session.has_unsaved_changes, "the change is kept for a retry"
        assert session.value("obj01.assessment") == "Typed before the fault"
    finally:
        session.close()  # the saver took its batch off the queue: this cannot wait forever
        _wait_threads_of(session)
        store.close()


@pytest.fixture
def stuck_save(monkeypatch):
    """Store.save blocks until ``release`` is set (at the latest when the test ends)."""
    release = threading.Event()
    entered = threading.Event()
    returned = threading.Event()
    original = Store.save

    def stuck(self, review_id, changes):
        entered.set()
        try:
            release.wait()
            return original(self, review_id, changes)
        finally:
            returned.set()

    monkeypatch.setattr(Store, "save", stuck)
    yield SimpleNamespace(release=release, entered=entered, returned=returned)
    release.set()
    returned.wait(10)


# issue 14, case 12
def test_closing_returns_within_seconds_when_the_save_is_stuck(qtbot, tmp_path, stuck_save):
    store, session = _session(tmp_path)
    # Without a bound, close() would wait for ever: the watchdog frees the save after 12 s
    # so that the test fails instead of hanging.
    watchdog = threading.Timer(12, stuck_save.release.set)
    try:
        session.set_value("obj01.assessment", "Typed while the disk hangs")
        qtbot.waitUntil(stuck_save.entered.is_set, timeout=5000)
        watchdog.start()
        started = time.monotonic()
        closed = session.close()
        elapsed = time.monotonic() - started
        assert elapsed < 5, f"close() took {elapsed:.1f} s"
        assert not closed, "close() says that a save could not finish"
    finally:
        watchdog.cancel()
        stuck_save.release.set()
        stuck_save.returned.wait(10)
        _wait_threads_of(session)
        store.close()


# issue 14, case 12
def test_a_runtime_error_in_a_background_task_is_reported_and_its_dialog_hidden(qtbot):
    go = threading.Event()

    def work(report, cancelled):
        report(0, 1, "Working")
        go.wait(10)
        raise RuntimeError("injected fault in the work")

    task = BackgroundTask("Failing", work, show_after_ms=0)
    failed: list[str] = []
    task.failed.connect(failed.append)
    try:
        task.start()
        qtbot.waitUntil(task.dialog.isVisible, timeout=5000)
        go.set()
        qtbot.waitUntil(lambda: bool(failed), timeout=5000)
        qtbot.waitUntil(lambda: not task.dialog.isVisible(), timeout=5000)
        assert failed[0], "the failure says something"
        assert not task.running()
    finally:
        go.set()
        task.worker.wait(10_000)
        task.dialog.hide()


def _sound_workbook(form, tmp_path: Path, revision: int = 1) -> Path:
    from exports.xlsx_writer import write_workbook
    from forms.review import Review
    from forms.sample import sample_answers

    review = Review(
        "44444444-0000-4000-8000-000000000000", 1, sample_answers(form), revision=revision
    )
    return write_workbook(form, review, tmp_path / f"member-{revision}.xlsx")


def _flag_encrypted(path: Path, part: str = "xl/workbook.xml") -> Path:
    """Set the "encrypted" bit of ``part`` in its local and central headers (nothing else)."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(part)
        central = archive.start_dir
        names = [i.filename for i in archive.infolist()]
    struct.pack_into("<H", data, info.header_offset + 6, info.flag_bits | 0x1)
    for name in names:
        assert data[central : central + 4] == b"PK\x01\x02"
        (flags,) = struct.unpack_from("<H", data, central + 8)
        if name == part:
            struct.pack_into("<H", data, central + 8, flags | 0x1)
        central += 46 + sum(struct.unpack_from("<HHH", data, central + 28))  # name, extra, comment
    flagged = path.with_name("encrypted.xlsx")
    flagged.write_bytes(bytes(data))
    with zipfile.ZipFile(flagged) as archive:
        assert archive.getinfo(part).flag_bits & 0x1
    return flagged


def _import_ends_with_a_report(window, qtbot, monkeypatch, workbook: Path) -> None:
    dialogs = _Dialogs(monkeypatch, question=Button.Ok)

    def reported() -> bool:
        shown = any(box.isVisible() for box in window.findChildren(QMessageBox))
        return bool(dialogs.seen) or window.jobs.last_import is not None or shown

    window.jobs.import_files([workbook])
    try:
        qtbot.waitUntil(reported, timeout=15000)
        qtbot.waitUntil(lambda: window.task is None or not window.task.running(), timeout=5000)
        if window.task is not None:
            qtbot.waitUntil(lambda: not window.task.dialog.isVisible(), timeout=5000)
        if window.jobs.last_import is not None:
            done, refused = window.jobs.last_import
            assert refused and not done, window.jobs.last_import
        assert window.store.list() == [], "nothing of the refused file was imported"
    finally:
        for box in window.findChildren(QMessageBox):
            box.close()


# issue 14, case 12
def test_importing_a_workbook_with_an_encrypted_entry_ends_with_a_report(
    window, qtbot, monkeypatch, tmp_path, form
):
    workbook = _flag_encrypted(_sound_workbook(form, tmp_path))
    _import_ends_with_a_report(window, qtbot, monkeypatch, workbook)


# issue 14, case 12
def test_importing_a_workbook_with_a_30_digit_revision_ends_with_a_report(
    window, qtbot, monkeypatch, tmp_path, form
):
    workbook = _sound_workbook(form, tmp_path, revision=10**29 + 12345)
    assert len(str(10**29 + 12345)) == 30
    _import_ends_with_a_report(window, qtbot, monkeypatch, workbook)


# issue 14, case 8
def test_the_settings_file_is_private(tmp_path):
    import os

    from desktop.ui.settings import Settings

    path = tmp_path / "fresh" / "settings.ini"
    settings = Settings(path)
    settings.language = "fr"
    assert os.stat(path).st_mode & 0o777 == 0o600
    assert os.stat(path.parent).st_mode & 0o777 == 0o700
    assert Settings(path).language == "fr"
