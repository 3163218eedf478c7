"""The reply use case through the service: the checks at queue time, undo,
and the wiring that wakes the sync (a fake connector, a real cache)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_inbox.records import AccountInfo, Direction, Kind, Page, Person, Platform, Post, State
from desktop_inbox.services import checks
from desktop_inbox.services.root import Services
from desktop_inbox.store import accounts as store_accounts
from desktop_inbox.store import ingest, outbox
from desktop_inbox.sync.events import SyncEventKind
from tests.helpers.fake_connector import ANNA, ME, NEW, T0, Rig, make_rig, mention

CARD = "4111 1111 1111 1111"  # a test card number (passes the Luhn check)


@pytest.fixture
async def rig(data_dir: Path) -> AsyncIterator[Rig]:
    made = make_rig(data_dir, poll_interval=3600.0)
    made.connector.pages[NEW] = [Page([mention("1", 0, "where is my parcel?"), mention("2", 5, root="1")], "c", exhausted=True)]
    await made.engine.sync_once()
    yield made
    await made.engine.shutdown()
    made.cache.close()


@pytest.fixture
def services(rig: Rig) -> Services:
    return Services(cache=rig.cache, secrets=rig.engine.secrets, engine=rig.engine)


async def anna(services: Services) -> int:
    [conv] = [c for c in await services.inbox.page() if c.customer_handle == ANNA.handle]
    return conv.id


async def test_too_long_for_the_platform_is_refused_when_written(services: Services) -> None:
    conv = await anna(services)
    with pytest.raises(checks.TooLong) as refused:
        await services.replies.send(conv, "x" * 600, delay=timedelta(0))
    assert refused.value.length == 600 and refused.value.limit == 500
    assert "600" in str(refused.value) and "500" in str(refused.value) and "\n" not in str(refused.value)
    assert await services.replies.waiting_count() == 0
    sent = await services.replies.send(conv, "x" * 500, delay=timedelta(0))
    assert sent.items[0].text == "x" * 500


async def test_a_bluesky_post_is_counted_in_graphemes(services: Services) -> None:
    bsky_me = Person(Platform.BLUESKY, "did:plc:shop", "did:plc:shop", "shop.bsky.social", "Shop")
    customer = Person(Platform.BLUESKY, "did:plc:anna", "did:plc:anna", "anna.bsky.social", "Anna")
    account = await services.cache.write(
        store_accounts.create, platform=Platform.BLUESKY, base_url="https://bsky.example",
        info=AccountInfo(me=bsky_me, char_limit=300, url_length=0), secret_ref="b:1",
    )  # fmt: skip
    post = Post("at://anna/1", customer, "hi", T0, Kind.PUBLIC, Direction.IN, customer, thread_root="at://anna/1")
    await services.cache.write(ingest.store_page, account.id, "s", [post], cursor="x", exhausted=True, unread=True)
    [conv] = [c for c in await services.inbox.page() if c.platform == Platform.BLUESKY]
    with pytest.raises(checks.TooLong, match="301"):
        await services.replies.send(conv.id, "e\u0301" * 301, delay=timedelta(0))  # 602 code points, 301 graphemes
    await services.replies.send(conv.id, "e\u0301" * 300, delay=timedelta(0))


async def test_unfilled_placeholders_are_refused(services: Services) -> None:
    with pytest.raises(checks.PlaceholdersLeft) as refused:
        await services.replies.send(await anna(services), "Hi Anna, your order {order} ships today.")
    assert refused.value.missing == ("order",)


async def test_personal_data_in_public_needs_a_direct_message_or_a_yes(services: Services) -> None:
    conv = await anna(services)
    text = f"Anna, we charged the card {CARD} again."
    with pytest.raises(checks.PersonalInPublic) as refused:
        await services.replies.send(conv, text, delay=timedelta(0))
    assert [f.kind for f in refused.value.findings] == ["card number"]
    assert "card number" in str(refused.value)
    assert await services.replies.waiting_count() == 0
    direct = await services.replies.send(conv, text, direct=True, delay=timedelta(0))
    assert direct.items[0].kind == Kind.DIRECT
    public = await services.replies.send(conv, text, public_anyway=True, delay=timedelta(0))
    assert public.items[0].kind == Kind.PUBLIC


async def test_a_canned_reply_is_a_warning_and_still_goes(services: Services, rig: Rig) -> None:
    canned = "Thank you for your message, we will look into it and get back to you soon"
    others = [Person(Platform.MASTODON, f"https://fake.example/@c{n}", f"c{n}", f"@c{n}@fake.example", f"C{n}") for n in range(3)]
    answers = [
        Post(f"out{n}", ME, canned, T0 + timedelta(minutes=n), Kind.PUBLIC, Direction.OUT, who, thread_root=f"out{n}")
        for n, who in enumerate(others)
    ]
    await rig.cache.write(ingest.store_page, rig.account.id, "s", answers, cursor="y", exhausted=True, unread=False)
    conv = await anna(services)
    sent = await services.replies.send(conv, canned, delay=timedelta(0))
    assert sent.warnings and "3 other customers" in sent.warnings[0]
    assert await services.replies.waiting_count() == 1


async def test_undo_puts_the_conversation_back_where_it_was(services: Services) -> None:
    conv = await anna(services)
    before = await services.inbox.summary(conv)
    assert before.state == State.NEEDS_REPLY and before.waiting_since == T0
    sent = await services.replies.send(conv, "Checking right now", handoff="Thanks Anna! I've sent you a DM.")
    assert sent.delay == timedelta(seconds=5)  # the user's preference (default)
    assert [i.kind for i in sent.items] == [Kind.PUBLIC, Kind.DIRECT]
    assert (await services.inbox.summary(conv)).state == State.WAITING
    await services.replies.undo(sent)
    after = await services.inbox.summary(conv)
    assert after.state == State.NEEDS_REPLY and after.waiting_since == before.waiting_since
    assert after.sort_key == before.sort_key
    assert await services.replies.waiting_count() == 0


async def test_a_queued_reply_wakes_its_accounts_sync(services: Services, rig: Rig) -> None:
    async with rig.running():
        conv = await anna(services)
        # The reply is queued by the wall clock; the engine's (fake) one is a little ahead.
        rig.clock.now = datetime.now(UTC) + timedelta(seconds=5)
        delivered = rig.wait_for(lambda e: e.kind == SyncEventKind.STORED and conv in e.conversations)
        # Polls are an hour apart: only the wiring (services/root.py) can make it go now.
        await services.replies.send(conv, "On its way!", delay=timedelta(0))
        await delivered
        assert [r.text for r in rig.connector.sent] == ["On its way!"]
        assert await rig.cache.read(outbox.count_waiting) == 0


async def test_a_removed_account_stops_syncing(services: Services, rig: Rig) -> None:
    async with rig.running():
        await services.accounts.remove(rig.account.id)
        assert rig.connector.closed and rig.account.id not in rig.engine.status


async def test_the_outbox_says_why_a_reply_has_not_gone(services: Services, rig: Rig) -> None:
    await services.replies.send(await anna(services), "Soon!", delay=timedelta(0))
    [pending] = await services.replies.pending()
    assert str(pending.problem) == "not sent yet: waiting for the next sync"
    await rig.cache.write(store_accounts.set_state, rig.account.id, store_accounts.AccountState.NEEDS_SIGN_IN, "revoked")
    [pending] = await services.replies.pending()
    assert str(pending.problem) == "not sent yet: account needs sign-in"
