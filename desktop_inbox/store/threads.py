"""Threads the cache holds only part of.

A reply to a message the cache does not have is threaded under that
message's id (``sync.threads``, for platforms whose threads come on demand):
no request per reply while syncing. Two things complete such a thread: the
message itself arriving later (``adopt_replies``, called for every stored
page), and the user opening the conversation (``thread_gap`` says what to
fetch).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from desktop_inbox.records import Direction, Kind, Person, Platform, Post
from desktop_inbox.store import aggregate
from desktop_inbox.store.schema import database, from_ms


def adopt_replies(account_id: int, posts: Sequence[Post], now: datetime) -> set[int]:
    """Replies stored before the message they answer join its thread.

    When a message arrives that itself answers another, the conversations
    waiting under its id move to its thread, merging with one already
    there (inside the caller's transaction). Returns the conversations changed.
    """
    replies = [p.remote_id for p in posts if p.thread_root and p.thread_root != p.remote_id]
    if not replies:
        return set()
    roots = {p.remote_id: p.thread_root for p in posts if p.thread_root}
    # One statement a page: the thread keys are "thread:<root>:<customer>",
    # each reply id a range of conversation_thread (CROSS JOIN: the ids lead;
    # '$': the ids are texts, see store.pg.dialect).
    waiting = database.execute_sql(
        """
        SELECT j.value, c.id, c.kind, c.thread_key FROM json_each(?, '$') j CROSS JOIN conversation c
        ON c.account_id = ? AND c.kind IN ('public', 'direct')
        AND c.thread_key >= 'thread:' || j.value || ':' AND c.thread_key < 'thread:' || j.value || ';'
        """,
        (json.dumps(replies), account_id),
    ).fetchall()
    changed: set[int] = set()
    for parent, conversation_id, kind, key in waiting:
        root = _final_root(account_id, roots[parent], roots)
        new_key = f"thread:{root}:{key[len('thread:') + len(parent) + 1 :]}"
        database.execute_sql("UPDATE message SET thread_root = ? WHERE conversation_id = ?", (root, conversation_id))
        there = database.execute_sql(
            "SELECT id FROM conversation WHERE account_id = ? AND kind = ? AND thread_key = ?", (account_id, kind, new_key)
        ).fetchone()
        if there is None:
            database.execute_sql("UPDATE conversation SET thread_key = ? WHERE id = ?", (new_key, conversation_id))
            changed.add(conversation_id)
            continue
        _merge(conversation_id, there[0])
        aggregate.recompute(there[0], now=now)
        changed.update((there[0], conversation_id))
    return changed


def _final_root(account_id: int, root: str, roots: dict[str, str]) -> str:
    """The root a thread ends at: a root handed over may itself be a reply
    stored under its parent (a page of our own replies answering customers'
    replies to them: 432 answers 431, stored under 430, which answers 429).
    Followed through the page, then through the cache, to a message that is
    its own root (or one the cache does not have yet)."""
    seen = {root}
    while True:
        if roots.get(root, root) != root:
            parent = roots[root]
        else:
            row = database.execute_sql(
                "SELECT thread_root FROM message WHERE account_id = ? AND remote_id = ?", (account_id, root)
            ).fetchone()
            parent = row[0] if row is not None and row[0] else root
        if parent == root or parent in seen:
            return root
        seen.add(parent)
        root = parent


def _merge(source: int, target: int) -> None:
    """Everything of conversation ``source`` into ``target``; ``source`` goes."""
    for table in ("message", "outbox"):
        database.execute_sql(f"UPDATE {table} SET conversation_id = ? WHERE conversation_id = ?", (target, source))
    # (A draft of each: the one already there stays. Said in two statements
    # that both backends take, not SQLite's UPDATE OR IGNORE.)
    database.execute_sql(
        "DELETE FROM draft WHERE conversation_id = ? AND EXISTS (SELECT 1 FROM draft WHERE conversation_id = ?)",
        (source, target),
    )
    database.execute_sql("UPDATE draft SET conversation_id = ? WHERE conversation_id = ?", (target, source))
    database.execute_sql("DELETE FROM conversation WHERE id = ?", (source,))


@dataclass(frozen=True, slots=True)
class ThreadGap:
    """The oldest message of a conversation whose parent the cache lacks."""

    account_id: int
    post: Post


def thread_gap(conversation_id: int) -> ThreadGap | None:
    row = database.execute_sql(
        """
        SELECT m.account_id, m.remote_id, m.text, m.created_at, m.direction, m.visibility, m.in_reply_to,
               m.thread_root, m.extra, c.kind, i.platform, i.key, i.remote_id, i.handle, i.name, i.url
        FROM message m JOIN conversation c ON c.id = m.conversation_id JOIN identity i ON i.id = m.identity_id
        WHERE m.conversation_id = ? AND m.in_reply_to IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM message p WHERE p.account_id = m.account_id AND p.remote_id = m.in_reply_to)
        ORDER BY m.created_at, m.id LIMIT 1
        """,
        (conversation_id,),
    ).fetchone()
    if row is None:
        return None
    customer = database.execute_sql(
        """
        SELECT i.platform, i.key, i.remote_id, i.handle, i.name, i.url
        FROM conversation c JOIN identity i ON i.id = c.identity_id WHERE c.id = ?
        """,
        (conversation_id,),
    ).fetchone()
    author = _person(row[10:16])
    post = Post(
        remote_id=row[1],
        author=author,
        text=row[2],
        created_at=from_ms(row[3]),
        kind=Kind(row[9]),
        direction=Direction(row[4]),
        customer=_person(customer) if customer else None,
        visibility=row[5],
        in_reply_to=row[6],
        thread_root=row[7],
        extra=json.loads(row[8]) if row[8] else {},
    )
    return ThreadGap(row[0], post)


def _person(row: Sequence[str]) -> Person:
    return Person(platform=Platform(row[0]), key=row[1], remote_id=row[2], handle=row[3], name=row[4], url=row[5])
