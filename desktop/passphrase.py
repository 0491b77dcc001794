"""Setting, changing and removing the passphrase of a database, and unlocking it.

Setting a passphrase writes the key file, then an encrypted copy of the
database renamed over it (the moment it takes effect), then encrypts every
backup the same way. Removing it decrypts the backups first, then the
database, then deletes the key file. Changing it rewrites the key file alone.
Each file is replaced by a complete copy (a temporary file, checked, flushed,
renamed): a kill at any moment leaves every file whole, and the database
opening with the old passphrase or the new one. Whether a database is
encrypted is read from the database file itself; the backups are brought in
line with it (:func:`encrypt_backups_once`) when it is next opened, and a key
file left beside a plain database is cleared with the other leftovers.

Every function here needs the database closed in this process and its lock
held alone (a window's lock, or a command's restore lock).
"""

from __future__ import annotations

import os
import threading
from contextlib import suppress
from pathlib import Path
from typing import NamedTuple

from desktop import database_key
from desktop.backups import folder_of, list_backups
from desktop.database_key import KeyFileError, WrongPassphrase, key_file
from desktop.db_faults import integrity_problem
from desktop.private_files import create_private_file
from desktop.sqlite_engine import connect, is_plain, sqlite
from forms.errors import UserError
from forms.os_reasons import os_reason
from forms.said import QT_TRANSLATE_NOOP
from forms.said import problem as said

# The temporary copy a conversion writes beside the file it replaces.
CONVERTING = ".converting"
_SIDECARS = ("-wal", "-shm", "-journal")
# SQLCipher's page size: an encrypted file is a whole number of pages.
PAGE_SIZE = 4096


class PassphraseError(UserError):
    """A passphrase cannot be set, changed or removed; nothing was changed."""


def is_encrypted(db_path: Path) -> bool:
    """Whether the database at ``db_path`` is protected by a passphrase.

    Its file is not plain SQLite and it has a key file, or a key unlocked in
    this process (by the recovery key, when the key file was lost). Any
    other file that is not plain SQLite is taken for damaged.
    """
    return _not_plain(db_path) and database_key.has_key(db_path)


def may_be_encrypted(db_path: Path) -> bool:
    """Whether a file taken for damaged could be an encrypted database whose key file is lost.

    Its size is a whole number of SQLCipher's pages; only its recovery key can tell.
    """
    try:
        size = db_path.stat().st_size
    except OSError:
        return False
    return (
        size > 0
        and size % PAGE_SIZE == 0
        and _not_plain(db_path)
        and not key_file(db_path).is_file()
    )


def _not_plain(path: Path) -> bool:
    try:
        return path.is_file() and not is_plain(path)
    except OSError:
        return False


def unlock(db_path: Path, secret: str) -> bytes:
    """Remember the key that ``secret`` (the passphrase, or the recovery key) opens.

    WrongPassphrase when it opens nothing, KeyFileError when the key file is
    damaged (or missing and ``secret`` is no recovery key); nothing is changed.
    """
    keys = []
    recovery = database_key.recovery_key(secret)
    wrapped = key_file(db_path)
    if wrapped.is_file():
        key = database_key.unwrap(database_key.read_key_file(wrapped), secret)
        if key is not None:
            keys.append(key)
    elif recovery is None:
        missing = QT_TRANSLATE_NOOP(
            "Problems",
            "{file}: the key file is missing; the recovery key still opens the database",
        )
        raise KeyFileError(said(missing, file=wrapped))
    if recovery is not None:
        keys.append(recovery)
    for key in keys:
        if _opens(db_path, key):
            database_key.remember(db_path, key)
            return key
    wrong = QT_TRANSLATE_NOOP("Problems", "{file}: this passphrase does not open the database")
    raise WrongPassphrase(said(wrong, file=db_path))


def _opens(path: Path, key: bytes) -> bool:
    try:
        conn = connect(f"{path.resolve().as_uri()}?mode=ro", key, uri=True)
    except sqlite.DatabaseError:
        return False
    conn.close()
    return True


class Protected(NamedTuple):
    """A passphrase newly set: the recovery key to show once, and the backups left plain."""

    recovery: str
    backups_left: int


def check_action(db_path: Path, action: str) -> None:
    """PassphraseError unless ``action`` (set, change, remove) can be done to ``db_path``."""
    if action == "set" and is_encrypted(db_path):
        already = QT_TRANSLATE_NOOP(
            "Problems", "{file}: the database is already protected by a passphrase"
        )
        raise PassphraseError(said(already, file=db_path))
    if action != "set" and not is_encrypted(db_path):
        plain = QT_TRANSLATE_NOOP("Problems", "{file}: the database has no passphrase")
        raise PassphraseError(said(plain, file=db_path))


def set_passphrase(db_path: Path, passphrase: str) -> Protected:
    """Encrypt the database and its backups under ``passphrase``.

    A backup that cannot be rewritten now is counted in ``backups_left`` and
    encrypted when the database is next opened.
    """
    _usable(passphrase)
    check_action(db_path, "set")
    key = database_key.new_key()
    wrapped = key_file(db_path)
    database_key.write_key_file(wrapped, database_key.wrap(key, passphrase))
    try:
        convert(db_path, None, key)
    except BaseException:
        wrapped.unlink(missing_ok=True)
        raise
    database_key.remember(db_path, key)
    left = 0
    for backup in _backups_to_convert(db_path, encrypted=False):
        try:
            convert(backup, None, key)
        except UserError:
            left += 1
    return Protected(database_key.recovery_text(key), left)


def change_passphrase(db_path: Path, passphrase: str) -> None:
    """Let ``passphrase`` open the (unlocked) database instead of the old one.

    The database key stays: the backups and the recovery key still open with it.
    """
    _usable(passphrase)
    key = _unlocked_key(db_path)
    database_key.write_key_file(key_file(db_path), database_key.wrap(key, passphrase))


def remove_passphrase(db_path: Path) -> None:
    """Decrypt the (unlocked) database and its backups, and delete the key file."""
    key = _unlocked_key(db_path)
    done: list[Path] = []
    try:
        for backup in _backups_to_convert(db_path, encrypted=True):
            convert(backup, key, None)
            done.append(backup)
        convert(db_path, key, None)
    except BaseException:
        for backup in done:  # encrypted again, as the database still is
            with suppress(UserError):
                convert(backup, None, key)
        raise
    key_file(db_path).unlink(missing_ok=True)
    database_key.forget(db_path)


def _usable(passphrase: str) -> None:
    problem = database_key.passphrase_problem(passphrase)
    if problem is not None:
        raise PassphraseError(problem)


def _unlocked_key(db_path: Path) -> bytes:
    check_action(db_path, "change")
    key = database_key.remembered(db_path)
    if key is None:
        raise RuntimeError("the database must be unlocked first")
    return key


# -- converting files ------------------------------------------------------------
def convert(path: Path, source_key: bytes | None, target_key: bytes | None) -> None:
    """Replace the database file ``path`` by a copy under ``target_key`` (None: plain).

    The copy is made with SQLCipher's export beside the file, checked, flushed
    and renamed over it; the file's journals (emptied into it first) go just
    before. On any failure the copy is deleted and ``path`` is as it was.
    """
    partial = path.with_name(path.name + CONVERTING)
    try:
        partial.unlink(missing_ok=True)  # a leftover of a conversion cut short
        create_private_file(partial)
        source = connect(path, source_key, isolation_level=None)
        try:
            source.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            version = source.execute("PRAGMA user_version").fetchone()[0]
            target = "x'" + target_key.hex() + "'" if target_key else ""
            source.execute("ATTACH DATABASE ? AS converted KEY ?", [str(partial), target])
            source.execute("SELECT sqlcipher_export('converted')").fetchall()
            source.execute(f"PRAGMA converted.user_version = {int(version)}")
            source.execute("DETACH DATABASE converted")
        finally:
            source.close()
        copy = connect(partial, target_key)
        try:
            problem = integrity_problem(copy)
        finally:
            copy.close()
        if problem is not None:
            failed = QT_TRANSLATE_NOOP("Problems", "{file}: the copy failed its check ({reason})")
            raise PassphraseError(said(failed, file=path, reason=problem))
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        for suffix in _SIDECARS:  # emptied by the checkpoint: the copy holds all of it
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        os.replace(partial, path)
    except (OSError, sqlite.Error) as err:
        partial.unlink(missing_ok=True)
        reason = os_reason(err) if isinstance(err, OSError) else str(err)
        unconverted = QT_TRANSLATE_NOOP(
            "Problems", "{file}: could not be rewritten ({reason}); nothing was changed"
        )
        raise PassphraseError(said(unconverted, file=path, reason=reason)) from err
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _backups_to_convert(db_path: Path, encrypted: bool) -> list[Path]:
    """The backups of ``db_path`` that are encrypted (or plain, ``encrypted`` False)."""
    found = []
    for backup in list_backups(db_path):
        try:
            plain = is_plain(backup.path)
        except OSError:
            continue  # gone or unreadable: the list of backups says so
        if plain != encrypted:
            found.append(backup.path)
    return found


_settled: set[Path] = set()
_settling = threading.Lock()


def encrypt_backups_once(db_path: Path, key: bytes) -> None:
    """Encrypt the backups of an encrypted database left plain (once per process).

    A setting or removal of the passphrase cut short leaves some; a backup
    that cannot be rewritten now (in use, a read-only medium) is left for the
    next start.
    """
    name = Path(os.path.abspath(db_path))
    with _settling:
        if name in _settled:
            return
        _settled.add(name)
    if not folder_of(db_path).is_dir():
        return
    for backup in _backups_to_convert(db_path, encrypted=False):
        with suppress(UserError):
            convert(backup, None, key)


def stale_key_file(db_path: Path) -> Path | None:
    """The key file beside a plain database whose backups are all plain, which nothing needs.

    It is what a setting of the passphrase cut short before the database was
    encrypted leaves, or a removal cut short after.
    """
    found = key_file(db_path)
    if not found.is_file() or is_encrypted(db_path) or not db_path.is_file():
        return None
    if any(_not_plain(backup.path) for backup in list_backups(db_path)):
        return None
    return found
