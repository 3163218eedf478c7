"""Follow-ups: "remind me if no answer by …". The states as a pure rule, and
on a real cache with the engine on a fake clock: the conversation comes
back marked when the customer has not written, and because of their
message (not marked) when they have."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest

from desktop_inbox.errors import BadInput
from desktop_inbox.records import FollowUp, Page, State
from desktop_inbox.services.root import Services
from desktop_inbox.store.ordering import follow_up_state
from tests.helpers.fake_connector import NEW, Rig, make_rig, mention

H = 3_600_000  # an hour in ms


@pytest.mark.parametrize(
    ("follow_up_at", "set_at", "followed_up_at", "last_inbound_at", "state", "expected"),
    [
        (None, None, None, 0, State.WAITING, None),  # none set
        (10 * H, 2 * H, None, 1 * H, State.WAITING, FollowUp.PENDING),
        (10 * H, 2 * H, None, 1 * H, State.DONE, FollowUp.PENDING),  # on a closed conversation too
        (10 * H, 2 * H, None, 3 * H, State.NEEDS_REPLY, FollowUp.ANSWERED),  # they wrote after it was set
        (10 * H, 2 * H, None, 2 * H, State.NEEDS_REPLY, FollowUp.PENDING),  # ... not when they wrote before
        (None, 2 * H, 10 * H, 1 * H, State.NEEDS_REPLY, FollowUp.CAME_BACK),
        (None, 2 * H, 10 * H, None, State.NEEDS_REPLY, FollowUp.CAME_BACK),  # a conversation we started
        (None, 2 * H, 10 * H, 1 * H, State.WAITING, None),  # answered since it came back
        (None, 2 * H, 10 * H, 11 * H, State.NEEDS_REPLY, None),  # needs a reply for their new message
    ],
)
def test_follow_up_states(follow_up_at, set_at, followed_up_at, last_inbound_at, state, expected) -> None:  # type: ignore[no-untyped-def]
    found = follow_up_state(
        follow_up_at=follow_up_at, set_at=set_at, followed_up_at=followed_up_at,
        last_inbound_at=last_inbound_at, state=state,
    )  # fmt: skip
    assert found == expected


@pytest.fixture
async def rig(data_dir: Path) -> AsyncIterator[Rig]:
    made = make_rig(data_dir, poll_interval=3600.0)
    made.connector.pages[NEW] = [Page([mention("1", 0, "where is my parcel?")], "c1", exhausted=True)]
    await made.engine.sync_once()
    yield made
    await made.engine.shutdown()
    made.cache.close()


@pytest.fixture
async def services(rig: Rig) -> Services:
    services = Services(cache=rig.cache, secrets=rig.engine.secrets, engine=rig.engine, clock=rig.clock)
    [conv] = await services.inbox.page()
    rig.clock.advance(minutes=10)
    await services.replies.send(conv.id, "It left the warehouse today, tracking follows.", delay=timedelta(0))
    await rig.engine.sync_once()  # delivered: we answered last
    assert (await services.inbox.summary(conv.id)).state == State.WAITING
    return services


async def only(services: Services):  # type: ignore[no-untyped-def]
    [conv] = await services.inbox.page()
    return conv


async def test_no_answer_by_then_brings_it_back_marked(rig: Rig, services: Services) -> None:
    conv = await only(services)
    set_ = await services.followups.remind_in(conv.id, timedelta(days=1))
    assert set_.state == State.WAITING and set_.follow_up == FollowUp.PENDING
    assert set_.follow_up_at == rig.clock.now + timedelta(days=1)

    rig.clock.advance(hours=23)
    await rig.engine.sync_once()
    assert (await only(services)).state == State.WAITING  # not yet

    rig.clock.advance(hours=2)
    await rig.engine.sync_once()  # the sync looks after it has fetched what they wrote
    back = await only(services)
    assert back.state == State.NEEDS_REPLY and back.follow_up == FollowUp.CAME_BACK
    assert back.waiting_since == set_.follow_up_at  # the clock runs from the reminder's time
    assert back.to_json()["follow_up"] == {"at": back.to_json()["follow_up"]["at"], "state": "came_back"}
    assert any(conv.id in e.conversations for e in rig.events[-3:])  # the window hears of it

    # Answered: it is waiting on the customer again, no longer marked.
    await services.replies.send(conv.id, "Anna, did the parcel arrive?", delay=timedelta(0))
    after = await only(services)
    assert after.state == State.WAITING and after.follow_up is None


async def test_when_the_customer_writes_first_their_message_brings_it_back(rig: Rig, services: Services) -> None:
    conv = await only(services)
    await services.followups.remind_in(conv.id, timedelta(days=3))
    rig.clock.advance(hours=5)
    rig.connector.pages[NEW] = [Page([mention("2", 5 * 60, "it arrived, thanks!", root="1")], "c2", exhausted=True)]
    await rig.engine.sync_once()
    now = await only(services)
    assert now.state == State.NEEDS_REPLY and now.follow_up == FollowUp.ANSWERED
    await services.inbox.mark_done(conv.id)

    rig.clock.advance(days=3)
    await rig.engine.sync_once()
    later = await only(services)
    assert later.state == State.DONE and later.follow_up is None  # the reminder was answered: dropped


async def test_a_closed_conversation_comes_back_too(rig: Rig, services: Services) -> None:
    conv = await only(services)
    await services.inbox.mark_done(conv.id)
    await services.followups.remind_at(conv.id, rig.clock.now + timedelta(hours=2))
    rig.clock.advance(hours=3)
    assert await services.followups.wake_due() == [conv.id]  # the app's timer, without a sync
    assert (await only(services)).state == State.NEEDS_REPLY
    assert await services.followups.wake_due() == []  # once


async def test_a_reminder_can_be_cleared_and_must_be_in_the_future(rig: Rig, services: Services) -> None:
    conv = await only(services)
    with pytest.raises(BadInput, match="in the future"):
        await services.followups.remind_at(conv.id, rig.clock.now - timedelta(minutes=1))
    await services.followups.remind_in(conv.id, timedelta(hours=1))
    cleared = await services.followups.clear(conv.id)
    assert cleared.follow_up is None and cleared.follow_up_at is None
    rig.clock.advance(hours=2)
    await rig.engine.sync_once()
    assert (await only(services)).state == State.WAITING
