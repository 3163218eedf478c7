"""Logging with one rule above all: no secret ever reaches a log line."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from pathlib import Path

from desktop_inbox.text.redact import scrub
from desktop_inbox.text.untrusted import escaped


class ScrubFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        # No secret, and no control character a viewer of the log would obey.
        clean = escaped(scrub(message))
        if record.exc_info and record.exc_info[1] is not None:
            # Format the traceback now, scrubbed, so the handler does not.
            formatter = logging.Formatter()
            record.exc_text = scrub(formatter.formatException(record.exc_info))
            record.exc_info = None
        if clean != message or record.args:
            record.msg = clean
            record.args = None
        return True


class LogFile(logging.FileHandler):
    """The log file, rotated as ``logging.handlers.RotatingFileHandler``
    does it (at 2 MB, three old ones kept: ``.1`` the newest), opened at the
    first record it is given. Written here on the core ``FileHandler``:
    ``logging.handlers`` loads ``socket``, ``pickle`` and ``queue``, some
    milliseconds of every command and of the window's start (which logs
    before its first paint)."""

    MAX_BYTES = 2_000_000
    BACKUPS = 3

    def __init__(self, path: Path) -> None:
        super().__init__(path, encoding="utf-8", delay=True)
        self.path = path

    def emit(self, record: logging.LogRecord) -> None:
        # (The filters and the level were applied by this handler's handle(), under its lock.)
        try:
            if self.stream is None:
                self.stream = self._open()
            if self._full(record):
                self._rotate()
        except OSError:
            self.handleError(record)
            return
        super().emit(record)

    def _full(self, record: logging.LogRecord) -> bool:
        position = self.stream.tell() if self.stream is not None else 0
        if not position:
            return False
        return position + len(f"{self.format(record)}\n") >= self.MAX_BYTES and os.path.isfile(self.baseFilename)

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
        self.stream = None
        for number in range(self.BACKUPS - 1, 0, -1):
            older, oldest = f"{self.baseFilename}.{number}", f"{self.baseFilename}.{number + 1}"
            if os.path.exists(older):
                if os.path.exists(oldest):
                    os.remove(oldest)
                os.rename(older, oldest)
        newest = f"{self.baseFilename}.1"
        if os.path.exists(newest):
            os.remove(newest)
        if os.path.exists(self.baseFilename):
            os.rename(self.baseFilename, newest)
        self.stream = self._open()


def log_file(data_dir: Path) -> Path:
    return Path(data_dir) / "logs" / "desktop-inbox.log"


def setup(*, data_dir: Path | None, verbose: bool = False, stderr: bool = True) -> None:
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for handler in list(root.handlers):
        if getattr(handler, "_desktop_inbox", False):
            root.removeHandler(handler)
            handler.close()  # (the log file of an earlier setup; stderr stays open)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    handlers: list[logging.Handler] = []
    if stderr:
        h: logging.Handler = logging.StreamHandler(sys.stderr)
        h.setLevel(logging.DEBUG if verbose else logging.WARNING)
        # A record marked file_only (a bug's traceback, when the command line
        # has said it in one line) goes to the log file alone.
        h.addFilter(lambda record: not getattr(record, "file_only", False))
        handlers.append(h)
    if data_dir is not None:
        path = log_file(data_dir)
        log_dir = path.parent
        log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        # The file exists (private) from here; the handler that writes it opens at the first record.
        with contextlib.suppress(OSError):
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
        fh = LogFile(path)
        fh.setLevel(logging.DEBUG if verbose else logging.INFO)
        handlers.append(fh)
        with contextlib.suppress(OSError):
            path.chmod(0o600)
    for handler in handlers:
        handler.setFormatter(fmt)
        handler.addFilter(ScrubFilter())
        handler._desktop_inbox = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    # httpx logs every request URL at INFO; keep it at WARNING.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    # qasync logs each executor call with its arguments at DEBUG — including
    # the credentials handed to Secrets.save, before the scrubber knows them.
    logging.getLogger("qasync").setLevel(logging.INFO)
