"""Anna's data folder in a team on the tests' PostgreSQL, with the shop's
Mastodon account of the local test server, synced once (the team switch
tests: below the window and the real app under Xvfb)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from tests.helpers.mastodon import World
from tests.helpers.postgres import PASSWORD, PgServer
from tests.team.test_two_apps import cli


def annas_team(tmp_path: Path, pg_server: PgServer, world: World) -> Iterator[tuple[Path, str]]:
    """(her folder, the team database's name); the database goes after."""
    name = pg_server.new_database()
    folder = tmp_path / "anna"
    added = cli(folder, "accounts", "add", "mastodon", "--instance", world.url, "--token-stdin", stdin=world.token + "\n")
    assert added[0] == 0, added
    made = cli(folder, "team", "create", pg_server.url(name), "--name", "Anna", "--password-stdin", stdin=PASSWORD + "\n")
    assert made[0] == 0, made
    assert cli(folder, "sync", "--once")[0] == 0
    yield folder, name
    with contextlib.suppress(Exception):
        pg_server.start()  # (a failed test may have left it stopped)
    pg_server.drop_database(name)
