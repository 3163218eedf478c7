"""Search gives the same hits on SQLite (FTS5) and PostgreSQL (tsvector,
unaccent, Chinese characters as words): one shop's sample history, every benchmark query (English
word forms, Greek without accents, Chinese substrings, phrases, filters),
typed whole and while typing (the last word a prefix), newest first and
counted."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.make_cache import build
from bench.measure_search import QUERIES
from desktop_inbox.store import search, search_walk
from desktop_inbox.store.db import Cache
from desktop_inbox.store.pg.cache import TeamCache

MESSAGES = 3000
EXTRA = ("ship", "σανδ", "refund is:direct", "from:kowalski", "tag:vip", "refund tag:nobody", "is:heard", "is:mention order", "客")


def _results(cache: Cache) -> dict[str, object]:
    def run() -> dict[str, object]:
        found: dict[str, object] = {}
        for query in (*QUERIES, *EXTRA):
            for prefix in (False, True):
                parsed = search.parse(query, prefix_last=prefix)
                hits = search.search(parsed, limit=30)
                found[f"{query} prefix={prefix}"] = (
                    [h.message_id for h in hits],
                    search.count(parsed, up_to=500),
                    [h.message_id for h in search.search(parsed, limit=10, before=hits[-1].key)] if hits else [],
                    sorted(h.message_id for h in search.search(parsed, order="best", limit=1000)),
                )
        return found

    return cache.call_read(run)


@pytest.mark.parametrize("walked", [None, 40], ids=["walk", "short-walk"])
def test_the_same_history_gives_the_same_hits_on_both(
    tmp_path: Path, team_db: dict[str, object], walked: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(``short-walk``: PostgreSQL walks only the newest 40 rows before it
    asks its index, so most pages come from both parts of its search.)"""
    if walked is not None:
        monkeypatch.setattr(search_walk, "WINDOW", walked)
        monkeypatch.setattr(search_walk, "BEST_ROWS", walked)
    build(tmp_path / "sqlite", messages=MESSAGES, seed=5)
    with Cache(tmp_path / "sqlite") as cache:
        local = _results(cache)
    build(tmp_path / "team", messages=MESSAGES, seed=5, open_cache=lambda d: TeamCache(d, team_db))
    with TeamCache(tmp_path / "team", team_db) as cache:
        team = _results(cache)
    assert sum(1 for hits, *_ in local.values() if hits) > 60  # most queries find something
    different = {q: (local[q], team[q]) for q in local if local[q] != team[q]}
    assert not different, different
