"""Bluesky: mentions, replies, quotes, threads and direct messages (atproto).

What the inbox needs from Bluesky, and the pitfalls it avoids:

* mentions, replies and quotes come from ``app.bsky.notification.listNotifications``,
  whose cursor pages *backwards*: catching up pages from the top down to the
  newest item already stored, and the stored cursor remembers where a crash
  left that walk so nothing is skipped;
* threads come from ``app.bsky.feed.getPostThread``; people are keyed by DID
  (handles change), posts by at-URI, and a post's CID and thread root are kept
  in ``Post.extra`` because a reply needs strong refs to both;
* a reply's ``reply.root`` is the parent's own root (not the parent), else the
  Bluesky app shows it orphaned; facets use UTF-8 byte offsets;
* there is no idempotency header: the record key (a TID) is chosen before the
  first attempt (``prepare_send``), so a retry can only hit the same record,
  and ``find_sent`` simply reads that record;
* direct messages go through ``chat.bsky.convo.*`` (see ``chat``), a service
  of its own: when it cannot be reached, the account is still added and
  synced, with direct messages marked unavailable (and why) until the chat
  service answers again; every sync tries it.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import httpx

from desktop_inbox.connectors.base import Direction as StreamDirection
from desktop_inbox.connectors.base import FetchedMedia, MediaSource, StreamSpec, StreamUnavailable
from desktop_inbox.connectors.bluesky import media
from desktop_inbox.connectors.bluesky import text as text_rules
from desktop_inbox.connectors.bluesky.chat import ChatMixin
from desktop_inbox.connectors.bluesky.listening import BlueskyListening
from desktop_inbox.connectors.bluesky.views import attachments, me_view, strong_ref, thread_views, time_key
from desktop_inbox.connectors.bluesky.xrpc import (
    CHAT_PROXY,
    NO_DM_ACCESS,
    SessionSaver,
    Xrpc,
)
from desktop_inbox.connectors.http import normalize_base_url
from desktop_inbox.errors import (
    BadInput,
    BadRecord,
    ConnectorError,
    MalformedResponse,
    NeedsSignIn,
    Offline,
    RateLimited,
    Rejected,
    TransientError,
)
from desktop_inbox.records import (
    DIRECT_MESSAGES,
    UNAVAILABLE,
    AccountInfo,
    Direction,
    Kind,
    OutgoingMedia,
    OutgoingReply,
    Page,
    Person,
    Platform,
    Post,
    Skipped,
)
from desktop_inbox.text.untrusted import one_line
from desktop_inbox.words import QT_TRANSLATE_NOOP, term

log = logging.getLogger("desktop_inbox.connectors.bluesky.connector")

NOTIFICATIONS = "notifications"
NOTIFICATION_HISTORY = "notification_history"
CHAT = "chat"
CHAT_HISTORY = "chat_history"
REASONS = ("mention", "reply", "quote")
PAGE_SIZE = 100
POST = "app.bsky.feed.post"


parse_time = text_rules.parse_time

# What the chat service's failing looks like (down, 5xx, an answer we cannot
# read, a proxy that cannot reach it, its own rate limit); a refused sign-in
# is not among them: that is the account's problem, not the service's.
CHAT_TROUBLE = (TransientError, MalformedResponse, Rejected)


def chat_unavailable(exc: Exception) -> str:
    why = one_line(str(exc), limit=200).rstrip(".")  # a server's words: short, no controls, no secrets
    return f"Bluesky's chat service cannot be reached ({why}); direct messages are tried again at every sync."


def _str(value: Any, what: str, limit: int = 3000) -> str:
    if not isinstance(value, str) or not value or len(value) > limit:
        raise ValueError(f"{what} is missing or not a string")
    return value


def _declared_time(value: Any) -> datetime | None:
    """The client-declared createdAt; None when unreadable or implausible
    (the server's indexedAt stands in)."""
    try:
        return parse_time(value) if isinstance(value, str) else None
    except (ValueError, OverflowError):
        return None


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class BlueskyConnector(ChatMixin, BlueskyListening):
    platform = Platform.BLUESKY
    resend_is_safe = True  # the record key (posts), the latest messages (chat)
    streams: tuple[StreamSpec, ...] = (
        StreamSpec(NOTIFICATIONS, StreamDirection.NEW),
        StreamSpec(CHAT, StreamDirection.NEW, part=DIRECT_MESSAGES),
        StreamSpec(NOTIFICATION_HISTORY, StreamDirection.HISTORY),
        StreamSpec(CHAT_HISTORY, StreamDirection.HISTORY, part=DIRECT_MESSAGES),
    )

    def __init__(
        self,
        *,
        pds_url: str,
        me: Person | None = None,
        chat_url: str | None = None,
        chat_proxy: str | None = CHAT_PROXY,
        credentials: Mapping[str, Any] | None = None,
        save_session: SessionSaver | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        pds_url = normalize_base_url(pds_url, what=term(QT_TRANSLATE_NOOP("Errors", "Bluesky server (PDS) address")))
        chat_url = normalize_base_url(chat_url, what=term(QT_TRANSLATE_NOOP("Errors", "Bluesky chat service address"))) if chat_url else None
        self.xrpc = Xrpc(
            pds_url=pds_url,
            chat_url=chat_url,
            chat_proxy=chat_proxy,
            credentials=credentials,
            save_session=save_session,
            transport=transport,
            clock=clock,
        )
        self.me = me
        self.clock = clock
        super().__init__()

    @property
    def pds_url(self) -> str:
        return self.xrpc.pds_url

    async def aclose(self) -> None:
        await self.xrpc.aclose()

    def next_poll(self, stream: str) -> datetime | None:
        return None

    # -- account ------------------------------------------------------------

    async def verify(self, *, check_chat: bool = True) -> AccountInfo:
        session = await self.xrpc.query("com.atproto.server.getSession")
        did = session.get("did")
        if not isinstance(did, str):
            raise MalformedResponse(QT_TRANSLATE_NOOP("Errors", "Bluesky sent a session without a DID."))
        try:
            profile = await self.xrpc.query("app.bsky.actor.getProfile", {"actor": did})
        except Rejected:
            profile = {"did": did, "handle": session.get("handle")}
        try:
            self.me = self.person(profile)
        except (KeyError, TypeError, ValueError) as exc:
            raise MalformedResponse(
                QT_TRANSLATE_NOOP("Errors", "Bluesky sent a profile we cannot read ({exc})."), exc=exc
            ) from None
        extra = {"pds": self.pds_url}
        if check_chat:
            try:
                await self.xrpc.query("chat.bsky.convo.listConvos", {"limit": 1}, chat=True)
            except NeedsSignIn as exc:
                if str(exc) == NO_DM_ACCESS:
                    raise BadInput(NO_DM_ACCESS) from None
                raise
            except CHAT_TROUBLE as exc:
                # The account works without its chat: add it, say why DMs wait.
                extra[UNAVAILABLE + DIRECT_MESSAGES] = chat_unavailable(exc)
        if self.xrpc.chat_url:
            extra["chat_service"] = self.xrpc.chat_url
        if self.xrpc.chat_proxy != CHAT_PROXY:
            extra["chat_proxy"] = self.xrpc.chat_proxy or ""
        return AccountInfo(me=self.me, char_limit=text_rules.POST_GRAPHEMES, url_length=0, extra=extra)

    def person(self, profile: Mapping[str, Any]) -> Person:
        did = _str(profile["did"], "did", 2000)
        if not did.startswith("did:"):
            raise ValueError("did does not start with did:")
        handle = profile.get("handle") if isinstance(profile.get("handle"), str) else did
        name = profile.get("displayName")
        avatar = profile.get("avatar")
        return Person(
            platform=Platform.BLUESKY,
            key=did,
            remote_id=did,
            handle="@" + str(handle)[:300],
            name=name[:200] if isinstance(name, str) else "",
            url=f"{text_rules.WEB}/profile/{handle}" if handle != "handle.invalid" else None,
            avatar_url=avatar[:1000] if isinstance(avatar, str) else None,
        )

    # -- parsing posts ---------------------------------------------------------

    def parse_post(
        self, uri: Any, cid: Any, author: Any, record: Any, indexed_at: Any = None, *, customer: Person | None = None
    ) -> Post | None:
        """A post as a Post (None: ours, addressing nobody). Raises BadRecord."""
        try:
            return self._parse_post(uri, cid, author, record, indexed_at, customer)
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
            raise BadRecord(
                QT_TRANSLATE_NOOP("Errors", "unreadable post: {exc}"),
                exc=exc,
                remote_id=uri if isinstance(uri, str) else None,
            ) from None

    def _parse_post(
        self, uri: Any, cid: Any, author_view: Any, record: Any, indexed_at: Any, customer: Person | None
    ) -> Post | None:
        if self.me is None:
            raise RuntimeError("verify() first")
        uri = _str(uri, "uri", 3000)
        text_rules.split_at_uri(uri)
        cid = _str(cid, "cid", 200)
        if not isinstance(record, Mapping):
            raise ValueError("record is not an object")
        author = self.person(author_view)
        text = record.get("text", "")
        if not isinstance(text, str):
            raise ValueError("text is not a string")
        reply = record.get("reply") if isinstance(record.get("reply"), Mapping) else None
        parent = strong_ref(reply.get("parent")) if reply else None
        root = strong_ref(reply.get("root")) if reply else None
        mine = author.key == self.me.key
        if mine:
            if customer is None:
                return None
            direction = Direction.OUT
        else:
            direction, customer = Direction.IN, author
        created = _declared_time(record.get("createdAt"))
        if isinstance(indexed_at, str):
            # createdAt is declared by the client; the server's time keeps order honest.
            created = min(parse_time(indexed_at), created) if created else parse_time(indexed_at)
        if created is None:
            raise ValueError("no createdAt")
        root_ref = root or {"uri": uri, "cid": cid}
        return Post(
            remote_id=uri,
            author=author,
            text=text[:10000],
            html=text_rules.to_html(text[:10000], record.get("facets")),
            created_at=created,
            kind=Kind.PUBLIC,
            direction=direction,
            customer=customer,
            visibility="public",
            in_reply_to=parent["uri"] if parent else None,
            url=text_rules.post_url(author.handle if author.handle != "@handle.invalid" else author.key, uri),
            attachments=tuple(attachments(record.get("embed"), author)),
            extra={"cid": cid, "root_uri": root_ref["uri"], "root_cid": root_ref["cid"]},
        )

    def _from_view(self, view: Any, *, customer: Person | None = None) -> Post | None:
        if not isinstance(view, Mapping):
            raise BadRecord(QT_TRANSLATE_NOOP("Errors", "post view is not an object"))
        return self.parse_post(
            view.get("uri"),
            view.get("cid"),
            view.get("author"),
            view.get("record"),
            view.get("indexedAt"),
            customer=customer,
        )

    # -- notifications -----------------------------------------------------------

    async def fetch(self, stream: str, cursor: str | None, *, since: datetime | None) -> Page:
        if stream == NOTIFICATIONS:
            return await self._notifications_new(cursor)
        if stream == NOTIFICATION_HISTORY:
            return await self._notifications_history(cursor, since)
        try:
            if stream == CHAT:
                return await self.chat_new(cursor)
            if stream == CHAT_HISTORY:
                return await self.chat_history(cursor, since)
        except CHAT_TROUBLE as exc:
            raise StreamUnavailable(chat_unavailable(exc), part=DIRECT_MESSAGES) from None
        raise ValueError(f"unknown Bluesky stream {stream!r}")

    async def _notifications(self, cursor: str | None) -> tuple[list[Any], str | None]:
        params: dict[str, Any] = {"reasons": list(REASONS), "limit": PAGE_SIZE}
        if cursor:
            params["cursor"] = cursor
        data = await self.xrpc.query("app.bsky.notification.listNotifications", params)
        items = data.get("notifications")
        if not isinstance(items, list):
            raise MalformedResponse(QT_TRANSLATE_NOOP("Errors", "Bluesky sent notifications that are not a list."))
        next_cursor = data.get("cursor")
        return items, next_cursor if isinstance(next_cursor, str) and next_cursor else None

    def _posts_from_notifications(self, items: list[Any]) -> tuple[list[tuple[str, Post]], list[Skipped], list[str]]:
        """(indexedAt, post) pairs, what was unreadable, and every item's indexedAt."""
        posts: list[tuple[str, Post]] = []
        skipped: list[Skipped] = []
        times: list[str] = []
        for item in items:
            if not isinstance(item, Mapping):
                skipped.append(Skipped("notification is not an object"))
                continue
            if isinstance(item.get("indexedAt"), str):
                times.append(str(item["indexedAt"]))
            if item.get("reason") not in REASONS:
                continue  # servers may add reasons; only these belong in the inbox
            try:
                post = self.parse_post(
                    item.get("uri"), item.get("cid"), item.get("author"), item.get("record"), item.get("indexedAt")
                )
            except BadRecord as exc:
                skipped.append(Skipped(str(exc), exc.remote_id))
                continue
            if post is not None:
                posts.append((str(item.get("indexedAt") or ""), post))
        return posts, skipped, times

    async def _notifications_new(self, cursor: str | None) -> Page:
        """From the newest notification down to the newest one already stored.

        The stored cursor is ``{"mark": indexedAt of the newest stored item}``;
        while a walk down several pages is under way it also holds the API
        cursor of the next page (``page``) and the newest time seen (``top``).
        Without a cursor, only the top page: history imports the rest.
        """
        state = _load_state(cursor)
        mark = state.get("mark")
        items, api_cursor = await self._notifications(state.get("page"))
        posts, skipped, times = self._posts_from_notifications(items)
        top = max([state.get("top") or "", *times], key=time_key) or None
        if mark is None:
            # First sync: the top page now, older ones through history.
            return Page([p for _, p in posts], json.dumps({"mark": top or ""}), exhausted=True, skipped=skipped)
        new = [p for at, p in posts if time_key(at) >= time_key(mark)]
        reached = any(time_key(t) < time_key(mark) for t in times) or api_cursor is None or not items
        if reached:
            return Page(new, json.dumps({"mark": top or mark}), exhausted=True, skipped=skipped)
        return Page(new, json.dumps({"mark": mark, "page": api_cursor, "top": top}), exhausted=False, skipped=skipped)

    async def _notifications_history(self, cursor: str | None, since: datetime | None) -> Page:
        items, api_cursor = await self._notifications(cursor)
        pairs, skipped, _ = self._posts_from_notifications(items)
        page = Page(
            [p for _, p in pairs], api_cursor or cursor, exhausted=api_cursor is None or not items, skipped=skipped
        )
        return page.cut_at(since)

    # -- threads -----------------------------------------------------------------

    async def fetch_thread(self, post: Post) -> list[Post]:
        if post.kind == Kind.DIRECT:
            return [replace(post, thread_root=post.thread_root or post.remote_id)]
        root = post.extra.get("root_uri") or post.remote_id
        try:
            data = await self.xrpc.query(
                "app.bsky.feed.getPostThread", {"uri": post.remote_id, "depth": 10, "parentHeight": 100}
            )
        except Rejected:
            # Deleted, blocked or not found: the post stands on its own.
            return [replace(post, thread_root=root)]
        thread = data.get("thread")
        customer = post.customer
        result = [replace(post, thread_root=root)]
        if customer is None or not isinstance(thread, Mapping):
            return result
        for view in thread_views(thread):
            if not isinstance(view, Mapping) or view.get("uri") == post.remote_id:
                continue
            mine = isinstance(view.get("author"), Mapping) and view["author"].get("did") == (
                self.me.key if self.me else None
            )
            try:
                other = self._from_view(view, customer=customer if mine else None)
            except BadRecord as exc:
                log.info("skipping an unreadable post in thread %s: %s", post.remote_id, exc)
                continue
            if other is None or other.customer is None or other.customer.key != customer.key:
                continue  # a third party in the thread: not this conversation
            result.append(replace(other, thread_root=root))
        return result

    # -- replies -------------------------------------------------------------------

    def prepare_send(self, reply: OutgoingReply) -> dict[str, str]:
        if reply.kind == Kind.DIRECT:
            return {}  # sendMessage has no key; find_sent compares recent messages
        return {"rkey": text_rules.new_tid()}

    async def send(self, reply: OutgoingReply) -> Post:
        if reply.kind == Kind.DIRECT:
            return await self.send_message(reply)
        return await self._send_post(reply)

    async def fetch_media(self, item: MediaSource) -> FetchedMedia:
        return await media.fetch(self.xrpc, item)

    async def upload_media(self, picture: OutgoingMedia, *, direct: bool) -> dict[str, Any]:
        if direct:
            raise Rejected(
                QT_TRANSLATE_NOOP(
                    "Errors", "Bluesky direct messages cannot carry pictures; send the reply without them."
                )
            )
        return await media.upload(self.xrpc, picture.path, picture.content_type)

    async def find_sent(self, reply: OutgoingReply) -> Post | None:
        if reply.kind == Kind.DIRECT:
            return await self.find_sent_message(reply)
        rkey = reply.extra.get("rkey")
        return await self._get_own_post(rkey, reply) if rkey else None

    async def _send_post(self, reply: OutgoingReply) -> Post:
        assert self.me is not None
        problem = text_rules.too_long(
            reply.text, max_graphemes=text_rules.POST_GRAPHEMES, max_bytes=text_rules.POST_BYTES
        )
        if problem:
            raise Rejected(problem)
        rkey = reply.extra.get("rkey")
        if not rkey:
            raise Rejected(QT_TRANSLATE_NOOP("Errors", "This reply has no record key; please queue it again."))
        text = reply.text
        if not reply.in_reply_to and reply.customer.handle.lower() not in text.lower():
            text = f"{reply.customer.handle} {text}"  # a new post must address the customer
        record: dict[str, Any] = {"$type": POST, "text": text, "createdAt": _iso(self.clock())}
        if reply.media:
            record["embed"] = media.embed(reply.media)
        if reply.in_reply_to:
            record["reply"] = await self._reply_refs(reply)
        facets = text_rules.detect_facets(text, await self._mention_dids(text, reply.customer))
        if facets:
            record["facets"] = facets
        body = {"repo": self.me.key, "collection": POST, "rkey": rkey, "record": record}
        try:
            created = await self.xrpc.procedure("com.atproto.repo.createRecord", body)
        except (Offline, RateLimited):
            raise  # nothing reached the server
        except ConnectorError as exc:
            # A retry of a post that did land fails on the taken key (the PDS
            # answers 500): the record is there, so it was sent.
            try:
                found = await self._get_own_post(rkey, reply)
            except ConnectorError:
                found = None
            if found is not None:
                log.info("reply %s was already on Bluesky (record key %s)", reply.key, rkey)
                return found
            raise exc from None
        uri, cid = created.get("uri"), created.get("cid")
        post = self.parse_post(uri, cid, me_view(self.me), record, customer=reply.customer)
        if post is None:
            raise MalformedResponse(
                QT_TRANSLATE_NOOP("Errors", "Bluesky accepted the reply but sent back something we cannot read.")
            )
        return replace(post, thread_root=post.extra["root_uri"])

    async def _reply_refs(self, reply: OutgoingReply) -> dict[str, Any]:
        """``reply.parent`` = the post answered, ``reply.root`` = *its* root."""
        assert reply.in_reply_to
        cid, root_uri, root_cid = (reply.extra.get(k) for k in ("cid", "root_uri", "root_cid"))
        if not (cid and root_uri and root_cid):
            data = await self.xrpc.query("app.bsky.feed.getPosts", {"uris": [reply.in_reply_to]})
            views = data.get("posts") if isinstance(data.get("posts"), list) else []
            if not views:
                raise Rejected(QT_TRANSLATE_NOOP("Errors", "The post you answer no longer exists on Bluesky."))
            view = views[0]
            cid = view.get("cid")
            own = view.get("record", {}).get("reply", {}) if isinstance(view.get("record"), Mapping) else {}
            root = strong_ref(own.get("root")) if isinstance(own, Mapping) else None
            root_uri, root_cid = (root["uri"], root["cid"]) if root else (reply.in_reply_to, cid)
            if not isinstance(cid, str):
                raise MalformedResponse(QT_TRANSLATE_NOOP("Errors", "Bluesky sent a post without a CID."))
        return {"root": {"uri": root_uri, "cid": root_cid}, "parent": {"uri": reply.in_reply_to, "cid": cid}}

    async def _mention_dids(self, text: str, customer: Person) -> dict[str, str]:
        dids = {customer.handle.lstrip("@").lower(): customer.key}
        if self.me is not None:
            dids[self.me.handle.lstrip("@").lower()] = self.me.key
        for handle in text_rules.mentioned_handles(text):
            if handle in dids:
                continue
            try:
                found = await self.xrpc.query("com.atproto.identity.resolveHandle", {"handle": handle})
            except Rejected:
                continue  # not a Bluesky handle: plain text, as the app does
            if isinstance(found.get("did"), str):
                dids[handle] = str(found["did"])
        return dids

    async def _get_own_post(self, rkey: str, reply: OutgoingReply) -> Post | None:
        assert self.me is not None
        try:
            data = await self.xrpc.query(
                "com.atproto.repo.getRecord", {"repo": self.me.key, "collection": POST, "rkey": rkey}
            )
        except Rejected:
            return None  # RecordNotFound: the earlier attempt never landed
        post = self.parse_post(
            data.get("uri"), data.get("cid"), me_view(self.me), data.get("value"), customer=reply.customer
        )
        return replace(post, thread_root=post.extra["root_uri"]) if post else None


def _load_state(cursor: str | None) -> dict[str, Any]:
    if not cursor:
        return {}
    try:
        state = json.loads(cursor)
    except ValueError:
        return {}
    return state if isinstance(state, dict) else {}


def build(settings: Any) -> BlueskyConnector:
    """The registry's entry point (``settings`` is a ConnectorSettings)."""
    creds = settings.credentials
    if not isinstance(creds.get("accessJwt"), str) or not isinstance(creds.get("refreshJwt"), str):
        raise NeedsSignIn(
            QT_TRANSLATE_NOOP("Errors", "The Bluesky sign-in is missing from the keyring. Please sign in again.")
        )
    extra = settings.extra or {}
    current = dict(creds)

    async def save(new: dict[str, Any]) -> None:
        current.update(new)
        await settings.save_credentials(dict(current))

    return BlueskyConnector(
        pds_url=extra.get("pds") or settings.base_url,
        me=settings.me,
        chat_url=extra.get("chat_service") or None,
        chat_proxy=extra.get("chat_proxy", CHAT_PROXY) or None,
        credentials=current,
        save_session=save,
        transport=settings.transport,
    )
