"""Listening on Mastodon through the sync engine, against the local server:
hashtag timelines paged by their Link headers (five tags a request), the
language filter, full-text search that may or may not exist, and the rate
budget the inbox keeps."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from desktop_inbox.records import State
from desktop_inbox.secrets import Secrets
from desktop_inbox.store.db import Cache
from desktop_inbox.sync.engine import AccountResult
from tests.helpers.mastodon import World
from tests.integration.conftest import App


@pytest.fixture
async def app(data_dir: Path) -> AsyncIterator[App]:
    app = App(Cache(data_dir), Secrets())
    yield app
    await app.close()


@pytest.mark.parametrize(("cap", "requests"), [(20, 3), (40, 2)], ids=["cap20", "cap40"])
async def test_hashtag_timelines_page_through_link_headers_five_tags_a_request(
    app: App, world: World, cap: int, requests: int
) -> None:
    server = world.server
    server.page_cap = cap  # Mastodon's default page, and its maximum
    tags = [f"shoetag{n}" for n in range(7)]
    for n in range(45):
        server.post(world.anna if n % 2 else world.bob, f"Post {n} about #{tags[n % 7]}")
    server.post(world.bob, "#ShoeTag1 but private", visibility="private")
    account = await app.add(world)
    for tag in tags:
        await app.services.listening.add(f"#{tag}", account_id=account.id)

    [result] = await app.engine.sync_once()

    assert result.ok, result.error
    assert result.heard == 45
    assert len(await app.inbox.page(state=State.HEARD, limit=100)) == 45
    paths = {path for _, path in server.requests if "/timelines/tag/" in path}
    assert paths == {"/api/v1/timelines/tag/shoetag0", "/api/v1/timelines/tag/shoetag5"}  # 5 + 2 tags
    # 33 posts for the first five tags: pages of 20 (or 40), and an empty one at the end.
    assert server.hits("/api/v1/timelines/tag/shoetag0") == requests
    [again] = await app.engine.sync_once()
    assert again.heard == 0


async def test_a_terms_language_keeps_other_languages_out(app: App, world: World) -> None:
    server = world.server
    english = server.post(world.anna, "Broke my #HappyShoes", language="en")
    server.post(world.bob, "Meine #HappyShoes sind kaputt", language="de")
    unknown = server.post(world.bob, "#HappyShoes!!!")  # no language: kept
    account = await app.add(world)
    await app.services.listening.add("#HappyShoes", account_id=account.id, lang="en")

    [result] = await app.engine.sync_once()

    assert result.heard == 2
    snippets = {c.snippet for c in await app.inbox.page(state=State.HEARD)}
    assert snippets == {english.text, unknown.text}


async def test_search_on_a_server_with_full_text_search(app: App, world: World) -> None:
    server = world.server
    server.full_text_search = True
    server.accounts[world.bob.id].indexable = False  # Bob did not opt in to search
    heard = server.post(world.anna, "are zappy sandals worth it?")
    server.post(world.bob, "zappy sandals are great")
    account = await app.add(world)
    term = await app.services.listening.add('"zappy sandals"', account_id=account.id)

    [result] = await app.engine.sync_once()

    assert result.heard == 1
    assert [c.snippet for c in await app.inbox.page(state=State.HEARD)] == [heard.text]
    [stored] = await app.services.listening.terms(account.id)
    assert stored.id == term.id and "opted in" in str(stored.note) and not stored.refused


async def test_search_where_it_cannot_be_told_whether_the_server_searches(app: App, world: World) -> None:
    world.server.post(world.anna, "zappy sandals")  # invisible: no full-text search here
    account = await app.add(world)  # the shop has posted nothing to try a search with
    await app.services.listening.add("zappy", account_id=account.id)

    [result] = await app.engine.sync_once()

    assert result.ok and result.heard == 0
    [term] = await app.services.listening.terms(account.id)
    assert str(term.note).startswith("Nothing found yet") and "may offer no full-text search" in str(term.note)


async def test_listening_leaves_the_inbox_its_share_of_the_rate_limit(app: App, world: World) -> None:
    server = world.server
    server.rate_limit = 40
    mention = server.post(world.anna, "@shop where is my #HappyShoes order?")
    server.post(world.bob, "#HappyShoes are lovely")
    account = await app.add(world)
    await app.services.listening.add("#HappyShoes", account_id=account.id)
    async with httpx.AsyncClient(base_url=world.url, headers={"Authorization": f"Bearer {world.token}"}) as client:
        for _ in range(22):  # another app of the user spent more than half of the budget
            await client.get("/api/v1/accounts/verify_credentials")

    [result] = await app.engine.sync_once()

    assert result.ok and result.added == 1 and result.heard == 0
    assert [c.snippet for c in await app.inbox.page(state=State.NEEDS_REPLY)] == [mention.text]
    assert server.hits("/api/v1/timelines/tag/happyshoes") == 0
    assert any("rate budget left is kept for the inbox" in note for note in result.notes)
    assert server.rate_limited == []


async def test_a_round_waits_for_its_interval_unless_the_terms_change(app: App, world: World) -> None:
    server = world.server
    account = await app.add(world)
    await app.services.listening.add("#HappyShoes", account_id=account.id)
    [first] = await app.engine.sync_once()
    assert first.ok
    connector = await app.engine._connector(account)
    server.post(world.anna, "#HappyShoes again")

    assert await app.engine.listening.run(account, connector, AccountResult(account.id, ""), force=False) == 0
    app.services.sync.listen_soon(account.id)  # what adding a term does
    assert await app.engine.listening.run(account, connector, AccountResult(account.id, ""), force=False) == 1
    assert [c.snippet for c in await app.inbox.page(state=State.HEARD)] == ["#HappyShoes again"]


async def test_a_long_first_walk_goes_on_round_after_round(app: App, world: World) -> None:
    server = world.server
    server.page_cap = 20
    for n in range(30):
        server.post(world.anna, f"#HappyShoes number {n}")
    account = await app.add(world)
    await app.services.listening.add("#HappyShoes", account_id=account.id)
    await app.engine.sync_once()  # (once: the whole walk)
    for n in range(30, 55):
        server.post(world.bob, f"#HappyShoes number {n}")
    connector = await app.engine._connector(account)
    rounds = app.engine.listening
    rounds.pages, rounds.interval = 1, 0.0  # the app's rounds, one page each

    heard = [await rounds.run(account, connector, AccountResult(account.id, ""), force=False) for _ in range(3)]

    assert heard == [20, 5, 0]  # the walk kept its place between rounds, and ended at what was heard
    assert len(await app.inbox.page(state=State.HEARD, limit=100)) == 55
