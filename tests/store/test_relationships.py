"""Merging people, snoozing conversations, and response-time figures."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from desktop_inbox.records import Direction, Kind, Person, Platform, Post, State
from desktop_inbox.services import metrics
from desktop_inbox.store import contacts, conversations, ingest, merges, outbox
from desktop_inbox.store import metrics as store_metrics
from desktop_inbox.store.db import Cache
from desktop_inbox.store.metrics import Wait
from tests.helpers.shop import ME, T0, shop_cache


def person(name: str, platform: Platform = Platform.MASTODON, links: tuple[str, ...] = ()) -> Person:
    user = name.split()[0].lower()
    return Person(platform, f"https://m.example/@{user}-{platform}", f"id-{user}-{platform}", f"@{user}@m.example", name, url=f"https://m.example/@{user}-{platform}", links=links)


def post(rid: str, who: Person, minutes: int, direction: Direction = Direction.IN, *, customer: Person | None = None, kind: Kind = Kind.DIRECT) -> Post:
    author = who if direction == Direction.IN else ME
    return Post(rid, author, f"text {rid}", T0 + timedelta(minutes=minutes), kind, direction, customer or who, thread_root=rid)


@pytest.fixture
def cache(data_dir: Path, open_cache: Callable[[Path], Cache]) -> Iterator[Cache]:
    yield from shop_cache(data_dir, open_cache)


def contact_of(cache: Cache, handle: str) -> int:
    from desktop_inbox.store.schema import database

    return cache.call_read(lambda: database.execute_sql("SELECT contact_id FROM identity WHERE handle = ?", (handle,)).fetchone()[0])


def test_merge_moves_everything_and_unmerge_puts_it_back(cache: Cache) -> None:
    anna_m = person("Anna Lambrou")
    anna_e = Person(Platform.EMAIL, "anna@example.com", "anna@example.com", "anna@example.com", "Anna Lambrou")
    cache.call_write(ingest.store_page, 1, "s", [post("1", anna_m, 0), post("2", anna_e, 5)], cursor="x", exhausted=True, unread=True)
    target, source = contact_of(cache, anna_m.handle), contact_of(cache, anna_e.handle)
    assert target != source
    cache.call_write(contacts.add_note, source, "prefers e-mail")
    cache.call_write(contacts.add_tag, source, "vip")
    [suggestion] = cache.call_read(merges.suggestions, target)
    assert suggestion.other_id == source and "same name" in str(suggestion.reason)
    record = cache.call_write(merges.merge, target, source)
    detail = cache.call_read(contacts.contact_detail, target)
    assert {i.platform for i in detail.identities} == {"mastodon", "email"}
    assert detail.conversation_count == 2 and [n.text for n in detail.notes] == ["prefers e-mail"] and detail.tags == ["vip"]
    assert cache.call_read(merges.suggestions, target) == []
    restored = cache.call_write(merges.unmerge, record.id)
    back = cache.call_read(contacts.contact_detail, restored)
    assert [i.platform for i in back.identities] == ["email"] and back.conversation_count == 1
    assert [n.text for n in back.notes] == ["prefers e-mail"] and back.tags == ["vip"]
    assert [i.platform for i in cache.call_read(contacts.contact_detail, target).identities] == ["mastodon"]
    with pytest.raises(Exception, match="already undone"):
        cache.call_write(merges.unmerge, record.id)


def test_suggestion_from_a_profile_link(cache: Cache) -> None:
    web = Person(Platform.EMAIL, "tom@harbour.example", "tom@harbour.example", "tom@harbour.example", "T. H.")
    social = person("Tommy", links=("tom@harbour.example", "https://harbour.example"))
    cache.call_write(ingest.store_page, 1, "s", [post("1", web, 0), post("2", social, 1)], cursor="x", exhausted=True, unread=True)
    [suggestion] = cache.call_read(merges.suggestions, None)
    assert "links to the other" in str(suggestion.reason)


def test_snooze_comes_back_as_needing_a_reply(cache: Cache) -> None:
    anna = person("Anna Lambrou")
    cache.call_write(ingest.store_page, 1, "s", [post("1", anna, 0), post("2", anna, 1, Direction.OUT)], cursor="x", exhausted=True, unread=True)
    [conv] = cache.call_read(conversations.list_conversations)
    assert conv.state == State.WAITING
    now = T0 + timedelta(hours=1)
    state = cache.call_write(conversations.snooze, conv.id, now + timedelta(hours=2), now=now)
    assert state == State.SNOOZED
    assert cache.call_write(conversations.wake_snoozed, now=now + timedelta(hours=1)) == []
    assert cache.call_write(conversations.wake_snoozed, now=now + timedelta(hours=3)) == [conv.id]
    [conv] = cache.call_read(conversations.list_conversations)
    assert conv.state == State.NEEDS_REPLY and conv.waiting_since == now + timedelta(hours=2)
    # Answering ends it.
    cache.call_write(outbox.queue_reply, conv.id, "Back to you, Anna", now=now + timedelta(hours=4))
    assert cache.call_read(conversations.get_summary, conv.id).state == State.WAITING


def test_a_new_customer_message_ends_a_snooze(cache: Cache) -> None:
    anna = person("Anna Lambrou")
    cache.call_write(ingest.store_page, 1, "s", [post("1", anna, 0)], cursor="x", exhausted=True, unread=True)
    [conv] = cache.call_read(conversations.list_conversations)
    cache.call_write(conversations.snooze, conv.id, T0 + timedelta(days=2), now=T0 + timedelta(minutes=1))
    cache.call_write(ingest.store_page, 1, "s", [post("3", anna, 30)], cursor="y", exhausted=True, unread=True, now=T0 + timedelta(minutes=31))
    assert cache.call_read(conversations.get_summary, conv.id).state == State.NEEDS_REPLY


def test_response_waits(cache: Cache) -> None:
    anna, bob = person("Anna Lambrou"), person("Bob Wang")
    cache.call_write(
        ingest.store_page, 1, "s",
        [
            post("a1", anna, 0), post("a2", anna, 2), post("a3", anna, 10, Direction.OUT),  # waited 10 min from the first
            post("a4", anna, 60), post("a5", anna, 63, Direction.OUT),  # 3 min
            post("b1", bob, 100),  # not answered yet
        ],
        cursor="x", exhausted=True, unread=True,
    )
    waits = cache.call_read(store_metrics.waits, T0 - timedelta(days=1))
    assert [(w.asked_at - T0, w.seconds) for w in waits] == [
        (timedelta(0), 600.0), (timedelta(minutes=60), 180.0), (timedelta(minutes=100), None)
    ]


def test_daily_median_and_p90() -> None:
    day = date(2026, 3, 2)
    base = datetime(2026, 3, 2, 12, 0).astimezone()
    waits = [Wait(1, "mastodon", base, base + timedelta(seconds=s)) for s in (60, 120, 180, 240, 3600)]
    waits.append(Wait(2, "x", base, None))
    [row] = metrics.daily(waits, days=1, target_seconds=300, today=day)
    assert row.answered == 5 and row.unanswered == 1
    assert row.median == 180 and row.p90 == pytest.approx(240 + 0.6 * (3600 - 240))
    assert row.within_target == 4
    rows = metrics.daily(waits, days=3, target_seconds=300, today=day + timedelta(days=1))
    assert [r.answered for r in rows] == [0, 5, 0] and rows[0].median is None
    assert metrics.to_csv(rows, target_seconds=300).splitlines()[2].startswith("2026-03-02,5,1,180,")


def test_percentile() -> None:
    assert metrics.percentile([1.0], 0.9) == 1.0
    assert metrics.percentile([1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0], 0.9) == pytest.approx(9.1)
