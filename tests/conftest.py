from __future__ import annotations

import gc
import io
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.keyring_session import KeyringSession
from tests.helpers.mastodon import World, make_world

# Qt tests run without a display unless a test starts Xvfb itself.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_keyring: KeyringSession | None = None


def pytest_configure(config: pytest.Config) -> None:
    # As in the app (ui/gc_guard.py): garbage is collected on the main thread
    # only, between tests, so a Qt object left from a UI test is never freed by
    # a server thread of a later test (a dangling Qt timer crashes the loop).
    gc.disable()
    # Before anything imports keyring: the whole run uses the real Secret
    # Service, in-process and in every subprocess.
    global _keyring
    _keyring = KeyringSession()
    os.environ.update(_keyring.env)


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item: pytest.Item) -> None:
    gc.collect()


def pytest_unconfigure(config: pytest.Config) -> None:
    if _keyring is not None:
        _keyring.close()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def world() -> Iterator[World]:
    w = make_world()
    yield w
    w.server.stop()


class CliResult:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code = code
        self.out = out
        self.err = err

    def __repr__(self) -> str:
        return f"CliResult({self.code}, out={self.out!r}, err={self.err!r})"


@pytest.fixture
def cli(data_dir: Path, monkeypatch: pytest.MonkeyPatch):
    """Run the command line in this process (``stdin`` text optional)."""
    from desktop_inbox import cli as cli_module

    def run(*args: str, stdin: str = "") -> CliResult:
        out, err = io.StringIO(), io.StringIO()
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = cli_module.run([*args, "--data-dir", str(data_dir)], out=out, err=err)
        return CliResult(code, out.getvalue(), err.getvalue())

    return run


@pytest.fixture
def cli_process(data_dir: Path):
    """Run ``python -m desktop_inbox`` as a real process."""

    def run(*args: str, stdin: str = "", timeout: float = 120) -> CliResult:
        proc = subprocess.run(
            [sys.executable, "-m", "desktop_inbox", *args, "--data-dir", str(data_dir)],
            input=stdin,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        return CliResult(proc.returncode, proc.stdout, proc.stderr)

    return run


@pytest.fixture(scope="session")
def qapp(qapp_args, qapp_cls):  # type: ignore[no-untyped-def]
    """pytest-qt's application, with the translators the app installs at
    start (English plural forms: "1 reply", "3 replies")."""
    from PySide6.QtWidgets import QApplication

    from desktop_inbox.ui import i18n

    app = QApplication.instance() or qapp_cls(qapp_args)
    i18n.install(app, "en")
    return app
