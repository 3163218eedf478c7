"""Time keys (schema 4): unique, in time order, the search index's order and paging."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_inbox.records import AccountInfo, Direction, Kind, Person, Platform, Post
from desktop_inbox.store import accounts, backend, ingest, search
from desktop_inbox.store.db import Cache
from desktop_inbox.store.schema import database

ME = Person(Platform.MASTODON, "https://shop.example/users/shop", "1", "@shop@shop.example", "Zappy Shoes")
T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def person(n: int) -> Person:
    return Person(Platform.MASTODON, f"https://m.example/users/c{n}", str(100 + n), f"@c{n}@m.example", f"Customer {n}")


def post(n: int, at: datetime, text: str = "where is my parcel") -> Post:
    who = person(n % 7)
    return Post(
        remote_id=f"r{n}",
        author=who,
        text=f"{text} {n}",
        created_at=at,
        kind=Kind.PUBLIC,
        direction=Direction.IN,
        customer=who,
        thread_root=f"r{n}",
    )


@pytest.fixture
def cache(data_dir: Path, open_cache: Callable[[Path], Cache]):
    with open_cache(data_dir) as cache:
        account = cache.call_write(
            accounts.create, platform="mastodon", base_url="https://shop.example",
            info=AccountInfo(me=ME, char_limit=500), secret_ref="mastodon:test",
        )
        cache.account_id = account.id  # type: ignore[attr-defined]
        yield cache


def keys(cache: Cache) -> list[tuple[int, int]]:
    return cache.call_read(lambda: database.execute_sql("SELECT created_at, time_key FROM message ORDER BY id").fetchall())


def test_keys_are_unique_and_follow_time_whatever_the_arrival_order(cache: Cache) -> None:
    # History arrives newest first, page by page; some messages share a millisecond.
    pages = [[post(n, T0 + timedelta(minutes=10 * (3 - p), seconds=n % 3)) for n in range(p * 40, p * 40 + 40)] for p in range(4)]
    for page in pages:
        cache.call_write(ingest.store_page, cache.account_id, "history", page, cursor="x", exhausted=False, unread=False)
    rows = keys(cache)
    assert len({k for _, k in rows}) == len(rows) == 160
    assert all(created << 10 <= key < (created << 10) + 1024 for created, key in rows)
    by_key = sorted(rows, key=lambda r: r[1])
    assert [c for c, _ in by_key] == sorted(c for c, _ in rows)


def test_more_than_1024_messages_in_one_millisecond_still_get_unique_keys(cache: Cache) -> None:
    same = [post(n, T0) for n in range(1030)]
    later = [post(2000, T0 + timedelta(milliseconds=1))]
    cache.call_write(ingest.store_page, cache.account_id, "history", same[:600], cursor="x", exhausted=False, unread=False)
    cache.call_write(ingest.store_page, cache.account_id, "history", same[600:], cursor="x", exhausted=False, unread=False)
    cache.call_write(ingest.store_page, cache.account_id, "history", later, cursor="x", exhausted=False, unread=False)
    # And within one page: the spill meets the next millisecond's messages.
    crowded = [post(3000 + n, T0 + timedelta(seconds=5)) for n in range(1030)]
    crowded += [post(5000 + n, T0 + timedelta(seconds=5, milliseconds=1)) for n in range(3)]
    cache.call_write(ingest.store_page, cache.account_id, "history", crowded, cursor="x", exhausted=False, unread=False)
    rows = keys(cache)
    assert len({k for _, k in rows}) == len(rows) == 1031 + 1033


def test_search_pages_newest_first_by_key(cache: Cache) -> None:
    posts = [post(n, T0 + timedelta(hours=n)) for n in range(120)]
    cache.call_write(ingest.store_page, cache.account_id, "history", posts, cursor="x", exhausted=False, unread=False)
    first = cache.call_read(search.search, "parcel", limit=50)
    second = cache.call_read(search.search, "parcel", limit=50, before=first[-1].key)
    third = cache.call_read(search.search, "parcel", limit=50, before=second[-1].key)
    times = [h.created_at for h in first + second + third]
    assert len(times) == 120 and times == sorted(times, reverse=True)
    # The same pages by offset, and the count from the index alone.
    assert [h.message_id for h in cache.call_read(search.search, "parcel", limit=50, offset=50)] == [h.message_id for h in second]
    assert cache.call_read(search.count, "parcel") == 120
    assert cache.call_read(search.count, "parcel after:2025-03-03") == 120 - 36
    assert cache.call_read(search.count, "parcel from:c1") == len([p for p in posts if p.author.handle.startswith("@c1@")])


def test_dates_are_index_ranges(cache: Cache) -> None:
    posts = [post(n, T0 + timedelta(days=n)) for n in range(10)]
    cache.call_write(ingest.store_page, cache.account_id, "history", posts, cursor="x", exhausted=False, unread=False)
    hits = cache.call_read(search.search, "parcel after:2025-03-03 before:2025-03-06")
    assert [h.created_at.day for h in hits] == [5, 4, 3]
    if backend.is_postgres():
        return  # (PostgreSQL sorts a word's matches: no index walks a tsvector by time)
    sql, _ = search.compile_query(search.parse("parcel after:2025-03-03"))
    plan = cache.call_read(lambda: database.execute_sql("EXPLAIN QUERY PLAN " + sql, ["\"parcel\"", 0]).fetchall())
    assert "TEMP B-TREE" not in " ".join(r[3] for r in plan)  # no sort: the index's order is newest first


def test_a_deleted_message_leaves_a_gap_that_new_keys_step_around(cache: Cache) -> None:
    cache.call_write(ingest.store_page, cache.account_id, "history", [post(n, T0) for n in range(3)], cursor="x", exhausted=False, unread=False)
    first = int(T0.timestamp() * 1000) << 10
    assert sorted(k for _, k in keys(cache)) == [first, first + 1, first + 2]
    cache.call_write(lambda: database.execute_sql("DELETE FROM message WHERE time_key = ?", (first,)))
    # Two more in that millisecond: not the free first key and then its taken neighbour.
    cache.call_write(ingest.store_page, cache.account_id, "history", [post(n, T0) for n in (3, 4)], cursor="x", exhausted=False, unread=False)
    # One more: the free first key will do.
    cache.call_write(ingest.store_page, cache.account_id, "history", [post(5, T0)], cursor="x", exhausted=False, unread=False)
    assert sorted(k for _, k in keys(cache)) == [first, first + 1, first + 2, first + 3, first + 4]
