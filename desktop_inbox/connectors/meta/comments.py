"""Comments on the business's own posts as public conversations (both platforms).

Meta delivers new comments by webhook; a desktop app without a public server
polls instead, and Meta's pages warn that polling costs rate budget
(``instagram-platform/comment-moderation``). So:

* new comments: the newest ``RECENT`` posts are listed with their comment
  counts, and only a post whose count changed is read again (every
  ``REREAD_EVERY``-th poll all of them, since a deletion and a new comment
  leave the count unchanged). Comments on older posts arrive with the
  history import only;
* history: every post, newest first, down to the depth the user chose.

A thread is a top-level comment with its replies (both platforms nest one
level: a reply to a reply joins the top-level comment); each customer in it
has a conversation of their own. Our own replies go to the person they
answer: the ``@name`` they start with, else the top-level comment's author.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from desktop_inbox.connectors.meta.graph import Listing, dump_state, load_state
from desktop_inbox.connectors.meta.parse import graph_id, graph_time
from desktop_inbox.errors import BadRecord
from desktop_inbox.records import Direction, Kind, Page, Person, Post, Skipped
from desktop_inbox.words import QT_TRANSLATE_NOOP

COMMENTS = "comments"
COMMENT_HISTORY = "comment_history"
RECENT = 10
REREAD_EVERY = 10
_LEADING_NAME = re.compile(r"^@([\w.]+)")


@dataclass(frozen=True, slots=True)
class RawComment:
    id: str
    author: Person
    text: str
    at: datetime
    parent: str | None  # the top-level comment a reply belongs to


def read_comment(
    data: Mapping[str, Any], *, text_key: str, time_key: str, author: Callable[[Mapping[str, Any]], Person],
    parent: str | None, missing_author: str = "the comment does not say who wrote it",
) -> RawComment:
    """One comment of either platform (``text``/``timestamp`` on Instagram,
    ``message``/``created_time`` on Facebook); ``author`` reads ``from``."""
    raw_id = data.get("id")
    try:
        comment_id = graph_id(raw_id, "comment id")
        written_by = data.get("from")
        if not isinstance(written_by, Mapping):
            raise TypeError(missing_author)
        person = author(written_by)
        at = graph_time(data.get(time_key))
    except (ValueError, TypeError) as exc:
        raise BadRecord(
            QT_TRANSLATE_NOOP("Errors", "unreadable comment: {exc}"),
            exc=exc,
            remote_id=raw_id if isinstance(raw_id, str) else None,
        ) from None
    text = data.get(text_key)
    return RawComment(comment_id, person, text if isinstance(text, str) else "", at, parent)


class CommentSource(Protocol):
    """What a platform gives the comment streams."""

    async def recent_posts(self, limit: int) -> list[Mapping[str, Any]]: ...

    async def posts_page(self, after: str | None) -> Listing: ...

    def post_key(self, post: Mapping[str, Any]) -> tuple[str, datetime | None, int | None]:
        """(id, time, comment count) of a post; raises ValueError if unreadable."""
        ...

    async def post_comments(self, post: Mapping[str, Any]) -> tuple[list[Post], list[Skipped]]: ...


async def comments_new(source: CommentSource, cursor: str | None) -> Page:
    state = load_state(cursor)
    counts: dict[str, Any] = state.get("counts") or {}
    polls = int(state.get("polls") or 0) + 1
    reread = polls % REREAD_EVERY == 0
    found: list[Post] = []
    skipped: list[Skipped] = []
    new_counts: dict[str, int | None] = {}
    for post in await source.recent_posts(RECENT):
        try:
            post_id, _, count = source.post_key(post)
        except ValueError as exc:
            skipped.append(Skipped(f"unreadable post: {exc}"))
            continue
        new_counts[post_id] = count
        if cursor is None:
            continue  # first poll: note the counts; the history import reads the comments
        if not reread and count is not None and counts.get(post_id) == count:
            continue
        posts, bad = await source.post_comments(post)
        found.extend(posts)
        skipped.extend(bad)
    return Page(
        found, dump_state({"counts": new_counts, "polls": polls % REREAD_EVERY}), exhausted=True, skipped=skipped
    )


async def comments_history(source: CommentSource, cursor: str | None, since: datetime | None) -> Page:
    state = load_state(cursor)
    listing = await source.posts_page(state.get("after"))
    done = listing.after is None
    found: list[Post] = []
    skipped: list[Skipped] = []
    for post in listing.data:
        try:
            _, at, _ = source.post_key(post)
        except ValueError as exc:
            skipped.append(Skipped(f"unreadable post: {exc}"))
            continue
        if since is not None and at is not None and at < since:
            done = True
            break
        posts, bad = await source.post_comments(post)
        found.extend(posts)
        skipped.extend(bad)
    return Page(
        found, dump_state({"after": listing.after or state.get("after"), "done": done}), exhausted=done, skipped=skipped
    )


def addressee(comment: RawComment, thread: Sequence[RawComment], me: Person) -> Person | None:
    """Whom our comment answers: the ``@name`` it starts with, else the
    top-level comment's author, else the latest customer before it."""
    others = [c for c in thread if c.author.remote_id != me.remote_id]
    match = _LEADING_NAME.match(comment.text.strip())
    if match:
        name = match.group(1).lower()
        for other in others:
            if other.author.handle.lstrip("@").lower() == name:
                return other.author
    top = thread[0] if thread else None
    if top is not None and top.author.remote_id != me.remote_id:
        return top.author
    earlier = [c for c in others if c.at <= comment.at]
    return earlier[-1].author if earlier else None


def thread_posts(thread: Sequence[RawComment], *, me: Person, url: str | None, extra: Mapping[str, str]) -> list[Post]:
    """The comments of one thread (top-level first) as public posts."""
    if not thread:
        return []
    ordered = [thread[0], *sorted(thread[1:], key=lambda c: c.at)]
    root = ordered[0].id
    posts: list[Post] = []
    for comment in ordered:
        ours = comment.author.remote_id == me.remote_id
        customer = addressee(comment, ordered, me) if ours else comment.author
        if customer is None:
            continue  # our own comment that answers nobody
        posts.append(
            Post(
                remote_id=comment.id,
                author=me if ours else comment.author,
                text=comment.text or "[No text]",
                created_at=comment.at,
                kind=Kind.PUBLIC,
                direction=Direction.OUT if ours else Direction.IN,
                customer=customer,
                visibility="public",
                in_reply_to=comment.parent,
                thread_root=root,
                url=url,
                extra={**extra, "comment": "1", "root": root},
            )
        )
    return posts
