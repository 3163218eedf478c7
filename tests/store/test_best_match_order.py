"""Best match puts the message most about the words first, on both backends
(on PostgreSQL the score is ``ts_rank``; FTS5's is bm25)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_inbox.records import AccountInfo, Direction, Kind, Person, Platform, Post
from desktop_inbox.store import accounts, backend, ingest, search
from desktop_inbox.store.db import Cache

ME = Person(Platform.MASTODON, "https://shop.example/users/shop", "1", "@shop@shop.example", "Zappy Shoes")
ANNA = Person(Platform.MASTODON, "https://m.example/users/anna", "7", "@anna@m.example", "Anna Lambrou")
T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)

# Oldest first: the one most about refunds is the oldest.
ENGLISH = [
    "Refund, refund, refund: where is my refund?",
    "The sandals arrived, thank you. Do you also take returns for a refund?",
    "I read the page about returns, exchanges, shipping times and the loyalty points, "
    "and I still wonder whether a refund is possible for the boots I ordered last month",
]
CHINESE = [
    "退款，退款，请尽快退款！",
    "凉鞋收到了，谢谢。可以退款吗？",
    "你好，我上个月订的靴子还没有发货，物流也查不到，客服也不回复，如果再等下去我想退款",
]


@pytest.mark.parametrize(("texts", "word"), [(ENGLISH, "refund"), (CHINESE, "退款")], ids=["english", "chinese"])
def test_best_match_ranks_by_the_words_not_by_time(
    data_dir: Path, open_cache: Callable[[Path], Cache], texts: list[str], word: str
) -> None:
    with open_cache(data_dir) as cache:
        account = cache.call_write(
            accounts.create,
            platform="mastodon",
            base_url="https://shop.example",
            info=AccountInfo(me=ME, char_limit=500),
            secret_ref="mastodon:test",
        )
        posts = [
            Post(
                remote_id=str(i), author=ANNA, text=text, created_at=T0 + timedelta(days=i), kind=Kind.PUBLIC,
                direction=Direction.IN, customer=ANNA, visibility="public", thread_root=str(i),
            )
            for i, text in enumerate(texts)
        ]
        cache.call_write(ingest.store_page, account.id, "mentions", posts, cursor="3", exhausted=True, unread=True)
        for query in (word, f"{word} from:anna", f"{word} is:public"):
            newest = [h.text for h in cache.call_read(search.search, query)]
            best = [h.text for h in cache.call_read(search.search, query, order="best")]
            assert newest == texts[::-1], query
            assert best[0] == texts[0], (query, best)


def test_best_match_from_a_customer_or_the_business_ranks_by_the_words(
    data_dir: Path, open_cache: Callable[[Path], Cache], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``from:`` chooses the messages ranked, not their scores. (On SQLite
    the walk that scores them is narrowed to a few customers' messages:
    bm25 weighs the author column 0, so the scores are the words'. Not to
    the business's own, nor to many people: bm25 would count all of theirs.)"""
    replies = ["Your refund is on its way", "Refund sent. Refund confirmed.", ENGLISH[2].replace("I ", "you ")]
    with open_cache(data_dir) as cache:
        account = cache.call_write(
            accounts.create, platform="mastodon", base_url="https://shop.example",
            info=AccountInfo(me=ME, char_limit=500), secret_ref="mastodon:test",
        )
        posts = [
            Post(
                remote_id=f"{who}{i}", author=ANNA if who == "a" else ME, text=text, created_at=T0 + timedelta(days=i),
                kind=Kind.PUBLIC, direction=Direction.IN if who == "a" else Direction.OUT, customer=ANNA,
                visibility="public", thread_root="a0",
            )
            for who, texts in (("a", ENGLISH), ("s", replies))
            for i, text in enumerate(texts)
        ]
        cache.call_write(ingest.store_page, account.id, "mentions", posts, cursor="6", exhausted=True, unread=True)

        def best(query: str) -> list[str]:
            return [h.text for h in cache.call_read(search.search, query, order="best")]

        everyone = best("refund")
        assert best("refund from:anna") == [t for t in everyone if t in ENGLISH]
        assert best("refund from:zappy") == [t for t in everyone if t in replies]
        assert best("refund from:anna")[0] == ENGLISH[0]
        assert best("refund from:zappy")[0] == replies[1]
        if backend.is_postgres():
            return

        def rank_param(query: str) -> str:
            parsed = cache.call_read(search.completed, search.parse(query))
            return str(cache.call_read(search.compile_query, parsed, order="best")[1][-1])

        assert "author" in rank_param("refund from:anna")
        assert rank_param("refund from:zappy") == '"refund"'
        assert rank_param("refund from:an") == '"refund"'  # (two letters: who they are is not read)
        monkeypatch.setattr(search, "NARROW_RANK_PEOPLE_MAX", 0)
        assert rank_param("refund from:anna") == '"refund"'
        assert best("refund from:anna") == [t for t in everyone if t in ENGLISH]
