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
    monkeypatch.setattr(search, "_listed_ids", lambda listed, params, cap: (True, None))  # few, more than the cap
    sql, params = search._compile(parsed, [], order="newest", before=None, paged=True)
    text, values = dialect.bind(sql, (*params, 50, 0))
    # (The index row's own conversation, TEAM_STEPS 4: no message read a match.)
    # (+ 0: tested on each match, not looked up in message_fts_conversation.)
    assert "AND f.conversation_id + 0 IN (SELECT c.id FROM conversation c" in text, text
    assert "+f." not in text and "+m." not in text and "+ m." not in text, text
    assert "JOIN message m ON m.time_key = f.rowid" not in text, text
    assert values[-3:] == ["vip", 50, 0]


@pytest.mark.parametrize(
    ("order", "passing", "among"),
    [
        ("best", 600, "f.conversation_id = ANY(ARRAY(SELECT unnest(%s::bigint[])))"),
        ("best", 3, "f.conversation_id = ANY(%s)"),
        ("newest", 3, "f.conversation_id = ANY(%s)"),
    ],
)
def test_a_few_conversations_are_passed_as_two_lists_only_a_bitmap_can_take(
    monkeypatch: pytest.MonkeyPatch, order: search.Order, passing: int, among: str
) -> None:
    """Their ids, looked up in the index rows' conversations and ANDed with
    the words' bitmap, in two halves ORed: a plain walk of the conversation
    index testing each row's words (70 ms for "shipped platform:mastodon"
    at 100,000 messages, where the bitmap AND took 18) cannot take an OR.
    Beyond LISTED_IDS_SEEN (Best match only), behind ARRAY(SELECT ...), not
    weighed by the planner id by id."""
    ids = list(range(1, passing + 1))
    caps: list[int] = []
    monkeypatch.setattr(search.backend, "is_postgres", lambda: True)
    monkeypatch.setattr(search, "_listed_ids", lambda listed, params, cap: caps.append(cap) or (True, ids))
    sql, params = search._compile(search.parse("shipped state:needs_reply"), [], order=order, before=None, paged=True)
    text, values = dialect.bind(sql, (*params, 50, 0))
    assert caps == [search.LISTED_IDS if order == "best" else search.LISTED_IDS_SEEN]
    assert f"({among} OR {among})" in text, text
    assert ids[: passing // 2] in values and ids[passing // 2 :] in values, values
    assert "FROM conversation c" not in text.split("JOIN identity i")[0], text  # not listed again
    if order != "best":
        return
    # No window: the newest BEST_OF that pass (store.search_best).
    assert f"LIMIT {search.BEST_WINDOW}" not in text and f"LIMIT {search.BEST_OF}" in text, text


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


def test_best_match_walks_the_newest_rows_when_the_planner_expects_enough_there() -> None:
    """Enough with room (BEST_WALK_ROOM) in at most BEST_WALK_MAX rows: a
    walk; else the index alone, which reads every match but no row more."""
    assert search_walk.best_rows(1000, 18_000, 100_000) == 8_334  # "size": 18% pass
    assert search_walk.best_rows(1000, 3_400, 100_000) == 0  # "size state:needs_reply"
    assert search_walk.best_rows(1000, 0, 100_000) == 0
    assert search_walk.best_rows(1000, 50, 0) == 0  # (no statistics yet)
