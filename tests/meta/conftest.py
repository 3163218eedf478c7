from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.helpers.graph import MetaWorld, make_meta_world
from tests.ui.conftest import make_ui, qloop  # noqa: F401  (the sign-in page test's app)


@pytest.fixture(params=[20, 40], ids=["page20", "page40"])
def meta(request: pytest.FixtureRequest) -> Iterator[MetaWorld]:
    """The Graph server with at most 20 or 40 items a page; every answer it
    gives must have the documented shape (``graph_shapes.json``)."""
    world = make_meta_world(page_cap=request.param)
    yield world
    world.server.stop()
    assert world.server.violations == [], "\n".join(world.server.violations)
