"""What members see of each other: live changes (LISTEN/NOTIFY), assignment
and "Mine", who wrote a reply, who did what on the timeline, presence and
the warning before a second member answers the same customer."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from bench.make_cache import build
from desktop_inbox.secrets import Secrets
from desktop_inbox.services.backup import open_cache
from desktop_inbox.services.live import LiveChange
from desktop_inbox.services.root import Services
from desktop_inbox.store import outbox, teamwork
from tests.helpers.postgres import PASSWORD, PgServer
from tests.team.test_members import run


@pytest.fixture
def team(tmp_path: Path, pg_server: PgServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, Path, str]]:
    """Anna made a team of her cache; Ben joined it."""
    name = pg_server.new_database()
    url = pg_server.url(name)
    anna, ben = tmp_path / "anna", tmp_path / "ben"
    build(anna, messages=120, seed=5)
    made = run(anna, "team", "create", url, "--name", "Anna", "--password-stdin", stdin=PASSWORD + "\n", monkeypatch=monkeypatch)
    assert made.code == 0, made.err
    joined = run(ben, "team", "join", url, "--name", "Ben", "--password-stdin", stdin=PASSWORD + "\n", monkeypatch=monkeypatch)
    assert joined.code == 0, joined.err
    yield anna, ben, name
    pg_server.drop_database(name)


def first_ids(folder: Path, monkeypatch: pytest.MonkeyPatch, n: int = 3) -> list[int]:
    listed = json.loads(run(folder, "conversations", "--json", "--limit", str(n), monkeypatch=monkeypatch).out)
    return [c["id"] for c in listed]


def test_a_change_by_one_member_reaches_the_others_listener_within_a_second(team, monkeypatch) -> None:
    anna_dir, ben_dir, _ = team
    [first, second, _third] = first_ids(anna_dir, monkeypatch)
    anna = Services(cache=open_cache(anna_dir, Secrets()), secrets=Secrets())
    heard: list[tuple[float, LiveChange]] = []
    arrived = threading.Event()

    def on_change(change: LiveChange) -> None:
        heard.append((time.monotonic(), change))
        arrived.set()

    anna.live.changes.subscribe(on_change)
    assert anna.live.start()
    ben = Services(cache=open_cache(ben_dir, Secrets()), secrets=Secrets())
    try:
        for conversation, change in ((first, ben.inbox.mark_done), (second, lambda c: ben.assignment.assign(c, "anna"))):
            arrived.clear()
            heard.clear()
            started = time.monotonic()
            asyncio.run(change(conversation))
            assert arrived.wait(1.0), "no live change within a second"
            at, change_heard = heard[0]
            assert change_heard.touches(conversation) and not change_heard.everything
            assert at - started < 1.0
        # Presence is heard as such (the header's "Ben is replying").
        arrived.clear()
        heard.clear()
        asyncio.run(ben.presence.writing(first))
        assert arrived.wait(1.0)
        assert heard[0][1].presence == frozenset({first})
    finally:
        anna.live.stop()
        assert not anna.live.running
        ben.cache.close()
        anna.cache.close()


def test_a_local_cache_starts_no_listener(data_dir: Path) -> None:
    build(data_dir, messages=100, seed=2)
    services = Services(cache=open_cache(data_dir, Secrets()), secrets=Secrets())
    try:
        assert services.live.start() is False
        assert not [t for t in threading.enumerate() if t.name == "team-listen"]
    finally:
        services.cache.close()


def test_assign_and_mine_on_the_command_line(team, pg_server: PgServer, monkeypatch) -> None:
    anna, ben, dbname = team
    [first, second, third] = first_ids(anna, monkeypatch)
    assert run(anna, "assign", str(first), "ben", monkeypatch=monkeypatch).out.strip() == (
        f"Conversation {first} is assigned to Ben."
    )
    assert run(ben, "assign", str(second), "Ben", monkeypatch=monkeypatch).code == 0
    assert run(anna, "assign", str(third), "Anna", monkeypatch=monkeypatch).code == 0
    mine = json.loads(run(ben, "conversations", "--mine", "--json", monkeypatch=monkeypatch).out)
    assert [c["id"] for c in mine] == sorted([first, second], key=[first, second, third].index)
    assert {c["assignee"]["name"] for c in mine} == {"Ben"}
    assert [c["id"] for c in json.loads(run(anna, "conversations", "--mine", "--json", monkeypatch=monkeypatch).out)] == [third]
    assert "[assigned: Anna]" in run(anna, "conversations", "--mine", monkeypatch=monkeypatch).out
    # Taken back: no longer Ben's.
    assert run(ben, "assign", str(second), "--nobody", monkeypatch=monkeypatch).code == 0
    assert [c["id"] for c in json.loads(run(ben, "conversations", "--mine", "--json", monkeypatch=monkeypatch).out)] == [first]
    # Bad input: one line, exit 2, nothing changed.
    for args, said in (
        (("assign", "999999", "Ben"), "There is no conversation 999999."),
        (("assign", str(third), "Zoe"), "There is no member called 'Zoe'; the members are: Anna, Ben."),
        (("assign", "abc", "Ben"), "CONVERSATION_ID"),
        (("assign", str(third)), "Name the member to assign it to, or say --nobody."),
    ):
        bad = run(anna, *args, monkeypatch=monkeypatch)
        assert bad.code == 2 and said in bad.err and bad.err.count("\n") == 1, (args, bad.err)
    assert [c["id"] for c in json.loads(run(anna, "conversations", "--mine", "--json", monkeypatch=monkeypatch).out)] == [third]
    # Who assigned what is recorded.
    with psycopg.connect(**pg_server.params(dbname)) as conn:
        did = conn.execute(
            "SELECT m.name, a.conversation_id, a.detail FROM activity a JOIN member m ON m.id = a.member_id "
            "WHERE a.kind = 'assign' ORDER BY a.id"
        ).fetchall()
    assert did == [("Anna", first, "Ben"), ("Ben", second, "Ben"), ("Anna", third, "Anna"), ("Ben", second, "")]


def test_alone_mine_is_everything_and_assigning_is_refused(data_dir: Path, monkeypatch) -> None:
    build(data_dir, messages=100, seed=2)
    everything = json.loads(run(data_dir, "conversations", "--json", monkeypatch=monkeypatch).out)
    assert everything and json.loads(run(data_dir, "conversations", "--mine", "--json", monkeypatch=monkeypatch).out) == everything
    refused = run(data_dir, "assign", str(everything[0]["id"]), "Anna", monkeypatch=monkeypatch)
    assert refused.code == 2 and "Assigning is for a team inbox" in refused.err and refused.err.count("\n") == 1


def test_show_json_and_the_timeline_say_which_member_did_it(team, monkeypatch) -> None:
    anna, ben, _ = team
    [first, *_] = first_ids(anna, monkeypatch)
    assert run(anna, "reply", str(first), "--text", "On its way, Anna here.", monkeypatch=monkeypatch).code == 0
    shown = json.loads(run(ben, "show", str(first), "--json", monkeypatch=monkeypatch).out)
    ours = [m for m in shown["messages"] if m.get("outbox_id")]
    assert [(m["text"], m["member"]) for m in ours] == [("On its way, Anna here.", "Anna")]
    assert all(m["member"] is None for m in shown["messages"] if m["direction"] == "in")
    assert "(by Anna)" in run(ben, "show", str(first), monkeypatch=monkeypatch).out
    # Delivered, it is a message of the conversation: still Anna's.
    delivered = Services(cache=open_cache(anna, Secrets()), secrets=Secrets())
    try:
        delivered.cache.call_write(outbox.mark_sending, ours[0]["outbox_id"])
        delivered.cache.call_write(outbox.mark_maybe_sent, ours[0]["outbox_id"], "no answer from the server")
        delivered.cache.call_write(outbox.confirm_sent, ours[0]["outbox_id"])
    finally:
        delivered.cache.close()
    shown = json.loads(run(ben, "show", str(first), "--json", monkeypatch=monkeypatch).out)
    [sent] = [m for m in shown["messages"] if m["text"] == "On its way, Anna here."]
    assert sent["id"] is not None and sent["direction"] == "out" and sent["member"] == "Anna"
    assert run(ben, "done", str(first), monkeypatch=monkeypatch).code == 0
    assert run(ben, "assign", str(first), "Anna", monkeypatch=monkeypatch).code == 0
    services = Services(cache=open_cache(ben, Secrets()), secrets=Secrets())
    try:
        contact_id = shown["customer"]["id"]
        asyncio.run(services.contacts.add_note(contact_id, "Called about the parcel."))
        entries = asyncio.run(services.contacts.timeline(contact_id))
    finally:
        services.cache.close()
    did = [(e.member, e.event, e.text) for e in entries if e.event]
    assert did == [("Ben", "done", ""), ("Ben", "assign", "Anna"), ("Ben", "note", "Called about the parcel.")]


def test_presence_and_the_second_sender_warning(team, monkeypatch) -> None:
    anna, ben, _ = team
    [first, second, *_] = first_ids(anna, monkeypatch)
    # Ben starts writing in the first conversation.
    ben_services = Services(cache=open_cache(ben, Secrets()), secrets=Secrets())
    try:
        asyncio.run(ben_services.presence.writing(first))
    finally:
        ben_services.cache.close()
    anna_services = Services(cache=open_cache(anna, Secrets()), secrets=Secrets())
    try:
        assert asyncio.run(anna_services.presence.writers(first)) == ["Ben"]
        assert asyncio.run(anna_services.presence.writers(second)) == []
        others = asyncio.run(anna_services.replies.others_replying(first))
        assert [(o.name, o.writing) for o in others] == [("Ben", True)]
    finally:
        anna_services.cache.close()
    refused = run(anna, "reply", str(first), "--text", "Hello from Anna", monkeypatch=monkeypatch)
    assert refused.code == 2 and refused.err.count("\n") == 1
    assert "Ben is replying to this customer now" in refused.err and "--despite-others" in refused.err
    assert run(anna, "reply", str(first), "--text", "Hello from Anna", "--despite-others", monkeypatch=monkeypatch).code == 0
    # Ben, about to send: Anna replied a moment ago.
    late = run(ben, "reply", str(first), "--text", "Hello from Ben", monkeypatch=monkeypatch)
    assert late.code == 2 and "Anna replied to this customer just now" in late.err
    # Elsewhere nobody is writing: no warning.
    assert run(ben, "reply", str(second), "--text", "Hello from Ben", monkeypatch=monkeypatch).code == 0


def test_presence_expires_when_the_heartbeat_stops(team, monkeypatch) -> None:
    anna, ben, _ = team
    [first, *_] = first_ids(anna, monkeypatch)
    services = Services(cache=open_cache(ben, Secrets()), secrets=Secrets())
    try:
        me = services.inbox.me
        assert me is not None
        now_ms = int(time.time() * 1000)
        # A beat from an app that crashed a while ago.
        services.cache.call_write(teamwork.beat, me, first, now_ms - teamwork.EXPIRES_MS - 1000)
        assert services.cache.call_read(teamwork.writers, first, now_ms, besides=None) == []
        services.cache.call_write(teamwork.beat, me, first, now_ms)
        assert services.cache.call_read(teamwork.writers, first, now_ms, besides=None) == ["Ben"]
        assert services.cache.call_read(teamwork.writers, first, now_ms, besides=me) == []
        asyncio.run(services.presence.writing(first))
        asyncio.run(services.presence.stopped())  # sent or left: gone at once
        assert services.cache.call_read(teamwork.writers, first, now_ms, besides=None) == []
    finally:
        services.cache.close()


def test_a_listener_without_its_server_says_so_once_not_every_try(caplog) -> None:  # type: ignore[no-untyped-def]
    import logging
    import socket

    from desktop_inbox.store.pg.live import Listener

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    states: list[bool] = []
    listener = Listener(
        {"host": "127.0.0.1", "port": port, "dbname": "team", "user": "anna", "connect_timeout": 2},
        lambda _heard: None,
        on_state=states.append,
    )
    caplog.set_level(logging.DEBUG, logger="desktop_inbox.store")
    assert listener.start(wait_s=3.5) is False  # three tries: at once, after 1 s and after 2 s more
    listener.stop()
    said = [r for r in caplog.records if "team listener" in r.getMessage()]
    assert len(said) >= 3
    assert [r.levelno for r in said].count(logging.INFO) == 1
    assert states == [False]
