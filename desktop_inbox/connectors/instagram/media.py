"""Reading Instagram media, comments and tags (no I/O).

Shapes (Meta's reference pages, ``instagram-platform/instagram-graph-api/
reference/…``): an IG Media has ``id, caption, timestamp, permalink,
comments_count, media_type``; an IG Comment ``id, text, timestamp
(2018-02-22T10:06:05+0000), from{id, username}, username, parent_id,
replies{…}`` (``from`` carries the commenter's Instagram-scoped id, the same
id their direct messages use); ``GET /me/tags`` lists media with ``username``
(the owner's), but no owner id.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from desktop_inbox.connectors.meta.comments import RawComment, read_comment
from desktop_inbox.connectors.meta.graph import objects
from desktop_inbox.connectors.meta.parse import graph_id, graph_time
from desktop_inbox.errors import BadRecord
from desktop_inbox.records import Attachment, Direction, Kind, Person, Platform, Post
from desktop_inbox.words import QT_TRANSLATE_NOOP

MEDIA_FIELDS = "id,caption,timestamp,permalink,comments_count,media_type"
REPLY_FIELDS = "id,text,timestamp,from,username,parent_id"
COMMENT_FIELDS = f"id,text,timestamp,from,username,replies{{{REPLY_FIELDS}}}"
TAG_FIELDS = "id,caption,timestamp,permalink,username,media_type"


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def ig_person(data: Mapping[str, Any]) -> Person:
    """``{"id": IGSID, "username": …}`` (messages' from/to, comments' from)."""
    pid = graph_id(data.get("id"), "person id")
    raw = data.get("username")
    username = raw.strip().lstrip("@")[:60] if isinstance(raw, str) else ""
    return Person(
        platform=Platform.INSTAGRAM,
        key=pid,
        remote_id=pid,
        handle=f"@{username}" if username else f"Instagram user {pid}",
        name=data["name"][:200] if isinstance(data.get("name"), str) else "",
        url=f"https://www.instagram.com/{username}/" if username else None,
    )


def media_key(media: Mapping[str, Any]) -> tuple[str, datetime | None, int | None]:
    media_id = graph_id(media.get("id"), "media id")
    try:
        at: datetime | None = graph_time(media.get("timestamp"))
    except ValueError:
        at = None
    count = media.get("comments_count")
    return media_id, at, count if isinstance(count, int) and not isinstance(count, bool) else None


def raw_comment(data: Mapping[str, Any], parent: str | None) -> RawComment:
    """One comment; ``parent`` is the top-level comment of a reply."""

    def author(written_by: Mapping[str, Any]) -> Person:
        if not written_by.get("username") and isinstance(data.get("username"), str):
            written_by = {**written_by, "username": data["username"]}
        return ig_person(written_by)

    return read_comment(data, text_key="text", time_key="timestamp", author=author, parent=parent)


def nested_replies(comment: Mapping[str, Any]) -> tuple[list[Mapping[str, Any]], bool]:
    """The replies expanded into a comment, and whether more are left to page."""
    replies = comment.get("replies")
    if not isinstance(replies, Mapping):
        return [], False
    paging = replies.get("paging")
    more = isinstance(paging, Mapping) and isinstance(paging.get("next"), str)
    return objects(replies.get("data")), more


def tag_post(media: Mapping[str, Any], me: Person) -> Post:
    """A post the business is tagged in: a public conversation with its owner."""
    raw_id = media.get("id")
    try:
        media_id = graph_id(raw_id, "media id")
        at = graph_time(media.get("timestamp"))
        username = _text(media.get("username")).strip().lstrip("@")[:60]
        if not username:
            raise ValueError("the post's owner is not named")
    except ValueError as exc:
        raise BadRecord(
            QT_TRANSLATE_NOOP("Errors", "unreadable tagged post: {exc}"),
            exc=exc,
            remote_id=raw_id if isinstance(raw_id, str) else None,
        ) from None
    owner = Person(
        platform=Platform.INSTAGRAM,
        # Meta names the owner but gives no id here: the username is the key.
        key=f"username:{username.lower()}",
        remote_id="",
        handle=f"@{username}",
        url=f"https://www.instagram.com/{username}/",
    )
    permalink = media.get("permalink") if _text(media.get("permalink")).startswith("https://") else None
    caption = _text(media.get("caption"))
    kind = _text(media.get("media_type")).lower() or "post"
    return Post(
        remote_id=media_id,
        author=owner,
        text=caption or "[Tagged you in a post]",
        created_at=at,
        kind=Kind.PUBLIC,
        direction=Direction.IN,
        customer=owner,
        visibility="public",
        thread_root=f"media:{media_id}",
        url=permalink,
        attachments=(Attachment("image" if kind == "image" else kind, permalink, description="tagged post"),),
        extra={"tagged_media": media_id},
    )
