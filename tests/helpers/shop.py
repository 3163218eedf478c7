"""A cache with the shop's one Mastodon account (id 1), for store tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from desktop_inbox.records import AccountInfo, Person, Platform
from desktop_inbox.store import accounts
from desktop_inbox.store.db import Cache

ME = Person(Platform.MASTODON, "https://shop.example/@shop", "1", "@shop@shop.example", "Shop")
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def shop_cache(data_dir: Path, open_cache: Callable[[Path], Cache] = Cache) -> Iterator[Cache]:
    """For a fixture: ``yield from shop_cache(data_dir)`` (``open_cache``:
    the conftest's fixture of that name, to run on each backend)."""
    with open_cache(data_dir) as cache:
        cache.call_write(
            accounts.create, platform="mastodon", base_url="https://shop.example",
            info=AccountInfo(me=ME, char_limit=500), secret_ref="m:1",
        )
        yield cache
