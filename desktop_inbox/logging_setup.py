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


class LogFile(logging.Handler):
    """The log file, rotated at 2 MB (three old ones kept): a
    ``RotatingFileHandler`` made at the first record it is given. A command
    that logs nothing neither opens the file nor imports ``logging.handlers``
    (with ``socket`` and ``pickle``: milliseconds of every command)."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            import logging.handlers

            try:
                self._file = logging.handlers.RotatingFileHandler(
                    self.path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
                )
            except OSError:
                self.handleError(record)
                return
        # (The filters and the level were applied by this handler's handle(), under its lock.)
        self._file.setFormatter(self.formatter)
        self._file.emit(record)

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


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
