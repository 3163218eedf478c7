"""Follow-through on the command line, against the local Mastodon server:
``reply --at`` (not posted before its time, posted once after it),
``followup`` (the conversation comes back), ``reply --via`` (a direct
message started to a customer met in public), ``contacts log`` and
``contacts show --json``. Time is moved on by the services' clock, never
slept through."""

from __future__ import annotations

import functools
import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from desktop_inbox.services.root import Services
from tests.helpers.fake_connector import FakeClock
from tests.helpers.mastodon import World

ATHENS_WINTER = timezone(timedelta(hours=2))


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    """The clock every command's services (and their sync engine) go by."""
    fake = FakeClock(datetime.now(UTC))
    monkeypatch.setattr("desktop_inbox.cli.context.Services", functools.partial(Services, clock=fake))
    return fake


def conversations(cli) -> dict[str, dict]:  # type: ignore[no-untyped-def]
    return {
        f'{c["customer"]["handle"].split("@")[1]}:{c["kind"]}': c for c in json.loads(cli("conversations", "--json").out)
    }


@pytest.fixture
def shop(world: World, cli, clock: FakeClock) -> dict[str, dict]:  # type: ignore[no-untyped-def]
    world.server.post(world.anna, "@shop do the sandals come in 39?")
    world.server.post(world.bob, "@shop do you ship to Crete?")
    clock.now = datetime.now(UTC) + timedelta(seconds=1)  # (after what they wrote, to the millisecond)
    assert cli("accounts", "add", "mastodon", "--instance", world.url, "--token-stdin", stdin=world.token + "\n").code == 0
    assert cli("sync", "--once").code == 0
    return conversations(cli)


def test_a_reply_sent_later_goes_once_after_its_time(world: World, cli, clock: FakeClock, shop) -> None:  # type: ignore[no-untyped-def]
    anna = shop["anna:public"]
    at = (clock.now + timedelta(hours=1)).astimezone(ATHENS_WINTER).replace(microsecond=0)
    queued = cli("reply", str(anna["id"]), "--text", "Yes, in white and in black.", "--at", at.isoformat(), "--json")
    assert queued.code == 0, queued
    assert datetime.fromisoformat(json.loads(queued.out)["send_at"]) == at
    [waiting] = json.loads(cli("outbox", "--json").out)
    assert datetime.fromisoformat(waiting["send_at"]) == at and waiting["late"] is False
    assert "scheduled for" in cli("outbox").out
    # It counts as our answer at once (services/replies.py).
    assert conversations(cli)["anna:public"]["state"] == "waiting"

    assert cli("sync", "--once").code == 0
    clock.advance(minutes=59)
    assert cli("sync", "--once").code == 0
    assert world.server.replies_by(world.shop) == []  # not before its time

    clock.advance(minutes=5)  # the app was closed at that time: late, goes at the next sync
    [late] = json.loads(cli("outbox", "--json").out)
    assert late["late"] is True and late["problem"].startswith("late")
    assert cli("sync", "--once").code == 0
    assert cli("sync", "--once").code == 0
    [posted] = world.server.replies_by(world.shop)  # once
    assert "Yes, in white and in black." in posted.text
    assert json.loads(cli("outbox", "--json").out) == []


def test_a_waiting_reply_can_be_moved_edited_and_cancelled(world: World, cli, clock: FakeClock, shop) -> None:  # type: ignore[no-untyped-def]
    bob = shop["bob:public"]
    at = (clock.now + timedelta(days=1)).isoformat()
    item = json.loads(cli("reply", str(bob["id"]), "--text", "Yes", "--at", at, "--json").out)["id"]
    later = (clock.now + timedelta(days=2)).replace(microsecond=0)
    moved = cli("outbox", "move", str(item), "--at", later.isoformat())
    assert moved.code == 0 and "will be sent at" in moved.out
    assert cli("outbox", "edit", str(item), "--text", "Yes, in 2 days.").code == 0
    [waiting] = json.loads(cli("outbox", "--json").out)
    assert (waiting["text"], datetime.fromisoformat(waiting["send_at"])) == ("Yes, in 2 days.", later)
    assert cli("outbox", "cancel", str(item)).code == 0
    assert conversations(cli)["bob:public"]["state"] == "needs_reply"  # where it was
    clock.advance(days=3)
    assert cli("sync", "--once").code == 0
    assert world.server.replies_by(world.shop) == []


@pytest.mark.parametrize(
    "args",
    [
        ("reply", "{conv}", "--text", "Yes", "--at", "tomorrow at nine"),
        ("reply", "{conv}", "--text", "Yes", "--at", "2026-13-45T09:00+02:00"),
        ("reply", "{conv}", "--text", "Yes", "--at", "2001-01-01T09:00+02:00"),  # the past
        ("followup", "{conv}", "--in", "3 fortnights"),
        ("followup", "{conv}", "--in", "0m"),
        ("followup", "{conv}", "--at", "soon"),
        ("followup", "{conv}"),
        ("contacts", "log", "{contact}", "--text", "Called", "--kind", "letter"),
        ("contacts", "log", "{contact}", "--text", "  "),
        ("contacts", "log", "{contact}", "--text", "Called", "--at", "yesterday"),
    ],
)
def test_bad_times_and_kinds_are_one_line_and_exit_2(cli, shop, args: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    anna = shop["anna:public"]
    filled = [a.format(conv=anna["id"], contact=anna["customer"]["id"]) for a in args]
    refused = cli(*filled)
    assert refused.code == 2, refused
    assert len(refused.err.splitlines()) == 1 and refused.out == ""
    assert json.loads(cli("outbox", "--json").out) == []


def test_a_follow_up_brings_the_conversation_back(world: World, cli, clock: FakeClock, shop) -> None:  # type: ignore[no-untyped-def]
    anna, bob = shop["anna:public"], shop["bob:public"]
    promised = cli("reply", str(anna["id"]), "--text", "I'll check with the warehouse tomorrow.")
    assert promised.code == 0
    assert f"followup {anna['id']} --in 1d" in promised.err  # the reply promises: a reminder is offered
    assert cli("reply", str(bob["id"]), "--text", "Yes, to Crete in 2 days.").code == 0
    assert cli("sync", "--once").code == 0
    set_ = cli("followup", str(anna["id"]), "--in", "1d")
    assert set_.code == 0 and "comes back on" in set_.out
    assert cli("followup", str(bob["id"]), "--in", "1d").code == 0
    listed = conversations(cli)
    assert listed["anna:public"]["state"] == "waiting" and listed["anna:public"]["follow_up"]["state"] == "pending"

    # Bob writes first: his message brings his conversation back, not the reminder.
    [ours] = [s for s in world.server.replies_by(world.shop) if "Crete" in s.text]
    world.server.post(world.bob, "@shop great, ordering now", in_reply_to=ours, created_at=clock.now + timedelta(hours=1))
    clock.advance(hours=2)
    assert cli("sync", "--once").code == 0
    assert conversations(cli)["bob:public"]["follow_up"]["state"] == "answered"

    clock.advance(days=1)
    assert cli("sync", "--once").code == 0
    listed = conversations(cli)
    assert listed["anna:public"]["state"] == "needs_reply"
    assert listed["anna:public"]["follow_up"]["state"] == "came_back"
    assert listed["bob:public"]["state"] == "needs_reply" and listed["bob:public"]["follow_up"] is None
    assert "[follow-up: no answer]" in cli("conversations").out

    assert cli("followup", str(anna["id"]), "--clear").code == 0
    assert conversations(cli)["anna:public"]["follow_up"] is None


def test_answer_via_a_direct_message_started_for_the_reply(world: World, cli, shop) -> None:  # type: ignore[no-untyped-def]
    anna = shop["anna:public"]
    shown = cli("contacts", "show", str(anna["customer"]["id"]), "--json")
    assert shown.code == 0
    contact = json.loads(shown.out)
    [identity] = contact["identities"]
    assert identity["id"] == anna["customer"]["identity_id"] and identity["handle"] == anna["customer"]["handle"]
    kinds = {(c["identity_id"], c["kind"], c["conversation_id"]) for c in contact["channels"]}
    assert kinds == {(identity["id"], "public", anna["id"]), (identity["id"], "direct", None)}

    queued = cli(
        "reply", str(anna["id"]), "--via", str(identity["id"]), "--direct", "--json",
        "--text", "Anna, your order number is 4411; the 39s ship today.",
    )  # fmt: skip
    assert queued.code == 0, queued
    item = json.loads(queued.out)
    assert item["kind"] == "direct" and item["conversation_id"] != anna["id"]
    assert cli("sync", "--once").code == 0
    [dm] = world.server.replies_by(world.shop)
    assert dm.visibility == "direct" and world.anna.id in dm.mentions and dm.in_reply_to_id is None
    listed = conversations(cli)
    assert listed["anna:direct"]["id"] == item["conversation_id"]
    assert listed["anna:direct"]["customer"]["id"] == anna["customer"]["id"]  # on the same customer's timeline
    again = json.loads(cli("contacts", "show", str(anna["customer"]["id"]), "--json").out)
    assert {c["id"] for c in again["conversations"]} == {anna["id"], item["conversation_id"]}

    bob = shop["bob:public"]
    stranger = cli("reply", str(bob["id"]), "--via", str(identity["id"]), "--text", "Hi")
    assert stranger.code == 2 and len(stranger.err.splitlines()) == 1 and "contacts show" in stranger.err

    # A direct message started and then taken back leaves no empty conversation.
    bob_identity = bob["customer"]["identity_id"]
    started = cli("reply", str(bob["id"]), "--via", str(bob_identity), "--direct", "--text", "Bob, a word in private", "--json")
    assert started.code == 0 and "bob:direct" in conversations(cli)
    assert cli("outbox", "cancel", str(json.loads(started.out)["id"])).code == 0
    assert "bob:direct" not in conversations(cli)
    refused = cli("reply", str(bob["id"]), "--via", str(bob_identity), "--direct", "--text", "x" * 600)
    assert refused.code == 2 and "bob:direct" not in conversations(cli)  # refused: none started either


def test_a_call_and_a_meeting_on_the_customer_timeline(cli, shop) -> None:  # type: ignore[no-untyped-def]
    contact = shop["anna:public"]["customer"]["id"]
    logged = cli("contacts", "log", str(contact), "--text", "Called about the sandals", "--at", "2026-03-02T11:30+02:00")
    assert logged.code == 0 and "Logged call" in logged.out
    assert cli("contacts", "log", str(contact), "--kind", "meeting", "--text", "Tried on both pairs in the shop").code == 0
    shown = json.loads(cli("contacts", "show", str(contact), "--json").out)
    assert [(e["kind"], e["text"]) for e in shown["events"]] == [
        ("meeting", "Tried on both pairs in the shop"),
        ("call", "Called about the sandals"),
    ]
    assert shown["events"][1]["at"] == "2026-03-02T09:30:00Z"
    text = cli("contacts", "show", str(contact)).out
    assert "call 2026-03-02" in text and "meeting" in text
    unknown = cli("contacts", "log", "999999", "--text", "Called")
    assert unknown.code == 2 and unknown.err.strip().endswith("There is no customer 999999.")
