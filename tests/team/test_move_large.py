"""Moving a cache of 100,000 messages into a team database: every table's
rows arrive, counted on both sides, and the team's search finds what the
local one found."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg

from bench.make_cache import build
from desktop_inbox.secrets import Secrets
from desktop_inbox.services import team
from desktop_inbox.store.db import CACHE_FILE
from desktop_inbox.store.pg.team import TABLES
from tests.helpers.postgres import PgServer


def test_a_cache_of_100000_messages_moves_whole(tmp_path: Path, pg_server: PgServer) -> None:
    data = tmp_path / "shop"
    build(data, messages=100_000, seed=1)
    local = sqlite3.connect(data / CACHE_FILE)
    expected = {t: local.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    local.close()
    assert expected["message"] == 100_000
    name = pg_server.new_database()
    try:
        status = team.create(data, Secrets(), pg_server.url(name, with_password=True), name="Anna")
        assert status.messages == 100_000 and status.conversations == expected["conversation"]
        with psycopg.connect(**pg_server.params(name)) as conn:
            found = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
            indexed = conn.execute("SELECT count(*) FROM message_fts").fetchone()[0]
        # (the team adds its member: Anna, and nothing else)
        assert {**found, "member": found["member"] - 1} == expected
        assert indexed == 100_000
    finally:
        team.leave(data, Secrets())
        pg_server.drop_database(name)
