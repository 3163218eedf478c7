"""What a connection to the team's database does as it connects
(``store.pg.database.TeamDatabase._initialize_connection``)."""

from __future__ import annotations

import time
from pathlib import Path

import psycopg

from desktop_inbox.store.pg.cache import TeamCache
from desktop_inbox.store.schema import database
from tests.helpers.postgres import PgServer

# The caches a backend builds the first time it compares case-blind (the
# ICU collator of ``nocase``) and reads words (the ``inbox`` configuration).
_OPENED = "SELECT name, ident FROM pg_backend_memory_contexts WHERE name IN ('Collation cache', 'TS dictionary')"


def test_a_connection_opens_the_collation_and_the_search_words_before_the_first_search(
    tmp_path: Path, team_db: dict[str, object]
) -> None:
    """So the first tag: filter does not pay ~10 ms for opening ICU's
    collator, nor the first search ~3 ms for the dictionaries (bench/ row 12:
    'refund tag:vip' took 60 ms once, 26 after)."""
    cache = TeamCache(tmp_path, team_db)
    try:
        opened = cache.call_read(lambda: set(database.execute_sql(_OPENED).fetchall()))
    finally:
        cache.close()
    assert opened == {("Collation cache", None), ("TS dictionary", "unaccent"), ("TS dictionary", "inbox_english")}


def test_a_database_the_team_has_not_made_yet_is_connected_to_all_the_same(tmp_path: Path, pg_server: PgServer) -> None:
    """A new, empty database has neither the collation nor the configuration
    until its migrations run: connecting must not ask for them."""
    name = pg_server.new_database()
    try:
        cache = TeamCache(tmp_path, pg_server.params(name))
        try:
            tables = cache.call_read(
                lambda: database.execute_sql("SELECT count(*) FROM pg_tables WHERE tablename = 'message'").fetchone()[0]
            )
        finally:
            cache.close()
    finally:
        pg_server.drop_database(name)
    assert tables == 1  # (and it was made: the migrations ran on that connection)


def test_the_reader_connects_while_the_writer_migrates(tmp_path: Path, team_db: dict[str, object]) -> None:
    """So the window's first page, the first read, waits for no connection
    (nor for what one does as it opens, above): both of the store's threads
    are connected before anything is read."""
    cache = TeamCache(tmp_path, team_db)
    try:
        with psycopg.connect(**team_db, autocommit=True) as watcher:  # type: ignore[arg-type]
            deadline = time.monotonic() + 10
            while True:
                others = watcher.execute(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
                ).fetchone()
                assert others is not None
                if others[0] >= 2 or time.monotonic() > deadline:
                    break
                time.sleep(0.05)
        assert others[0] == 2  # the writer's and the reader's, no read made
    finally:
        cache.close()
