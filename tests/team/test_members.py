"""Members: a second data folder joins the team as another person, and the
team database records who did what (replies, notes, tags, done, snooze),
whichever command or app did it."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest

from bench.make_cache import build
from desktop_inbox import cli as cli_module
from desktop_inbox.secrets import Secrets
from desktop_inbox.services import team
from desktop_inbox.services.backup import open_cache
from desktop_inbox.store import contacts
from tests.conftest import CliResult
from tests.helpers.postgres import PASSWORD, PgServer


@pytest.fixture
def team_url(pg_server: PgServer) -> Iterator[str]:
    name = pg_server.new_database()
    yield pg_server.url(name)
    pg_server.drop_database(name)


def run(data_dir: Path, *args: str, stdin: str = "", monkeypatch: pytest.MonkeyPatch) -> CliResult:
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = cli_module.run([*args, "--data-dir", str(data_dir)], out=out, err=err)
    return CliResult(code, out.getvalue(), err.getvalue())


def contact_of(pg_server: PgServer, url: str, conversation_id: int) -> int:
    with psycopg.connect(**pg_server.params(url.rsplit("/", 1)[1])) as conn:
        return int(conn.execute("SELECT contact_id FROM conversation WHERE id = %s", (conversation_id,)).fetchone()[0])


def activity(pg_server: PgServer, url: str) -> list[tuple[str, str, object, object, str]]:
    with psycopg.connect(**pg_server.params(url.rsplit("/", 1)[1])) as conn:
        return conn.execute(
            """
            SELECT m.name, a.kind, a.conversation_id, a.contact_id, a.detail FROM activity a
            LEFT JOIN member m ON m.id = a.member_id ORDER BY a.id
            """
        ).fetchall()


def test_two_members_and_who_did_what(tmp_path: Path, pg_server: PgServer, team_url: str, monkeypatch) -> None:
    anna_dir, ben_dir = tmp_path / "anna", tmp_path / "ben"
    build(anna_dir, messages=300, seed=4)
    made = run(anna_dir, "team", "create", team_url, "--name", "Anna", "--password-stdin", stdin=PASSWORD + "\n", monkeypatch=monkeypatch)
    assert made.code == 0, made.err
    joined = run(ben_dir, "team", "join", team_url, "--name", "Ben", "--signoff", "^B", "--password-stdin", stdin=PASSWORD + "\n", monkeypatch=monkeypatch)
    assert joined.code == 0, joined.err
    assert "as Ben" in joined.out
    # Ben sees Anna's inbox: one shared history.
    listed = json.loads(run(ben_dir, "conversations", "--json", "--limit", "5", monkeypatch=monkeypatch).out)
    assert listed == json.loads(run(anna_dir, "conversations", "--json", "--limit", "5", monkeypatch=monkeypatch).out)
    first, second = listed[0], listed[1]
    assert run(ben_dir, "done", str(first["id"]), monkeypatch=monkeypatch).code == 0
    until = (datetime.now(UTC) + timedelta(days=2)).strftime("%Y-%m-%d %H:%M")
    snoozed = run(anna_dir, "snooze", str(second["id"]), "--until", until, monkeypatch=monkeypatch)
    assert snoozed.code == 0, snoozed.err
    replied = run(anna_dir, "reply", str(first["id"]), "--text", "Thank you, it is on its way.", monkeypatch=monkeypatch)
    assert replied.code == 0, replied.err
    # Notes and tags through the store itself: the database records them whatever the path.
    cache = open_cache(ben_dir, Secrets())
    try:
        contact_id = contact_of(pg_server, team_url, first["id"])
        cache.call_write(contacts.add_note, contact_id, "Prefers e-mail.")
        cache.call_write(contacts.add_tag, contact_id, "vip")
        cache.call_write(contacts.remove_tag, contact_id, "vip")
    finally:
        cache.close()
    did = [(who, kind, conv, contact) for who, kind, conv, contact, _ in activity(pg_server, team_url)]
    assert did == [
        ("Ben", "done", first["id"], contact_id),
        ("Anna", "snooze", second["id"], contact_of(pg_server, team_url, second["id"])),
        ("Anna", "reply", first["id"], None),
        ("Ben", "note", None, contact_id),
        ("Ben", "tag", None, contact_id),
        ("Ben", "untag", None, contact_id),
    ]
    with psycopg.connect(**pg_server.params(team_url.rsplit("/", 1)[1])) as conn:
        assert conn.execute("SELECT m.name FROM outbox o JOIN member m ON m.id = o.member_id").fetchall() == [("Anna",)]
    status = json.loads(run(ben_dir, "team", "status", "--json", monkeypatch=monkeypatch).out)
    assert status["me"] == "Ben"
    assert [(m["name"], m["signoff"]) for m in status["members"]] == [("Anna", ""), ("Ben", "^B")]
    assert all(m["last_active"] for m in status["members"]) and status["last_change"]


def test_joining_a_database_that_is_no_team_is_refused(tmp_path: Path, pg_server: PgServer, team_url: str, monkeypatch) -> None:
    result = run(tmp_path / "ben", "team", "join", team_url, "--name", "Ben", "--password-stdin", stdin=PASSWORD + "\n", monkeypatch=monkeypatch)
    assert result.code == 2 and "holds no team inbox" in result.err and result.err.count("\n") == 1
    assert not (tmp_path / "ben" / team.TEAM_FILE).exists()
    assert run(tmp_path / "ben", "team", "join", team_url, "--name", " ", monkeypatch=monkeypatch).code == 2


def test_a_local_cache_records_no_activity(data_dir: Path) -> None:
    """One user, no team: nothing about members is written (migration 9 adds
    empty tables, and no triggers on SQLite)."""
    build(data_dir, messages=100, seed=2)
    cache = open_cache(data_dir, Secrets())
    try:
        from desktop_inbox.store.schema import database

        assert cache.call_read(lambda: database.execute_sql("SELECT count(*) FROM activity").fetchone()[0]) == 0
        assert cache.call_read(lambda: database.execute_sql("SELECT count(*) FROM member").fetchone()[0]) == 0
    finally:
        cache.close()
