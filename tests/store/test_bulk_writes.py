"""Many rows of one statement (the store's ``executemany``): on a team
database one statement over arrays of the rows (``store.pg.dialect.bulk``),
not one execution a row. These check that the rows written are the ones
writing them one by one gives, on both backends, and that a team database
announces a page's conversations once, not once a row."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import psycopg
import pytest

from desktop_inbox.records import Direction, Kind, Person, Platform, Post
from desktop_inbox.store import aggregate, ingest
from desktop_inbox.store.db import Cache
from desktop_inbox.store.pg import dialect, live
from desktop_inbox.store.pg.cache import TeamCache
from desktop_inbox.store.schema import database
from tests.helpers.shop import T0, shop_cache


def person(n: int) -> Person:
    return Person(Platform.MASTODON, f"https://m.example/@p{n}", f"id-{n}", f"@p{n}@m.example", f"P {n}")


def post(rid: str, who: Person, minutes: int) -> Post:
    return Post(rid, who, f"text {rid}", T0 + timedelta(minutes=minutes), Kind.DIRECT, Direction.IN, who)


@pytest.fixture
def cache(data_dir: Path, open_cache: Callable[[Path], Cache]) -> Iterator[Cache]:
    yield from shop_cache(data_dir, open_cache)


def many(cache: Cache, sql: str, rows: list[tuple[object, ...]]) -> None:
    def write() -> None:
        with database.atomic():
            database.cursor().executemany(sql, rows)

    cache.call_write(write)


def read(cache: Cache, sql: str) -> list[tuple[object, ...]]:
    return cache.call_read(lambda: database.execute_sql(sql).fetchall())


def test_an_upsert_naming_a_key_twice_ends_as_one_by_one(cache: Cache) -> None:
    """PostgreSQL refuses to change a row twice in one statement: such a
    batch goes row by row, and the last row of a key wins, as in SQLite."""
    upsert = """
        INSERT INTO sync_cursor (account_id, stream, value, exhausted, oldest_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (account_id, stream) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
    """
    many(cache, upsert, [(1, "a", "1", 0, None, 1), (1, "b", "1", 0, 5, 1)])
    many(cache, upsert, [(1, "a", "2", 0, None, 2), (1, "c", None, 1, None, 2), (1, "a", "3", 0, None, 3)])
    many(cache, upsert, [(1, "b", "4", 0, None, 4), (1, "c", "4", 0, None, 4)])
    assert read(cache, "SELECT stream, value, exhausted, oldest_at, updated_at FROM sync_cursor ORDER BY stream") == [
        ("a", "3", 0, None, 3),
        ("b", "4", 0, 5, 4),
        ("c", "4", 1, None, 4),
    ]


def test_an_update_by_a_key_many_rows_share_changes_each_of_them(cache: Cache) -> None:
    posts = [post(str(n), person(n % 3), n) for n in range(9)]
    cache.call_write(ingest.store_page, 1, "s", posts, cursor="x", exhausted=False, unread=True)
    conversations = [r[0] for r in read(cache, "SELECT id FROM conversation ORDER BY id")]
    assert len(conversations) == 3
    many(cache, "UPDATE message SET thread_root = ? WHERE conversation_id = ?", [(f"root {c}", c) for c in conversations[:2]])
    # The same key twice in a batch: the last one wins, as one by one.
    many(cache, "UPDATE conversation SET snippet = ? WHERE id = ?", [("first", conversations[0]), ("last", conversations[0])])
    roots = read(cache, "SELECT conversation_id, count(*), min(thread_root), max(thread_root) FROM message GROUP BY conversation_id ORDER BY 1")
    assert roots[:2] == [(c, 3, f"root {c}", f"root {c}") for c in conversations[:2]]
    assert roots[2][2] != f"root {conversations[2]}"
    assert read(cache, f"SELECT snippet FROM conversation WHERE id = {conversations[0]}") == [("last",)]


def test_a_page_announces_its_conversations_once(data_dir: Path, team_db: dict[str, object]) -> None:
    """The live triggers run once a statement: a page that starts 30
    conversations sends one notification naming all of them (it sent one a
    row when the rows went in one execution each)."""
    for team in shop_cache(data_dir, lambda d: TeamCache(d, team_db)):
        with psycopg.connect(**team_db, autocommit=True) as listener:  # type: ignore[arg-type]
            listener.execute(f"LISTEN {live.CHANNEL}")
            posts = [post(str(n), person(n), n) for n in range(30)]
            team.call_write(ingest.store_page, 1, "s", posts, cursor="x", exhausted=False, unread=True)
            # (Committed before store_page returned: every notification is here.)
            payloads = [n.payload for n in listener.notifies(timeout=1.0)]
        started = {r[0] for r in read(team, "SELECT id FROM conversation")}
    assert len(started) == 30
    assert [p for p in payloads if p.startswith("c")] == [payloads[0]], payloads
    assert live.parse(payloads).conversations == started


def test_the_store_statements_a_page_runs_for_many_rows_go_in_bulk() -> None:
    for sql in (ingest._INSERT_MESSAGE, ingest._INSERT_CONV, aggregate.SAVE,
                "INSERT INTO message_fts (rowid, body, author) VALUES (?, ?, ?)",
                "INSERT INTO contact (id, name, created_at) VALUES (?, ?, ?)",
                "INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) VALUES (?, ?)"):
        assert dialect.bulk(sql) is not None, sql
    fts = dialect.bulk("INSERT INTO message_fts (rowid, body, author) VALUES (?, ?, ?)")
    assert fts is not None and fts.unique == (0,)  # (its upsert: no rowid twice in one statement)
    text = fts.sql({"rowid": "bigint", "body": "text", "author": "text"})
    assert text.startswith("INSERT INTO message_fts (rowid, body, author) SELECT * FROM unnest(%b::bigint[], %b::text[], %b::text[])")
    assert "ON CONFLICT (rowid) DO UPDATE" in text
    for sql in (ingest._INSERT_MEDIA,  # (INSERT ... SELECT: row by row)
                "UPDATE contact SET name = ? WHERE id = ? AND name = ?",
                "UPDATE conversation SET unread_count = unread_count + ? WHERE id = ?",
                "INSERT INTO contact (name, created_at) VALUES (?, ?) RETURNING id"):
        assert dialect.bulk(sql) is None, sql
