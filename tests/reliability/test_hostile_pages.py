"""A page with hostile records syncs the rest, through the local servers.

The servers answer real pages in which some records are mangled (the
``mutate`` fault), or whole answers that cannot be decoded (nesting deeper
than Python recurses, lone surrogates, NaN): the good records are stored,
the bad ones are counted as skipped, a bad page is a typed failure that the
next sync recovers from, and nothing crashes.
"""

from __future__ import annotations

import copy
import sqlite3
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from desktop_inbox.connectors.x.auth import TokenSet
from desktop_inbox.connectors.x.connector import MENTIONS, XConnector
from desktop_inbox.errors import MalformedResponse
from desktop_inbox.secrets import Secrets
from desktop_inbox.services.accounts import AccountService
from desktop_inbox.store.db import Cache
from desktop_inbox.sync.backoff import Backoff
from desktop_inbox.sync.engine import SyncEngine
from tests.helpers.mastodon import World
from tests.helpers.x import CLIENT_ID, XWorld, make_x_world

DEEP = b"[" * 50_000 + b"]" * 50_000


def mangle_some(items: Any, bad: dict[int, Any]) -> Any:
    """Replace the items at ``bad``'s positions (callables get the item)."""
    out = copy.deepcopy(items)
    for i, how in bad.items():
        if i < len(out):
            out[i] = how(out[i]) if callable(how) else how
    return out


def _set(path: list[str], value: Any):  # type: ignore[no-untyped-def]
    def change(item: Any) -> Any:
        node = item
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value
        return item

    return change


@pytest.fixture
async def engine(data_dir: Path) -> AsyncIterator[tuple[Cache, SyncEngine, AccountService]]:
    cache = Cache(data_dir)
    secrets = Secrets()
    engine = SyncEngine(cache=cache, secrets=secrets, backoff=Backoff(base=0.05, cap=0.2, minimum=0.01), once_retries=1)
    yield cache, engine, AccountService(cache, secrets)
    await engine.shutdown()
    cache.close()


async def test_mastodon_page_with_hostile_records_keeps_the_rest(world: World, engine, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    _cache, sync, accounts = engine
    ids = [world.server.post(world.anna if i % 2 else world.bob, f"@shop question {i}").id for i in range(12)]
    await accounts.add_mastodon_token(world.url, world.token, history="all")
    bad = {
        1: _set(["status", "account"], "not an account"),
        3: _set(["status", "created_at"], "9999-12-31T23:59:59-14:00"),
        5: _set(["status", "id"], {"nested": ["id"]}),
        7: _set(["status", "content"], ["<p>", 5]),
        9: 42,  # not even an object
    }
    # Notifications come newest first: positions count from the newest.
    mangled = {ids[-1 - i] for i in (1, 3, 5, 7)}
    world.server.inject("mutate", method="GET", path="/api/v1/notifications", count=1000,
                        transform=lambda body: mangle_some(body, bad))
    world.server.inject("mutate", method="GET", path=r"/api/v1/statuses/\d+/context", count=1000,
                        transform=lambda body: {"ancestors": [{"id": "\ud800"}, None], "descendants": "x"})
    [result] = await sync.sync_once()
    assert result.ok, result.error
    assert result.skipped >= 4
    stored = _stored(data_dir)
    assert stored >= set(ids) - mangled - {ids[-1 - 9]}
    assert not stored & mangled

    # Whole answers that cannot be read: typed failures, then recovery.
    world.server.clear_faults()
    for raw in (DEEP, b'[{"id": "1", "type": "mention", "status": {"id": NaN}}]', b"\xff\xfe not utf-8",
                b'{"unterminated": "\\ud800'):
        world.server.inject("mutate", method="GET", path="/api/v1/notifications", count=1000,
                            transform=lambda body, raw=raw: raw)
        newer = world.server.post(world.anna, "@shop one more")
        [failed] = await sync.sync_once()
        if b"NaN" in raw:  # valid to Python's JSON: one unreadable record
            assert failed.ok and failed.skipped == 1, failed
        else:
            assert not failed.ok and "not valid JSON" in failed.error, (raw[:20], failed)
        world.server.clear_faults()
        [recovered] = await sync.sync_once()
        assert recovered.ok, recovered.error
        if b"NaN" not in raw:  # (a skipped record is skipped for good: its page was stored)
            assert newer.id in _stored(data_dir), (raw[:20], recovered)


def _stored(data_dir: Path) -> set[str]:
    conn = sqlite3.connect(data_dir / "cache.sqlite3")
    try:
        return {r[0] for r in conn.execute("SELECT remote_id FROM message WHERE direction = 'in'")}
    finally:
        conn.close()


@pytest.fixture
async def xworld_connector() -> AsyncIterator[tuple[XWorld, XConnector]]:
    xworld = make_x_world()
    tokens = TokenSet.from_token_response(
        xworld.server.issue_tokens(xworld.shop, CLIENT_ID), client_id=CLIENT_ID, now=datetime.now(UTC)
    )

    async def save(credentials: dict) -> None:  # type: ignore[type-arg]
        pass

    connector = XConnector(base_url=xworld.url, tokens=tokens, save_credentials=save)
    await connector.verify()
    yield xworld, connector
    await connector.aclose()
    xworld.server.stop()


async def test_x_page_with_hostile_records_keeps_the_rest(xworld_connector) -> None:  # type: ignore[no-untyped-def]
    xworld, connector = xworld_connector
    s = xworld.server
    posted = [s.post(xworld.anna if i % 2 else xworld.bob, f"@shop question {i}").id for i in range(8)]

    def mangle(body: Any) -> Any:
        body = copy.deepcopy(body)
        data = body.get("data") or []
        if len(data) >= 4:
            data[0]["author_id"] = "99999999"  # nobody in the includes
            data[1]["created_at"] = "0001-01-01T00:00:00+14:00"
            data[2]["text"] = {"text": "nested"}
            data[3] = "not a post"
        body.setdefault("includes", {})["users"] = [*body.get("includes", {}).get("users", []), {"id": "\ud800"}, 7]
        return body

    s.inject("mutate", method="GET", path=r"/2/users/\d+/mentions", count=1000, transform=mangle)
    page = await connector.fetch(MENTIONS, None, since=None)
    got = {p.remote_id for p in page.posts}
    assert len(page.skipped) >= 3
    assert len(got) >= len(posted) - 4 and got <= set(posted)
    s.clear_faults()
    s.inject("mutate", method="GET", path=r"/2/users/\d+/mentions", count=1, transform=lambda body: DEEP)
    with pytest.raises(MalformedResponse):
        await connector.fetch(MENTIONS, None, since=None)
