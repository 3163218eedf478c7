"""Heard posts in the cache: their own state, kept once, kept out of the
inbox and its figures until answered, and dismissed for good."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from desktop_inbox.errors import BadInput, NotFound
from desktop_inbox.records import Direction, Kind, Person, Platform, Post, State, TermKind
from desktop_inbox.store import conversations, ingest, metrics, outbox, search
from desktop_inbox.store import listening as store
from desktop_inbox.store.db import Cache
from desktop_inbox.store.schema import database
from tests.helpers.shop import ME, T0, shop_cache

ANNA = Person(Platform.MASTODON, "https://m.example/@anna", "a1", "@anna@m.example", "Anna Lambrou")
BOB = Person(Platform.MASTODON, "https://m.example/@bob", "b1", "@bob@m.example", "Bob")
NOW = T0 + timedelta(hours=2)


def post(rid: str, minutes: int, who: Person = ANNA, *, root: str | None = None, text: str = "") -> Post:
    out = who is ME
    return Post(
        rid, who, text or f"happy shoes {rid}", T0 + timedelta(minutes=minutes), Kind.PUBLIC,
        Direction.OUT if out else Direction.IN, ANNA if out else who, thread_root=root or rid,
    )  # fmt: skip


@pytest.fixture
def cache(data_dir: Path) -> Iterator[Cache]:
    yield from shop_cache(data_dir)


def hear(cache: Cache, posts: list[Post], stream: str = "listen:1") -> int | None:
    stored = cache.call_write(store.store_heard, 1, stream, posts, cursor="c", exhausted=True, now=NOW)
    return None if stored is None else stored.added


def heard_view(cache: Cache) -> list[conversations.ConversationSummary]:
    return cache.call_read(conversations.list_conversations, state=State.HEARD)


def test_a_heard_post_waits_for_nobody_until_answered(cache: Cache) -> None:
    cache.call_write(store.add_term, 1, TermKind.PHRASE, "happy shoes")
    assert hear(cache, [post("h1", 0), post("h2", 30, BOB)]) == 2
    view = heard_view(cache)
    assert [c.customer_handle for c in view] == ["@bob@m.example", "@anna@m.example"]  # newest first
    assert all(c.heard and c.state == State.HEARD for c in view)
    assert cache.call_read(conversations.list_conversations) == []  # "All" is the inbox
    counts = cache.call_read(conversations.count_by_state)
    assert counts["heard"] == 2 and counts["all"] == 0 and counts["needs_reply"] == 0
    assert cache.call_read(metrics.waits, T0 - timedelta(days=1)) == []  # in no response-time figure

    to_anna = next(c for c in view if c.customer_handle.startswith("@anna"))
    item = cache.call_write(outbox.queue_reply, to_anna.id, "So sorry Anna", now=NOW)
    assert cache.call_read(conversations.get_summary, to_anna.id).state == State.WAITING
    ours = post("o1", 60, ME, root="h1")
    cache.call_write(outbox.mark_sent, item.id, ours, now=NOW)
    [wait] = cache.call_read(metrics.waits, T0 - timedelta(days=1))
    assert wait.conversation_id == to_anna.id and wait.seconds == 3600  # answered: counted
    cache.call_write(ingest.store_page, 1, "mentions", [post("m1", 150, root="h1")], cursor="x", exhausted=True, unread=True)
    answered = cache.call_read(conversations.get_summary, to_anna.id)
    assert answered.state == State.NEEDS_REPLY and answered.heard  # a conversation like any other now


def test_each_post_is_kept_once_and_a_mention_stays_a_mention(cache: Cache) -> None:
    cache.call_write(store.add_term, 1, TermKind.HASHTAG, "happyshoes")
    cache.call_write(store.add_term, 1, TermKind.WORD, "sandals")
    cache.call_write(ingest.store_page, 1, "mentions", [post("m1", 0)], cursor="x", exhausted=True, unread=True)
    assert hear(cache, [post("m1", 0), post("h1", 5, BOB)], "listen:tags:1") == 1
    assert hear(cache, [post("h1", 5, BOB)], "listen:2") == 0  # the other term found it too
    rows = cache.call_read(lambda: database.execute_sql("SELECT remote_id, heard FROM message m JOIN conversation c ON c.id = m.conversation_id ORDER BY m.id").fetchall())
    assert rows == [("m1", 0), ("h1", 1)]


def test_what_is_never_heard(cache: Cache) -> None:
    cache.call_write(store.add_term, 1, TermKind.WORD, "shoes")
    cache.call_write(store.add_mute, 1, "word", "giveaway")
    cache.call_write(store.add_mute, 1, "author", "bob@m.example")
    # An inbox conversation with Anna in thread t: listening never adds to it.
    cache.call_write(ingest.store_page, 1, "mentions", [post("m1", 0, root="t")], cursor="x", exhausted=True, unread=True)
    posts = [
        post("own", 1, ME),
        post("muted-word", 2, ANNA, text="shoes GIVEAWAY now"),
        post("muted-author", 3, BOB),
        post("in-thread", 4, ANNA, root="t"),
        post("kept", 5, ANNA, text="shoes, again"),
    ]
    assert hear(cache, posts) == 1
    assert [c.snippet for c in heard_view(cache)] == ["shoes, again"]
    [inbox] = cache.call_read(conversations.list_conversations)
    assert inbox.message_count == 1 and not inbox.heard


def test_a_page_of_a_removed_term_is_dropped_whole(cache: Cache) -> None:
    term = cache.call_write(store.add_term, 1, TermKind.WORD, "shoes")
    cache.call_write(store.remove_term, term.id)
    assert hear(cache, [post("h1", 0)], f"listen:{term.id}") is None
    assert heard_view(cache) == []
    assert cache.call_read(ingest.get_cursor, 1, f"listen:{term.id}") == (None, False)


def test_dismissed_posts_never_come_back_and_muting_takes_the_authors_others(cache: Cache) -> None:
    cache.call_write(store.add_term, 1, TermKind.WORD, "shoes")
    hear(cache, [post("b1", 0, BOB, text="shoes spam 1"), post("b2", 1, BOB, text="shoes spam 2"), post("a1", 2)])
    first = next(c for c in heard_view(cache) if c.snippet == "shoes spam 1")
    dismissed = cache.call_write(store.dismiss, first.id, mute_author=True)
    assert len(dismissed.conversations) == 2 and dismissed.muted_author == "@bob@m.example"
    assert [c.customer_handle for c in heard_view(cache)] == ["@anna@m.example"]
    assert cache.call_read(search.search, "spam") == []  # gone from the index too
    assert hear(cache, [post("b1", 0, BOB, text="shoes spam 1"), post("b3", 9, BOB, text="shoes spam 3")]) == 0
    with pytest.raises(NotFound):
        cache.call_write(store.dismiss, first.id)


def test_only_unanswered_heard_posts_are_dismissed(cache: Cache) -> None:
    cache.call_write(store.add_term, 1, TermKind.WORD, "shoes")
    cache.call_write(ingest.store_page, 1, "mentions", [post("m1", 0, root="t")], cursor="x", exhausted=True, unread=True)
    hear(cache, [post("h1", 5, BOB)])
    [mention] = cache.call_read(conversations.list_conversations)
    with pytest.raises(BadInput, match="not heard"):
        cache.call_write(store.dismiss, mention.id)
    [heard] = heard_view(cache)
    cache.call_write(outbox.queue_reply, heard.id, "Hello Bob", now=NOW)
    with pytest.raises(BadInput, match="You answered"):
        cache.call_write(store.dismiss, heard.id)


def test_snoozed_and_done_heard_posts(cache: Cache) -> None:
    cache.call_write(store.add_term, 1, TermKind.WORD, "shoes")
    hear(cache, [post("h1", 0)])
    [heard] = heard_view(cache)
    assert cache.call_write(conversations.snooze, heard.id, NOW + timedelta(hours=1), now=NOW) == State.SNOOZED
    cache.call_write(conversations.wake_snoozed, now=NOW + timedelta(hours=2))
    assert cache.call_read(conversations.get_summary, heard.id).state == State.HEARD  # back where it was
    assert cache.call_write(conversations.mark_done, heard.id, now=NOW) == State.DONE


def test_is_heard_and_is_mention_in_search(cache: Cache) -> None:
    cache.call_write(store.add_term, 1, TermKind.WORD, "shoes")
    cache.call_write(ingest.store_page, 1, "mentions", [post("m1", 0, root="t")], cursor="x", exhausted=True, unread=True)
    hear(cache, [post("h1", 5, BOB)])
    assert [h.text for h in cache.call_read(search.search, "is:heard")] == ["happy shoes h1"]
    assert [h.text for h in cache.call_read(search.search, "shoes is:mention")] == ["happy shoes m1"]
    assert cache.call_read(search.count, "is:heard") == 1
    with pytest.raises(BadInput, match="mention or heard"):
        search.parse("is:overheard")
