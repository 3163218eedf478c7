"""Replies stored before what they answer join its thread when it comes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop_inbox.records import AccountInfo, Direction, Kind, Person, Platform, Post
from desktop_inbox.store import accounts, conversations, drafts, ingest, threads
from desktop_inbox.store.db import Cache
from desktop_inbox.store.schema import database

ME = Person(Platform.MASTODON, "https://shop.example/@shop", "1", "@shop@shop.example", "Shop")
ANNA = Person(Platform.MASTODON, "https://m.example/@anna", "7", "@anna@m.example", "Anna")
T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def post(remote_id: str, parent: str | None, minutes: int, *, ours: bool = False) -> Post:
    """As ``sync.threads`` hands it over: a reply to an unknown message is
    threaded under that message's id until it comes."""
    return Post(
        remote_id=remote_id, author=ME if ours else ANNA, text=f"message {remote_id}",
        created_at=T0 + timedelta(minutes=minutes), kind=Kind.PUBLIC,
        direction=Direction.OUT if ours else Direction.IN, customer=ANNA,
        in_reply_to=parent, thread_root=parent or remote_id,
    )


def threads_of(cache: Cache) -> list[list[str]]:
    rows = cache.call_read(
        lambda: database.execute_sql("SELECT conversation_id, remote_id FROM message ORDER BY conversation_id, created_at").fetchall()
    )
    found: dict[int, list[str]] = {}
    for conversation_id, remote_id in rows:
        found.setdefault(conversation_id, []).append(remote_id)
    return list(found.values())


def history_pages(cache: Cache) -> Callable[[list[Post]], object]:
    """The shop's account in ``cache``, and a page of its history stored as the sync stores one."""
    account = cache.call_write(
        accounts.create, platform="mastodon", base_url="https://shop.example",
        info=AccountInfo(me=ME, char_limit=500), secret_ref="mastodon:t",
    )  # fmt: skip
    return lambda posts: cache.call_write(
        ingest.store_page, account.id, "history", posts, cursor="x", exhausted=False, unread=False
    )


def test_a_thread_arriving_newest_first_ends_as_one_conversation(data_dir: Path, open_cache: Callable[[Path], Cache]) -> None:
    """History pages come newest first: C answers B, B answers A, A starts."""
    with open_cache(data_dir) as cache:
        store = history_pages(cache)
        store([post("C", "B", 3), post("D", "C", 4)])  # (one page: D joins C's thread at once)
        assert threads_of(cache) == [["C", "D"]]
        # B answers A (not there yet): C and D move under A, with B.
        changed = store([post("B", "A", 2, ours=True)])
        assert len(threads_of(cache)) == 1 and sorted(threads_of(cache)[0]) == ["B", "C", "D"]
        assert changed.conversations  # (the window hears which)
        store([post("A", None, 1)])
        [thread] = threads_of(cache)
        assert thread == ["A", "B", "C", "D"]
        roots = cache.call_read(lambda: {r[0] for r in database.execute_sql("SELECT thread_root FROM message")})
        assert roots == {"A"}
        [conversation] = cache.call_read(conversations.list_conversations)
        assert conversation.message_count == 4 and conversation.state == "needs_reply"
        assert cache.call_read(threads.thread_gap, conversation.id) is None


def test_a_page_with_the_missing_reply_and_a_later_answer_to_it_keeps_one_thread(
    data_dir: Path, open_cache: Callable[[Path], Cache]
) -> None:
    """C waits under B (not there yet); a page then brings B and E, another
    answer to B: E joins the thread B's conversation takes over (it started a
    second conversation under B's id, refused as a duplicate: the whole page
    failed to store)."""
    with open_cache(data_dir) as cache:
        store = history_pages(cache)
        store([post("C", "B", 3)])
        store([post("B", "A", 2, ours=True), post("E", "B", 5)])
        assert [sorted(t) for t in threads_of(cache)] == [["B", "C", "E"]]
        [conversation] = cache.call_read(conversations.list_conversations)
        assert conversation.message_count == 3
        assert cache.call_read(lambda: {r[0] for r in database.execute_sql("SELECT thread_root FROM message")}) == {"A"}


def test_a_reply_waiting_in_its_own_conversation_merges_into_the_thread(data_dir: Path, open_cache: Callable[[Path], Cache]) -> None:
    with open_cache(data_dir) as cache:
        store = history_pages(cache)
        store([post("A", None, 1), post("C", "B", 3)])  # B, between them, is missing
        assert len(threads_of(cache)) == 2
        gaps = [cache.call_read(threads.thread_gap, c.id) for c in cache.call_read(conversations.list_conversations)]
        # What opening C's conversation would fetch: the thread of C, which lacks B.
        assert sorted((g.post.remote_id, g.post.in_reply_to) for g in gaps if g is not None) == [("C", "B")]
        # A draft begun in each: the one of the thread that stays is kept.
        for c in cache.call_read(conversations.list_conversations):
            first = cache.call_read(lambda c=c: database.execute_sql(
                "SELECT remote_id FROM message WHERE conversation_id = ? ORDER BY created_at LIMIT 1", (c.id,)
            ).fetchone()[0])
            cache.call_write(drafts.save, c.id, f"draft under {first}")
        store([post("B", "A", 2, ours=True)])
        assert threads_of(cache) == [["A", "B", "C"]]
        [conversation] = cache.call_read(conversations.list_conversations)
        assert conversation.message_count == 3 and conversation.state == "needs_reply"
        draft = cache.call_read(drafts.load, conversation.id)
        assert draft is not None and draft.text == "draft under A"


def test_our_replies_arriving_after_the_customers_answers_to_them_join_one_thread(
    data_dir: Path, open_cache: Callable[[Path], Cache]
) -> None:
    """Mentions first (429, 431, 433), then our own replies between them (430,
    432): 433 waited under 432, which came threaded under 430, which answers
    429. One conversation of five, not one plus a stray answer (the demo's
    Nikos: 110 public conversations too many)."""
    from dataclasses import replace

    with open_cache(data_dir) as cache:
        account = cache.call_write(
            accounts.create, platform="mastodon", base_url="https://shop.example",
            info=AccountInfo(me=ME, char_limit=500), secret_ref="mastodon:t",
        )
        store = lambda posts: cache.call_write(  # noqa: E731
            ingest.store_page, account.id, "mentions", posts, cursor="x", exhausted=False, unread=False
        )
        store([post("429", None, 1), post("431", "430", 3), post("433", "432", 5)])
        # As sync.threads hands them over: 432 answers 431, known under 430.
        store([post("430", "429", 2, ours=True), replace(post("432", "431", 4, ours=True), thread_root="430")])
        assert threads_of(cache) == [["429", "430", "431", "432", "433"]]
        [conversation] = cache.call_read(conversations.list_conversations)
        assert conversation.state == "needs_reply" and conversation.message_count == 5


def test_a_merged_conversations_messages_are_found_by_its_filters(data_dir: Path, open_cache: Callable[[Path], Cache]) -> None:
    """A message moved into the thread it answers is searched as the
    thread's: by its conversation's filters (PostgreSQL tests them on the
    search index row's own conversation, which the move takes along)."""
    from desktop_inbox.store import search

    with open_cache(data_dir) as cache:
        store = history_pages(cache)
        store([post("A", None, 1), post("C", "B", 3)])
        before = {h.text: h.conversation_id for h in cache.call_read(search.search, "message")}
        assert before["message A"] != before["message C"]
        store([post("B", "A", 2, ours=True)])
        [conversation] = cache.call_read(conversations.list_conversations)
        for query in (f"message conversation:{conversation.id}", "message state:needs_reply", "message is:public"):
            for order in ("newest", "best"):
                hits = cache.call_read(lambda q=query, o=order: search.search(q, order=o))
                assert sorted(h.text for h in hits) == ["message A", "message B", "message C"], (query, order)
                assert {h.conversation_id for h in hits} == {conversation.id}
        assert cache.call_read(search.count, f"message conversation:{before['message C']}") == 0
