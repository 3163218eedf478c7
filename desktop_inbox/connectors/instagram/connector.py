"""Instagram (``graph.instagram.com``): direct messages, comments, tags.

* Direct messages: Meta's Conversations API (``connectors.meta.direct``).
  People are keyed by their Instagram-scoped id (IGSID), which the comments'
  ``from.id`` uses too, so a customer's comments and messages meet.
* Comments on the business's own media (``GET /me/media``, ``GET
  /<MEDIA_ID>/comments`` with ``replies{…}``), answered publicly with ``POST
  /<COMMENT_ID>/replies`` (top-level comments only: a reply to a reply goes
  to its top-level comment) or privately (a private reply, ``--direct``).
* Media the business is tagged in (``GET /me/tags``) as mentions. Meta gives
  @mentions in captions and comments only by webhook, which a desktop app
  cannot receive: they are not imported, and the app says so.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime
from typing import Any

from desktop_inbox.connectors.base import Direction as StreamDirection
from desktop_inbox.connectors.base import StreamSpec
from desktop_inbox.connectors.http import normalize_base_url
from desktop_inbox.connectors.instagram import media as ig_media
from desktop_inbox.connectors.instagram.media import ig_person
from desktop_inbox.connectors.meta import comments as meta_comments
from desktop_inbox.connectors.meta.comments import COMMENT_HISTORY, COMMENTS
from desktop_inbox.connectors.meta.connector import FIND_SLACK, GraphConnector, Probe
from desktop_inbox.connectors.meta.direct import DIRECT_MESSAGES, DM_HISTORY, conversations
from desktop_inbox.connectors.meta.graph import Listing, dump_state, load_state, objects
from desktop_inbox.connectors.meta.limits import INSTAGRAM_COMMENT_CHARS
from desktop_inbox.connectors.meta.parse import graph_id, same_text
from desktop_inbox.errors import BadRecord, MalformedResponse, Rejected
from desktop_inbox.records import AccountInfo, Kind, OutgoingReply, Page, Person, Platform, Post, Skipped
from desktop_inbox.words import QT_TRANSLATE_NOOP, term

API_BASE = "https://graph.instagram.com"
TAGS = "tags"
TAG_HISTORY = "tag_history"

DM_NOTE = (
    "Instagram gives the text of only the 20 newest messages of each conversation{cut}, and does not list "
    "message requests left unanswered for 30 days; older messages cannot be imported."
)
MENTIONS_NOTE = (
    "Instagram reports @mentions of your account in other people's captions and comments only to a webhook "
    "server, which a desktop app cannot run: Desktop Inbox shows the posts you are tagged in, not those mentions."
)


def api_base_url(raw: str | None) -> str:
    return normalize_base_url(raw or API_BASE, what=term(QT_TRANSLATE_NOOP("Errors", "Instagram API address")))


class InstagramConnector(GraphConnector):
    platform = Platform.INSTAGRAM
    name = "Instagram"
    message_fields = "id,created_time,from,to,message,attachments,shares,story,is_unsupported"
    dm_note = DM_NOTE
    refreshable = True
    conversations_path = "/me/conversations"
    send_path = "/me/messages"
    streams = (
        StreamSpec(DIRECT_MESSAGES, StreamDirection.NEW),
        StreamSpec(COMMENTS, StreamDirection.NEW),
        StreamSpec(TAGS, StreamDirection.NEW),
        StreamSpec(DM_HISTORY, StreamDirection.HISTORY),
        StreamSpec(COMMENT_HISTORY, StreamDirection.HISTORY),
        StreamSpec(TAG_HISTORY, StreamDirection.HISTORY),
    )

    def __init__(self, *, base_url: str | None = None, **kwargs: Any) -> None:
        super().__init__(base_url=api_base_url(base_url), **kwargs)
        self.history_notes[TAG_HISTORY] = MENTIONS_NOTE

    def person(self, data: Mapping[str, Any]) -> Person:
        return ig_person(data)

    def send_extras(self, reply: OutgoingReply, tag: bool) -> dict[str, Any]:
        # Instagram answers need no messaging type; the tag shape is the
        # Messenger one (not shown on Instagram's own pages).
        return {"messaging_type": "MESSAGE_TAG", "tag": "HUMAN_AGENT"} if tag else {}

    # -- account --------------------------------------------------------------------

    async def verify(self) -> AccountInfo:
        body = await self.get("/me", fields="user_id,username,name,profile_picture_url")
        data = body
        listed = objects(body.get("data"))
        if "user_id" not in body and listed:
            data = listed[0]  # the getting-started page shows the answer wrapped in "data"
        try:
            user_id = graph_id(data.get("user_id") or data.get("id"), "account id")
            me = ig_person({**data, "id": user_id})
        except ValueError as exc:
            raise MalformedResponse(
                QT_TRANSLATE_NOOP("Errors", "Instagram sent an account we cannot read ({exc})."), exc=exc
            ) from None
        avatar = data.get("profile_picture_url")
        self.me = replace(me, avatar_url=avatar if isinstance(avatar, str) and avatar.startswith("https://") else None)
        extra = {**self.extra, "user_id": user_id}
        return AccountInfo(me=self.me, char_limit=INSTAGRAM_COMMENT_CHARS, url_length=0, extra=extra)

    def access_probes(self) -> list[tuple[str, Probe]]:
        return [
            ("direct messages", lambda: conversations(self, None, 1)),
            ("comments on your posts", self._probe_comments),
            ("posts you are tagged in", lambda: self.get("/me/tags", fields="id", limit="1")),
        ]

    async def _probe_comments(self) -> None:
        media = objects((await self.get("/me/media", fields="id", limit="1")).get("data"))
        if media and isinstance(media[0].get("id"), str):
            await self.get(f"/{graph_id(media[0]['id'], 'media id')}/comments", fields="id", limit="1")

    # -- comments (meta_comments.CommentSource) and tags -----------------------------

    async def recent_posts(self, limit: int) -> list[Mapping[str, Any]]:
        return objects((await self.get("/me/media", fields=ig_media.MEDIA_FIELDS, limit=str(limit))).get("data"))

    async def posts_page(self, after: str | None) -> Listing:
        return await self.page("/me/media", {"fields": ig_media.MEDIA_FIELDS, "limit": str(self.page_size)}, after)

    def post_key(self, post: Mapping[str, Any]) -> tuple[str, datetime | None, int | None]:
        return ig_media.media_key(post)

    async def post_comments(self, post: Mapping[str, Any]) -> tuple[list[Post], list[Skipped]]:
        media_id, _, _ = ig_media.media_key(post)
        threads: list[list[meta_comments.RawComment]] = []
        skipped: list[Skipped] = []
        for top in await self.every_item(f"/{media_id}/comments", {"fields": ig_media.COMMENT_FIELDS}):
            try:
                thread = [ig_media.raw_comment(top, None)]
            except BadRecord as exc:
                skipped.append(Skipped(str(exc), exc.remote_id))
                continue
            replies, more = ig_media.nested_replies(top)
            if more:
                replies = await self._replies(thread[0].id)
            for reply in replies:
                try:
                    thread.append(ig_media.raw_comment(reply, thread[0].id))
                except BadRecord as exc:
                    skipped.append(Skipped(str(exc), exc.remote_id))
            threads.append(thread)
        url = post.get("permalink") if isinstance(post.get("permalink"), str) else None
        posts = [
            p
            for thread in threads
            for p in meta_comments.thread_posts(thread, me=self.myself(), url=url, extra={"media": media_id})
        ]
        return posts, skipped

    async def _replies(self, comment_id: str) -> list[Mapping[str, Any]]:
        return await self.every_item(f"/{comment_id}/replies", {"fields": ig_media.REPLY_FIELDS})

    async def fetch_more(self, stream: str, cursor: str | None, since: datetime | None) -> Page:
        if stream == TAGS:
            return await self._tags(None, None, newest_only=True)
        if stream == TAG_HISTORY:
            return await self._tags(cursor, since, newest_only=False)
        return await super().fetch_more(stream, cursor, since)

    async def _tags(self, cursor: str | None, since: datetime | None, *, newest_only: bool) -> Page:
        """Newest page only for new tags (they are few), every page for history."""
        after = load_state(cursor).get("after")
        listing = await self.page("/me/tags", {"fields": ig_media.TAG_FIELDS, "limit": str(self.page_size)}, after)
        posts: list[Post] = []
        skipped: list[Skipped] = []
        done = listing.after is None or newest_only
        for item in listing.data:
            try:
                post = ig_media.tag_post(item, self.myself())
            except BadRecord as exc:
                skipped.append(Skipped(str(exc), exc.remote_id))
                continue
            if since is not None and post.created_at < since:
                done = True
                break
            posts.append(post)
        state = None if newest_only else dump_state({"after": listing.after or after, "done": done})
        page = Page(posts, state, exhausted=done, skipped=skipped)
        page.history_limit_reached = done and not newest_only
        return page

    # -- replies ----------------------------------------------------------------------

    async def send(self, reply: OutgoingReply) -> Post:
        self.check_length(reply)
        tagged = reply.extra.get("tagged_media")
        if reply.kind == Kind.DIRECT:
            if tagged:
                raise Rejected(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Instagram cannot answer a post you were tagged in privately; answer it publicly."
                    )
                )
            return await self.send_direct(reply)
        if tagged:
            media_id = graph_id(tagged, "media id")
            answer = await self.post(
                f"/{self.myself().remote_id}/mentions", params={"media_id": media_id, "message": reply.text}
            )
            return self.our_comment(reply, answer.get("id"), f"media:{media_id}")
        root = graph_id(reply.extra.get("root") or reply.in_reply_to, "comment id")
        answer = await self.post(f"/{root}/replies", params={"message": reply.text})
        return self.our_comment(reply, answer.get("id"), root)

    async def find_sent(self, reply: OutgoingReply) -> Post | None:
        if reply.kind == Kind.DIRECT:
            return await self.find_direct(reply)
        if reply.extra.get("tagged_media"):
            return None  # comments on other people's media cannot be read back
        root = graph_id(reply.extra.get("root") or reply.in_reply_to, "comment id")
        earliest = reply.queued_at - FIND_SLACK
        for data in await self._replies(root):
            try:
                comment = ig_media.raw_comment(data, root)
            except BadRecord:
                continue
            ours = comment.author.remote_id == self.myself().remote_id
            if ours and same_text(comment.text, reply.text) and comment.at >= earliest:
                return self.our_comment(reply, comment.id, root, comment.at)
        return None


def build(settings: Any) -> InstagramConnector:
    """The registry's entry point (``settings`` is a ConnectorSettings)."""
    return InstagramConnector(**InstagramConnector.settings_kwargs(settings))
