"""X (Twitter) API v2: mentions, direct messages, threads and replies.

What the inbox needs from X, and the pitfalls it avoids:

* X returns almost nothing by default: every request names the fields and
  expansions it needs (the 2.166 names: ``tweet.fields``, ``referenced_tweets``).
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
  history only while 5 reads stay in reserve).
* Replies have no idempotency key: after a lost response ``find_sent`` looks
  among our own recent posts (or the DM conversation) before trying again,
  and X's "duplicate content" refusal is checked the same way.
* People are keyed by their numeric user id, the same for every account.
"""

from __future__ import annotations

import html
import json
import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from desktop_inbox.connectors import xtext
from desktop_inbox.connectors.base import CredentialSaver, StreamSpec
from desktop_inbox.connectors.base import Direction as StreamDirection
from desktop_inbox.connectors.http import make_client
from desktop_inbox.connectors.xapi import WINDOW, XApi, partial_errors
from desktop_inbox.connectors.xauth import Tokens, TokenSet, api_base_url
from desktop_inbox.errors import BadRecord, MalformedResponse, NeedsSignIn, RateLimited, Rejected
from desktop_inbox.records import (
    AccountInfo,
    Attachment,
    Direction,
    Kind,
    OutgoingReply,
    Page,
    Person,
    Platform,
    Post,
    Skipped,
)

log = logging.getLogger("desktop_inbox.connectors.x")

MENTIONS = "mentions"
MENTION_HISTORY = "mention_history"
DIRECT_MESSAGES = "direct_messages"
DM_HISTORY = "dm_history"

WEB = "https://x.com"
PAGE_SIZE = 100
MENTIONS_REACHABLE = 800  # X: only the 800 most recent mentions can be read
DM_RETENTION = timedelta(days=30)
OVERLAP = 5  # newest mentions re-read on every poll (since_id misses some)
DM_POLL_EVERY = timedelta(seconds=90)  # 10 of the 15 reads per window
DM_RESERVE = 5  # reads kept for new messages while history is imported

TWEET_FIELDS = (
    "attachments,author_id,conversation_id,created_at,entities,in_reply_to_user_id,lang,note_tweet,referenced_tweets"
)
TWEET_EXPANSIONS = (
    "attachments.media_keys,author_id,in_reply_to_user_id,referenced_tweets.id,referenced_tweets.id.author_id"
)
USER_FIELDS = "name,profile_image_url,username"
MEDIA_FIELDS = "alt_text,media_key,preview_image_url,type,url"
DM_FIELDS = "attachments,created_at,dm_conversation_id,event_type,id,participant_ids,referenced_tweets,sender_id,text"
DM_EXPANSIONS = "attachments.media_keys,participant_ids,referenced_tweets.id,sender_id"

HISTORY_LIMIT_NOTE = "X gives access to the 800 most recent mentions only; older ones cannot be imported."
DM_HISTORY_NOTE = "X keeps direct messages for 30 days; older ones cannot be imported."

_URL = re.compile(r"https?://\S+")
_ONE_TO_ONE = re.compile(r"^(\d{1,19})-(\d{1,19})$")


def _id_order(remote_id: str) -> tuple[int, str]:
    return (len(remote_id), remote_id)


def _newer(a: str, b: str | None) -> bool:
    return b is None or _id_order(a) > _id_order(b)


def parse_time(value: Any) -> datetime:
    if not isinstance(value, str):
        raise ValueError("time is missing")
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _x_time(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _id(value: Any, what: str) -> str:
    if not isinstance(value, str) or not value.isdigit() or len(value) > 19:
        raise ValueError(f"{what} is not an X id")
    return value


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


_LEADING_MENTIONS = re.compile(r"^(?:@\w{1,15}\s+)+")


def _comparable(text: str) -> str:
    """Text as X may hand it back: a reply starts with the @names it answers,
    URLs become t.co links, and & < > are escaped."""
    plain = _LEADING_MENTIONS.sub("", html.unescape(text).strip())
    return " ".join(_URL.sub("", plain).split())


class Includes:
    """A response's ``includes``: users, tweets and media by id."""

    def __init__(self, body: Mapping[str, Any]) -> None:
        inc = body.get("includes") if isinstance(body.get("includes"), Mapping) else {}
        self.users = {u["id"]: u for u in _objects(inc.get("users")) if isinstance(u.get("id"), str)}
        self.tweets = {t["id"]: t for t in _objects(inc.get("tweets")) if isinstance(t.get("id"), str)}
        self.media = {m["media_key"]: m for m in _objects(inc.get("media")) if isinstance(m.get("media_key"), str)}

    def merge_users(self, users: Mapping[str, Mapping[str, Any]]) -> None:
        for uid, user in users.items():
            self.users.setdefault(uid, user)


def _objects(value: Any) -> list[Mapping[str, Any]]:
    return [v for v in value if isinstance(v, Mapping)] if isinstance(value, list) else []


class XConnector:
    platform = Platform.X
    streams = (
        StreamSpec(MENTIONS, StreamDirection.NEW),
        StreamSpec(DIRECT_MESSAGES, StreamDirection.NEW, min_interval=DM_POLL_EVERY.total_seconds()),
        StreamSpec(MENTION_HISTORY, StreamDirection.HISTORY),
        StreamSpec(DM_HISTORY, StreamDirection.HISTORY),
    )
    # What the user reads when a history import ends at X's limits.
    history_notes = {MENTION_HISTORY: HISTORY_LIMIT_NOTE, DM_HISTORY: DM_HISTORY_NOTE}

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
            raise MalformedResponse(f"X sent an answer that is not a JSON object ({method} {path.split('?')[0]}).")
        for error in partial_errors(body):
            log.info(
                "X partial error on %s: %s", path, error.get("detail") or error.get("title") or error.get("message")
            )
        return body

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
            if self._last_dm_poll is not None:
                due = max(due, self._last_dm_poll + DM_POLL_EVERY)
            return due
        if stream in (MENTIONS, MENTION_HISTORY):
            return self.api.budget("GET", "/2/users/1/mentions").free_at(now)
        return None

    def _check_budget(self, stream: str) -> None:
        due = self.next_poll(stream)
        if due is not None and due > self.clock():
            raise RateLimited(
                f"X allows only a few direct-message reads per 15 minutes; next check at {due.astimezone():%H:%M:%S}.",
                retry_at=due,
            )

    # -- account ------------------------------------------------------------------

    async def verify(self) -> AccountInfo:
        body = await self.call("GET", "/2/users/me", params={"user.fields": USER_FIELDS})
        try:
            self.me = self.person(body["data"])
        except (KeyError, TypeError, ValueError) as exc:
            raise MalformedResponse(f"X sent an account we cannot read ({exc}).") from None
        return AccountInfo(
            me=self.me, char_limit=xtext.LIMIT, url_length=xtext.URL_LENGTH, extra={"user_id": self.me.remote_id}
        )

    def person(self, user: Mapping[str, Any]) -> Person:
        uid = _id(user.get("id"), "user id")
        username = user.get("username")
        if not isinstance(username, str) or not username or len(username) > 50:
            raise ValueError("user has no username")
        name = user.get("name")
        avatar = user.get("profile_image_url")
        return Person(
            platform=Platform.X,
            key=uid,
            remote_id=uid,
            handle="@" + username,
            name=name[:200] if isinstance(name, str) else "",
            url=f"{WEB}/{username}",
            avatar_url=avatar[:500] if isinstance(avatar, str) and avatar else None,
        )

    async def _users(self, ids: set[str]) -> dict[str, Mapping[str, Any]]:
        """Look up people a page names but does not include (at most 100)."""
        wanted = sorted(i for i in ids if i.isdigit())[:100]
        if not wanted:
            return {}
        body = await self.call("GET", "/2/users", params={"ids": ",".join(wanted), "user.fields": USER_FIELDS})
        return {u["id"]: u for u in _objects(body.get("data")) if isinstance(u.get("id"), str)}

    # -- posts ----------------------------------------------------------------------

    def parse_tweet(self, tweet: Any, inc: Includes, *, customer: Person | None = None) -> Post | None:
        """A post as a Post; None when it is ours and addresses nobody we know."""
        if not isinstance(tweet, Mapping):
            raise BadRecord("post is not an object")
        try:
            return self._parse_tweet(tweet, inc, customer)
        except (KeyError, TypeError, ValueError, OverflowError) as exc:
            tid = tweet.get("id")
            raise BadRecord(f"unreadable post: {exc}", remote_id=tid if isinstance(tid, str) else None) from None

    def _parse_tweet(self, tweet: Mapping[str, Any], inc: Includes, customer: Person | None) -> Post | None:
        me = self._me()
        tid = _id(tweet.get("id"), "post id")
        author_id = _id(tweet.get("author_id"), "author_id")
        if author_id not in inc.users:
            raise ValueError(f"author {author_id} is not in the page")
        author = self.person(inc.users[author_id])
        text = self._text(tweet)
        conversation = tweet.get("conversation_id")
        root = conversation if isinstance(conversation, str) and conversation.isdigit() else tid
        parent = next(
            (r.get("id") for r in _objects(tweet.get("referenced_tweets")) if r.get("type") == "replied_to"), None
        )
        if author_id == me.remote_id:
            direction = Direction.OUT
            if customer is None:
                target = tweet.get("in_reply_to_user_id")
                if isinstance(target, str) and target in inc.users and target != me.remote_id:
                    customer = self.person(inc.users[target])
            if customer is None:
                return None
        else:
            direction = Direction.IN
            customer = author
        return Post(
            remote_id=tid,
            author=author,
            text=text,
            created_at=parse_time(tweet.get("created_at")),
            kind=Kind.PUBLIC,
            direction=direction,
            customer=customer,
            visibility="public",
            in_reply_to=parent if isinstance(parent, str) and parent.isdigit() else None,
            thread_root=root,
            url=f"{WEB}/{author.handle[1:]}/status/{tid}",
            attachments=tuple(self._media(tweet.get("attachments"), inc)),
            extra={"conversation_id": root},
        )

    @staticmethod
    def _text(item: Mapping[str, Any]) -> str:
        note = item.get("note_tweet")
        raw = note.get("text") if isinstance(note, Mapping) and isinstance(note.get("text"), str) else item.get("text")
        if not isinstance(raw, str):
            raise ValueError("text is missing")
        # Show the real links instead of t.co (the entities say where they go).
        entities = item.get("entities") if isinstance(item.get("entities"), Mapping) else {}
        for url in _objects(entities.get("urls")):
            short, full = url.get("url"), url.get("expanded_url")
            if isinstance(short, str) and isinstance(full, str) and short.startswith("https://t.co/"):
                raw = raw.replace(short, full)
        return html.unescape(raw)  # X escapes & < > in v2 text

    @staticmethod
    def _media(attachments: Any, inc: Includes) -> list[Attachment]:
        keys = attachments.get("media_keys") if isinstance(attachments, Mapping) else None
        out = []
        for key in keys if isinstance(keys, list) else []:
            media = inc.media.get(key) if isinstance(key, str) else None
            if media is None:
                continue
            kind = {"photo": "image", "animated_gif": "gifv"}.get(
                str(media.get("type")), str(media.get("type") or "file")
            )
            url = media.get("url") or media.get("preview_image_url")
            alt = media.get("alt_text")
            out.append(
                Attachment(
                    kind=kind[:20],
                    url=url if isinstance(url, str) else None,
                    description=alt if isinstance(alt, str) else "",
                )
            )
        return out

    def _page_posts(self, tweets: list[Mapping[str, Any]], inc: Includes) -> tuple[list[Post], list[Skipped]]:
        """Mentions plus the parents they answer when those are ours or the customer's."""
        me = self._me()
        posts: dict[str, Post] = {}
        skipped: list[Skipped] = []
        for tweet in tweets:
            try:
                post = self.parse_tweet(tweet, inc)
            except BadRecord as exc:
                skipped.append(Skipped(str(exc), exc.remote_id))
                continue
            if post is None:
                continue
            posts[post.remote_id] = post
            parent = inc.tweets.get(post.in_reply_to or "")
            if parent is None or post.customer is None or parent.get("id") in posts:
                continue
            if parent.get("author_id") not in (me.remote_id, post.customer.remote_id):
                continue  # a third party's post: not this conversation
            customer = None
            if parent.get("author_id") == me.remote_id and parent.get("in_reply_to_user_id") not in inc.users:
                customer = post.customer  # ours, to someone the page does not name: assume this customer
            try:
                # Ours belongs to whom we answered (in_reply_to_user_id), theirs to them.
                earlier = self.parse_tweet(parent, inc, customer=customer)
            except BadRecord as exc:
                log.info("skipping the unreadable parent of %s: %s", post.remote_id, exc)
                continue
            if earlier is not None:
                posts[earlier.remote_id] = earlier
        return list(posts.values()), skipped

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
        return _objects(body.get("data")), Includes(body), meta

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
        posts, skipped = self._page_posts(tweets, inc)
        ids = sorted({t["id"] for t in tweets if isinstance(t.get("id"), str)}, key=_id_order, reverse=True)
        batch = sorted({*state.get("batch", []), *ids}, key=_id_order, reverse=True)[: OVERLAP + 1]
        next_token = meta.get("next_token") if isinstance(meta.get("next_token"), str) else None
        if next_token and cursor is not None:
            # Older pages of this catch-up are still to come: keep our place.
            return Page(
                posts, _dump_cursor({**state, "token": next_token, "batch": batch}), exhausted=False, skipped=skipped
            )
        # Caught up. Next time re-read the newest few (X can index posts late).
        known = sorted({*state.get("recent", []), *batch}, key=_id_order, reverse=True)
        recent = known[:OVERLAP]
        if len(known) > OVERLAP:
            boundary = known[OVERLAP]
        elif known:
            # Fewer than OVERLAP+1 mentions ever: read them all again (cheap).
            boundary = str(int(known[-1]) - 1)
        else:
            boundary = since
        new_state = {"since": boundary, "recent": recent}
        return Page(posts, _dump_cursor(new_state) if recent else cursor, exhausted=True, skipped=skipped)

    async def _mentions_history(self, cursor: str | None, since: datetime | None) -> Page:
        state = _load_cursor(cursor)
        token, seen = state.get("token"), int(state.get("seen") or 0)
        params = {"pagination_token": token} if token else {}
        if since is not None:
            params["start_time"] = _x_time(since)
        tweets, inc, meta = await self._mentions(**params)
        posts, skipped = self._page_posts(tweets, inc)
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
        parent_id = post.in_reply_to
        customer = post.customer
        for _ in range(5):
            if not parent_id or customer is None:
                break
            body = await self.call(
                "GET",
                "/2/tweets",
                params={
                    "ids": parent_id,
                    "tweet.fields": TWEET_FIELDS,
                    "expansions": TWEET_EXPANSIONS,
                    "user.fields": USER_FIELDS,
                    "media.fields": MEDIA_FIELDS,
                },
            )
            tweets = _objects(body.get("data"))
            if not tweets:
                break  # deleted or protected: X says so in "errors"
            tweet = tweets[0]
            parent_id = next(
                (r.get("id") for r in _objects(tweet.get("referenced_tweets")) if r.get("type") == "replied_to"), None
            )
            if tweet.get("author_id") not in (self._me().remote_id, customer.remote_id):
                continue
            try:
                earlier = self.parse_tweet(
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
        return _objects(body.get("data")), Includes(body), meta

    async def _dm_page(self, **params: str) -> tuple[list[Post], list[Skipped], list[str], str | None]:
        self._last_dm_poll = self.clock()
        events, inc, meta = await self._dm_events("/2/dm_events", **params)
        missing = {o for e in events for o in self._dm_people(e)} - set(inc.users)
        if missing:
            inc.merge_users(await self._users(missing))
        posts: list[Post] = []
        skipped: list[Skipped] = []
        for event in events:
            try:
                post = self.parse_dm(event, inc)
            except BadRecord as exc:
                skipped.append(Skipped(str(exc), exc.remote_id))
                continue
            if post is not None:
                posts.append(post)
        ids = [e["id"] for e in events if isinstance(e.get("id"), str)]
        next_token = meta.get("next_token") if isinstance(meta.get("next_token"), str) else None
        return posts, skipped, ids, next_token

    def _dm_people(self, event: Mapping[str, Any]) -> set[str]:
        people = set()
        match = _ONE_TO_ONE.match(str(event.get("dm_conversation_id") or ""))
        if match:
            people.update(match.groups())
        if isinstance(event.get("sender_id"), str):
            people.add(event["sender_id"])
        return people

    def parse_dm(self, event: Any, inc: Includes) -> Post | None:
        """A one-to-one message as a Post; group conversations are left out
        (a reply goes to one person)."""
        if not isinstance(event, Mapping):
            raise BadRecord("direct message is not an object")
        eid = event.get("id") if isinstance(event.get("id"), str) else None
        try:
            if event.get("event_type") != "MessageCreate":
                return None
            me = self._me()
            conv = str(event.get("dm_conversation_id") or "")
            match = _ONE_TO_ONE.match(conv)
            if not match:
                log.info("leaving out group direct message %s", eid)
                return None
            other_id = match.group(2) if match.group(1) == me.remote_id else match.group(1)
            sender_id = _id(event.get("sender_id"), "sender_id")
            if other_id not in inc.users or sender_id not in inc.users:
                raise ValueError("a participant is unknown")
            other = self.person(inc.users[other_id])
            mine = sender_id == me.remote_id
            return Post(
                remote_id=_id(eid, "event id"),
                author=self.person(inc.users[sender_id]) if not mine else me,
                text=self._text(event),
                created_at=parse_time(event.get("created_at")),
                kind=Kind.DIRECT,
                direction=Direction.OUT if mine else Direction.IN,
                customer=other,
                visibility="direct",
                thread_root=f"dm:{conv}",
                url=f"{WEB}/messages/{conv}",
                attachments=tuple(self._media(event.get("attachments"), inc)),
                extra={"dm_conversation_id": conv},
            )
        except (KeyError, TypeError, ValueError, OverflowError) as exc:
            raise BadRecord(f"unreadable direct message: {exc}", remote_id=eid) from None

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
            if _newer(eid, top):
                top = eid
        fresh = [p for p in posts if _newer(p.remote_id, known)]
        reached = known is None or any(not _newer(eid, known) for eid in ids)
        if reached or next_token is None:
            newest = top if top is not None and _newer(top, known) else known
            return Page(fresh, _dump_cursor({"known": newest}) if newest else None, exhausted=True, skipped=skipped)
        return Page(
            fresh, _dump_cursor({"known": known, "token": next_token, "top": top}), exhausted=False, skipped=skipped
        )

    async def _dms_history(self, cursor: str | None, since: datetime | None) -> Page:
        state = _load_cursor(cursor)
        token = state.get("token")
        posts, skipped, ids, next_token = await self._dm_page(**({"pagination_token": token} if token else {}))
        oldest = min((p.created_at for p in posts), default=None)
        done = next_token is None or (since is not None and oldest is not None and oldest < since)
        page = Page(posts, _dump_cursor({"token": next_token or token, "done": done}), exhausted=done, skipped=skipped)
        page.history_limit_reached = next_token is None and (
            oldest is None or oldest <= self.clock() - DM_RETENTION + timedelta(days=1)
        )
        return page

    # -- replies --------------------------------------------------------------------------

    def prepare_send(self, reply: OutgoingReply) -> dict[str, str]:
        # X takes no client-chosen id; find_sent recognises a lost attempt by
        # its parent, its text and its time instead.
        return {}

    async def send(self, reply: OutgoingReply) -> Post:
        counted = xtext.count(reply.text)
        if not counted.fits:
            raise Rejected(
                f"The reply is {counted.weighted} characters the way X counts them (links 23, emoji and CJK 2); "
                f"X allows {counted.limit}. Shorten it and send again."
            )
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
                "X refused the reply because the same text was posted recently. Change the wording and send again."
            ) from None

    async def _send_post(self, reply: OutgoingReply) -> Post:
        me = self._me()
        body: dict[str, Any] = {"text": reply.text}
        if reply.in_reply_to:
            body["reply"] = {"in_reply_to_tweet_id": reply.in_reply_to}
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
        participant = _id(reply.customer.remote_id, "customer id")
        answer = await self.call(
            "POST", f"/2/dm_conversations/with/{participant}/messages", json_body={"text": reply.text}
        )
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
            return Rejected(f"X refused the reply ({detail}).")
        return MalformedResponse("X accepted the reply but sent back something we cannot read.")

    async def find_sent(self, reply: OutgoingReply) -> Post | None:
        wanted = _comparable(reply.text)
        earliest = reply.queued_at - timedelta(minutes=5)
        if reply.kind == Kind.DIRECT:
            return await self._find_dm(reply, wanted, earliest)
        me = self._me()
        body = await self.call(
            "GET",
            f"/2/users/{me.remote_id}/tweets",
            params={
                "max_results": "100",
                "start_time": _x_time(max(earliest, self.clock() - timedelta(days=6))),
                "tweet.fields": TWEET_FIELDS,
                "expansions": TWEET_EXPANSIONS,
                "user.fields": USER_FIELDS,
            },
        )
        inc = Includes(body)
        inc.users.setdefault(me.remote_id, {"id": me.remote_id, "username": me.handle[1:], "name": me.name})
        for tweet in _objects(body.get("data")):
            parent = next(
                (r.get("id") for r in _objects(tweet.get("referenced_tweets")) if r.get("type") == "replied_to"), None
            )
            if reply.in_reply_to and parent != reply.in_reply_to:
                continue
            if not isinstance(tweet.get("text"), str) or _comparable(tweet["text"]) != wanted:
                continue
            try:
                post = self.parse_tweet(tweet, inc, customer=reply.customer)
            except BadRecord:
                continue
            if post is not None and post.created_at >= earliest:
                return post
        return None

    async def _find_dm(self, reply: OutgoingReply, wanted: str, earliest: datetime) -> Post | None:
        me = self._me()
        participant = _id(reply.customer.remote_id, "customer id")
        events, inc, _ = await self._dm_events(f"/2/dm_conversations/with/{participant}/dm_events", max_results="50")
        inc.users.setdefault(me.remote_id, {"id": me.remote_id, "username": me.handle[1:], "name": me.name})
        inc.users.setdefault(
            participant, {"id": participant, "username": reply.customer.handle.lstrip("@"), "name": reply.customer.name}
        )
        for event in events:
            if event.get("sender_id") != me.remote_id or not isinstance(event.get("text"), str):
                continue
            if _comparable(event["text"]) != wanted:
                continue
            try:
                post = self.parse_dm(event, inc)
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


__all__ = ["WINDOW", "XConnector", "build"]
