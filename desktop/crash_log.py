"""The log of what went wrong: failures of background work and crashes, with their tracebacks.

It lives in the data folder (``logs/gcm-review.log``, three files of 1 MB at
most, readable by their owner only) and is written only when something
fails. It never holds the text of answers: a failure is logged as its type,
its traceback (files, lines, functions) and, for faults of the disk and of
SQLite, their own message; the messages of other exceptions may quote an
answer, so they are left out.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

# logging and traceback are imported when something fails: the first window needs neither.
if TYPE_CHECKING:
    import logging
    from collections.abc import Callable
    from types import TracebackType

from desktop.private_files import PRIVATE_FILE, narrow_mode, private_folder

LOG_FOLDER = "logs"
LOG_FILE = "gcm-review.log"
FAULTS_FILE = "fatal-errors.log"
_MAX_BYTES = 1 << 20
_KEPT = 3
_lock = threading.Lock()
_logger: logging.Logger | None = None
_faults_file: Any = None


def log_folder() -> Path:
    """Where the log files are: ``logs`` in the application's data folder."""
    from desktop.paths import user_data_dir

    return user_data_dir() / LOG_FOLDER


def log_path() -> Path:
    """The current log file."""
    return log_folder() / LOG_FILE


def _get_logger() -> logging.Logger:
    import logging
    from logging.handlers import RotatingFileHandler

    global _logger
    with _lock:
        if _logger is None:
            logger = logging.getLogger("gcm-review")
            logger.propagate = False
            logger.setLevel(logging.INFO)
            try:
                private_folder(log_folder(), narrow=True)
                handler: logging.Handler = RotatingFileHandler(
                    log_path(), maxBytes=_MAX_BYTES, backupCount=_KEPT, encoding="utf-8"
                )
                narrow_mode(log_path(), PRIVATE_FILE)
            except OSError:  # no log file can be written (a full disk): stderr only
                handler = logging.StreamHandler(sys.stderr)
            handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
            logger.addHandler(handler)
            _logger = logger
        return _logger


def describe_failure(err: BaseException) -> str:
    """An exception as the log keeps it: its type, and its message only when it holds no text.

    Faults of the disk and of SQLite describe the fault; any other message may
    quote what someone typed.
    """
    from desktop.sqlite_engine import sqlite

    name = type(err).__name__
    if isinstance(err, OSError):
        return f"{name}: [errno {err.errno}] {err.strerror or ''}".rstrip()
    if isinstance(err, sqlite.Error):
        return f"{name}: {err}"
    return name


def _frames(tb: TracebackType | None) -> str:
    import traceback

    summary = traceback.extract_tb(tb)
    return "".join(f'  File "{f.filename}", line {f.lineno}, in {f.name}\n' for f in summary)


def log_exception(what: str, err: BaseException) -> Path:
    """Log that ``what`` failed with ``err`` (with its traceback); returns the log file."""
    chain: list[str] = []
    current: BaseException | None = err
    while current is not None and len(chain) < 5:
        chain.append(f"{describe_failure(current)}\n{_frames(current.__traceback__)}")
        current = current.__cause__ or current.__context__
    _get_logger().error("%s failed: %s", what, "caused by ".join(chain).rstrip())
    for handler in _get_logger().handlers:
        handler.flush()
    return log_path()


def install(on_crash: Callable[[Path, str], object] | None = None) -> None:
    """Log what escapes every thread, and fatal errors (``faulthandler``), to the log folder.

    ``on_crash(log file, kind)`` is told of each crash, on the failing thread (the
    window then shows a dialog with the log's path).
    """
    global _faults_file

    def hook(kind: type[BaseException], err: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, err, tb)
            return
        err.__traceback__ = tb
        where = log_exception("the application", err)
        print(f"error: an unexpected problem ({kind.__name__}); details: {where}", file=sys.stderr)
        if on_crash is not None:
            on_crash(where, kind.__name__)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else "a thread"
        where = log_exception(f"the thread {name!r}", args.exc_value)
        if on_crash is not None:
            on_crash(where, args.exc_type.__name__)

    sys.excepthook = hook
    threading.excepthook = thread_hook
    import faulthandler

    if _faults_file is not None:  # a second window in the same process: already on
        return
    try:
        private_folder(log_folder(), narrow=True)
        path = log_folder() / FAULTS_FILE
        _faults_file = open(path, "a", encoding="utf-8")  # noqa: SIM115 (kept open for crashes)
        narrow_mode(path, PRIVATE_FILE)
        faulthandler.enable(_faults_file)
        import atexit

        atexit.register(_close_faults_file)
    except OSError:
        faulthandler.enable()


def _close_faults_file() -> None:
    import faulthandler

    faulthandler.disable()
    if _faults_file is not None:
        _faults_file.close()
