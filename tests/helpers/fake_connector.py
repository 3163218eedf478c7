"""A connector without a network, for the sync engine's unit tests.

It serves pages the test puts in, raises what the test tells it to, records
what it sends, and follows a clock the test moves (``FakeClock``). The
engine gets it through ``SyncEngine(connector_factory=...)``; everything
else (the cache, the keyring's stand-in, the outbox) is real.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop_inbox.connectors.base import Direction as StreamDirection
from desktop_inbox.connectors.base import StreamSpec
from desktop_inbox.connectors.registry import ConnectorSettings
from desktop_inbox.records import AccountInfo, Direction, Kind, OutgoingReply, Page, Person, Platform, Post
from desktop_inbox.secrets import SandboxSecrets
from desktop_inbox.store import accounts as store_accounts
from desktop_inbox.store.accounts import Account
from desktop_inbox.store.db import Cache
from desktop_inbox.sync.engine import SyncEngine
from desktop_inbox.sync.events import SyncEvent, SyncEventKind

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
ME = Person(Platform.MASTODON, "https://fake.example/@shop", "1", "@shop@fake.example", "Shop")
ANNA = Person(Platform.MASTODON, "https://fake.example/@anna", "2", "@anna@fake.example", "Anna Lambrou")

NEW = "mentions"
HISTORY = "mention_history"


class FakeClock:
    def __init__(self, now: datetime = T0) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def mention(remote_id: str, minutes: float, text: str = "", *, who: Person = ANNA, root: str = "") -> Post:
    return Post(
        remote_id, who, text or f"message {remote_id}", T0 + timedelta(minutes=minutes), Kind.PUBLIC, Direction.IN, who,
        thread_root=root or remote_id,
    )  # fmt: skip


@dataclass
class FakeConnector:
    clock: FakeClock
    platform: Platform = Platform.MASTODON
    streams: tuple[StreamSpec, ...] = (StreamSpec(NEW, StreamDirection.NEW), StreamSpec(HISTORY, StreamDirection.HISTORY))
    resend_is_safe: bool = True
    # stream -> pages still to serve, in order (the last one is served again when they run out).
    pages: dict[str, list[Page]] = field(default_factory=dict)
    fail_with: BaseException | None = None  # raised by the next fetch, once
    due: dict[str, datetime] = field(default_factory=dict)  # next_poll per stream
    sent: list[OutgoingReply] = field(default_factory=list)
    fetched: list[str] = field(default_factory=list)
    history_notes: dict[str, str] = field(default_factory=dict)
    closed: bool = False

    async def verify(self) -> AccountInfo:
        return AccountInfo(me=ME, char_limit=500)

    async def fetch(self, stream: str, cursor: str | None, *, since: datetime | None) -> Page:
        self.fetched.append(stream)
        if self.fail_with is not None:
            exc, self.fail_with = self.fail_with, None
            raise exc
        queue = self.pages.get(stream) or [Page([], cursor, exhausted=True)]
        return queue.pop(0) if len(queue) > 1 else queue[0]

    async def fetch_thread(self, post: Post) -> list[Post]:
        return [post]

    def prepare_send(self, reply: OutgoingReply) -> dict[str, str]:
        return {}

    async def send(self, reply: OutgoingReply) -> Post:
        self.sent.append(reply)
        return Post(
            f"sent-{len(self.sent)}", ME, reply.text, self.clock(), reply.kind, Direction.OUT, reply.customer,
            in_reply_to=reply.in_reply_to,
        )  # fmt: skip

    async def find_sent(self, reply: OutgoingReply) -> Post | None:
        return None

    def next_poll(self, stream: str) -> datetime | None:
        return self.due.get(stream)

    async def aclose(self) -> None:
        self.closed = True


class FakePushConnector(FakeConnector):
    """One that can also wait for news (as e-mail's IMAP IDLE does)."""

    news: asyncio.Event

    async def wait_for_new(self, timeout: float) -> bool:
        try:
            await asyncio.wait_for(self.news.wait(), timeout)
        except TimeoutError:
            return False
        self.news.clear()
        return True


@dataclass
class Rig:
    """A real cache and engine, one account, and the fake connector it gets."""

    cache: Cache
    engine: SyncEngine
    clock: FakeClock
    connector: FakeConnector
    account: Account
    events: list[SyncEvent] = field(default_factory=list)

    def kinds(self) -> list[SyncEventKind]:
        return [e.kind for e in self.events]

    @contextlib.asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        """The engine's loops running (from the end of their first cycle) until the block ends."""
        stop = asyncio.Event()
        first_cycle = self.wait_for(lambda e: e.kind == SyncEventKind.CYCLE)
        runner = asyncio.create_task(self.engine.run(stop))
        try:
            await first_cycle
            yield
        finally:
            stop.set()
            await runner

    def wait_for(self, matches: Callable[[SyncEvent], bool], timeout: float = 10.0) -> Awaitable[SyncEvent]:
        """The first event from now on that ``matches``: listening starts at
        once (no sleeping and polling), the result is awaited later."""
        arrived: asyncio.Future[SyncEvent] = asyncio.get_running_loop().create_future()

        def listen(event: SyncEvent) -> None:
            if matches(event) and not arrived.done():
                arrived.set_result(event)

        unsubscribe = self.engine.subscribe(listen)

        async def wait() -> SyncEvent:
            try:
                return await asyncio.wait_for(arrived, timeout)
            finally:
                unsubscribe()

        return wait()


def make_rig(data_dir: Path, *, connector: FakeConnector | None = None, **engine: object) -> Rig:
    clock = FakeClock()
    cache = Cache(data_dir)
    secrets = SandboxSecrets()
    secrets.save("fake:1", {"token": "t0k3n-for-tests"})
    account = cache.call_write(
        store_accounts.create, platform=Platform.MASTODON, base_url="https://fake.example",
        info=AccountInfo(me=ME, char_limit=500), secret_ref="fake:1",
    )  # fmt: skip
    fake = connector or FakeConnector(clock)
    fake.clock = clock

    def build(settings: ConnectorSettings) -> FakeConnector:
        assert settings.credentials == {"token": "t0k3n-for-tests"}
        return fake

    sync = SyncEngine(cache=cache, secrets=secrets, clock=clock, connector_factory=build, **engine)  # type: ignore[arg-type]
    rig = Rig(cache, sync, clock, fake, account)
    sync.subscribe(rig.events.append)
    return rig
