"""Leading an account on a team database: one app at a time holds it, the
next takes it when the leader's session ends (closed, or killed: the server
frees the lock), ``team status`` names the leader only while it holds it,
and an app whose keyring lacks the account's token never syncs it."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import psycopg
import pytest

from desktop_inbox.errors import NeedsSignIn
from desktop_inbox.records import (
    AccountInfo,
    AccountState,
    Connection,
    Direction,
    Kind,
    OutboxState,
    Person,
    Platform,
    Post,
)
from desktop_inbox.secrets import SandboxSecrets, Secrets
from desktop_inbox.services.root import Services
from desktop_inbox.store import accounts, ingest, outbox
from desktop_inbox.store.db import Cache
from desktop_inbox.store.leadership import EveryAccountMine, for_cache
from desktop_inbox.store.pg import team
from desktop_inbox.store.pg.cache import TeamCache
from desktop_inbox.store.pg.leadership import AccountLocks
from desktop_inbox.sync.leadership import NO_TOKEN, LeadingSyncEngine
from desktop_inbox.sync.status import OK
from tests.helpers.fake_connector import FakeClock, FakeConnector
from tests.helpers.shop import T0, shop_cache
from tests.store.test_ingest_pages import person


@pytest.fixture
def cache(data_dir: Path, team_db: dict[str, object]) -> Iterator[Cache]:
    yield from shop_cache(data_dir, lambda d: TeamCache(d, team_db))


def member(params: dict[str, object], name: str) -> dict[str, object]:
    """psycopg's parameters of that member's app (who it is, as services.team says)."""
    with psycopg.connect(**params, autocommit=True) as conn:  # type: ignore[arg-type]
        found = team.add_member(conn, name, "", 0)
    return {**params, "options": f"-c inbox.member={found.id}"}


def leaders(params: dict[str, object]) -> list[str | None]:
    with psycopg.connect(**params) as conn:  # type: ignore[arg-type]
        return [x.member for x in team.leaders(conn)]


def test_one_app_leads_until_its_session_ends_then_the_next_takes_over(cache: Cache, team_db: dict[str, object]) -> None:
    anna, ben = AccountLocks(member(team_db, "Anna")), AccountLocks(member(team_db, "Ben"))
    try:
        assert leaders(team_db) == [None]
        assert anna.try_lead(1) and anna.try_lead(1)  # (taken, then still held)
        assert not ben.try_lead(1)
        assert leaders(team_db) == ["Anna"] and anna.led() == {1} and ben.led() == set()
        # Anna's app is killed: the server ends its session, and its lock.
        with psycopg.connect(**team_db, autocommit=True) as admin:  # type: ignore[arg-type]
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'desktop-inbox sync leader'"
            )
        assert leaders(team_db) == [None]  # (its row stays, but no session holds the lock)
        assert ben.try_lead(1)
        assert leaders(team_db) == ["Ben"]
        assert not anna.try_lead(1) and anna.led() == set()  # (back, on a new connection: Ben leads now)
        ben.close()  # quitting lets go at once
        assert anna.try_lead(1) and leaders(team_db) == ["Anna"]
        assert not anna.try_lead(99)  # (no such account: nothing to lead)
    finally:
        anna.close()
        ben.close()


def test_the_local_cache_leads_every_account(data_dir: Path) -> None:
    with Cache(data_dir) as local:
        found = for_cache(local)
    assert isinstance(found, EveryAccountMine) and found.try_lead(7)


async def test_an_app_without_the_token_never_syncs_the_account(cache: Cache, team_db: dict[str, object]) -> None:
    # The account's token is in another member's keyring, not in this one.
    other_keyring = Secrets(service="desktop-inbox-test-another-member")
    engine = LeadingSyncEngine(leadership=for_cache(cache), takeover_interval=0.1, cache=cache, secrets=other_keyring)
    try:
        [result] = await engine.sync_once()
        assert result.ok and result.notes == [f"@shop@shop.example (mastodon): {NO_TOKEN}"]
        assert leaders(team_db) == [None]
        assert engine.status[1].reason == NO_TOKEN
        # (Nothing marked the shared account as needing a new sign-in.)
        assert cache.call_read(accounts.get, 1).state == AccountState.OK
    finally:
        await engine.shutdown()


async def test_a_member_without_the_token_queues_a_reply_and_the_leader_sends_it_once(
    cache: Cache, team_db: dict[str, object]
) -> None:
    anna = person("Anna")
    cache.call_write(ingest.store_posts, 1, [Post("1", anna, "where is it?", T0, Kind.DIRECT, Direction.IN, anna)])
    with_token = SandboxSecrets()
    with_token.save("m:1", {"token": "t0k3n-for-tests"})
    fake = FakeConnector(FakeClock())
    leader = LeadingSyncEngine(
        leadership=for_cache(cache), takeover_interval=0.1, poll_interval=30, cache=cache, secrets=with_token,
        connector_factory=lambda settings: fake,
    )
    other = LeadingSyncEngine(
        leadership=for_cache(cache), takeover_interval=0.1, poll_interval=30, cache=cache, secrets=SandboxSecrets(),
        connector_factory=lambda settings: fake,
    )
    stops = [asyncio.Event(), asyncio.Event()]
    runs = [asyncio.ensure_future(e.run(s)) for e, s in zip((leader, other), stops, strict=True)]
    try:
        await until(lambda: leader.status.get(1) == OK, "the app with the token leads")
        # The member without the token answers (its app waits, never syncs it).
        conversation = 1
        queued = await Services(cache=cache, secrets=SandboxSecrets(), engine=other).replies.send(
            conversation, "On its way", delay=timedelta(0)
        )
        [item] = queued.items
        # The leader finds it within its takeover interval (not its 30 s poll), and sends it once.
        await until(lambda: cache.call_read(outbox.get, item.id).state == OutboxState.SENT, "the leader sent it")
        await asyncio.sleep(0.5)
        assert [r.text for r in fake.sent] == ["On its way"]
        assert other.status[1].reason == NO_TOKEN and leaders(team_db) == ["an unnamed member"]  # (no member named on these test connections)
    finally:
        for s in stops:
            s.set()
        await asyncio.gather(*runs)


async def until(condition: Callable[[], object], message: str, timeout: float = 15) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out: {message}"
        await asyncio.sleep(0.05)


async def test_an_account_another_member_added_is_synced_here_too_when_its_token_is(cache: Cache) -> None:
    secrets = SandboxSecrets()
    secrets.save("m:2", {"token": "t0k3n-for-tests"})
    fake = FakeConnector(FakeClock())
    engine = LeadingSyncEngine(
        leadership=for_cache(cache), takeover_interval=0.1, poll_interval=30, cache=cache, secrets=secrets,
        connector_factory=lambda settings: fake,
    )
    stop = asyncio.Event()
    running = asyncio.ensure_future(engine.run(stop))
    try:
        await until(lambda: engine.status.get(1) is not None and engine.status[1].reason == NO_TOKEN, "account 1 waits")
        # Another member adds an account in their app (this app is not told).
        other = Person(Platform.MASTODON, "https://two.example/@shop", "1", "@shop@two.example", "Shop")
        added = cache.call_write(
            accounts.create, platform="mastodon", base_url="https://two.example",
            info=AccountInfo(me=other, char_limit=500), secret_ref="m:2",
        )  # fmt: skip
        await until(lambda: engine.status.get(added.id) == OK, "the new account is synced here")
        assert engine.leadership.led() == {added.id}
    finally:
        stop.set()
        await running


async def test_a_leader_whose_sign_in_is_refused_lets_another_member_sync(cache: Cache, team_db: dict[str, object]) -> None:
    # Anna's app leads; her token for the account was revoked. Ben's keyring
    # holds a good one: his app takes over, and the shared account is fine again.
    anna_keyring, ben_keyring = SandboxSecrets(), SandboxSecrets()
    anna_keyring.save("m:1", {"token": "revoked-t0k3n"})
    ben_keyring.save("m:1", {"token": "good-t0k3n"})
    anna_connector, ben_connector = FakeConnector(FakeClock()), FakeConnector(FakeClock())
    anna_connector.fail_with = NeedsSignIn("The access token was revoked")
    anna = LeadingSyncEngine(
        leadership=for_cache(cache), takeover_interval=0.1, poll_interval=30, cache=cache, secrets=anna_keyring,
        connector_factory=lambda settings: anna_connector,
    )
    ben = LeadingSyncEngine(
        leadership=for_cache(cache), takeover_interval=0.1, poll_interval=30, cache=cache, secrets=ben_keyring,
        connector_factory=lambda settings: ben_connector,
    )
    stops = [asyncio.Event(), asyncio.Event()]
    runs = [asyncio.ensure_future(anna.run(stops[0]))]
    try:
        await until(lambda: anna.status.get(1) is not None and anna.status[1].state == Connection.NEEDS_SIGN_IN, "Anna refused")
        await until(lambda: anna.leadership.led() == set(), "she let go of it")
        assert cache.call_read(accounts.get, 1).state == AccountState.NEEDS_SIGN_IN
        runs.append(asyncio.ensure_future(ben.run(stops[1])))
        # Ben's app does not wait for Anna's sign-in: it leads and syncs with his own.
        await until(lambda: ben.status.get(1) == OK, "Ben's app syncs the account")
        assert ben.leadership.led() == {1} and ben_connector.fetched
        assert cache.call_read(accounts.get, 1).state == AccountState.OK
        # Anna's app waits for her to sign in again: it takes nothing back meanwhile.
        fetched = len(anna_connector.fetched)
        await asyncio.sleep(0.5)
        assert len(anna_connector.fetched) == fetched and anna.leadership.led() == set()
        assert anna.status[1].state == Connection.NEEDS_SIGN_IN
    finally:
        for s in stops:
            s.set()
        await asyncio.gather(*runs)
