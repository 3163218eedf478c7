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


# -- what is left out without X's official OpenAPI file ---------------------------------

_left_out: list[int] = []


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Without X's own file (``../shared/specs/x/``, see tests/servers/
    xspec.py) the checks against it are not collected; say so after the run."""
    from tests.servers.xspec import official_spec

    spec_tests = [i for i in items if i.nodeid.startswith("tests/x/test_x_spec_subset.py")]
    if official_spec() is not None or not spec_tests:
        return
    # Each check parametrised over the specs has an "official" twin, and
    # test_the_subset_is_faithful_to_x_official_file exists only with the file.
    twins = sum(1 for i in spec_tests if getattr(i, "callspec", None) and i.callspec.params.get("spec") == SUBSET)
    _left_out.append(twins + 1)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    from tests.servers.xspec import SPEC_NAME

    for count in _left_out:
        terminalreporter.write_line(
            f"tests/x: {count} tests against X's official OpenAPI description left out: {SPEC_NAME} is not in"
            " ../shared/specs/x/ (X's Developer Agreement does not allow carrying it in this repository);"
            " the same checks ran against tests/servers/x_api_subset.yaml",
            yellow=True,
            bold=True,
        )
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
