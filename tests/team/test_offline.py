"""On a plane in team mode: the copy on this computer is read and searched,
replies written there wait, and reach the team's outbox once, when the
server is back; other changes are refused in one clear line."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from bench.make_cache import build
from desktop_inbox import cli as cli_module
from desktop_inbox.secrets import Secrets
from desktop_inbox.services import team
from desktop_inbox.services.backup import open_cache
from desktop_inbox.services.team_copy import TeamCopyService
from desktop_inbox.store.pg import local_copy
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


def away(data_dir: Path, *, port: int) -> None:
    """The server moves out of reach (a closed port, as on a plane)."""
    path = data_dir / team.TEAM_FILE
    settings = json.loads(path.read_text())
    settings["url"] = settings["url"].replace(f":{port}/", ":9/")
    path.write_text(json.dumps(settings))


def back(data_dir: Path, *, port: int) -> None:
    path = data_dir / team.TEAM_FILE
    settings = json.loads(path.read_text())
    settings["url"] = settings["url"].replace(":9/", f":{port}/")
    path.write_text(json.dumps(settings))


def test_reading_and_replying_on_a_plane(tmp_path: Path, pg_server: PgServer, team_url: str, monkeypatch) -> None:
    anna = tmp_path / "anna"
    build(anna, messages=300, seed=5)
    made = run(anna, "team", "create", team_url, "--name", "Anna", "--password-stdin", stdin=PASSWORD + "\n", monkeypatch=monkeypatch)
    assert made.code == 0, made.err
    online = json.loads(run(anna, "conversations", "--json", "--limit", "5", monkeypatch=monkeypatch).out)
    # Anna's app has been running: her copy followed the team.
    assert TeamCopyService(anna, Secrets()).refresh_now() is not None
    # No copy yet for a folder that never refreshed: the error says the server is away.
    away(anna, port=pg_server.port)
    cache = open_cache(anna, Secrets())
    try:
        assert isinstance(cache, local_copy.OfflineCopy) and cache.refreshed_at is not None
    finally:
        cache.close()
    said = run(anna, "team", "status", "--json", monkeypatch=monkeypatch)
    assert said.code == 0, said.err
    status = json.loads(said.out)
    assert status["mode"] == "team" and status["reachable"] is False and status["me"] == "Anna"
    assert status["copy_refreshed"] is not None
    listed = json.loads(run(anna, "conversations", "--json", "--limit", "5", monkeypatch=monkeypatch).out)
    assert listed == online
    found = run(anna, "search", "size", "--json", monkeypatch=monkeypatch)
    assert found.code == 0 and json.loads(found.out)
    refused = run(anna, "done", str(listed[0]["id"]), monkeypatch=monkeypatch)
    assert refused.code != 0 and "team server is unreachable" in refused.err and refused.err.count("\n") == 1
    replied = run(anna, "reply", str(listed[0]["id"]), "--text", "Written on the plane: it ships Monday.", monkeypatch=monkeypatch)
    assert replied.code == 0, replied.err

    back(anna, port=pg_server.port)
    service = TeamCopyService(anna, Secrets())
    cache = open_cache(anna, Secrets())
    try:
        assert cache.shared
        assert service.hand_over_now(cache) == 1
        assert service.hand_over_now(cache) == 0  # once
    finally:
        cache.close()
    with psycopg.connect(**pg_server.params(team_url.rsplit("/", 1)[1])) as conn:
        sent = conn.execute(
            "SELECT o.conversation_id, m.name FROM outbox o JOIN member m ON m.id = o.member_id WHERE o.text = %s",
            ("Written on the plane: it ships Monday.",),
        ).fetchall()
    assert sent == [(listed[0]["id"], "Anna")]


def test_a_hand_over_cut_short_is_not_repeated(tmp_path: Path, pg_server: PgServer, team_url: str, monkeypatch) -> None:
    anna = tmp_path / "anna"
    build(anna, messages=100, seed=6)
    assert run(anna, "team", "create", team_url, "--name", "Anna", "--password-stdin", stdin=PASSWORD + "\n", monkeypatch=monkeypatch).code == 0
    service = TeamCopyService(anna, Secrets())
    service.refresh_now()
    away(anna, port=pg_server.port)
    conversation = json.loads(run(anna, "conversations", "--json", "--limit", "1", monkeypatch=monkeypatch).out)[0]["id"]
    assert run(anna, "reply", str(conversation), "--text", "Only once, please.", monkeypatch=monkeypatch).code == 0
    back(anna, port=pg_server.port)
    import sqlite3

    copy = local_copy.copy_path(anna)
    kept = sqlite3.connect(copy).execute("SELECT * FROM outbox WHERE id > ?", (local_copy.LOCAL_IDS,)).fetchall()
    cache = open_cache(anna, Secrets())
    try:
        assert service.hand_over_now(cache) == 1
        # The copy's side of the hand-over was lost (a crash): the reply is there again.
        lite = sqlite3.connect(copy)
        lite.execute(f"INSERT INTO outbox VALUES ({', '.join('?' * len(kept[0]))})", kept[0])
        lite.commit()
        assert service.hand_over_now(cache) == 1
    finally:
        cache.close()
    with psycopg.connect(**pg_server.params(team_url.rsplit("/", 1)[1])) as conn:
        assert conn.execute("SELECT count(*) FROM outbox WHERE text = 'Only once, please.'").fetchone()[0] == 1


def test_without_a_copy_the_server_being_away_is_said_plainly(tmp_path: Path, pg_server: PgServer, team_url: str, monkeypatch) -> None:
    anna = tmp_path / "anna"
    build(anna, messages=100, seed=6)
    assert run(anna, "team", "create", team_url, "--name", "Anna", "--password-stdin", stdin=PASSWORD + "\n", monkeypatch=monkeypatch).code == 0
    away(anna, port=pg_server.port)
    listed = run(anna, "conversations", monkeypatch=monkeypatch)
    assert listed.code != 0 and "unreachable" in listed.err and listed.err.count("\n") == 1
    status = run(anna, "team", "status", monkeypatch=monkeypatch)
    assert status.code == 0, status.err
    assert "Team server unreachable" in status.out and "No copy on this computer yet" in status.out
