"""The offline copy of a team database: whole at first, then only what
changed, as of one snapshot, with the search index; a transaction that
commits late is not skipped; replies written offline are kept."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from bench.make_cache import build
from desktop_inbox.store.pg import local_copy
from desktop_inbox.store.pg.cache import TeamCache
from desktop_inbox.store.pg.team import TABLES


@pytest.fixture
def team(tmp_path: Path, team_db: dict[str, Any]) -> Iterator[psycopg.Connection[Any]]:
    build(tmp_path / "writer", messages=400, seed=7, open_cache=lambda d: TeamCache(d, team_db))
    with psycopg.connect(**team_db) as conn:
        yield conn


def rows(conn: Any, table: str, columns: list[str]) -> list[tuple[Any, ...]]:
    found = conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {', '.join(columns)}").fetchall()
    return [tuple(int(v) if isinstance(v, bool) else v for v in row) for row in found]


def assert_same(pg: Any, copy: Path) -> None:
    lite = sqlite3.connect(copy)
    try:
        for table in TABLES:
            columns = [r[1] for r in lite.execute(f"PRAGMA table_info({table})")]
            with pg.transaction():
                expected = rows(pg, table, columns)
            assert rows(lite, table, columns) == expected, table
        messages = lite.execute("SELECT count(*) FROM message").fetchone()[0]
        assert lite.execute("SELECT count(*) FROM message_fts").fetchone()[0] == messages
    finally:
        lite.close()


def hand_over(tmp_path: Path, team_db: dict[str, Any]) -> int:
    """The copy's replies and drafts to the team, as a member's app does when
    the server is back (on the team's database, the copy closed)."""
    shared = TeamCache(tmp_path / "member", team_db)
    try:
        return local_copy.hand_over(shared, local_copy.copy_path(tmp_path))
    finally:
        shared.close()


def test_the_first_copy_is_whole_and_searchable(tmp_path: Path, team: Any) -> None:
    copy = local_copy.copy_path(tmp_path)
    done = local_copy.refresh(team, copy)
    assert done.full and done.rows > 400
    assert_same(team, copy)
    lite = sqlite3.connect(copy)
    hits = lite.execute("SELECT count(*) FROM message_fts WHERE message_fts MATCH 'size'").fetchone()[0]
    assert hits > 0
    # The words a word still being typed is searched as (store.index_words).
    assert lite.execute("SELECT word FROM index_word WHERE word LIKE 'siz%' ORDER BY word").fetchall() == [("size",), ("sizes",)]
    assert local_copy.refreshed_at(copy) is not None


def test_later_refreshes_copy_only_what_changed(tmp_path: Path, team: Any) -> None:
    copy = local_copy.copy_path(tmp_path)
    local_copy.refresh(team, copy)
    with team.transaction():
        conversation = team.execute("SELECT id FROM conversation ORDER BY id LIMIT 1").fetchone()[0]
        team.execute("UPDATE conversation SET done_at = 1 WHERE id = %s", (conversation,))
        message = team.execute("SELECT id FROM message ORDER BY id DESC LIMIT 1").fetchone()[0]
        team.execute("UPDATE message SET text = 'parcel shipped to Xylokastro' WHERE id = %s", (message,))
        team.execute("DELETE FROM contact_tag WHERE ctid IN (SELECT ctid FROM contact_tag LIMIT 1)")
        team.execute("INSERT INTO preference (key, value) VALUES ('offline-test', '1')")
    done = local_copy.refresh(team, copy)
    assert not done.full and 0 < done.rows <= 5
    assert_same(team, copy)
    lite = sqlite3.connect(copy)
    assert lite.execute("SELECT count(*) FROM message_fts WHERE message_fts MATCH 'xylokastro'").fetchone()[0] == 1
    assert lite.execute("SELECT count(*) FROM index_word WHERE word = 'xylokastro'").fetchone()[0] == 1
    # Nothing changed: nothing copied.
    assert local_copy.refresh(team, copy).rows == 0


def test_a_transaction_committing_after_a_refresh_is_not_skipped(tmp_path: Path, team: Any, team_db: dict[str, Any]) -> None:
    copy = local_copy.copy_path(tmp_path)
    local_copy.refresh(team, copy)
    contact = team.execute("SELECT id FROM contact ORDER BY id LIMIT 1").fetchone()[0]
    team.commit()
    with psycopg.connect(**team_db) as slow, psycopg.connect(**team_db) as quick:
        slow.execute("INSERT INTO note (id, contact_id, text, created_at, updated_at) VALUES (900001, %s, 'slow', 1, 1)", (contact,))
        quick.execute("INSERT INTO note (id, contact_id, text, created_at, updated_at) VALUES (900002, %s, 'quick', 2, 2)", (contact,))
        quick.commit()
        local_copy.refresh(team, copy)  # sees the quick one only
        notes = {r[0] for r in sqlite3.connect(copy).execute("SELECT text FROM note WHERE id > 900000")}
        assert notes == {"quick"}
        slow.commit()
    local_copy.refresh(team, copy)
    notes = {r[0] for r in sqlite3.connect(copy).execute("SELECT text FROM note WHERE id > 900000")}
    assert notes == {"quick", "slow"}
    assert_same(team, copy)


def test_replies_written_in_the_copy_outlive_a_whole_refresh(tmp_path: Path, team: Any) -> None:
    copy = local_copy.copy_path(tmp_path)
    local_copy.refresh(team, copy)
    lite = sqlite3.connect(copy)
    columns = [r[1] for r in lite.execute("PRAGMA table_info(outbox)")]
    template = dict(zip(columns, lite.execute("SELECT * FROM outbox LIMIT 1").fetchone() or [None] * len(columns), strict=True))
    assert template["id"] is not None, "the corpus has replies in its outbox"
    template.update(id=local_copy.LOCAL_IDS + 1, text="written on the plane", key="offline-1")
    lite.execute(f"INSERT INTO outbox ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", list(template.values()))
    lite.commit()
    lite.close()
    local_copy.refresh(team, copy, now=10**10)  # long after: a whole copy again
    kept = sqlite3.connect(copy).execute("SELECT text FROM outbox WHERE id >= ?", (local_copy.LOCAL_IDS,)).fetchall()
    assert kept == [("written on the plane",)]


def test_replies_written_in_the_copy_take_ids_above_the_teams_and_leave_no_mark(tmp_path: Path, team: Any) -> None:
    """A reply written offline is numbered above every id the team hands out,
    and the mark row that makes SQLite number it so is never left in the
    copy (an older copy's kept one goes when the copy is opened)."""
    from desktop_inbox.store import outbox
    from desktop_inbox.store.schema import database

    copy = local_copy.copy_path(tmp_path)
    local_copy.refresh(team, copy)
    lite = sqlite3.connect(copy)
    columns = [r[1] for r in lite.execute("PRAGMA table_info(outbox)")]
    rest = ", ".join(c for c in columns if c not in ("id", "key", "state"))
    lite.execute(  # (as copies opened before kept it, for good)
        f"INSERT INTO outbox (id, key, state, {rest}) SELECT ?, 'offline-copy-ids', 'cancelled', {rest} FROM outbox LIMIT 1",
        (local_copy.LOCAL_IDS,),
    )
    lite.commit()
    conversation = lite.execute("SELECT id FROM conversation ORDER BY id LIMIT 1").fetchone()[0]
    lite.close()
    opened = local_copy.OfflineCopy(tmp_path)
    try:
        marks = opened.call_read(lambda: database.execute_sql("SELECT count(*) FROM outbox WHERE id = ?", (local_copy.LOCAL_IDS,)).fetchone()[0])
        assert marks == 0
        items = [opened.call_write(outbox.queue_reply, conversation, f"written on the plane {n}") for n in range(2)]
        stored = opened.call_read(
            lambda: database.execute_sql("SELECT id, text, state FROM outbox WHERE id >= ? ORDER BY id", (local_copy.LOCAL_IDS,)).fetchall()
        )
        cancelled = opened.call_read(lambda: database.execute_sql("SELECT count(*) FROM outbox WHERE key = 'offline-copy-ids'").fetchone()[0])
    finally:
        opened.close()
    assert [(t, s) for _, t, s in stored] == [("written on the plane 0", "queued"), ("written on the plane 1", "queued")]
    assert [i for i, _, _ in stored] == [local_copy.LOCAL_IDS + 1, local_copy.LOCAL_IDS + 2]
    assert cancelled == 0
    assert [item.id for item in items] == [local_copy.LOCAL_IDS + 1, local_copy.LOCAL_IDS + 2]


def test_a_hand_over_keeps_the_undo_window_and_drops_what_was_taken_back(
    tmp_path: Path, team: Any, team_db: dict[str, Any]
) -> None:
    """A reply written on the copy moments before the server came back still
    waits for the end of its undo window in the team's outbox; one cancelled
    (undone) on the copy is not sent at all."""
    from datetime import UTC, datetime, timedelta

    from desktop_inbox.store import outbox

    copy = local_copy.copy_path(tmp_path)
    local_copy.refresh(team, copy)
    conversation = team.execute("SELECT id FROM conversation ORDER BY id LIMIT 1").fetchone()[0]
    team.commit()
    opened = local_copy.OfflineCopy(tmp_path)
    try:
        kept = opened.call_write(outbox.queue_reply, conversation, "kept, in its undo window", delay=timedelta(minutes=5))
        undone = opened.call_write(outbox.queue_reply, conversation, "taken back", delay=timedelta(minutes=5))
        opened.call_write(outbox.cancel, undone.id)
    finally:
        opened.close()
    assert hand_over(tmp_path, team_db) == 1
    rows = team.execute(
        "SELECT key, text, state, not_before FROM outbox WHERE text IN ('kept, in its undo window', 'taken back')"
    ).fetchall()
    assert [(k, t, s) for k, t, s, _ in rows] == [(kept.key, "kept, in its undo window", "queued")]
    assert datetime.fromtimestamp(rows[0][3] / 1000, tz=UTC) > datetime.now(UTC) + timedelta(minutes=4)
    lite = sqlite3.connect(copy)
    assert lite.execute("SELECT count(*) FROM outbox WHERE id > ?", (local_copy.LOCAL_IDS,)).fetchone()[0] == 0


def test_drafts_typed_on_the_copy_go_to_the_team_and_a_sent_reply_takes_its_draft(
    tmp_path: Path, team: Any, team_db: dict[str, Any]
) -> None:
    """A draft typed offline reaches the team (unless the team's is newer);
    a reply written offline takes the team's older draft of its conversation
    with it (the composer showed the sent text again)."""
    import time

    from desktop_inbox.store import drafts, outbox

    def team_draft(conversation: int, text: str, at_ms: int) -> None:
        team.execute(
            """INSERT INTO draft (conversation_id, text, kind, updated_at) VALUES (%s, %s, '', %s)
               ON CONFLICT (conversation_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at""",
            (conversation, text, at_ms),
        )
        team.commit()

    copy = local_copy.copy_path(tmp_path)
    [first, second, third] = [r[0] for r in team.execute("SELECT id FROM conversation ORDER BY id LIMIT 3").fetchall()]
    now_ms = int(time.time() * 1000)
    team_draft(first, "Dear Anna, about your sandals", now_ms - 3_600_000)
    team_draft(second, "an old draft, then the reply went offline", now_ms - 3_600_000)
    local_copy.refresh(team, copy)
    opened = local_copy.OfflineCopy(tmp_path)
    try:
        opened.call_write(drafts.save, first, "Dear Anna, about your sandals: size 39 is back")
        opened.call_write(drafts.delete, second)
        opened.call_write(outbox.queue_reply, second, "The reply itself.")
        opened.call_write(drafts.save, third, "typed on the copy, but the team's is newer")
    finally:
        opened.close()
    team_draft(third, "newer, by Ben", now_ms + 60_000)
    assert hand_over(tmp_path, team_db) == 1
    after = dict(team.execute("SELECT conversation_id, text FROM draft WHERE conversation_id IN (%s, %s, %s)",
                              (first, second, third)).fetchall())  # fmt: skip
    assert after == {first: "Dear Anna, about your sandals: size 39 is back", third: "newer, by Ben"}


def test_a_conversation_is_not_started_on_the_copy(tmp_path: Path, team: Any) -> None:
    """Its id could be one the team gives another customer's conversation
    meanwhile (the reply would be handed over there): refused in one line."""
    from desktop_inbox.errors import StoreError
    from desktop_inbox.store import channels

    copy = local_copy.copy_path(tmp_path)
    local_copy.refresh(team, copy)
    identity, account = team.execute(
        """SELECT c.identity_id, c.account_id FROM conversation c JOIN identity i ON i.id = c.identity_id
           WHERE i.is_self = 0 AND NOT EXISTS (SELECT 1 FROM conversation d WHERE d.account_id = c.account_id
               AND d.kind = 'direct' AND d.identity_id = c.identity_id) LIMIT 1"""
    ).fetchone()
    team.commit()
    opened = local_copy.OfflineCopy(tmp_path)
    try:
        with pytest.raises(StoreError, match="can be started once it is back"):
            opened.call_write(channels.start, identity, account)
        count = opened.call_read(lambda: sqlite3.connect(copy).execute("SELECT count(*) FROM conversation").fetchone()[0])
    finally:
        opened.close()
    assert count == team.execute("SELECT count(*) FROM conversation").fetchone()[0]


def test_a_reply_whose_conversation_is_gone_stays_and_the_others_go(
    tmp_path: Path, team: Any, team_db: dict[str, Any]
) -> None:
    """One reply written offline cannot go (its conversation left the team
    meanwhile): it stays in the copy, and the others still go (it held them
    all back: the hand-over raised)."""
    from desktop_inbox.store import outbox

    copy = local_copy.copy_path(tmp_path)
    [kept, gone] = [r[0] for r in team.execute("SELECT id FROM conversation ORDER BY id LIMIT 2").fetchall()]
    team.commit()
    local_copy.refresh(team, copy)
    opened = local_copy.OfflineCopy(tmp_path)
    try:
        opened.call_write(outbox.queue_reply, gone, "to a conversation that goes")
        opened.call_write(outbox.queue_reply, kept, "to one that stays")
    finally:
        opened.close()
    team.execute("DELETE FROM conversation WHERE id = %s", (gone,))
    team.commit()
    assert hand_over(tmp_path, team_db) == 1
    sent = [r[0] for r in team.execute("SELECT text FROM outbox WHERE text LIKE 'to %'").fetchall()]
    assert sent == ["to one that stays"]
    lite = sqlite3.connect(copy)
    assert lite.execute("SELECT text FROM outbox WHERE id > ?", (local_copy.LOCAL_IDS,)).fetchall() == [("to a conversation that goes",)]
