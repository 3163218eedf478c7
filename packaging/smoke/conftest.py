"""Fixtures for the built app's smoke test (.ci/package-smoke.sh runs it).

Not part of the main test run: it needs the app that packaging/build.sh
built, and fails (never skips) when there is none.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.keyring_session import KeyringSession
from tests.helpers.xvfb import Xvfb

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def built_app() -> Path:
    path = Path(os.environ.get("DESKTOP_INBOX_APP", ROOT / "dist" / "desktop-inbox" / "desktop-inbox"))
    if not os.access(path, os.X_OK):
        pytest.fail(f"no built app at {path}: run bash packaging/build.sh first", pytrace=False)
    return path


@pytest.fixture(scope="session")
def build_python() -> Path:
    """The build venv's Python: the project installed there as a wheel."""
    path = ROOT / "build" / "venv" / "bin" / "python"
    if not path.exists():
        pytest.fail(f"no build venv at {path}: run bash packaging/build.sh first", pytrace=False)
    return path


@pytest.fixture(scope="session")
def keyring_env() -> Iterator[dict[str, str]]:
    """A real Secret Service on a private D-Bus session, as in the main tests."""
    session = KeyringSession()
    yield dict(os.environ, **session.env)
    session.close()


@pytest.fixture
def xvfb() -> Iterator[Xvfb]:
    display = Xvfb()
    yield display
    display.close()
