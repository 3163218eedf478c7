"""The store's search SQL as PostgreSQL gets it (no database needed)."""

from __future__ import annotations

import pytest

from desktop_inbox.store import search, search_walk
from desktop_inbox.store.pg import dialect


def test_a_filter_listing_few_conversations_may_use_the_message_index(monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite's "+m.conversation_id" keeps its planner off an index; left in,
    it kept PostgreSQL's off message_conversation too: every message read
    for "refund tag:vip" (110 ms against 22 ms in 100,000 messages)."""
    monkeypatch.setattr(search, "_few", lambda listed, params: True)
    parsed = search.parse("refund tag:vip")
    monkeypatch.setattr(search.backend, "is_postgres", lambda: False)
    sql, params = search._compile(parsed, [], order="newest", before=None)
    assert "+m.conversation_id IN (SELECT c.id FROM conversation c" in sql  # (SQLite's, as it was)
    monkeypatch.setattr(search.backend, "is_postgres", lambda: True)
    sql, params = search._compile(parsed, [], order="newest", before=None, paged=True)
    text, values = dialect.bind(sql, (*params, 50, 0))
    # (The index row's own conversation, TEAM_STEPS 4: no message read a match.)
    assert "AND f.conversation_id IN (SELECT c.id FROM conversation c" in text, text
    assert "+f." not in text and "+m." not in text and "+ m." not in text, text
    assert "JOIN message m ON m.time_key = f.rowid" not in text, text
    assert values[-3:] == ["vip", 50, 0]


def test_newest_first_walks_a_bounded_window_then_asks_the_index(monkeypatch: pytest.MonkeyPatch) -> None:
    """The walk of the newest rows stops at WINDOW (a rare word no longer
    walks the whole table), the older matches come through the GIN index,
    after the walked ones (UNION ALL in order), and the columns shown are
    read for the page's keys only."""
    monkeypatch.setattr(search.backend, "is_postgres", lambda: True)
    parsed = search.parse("tracking before:2025-01-01")
    sql, params = search._compile(parsed, [], order="newest", before=1234, paged=True)
    text, values = dialect.bind(sql, (*params, 50, 0))
    walk, rest = text.split(" UNION ALL ")
    assert f"ORDER BY rowid DESC LIMIT {search_walk.WINDOW}) f" in walk
    assert "f.rowid + 0 < (SELECT min(rowid)" in rest and "ORDER BY f.rowid + 0 DESC" in rest
    assert text.index("newest LIMIT %s OFFSET %s) page") < text.index("JOIN identity i")
    # The window is the newest rows under the upper bounds (before:, the page's).
    assert values.count(1234) == 4 and values[-2:] == [50, 0]
