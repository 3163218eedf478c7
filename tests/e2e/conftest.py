from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.helpers.xvfb import Xvfb


@pytest.fixture
def xvfb() -> Iterator[Xvfb]:
    display = Xvfb()
    yield display
    display.close()
