"""Paging against an X whose pages hold 20 or 40 items (issue 19).

X's own pages may hold fewer than ``max_results`` ("result_count may be less
than max_results"); only ``meta.next_token`` says there is more. One
``sync --once`` must bring in a whole burst, within X's rate limits (on in
the local server, as X documents them), and every exchange stays valid
against X's OpenAPI description (the ``xworld`` fixture checks it).
"""

from __future__ import annotations

import asyncio
import math
from pathlib import Path

import pytest

from desktop_inbox.store.db import Cache
from desktop_inbox.store.schema import database
from tests.helpers.x import XWorld
from tests.x.test_x_cli import add_account, sync

CAPS = [pytest.param(20, id="cap20"), pytest.param(40, id="cap40")]


def counts(data_dir: Path) -> dict[str, int]:
    """Inbound messages in the cache by conversation kind."""
    cache = Cache(data_dir)
    sql = """SELECT c.kind, count(*) FROM message m JOIN conversation c ON c.id = m.conversation_id
             WHERE m.direction = 'in' GROUP BY c.kind"""
    try:
        return dict(asyncio.run(cache.read(lambda: database.execute_sql(sql).fetchall())))
    finally:
        cache.close()


@pytest.mark.parametrize("cap", CAPS)
def test_one_sync_brings_a_burst_of_300_mentions(cli, data_dir: Path, xworld: XWorld, cap: int) -> None:
    s = xworld.server
    s.page_cap = cap
    s.post(xworld.anna, "@shop before the burst")
    add_account(cli, xworld)
    sync(cli)
    for i in range(300):
        s.post(xworld.bob if i % 2 else xworld.carol, f"@shop burst {i}")
    mentions = f"/2/users/{xworld.shop.id}/mentions"
    before = s.hits(mentions)

    out = sync(cli)

    assert counts(data_dir)["public"] == 301
    assert "300 new message(s)" in out
    # One request per page; the few newest re-read for late-indexed posts fit in them.
    assert s.hits(mentions) - before <= math.ceil((300 + 5) / cap)
    assert s.rate_limited == []


@pytest.mark.parametrize("cap", CAPS)
def test_a_burst_after_a_quiet_first_sync_arrives_whole(cli, data_dir: Path, xworld: XWorld, cap: int) -> None:
    # No mention and no direct message at the first sync: the next sync must
    # not count as the first again (newest page only) and lose the rest.
    s = xworld.server
    s.page_cap = cap
    add_account(cli, xworld)
    sync(cli)
    for i in range(130):
        s.post(xworld.anna, f"@shop hello {i}")
    for i in range(70):
        s.send_dm(xworld.bob if i % 2 else xworld.carol, xworld.shop, f"private {i}")

    sync(cli)

    assert counts(data_dir) == {"public": 130, "direct": 70}
    assert s.rate_limited == []


@pytest.mark.parametrize("cap", CAPS)
def test_one_sync_brings_a_burst_of_direct_messages_within_the_budget(
    cli, data_dir: Path, xworld: XWorld, cap: int
) -> None:
    # X allows 15 direct-message reads per 15 minutes: a catch-up spends
    # them page after page, not one page per 90-second polling slot.
    s = xworld.server
    s.page_cap = cap
    s.send_dm(xworld.anna, xworld.shop, "before")
    add_account(cli, xworld)
    sync(cli)
    for i in range(200):
        s.send_dm(xworld.bob if i % 2 else xworld.carol, xworld.shop, f"burst {i}")
    before = s.hits("/2/dm_events")

    out = sync(cli)

    assert counts(data_dir)["direct"] == 201
    assert "wait for the platform's rate limit" not in out
    assert s.hits("/2/dm_events") - before == math.ceil(201 / cap)
    assert s.rate_limited == []
