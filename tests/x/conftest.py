from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime

import pytest

from desktop_inbox.connectors.x.auth import TokenSet
from desktop_inbox.connectors.x.connector import XConnector
from tests.helpers.x import CLIENT_ID, XWorld, make_x_world
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


@pytest.fixture
async def connector(xworld: XWorld) -> AsyncIterator[XConnector]:
    tokens = TokenSet.from_token_response(
        xworld.server.issue_tokens(xworld.shop, CLIENT_ID), client_id=CLIENT_ID, now=datetime.now(UTC)
    )
    saved: list[dict] = []

    async def save(credentials: dict) -> None:
        saved.append(credentials)

    c = XConnector(base_url=xworld.url, tokens=tokens, save_credentials=save)
    c.saved = saved  # type: ignore[attr-defined]
    await c.verify()
    yield c
    await c.aclose()
