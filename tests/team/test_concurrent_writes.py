"""Two members writing to one team database at once: new ids come from
sequences (max(id) + 1 would hand both the same one), and the store's write
transactions that read before they write (ingest: time keys, new people and
conversations) go one at a time, as in one SQLite file."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import psycopg
import pytest

from desktop_inbox.records import Direction, Kind, Person, Platform, Post
from desktop_inbox.store import ingest
from desktop_inbox.store.db import Cache
from desktop_inbox.store.pg.cache import TeamCache
from desktop_inbox.store.schema import database
from tests.helpers.shop import T0, shop_cache


def test_two_connections_inserting_at_once_get_different_ids(team_db: dict[str, object]) -> None:
    first = psycopg.connect(**team_db)  # type: ignore[arg-type]
    second = psycopg.connect(**team_db)  # type: ignore[arg-type]
    try:
        # Both transactions stay open: neither sees the other's row.
        one = first.execute("INSERT INTO tag (name) VALUES ('vip') RETURNING id").fetchone()[0]
        second.execute("SET lock_timeout = '3s'")  # (an id both took would wait on the other's key)
        two = second.execute("INSERT INTO tag (name) VALUES ('late') RETURNING id").fetchone()[0]
        first.commit()
        second.commit()
        assert one != two
        ids = [r[0] for r in first.execute("SELECT id FROM tag ORDER BY id")]
        assert ids == sorted({one, two})
    finally:
        first.close()
        second.close()


def test_sequences_continue_after_the_ids_a_copy_wrote(team_db: dict[str, object]) -> None:
    with psycopg.connect(**team_db, autocommit=True) as conn:  # type: ignore[arg-type]
        conn.execute("INSERT INTO tag (id, name) VALUES (500, 'copied')")
        from desktop_inbox.store.pg import migrations

        migrations.sync_sequences(conn)
        assert conn.execute("INSERT INTO tag (name) VALUES ('new') RETURNING id").fetchone()[0] == 501


@pytest.fixture
def cache(data_dir: Path, team_db: dict[str, object]) -> Iterator[Cache]:
    yield from shop_cache(data_dir, lambda d: TeamCache(d, team_db))


def _posts(who: str, rounds: int) -> list[list[Post]]:
    """Pages of new customers writing at the very same milliseconds as the
    other writer's (the same time keys wanted on both sides)."""
    pages = []
    for n in range(rounds):
        person = Person(Platform.MASTODON, f"https://m.example/@{who}{n}", f"id-{who}{n}", f"@{who}{n}@m.example", who)
        at = T0 + timedelta(seconds=n)
        pages.append([Post(f"{who}-{n}-{i}", person, f"{who} {n} {i}", at, Kind.DIRECT, Direction.IN, person) for i in range(3)])
    return pages


def test_two_writers_ingesting_at_once_lose_nothing(cache: Cache) -> None:
    rounds = 25
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def write(who: str) -> None:
        # Its own thread: its own connection to the server, as another member's app.
        try:
            for page in _posts(who, rounds):
                start.wait(timeout=30)
                ingest.store_posts(1, page)
        except BaseException as exc:
            errors.append(exc)
            start.abort()
        finally:
            database.close()

    writers = [threading.Thread(target=write, args=(who,)) for who in ("anna", "ben")]
    for t in writers:
        t.start()
    for t in writers:
        t.join(120)
    assert errors == []
    counted = cache.call_read(
        lambda: database.execute_sql(
            "SELECT count(*), count(DISTINCT time_key), count(DISTINCT conversation_id) FROM message"
        ).fetchone()
    )
    assert tuple(counted) == (2 * rounds * 3, 2 * rounds * 3, 2 * rounds)


def test_a_database_made_before_sequences_gets_them(pg_server, pg_template: str) -> None:
    """Team databases made before ``TEAM_STEPS`` 1 numbered rows max(id) + 1
    (``inbox_next_id``): opening one moves every such table to a sequence
    that continues after its rows."""
    from desktop_inbox.store.pg import migrations

    name = pg_server.new_database(template=pg_template)
    try:
        with psycopg.connect(**pg_server.params(name), autocommit=True) as conn:
            # (As such a database was: the default, no sequence, no step column, no sync_leader.)
            conn.execute(
                """
                ALTER TABLE tag ALTER COLUMN id SET DEFAULT inbox_next_id('tag');
                DROP SEQUENCE tag_id_seq;
                ALTER TABLE schema_version DROP COLUMN team_step;
                DROP TABLE sync_leader;
                INSERT INTO tag (name) VALUES ('one'), ('two');
                """
            )
            assert migrations.team_step(migrations.Connection(conn)) == 0
            migrations.migrate(conn)
            assert migrations.team_step(migrations.Connection(conn)) == len(migrations.TEAM_STEPS)
            default = conn.execute(
                "SELECT pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d JOIN pg_class c ON c.oid = d.adrelid "
                "JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum WHERE c.relname = 'tag' AND a.attname = 'id'"
            ).fetchone()[0]
            assert default == "nextval('tag_id_seq'::regclass)"
            assert conn.execute("INSERT INTO tag (name) VALUES ('three') RETURNING id").fetchone()[0] == 3
            assert conn.execute("SELECT count(*) FROM sync_leader").fetchone()[0] == 0
    finally:
        pg_server.drop_database(name)


def test_a_database_made_with_trigram_indexes_loses_them(pg_server, pg_template: str) -> None:
    """``TEAM_STEPS`` 2: the trigram indexes of the search text, which no
    search reads and every stored message updated, are dropped from a
    database that had them; the search's own (tsvector) indexes stay."""
    from desktop_inbox.store.pg import migrations

    def indexes(conn: psycopg.Connection) -> set[str]:
        rows = conn.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'message_fts'").fetchall()
        return {r[0] for r in rows}

    name = pg_server.new_database(template=pg_template)
    try:
        with psycopg.connect(**pg_server.params(name), autocommit=True) as conn:
            assert "message_fts_body_trgm" not in indexes(conn)
            # (As such a database was: step 1 only, its trigram indexes.)
            conn.execute(
                """
                UPDATE schema_version SET team_step = 1;
                CREATE INDEX message_fts_body_trgm ON message_fts USING gin (inbox_words(body) gin_trgm_ops);
                CREATE INDEX message_fts_author_trgm ON message_fts USING gin (inbox_words(author) gin_trgm_ops);
                """
            )
            migrations.migrate(conn)
            assert migrations.team_step(migrations.Connection(conn)) == len(migrations.TEAM_STEPS)
            # (And step 5's index of each row's conversation.)
            assert indexes(conn) == {
                "message_fts_pkey",
                "message_fts_body",
                "message_fts_author",
                "message_fts_conversation",
            }
    finally:
        pg_server.drop_database(name)


def test_a_database_made_before_the_index_knew_conversations_gets_them(cache: Cache, team_db: dict[str, object]) -> None:
    """``TEAM_STEPS`` 4: each search index row's conversation (what a
    search's conversation filters test), filled in for the rows a database
    had, then kept for each new one, a re-indexed one included."""
    from desktop_inbox.store.pg import migrations

    [first] = _posts("anna", 1)
    cache.call_write(lambda: ingest.store_page(1, "mentions", first, cursor="x", exhausted=False, unread=True))

    def owners(conn: psycopg.Connection) -> list[tuple[object, object]]:
        return conn.execute(
            "SELECT f.conversation_id, m.conversation_id FROM message_fts f JOIN message m ON m.time_key = f.rowid ORDER BY f.rowid"
        ).fetchall()

    with psycopg.connect(**team_db, autocommit=True) as conn:  # type: ignore[arg-type]
        assert len(owners(conn)) == 3 and all(f == m and f is not None for f, m in owners(conn))
        # (As such a database was: step 3, no column, no triggers.)
        conn.execute(
            """
            DROP TRIGGER message_fts_conversation ON message_fts;
            DROP TRIGGER message_fts_reindexed ON message_fts;
            DROP TRIGGER message_moved ON message;
            ALTER TABLE message_fts DROP COLUMN conversation_id;
            UPDATE schema_version SET team_step = 3;
            """
        )
        migrations.migrate(conn)
        assert migrations.team_step(migrations.Connection(conn)) == len(migrations.TEAM_STEPS)
        assert len(owners(conn)) == 3 and all(f == m and f is not None for f, m in owners(conn))
    [second] = _posts("ben", 1)
    cache.call_write(lambda: ingest.store_page(1, "mentions", second, cursor="y", exhausted=False, unread=True))
    with psycopg.connect(**team_db, autocommit=True) as conn:  # type: ignore[arg-type]
        found = owners(conn)
        assert len(found) == 6 and all(f == m and f is not None for f, m in found)
        assert len({m for _f, m in found}) == 2
        # A rowid indexed again (a message deleted without unindexing, its
        # time key taken by another) takes the new message's conversation.
        key, other = conn.execute(
            "SELECT min(time_key), max(conversation_id) FROM message WHERE conversation_id <> "
            "(SELECT max(conversation_id) FROM message)"
        ).fetchone()
        conn.execute("UPDATE message_fts SET conversation_id = NULL WHERE rowid = %s", (key,))
        conn.execute("UPDATE message_fts SET body = body || ' again' WHERE rowid = %s", (key,))
        assert conn.execute("SELECT conversation_id FROM message_fts WHERE rowid = %s", (key,)).fetchone()[0] == other
