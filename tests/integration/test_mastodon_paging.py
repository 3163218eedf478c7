"""Paging against Mastodon-compatible servers whose pages hold 20 or 40 items.

Issue 19: the connector took a page shorter than the limit it asked for (80)
as the last one, so against a server capping pages at 40 a burst of 300
mentions took nine ``sync --once`` runs. A walk ends only where the server
says so: an empty page forward, a Link header without ``next`` backward.
The server's rate limit (300 requests per 5 minutes) is on throughout.
"""

from __future__ import annotations

import math
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from mastodon import Mastodon
from mastodon.errors import MastodonRatelimitError

from tests.helpers.mastodon import World

CAPS = [pytest.param(20, id="cap20"), pytest.param(40, id="cap40")]


def _messages(data_dir: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(data_dir / "cache.sqlite3") as conn:
        return conn.execute("SELECT direction, text FROM message ORDER BY id").fetchall()


@pytest.mark.parametrize("cap", CAPS)
def test_one_sync_brings_a_burst_of_300_mentions(cli, data_dir: Path, world: World, cap: int) -> None:
    server = world.server
    server.page_cap = cap
    start = datetime.now(UTC) - timedelta(days=2)
    # 70 older mentions for the history import, also paged at the cap.
    for i in range(70):
        server.post(world.bob, f"@shop older question {i}", created_at=start + timedelta(minutes=i))
    added = cli("accounts", "add", "mastodon", "--instance", world.url, "--token-stdin", "--history", "all",
                stdin=world.token + "\n")  # fmt: skip
    assert added.code == 0, added
    first = cli("sync", "--once")
    assert first.code == 0, first
    assert len(_messages(data_dir)) == 70

    # While we are away: 300 mentions (a tenth of them private) and 45
    # answers the owner wrote on the phone.
    for i in range(300):
        who = world.anna if i % 2 else world.bob
        server.post(who, f"@shop burst {i}", visibility="direct" if i % 10 == 0 else "public")
    for status in [s for s in list(server.statuses.values()) if "burst" in s.text][:45]:
        server.post(world.shop, f"@{server.accounts[status.account_id].username} on it", in_reply_to=status)
    notifications_before = server.hits("/api/v1/notifications")
    statuses_path = f"/api/v1/accounts/{world.shop.id}/statuses"
    statuses_before = server.hits(statuses_path)

    synced = cli("sync", "--once")

    assert synced.code == 0, synced
    messages = _messages(data_dir)
    assert sum(1 for d, t in messages if d == "in" and "burst" in t) == 300
    assert sum(1 for d, t in messages if d == "out" and "on it" in t) == 45
    assert "345 new message(s)" in synced.out
    # Efficient: one request per page of the cap, and one empty page that says "caught up".
    assert server.hits("/api/v1/notifications") - notifications_before == math.ceil(300 / cap) + 1
    assert server.hits(statuses_path) - statuses_before == math.ceil(45 / cap) + 1
    assert server.rate_limited == []
    quiet = cli("sync", "--once")
    assert quiet.code == 0 and "0 new message(s)" in quiet.out


@pytest.mark.parametrize("cap", CAPS)
def test_a_burst_after_a_quiet_first_sync_is_not_cut_to_one_page(cli, data_dir: Path, world: World, cap: int) -> None:
    # Nothing at all at the first sync: the next one must not count as "first"
    # again (newest page only, history already done) and drop the rest.
    world.server.page_cap = cap
    cli("accounts", "add", "mastodon", "--instance", world.url, "--token-stdin", stdin=world.token + "\n")
    assert cli("sync", "--once").code == 0
    for i in range(100):
        world.server.post(world.bob, f"@shop first words {i}")
    synced = cli("sync", "--once")
    assert synced.code == 0, synced
    assert len(_messages(data_dir)) == 100


def test_the_rate_limit_is_the_one_mastodon_documents(world: World) -> None:
    """Mastodon.py (a client we did not write) pages our server the way it
    pages Mastodon, and reads its 429 as Mastodon's."""
    server = world.server
    server.page_cap = 40
    for i in range(130):
        server.post(world.anna, f"@shop hello {i}")
    api = Mastodon(access_token=world.token, api_base_url=world.url, ratelimit_method="throw", version_check_mode="none")
    first = api.notifications(types=["mention"], limit=80)
    assert len(first) == 40  # this server's cap, not the 80 asked for
    everything = api.fetch_remaining(first)
    assert len(everything) == 130
    assert len({n["id"] for n in everything}) == 130

    server.rate_limit = server.rate_used[world.token][1] + 2
    api.notifications(limit=5)
    api.notifications(limit=5)
    with pytest.raises(MastodonRatelimitError):
        api.notifications(limit=5)
    assert server.rate_limited == ["/api/v1/notifications"]
    assert api.ratelimit_remaining == 0
