"""One page, few statements: people and conversations a page starts are
written in bulk with ids handed out by the writer. These check that the rows
are the ones writing them one by one gave, and that a failed page leaves
nothing behind."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import peewee as pw
import pytest

from desktop_inbox.records import Direction, Kind, Person, Platform, Post
from desktop_inbox.store import backend, ingest
from desktop_inbox.store.db import Cache
from desktop_inbox.store.schema import database, to_ms
from tests.helpers.shop import ME, T0, shop_cache


def person(name: str) -> Person:
    user = name.lower()
    return Person(Platform.MASTODON, f"https://m.example/@{user}", f"id-{user}", f"@{user}@m.example", name)


def post(rid: str, who: Person, minutes: int, direction: Direction = Direction.IN) -> Post:
    author = who if direction == Direction.IN else ME
    return Post(rid, author, f"text {rid}", T0 + timedelta(minutes=minutes), Kind.DIRECT, direction, who)


@pytest.fixture
def cache(data_dir: Path, open_cache: Callable[[Path], Cache]) -> Iterator[Cache]:
    yield from shop_cache(data_dir, open_cache)


def store(cache: Cache, posts: list[Post]) -> None:
    cache.call_write(ingest.store_page, 1, "s", posts, cursor="x", exhausted=False, unread=True)


def rows(cache: Cache, sql: str) -> list[tuple[object, ...]]:
    return cache.call_read(lambda: database.execute_sql(sql).fetchall())


def test_new_people_get_the_next_ids_in_order_of_appearance(cache: Cache) -> None:
    anna, bob, carl = person("Anna"), person("Bob"), person("Carl")
    store(cache, [post("1", anna, 0)])
    [(anna_id, anna_contact)] = rows(cache, "SELECT id, contact_id FROM identity WHERE name = 'Anna'")
    # Anna's contact goes (identity.contact_id is set to NULL): the next page
    # gives her a new one through the upsert, between two new people's.
    cache.call_write(lambda: database.execute_sql("DELETE FROM contact WHERE id = ?", (anna_contact,)))
    store(cache, [post("2", bob, 1), post("3", anna, 2), post("4", carl, 3), post("5", bob, 4, Direction.OUT)])
    people = rows(cache, "SELECT i.name, i.id, i.contact_id, c.name FROM identity i LEFT JOIN contact c ON c.id = i.contact_id WHERE i.is_self = 0 ORDER BY i.id")
    if backend.is_postgres():
        # A team database's ids come from sequences (two members writing at
        # once never share one): new ones, in order of appearance, no reuse.
        assert [p[0] for p in people] == ["Anna", "Bob", "Carl"] and people[0][1] == anna_id
        assert anna_contact < people[1][2] < people[0][2] < people[2][2]
        return
    # Contacts in order of appearance (Bob's first post comes first), from
    # the freed id on, as SQLite hands out rowids.
    assert people == [
        ("Anna", anna_id, anna_contact + 1, "Anna"),
        ("Bob", anna_id + 1, anna_contact, "Bob"),
        ("Carl", anna_id + 2, anna_contact + 2, "Carl"),
    ]
    [(me_contact,)] = rows(cache, "SELECT contact_id FROM identity WHERE is_self = 1")
    assert me_contact is None


def test_a_failed_page_leaves_nothing_and_the_next_one_gets_the_same_ids(cache: Cache) -> None:
    anna, bob = person("Anna"), person("Bob")
    before = rows(cache, "SELECT (SELECT count(*) FROM identity), (SELECT count(*) FROM contact), (SELECT count(*) FROM conversation)")
    broken = replace(post("2", bob, 1), html=None)  # type: ignore[arg-type]  # NOT NULL fails after people and conversations went in
    with pytest.raises((sqlite3.IntegrityError, pw.IntegrityError)):  # (raw sqlite3's; peewee's from psycopg)
        store(cache, [post("1", anna, 0), broken])
    assert rows(cache, "SELECT (SELECT count(*) FROM identity), (SELECT count(*) FROM contact), (SELECT count(*) FROM conversation)") == before
    assert rows(cache, "SELECT count(*) FROM message") == [(0,)]
    store(cache, [post("1", anna, 0), post("2", bob, 1)])
    people = rows(cache, "SELECT name, contact_id FROM identity WHERE is_self = 0 ORDER BY id")
    conversations = rows(cache, "SELECT id, contact_id, message_count FROM conversation ORDER BY id")
    if backend.is_postgres():
        # (Ids a failed transaction took from a sequence stay taken: gaps, never reuse.)
        people = [(name, dense(people, 1)[i]) for i, (name, _) in enumerate(people)]
        conversations = list(zip(dense(conversations, 0), dense(conversations, 1), [c[2] for c in conversations], strict=True))
    assert people == [("Anna", 1), ("Bob", 2)]
    assert conversations == [(1, 1, 1), (2, 2, 1)]


def dense(found: list[tuple[object, ...]], column: int) -> list[int]:
    """Each row's value in ``column`` as its rank among them (1, 2, ...)."""
    order = sorted({r[column] for r in found})  # type: ignore[type-var]
    return [order.index(r[column]) + 1 for r in found]


def test_a_conversation_started_and_answered_on_one_page(cache: Cache) -> None:
    anna, bob = person("Anna"), person("Bob")
    store(cache, [
        post("1", anna, 0), post("2", anna, 5, Direction.OUT), post("3", anna, 10),
        post("4", bob, 1), post("5", bob, 6, Direction.OUT),
    ])
    got = rows(cache, """
        SELECT state, waiting_since, last_inbound_at, last_outbound_at, unread_count, message_count, snippet, reply_to
        FROM conversation ORDER BY id""")
    def ms(minutes):
        return to_ms(T0 + timedelta(minutes=minutes))
    assert got == [
        ("needs_reply", ms(10), ms(10), ms(5), 2, 3, "text 3", "3"),
        ("waiting", None, ms(1), ms(6), 1, 2, "text 5", "4"),
    ]
    # ... the same rows as storing the page one message at a time gives.
    one_by_one = []
    for rid, who, minutes, direction in [("6", anna, 0, Direction.IN), ("7", anna, 5, Direction.OUT), ("8", anna, 10, Direction.IN)]:
        store(cache, [replace(post(rid, who, minutes + 60, direction), customer=person("Dora"), author=person("Dora") if direction == Direction.IN else ME)])
        one_by_one = rows(cache, "SELECT state, waiting_since - last_message_at, unread_count, message_count FROM conversation WHERE id = (SELECT max(id) FROM conversation)")
    assert one_by_one == [("needs_reply", 0, 2, 3)]


def test_lookup_lists_are_padded_to_a_few_lengths_without_changing_what_they_hold() -> None:
    # (An IN list of one of a few lengths keeps its statement compiled.)
    for count in (1, 2, 7, 8, 9, 100, 499, 500, 501, 1200):
        items = [f"id-{n}" for n in range(count)]
        chunks = list(ingest._chunks(items))
        assert all(len(chunk) in ingest._IN_SIZES for chunk in chunks)
        assert [set(chunk) for chunk in chunks] == [set(items[s : s + 500]) for s in range(0, count, 500)]


def test_a_page_of_many_lengths_finds_its_duplicates_and_its_people(cache: Cache) -> None:
    people = [person(f"P{n}") for n in range(13)]
    store(cache, [post(f"a{n}", people[n % 13], n) for n in range(37)])
    # The next page repeats 21 of those (padded lookups) among 5 new ones.
    again = [post(f"a{n}", people[n % 13], n) for n in range(16, 37)]
    result = cache.call_write(
        ingest.store_page, 1, "s", [*again, *(post(f"b{n}", people[n], 100 + n) for n in range(5))],
        cursor="y", exhausted=False, unread=True,
    )  # fmt: skip
    assert (result.added, result.duplicates) == (5, 21)
    assert rows(cache, "SELECT count(*) FROM identity WHERE name LIKE 'P%'") == [(13,)]
    assert rows(cache, "SELECT count(*) FROM message WHERE remote_id LIKE 'a%' OR remote_id LIKE 'b%'") == [(42,)]
