"""Searching every message, a page at a time, and the saved searches.

The store's search module loads when first used: the window paints its
first page without it.
"""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING

from desktop_inbox.store.db import Cache

if TYPE_CHECKING:
    from desktop_inbox.store.saved_searches import SavedSearch
    from desktop_inbox.store.search import Order, ParsedQuery, SearchHit

# A saved search's badge says "999+" beyond this.
BADGE_MAX = 999


def _search() -> ModuleType:
    from desktop_inbox.store import search

    return search


def _saved() -> ModuleType:
    from desktop_inbox.store import saved_searches

    return saved_searches


def parse(query: str, *, prefix_last: bool = False) -> ParsedQuery:
    """The query understood (``BadInput`` for a bad filter); ``prefix_last``:
    the last word may still be typed (search as you type)."""
    parsed: ParsedQuery = _search().parse(query, prefix_last=prefix_last)
    return parsed


def highlight(text: str, words: list[str], *, width: int = 160) -> tuple[str, list[tuple[int, int]]]:
    """The part of ``text`` around its first matches, and where the matched
    words are in it (for showing a hit)."""
    from desktop_inbox.store import highlight as lights

    return lights.context_window(text, lights.match_spans(text, words), width)


class SearchService:
    def __init__(self, cache: Cache) -> None:
        self.cache = cache

    async def page(
        self,
        query: str | ParsedQuery,
        *,
        order: Order = "newest",
        limit: int = 50,
        after: SearchHit | None = None,
        offset: int = 0,
    ) -> list[SearchHit]:
        """One page of hits. The next page of a newest-first list is the one
        ``after`` its last hit (a seek, however deep); other orders page by
        ``offset`` (the hits already shown)."""
        keyset = order == "newest" and after is not None
        hits: list[SearchHit] = await self.cache.read(
            _search().search,
            query,
            order=order,
            limit=limit,
            offset=0 if keyset else offset,
            before=after.key if keyset and after is not None else None,
        )
        return hits

    async def count(self, query: str | ParsedQuery, *, up_to: int | None = None) -> int:
        """How many messages ``query`` finds (counting stops past ``up_to``)."""
        found: int = await self.cache.read(_search().count, query, up_to=up_to)
        return found

    # -- saved searches -------------------------------------------------------------

    async def saved(self, *, up_to: int | None = BADGE_MAX) -> list[tuple[SavedSearch, int]]:
        """Every saved search with how many conversations it finds, as the
        sidebar's other counts (counting stops past ``up_to``: "999+")."""
        rows: list[tuple[SavedSearch, int]] = await self.cache.read(_saved().counts, up_to=up_to)
        return rows

    async def save(self, name: str, query: str) -> SavedSearch:
        saved: SavedSearch = await self.cache.write(_saved().save, name, query)
        return saved

    async def remove(self, saved_id: int) -> None:
        await self.cache.write(_saved().delete, saved_id)
