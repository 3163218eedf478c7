"""Mastodon: mentions, direct messages, threads and replies over REST v1/v2.

What the inbox needs from Mastodon, and the pitfalls it avoids:

* mentions come from ``/api/v1/notifications?types[]=mention`` with
  ``include_filtered=true``, because since 4.3 a stranger's private mention is
  filtered by default and would otherwise never reach the inbox;
* catching up pages forward with ``min_id`` (``since_id`` would return the
  newest page and leave a gap); pages are followed through the Link header,
  and only an empty page (forward) or a Link header without ``next``
  (backward) ends a walk: servers cap pages differently (20, 40, 80), so a
  short page says nothing;
* a direct message is a status with visibility ``direct``; it reaches only the
  accounts @mentioned in its text, so a reply always addresses the customer;
* ``POST /api/v1/statuses`` carries an ``Idempotency-Key``; after a lost
  response we also look among our latest statuses before trying again;
* people are keyed by their actor URL: numeric ids differ between servers.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import msgspec

from desktop_inbox.connectors.base import Answer, FetchedMedia, InstanceLimits, MediaSource, StreamSpec
from desktop_inbox.connectors.base import Direction as StreamDirection
from desktop_inbox.connectors.http import MASTODON_RATE, Api, make_client, normalize_base_url, parse_link_header
from desktop_inbox.connectors.mastodon import media
from desktop_inbox.connectors.mastodon.listening import MastodonListening
from desktop_inbox.connectors.values import plausible_time
from desktop_inbox.errors import BadRecord, ConnectorError, MalformedResponse, NeedsSignIn, Rejected
from desktop_inbox.records import (
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
    plausible_picture_limit,
)
from desktop_inbox.text import html as html_text
from desktop_inbox.words import QT_TRANSLATE_NOOP, term

log = logging.getLogger("desktop_inbox.connectors.mastodon.connector")

PAGE_SIZE = 80  # notifications: the maximum since Mastodon 4.1
READ_AT_ONCE = 20  # statuses read between two turns of the event loop
CONVERSATIONS_PAGE = 40
VISIBILITIES = ("public", "unlisted", "private", "direct")

MENTIONS = "mentions"
MENTION_HISTORY = "mention_history"
OWN = "own"
OWN_HISTORY = "own_history"
DM_HISTORY = "dm_history"
STATUSES_PAGE = 40
# The cursor of a forward stream that was empty at the first sync: everything
# that comes later is new (without it the next sync would count as the first
# again, take the newest page only, and lose the rest of a burst).
FROM_START = "0"


def parse_time(value: Any) -> datetime:
    if not isinstance(value, str):
        raise ValueError("time is not a string")
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return plausible_time(parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC))


def _str(value: Any, what: str) -> str:
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise ValueError(f"{what} is missing or not a string")
    text = str(value)
    if not text or len(text) > 2000:
        raise ValueError(f"{what} is empty or too long")
    return text


def _opt_str(value: Any, limit: int = 4000) -> str | None:
    return value[:limit] if isinstance(value, str) and value else None


_PEOPLE_KEPT = 4096


# A server's answer is not trusted: a post length or URL length outside these
# is not believed (0 would refuse every reply; forks allow 100,000 and more).
MAX_POST_LENGTH = 1_000_000
MAX_URL_LENGTH = 10_000


def _count(value: Any, default: int, least: int, most: int) -> int:
    """A length the instance says (a number, or digits), if believable; else ``default``."""
    if isinstance(value, bool):
        return default
    try:
        count = int(value)
    except (TypeError, ValueError, OverflowError):
        return default
    return count if least <= count <= most else default


def _picture_limit(media_attachments: Any) -> int | None:
    """``configuration.media_attachments.image_size_limit``, if believable."""
    if not isinstance(media_attachments, Mapping):
        return None
    return plausible_picture_limit(media_attachments.get("image_size_limit"))


def _id_order(remote_id: str) -> tuple[int, str]:
    # Mastodon ids are opaque strings but in practice sortable as numbers.
    return (len(remote_id), remote_id)


class MastodonConnector(MastodonListening):
    platform = Platform.MASTODON
    resend_is_safe = True  # the Idempotency-Key makes a second post impossible
    # A reply's thread (one /context request each) is fetched when the user
    # opens it, not while syncing: 300 requests per 5 minutes would make a
    # first sync of 10,000 mentions take over half an hour (sync/threads.py).
    threads_on_demand = True
    # Our own statuses are a stream too: a reply written in another app (the
    # phone, the web) must move the conversation to "waiting" here as well.
    streams = (
        StreamSpec(MENTIONS, StreamDirection.NEW),
        StreamSpec(OWN, StreamDirection.NEW),
        StreamSpec(MENTION_HISTORY, StreamDirection.HISTORY),
        StreamSpec(OWN_HISTORY, StreamDirection.HISTORY),
        StreamSpec(DM_HISTORY, StreamDirection.HISTORY),
    )

    def __init__(
        self,
        *,
        base_url: str,
        token: str,
        me: Person | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.base_url = normalize_base_url(base_url, what=term(QT_TRANSLATE_NOOP("Errors", "Mastodon server address")))
        self.host = urlsplit(self.base_url).hostname or ""
        self.api = Api(make_client(self.base_url, transport=transport), platform_name="Mastodon", rate_headers=MASTODON_RATE, clock=clock)
        self.api.auth = {"Authorization": f"Bearer {token}"}
        self.me = me
        self.clock = clock
        # Account id -> (the account its Person was read from, the Person): ``_author``.
        self._people: dict[str | int, tuple[dict[str, Any], Person]] = {}

    async def aclose(self) -> None:
        await self.api.aclose()

    def next_poll(self, stream: str) -> datetime | None:
        return None

    # -- account ------------------------------------------------------------

    async def verify(self) -> AccountInfo:
        account = await self.api.get_json("/api/v1/accounts/verify_credentials")
        if not isinstance(account, Mapping):
            raise MalformedResponse(
                QT_TRANSLATE_NOOP("Errors", "Mastodon sent an unexpected answer to verify_credentials.")
            )
        try:
            self.me = self.person(account)
        except (KeyError, TypeError, ValueError) as exc:
            raise MalformedResponse(
                QT_TRANSLATE_NOOP("Errors", "Mastodon sent an account we cannot read ({exc})."), exc=exc
            ) from None
        limits = await self.instance_limits()
        return AccountInfo(
            me=self.me, char_limit=limits.char_limit, url_length=limits.url_length, picture_limit=limits.picture_limit
        )

    async def instance_limits(self) -> InstanceLimits:
        """The instance's post length, what a URL counts (500 and 23 by
        default) and the largest picture it takes (None: it does not say, or
        says something we do not believe; the platform's limit applies)."""
        return await self.read_instance_limits() or InstanceLimits(500, 23, None)

    async def read_instance_limits(self) -> InstanceLimits | None:
        """``instance_limits`` as the instance says them now; None when it
        gave no answer we can read (the sync then keeps what it knew).

        ``/api/v2/instance`` (Mastodon 4, GoToSocial, Akkoma), else
        ``/api/v1/instance``: Mastodon 3's ``configuration``, or Pleroma's and
        Akkoma's ``max_toot_chars`` and ``upload_limit``."""
        try:
            instance = await self.api.get_json("/api/v2/instance", authenticated=False)
            statuses = instance["configuration"]["statuses"]
            return InstanceLimits(
                _count(statuses.get("max_characters", 500), 500, 1, MAX_POST_LENGTH),
                _count(statuses.get("characters_reserved_per_url", 23), 23, 0, MAX_URL_LENGTH),
                _picture_limit(instance["configuration"].get("media_attachments")),
            )
        except (ConnectorError, AttributeError, KeyError, TypeError, ValueError):
            pass
        try:
            instance = await self.api.get_json("/api/v1/instance", authenticated=False)
            configuration = instance.get("configuration", {})
            config = configuration.get("statuses", {})
            limit = config.get("max_characters") or instance.get("max_toot_chars") or 500
            media = configuration.get("media_attachments")
            return InstanceLimits(
                _count(limit, 500, 1, MAX_POST_LENGTH),
                _count(config.get("characters_reserved_per_url", 23), 23, 0, MAX_URL_LENGTH),
                _picture_limit(media) if isinstance(media, Mapping) else plausible_picture_limit(instance.get("upload_limit")),
            )
        except (ConnectorError, AttributeError, KeyError, TypeError, ValueError):
            return None

    def person(self, account: Mapping[str, Any]) -> Person:
        remote_id = _str(account["id"], "account id")
        acct = _str(account["acct"], "acct").lstrip("@")
        if "@" not in acct:
            acct = f"{acct}@{self.host}"
        url = _opt_str(account.get("url"), 500)
        # The profile URL, not the numeric id (which differs per server) and not
        # the actor URI (mentions carry only the URL): one key for one person.
        key = url or _opt_str(account.get("uri"), 500) or f"acct:{acct}"
        name = account.get("display_name")
        return Person(
            platform=Platform.MASTODON,
            key=key,
            remote_id=remote_id,
            handle="@" + acct,
            name=name[:200] if isinstance(name, str) else "",
            url=url,
            avatar_url=_opt_str(account.get("avatar_static") or account.get("avatar"), 500),
            links=profile_links(account),
        )

    def _mention_person(self, mention: Mapping[str, Any]) -> Person:
        acct = _str(mention["acct"], "acct").lstrip("@")
        if "@" not in acct:
            acct = f"{acct}@{self.host}"
        url = _opt_str(mention.get("url"), 500)
        return Person(
            platform=Platform.MASTODON,
            key=url or f"acct:{acct}",
            remote_id=_str(mention["id"], "mention id"),
            handle="@" + acct,
            url=url,
        )

    # -- parsing ------------------------------------------------------------

    def parse_status(self, status: Any, *, customer: Person | None = None) -> Post | None:
        """A status as a Post; None if it is ours and addresses nobody.
        Raises BadRecord for anything we cannot read.
        """
        if self.me is None:
            raise RuntimeError("verify() first")
        if type(status) is not dict and not isinstance(status, Mapping):  # (JSON's objects are dicts: the quick test first)
            raise BadRecord(QT_TRANSLATE_NOOP("Errors", "status is not an object"))
        try:
            return self._parse_status(status, customer)
        except BadRecord:
            raise
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
            remote_id = status.get("id") if isinstance(status.get("id"), (str, int)) else None
            raise BadRecord(
                QT_TRANSLATE_NOOP("Errors", "unreadable status: {exc}"),
                exc=exc,
                remote_id=str(remote_id) if remote_id else None,
            ) from None

    def _author(self, account: Any) -> Person:
        """``person(account)``, remembered by account id while the account
        (as the server sent it) stays the same: a sync's pages name the
        same people over and over (10,000 mentions, a few hundred authors),
        and comparing two accounts is one comparison of two dicts."""
        if type(account) is not dict:
            return self.person(account)  # (raises what it raises)
        account_id = account.get("id")
        if not isinstance(account_id, (str, int)):
            return self.person(account)
        known = self._people.get(account_id)
        if known is not None and known[0] == account:
            return known[1]
        person = self.person(account)
        if len(self._people) >= _PEOPLE_KEPT:
            self._people.clear()
        self._people[account_id] = (account, person)
        return person

    def _parse_status(self, status: Mapping[str, Any], customer: Person | None) -> Post | None:
        assert self.me is not None
        remote_id = _str(status["id"], "status id")
        author = self._author(status["account"])
        visibility = status.get("visibility")
        if visibility not in VISIBILITIES:
            # Unknown or server-specific (e.g. "local"): never treat as private.
            visibility = "public" if not isinstance(visibility, str) else visibility[:20]
        kind = Kind.DIRECT if visibility == "direct" else Kind.PUBLIC
        raw_html = status.get("content") or ""
        if not isinstance(raw_html, str):
            raise ValueError("content is not a string")
        spoiler = status.get("spoiler_text") or ""
        text, rich = html_text.text_and_rich(raw_html)
        if isinstance(spoiler, str) and spoiler.strip():
            text = f"[{spoiler.strip()}]\n{text}"
        mine = author.key == self.me.key or author.remote_id == self.me.remote_id
        if mine:
            direction = Direction.OUT
            if customer is None:
                customer = self._addressee(status)
            if customer is None:
                return None
        else:
            direction = Direction.IN
            customer = author
        in_reply_to = status.get("in_reply_to_id")
        edited = status.get("edited_at")
        return Post(
            remote_id=remote_id,
            author=author,
            text=text,
            html=rich,
            created_at=parse_time(status["created_at"]),
            edited_at=parse_time(edited) if edited else None,
            kind=kind,
            direction=direction,
            customer=customer,
            visibility=visibility,
            in_reply_to=str(in_reply_to) if isinstance(in_reply_to, (str, int)) and in_reply_to else None,
            url=_opt_str(status.get("url"), 500) or _opt_str(status.get("uri"), 500),
            attachments=tuple(media.attachments(status.get("media_attachments"))),
        )

    def _addressee(self, status: Mapping[str, Any]) -> Person | None:
        assert self.me is not None
        mentions = [m for m in status.get("mentions") or [] if isinstance(m, Mapping)]
        others = [m for m in mentions if str(m.get("id")) != self.me.remote_id]
        target = status.get("in_reply_to_account_id")
        for m in others:
            if target is not None and str(m.get("id")) == str(target):
                return self._mention_person(m)
        return self._mention_person(others[0]) if others else None

    # -- streams ------------------------------------------------------------

    async def fetch(self, stream: str, cursor: str | None, *, since: datetime | None) -> Page:
        if stream in (MENTIONS, MENTION_HISTORY):
            return await (await self.fetch_answer(stream, cursor, since=since)).read()
        if stream == DM_HISTORY:
            return await self._dm_history(cursor, since)
        if stream == OWN:
            return await self._own(cursor, forward=True, since=None)
        if stream == OWN_HISTORY:
            return await self._own(cursor, forward=False, since=since)
        raise ValueError(f"unknown Mastodon stream {stream!r}")

    async def fetch_answer(self, stream: str, cursor: str | None, *, since: datetime | None) -> Answer:
        """The mention streams' pages in two steps (``ReadsAhead``): the
        request, whose Link header names the next page, then the reading of
        its JSON and statuses (a few at a time), while the sync engine
        asks for that next page. The other streams are a few pages each."""
        if stream == MENTIONS:
            response = await self._notifications({"min_id": cursor} if cursor else {})
            links = _links(response)
            newer = _query_param(links.get("prev"), "min_id")
            # (Catching up: the page's newest id goes on from the cursor;
            # without a cursor the newest page is the only one.)
            named = newer if cursor and newer and _id_order(newer) > _id_order(cursor) else None
            return self._answer(response, named, lambda: self._mentions_forward(response, links, cursor))
        if stream == MENTION_HISTORY:
            response = await self._notifications({"max_id": cursor} if cursor else {})
            links = _links(response)
            # (A page past the date the user chose ends the import when read:
            # the page asked for on this word is then dropped.)
            return self._answer(
                response,
                _query_param(links.get("next"), "max_id"),
                lambda: self._mentions_backward(response, links, cursor, since),
            )
        page = await self.fetch(stream, cursor, since=since)
        return Answer(None, lambda: _already(page))

    def _answer(self, response: httpx.Response, named: str | None, read: Callable[[], Awaitable[Page]]) -> Answer:
        """An answer whose body comes while the next page is asked for (its
        headers named it): a plain client asks only once a whole page is
        in. Its records are read (``read``) once the body is."""
        body = asyncio.ensure_future(self.api.read_body(response))

        async def read_page() -> Page:
            await body
            return await read()

        def discard() -> None:
            body.cancel()
            if body.done() and not body.cancelled():
                body.exception()  # (retrieved: no "never retrieved" warning)

        return Answer(named, read_page, discard)

    async def _notifications(self, extra: dict[str, str]) -> httpx.Response:
        """A page of mention notifications, its body still on its way (``_answer``)."""
        params = [("types[]", "mention"), ("include_filtered", "true"), ("limit", str(PAGE_SIZE))]
        params += list(extra.items())
        return await self.api.request("GET", "/api/v1/notifications", params=params, stream=True)

    async def _read_notifications(self, response: httpx.Response) -> tuple[list[Post], list[Skipped], list[str]]:
        """A page's posts, read on the event loop ``READ_AT_ONCE`` statuses
        at a time, the loop's other work (the next page's answer, the
        window) between them: well under a millisecond each.

        (Read on a thread of its own, a page's Python work contended for
        Python's lock with the loop's network I/O and with the cache's
        writer, each waiting up to 5 ms for the other at every hand-over:
        a first sync stored its pages at half the speed; bench/, 7.)"""
        items = _notifications(response)
        if items is None:
            items = self.api.decode(response)
            if not isinstance(items, list):
                raise MalformedResponse(
                    QT_TRANSLATE_NOOP("Errors", "Mastodon sent notifications that are not a list.")
                )
        posts: list[Post] = []
        skipped: list[Skipped] = []
        ids: list[str] = []
        for start in range(0, len(items), READ_AT_ONCE):
            if start:
                await asyncio.sleep(0)
            read, dropped, named = self._posts_from_notifications(items[start : start + READ_AT_ONCE])
            posts += read
            skipped += dropped
            ids += named
        return posts, skipped, ids

    def _posts_from_notifications(self, items: list[Any]) -> tuple[list[Post], list[Skipped], list[str]]:
        """The posts of notifications (``_Notification``s, or JSON values
        as decoded), the records skipped, and every notification's id."""
        posts: list[Post] = []
        skipped: list[Skipped] = []
        ids: list[str] = []
        for item in items:
            if type(item) is _Notification:
                nid, kind, status = item.id, item.type, item.status
            elif isinstance(item, Mapping):
                nid, kind, status = item.get("id"), item.get("type"), item.get("status")
            else:
                continue
            if isinstance(nid, (str, int)) and not isinstance(nid, bool):
                ids.append(str(nid))
            if kind != "mention":
                continue  # unknown types are ignored, as the API asks
            try:
                post = self.parse_status(status)
            except BadRecord as exc:
                skipped.append(Skipped(str(exc), exc.remote_id or (str(nid) if nid else None)))
                continue
            if post is not None:
                posts.append(post)
        return posts, skipped, ids

    async def _mentions_forward(self, response: httpx.Response, links: dict[str, str], cursor: str | None) -> Page:
        posts, skipped, ids = await self._read_notifications(response)
        if not ids:
            return Page([], cursor or FROM_START, exhausted=True, skipped=skipped)
        newest = _query_param(links.get("prev"), "min_id") or max(ids, key=_id_order)
        # Without a cursor we took the newest page; history covers the rest.
        # Otherwise only an empty page says we caught up: a page shorter than
        # we asked for is the server's own cap (20, 40, 80...), not the end.
        return _forward(Page(posts, newest, exhausted=cursor is None, skipped=skipped), cursor)

    async def _mentions_backward(
        self, response: httpx.Response, links: dict[str, str], cursor: str | None, since: datetime | None
    ) -> Page:
        posts, skipped, ids = await self._read_notifications(response)
        if not ids:
            return Page([], cursor, exhausted=True, skipped=skipped)
        older = _query_param(links.get("next"), "max_id") or min(ids, key=_id_order)
        return Page(posts, older, exhausted=_last_page(links), skipped=skipped).cut_at(since)

    async def _own(self, cursor: str | None, *, forward: bool, since: datetime | None) -> Page:
        """Our statuses that answer someone (replies and DMs), by Link paging."""
        assert self.me is not None
        params = {"limit": str(STATUSES_PAGE), "exclude_reblogs": "true"}
        if cursor:
            params["min_id" if forward else "max_id"] = cursor
        response = await self.api.request("GET", f"/api/v1/accounts/{self.me.remote_id}/statuses", params=params)
        items = self.api.decode(response)
        if not isinstance(items, list):
            raise MalformedResponse(QT_TRANSLATE_NOOP("Errors", "Mastodon sent statuses that are not a list."))
        posts: list[Post] = []
        skipped: list[Skipped] = []
        ids: list[str] = []
        for item in items:
            if isinstance(item, Mapping) and isinstance(item.get("id"), (str, int)):
                ids.append(str(item["id"]))
            try:
                post = self.parse_status(item)
            except BadRecord as exc:
                skipped.append(Skipped(str(exc), exc.remote_id))
                continue
            # Only what answers a person belongs in the inbox.
            if post is not None and (post.in_reply_to or post.kind == Kind.DIRECT):
                posts.append(post)
        if not ids:
            return Page([], cursor or (FROM_START if forward else None), exhausted=True, skipped=skipped)
        links = _links(response)
        if forward:
            newest = _query_param(links.get("prev"), "min_id") or max(ids, key=_id_order)
            return _forward(Page(posts, newest, exhausted=cursor is None, skipped=skipped), cursor)
        older = _query_param(links.get("next"), "max_id") or min(ids, key=_id_order)
        return Page(posts, older, exhausted=_last_page(links), skipped=skipped).cut_at(since)

    async def _dm_history(self, cursor: str | None, since: datetime | None) -> Page:
        params = {"limit": str(CONVERSATIONS_PAGE)}
        if cursor:
            params["max_id"] = cursor
        response = await self.api.request("GET", "/api/v1/conversations", params=params)
        items = self.api.decode(response)
        if not isinstance(items, list):
            raise MalformedResponse(QT_TRANSLATE_NOOP("Errors", "Mastodon sent conversations that are not a list."))
        links = _links(response)
        posts: list[Post] = []
        skipped: list[Skipped] = []
        for conv in items:
            if not isinstance(conv, Mapping) or not isinstance(conv.get("last_status"), Mapping):
                continue
            try:
                accounts = [self._author(a) for a in conv.get("accounts") or [] if isinstance(a, Mapping)]
                last = self.parse_status(conv["last_status"], customer=accounts[0] if accounts else None)
            except (BadRecord, KeyError, TypeError, ValueError) as exc:
                skipped.append(Skipped(f"unreadable conversation: {exc}", str(conv.get("id"))))
                continue
            if last is not None:
                # Its earlier messages come by the mention and own streams
                # (the thread, if the user opens it): no request per conversation.
                posts.append(last)
        next_cursor = _query_param(links.get("next"), "max_id")
        exhausted = not items or next_cursor is None
        return Page(posts, next_cursor or cursor, exhausted=exhausted, skipped=skipped).cut_at(since)

    async def fetch_thread(self, post: Post) -> list[Post]:
        try:
            context = await self.api.get_json(f"/api/v1/statuses/{post.remote_id}/context")
        except Rejected:
            # 404: private or deleted. The post stands on its own.
            return [replace(post, thread_root=post.thread_root or post.remote_id)]
        if not isinstance(context, Mapping):
            raise MalformedResponse(QT_TRANSLATE_NOOP("Errors", "Mastodon sent a thread that is not an object."))
        found_before, found_after = context.get("ancestors"), context.get("descendants")
        ancestors: list[Any] = found_before if isinstance(found_before, list) else []
        descendants: list[Any] = found_after if isinstance(found_after, list) else []
        root = post.remote_id
        if ancestors and isinstance(ancestors[0], Mapping) and isinstance(ancestors[0].get("id"), (str, int)):
            root = str(ancestors[0]["id"])
        customer = post.customer
        result = [replace(post, thread_root=root)]
        for status in [*ancestors, *descendants]:
            try:
                other = self.parse_status(status, customer=customer if _is_mine(status, self.me) else None)
            except BadRecord as exc:
                log.info("skipping unreadable status in thread %s: %s", post.remote_id, exc)
                continue
            if other is None or customer is None or other.customer is None or other.customer.key != customer.key:
                continue  # a third party in the thread: not this conversation
            result.append(replace(other, thread_root=root))
        return result

    # -- replies ------------------------------------------------------------

    def prepare_send(self, reply: OutgoingReply) -> dict[str, str]:
        return {}  # the outbox key is the Idempotency-Key

    async def send(self, reply: OutgoingReply) -> Post:
        body: dict[str, Any] = {
            "status": with_mention(reply.text, reply.customer.handle),
            "visibility": reply.visibility,
        }
        if reply.in_reply_to:
            body["in_reply_to_id"] = reply.in_reply_to
        if reply.media:
            body["media_ids"] = media.media_ids(reply.media)
        response = await self.api.request(
            "POST", "/api/v1/statuses", json_body=body, headers={"Idempotency-Key": reply.key}
        )
        status = self.api.decode(response)
        post = self.parse_status(status, customer=reply.customer)
        if post is None:
            raise MalformedResponse(
                QT_TRANSLATE_NOOP("Errors", "Mastodon accepted the reply but sent back something we cannot read.")
            )
        return post

    async def fetch_media(self, item: MediaSource) -> FetchedMedia:
        return await media.fetch(self.api, item)

    async def upload_media(self, picture: OutgoingMedia, *, direct: bool) -> dict[str, Any]:
        return await media.upload(self.api, picture)

    async def find_sent(self, reply: OutgoingReply) -> Post | None:
        assert self.me is not None
        statuses = await self.api.get_json(
            f"/api/v1/accounts/{self.me.remote_id}/statuses", params={"limit": "40", "exclude_reblogs": "true"}
        )
        if not isinstance(statuses, list):
            return None
        wanted = _squash(reply.text)
        earliest = reply.queued_at - timedelta(minutes=5)
        for status in statuses:
            if not isinstance(status, Mapping):
                continue
            if reply.in_reply_to and str(status.get("in_reply_to_id")) != reply.in_reply_to:
                continue
            try:
                post = self.parse_status(status, customer=reply.customer)
            except BadRecord:
                continue
            if post and post.created_at >= earliest and wanted in _squash(post.text):
                return post
        return None


class _Notification(msgspec.Struct):
    """A notification as the mention streams read it: the rest of it (its
    account, which its status holds again, a third of a page) is skipped by
    the decoder, never made into Python objects. A field it lacks is None,
    as ``dict.get`` says."""

    id: Any = None
    type: Any = None
    status: Any = None


_NOTIFICATIONS = msgspec.json.Decoder(list[_Notification])


def _notifications(response: httpx.Response) -> list[_Notification] | None:
    """A page of notifications, decoded as ``_Notification``s; None where
    the decoding as any JSON (``Api.decode``) is for it: an item that is
    not an object, a lone surrogate (that decoding replaces them), JSON
    msgspec does not read, or a page that is not a list. (Its values read
    as ``Api.decode``'s would; what it skips is checked for UTF-8 and
    JSON's syntax as well: a malformed page is refused as it was.)"""
    raw = response.content
    try:
        raw.decode("utf-8")  # (strict: refuses encoded surrogates too)
        return _NOTIFICATIONS.decode(raw)
    except (ValueError, RecursionError):  # (UnicodeDecodeError and msgspec's errors are ValueErrors)
        return None


_HREF = re.compile(r'href="([^"]+)"')
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def profile_links(account: Mapping[str, Any]) -> tuple[str, ...]:
    """Web pages and e-mail addresses in the bio and profile fields."""
    found: list[str] = []
    pieces = [account.get("note")]
    fields = account.get("fields")
    if isinstance(fields, list):
        pieces += [f.get("value") for f in fields if isinstance(f, Mapping)]
    for piece in pieces:
        if not isinstance(piece, str):
            continue
        found += [h for h in _HREF.findall(piece) if h.startswith(("https://", "http://", "mailto:"))]
        text = html_text.to_text(piece)
        found += [e.lower() for e in _EMAIL.findall(text) if "." in e.split("@")[1]]
    cleaned = []
    for link in found:
        link = link.removeprefix("mailto:").rstrip("/")
        if link not in cleaned and len(link) < 300:
            cleaned.append(link)
    return tuple(cleaned[:10])


def _is_mine(status: Any, me: Person | None) -> bool:
    try:
        return me is not None and str(status["account"]["id"]) == me.remote_id
    except (KeyError, TypeError):
        return False


def _squash(text: str) -> str:
    return " ".join(text.split())


def with_mention(text: str, handle: str) -> str:
    """Make sure the reply addresses the customer (``direct`` needs it)."""
    user = handle.lstrip("@").split("@")[0]
    pattern = re.compile(rf"(^|\s)@{re.escape(user)}(@[\w.-]+)?\b", re.IGNORECASE)
    if pattern.search(text):
        return text
    return f"{handle} {text}"


async def _already(page: Page) -> Page:
    return page


def _links(response: httpx.Response) -> dict[str, str]:
    return parse_link_header(response.headers.get("Link"))


def _forward(page: Page, cursor: str | None) -> Page:
    """A forward page whose newest id is not past the cursor ends the walk
    (a server that never answers with an empty page must not loop us)."""
    if cursor is not None and page.cursor is not None and _id_order(page.cursor) <= _id_order(cursor):
        page.cursor, page.exhausted = cursor, True
    return page


def _last_page(links: dict[str, str]) -> bool:
    """Whether a non-empty page paging back is the last: Link paging without
    a ``next``. A server that sends no Link header is paged by ids until an
    empty page."""
    return bool(links) and "next" not in links


def _query_param(url: str | None, name: str) -> str | None:
    if not url:
        return None
    values = parse_qs(urlsplit(url).query).get(name)
    return values[0] if values else None


def build(settings: Any) -> MastodonConnector:
    """The registry's entry point (``settings`` is a ConnectorSettings)."""
    token = settings.credentials.get("token")
    if not isinstance(token, str) or not token:
        raise NeedsSignIn(
            QT_TRANSLATE_NOOP("Errors", "The Mastodon sign-in is missing from the keyring. Please sign in again.")
        )
    return MastodonConnector(base_url=settings.base_url, token=token, me=settings.me, transport=settings.transport)
