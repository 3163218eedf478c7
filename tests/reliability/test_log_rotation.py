"""The log file rotates as ``logging.handlers.RotatingFileHandler`` did (the
app's own handler does it without loading ``logging.handlers``): past its
size the file moves to ``.1``, ``.1`` to ``.2`` and so on, the oldest goes."""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_inbox.logging_setup import LogFile


@pytest.fixture
def logger(tmp_path: Path) -> Iterator[tuple[logging.Logger, LogFile]]:
    handler = LogFile(tmp_path / "app.log")
    handler.MAX_BYTES = 1_000  # (instead of 2 MB)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log = logging.getLogger(f"test-rotation-{tmp_path.name}")
    log.propagate = False
    log.setLevel(logging.INFO)
    log.addHandler(handler)
    yield log, handler
    log.removeHandler(handler)
    handler.close()


def test_the_log_rotates_past_its_size_and_keeps_three_old_files(tmp_path: Path, logger) -> None:  # type: ignore[no-untyped-def]
    log, handler = logger
    for n in range(200):
        log.info("line %03d %s", n, "x" * 40)
    handler.flush()
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["app.log", "app.log.1", "app.log.2", "app.log.3"]
    assert all((tmp_path / name).stat().st_size < 1_000 for name in files)
    newest = (tmp_path / "app.log").read_text(encoding="utf-8").splitlines()
    previous = (tmp_path / "app.log.1").read_text(encoding="utf-8").splitlines()
    assert newest[-1].startswith("line 199")
    # Nothing lost between the two newest files: .1 ends where the log begins.
    assert int(previous[-1].split()[1]) + 1 == int(newest[0].split()[1])
    # The oldest kept file is older than .1.
    oldest = (tmp_path / "app.log.3").read_text(encoding="utf-8").splitlines()
    assert int(oldest[-1].split()[1]) < int(previous[0].split()[1])


def test_the_file_opens_at_the_first_record(tmp_path: Path) -> None:
    handler = LogFile(tmp_path / "later.log")
    try:
        assert not (tmp_path / "later.log").exists()
        handler.emit(logging.LogRecord("x", logging.INFO, __file__, 1, "first", None, None))
        handler.flush()
        assert (tmp_path / "later.log").read_text(encoding="utf-8") == "first\n"
    finally:
        handler.close()


def test_logging_to_the_file_loads_no_logging_handlers(tmp_path: Path) -> None:
    code = (
        "import logging, sys\n"
        "from pathlib import Path\n"
        "from desktop_inbox import logging_setup\n"
        f"logging_setup.setup(data_dir=Path({str(tmp_path)!r}), stderr=False)\n"
        "logging.getLogger('x').info('hello')\n"
        "print('logging.handlers' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["False"]
    assert "hello" in logging_setup_file(tmp_path).read_text(encoding="utf-8")


def logging_setup_file(data_dir: Path) -> Path:
    from desktop_inbox.logging_setup import log_file

    return log_file(data_dir)
