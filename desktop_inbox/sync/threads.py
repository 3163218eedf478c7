"""Giving every post its thread root, fetching the threads we do not know."""

from __future__ import annotations

import asyncio

from desktop_inbox.connectors.base import Connector
from desktop_inbox.records import Post
from desktop_inbox.store import ingest
from desktop_inbox.store.db import Cache

THREAD_FETCHES = 4  # concurrent context requests per page


async def resolve_threads(cache: Cache, account_id: int, connector: Connector, posts: list[Post]) -> list[Post]:
    """``posts`` with their thread roots, and the threads they bring along.

    A reply to a message we already have (or on the same page) joins that
    message's thread. A reply to something we have never seen brings its
    thread along, except from a connector whose threads come on demand
    (``threads_on_demand``: Mastodon, one request per thread against a budget
    of 300 per 5 minutes): the reply is threaded under the message it answers
    until that comes in a later page (``store.ingest`` then moves it), or
    until the user opens the conversation (``SyncEngine.complete_thread``).
    """
    if not posts:
        return posts
    parents = _parents(posts)
    known = await cache.read(ingest.thread_roots, account_id, parents) if parents else {}
    on_demand = bool(getattr(connector, "threads_on_demand", False))
    resolved, unknown = _rooted(posts, known, on_demand=on_demand)
    if unknown:
        limit = asyncio.Semaphore(THREAD_FETCHES)

        async def fetch(post: Post) -> list[Post]:
            async with limit:
                return await connector.fetch_thread(post)

        for thread in await asyncio.gather(*(fetch(p) for p in unknown)):
            for item in thread:
                if item.remote_id not in resolved:
                    resolved[item.remote_id] = item if item.thread_root else item.rooted(item.remote_id)
    return list(resolved.values())


def rooted_on_demand(account_id: int, posts: list[Post]) -> list[Post]:
    """``resolve_threads`` for a connector whose threads come on demand, on
    the cache's writer thread (it makes no request): the engine stores a
    batch with its threading in one hand-over to that thread, not a read on
    the reader's thread first (bench/, 7: a hop between threads per batch,
    on the sync's one path from a page read to its store)."""
    if not posts:
        return posts
    parents = _parents(posts)
    resolved, unknown = _rooted(posts, ingest.thread_roots(account_id, parents) if parents else {}, on_demand=True)
    assert not unknown  # (on demand: a reply to an unknown message is threaded under it)
    return list(resolved.values())


def _parents(posts: list[Post]) -> list[str]:
    return sorted({p.in_reply_to for p in posts if p.thread_root is None and p.in_reply_to})


def _rooted(posts: list[Post], known: dict[str, str], *, on_demand: bool) -> tuple[dict[str, Post], list[Post]]:
    """The posts with their thread roots (by remote id, oldest first), and
    those replying to a message neither ``known`` nor among them (unless
    ``on_demand``: then threaded under the message they answer)."""
    resolved: dict[str, Post] = {}
    unknown: list[Post] = []
    for post in sorted(posts, key=lambda p: p.created_at):
        if post.thread_root is not None:
            resolved[post.remote_id] = post
        elif not post.in_reply_to:
            resolved[post.remote_id] = post.rooted(post.remote_id)
        elif post.in_reply_to in known:
            resolved[post.remote_id] = post.rooted(known[post.in_reply_to])
        elif post.in_reply_to in resolved:
            resolved[post.remote_id] = post.rooted(resolved[post.in_reply_to].thread_root or post.in_reply_to)
        elif on_demand:
            resolved[post.remote_id] = post.rooted(post.in_reply_to)
        else:
            unknown.append(post)
    return resolved, unknown
