from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.helpers.x import XWorld, make_x_world


@pytest.fixture
def xworld() -> Iterator[XWorld]:
    w = make_x_world()
    yield w
    w.server.stop()
    # Every exchange in every test must be valid against X's OpenAPI description.
    assert w.server.violations == [], "\n".join(w.server.violations)
