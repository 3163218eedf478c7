"""Messenger for a Facebook Page, with a Page access token.

* Direct messages: ``/<PAGE_ID>/conversations?platform=messenger`` and each
  conversation's messages (``connectors.meta.direct``); customers are
  keyed by their Page-scoped id (PSID); ``from`` is ``{name, email, id}``.
  Answers go out with ``messaging_type=RESPONSE`` inside the 24-hour window
  (``messenger-platform/reference/send-api``).
* Comments on the Page's posts (``/<PAGE_ID>/posts``, ``/<POST_ID>/comments
  ?filter=stream`` with ``parent``), answered as the Page with ``POST
  /<COMMENT_ID>/comments`` or privately (a private reply). Meta names the
  commenter only to tokens of people with the MODERATE task on the Page.
* A Page token cannot be renewed without the app secret; tokens generated in
  the app's dashboard for a Page do not expire.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from desktop_inbox.connectors.base import Direction as StreamDirection
from desktop_inbox.connectors.base import StreamSpec
from desktop_inbox.connectors.http import normalize_base_url
from desktop_inbox.connectors.meta import comments as meta_comments
from desktop_inbox.connectors.meta.comments import COMMENT_HISTORY, COMMENTS, RawComment, read_comment
from desktop_inbox.connectors.meta.connector import FIND_SLACK, GraphConnector, Probe
from desktop_inbox.connectors.meta.direct import DIRECT_MESSAGES, DM_HISTORY, conversations
from desktop_inbox.connectors.meta.graph import Listing, objects
from desktop_inbox.connectors.meta.limits import FACEBOOK_COMMENT_CHARS
from desktop_inbox.connectors.meta.parse import graph_id, graph_time, same_text
from desktop_inbox.errors import BadInput, BadRecord, MalformedResponse
from desktop_inbox.records import AccountInfo, Kind, OutgoingReply, Person, Platform, Post, Skipped
from desktop_inbox.words import QT_TRANSLATE_NOOP, term

API_BASE = "https://graph.facebook.com"
POST_FIELDS = "id,message,created_time,permalink_url,comments.filter(stream).limit(0).summary(total_count)"
COMMENT_FIELDS = "id,message,created_time,from,parent{id}"
DM_NOTE = (
    "Messenger gives the text of only the 20 newest messages of each conversation{cut}, and does not list "
    "message requests left unanswered for 30 days; older messages cannot be imported."
)


def api_base_url(raw: str | None) -> str:
    return normalize_base_url(raw or API_BASE, what=term(QT_TRANSLATE_NOOP("Errors", "Facebook Graph API address")))


def check_page_id(raw: str) -> str:
    value = raw.strip()
    if not value.isdigit() or len(value) > 30:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The Page ID is a number: find it on your Page under About > Page transparency, or in the Messenger settings of your Meta app.",
            )
        )
    return value


def fb_person(data: Mapping[str, Any]) -> Person:
    """``{"name": …, "email": "<PSID>@facebook.com", "id": PSID}``."""
    pid = graph_id(data.get("id"), "person id")
    name = data["name"].strip()[:200] if isinstance(data.get("name"), str) else ""
    return Person(platform=Platform.MESSENGER, key=pid, remote_id=pid, handle=name or f"Facebook user {pid}", name=name)


class MessengerConnector(GraphConnector):
    platform = Platform.MESSENGER
    name = "Messenger"
    message_fields = "id,created_time,from,to,message,attachments,shares,sticker"
    dm_note = DM_NOTE
    streams = (
        StreamSpec(DIRECT_MESSAGES, StreamDirection.NEW),
        StreamSpec(COMMENTS, StreamDirection.NEW),
        StreamSpec(DM_HISTORY, StreamDirection.HISTORY),
        StreamSpec(COMMENT_HISTORY, StreamDirection.HISTORY),
    )

    def __init__(self, *, page_id: str, base_url: str | None = None, **kwargs: Any) -> None:
        self.page_id = check_page_id(page_id)
        super().__init__(base_url=api_base_url(base_url), **kwargs)

    @property
    def conversations_path(self) -> str:
        return f"/{self.page_id}/conversations"

    @property
    def send_path(self) -> str:
        return f"/{self.page_id}/messages"

    def person(self, data: Mapping[str, Any]) -> Person:
        return fb_person(data)

    # -- account --------------------------------------------------------------------

    async def verify(self) -> AccountInfo:
        body = await self.get("/me", fields="id,name")
        try:
            page_id = graph_id(body.get("id"), "Page id")
        except ValueError as exc:
            raise MalformedResponse(
                QT_TRANSLATE_NOOP("Errors", "Facebook sent a Page we cannot read ({exc})."), exc=exc
            ) from None
        if page_id != self.page_id:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This token belongs to {value} ({page_id}), not to Page {page_id2}. Generate a Page access token for the right Page in your Meta app's Messenger settings.",
                ),
                value=body.get("name") or page_id,
                page_id=page_id,
                page_id2=self.page_id,
            )
        name = body["name"].strip()[:200] if isinstance(body.get("name"), str) else ""
        self.me = Person(
            Platform.MESSENGER,
            page_id,
            page_id,
            name or f"Page {page_id}",
            name,
            url=f"https://www.facebook.com/{page_id}",
        )
        return AccountInfo(
            me=self.me, char_limit=FACEBOOK_COMMENT_CHARS, url_length=0, extra={**self.extra, "page_id": page_id}
        )

    def access_probes(self) -> list[tuple[str, Probe]]:
        return [
            ("Messenger conversations", lambda: conversations(self, None, 1)),
            ("comments on the Page's posts", lambda: self.get(f"/{self.page_id}/posts", fields="id", limit="1")),
        ]

    # -- comments (meta_comments.CommentSource) --------------------------------------

    async def recent_posts(self, limit: int) -> list[Mapping[str, Any]]:
        return objects((await self.get(f"/{self.page_id}/posts", fields=POST_FIELDS, limit=str(limit))).get("data"))

    async def posts_page(self, after: str | None) -> Listing:
        return await self.page(f"/{self.page_id}/posts", {"fields": POST_FIELDS, "limit": str(self.page_size)}, after)

    def post_key(self, post: Mapping[str, Any]) -> tuple[str, datetime | None, int | None]:
        post_id = graph_id(post.get("id"), "post id")
        try:
            at: datetime | None = graph_time(post.get("created_time"))
        except ValueError:
            at = None
        summary = post.get("comments", {}).get("summary") if isinstance(post.get("comments"), Mapping) else None
        count = summary.get("total_count") if isinstance(summary, Mapping) else None
        return post_id, at, count if isinstance(count, int) and not isinstance(count, bool) else None

    async def _comments(self, object_id: str) -> list[Mapping[str, Any]]:
        return await self.every_item(
            f"/{object_id}/comments", {"fields": COMMENT_FIELDS, "filter": "stream", "order": "chronological"}
        )

    def _raw(self, data: Mapping[str, Any], roots: Mapping[str, str]) -> RawComment:
        parent = data.get("parent")
        parent_id = parent.get("id") if isinstance(parent, Mapping) and isinstance(parent.get("id"), str) else None
        return read_comment(
            data,
            text_key="message",
            time_key="created_time",
            parent=roots.get(parent_id, parent_id) if parent_id else None,
            author=lambda who: self.myself() if who.get("id") == self.page_id else fb_person(who),
            missing_author="Facebook did not say who wrote it (the token needs the MODERATE task on the Page)",
        )

    async def post_comments(self, post: Mapping[str, Any]) -> tuple[list[Post], list[Skipped]]:
        post_id, _, _ = self.post_key(post)
        threads: dict[str, list[RawComment]] = {}
        roots: dict[str, str] = {}  # comment -> its top-level comment
        skipped: list[Skipped] = []
        for data in await self._comments(post_id):  # oldest first: a parent comes before its replies
            try:
                comment = self._raw(data, roots)
            except BadRecord as exc:
                skipped.append(Skipped(str(exc), exc.remote_id))
                continue
            root = comment.parent or comment.id
            roots[comment.id] = root
            if comment.parent is None:
                threads[comment.id] = [comment]
            elif root in threads:
                threads[root].append(comment)
        url = post.get("permalink_url") if isinstance(post.get("permalink_url"), str) else None
        posts = [
            p
            for thread in threads.values()
            for p in meta_comments.thread_posts(thread, me=self.myself(), url=url, extra={"post": post_id})
        ]
        return posts, skipped

    # -- replies ----------------------------------------------------------------------

    async def send(self, reply: OutgoingReply) -> Post:
        self.check_length(reply)
        if reply.kind == Kind.DIRECT:
            return await self.send_direct(reply)
        root = graph_id(reply.extra.get("root") or reply.in_reply_to, "comment id")
        answer = await self.post(f"/{root}/comments", params={"message": reply.text})
        return self.our_comment(reply, answer.get("id"), root)

    async def find_sent(self, reply: OutgoingReply) -> Post | None:
        if reply.kind == Kind.DIRECT:
            return await self.find_direct(reply)
        root = graph_id(reply.extra.get("root") or reply.in_reply_to, "comment id")
        earliest = reply.queued_at - FIND_SLACK
        for data in await self._comments(root):
            try:
                comment = self._raw(data, {})
            except BadRecord:
                continue
            if (
                comment.author.remote_id == self.page_id
                and same_text(comment.text, reply.text)
                and comment.at >= earliest
            ):
                return self.our_comment(reply, comment.id, root, comment.at)
        return None


def build(settings: Any) -> MessengerConnector:
    """The registry's entry point (``settings`` is a ConnectorSettings)."""
    page_id = settings.extra.get("page_id") or (settings.me.remote_id if settings.me else "")
    return MessengerConnector(page_id=page_id, **MessengerConnector.settings_kwargs(settings))
