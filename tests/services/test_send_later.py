"""Send later: a reply waits in the outbox for its time, goes exactly once
after it (also late, when nothing ran at that time), and can be edited,
moved or taken back until then. A real cache and engine on a fake clock."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest

from desktop_inbox.errors import BadInput
from desktop_inbox.records import OutboxState, Page, State
from desktop_inbox.services.root import Services
from tests.helpers.fake_connector import NEW, T0, Rig, make_rig, mention


@pytest.fixture
async def rig(data_dir: Path) -> AsyncIterator[Rig]:
    made = make_rig(data_dir, poll_interval=3600.0)
    made.connector.pages[NEW] = [Page([mention("1", 0, "do you ship to Crete?")], "c1", exhausted=True)]
    await made.engine.sync_once()
    made.clock.advance(hours=17)  # 2 at night: the reply is written now, sent in the morning
    yield made
    await made.engine.shutdown()
    made.cache.close()


@pytest.fixture
def services(rig: Rig) -> Services:
    return Services(cache=rig.cache, secrets=rig.engine.secrets, engine=rig.engine, clock=rig.clock)


async def conversation(services: Services) -> int:
    [conv] = await services.inbox.page()
    return conv.id


async def test_a_scheduled_reply_goes_once_after_its_time(rig: Rig, services: Services) -> None:
    conv = await conversation(services)
    morning = rig.clock.now + timedelta(hours=7)
    sent = await services.replies.send(conv, "Yes, we ship to Crete in 2 days.", send_at=morning)
    [item] = sent.items
    assert item.send_at == morning and sent.send_at == morning and item.not_before == morning
    assert item.to_json()["send_at"] == morning.isoformat()

    await rig.engine.sync_once()
    rig.clock.advance(hours=6, minutes=59)
    await rig.engine.sync_once()
    assert rig.connector.sent == []  # not before its time
    [waiting] = await services.replies.pending()
    assert str(waiting.problem).startswith("scheduled for") and not waiting.late

    rig.clock.advance(minutes=1)
    await rig.engine.sync_once()
    await rig.engine.sync_once()
    assert [r.text for r in rig.connector.sent] == ["Yes, we ship to Crete in 2 days."]  # once
    assert await services.replies.pending() == []


async def test_scheduled_counts_as_our_answer_until_the_customer_writes_again(rig: Rig, services: Services) -> None:
    """The decision (services/replies.py): a scheduled reply is our answer
    from the moment it is written; a newer customer message needs one again."""
    conv = await conversation(services)
    before = await services.inbox.summary(conv)
    assert before.state == State.NEEDS_REPLY
    sent = await services.replies.send(conv, "Yes we do!", send_at=rig.clock.now + timedelta(hours=7))
    assert (await services.inbox.summary(conv)).state == State.WAITING

    rig.clock.advance(hours=1)
    rig.connector.pages[NEW] = [Page([mention("2", 18 * 60, "and to Rhodes?", root="1")], "c2", exhausted=True)]
    await rig.engine.sync_once()
    again = await services.inbox.summary(conv)
    assert again.state == State.NEEDS_REPLY
    assert again.waiting_since == T0 + timedelta(hours=18)  # since their new message
    assert rig.connector.sent == []

    await services.replies.undo(sent)  # taken back: where it was before the reply
    back = await services.inbox.summary(conv)
    assert back.state == State.NEEDS_REPLY and back.waiting_since == before.waiting_since


async def test_cancel_returns_the_conversation_to_where_it_was(rig: Rig, services: Services) -> None:
    conv = await conversation(services)
    before = await services.inbox.summary(conv)
    sent = await services.replies.send(conv, "Yes we do!", send_at=rig.clock.now + timedelta(days=1))
    cancelled = await services.replies.cancel(sent.items[0].id)
    assert cancelled.state == OutboxState.CANCELLED
    after = await services.inbox.summary(conv)
    assert (after.state, after.waiting_since, after.sort_key) == (before.state, before.waiting_since, before.sort_key)
    rig.clock.advance(days=2)
    await rig.engine.sync_once()
    assert rig.connector.sent == []


async def test_edited_and_moved_until_it_goes(rig: Rig, services: Services) -> None:
    conv = await conversation(services)
    [item] = (await services.replies.send(conv, "Yes", send_at=rig.clock.now + timedelta(hours=7))).items
    await services.replies.edit(item.id, "Yes, to Crete in 2 days.")
    moved = await services.replies.reschedule(item.id, rig.clock.now + timedelta(hours=9))
    assert moved.send_at == rig.clock.now + timedelta(hours=9)
    with pytest.raises(BadInput, match="in the future"):
        await services.replies.reschedule(item.id, rig.clock.now - timedelta(minutes=5))
    rig.clock.advance(hours=8)
    await rig.engine.sync_once()
    assert rig.connector.sent == []  # moved later
    rig.clock.advance(hours=1)
    await rig.engine.sync_once()
    assert [r.text for r in rig.connector.sent] == ["Yes, to Crete in 2 days."]
    with pytest.raises(BadInput, match="can no longer be moved"):
        await services.replies.reschedule(item.id, rig.clock.now + timedelta(hours=1))


async def test_a_reply_whose_time_passed_unsent_is_late_and_goes_with_the_next_sync(rig: Rig, services: Services) -> None:
    conv = await conversation(services)
    await services.replies.send(conv, "Yes we do!", send_at=rig.clock.now + timedelta(hours=7))
    rig.clock.advance(hours=10)  # the app was closed at that time
    [late] = await services.replies.pending()
    assert late.late and str(late.problem).startswith("late: it was to go at")
    await rig.engine.sync_once()
    assert [r.text for r in rig.connector.sent] == ["Yes we do!"]


async def test_move_to_now_and_a_time_in_the_past(rig: Rig, services: Services) -> None:
    conv = await conversation(services)
    with pytest.raises(BadInput, match="in the future"):
        await services.replies.send(conv, "Yes", send_at=rig.clock.now - timedelta(seconds=1))
    assert await services.replies.pending() == []
    [item] = (await services.replies.send(conv, "Yes", send_at=rig.clock.now + timedelta(days=1))).items
    now = await services.replies.reschedule(item.id, None)
    assert now.send_at is None
    await rig.engine.sync_once()
    assert [r.text for r in rig.connector.sent] == ["Yes"]
