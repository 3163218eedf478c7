"""Instagram (``graph.instagram.com``): direct messages, comments, tags.

* Direct messages: Meta's Conversations API (``connectors.meta.connector``).
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

from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import httpx

from desktop_inbox.connectors.base import Direction as StreamDirection
from desktop_inbox.connectors.base import StreamSpec
from desktop_inbox.connectors.http import make_client, normalize_base_url
from desktop_inbox.connectors.instagram import media as ig_media
from desktop_inbox.connectors.instagram.media import ig_person
from desktop_inbox.connectors.meta import comments as meta_comments
from desktop_inbox.connectors.meta.connector import (
    COMMENT_HISTORY,
    COMMENTS,
    DIRECT_MESSAGES,
    DM_HISTORY,
    FIND_SLACK,
    GraphConnector,
)
from desktop_inbox.connectors.meta.graph import VERSION, GraphApi, Listing, objects
from desktop_inbox.connectors.meta.limits import INSTAGRAM_COMMENT_CHARS
from desktop_inbox.connectors.meta.parse import graph_id, same_text
from desktop_inbox.connectors.meta.tokens import MetaToken, TokenKeeper
from desktop_inbox.errors import BadRecord, MalformedResponse, Rejected
from desktop_inbox.records import AccountInfo, Direction, Kind, OutgoingReply, Page, Person, Platform, Post, Skipped

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
    return normalize_base_url(raw or API_BASE, what="Instagram API address")


class InstagramConnector(GraphConnector):
    platform = Platform.INSTAGRAM
    name = "Instagram"
    message_fields = "id,created_time,from,to,message,attachments,shares,story,is_unsupported"
    dm_note = DM_NOTE
    streams = (
        StreamSpec(DIRECT_MESSAGES, StreamDirection.NEW),
        StreamSpec(COMMENTS, StreamDirection.NEW),
        StreamSpec(TAGS, StreamDirection.NEW),
        StreamSpec(DM_HISTORY, StreamDirection.HISTORY),
        StreamSpec(COMMENT_HISTORY, StreamDirection.HISTORY),
        StreamSpec(TAG_HISTORY, StreamDirection.HISTORY),
    )

    def __init__(
        self,
        *,
        token: MetaToken,
        base_url: str | None = None,
        me: Person | None = None,
        extra: Mapping[str, str] | None = None,
        save_credentials: Any = None,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        version: str = VERSION,
    ) -> None:
        self.base_url = api_base_url(base_url)
        api = GraphApi(make_client(self.base_url, transport=transport), platform="instagram", name="Instagram",
                       version=version, clock=clock)
        keeper = TokenKeeper(token, api=api, save=save_credentials, clock=clock, refreshable=True)
        super().__init__(api=api, keeper=keeper, me=me, extra=extra or {}, clock=clock)
        self.history_notes = {DM_HISTORY: DM_NOTE.format(cut=""), TAG_HISTORY: MENTIONS_NOTE}

    conversations_path = "/me/conversations"
    send_path = "/me/messages"

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
            raise MalformedResponse(f"Instagram sent an account we cannot read ({exc}).") from None
        avatar = data.get("profile_picture_url")
        self.me = Person(me.platform, me.key, me.remote_id, me.handle, me.name, me.url,
                         avatar if isinstance(avatar, str) and avatar.startswith("https://") else None)
        extra = {**self.extra, "user_id": user_id}
        return AccountInfo(me=self.me, char_limit=INSTAGRAM_COMMENT_CHARS, url_length=0, extra=extra)

    async def check_access(self) -> list[tuple[str, str]]:
        """What the token may do, as far as the API tells: (what, "ok" or why not)."""
        probes: list[tuple[str, Callable[[], Any]]] = [
            ("direct messages", lambda: self._conversations(None, 1)),
            ("comments on your posts", self._probe_comments),
            ("posts you are tagged in", lambda: self.get("/me/tags", fields="id", limit="1")),
        ]
        found = []
        for what, probe in probes:
            try:
                await probe()
            except (Rejected, MalformedResponse) as exc:
                found.append((what, str(exc).splitlines()[0]))
            else:
                found.append((what, "ok"))
        return found

    async def _probe_comments(self) -> None:
        media = objects((await self.get("/me/media", fields="id", limit="1")).get("data"))
        if media and isinstance(media[0].get("id"), str):
            await self.get(f"/{graph_id(media[0]['id'], 'media id')}/comments", fields="id", limit="1")

    # -- streams ----------------------------------------------------------------------

    async def fetch(self, stream: str, cursor: str | None, *, since: datetime | None) -> Page:
        if stream == DIRECT_MESSAGES:
            return await self.dms_new(cursor)
        if stream == DM_HISTORY:
            return await self.dms_history(cursor, since)
        self.note_poll(stream)
        if stream == COMMENTS:
            return await meta_comments.comments_new(self, cursor)
        if stream == COMMENT_HISTORY:
            return await meta_comments.comments_history(self, cursor, since)
        if stream == TAGS:
            return await self._tags(None, None, newest_only=True)
        if stream == TAG_HISTORY:
            return await self._tags(cursor, since, newest_only=False)
        raise ValueError(f"unknown Instagram stream {stream!r}")

    async def fetch_thread(self, post: Post) -> list[Post]:
        return [post]  # every post comes with its thread already

    # -- comments (meta_comments.CommentSource) --------------------------------------

    async def recent_posts(self, limit: int) -> list[Mapping[str, Any]]:
        return objects((await self.get("/me/media", fields=ig_media.MEDIA_FIELDS, limit=str(limit))).get("data"))

    async def posts_page(self, after: str | None) -> Listing:
        params = {"fields": ig_media.MEDIA_FIELDS, "limit": str(self.page_size), **({"after": after} if after else {})}
        await self.keeper.fresh()
        return await self.api.listing("/me/media", params)

    def post_key(self, post: Mapping[str, Any]) -> tuple[str, datetime | None, int | None]:
        return ig_media.media_key(post)

    async def post_comments(self, post: Mapping[str, Any]) -> tuple[list[Post], list[Skipped]]:
        media_id, _, _ = ig_media.media_key(post)
        threads: list[list[meta_comments.RawComment]] = []
        skipped: list[Skipped] = []
        after: str | None = None
        while True:
            params = {"fields": ig_media.COMMENT_FIELDS, "limit": str(self.page_size), **({"after": after} if after else {})}
            await self.keeper.fresh()
            listing = await self.api.listing(f"/{media_id}/comments", params)
            for top in listing.data:
                try:
                    thread = [ig_media.raw_comment(top, None)]
                    replies, more = ig_media.nested_replies(top)
                    if more:
                        replies = await self._all_replies(thread[0].id)
                    for reply in replies:
                        try:
                            thread.append(ig_media.raw_comment(reply, thread[0].id))
                        except BadRecord as exc:
                            skipped.append(Skipped(str(exc), exc.remote_id))
                except BadRecord as exc:
                    skipped.append(Skipped(str(exc), exc.remote_id))
                    continue
                threads.append(thread)
            after = listing.after
            if after is None or not listing.data:
                break
        url = post.get("permalink") if isinstance(post.get("permalink"), str) else None
        posts = [
            p
            for thread in threads
            for p in meta_comments.thread_posts(thread, me=self._me(), url=url, extra={"media": media_id})
        ]
        return posts, skipped

    async def _all_replies(self, comment_id: str) -> list[Mapping[str, Any]]:
        replies: list[Mapping[str, Any]] = []
        after: str | None = None
        while True:
            params = {"fields": ig_media.REPLY_FIELDS, "limit": str(self.page_size), **({"after": after} if after else {})}
            await self.keeper.fresh()
            listing = await self.api.listing(f"/{comment_id}/replies", params)
            replies.extend(listing.data)
            after = listing.after
            if after is None or not listing.data:
                return replies

    # -- tags -------------------------------------------------------------------------

    async def _tags(self, cursor: str | None, since: datetime | None, *, newest_only: bool) -> Page:
        """Newest page only for new tags (they are few), every page for history."""
        after = meta_comments.load_state(cursor).get("after") if cursor else None
        params = {"fields": ig_media.TAG_FIELDS, "limit": str(self.page_size), **({"after": after} if after else {})}
        await self.keeper.fresh()
        listing = await self.api.listing("/me/tags", params)
        posts: list[Post] = []
        skipped: list[Skipped] = []
        done = listing.after is None or newest_only
        for media in listing.data:
            try:
                post = ig_media.tag_post(media, self._me())
            except BadRecord as exc:
                skipped.append(Skipped(str(exc), exc.remote_id))
                continue
            if since is not None and post.created_at < since:
                done = True
                break
            posts.append(post)
        state = None if newest_only else meta_comments.dump_state({"after": listing.after or after, "done": done})
        page = Page(posts, state, exhausted=done, skipped=skipped)
        page.history_limit_reached = done and not newest_only
        return page

    # -- replies ----------------------------------------------------------------------

    async def send(self, reply: OutgoingReply) -> Post:
        self._check_length(reply)
        if reply.kind == Kind.DIRECT:
            if reply.extra.get("tagged_media"):
                raise Rejected("Instagram cannot answer a post you were tagged in privately; answer it publicly.")
            return await self.send_direct(reply)
        if reply.extra.get("tagged_media"):
            return await self._answer_tag(reply)
        root = reply.extra.get("root") or reply.in_reply_to
        answer = await self.post(f"/{graph_id(root, 'comment id')}/replies", params={"message": reply.text})
        return self._our_comment(reply, answer, root)

    async def _answer_tag(self, reply: OutgoingReply) -> Post:
        media_id = graph_id(reply.extra["tagged_media"], "media id")
        answer = await self.post(f"/{self._me().remote_id}/mentions", params={"media_id": media_id, "message": reply.text})
        return self._our_comment(reply, answer, f"media:{media_id}")

    def _our_comment(self, reply: OutgoingReply, answer: Mapping[str, Any], root: str) -> Post:
        comment_id = answer.get("id")
        if not isinstance(comment_id, str) or not comment_id:
            raise MalformedResponse("Instagram accepted the comment but sent back no id.")
        extra = {k: v for k, v in reply.extra.items() if k in ("media", "tagged_media", "comment", "root")}
        return Post(
            remote_id=comment_id,
            author=self._me(),
            text=reply.text,
            created_at=self.clock(),
            kind=Kind.PUBLIC,
            direction=Direction.OUT,
            customer=reply.customer,
            in_reply_to=reply.in_reply_to,
            thread_root=root,
            extra=extra,
        )

    async def find_sent(self, reply: OutgoingReply) -> Post | None:
        if reply.kind == Kind.DIRECT:
            return await self.find_direct(reply)
        if reply.extra.get("tagged_media"):
            return None  # comments on other people's media cannot be read back
        root = graph_id(reply.extra.get("root") or reply.in_reply_to, "comment id")
        earliest = reply.queued_at - FIND_SLACK
        for data in await self._all_replies(root):
            try:
                comment = ig_media.raw_comment(data, root)
            except BadRecord:
                continue
            if comment.author.remote_id == self._me().remote_id and same_text(comment.text, reply.text) \
                    and comment.at >= earliest:
                return replace(self._our_comment(reply, {"id": comment.id}, root), created_at=comment.at)
        return None


def build(settings: Any) -> InstagramConnector:
    """The registry's entry point (``settings`` is a ConnectorSettings)."""
    token = MetaToken.from_credentials(settings.credentials, what="Instagram")
    return InstagramConnector(
        token=token,
        base_url=settings.base_url,
        me=settings.me,
        extra=settings.extra,
        save_credentials=settings.save_credentials,
        transport=settings.transport,
        clock=settings.clock,
    )

