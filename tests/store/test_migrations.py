"""A cache made by an older schema upgrades in place, and the models match."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from desktop_inbox.store import migrations
from desktop_inbox.store.db import Cache
from desktop_inbox.store.schema import ALL_MODELS, database


def _v1_cache(path: Path) -> None:
    """What Desktop Inbox with schema 1 wrote: a customer and two messages."""
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.migrate(conn, target=1)
    conn.executescript(
        """
        INSERT INTO account (id, platform, base_url, remote_id, handle, secret_ref, created_at)
            VALUES (1, 'mastodon', 'https://shop.example', '1', '@shop@shop.example', 'mastodon:x', 0);
        INSERT INTO contact (id, name, created_at) VALUES (1, 'Άννα', 0);
        INSERT INTO identity (id, contact_id, platform, key, remote_id, handle, name, first_seen_at)
            VALUES (1, 1, 'mastodon', 'https://m.example/users/anna', '7', '@anna@m.example', 'Άννα Ζάππου', 0);
        INSERT INTO identity (id, platform, key, remote_id, handle, is_self, first_seen_at)
            VALUES (2, 'mastodon', 'https://shop.example/users/shop', '1', '@shop@shop.example', 1, 0);
        INSERT INTO conversation (id, account_id, kind, thread_key, contact_id, identity_id, created_at)
            VALUES (1, 1, 'public', 'thread:10:anna', 1, 1, 0);
        INSERT INTO message (id, account_id, conversation_id, remote_id, identity_id, direction, text, created_at)
            VALUES (1, 1, 1, '10', 1, 'in', 'Where is my parcel? 客户服务 please', 1000),
                   (2, 1, 1, '11', 2, 'out', 'It was shipped yesterday', 2000);
        """
    )
    conn.close()


def test_old_cache_is_upgraded_in_place_and_its_messages_are_searchable(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    _v1_cache(data_dir / "cache.sqlite3")
    with Cache(data_dir) as cache:
        version = cache.call_read(lambda: database.execute_sql("PRAGMA user_version").fetchone()[0])
        assert version == migrations.LATEST
        from desktop_inbox.store import search

        assert [h.message_id for h in cache.call_read(search.search, "shipping")] == [2]
        assert [h.message_id for h in cache.call_read(search.search, "客户")] == [1]
        # A word being typed finds the whole words it begins (listed by migration 13).
        typing = cache.call_read(search.completed, search.parse("shipp", prefix_last=True))
        assert typing.completions == ("shipped",)
        assert [h.message_id for h in cache.call_read(search.search, typing)] == [2]
        # Author names are indexed too (accents folded).
        assert [h.message_id for h in cache.call_read(search.search, "ζαππου")] == [1]
        # The people who were there are found by part of a name (migration
        # 14 listed them by their trigrams), in any case.
        assert [h.message_id for h in cache.call_read(search.search, "from:ΖΆΠΠ")] == [1]
        assert [h.message_id for h in cache.call_read(search.search, "from:m.example")] == [1]
        # Best match tests a conversation's filters in their own index
        # (migration 15), a platform in message_time (16).
        assert [h.message_id for h in cache.call_read(search.search, "parcel platform:mastodon", order="best")] == [1]
        assert [h.message_id for h in cache.call_read(search.search, "parcel is:public", order="best")] == [1]
        assert [h.message_id for h in cache.call_read(search.search, "parcel platform:x", order="best")] == []
        # Nothing was lost on the way.
        count = cache.call_read(lambda: database.execute_sql("SELECT count(*) FROM message").fetchone()[0])
        assert count == 2


def test_migration_is_all_or_nothing(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.migrate(conn, target=1)

    def broken(c: sqlite3.Connection) -> None:
        c.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("power cut")

    saved = migrations.MIGRATIONS
    migrations.MIGRATIONS = (saved[0], broken)
    try:
        with contextlib.suppress(RuntimeError):
            migrations.migrate(conn, target=2)
    finally:
        migrations.MIGRATIONS = saved
    assert migrations.current_version(conn) == 1
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "half_done" not in tables


def test_a_cache_from_a_newer_version_is_refused(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    conn = sqlite3.connect(data_dir / "cache.sqlite3")
    conn.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    conn.close()
    try:
        Cache(data_dir)
    except Exception as exc:  # StoreError
        assert "newer Desktop Inbox" in str(exc)
    else:
        raise AssertionError("a newer cache was opened")


def test_models_match_the_migrated_schema(data_dir: Path) -> None:
    with Cache(data_dir) as cache:
        def columns(table: str) -> set[str]:
            return {r[1] for r in database.execute_sql(f"PRAGMA table_info({table})")}

        for model in ALL_MODELS:
            table = model._meta.table_name
            declared = {f.column_name for f in model._meta.sorted_fields}
            assert declared == cache.call_read(columns, table), table


def test_every_inbox_query_uses_an_index(data_dir: Path) -> None:
    from desktop_inbox.store import conversations

    with Cache(data_dir) as cache:
        def plan(sql: str, params: tuple) -> str:  # type: ignore[type-arg]
            return " | ".join(r[3] for r in database.execute_sql("EXPLAIN QUERY PLAN " + sql, params))

        inbox = cache.call_read(
            plan,
            f"SELECT {conversations._SUMMARY_COLUMNS} {conversations._SUMMARY_FROM} "
            "WHERE (c.sort_key, c.id) > (?, ?) ORDER BY c.sort_key, c.id LIMIT 100",
            (0, 0),
        )
        assert "USE TEMP B-TREE" not in inbox and "conversation_inbox" in inbox
        by_state = cache.call_read(
            plan,
            f"SELECT {conversations._SUMMARY_COLUMNS} {conversations._SUMMARY_FROM} "
            "WHERE c.state = ? ORDER BY c.sort_key, c.id LIMIT 100",
            ("needs_reply",),
        )
        assert "USE TEMP B-TREE" not in by_state and "conversation_state" in by_state
        thread = cache.call_read(
            plan, "SELECT id FROM message WHERE conversation_id = ? ORDER BY created_at, id", (1,)
        )
        assert "message_conversation" in thread
        customer = cache.call_read(
            plan, "SELECT id FROM conversation WHERE contact_id = ? ORDER BY last_message_at DESC", (1,)
        )
        # A customer has a handful of conversations: found by the index and
        # sorted when read (the index entry no longer moves with each message).
        assert "conversation_contact" in customer
        # Messages of a period, newest replies: the time key's index, not a scan.
        period = cache.call_read(
            plan, "SELECT DISTINCT conversation_id FROM message m WHERE m.time_key >= ? AND m.time_key < ?", (0, 1)
        )
        assert "message_time" in period
        # No index per message writes what no query needs.
        indexes = cache.call_read(
            lambda: {r[0] for r in database.execute_sql("SELECT name FROM sqlite_master WHERE tbl_name = 'message' AND type = 'index'")}
        )
        assert indexes >= {"message_remote", "message_conversation", "message_time"}
        assert not indexes & {"message_identity", "message_created"}
