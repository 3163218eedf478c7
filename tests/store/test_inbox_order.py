"""The inbox of all states: needs-reply first (longest waiting on top), then
everything else newest first, across pages, whatever the states' mix."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop_inbox.records import INBOX_STATES, AccountInfo, Direction, Kind, Person, Platform, Post
from desktop_inbox.store import accounts, conversations, ingest
from desktop_inbox.store.db import Cache
from desktop_inbox.store.schema import database

ME = Person(Platform.MASTODON, "https://shop.example/users/shop", "1", "@shop@shop.example", "Zappy Shoes")
T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
NOW = T0 + timedelta(days=60)


def test_all_states_page_in_one_order(data_dir: Path) -> None:
    rnd = random.Random(6)
    with Cache(data_dir) as cache:
        account = cache.call_write(
            accounts.create, platform="mastodon", base_url="https://shop.example",
            info=AccountInfo(me=ME, char_limit=500), secret_ref="mastodon:test",
        )
        posts = []
        for n in range(40):
            customer = Person(Platform.MASTODON, f"https://m.example/users/c{n}", str(100 + n), f"@c{n}@m.example", f"C {n}")
            at = T0 + timedelta(hours=rnd.randrange(1, 1000))
            posts.append(Post(remote_id=f"{n}a", author=customer, text="hello", created_at=at, kind=Kind.DIRECT,
                              direction=Direction.IN, customer=customer, visibility="direct"))
            if rnd.random() < 0.5:  # answered: waiting on the customer
                posts.append(Post(remote_id=f"{n}b", author=ME, text="hi!", created_at=at + timedelta(minutes=5),
                                  kind=Kind.DIRECT, direction=Direction.OUT, customer=customer, visibility="direct"))
        cache.call_write(ingest.store_page, account.id, "mentions", posts, cursor="x", exhausted=True, unread=True, now=NOW)
        ids = [c.id for c in cache.call_read(conversations.list_conversations, limit=1000)]
        for cid in ids[::4]:
            cache.call_write(conversations.mark_done, cid, now=NOW)
        for cid in ids[1::7]:
            cache.call_write(conversations.snooze, cid, NOW + timedelta(days=1), now=NOW)

        expected = cache.call_read(
            lambda: [r[0] for r in database.execute_sql("SELECT id FROM conversation ORDER BY sort_key, id")]
        )
        paged: list[int] = []
        states: set[str] = set()
        after = None
        while True:
            page = cache.call_read(conversations.list_conversations, after=after, limit=7)
            paged += [c.id for c in page]
            states |= {c.state for c in page}
            if len(page) < 7:
                break
            after = (page[-1].sort_key, page[-1].id)
        assert states == {s.value for s in INBOX_STATES}  # (heard posts have a view of their own)
        assert paged == expected and len(paged) == 40
