from __future__ import annotations

import gc
import io
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop_inbox.store.db import Cache
from tests.helpers.keyring_session import KeyringSession
from tests.helpers.mastodon import World, make_world
from tests.helpers.postgres import PgServer, running_cluster

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
    # keyring chosen now, before collecting the tests: test modules that
    # subclass its Secret Service backend (tests/integration/test_keyring_hiccup.py)
    # would otherwise make it choose a chain of them, in some orders.
    import keyring

    keyring.get_keyring()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """A failure during which the test keyring's daemon died says so (see
    tests/helpers/keyring_session.py)."""
    outcome = yield
    report = outcome.get_result()
    if report.failed and _keyring is not None:
        before, now = _keyring.pid, _keyring.daemon_pid()
        if now != before:
            report.sections.append(
                ("test keyring", f"gnome-keyring-daemon {before} died during this test; now {now} answers")
            )
            _keyring.pid = now


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item: pytest.Item) -> None:
    gc.collect()


def pytest_unconfigure(config: pytest.Config) -> None:
    if _keyring is not None:
        _keyring.close()


@pytest.fixture
def keyring_session() -> KeyringSession:
    """The run's keyring (its ``default`` alias on the in-memory collection;
    see tests/helpers/keyring_session.py)."""
    assert _keyring is not None
    return _keyring


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


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """A private PostgreSQL cluster for the whole run (started on first use)."""
    with running_cluster() as server:
        yield server


@pytest.fixture(scope="session")
def pg_template(pg_server: PgServer, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A database migrated once, that each test's team database copies."""
    from desktop_inbox.store.pg.cache import TeamCache

    name = pg_server.new_database()
    TeamCache(tmp_path_factory.mktemp("pg-template"), pg_server.params(name)).close()
    return name


@pytest.fixture
def team_db(pg_server: PgServer, pg_template: str) -> Iterator[dict[str, object]]:
    """psycopg's parameters of a fresh, migrated team database."""
    name = pg_server.new_database(template=pg_template)
    yield pg_server.params(name)
    pg_server.drop_database(name)


@pytest.fixture(params=["sqlite", "postgres"])
def open_cache(request: pytest.FixtureRequest) -> Callable[[Path], Cache]:
    """Opens the store on each backend in turn: the local SQLite cache, and a
    fresh team database on the tests' own PostgreSQL."""
    if request.param == "sqlite":
        return Cache
    from desktop_inbox.store.pg.cache import TeamCache

    params = request.getfixturevalue("team_db")
    return lambda data_dir: TeamCache(data_dir, params)
