"""No cap on results: paging lazily past ten thousand of them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_inbox.records import AccountInfo, Direction, Kind, Person, Platform, Post
from desktop_inbox.store import accounts, ingest, search
from desktop_inbox.store.db import Cache

ME = Person(Platform.MASTODON, "https://s.example/@shop", "1", "@shop@s.example", "Shop")


@pytest.mark.parametrize(
    ("query", "fields"),
    [
        ("refund", {"terms": [["refund"]]}),
        ("Refunds please", {"terms": [["refunds"], ["please"]]}),
        ('"next week"', {"terms": [["next", "week"]]}),
        ("from:@anna", {"authors": ["anna"], "terms": []}),
        ("platform:twitter", {"platforms": ["x"]}),
        ("is:dm", {"kind": "direct"}),
        ("is:public", {"kind": "public"}),
        ("state:needs-reply", {"states": ["needs_reply"]}),
        ("tag:vip tag:wholesale", {"tags": ["vip", "wholesale"]}),
        ("ΖΆΠΠΟΣ", {"terms": [["ζαπποσ"]]}),
        ("客户服务", {"terms": [["客", "户", "服", "务"]]}),
        ('"from:anna"', {"terms": [["from:anna"]], "authors": []}),  # quoted: words, not a filter
    ],
)
def test_parse_table(query: str, fields: dict[str, object]) -> None:
    parsed = search.parse(query)
    for name, value in fields.items():
        assert getattr(parsed, name) == value, name


def test_paging_past_ten_thousand_results(data_dir: Path) -> None:
    total = 12_345
    start = datetime(2025, 1, 1, tzinfo=UTC)
    with Cache(data_dir) as cache:
        cache.call_write(
            accounts.create, platform="mastodon", base_url="https://s.example",
            info=AccountInfo(me=ME, char_limit=500), secret_ref="m:p",
        )
        customers = [Person(Platform.MASTODON, f"https://m.example/@c{i}", f"c{i}", f"@c{i}@m.example", f"Customer {i}") for i in range(50)]
        for first in range(0, total, 2000):
            posts = [
                Post(str(n), customers[n % 50], f"parcel question number {n}", start + timedelta(minutes=n),
                     Kind.PUBLIC, Direction.IN, customers[n % 50], thread_root=str(n))
                for n in range(first, min(first + 2000, total))
            ]
            cache.call_write(ingest.store_page, 1, "s", posts, cursor=str(first), exhausted=False, unread=False)
        assert cache.call_read(search.count, "parcel") == total
        seen: list[int] = []
        last_time = None
        while True:
            page = cache.call_read(search.search, "parcel", limit=1000, offset=len(seen))
            if not page:
                break
            for hit in page:
                assert last_time is None or hit.created_at <= last_time  # newest first, across pages
                last_time = hit.created_at
            seen.extend(h.message_id for h in page)
        assert len(seen) == total and len(set(seen)) == total
