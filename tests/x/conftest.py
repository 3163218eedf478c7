from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.helpers.x import XWorld, make_x_world
from tests.servers.xspec import SUBSET


@pytest.fixture
def xworld(request: pytest.FixtureRequest) -> Iterator[XWorld]:
    # Indirect parameter "subset": check against our own description even
    # where X's official file is present (it is what CI checks against).
    w = make_x_world(spec=SUBSET if getattr(request, "param", None) == "subset" else None)
    yield w
    w.server.stop()
    # Every exchange in every test must be valid against X's OpenAPI description.
    assert w.server.violations == [], "\n".join(w.server.violations)
