"""What the Instagram and Messenger connectors share.

* One Graph client and the token keeper per account; streams of direct
  messages (``direct``) and of comments on the business's posts
  (``comments``); polls spaced out as Meta's usage headers ask.
* Sending: ``POST …/messages`` with ``recipient.id`` (a direct message) or
  ``recipient.comment_id`` (a private reply to a comment), within the
  messaging window (``window``): checked when queued, and again here in case
  the reply waited offline past it.
* No idempotency key exists: after a lost answer, ``find_direct`` looks in the
  conversation for our message with the same text before anything is resent.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from desktop_inbox.connectors.base import CredentialSaver, FetchedMedia, MediaSource
from desktop_inbox.connectors.http import make_client
from desktop_inbox.connectors.media import download, hosts_ending
from desktop_inbox.connectors.meta import comments, direct, limits, window
from desktop_inbox.connectors.meta.errors import WindowClosed
from desktop_inbox.connectors.meta.graph import VERSION, GraphApi, Listing
from desktop_inbox.connectors.meta.parse import graph_id, graph_time, iso, same_text
from desktop_inbox.connectors.meta.tokens import MetaToken, TokenKeeper
from desktop_inbox.errors import MalformedResponse, Rejected
from desktop_inbox.records import Direction, Kind, OutgoingMedia, OutgoingReply, Page, Person, Post, Skipped
from desktop_inbox.words import QT_TRANSLATE_NOOP

log = logging.getLogger("desktop_inbox.connectors.meta")

PAGE_SIZE = 25
FIND_SLACK = timedelta(minutes=2)  # clocks differ: a lost attempt may look a little older

Probe = Callable[[], Awaitable[Any]]


META_MEDIA_HOSTS = hosts_ending("fbcdn.net", "fbsbx.com", "cdninstagram.com", "facebook.com", "instagram.com")


class GraphConnector:
    """One account on a Meta platform; subclasses give the platform's paths,
    people, comments and extra streams."""

    platform: Any
    # Graph has no idempotency key, but find_sent reads the conversation the
    # reply went to (its newest messages): not found there means not sent.
    resend_is_safe = True
    name = "Meta"
    message_fields = "id,created_time,from,to,message,attachments,shares"
    dm_note = ""
    refreshable = False

    def __init__(
        self,
        *,
        token: MetaToken,
        base_url: str,
        me: Person | None = None,
        extra: Mapping[str, str] | None = None,
        save_credentials: CredentialSaver | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        version: str = VERSION,
    ) -> None:
        self.base_url = base_url
        self.api = GraphApi(make_client(base_url, transport=transport), platform=self.platform.value,
                            name=self.name, version=version, clock=clock)
        self.keeper = TokenKeeper(token, api=self.api, save=save_credentials, clock=clock,
                                  refreshable=self.refreshable)
        self.me = me
        self.extra = dict(extra or {})
        self.clock = clock
        self.page_size = PAGE_SIZE
        self._last_poll: dict[str, datetime] = {}
        self.history_notes: dict[str, str] = {direct.DM_HISTORY: self.dm_note.format(cut="")}

    @classmethod
    def settings_kwargs(cls, settings: Any) -> dict[str, Any]:
        """The constructor's arguments from a registry ``ConnectorSettings``."""
        return {
            "token": MetaToken.from_credentials(settings.credentials, what=cls.name),
            "base_url": settings.base_url,
            "me": settings.me,
            "extra": settings.extra,
            "save_credentials": settings.save_credentials,
            "transport": settings.transport,
            "clock": settings.clock,
        }

    # -- to be given by each platform ---------------------------------------------

    @property
    def conversations_path(self) -> str:
        raise NotImplementedError

    @property
    def send_path(self) -> str:
        raise NotImplementedError

    def person(self, data: Mapping[str, Any]) -> Person:
        raise NotImplementedError

    def access_probes(self) -> list[tuple[str, Probe]]:
        """(what, a call that needs it) for ``check_access``."""
        raise NotImplementedError

    async def recent_posts(self, limit: int) -> list[Mapping[str, Any]]:
        """The business's newest posts (``comments.CommentSource``)."""
        raise NotImplementedError

    async def posts_page(self, after: str | None) -> Listing:
        raise NotImplementedError

    def post_key(self, post: Mapping[str, Any]) -> tuple[str, datetime | None, int | None]:
        raise NotImplementedError

    async def post_comments(self, post: Mapping[str, Any]) -> tuple[list[Post], list[Skipped]]:
        raise NotImplementedError

    async def fetch_more(self, stream: str, cursor: str | None, since: datetime | None) -> Page:
        """Streams of the platform's own (Instagram's tags)."""
        raise ValueError(f"unknown {self.name} stream {stream!r}")

    def send_extras(self, reply: OutgoingReply, tag: bool) -> dict[str, Any]:
        """Body fields besides recipient and message (messaging type, tag)."""
        if tag:
            return {"messaging_type": "MESSAGE_TAG", "tag": "HUMAN_AGENT"}
        return {"messaging_type": "RESPONSE"}

    # -- plumbing ---------------------------------------------------------------------

    async def aclose(self) -> None:
        await self.api.aclose()

    def myself(self) -> Person:
        if self.me is None:
            raise RuntimeError("verify() first")
        return self.me

    async def get(self, path: str, **params: str) -> Mapping[str, Any]:
        await self.keeper.fresh()
        return await self.api.call("GET", path, params=params)

    async def post(self, path: str, *, json_body: Any = None, params: Mapping[str, str] | None = None) -> Mapping[str, Any]:
        await self.keeper.fresh()
        return await self.api.call("POST", path, json_body=json_body, params=dict(params or {}))

    async def page(self, path: str, params: Mapping[str, str], after: str | None = None) -> Listing:
        """One page of an edge, from ``after`` on."""
        await self.keeper.fresh()
        return await self.api.listing(path, {**params, **({"after": after} if after else {})})

    async def every_item(self, path: str, params: Mapping[str, str]) -> list[Mapping[str, Any]]:
        """Every page of an edge (comments of one post, replies of one comment)."""
        items: list[Mapping[str, Any]] = []
        after: str | None = None
        while True:
            listing = await self.page(path, {**params, "limit": str(self.page_size)}, after)
            items.extend(listing.data)
            after = listing.after
            if after is None or not listing.data:
                return items

    async def check_access(self) -> list[tuple[str, str]]:
        """What the token may do, as far as the API tells: (what, "ok" or why not)."""
        found = []
        for what, probe in self.access_probes():
            try:
                await probe()
            except (Rejected, MalformedResponse) as exc:
                found.append((what, str(exc).splitlines()[0]))
            else:
                found.append((what, "ok"))
        return found

    # -- streams ----------------------------------------------------------------------

    def next_poll(self, stream: str) -> datetime | None:
        """Spaced out as Meta's usage headers approach the limit."""
        blocked = self.api.usage.blocked_until(self.clock())
        if blocked is not None:
            return blocked
        spacing = self.api.usage.spacing()
        last = self._last_poll.get(stream)
        if spacing and last is not None:
            return last + spacing
        return None

    async def fetch(self, stream: str, cursor: str | None, *, since: datetime | None) -> Page:
        self._last_poll[stream] = self.clock()
        if stream == direct.DIRECT_MESSAGES:
            return await direct.dms_new(self, cursor)
        if stream == direct.DM_HISTORY:
            return await direct.dms_history(self, cursor, since)
        if stream == comments.COMMENTS:
            return await comments.comments_new(self, cursor)
        if stream == comments.COMMENT_HISTORY:
            return await comments.comments_history(self, cursor, since)
        return await self.fetch_more(stream, cursor, since)

    async def fetch_thread(self, post: Post) -> list[Post]:
        return [post]  # every post comes with its thread already

    # -- sending ----------------------------------------------------------------------

    async def fetch_media(self, item: MediaSource) -> FetchedMedia:
        # Meta's CDNs (fbcdn.net, fbsbx.com, cdninstagram.com): public, signed URLs; no token.
        return await download(self.api.client, item.source, max_bytes=item.max_bytes, allowed=META_MEDIA_HOSTS)

    async def upload_media(self, picture: OutgoingMedia, *, direct: bool) -> dict[str, Any]:
        raise Rejected(
            QT_TRANSLATE_NOOP(
                "Errors", "Pictures cannot be attached to {name} replies yet; send the reply without them."
            ),
            name=self.name,
        )

    def prepare_send(self, reply: OutgoingReply) -> dict[str, str]:
        return {}  # Graph takes no client-chosen id; find_sent looks for the text instead

    def check_length(self, reply: OutgoingReply) -> None:
        reason = limits.too_long(self.platform.value, reply.text, direct=reply.kind == Kind.DIRECT)
        if reason:
            raise Rejected(reason)

    def _tag_needed(self, reply: OutgoingReply) -> bool:
        """Whether the message needs the HUMAN_AGENT tag; refuses one that
        waited past every window (queued in time, sent too late)."""
        at = reply.extra.get("at")
        if not at:
            return False
        age = self.clock() - graph_time(at)
        if age <= window.STANDARD_WINDOW:
            return False
        if window.has_human_agent(self.extra) and age <= window.HUMAN_AGENT_WINDOW:
            return True
        raise WindowClosed(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The reply waited too long: {name} takes answers only within {value} of the customer's last message, and that time has passed. It was not sent.",
            ),
            name=self.name,
            value="7 days" if window.has_human_agent(self.extra) else "24 hours",
        )

    def is_private_reply(self, reply: OutgoingReply) -> bool:
        return reply.kind == Kind.DIRECT and reply.extra.get("comment") == "1" and bool(reply.in_reply_to)

    async def send_direct(self, reply: OutgoingReply) -> Post:
        private = self.is_private_reply(reply)
        if private:
            recipient: dict[str, str] = {"comment_id": graph_id(reply.in_reply_to, "comment id")}
            extras = self.send_extras(reply, False)
        else:
            recipient = {"id": graph_id(reply.customer.remote_id, "customer id")}
            extras = self.send_extras(reply, self._tag_needed(reply))
        answer = await self.post(
            self.send_path, json_body={"recipient": recipient, "message": {"text": reply.text}, **extras}
        )
        message_id = answer.get("message_id")
        conversation = reply.extra.get("conversation", "")
        now = self.clock()
        extra = {"conversation": conversation, "at": iso(now)} if conversation else {"at": iso(now)}
        if private:
            extra["private_reply_to"] = reply.in_reply_to or ""
        root = f"dm:{conversation}" if conversation else f"dm:{reply.customer.key}"
        return self.outgoing(reply, message_id, kind=Kind.DIRECT, root=root, extra=extra)

    def outgoing(
        self,
        reply: OutgoingReply,
        remote_id: Any,
        *,
        kind: Kind,
        root: str,
        extra: dict[str, str],
        at: datetime | None = None,
    ) -> Post:
        """Our reply as the platform now holds it."""
        if not isinstance(remote_id, str) or not remote_id:
            raise MalformedResponse(
                QT_TRANSLATE_NOOP("Errors", "{name} accepted the reply but sent back no id."), name=self.name
            )
        return Post(
            remote_id=remote_id,
            author=self.myself(),
            text=reply.text,
            created_at=at or self.clock(),
            kind=kind,
            direction=Direction.OUT,
            customer=reply.customer,
            visibility="direct" if kind == Kind.DIRECT else "public",
            in_reply_to=None if kind == Kind.DIRECT else reply.in_reply_to,
            thread_root=root,
            extra=extra,
        )

    def our_comment(self, reply: OutgoingReply, comment_id: Any, root: str, at: datetime | None = None) -> Post:
        keep = ("media", "post", "tagged_media", "comment", "root")
        extra = {k: v for k, v in reply.extra.items() if k in keep}
        return self.outgoing(reply, comment_id, kind=Kind.PUBLIC, root=root, extra=extra, at=at)

    async def find_direct(self, reply: OutgoingReply) -> Post | None:
        """Our message with this text in the conversation with the customer,
        sent since the reply was queued (a lost attempt that arrived)."""
        conversation = reply.extra.get("conversation")
        if not conversation:
            customer = graph_id(reply.customer.remote_id, "customer id")
            convs, _ = await direct.conversations(self, None, 1, user_id=customer)
            ids = [c.get("id") for c in convs if isinstance(c.get("id"), str)]
            if not ids:
                return None
            conversation = ids[0]
        posts, _, _ = await direct.messages(self, str(conversation))
        earliest = reply.queued_at - FIND_SLACK
        for post in posts:
            if post.direction == Direction.OUT and same_text(post.text, reply.text) and post.created_at >= earliest:
                return replace(post, customer=reply.customer)
        return None
