"""Sessions against the real PDS, and direct messages on the local chat server."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from desktop_inbox.connectors.bluesky.connector import BlueskyConnector
from desktop_inbox.connectors.bluesky.xrpc import NO_DM_ACCESS, jwt_claims
from desktop_inbox.connectors.registry import ConnectorSettings, build_connector
from desktop_inbox.errors import BadInput
from desktop_inbox.records import AccountState
from desktop_inbox.services.signin.bluesky import BlueskySignIn
from desktop_inbox.store.schema import database
from tests.bluesky.conftest import App, World
from tests.helpers.bluesky_net import PASSWORD


def _later(hours: float) -> Any:
    return lambda: datetime.now(UTC) + timedelta(hours=hours)


def _refresh(world: World, refresh_jwt: str) -> httpx.Response:
    return httpx.post(
        f"{world.net.pds}/xrpc/com.atproto.server.refreshSession", headers={"Authorization": f"Bearer {refresh_jwt}"}
    )


async def test_the_session_is_refreshed_and_saved_before_it_is_used(app: App, world: World) -> None:
    account = await app.add(world)
    stored = app.secrets.load(account.secret_ref)
    assert stored["did"] == world.shop.did and stored["pds"] == world.net.pds
    saved: list[dict[str, Any]] = []
    shift = {"hours": 3.0}  # the access JWT (2 h) looks expired until the refresh

    async def save(new: dict[str, Any]) -> None:
        app.secrets.save(account.secret_ref, new)  # the real keyring
        saved.append(new)
        shift["hours"] = 0

    connector = build_connector(
        ConnectorSettings(
            platform="bluesky", base_url=account.base_url, me=None, credentials=stored, save_credentials=save,  # type: ignore[arg-type]
            extra=dict(account.extra),
        )
    )
    assert isinstance(connector, BlueskyConnector)
    connector.xrpc.clock = lambda: datetime.now(UTC) + timedelta(hours=shift["hours"])  # type: ignore[attr-defined]
    info = await connector.verify(check_chat=False)
    await connector.aclose()

    assert info.me.key == world.shop.did
    assert len(saved) == 1
    assert saved[0]["refreshJwt"] != stored["refreshJwt"]  # rotated (an access JWT made in the same second may be equal)
    assert app.secrets.load(account.secret_ref) == {**stored, **saved[0]}
    # The saved pair is the live one. (The PDS keeps the old refresh token
    # usable for a short grace period, so its revocation cannot be seen here.)
    assert _refresh(world, saved[0]["refreshJwt"]).status_code == 200


async def test_a_failed_save_stops_the_request(app: App, world: World) -> None:
    account = await app.add(world)

    async def broken(new: dict[str, Any]) -> None:
        raise OSError("the keyring is locked")

    connector = BlueskyConnector(
        pds_url=account.base_url, credentials=app.secrets.load(account.secret_ref), save_session=broken, clock=_later(3)
    )
    with pytest.raises(OSError, match="keyring"):
        await connector.verify(check_chat=False)
    await connector.aclose()


async def test_a_revoked_session_marks_the_account_needs_sign_in(app: App, world: World) -> None:
    account = await app.add(world)
    stored = app.secrets.load(account.secret_ref)
    httpx.post(
        f"{world.net.pds}/xrpc/com.atproto.server.deleteSession", headers={"Authorization": f"Bearer {stored['refreshJwt']}"}
    ).raise_for_status()
    connector = await app.engine._connector(account)
    connector.xrpc.clock = _later(3)  # type: ignore[attr-defined]

    [result] = await app.engine.sync_once()

    assert not result.ok and result.needs_sign_in
    assert "sign in to Bluesky again" in result.error
    assert stored["refreshJwt"] not in result.error and stored["accessJwt"] not in result.error
    [row] = await app.accounts.list()
    assert row.state == AccountState.NEEDS_SIGN_IN


async def test_expired_token_from_chat_is_refreshed_once_and_retried(app: App, world: World) -> None:
    account = await app.add(world)
    before = app.secrets.load(account.secret_ref)
    world.dm(world.bob, "hello?")
    # The chat service's clock runs ahead: it says ExpiredToken to the current token.
    world.chat.expired_until = jwt_claims(before["accessJwt"])["exp"]
    time.sleep(1.1)  # so that a refreshed token expires a second later

    [result] = await app.engine.sync_once()

    assert result.ok, result.error
    assert result.added == 1
    after = app.secrets.load(account.secret_ref)
    assert after["refreshJwt"] != before["refreshJwt"]
    assert jwt_claims(after["accessJwt"])["exp"] > jwt_claims(before["accessJwt"])["exp"]


async def test_a_dm_request_is_answered_once_and_new_messages_come_from_the_log(app: App, world: World) -> None:
    world.dm(world.bob, "Γειά, 你好 👋 where is order 42?")
    await app.add(world)
    [result] = await app.engine.sync_once()
    assert result.ok and result.added == 1
    [conv] = await app.inbox.page()
    detail = await app.inbox.conversation(conv.id)
    assert conv.kind == "direct" and detail.messages[0].text == "Γειά, 你好 👋 where is order 42?"
    convo = next(iter(world.chat.convos.values()))
    assert convo.status[world.shop.did] == "request"

    text = f"Γειά σου @{world.bob.handle}! 你好 👩‍👩‍👧 https://example.com/παραγγελία/42"
    await app.reply(conv.id, text)
    [sent] = await app.engine.sync_once()
    [again] = await app.engine.sync_once()

    assert sent.sent == 1 and again.sent == 0 and again.added == 0
    assert convo.status[world.shop.did] == "accepted"  # answering accepted the request
    mine = [m for m in world.messages(world.bob) if m["sender"] == world.shop.did]
    assert [m["text"] for m in mine] == [text]
    facets = {text.encode()[f["index"]["byteStart"] : f["index"]["byteEnd"]].decode(): f for f in mine[0]["facets"]}
    assert facets[f"@{world.bob.handle}"]["features"][0]["did"] == world.bob.did
    assert "https://example.com/παραγγελία/42" in facets
    assert (await app.inbox.conversation(conv.id)).summary.state == "waiting"

    world.dm(world.bob, "Ευχαριστώ!")
    [later] = await app.engine.sync_once()
    assert later.added == 1
    detail = await app.inbox.conversation(conv.id)
    assert [m.direction for m in detail.messages] == ["in", "out", "in"]
    assert [p for m, p in world.chat.requests if p.endswith("getLog")]  # incremental sync used the log


async def test_going_private_from_a_public_mention(app: App, world: World) -> None:
    world.anna.mention(world.shop, "", " my order number is wrong")
    world.net.process_all()
    await app.add(world)
    await app.engine.sync_once()
    [conv] = await app.inbox.page()

    await app.reply(conv.id, "Let's sort it out in private, Άννα.", direct=True)
    [result] = await app.engine.sync_once()

    assert result.sent == 1
    assert [m["text"] for m in world.messages(world.anna)] == ["Let's sort it out in private, Άννα."]
    assert world.shop.records() == []  # nothing public
    kinds = sorted(c.kind for c in await app.inbox.page())
    assert kinds == ["direct", "public"]


async def test_a_lost_message_response_is_found_not_sent_again(app: App, world: World) -> None:
    world.dm(world.bob, "hi")
    await app.add(world)
    await app.engine.sync_once()
    [conv] = await app.inbox.page()
    world.chat.inject("lost", method="POST", path=r"/xrpc/chat\.bsky\.convo\.sendMessage")
    await app.reply(conv.id, "Hello Bob 王")

    [result] = await app.engine.sync_once()

    assert result.sent == 1
    assert [m["text"] for m in world.messages(world.bob)] == ["hi", "Hello Bob 王"]


async def test_rate_limits_are_read_from_the_headers(app: App, world: World) -> None:
    await app.add(world)
    reset = int(time.time()) + 40
    world.chat.inject(
        "status", path=r"/xrpc/chat\.bsky\.convo\.getLog", status=429,
        headers={"RateLimit-Limit": "3000", "RateLimit-Remaining": "0", "RateLimit-Reset": str(reset)},
    )
    app.engine.max_rate_wait = 1  # do not wait 40 s in a test

    [result] = await app.engine.sync_once()

    # The chat service's limit holds back direct messages only (issue 19).
    assert result.ok and "slow down" in result.unavailable["direct_messages"]
    connector = await app.engine._connector((await app.accounts.list())[0])
    assert connector.xrpc.chat_rate.reset_at == datetime.fromtimestamp(reset, UTC)  # type: ignore[attr-defined]
    assert connector.xrpc.rate.reset_at != connector.xrpc.chat_rate.reset_at  # type: ignore[attr-defined]
    requests = len(world.chat.requests)
    [blocked] = await app.engine.sync_once()
    assert blocked.ok and "slow down" in blocked.unavailable["direct_messages"]
    assert len(world.chat.requests) == requests  # nothing sent to the chat service before the reset


async def test_sign_in_refuses_wrong_main_and_unprivileged_passwords(app: App, world: World) -> None:
    flow = BlueskySignIn(app.accounts, chat_service=world.chat.url)
    with pytest.raises(BadInput, match="did not accept"):
        await flow.sign_in(world.shop.handle, "abcd-efgh-ijkl-mnop", server=world.net.pds)
    with pytest.raises(BadInput, match="main password"):
        await flow.sign_in(world.shop.handle, PASSWORD, server=world.net.pds)
    with pytest.raises(BadInput, match="direct messages") as info:
        await flow.sign_in(world.shop.handle, world.shop.app_password("no-dms", privileged=False), server=world.net.pds)
    assert str(info.value) == NO_DM_ACCESS
    with pytest.raises(BadInput, match="not a Bluesky handle"):
        await flow.sign_in("not a handle!", world.password, server=world.net.pds)
    assert await app.accounts.list() == []


async def test_a_request_is_marked_and_can_be_accepted_without_answering(app: App, world: World) -> None:
    world.dm(world.anna, "Γειά! Are you open on Sunday?")
    account = await app.add(world)
    await app.engine.sync_once()
    extras = await app.cache.read(lambda: [r[0] for r in database.execute_sql("SELECT extra FROM message")])
    assert [json.loads(e)["convo_status"] for e in extras] == ["request"]
    convo = next(iter(world.chat.convos.values()))

    connector = await app.engine._connector(account)
    await connector.accept_convo(convo.id)  # type: ignore[attr-defined]

    assert convo.status[world.shop.did] == "accepted"
    assert world.messages(world.anna)[-1]["sender"] == world.anna.did  # nothing was sent
