"""The Instagram connector against the Graph server, on a simulated clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from desktop_inbox.connectors.instagram.connector import InstagramConnector
from desktop_inbox.connectors.meta.direct import DIRECT_MESSAGES, DM_HISTORY
from desktop_inbox.connectors.meta.tokens import MetaToken
from desktop_inbox.errors import NeedsSignIn
from desktop_inbox.records import Page
from tests.helpers.graph import APP_ID, MetaWorld, make_meta_world
from tests.helpers.x import FakeClock
from tests.servers.graph import graph_error

START = datetime(2026, 9, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def world(clock: FakeClock) -> Iterator[MetaWorld]:
    w = make_meta_world(page_cap=20, clock=clock)
    yield w
    w.server.stop()
    assert w.server.violations == []


def connector(world: MetaWorld, clock: FakeClock, saved: list[dict[str, Any]], token: str | None = None,
              obtained: datetime | None = None) -> InstagramConnector:
    async def save(credentials: dict[str, Any]) -> None:
        saved.append(credentials)

    value = token or world.token(world.shop)
    return InstagramConnector(
        token=MetaToken(value, APP_ID, expires_at=(obtained or clock.now) + timedelta(days=60),
                        obtained_at=obtained or clock.now),
        base_url=world.url, save_credentials=save, clock=clock,
    )


async def test_the_token_is_renewed_ten_days_in_and_saved_before_use(world: MetaWorld, clock: FakeClock) -> None:
    saved: list[dict[str, Any]] = []
    ig = connector(world, clock, saved)
    try:
        await ig.verify()
        clock.advance(9 * 86400)  # 51 days left: not yet
        await ig.fetch(DIRECT_MESSAGES, None, since=None)
        assert world.server.refreshes == 0
        clock.advance(2 * 86400)  # 49 days left
        await ig.fetch(DIRECT_MESSAGES, None, since=None)
        assert world.server.refreshes == 1
        [credentials] = saved
        assert credentials["access_token"] == ig.keeper.current.access_token
        assert credentials["expires_at"] == (clock.now + timedelta(days=60)).timestamp()
        # The old token is gone on this server: the calls after the renewal used the new one.
        assert world.server.world.tokens[credentials["access_token"]].subject == world.shop.id
    finally:
        await ig.aclose()


async def test_a_failed_renewal_waits_while_the_token_lives_and_says_so_once_dead(
    world: MetaWorld, clock: FakeClock
) -> None:
    saved: list[dict[str, Any]] = []
    ig = connector(world, clock, saved)
    try:
        await ig.verify()
        clock.advance(20 * 86400)
        world.server.answer_next("GET", "/refresh_access_token", graph_error(2, "Service temporarily unavailable"))
        page = await ig.fetch(DIRECT_MESSAGES, None, since=None)  # renewal failed, the sync goes on
        assert isinstance(page, Page) and world.server.refreshes == 0 and saved == []
        await ig.fetch(DIRECT_MESSAGES, None, since=None)  # tried again, and it works now
        assert world.server.refreshes == 1
    finally:
        await ig.aclose()
    dead: list[dict[str, Any]] = []
    ig = connector(world, clock, dead, obtained=clock.now - timedelta(days=61))
    try:
        with pytest.raises(NeedsSignIn, match="expired"):
            await ig.fetch(DIRECT_MESSAGES, None, since=None)
    finally:
        await ig.aclose()


async def test_new_messages_follow_the_conversation_list_without_gaps(world: MetaWorld, clock: FakeClock) -> None:
    w = world.server.world
    anna, bob = world.anna, world.bob
    w.message(anna, world.shop, "first", at=START - timedelta(hours=1))
    ig = connector(world, clock, [])
    try:
        await ig.verify()
        first = await ig.fetch(DIRECT_MESSAGES, None, since=None)
        assert first.posts == [] and first.exhausted  # the history import reads what was there
        history = await ig.fetch(DM_HISTORY, None, since=None)
        assert [p.text for p in history.posts] == ["first"]
        # Two conversations updated in the same second, one of them the one already seen.
        clock.advance(60)
        w.message(bob, world.shop, "same second 1", at=clock.now)
        w.message(anna, world.shop, "same second 2", at=clock.now)
        page = await ig.fetch(DIRECT_MESSAGES, first.cursor, since=None)
        assert sorted(p.text for p in page.posts if p.text.startswith("same")) == ["same second 1", "same second 2"]
        # A message in that very second changes no time in the list: still found.
        w.message(world.bob, world.shop, "later, same second as before", at=clock.now)
        late = await ig.fetch(DIRECT_MESSAGES, page.cursor, since=None)
        assert "later, same second as before" in [p.text for p in late.posts]
        clock.advance(600)  # once no new message can carry that second, nothing is read again
        calls = world.server.calls
        again = await ig.fetch(DIRECT_MESSAGES, late.cursor, since=None)
        assert again.posts == [] and world.server.calls - calls == 1
    finally:
        await ig.aclose()
