"""X (Twitter) API v2: mentions, direct messages, threads and replies.

What the inbox needs from X, and the pitfalls it avoids:

* X returns almost nothing by default: every request names the fields and
  expansions it needs (the 2.166 names: ``tweet.fields``, ``referenced_tweets``,
  which the live API answers to; answers are read in 2.167's words too, see
  ``parse``).
* Mentions: ``GET /2/users/:id/mentions``. New ones with ``since_id`` (pages
  come newest first, so a catch-up of several pages keeps its place in the
  cursor until it meets the old boundary) and a small overlap, because
  ``since_id`` is known to miss late-indexed posts; history with
  ``pagination_token`` down to the 800 newest, the most X gives.
* A thread is X's ``conversation_id`` (the id of its first post); the parent
  of a reply is ``referenced_tweets[replied_to]`` and comes with the page
  as an expansion, so the conversation shows what the customer answered.
* Direct messages: ``GET /2/dm_events``, newest first with no ``since_id``:
  page until a known event. Only 30 days are kept, and only 15 reads per 15
  minutes are allowed: ``next_poll`` plans them (one poll every 90 s at most,
  the later pages of a catch-up as soon as the budget allows, history only
  while 5 reads stay in reserve).
* A page may hold fewer than ``max_results``: only ``meta.next_token`` says
  there is more. A stream that was empty at the first sync still stores a
  cursor, so that a later burst is walked down whole.
* Replies have no idempotency key: after a lost response ``find_sent`` looks
  among our own recent posts (or the DM conversation) before trying again,
  and X's "duplicate content" refusal is checked the same way.
* People are keyed by their numeric user id, the same for every account.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar

import httpx

from desktop_inbox.connectors.base import CredentialSaver, FetchedMedia, MediaSource, StreamSpec
from desktop_inbox.connectors.base import Direction as StreamDirection
from desktop_inbox.connectors.http import make_client
from desktop_inbox.connectors.x import media as xmedia
from desktop_inbox.connectors.x import text as xtext
from desktop_inbox.connectors.x.api import XApi, partial_errors
from desktop_inbox.connectors.x.auth import Tokens, TokenSet, api_base_url
from desktop_inbox.connectors.x.listening import XListening
from desktop_inbox.connectors.x.parse import (
    WEB,
    Includes,
    XReader,
    check_id,
    comparable,
    dm_people,
    id_order,
    newer,
    objects,
    parent_id,
    person,
    x_time,
)
from desktop_inbox.errors import (
    BadRecord,
    MalformedResponse,
    NeedsSignIn,
    RateLimited,
    Rejected,
)
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
)
from desktop_inbox.words import QT_TRANSLATE_NOOP

log = logging.getLogger("desktop_inbox.connectors.x.connector")

MENTIONS = "mentions"
MENTION_HISTORY = "mention_history"
DIRECT_MESSAGES = "direct_messages"
DM_HISTORY = "dm_history"

PAGE_SIZE = 100
MENTIONS_REACHABLE = 800  # X: only the 800 most recent mentions can be read
DM_RETENTION = timedelta(days=30)
OVERLAP = 5  # newest mentions re-read on every poll (since_id misses some)
DM_POLL_EVERY = timedelta(seconds=90)  # 10 of the 15 reads per window
DM_RESERVE = 5  # reads kept for new messages while history is imported
NO_DM_YET = "0"  # the "known" of an account that had no direct message at its first sync

TWEET_FIELDS = (
    "attachments,author_id,conversation_id,created_at,entities,in_reply_to_user_id,lang,note_tweet,referenced_tweets"
)
TWEET_EXPANSIONS = (
    "attachments.media_keys,author_id,in_reply_to_user_id,referenced_tweets.id,referenced_tweets.id.author_id"
)
USER_FIELDS = "name,profile_image_url,username"
MEDIA_FIELDS = "alt_text,media_key,preview_image_url,type,url,variants"
DM_FIELDS = "attachments,created_at,dm_conversation_id,event_type,id,participant_ids,referenced_tweets,sender_id,text"
DM_EXPANSIONS = "attachments.media_keys,participant_ids,referenced_tweets.id,sender_id"

HISTORY_LIMIT_NOTE = "X gives access to the 800 most recent mentions only; older ones cannot be imported."
DM_HISTORY_NOTE = "X keeps direct messages for 30 days; older ones cannot be imported."


def _load_cursor(cursor: str | None) -> dict[str, Any]:
    if not cursor:
        return {}
    try:
        data = json.loads(cursor)
    except ValueError:
        return {"since": cursor} if cursor.isdigit() else {}
    return data if isinstance(data, dict) else {}


def _dump_cursor(data: dict[str, Any]) -> str:
    return json.dumps({k: v for k, v in data.items() if v is not None}, sort_keys=True, separators=(",", ":"))


class XConnector(XListening):
    platform = Platform.X
    resend_is_safe = True  # find_sent reads our own recent posts and DMs
    streams = (
        StreamSpec(MENTIONS, StreamDirection.NEW),
        StreamSpec(DIRECT_MESSAGES, StreamDirection.NEW, min_interval=DM_POLL_EVERY.total_seconds()),
        StreamSpec(MENTION_HISTORY, StreamDirection.HISTORY),
        StreamSpec(DM_HISTORY, StreamDirection.HISTORY),
    )
    # What the user reads when a history import ends at X's limits.
    history_notes: ClassVar[Mapping[str, str]] = {MENTION_HISTORY: HISTORY_LIMIT_NOTE, DM_HISTORY: DM_HISTORY_NOTE}

    def __init__(
        self,
        *,
        base_url: str | None = None,
        tokens: TokenSet,
        save_credentials: CredentialSaver | None = None,
        me: Person | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.base_url = api_base_url(base_url)
        self.clock = clock
        self.api = XApi(make_client(self.base_url, transport=transport), clock=clock)
        self.tokens = Tokens(tokens, api=self.api, save=save_credentials, clock=clock)
        self.me = me
        self._last_dm_poll: datetime | None = None
        # A walk down several pages of new direct messages is under way: its
        # next page waits for the budget only, not for the polling interval.
        self._dm_catching_up = False

    async def aclose(self) -> None:
        await self.api.aclose()

    # -- requests -------------------------------------------------------------

    async def call(self, method: str, path: str, **kwargs: Any) -> Any:
        """One authenticated request; a 401 gets one token refresh and a retry
        (a 401 means X did nothing, so even a POST is safe to repeat)."""
        headers = await self.tokens.fresh()
        try:
            response = await self.api.request(method, path, headers=headers, authenticated=False, **kwargs)
        except NeedsSignIn:
            if not self.tokens.can_refresh:
                raise
            await self.tokens.refresh(stale=headers["Authorization"][7:])
            response = await self.api.request(method, path, headers=self.tokens.header(), authenticated=False, **kwargs)
        body = self.api.decode(response)
        if not isinstance(body, Mapping):
            raise MalformedResponse(
                QT_TRANSLATE_NOOP("Errors", "X sent an answer that is not a JSON object ({method} {split})."),
                method=method,
                split=path.split("?")[0],
            )
        for error in partial_errors(body):
            log.info(
                "X partial error on %s: %s", path, error.get("detail") or error.get("title") or error.get("message")
            )
        return body

    @property
    def reader(self) -> XReader:
        return XReader(self._me())

    def _me(self) -> Person:
        if self.me is None:
            raise RuntimeError("verify() first")
        return self.me

    # -- rate planning ------------------------------------------------------------

    def next_poll(self, stream: str) -> datetime | None:
        now = self.clock()
        if stream in (DIRECT_MESSAGES, DM_HISTORY):
            budget = self.api.budget("GET", "/2/dm_events")
            if stream == DM_HISTORY:
                return budget.free_at(now, keep=DM_RESERVE)
            due = budget.free_at(now)
            if self._last_dm_poll is not None and not self._dm_catching_up:
                due = max(due, self._last_dm_poll + DM_POLL_EVERY)
            return due
        if stream in (MENTIONS, MENTION_HISTORY):
            return self.api.budget("GET", "/2/users/1/mentions").free_at(now)
        return None

    def _check_budget(self, stream: str) -> None:
        due = self.next_poll(stream)
        if due is not None and due > self.clock():
            raise RateLimited(QT_TRANSLATE_NOOP("Errors", "X allows only a few direct-message reads per 15 minutes; next check at {astimezone:%H:%M:%S}."), astimezone=due.astimezone(), retry_at=due)

    # -- account ------------------------------------------------------------------

    async def verify(self) -> AccountInfo:
        body = await self.call("GET", "/2/users/me", params={"user.fields": USER_FIELDS})
        try:
            self.me = person(body["data"])
        except (KeyError, TypeError, ValueError) as exc:
            raise MalformedResponse(
                QT_TRANSLATE_NOOP("Errors", "X sent an account we cannot read ({exc})."), exc=exc
            ) from None
        return AccountInfo(
            me=self.me, char_limit=xtext.LIMIT, url_length=xtext.URL_LENGTH, extra={"user_id": self.me.remote_id}
        )

    async def _users(self, ids: set[str]) -> dict[str, Mapping[str, Any]]:
        """Look up people a page names but does not include (at most 100)."""
        wanted = sorted(i for i in ids if i.isdigit())[:100]
        if not wanted:
            return {}
        body = await self.call("GET", "/2/users", params={"ids": ",".join(wanted), "user.fields": USER_FIELDS})
        return {u["id"]: u for u in objects(body.get("data")) if isinstance(u.get("id"), str)}

    # -- streams ----------------------------------------------------------------------

    async def fetch(self, stream: str, cursor: str | None, *, since: datetime | None) -> Page:
        if stream == MENTIONS:
            return await self._mentions_new(cursor)
        if stream == MENTION_HISTORY:
            return await self._mentions_history(cursor, since)
        if stream == DIRECT_MESSAGES:
            self._check_budget(stream)
            return await self._dms_new(cursor)
        if stream == DM_HISTORY:
            self._check_budget(stream)
            return await self._dms_history(cursor, since)
        raise ValueError(f"unknown X stream {stream!r}")

    async def _mentions(self, **params: str) -> tuple[list[Mapping[str, Any]], Includes, Mapping[str, Any]]:
        me = self._me()
        query = {
            "max_results": str(PAGE_SIZE),
            "tweet.fields": TWEET_FIELDS,
            "expansions": TWEET_EXPANSIONS,
            "user.fields": USER_FIELDS,
            "media.fields": MEDIA_FIELDS,
            **params,
        }
        body = await self.call("GET", f"/2/users/{me.remote_id}/mentions", params=query)
        meta = body.get("meta") if isinstance(body.get("meta"), Mapping) else {}
        return objects(body.get("data")), Includes(body), meta

    async def _mentions_new(self, cursor: str | None) -> Page:
        state = _load_cursor(cursor)
        since, token = state.get("since"), state.get("token")
        params: dict[str, str] = {}
        if since:
            params["since_id"] = since
        if token:
            params["pagination_token"] = token
        try:
            tweets, inc, meta = await self._mentions(**params)
        except Rejected:
            if not token:
                raise
            # An expired page token: start the catch-up again from the boundary.
            state.pop("token", None)
            return Page([], _dump_cursor(state), exhausted=False)
        posts, skipped = self.reader.page_posts(tweets, inc)
        ids = sorted({t["id"] for t in tweets if isinstance(t.get("id"), str)}, key=id_order, reverse=True)
        batch = sorted({*state.get("batch", []), *ids}, key=id_order, reverse=True)[: OVERLAP + 1]
        next_token = meta.get("next_token") if isinstance(meta.get("next_token"), str) else None
        if next_token and cursor is not None:
            # Older pages of this catch-up are still to come: keep our place.
            return Page(
                posts, _dump_cursor({**state, "token": next_token, "batch": batch}), exhausted=False, skipped=skipped
            )
        # Caught up. Next time re-read the newest few (X can index posts late).
        known = sorted({*state.get("recent", []), *batch}, key=id_order, reverse=True)
        recent = known[:OVERLAP]
        if len(known) > OVERLAP:
            boundary = known[OVERLAP]
        elif known:
            # Fewer than OVERLAP+1 mentions ever: read them all again (cheap).
            boundary = str(int(known[-1]) - 1)
        else:
            boundary = since
        # Stored even when there was nothing: a cursor, however empty, says the
        # first sync is done, so a later burst is walked down page by page.
        new_state = {"since": boundary, "recent": recent}
        return Page(posts, _dump_cursor(new_state), exhausted=True, skipped=skipped)

    async def _mentions_history(self, cursor: str | None, since: datetime | None) -> Page:
        state = _load_cursor(cursor)
        token, seen = state.get("token"), int(state.get("seen") or 0)
        params = {"pagination_token": token} if token else {}
        if since is not None:
            params["start_time"] = x_time(since)
        tweets, inc, meta = await self._mentions(**params)
        posts, skipped = self.reader.page_posts(tweets, inc)
        seen += len(tweets)
        next_token = meta.get("next_token") if isinstance(meta.get("next_token"), str) else None
        page = Page(
            posts,
            _dump_cursor({"token": next_token or token, "seen": seen, "done": next_token is None}),
            exhausted=next_token is None,
            skipped=skipped,
        )
        page.history_limit_reached = next_token is None and seen >= MENTIONS_REACHABLE
        return page

    async def fetch_thread(self, post: Post) -> list[Post]:
        """The post with the earlier posts of its thread that are ours or the
        customer's (X's lookup, up to five levels up)."""
        root = post.extra.get("conversation_id") or post.thread_root or post.remote_id
        result = [replace(post, thread_root=root)]
        parent = post.in_reply_to
        customer = post.customer
        for _ in range(5):
            if not isinstance(parent, str) or not parent.isdigit() or customer is None:
                break
            body = await self.call(
                "GET",
                "/2/tweets",
                params={
                    "ids": parent,
                    "tweet.fields": TWEET_FIELDS,
                    "expansions": TWEET_EXPANSIONS,
                    "user.fields": USER_FIELDS,
                    "media.fields": MEDIA_FIELDS,
                },
            )
            tweets = objects(body.get("data"))
            if not tweets:
                break  # deleted or protected: X says so in "errors"
            tweet = tweets[0]
            parent = parent_id(tweet)
            if tweet.get("author_id") not in (self._me().remote_id, customer.remote_id):
                continue
            try:
                earlier = self.reader.parse_tweet(
                    tweet, Includes(body), customer=customer if tweet.get("author_id") == self._me().remote_id else None
                )
            except BadRecord:
                continue
            if earlier is not None:
                result.append(replace(earlier, thread_root=root))
        return result

    # -- direct messages ------------------------------------------------------------------

    async def _dm_events(self, path: str, **params: str) -> tuple[list[Mapping[str, Any]], Includes, Mapping[str, Any]]:
        query = {
            "max_results": str(PAGE_SIZE),
            "event_types": "MessageCreate",
            "dm_event.fields": DM_FIELDS,
            "expansions": DM_EXPANSIONS,
            "user.fields": USER_FIELDS,
            "media.fields": MEDIA_FIELDS,
            **params,
        }
        body = await self.call("GET", path, params=query)
        meta = body.get("meta") if isinstance(body.get("meta"), Mapping) else {}
        return objects(body.get("data")), Includes(body), meta

    async def _dm_page(self, **params: str) -> tuple[list[Post], list[Skipped], list[str], str | None]:
        self._last_dm_poll = self.clock()
        events, inc, meta = await self._dm_events("/2/dm_events", **params)
        missing = {o for e in events for o in dm_people(e)} - set(inc.users)
        if missing:
            inc.merge_users(await self._users(missing))
        posts: list[Post] = []
        skipped: list[Skipped] = []
        for event in events:
            try:
                post = self.reader.parse_dm(event, inc)
            except BadRecord as exc:
                skipped.append(Skipped(str(exc), exc.remote_id))
                continue
            if post is not None:
                posts.append(post)
        ids = [e["id"] for e in events if isinstance(e.get("id"), str)]
        next_token = meta.get("next_token") if isinstance(meta.get("next_token"), str) else None
        return posts, skipped, ids, next_token

    async def _dms_new(self, cursor: str | None) -> Page:
        state = _load_cursor(cursor)
        known, token, top = state.get("known"), state.get("token"), state.get("top")
        try:
            posts, skipped, ids, next_token = await self._dm_page(**({"pagination_token": token} if token else {}))
        except Rejected:
            if not token:
                raise
            return Page([], _dump_cursor({"known": known}), exhausted=False)
        for eid in ids:
            if newer(eid, top):
                top = eid
        fresh = [p for p in posts if newer(p.remote_id, known)]
        reached = known is None or any(not newer(eid, known) for eid in ids)
        self._dm_catching_up = not reached and next_token is not None
        if not self._dm_catching_up:
            newest = top if top is not None and newer(top, known) else known
            # Nothing at the first sync: every later message is new.
            return Page(fresh, _dump_cursor({"known": newest or NO_DM_YET}), exhausted=True, skipped=skipped)
        return Page(
            fresh, _dump_cursor({"known": known, "token": next_token, "top": top}), exhausted=False, skipped=skipped
        )

    async def _dms_history(self, cursor: str | None, since: datetime | None) -> Page:
        state = _load_cursor(cursor)
        token = state.get("token")
        posts, skipped, _ids, next_token = await self._dm_page(**({"pagination_token": token} if token else {}))
        oldest = min((p.created_at for p in posts), default=None)
        done = next_token is None or (since is not None and oldest is not None and oldest < since)
        page = Page(posts, _dump_cursor({"token": next_token or token, "done": done}), exhausted=done, skipped=skipped)
        # The end of the list is X's 30 days when the oldest message is about that old.
        page.history_limit_reached = (
            next_token is None and oldest is not None and oldest <= self.clock() - DM_RETENTION + timedelta(days=1)
        )
        return page

    # -- replies --------------------------------------------------------------------------

    def prepare_send(self, reply: OutgoingReply) -> dict[str, str]:
        # X takes no client-chosen id; find_sent recognises a lost attempt by
        # its parent, its text and its time instead.
        return {}

    async def fetch_media(self, item: MediaSource) -> FetchedMedia:
        return await xmedia.fetch(self.api, item, await self.tokens.fresh())

    async def upload_media(self, picture: OutgoingMedia, *, direct: bool) -> dict[str, Any]:
        return await xmedia.upload(self.call, picture, direct=direct)

    async def send(self, reply: OutgoingReply) -> Post:
        counted = xtext.count(reply.text)
        if not counted.fits:
            raise Rejected(QT_TRANSLATE_NOOP("Errors", "The reply is {weighted} characters the way X counts them (links 23, emoji and CJK 2); X allows {limit}. Shorten it and send again."), weighted=counted.weighted, limit=counted.limit)
        try:
            if reply.kind == Kind.DIRECT:
                return await self._send_dm(reply)
            return await self._send_post(reply)
        except Rejected as exc:
            if "duplicate" not in str(exc).lower():
                raise
            # X refuses a text we posted moments ago: maybe our lost attempt.
            found = await self.find_sent(reply)
            if found is not None:
                return found
            raise Rejected(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "X refused the reply because the same text was posted recently. Change the wording and send again.",
                )
            ) from None

    async def _send_post(self, reply: OutgoingReply) -> Post:
        me = self._me()
        body: dict[str, Any] = {"text": reply.text}
        if reply.in_reply_to:
            body["reply"] = {"in_reply_to_tweet_id": reply.in_reply_to}
        body.update(xmedia.post_fields(reply.media))
        answer = await self.call("POST", "/2/tweets", json_body=body)
        data = answer.get("data")
        if not isinstance(data, Mapping) or not isinstance(data.get("id"), str):
            raise self._refusal(answer)
        root = reply.extra.get("conversation_id") or reply.in_reply_to or data["id"]
        return Post(
            remote_id=data["id"],
            author=me,
            text=reply.text,
            created_at=self.clock(),
            kind=Kind.PUBLIC,
            direction=Direction.OUT,
            customer=reply.customer,
            visibility="public",
            in_reply_to=reply.in_reply_to,
            thread_root=root,
            url=f"{WEB}/{me.handle[1:]}/status/{data['id']}",
            extra={"conversation_id": root},
        )

    async def _send_dm(self, reply: OutgoingReply) -> Post:
        me = self._me()
        participant = check_id(reply.customer.remote_id, "customer id")
        body = {"text": reply.text, **xmedia.dm_fields(reply.media)}
        answer = await self.call("POST", f"/2/dm_conversations/with/{participant}/messages", json_body=body)
        data = answer.get("data")
        if not isinstance(data, Mapping) or not isinstance(data.get("dm_event_id"), str):
            raise self._refusal(answer)
        conv = str(data.get("dm_conversation_id") or "")
        return Post(
            remote_id=data["dm_event_id"],
            author=me,
            text=reply.text,
            created_at=self.clock(),
            kind=Kind.DIRECT,
            direction=Direction.OUT,
            customer=reply.customer,
            visibility="direct",
            thread_root=f"dm:{conv}",
            url=f"{WEB}/messages/{conv}",
            extra={"dm_conversation_id": conv},
        )

    @staticmethod
    def _refusal(answer: Mapping[str, Any]) -> Exception:
        errors = partial_errors(answer)
        if errors:
            detail = errors[0].get("detail") or errors[0].get("title") or errors[0].get("message") or "no reason given"
            return Rejected(QT_TRANSLATE_NOOP("Errors", "X refused the reply ({detail})."), detail=detail)
        return MalformedResponse(
            QT_TRANSLATE_NOOP("Errors", "X accepted the reply but sent back something we cannot read.")
        )

    async def find_sent(self, reply: OutgoingReply) -> Post | None:
        wanted = comparable(reply.text)
        earliest = reply.queued_at - timedelta(minutes=5)
        if reply.kind == Kind.DIRECT:
            return await self._find_dm(reply, wanted, earliest)
        me = self._me()
        body = await self.call(
            "GET",
            f"/2/users/{me.remote_id}/tweets",
            params={
                "max_results": "100",
                "start_time": x_time(max(earliest, self.clock() - timedelta(days=6))),
                "tweet.fields": TWEET_FIELDS,
                "expansions": TWEET_EXPANSIONS,
                "user.fields": USER_FIELDS,
            },
        )
        inc = Includes(body)
        inc.users.setdefault(me.remote_id, {"id": me.remote_id, "username": me.handle[1:], "name": me.name})
        for tweet in objects(body.get("data")):
            if reply.in_reply_to and parent_id(tweet) != reply.in_reply_to:
                continue
            if not isinstance(tweet.get("text"), str) or comparable(tweet["text"]) != wanted:
                continue
            try:
                post = self.reader.parse_tweet(tweet, inc, customer=reply.customer)
            except BadRecord:
                continue
            if post is not None and post.created_at >= earliest:
                return post
        return None

    async def _find_dm(self, reply: OutgoingReply, wanted: str, earliest: datetime) -> Post | None:
        me = self._me()
        participant = check_id(reply.customer.remote_id, "customer id")
        events, inc, _ = await self._dm_events(f"/2/dm_conversations/with/{participant}/dm_events", max_results="50")
        inc.users.setdefault(me.remote_id, {"id": me.remote_id, "username": me.handle[1:], "name": me.name})
        inc.users.setdefault(
            participant, {"id": participant, "username": reply.customer.handle.lstrip("@"), "name": reply.customer.name}
        )
        for event in events:
            if event.get("sender_id") != me.remote_id or not isinstance(event.get("text"), str):
                continue
            if comparable(event["text"]) != wanted:
                continue
            try:
                post = self.reader.parse_dm(event, inc)
            except BadRecord:
                continue
            if post is not None and post.created_at >= earliest:
                return replace(post, customer=reply.customer)
        return None


def build(settings: Any) -> XConnector:
    """The registry's entry point (``settings`` is a ConnectorSettings)."""
    tokens = TokenSet.from_credentials(settings.credentials)
    return XConnector(
        base_url=settings.base_url,
        tokens=tokens,
        save_credentials=settings.save_credentials,
        me=settings.me,
        transport=settings.transport,
        clock=settings.clock,
    )
