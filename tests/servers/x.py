"""An X API v2 server for tests and the demo, shaped by X's OpenAPI description.

It implements what Desktop Inbox uses, with X's real behaviour where it
matters to a client: OAuth 2.0 authorization code with PKCE for public
clients, two-hour access tokens and single-use refresh tokens; mentions
(newest first, ``since_id``/``until_id``/``pagination_token``, only the newest
800 reachable); the user's own posts; post lookup; direct-message events
(newest first, 30 days); posting replies (only to posts that mention the
replier, duplicate texts refused) and direct messages; field selection and
expansions (nothing but ``id`` and ``text`` unless asked); recent search
(``x_search``: 7 days, X's query operators, its refusals); per-user,
per-endpoint 15-minute rate windows with ``x-rate-limit-*`` headers (reset in
epoch seconds); RFC 7807 problems. Time comes from an injectable clock, so a
test can simulate an hour in a second.

With ``validate=True`` every request and every response is checked against
an OpenAPI description (``tests/servers/xspec.py``: X's own when present, else our
description of the part we use, or the one given): a request X would not accept
gets a 400 problem, and every finding is kept in ``violations``.

Run it alone with ``python -m tests.servers.x``.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import html
import itertools
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from twitter_text import parse_tweet

from desktop_inbox.demo.httpbase import JsonServer, Request, Response
from tests.servers.x_search import SearchRoutes

TWEPOCH_MS = 1288834974657
WINDOW = timedelta(minutes=15)
PROBLEMS = "https://api.twitter.com/2/problems/"
PROBLEM_JSON = "application/problem+json"

LIMITS = {
    "GET /2/users/me": 75,
    "GET /2/users": 900,
    "GET /2/users/:id/mentions": 300,
    "GET /2/users/:id/tweets": 900,
    "GET /2/tweets": 900,
    "GET /2/dm_events": 15,
    "GET /2/dm_conversations/with/:id/dm_events": 15,
    "POST /2/tweets": 100,
    "POST /2/dm_conversations/with/:id/messages": 15,
    "GET /2/tweets/search/recent": 300,
}
SCOPES_NEEDED = {
    "GET /2/dm_events": {"dm.read"},
    "GET /2/dm_conversations/with/:id/dm_events": {"dm.read"},
    "POST /2/dm_conversations/with/:id/messages": {"dm.write"},
    "POST /2/tweets": {"tweet.write"},
}


@dataclass
class User:
    id: str
    username: str
    name: str
    created_at: datetime


@dataclass
class Tweet:
    id: str
    author_id: str
    text: str
    created_at: datetime
    conversation_id: str
    replied_to: str | None
    in_reply_to_user_id: str | None
    mentions: list[str]  # user ids
    lang: str = "en"


@dataclass
class DmEvent:
    id: str
    sender_id: str
    conversation_id: str
    text: str
    created_at: datetime


@dataclass
class Client:
    client_id: str
    redirect_uris: set[str]


@dataclass
class Grant:
    client_id: str
    redirect_uri: str
    challenge: str
    method: str
    user_id: str
    scopes: set[str]
    issued_at: datetime


@dataclass
class Token:
    user_id: str
    client_id: str
    scopes: set[str]
    expires_at: datetime | None = None


@dataclass
class Window:
    start: datetime
    used: int = 0


def endpoint_key(method: str, path: str) -> str:
    return f"{method} {re.sub(r'(?<=.)/[0-9]+(?=/|$)', '/:id', path)}"


def _iso(value: datetime) -> str:
    return value.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def problem(status: int, title: str, detail: str, kind: str | None = None, **extra: Any) -> Response:
    body = {
        "title": title,
        "detail": detail,
        "type": PROBLEMS + kind if kind else "about:blank",
        "status": status,
        **extra,
    }
    return Response(status, body, content_type=PROBLEM_JSON)


class XServer(SearchRoutes, JsonServer):
    name = "x"

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        clock: Callable[[], datetime] | None = None,
        validate: bool = False,
        spec: Path | None = None,
    ) -> None:
        super().__init__(host=host, port=port)
        self.clock = clock or (lambda: datetime.now(UTC))
        self.users: dict[str, User] = {}
        self.tweets: dict[str, Tweet] = {}
        self.dm_events: list[DmEvent] = []
        self.clients: dict[str, Client] = {}
        self.codes: dict[str, Grant] = {}
        self.access: dict[str, Token] = {}
        self.refresh: dict[str, Token] = {}
        self.windows: dict[tuple[str, str], Window] = {}
        self.limits = dict(LIMITS)
        self.access_ttl = timedelta(hours=2)
        self.code_ttl = timedelta(seconds=30)
        self.mention_cap = 800
        # Every page holds at most this many items, whatever max_results asks
        # (X: "result_count may be less than max_results"); None: as asked.
        self.page_cap: int | None = None
        self.dm_retention = timedelta(days=30)
        self.authorize_as: str | None = None
        self.posts_received: list[Tweet] = []
        self.dms_received: list[DmEvent] = []
        self.rate_limited: list[str] = []  # "METHOD path" of every 429 sent
        self.searches: list[str] = []  # the query of every recent search
        self.refreshes = 0
        self.violations: list[str] = []
        # (method, path regex, answer, check against the spec), each used once
        self.scripted: list[tuple[str, str, Response, bool]] = []
        self.validator = None
        if validate:
            from tests.servers.xspec import SpecValidator

            self.validator = SpecValidator(spec)  # None: X's official file, else our subset
        self._seq = itertools.count(1)
        self._register_routes()

    # -- state helpers for tests and the demo -----------------------------------

    def _snowflake(self, at: datetime) -> str:
        ms = int(at.timestamp() * 1000) - TWEPOCH_MS
        return str((ms << 22) | (next(self._seq) & 0x3FFFFF))

    def add_user(self, username: str, name: str = "") -> User:
        with self.lock:
            user = User(str(2244994945 + 7919 * next(self._seq)), username, name or username, self.clock())
            self.users[user.id] = user
            return user

    def user_by_name(self, username: str) -> User:
        for user in self.users.values():
            if user.username.lower() == username.lower():
                return user
        raise KeyError(username)

    def add_client(self, client_id: str, redirect_uri: str) -> Client:
        with self.lock:
            client = self.clients.setdefault(client_id, Client(client_id, set()))
            client.redirect_uris.add(redirect_uri)
            return client

    def issue_tokens(
        self, user: User, client_id: str, *, scopes: str | None = None, ttl: timedelta | None = None
    ) -> dict[str, Any]:
        """A token answer as ``POST /2/oauth2/token`` gives it."""
        with self.lock:
            wanted = set((scopes or "tweet.read tweet.write users.read dm.read dm.write offline.access").split())
            return self._token_answer(Token(user.id, client_id, wanted), ttl=ttl)

    def expire_access_tokens(self) -> None:
        with self.lock:
            for token in self.access.values():
                token.expires_at = self.clock() - timedelta(seconds=1)

    def post(
        self,
        author: User,
        text: str,
        *,
        in_reply_to: Tweet | None = None,
        created_at: datetime | None = None,
        lang: str = "en",
    ) -> Tweet:
        with self.lock:
            at = created_at or self.clock()
            tid = self._snowflake(at)
            mentioned = []
            for name in re.findall(r"(?<![\w@])@(\w{1,15})", text):
                try:
                    mentioned.append(self.user_by_name(name).id)
                except KeyError:
                    continue
            tweet = Tweet(
                id=tid,
                author_id=author.id,
                text=text,
                created_at=at,
                conversation_id=in_reply_to.conversation_id if in_reply_to else tid,
                replied_to=in_reply_to.id if in_reply_to else None,
                in_reply_to_user_id=in_reply_to.author_id if in_reply_to else None,
                mentions=list(dict.fromkeys(mentioned)),
                lang=lang,
            )
            self.tweets[tid] = tweet
            return tweet

    def send_dm(self, sender: User, recipient: User, text: str, *, created_at: datetime | None = None) -> DmEvent:
        with self.lock:
            at = created_at or self.clock()
            low, high = sorted((sender.id, recipient.id), key=lambda i: (len(i), i))
            event = DmEvent(self._snowflake(at), sender.id, f"{low}-{high}", text, at)
            self.dm_events.append(event)
            return event

    def answer_next(self, method: str, path: str, response: Response, *, in_spec: bool = True) -> None:
        """Answer the next matching request with ``response`` (a problem X may
        send; ``in_spec=False`` for the legacy shapes the spec does not describe)."""
        with self.lock:
            self.scripted.append((method, path, response, in_spec))

    def replies_by(self, user: User) -> list[Tweet]:
        with self.lock:
            return [t for t in self.posts_received if t.author_id == user.id]

    def dms_by(self, user: User) -> list[DmEvent]:
        with self.lock:
            return [e for e in self.dms_received if e.sender_id == user.id]

    # -- HTTP plumbing -------------------------------------------------------------

    def error_body(self, status: int) -> Any:
        titles = {429: "Too Many Requests", 401: "Unauthorized", 503: "Service Unavailable"}
        title = titles.get(status, "Internal Server Error" if status >= 500 else "Error")
        return {"title": title, "detail": title, "type": "about:blank", "status": status}

    def dispatch(self, request: Request) -> Response:
        check = self.validator is not None and self.validator.covers(request.path)
        if check:
            found = self.validator.request(request.method, request.path, request.query, request.headers, request.body)
            if found:
                with self.lock:
                    self.violations.extend(found)
                return problem(
                    400, "Invalid Request", "One or more parameters to your request was invalid.", "invalid-request"
                )
        with self.lock:
            scripted = next(
                (x for x in self.scripted if x[0] == request.method and re.fullmatch(x[1], request.path)), None
            )
            if scripted is not None:
                self.scripted.remove(scripted)
        response = scripted[2] if scripted is not None else super().dispatch(request)
        if scripted is not None and not scripted[3]:
            check = False
        if check and response.raw is None and response.status != 404:
            found = self.validator.response(
                request.method,
                request.path,
                request.query,
                request.headers,
                request.body,
                response.status,
                response.body,
                response.content_type,
            )
            with self.lock:
                self.violations.extend(found)
        return response

    def _auth(self, request: Request, key: str) -> Token | Response:
        """The caller's token, and its rate window (429 when spent)."""
        token = self.access.get(request.bearer or "")
        if token is None or (token.expires_at is not None and token.expires_at <= self.clock()):
            return problem(401, "Unauthorized", "Unauthorized")
        missing = SCOPES_NEEDED.get(key, set()) - token.scopes
        if missing:
            return problem(
                403, "Forbidden", f"Missing scope: {' '.join(sorted(missing))}", "not-authorized-for-resource"
            )
        now = self.clock()
        window = self.windows.get((token.user_id, key))
        if window is None or now >= window.start + WINDOW:
            window = self.windows[(token.user_id, key)] = Window(now)
        limit = self.limits.get(key, 100)
        if window.used >= limit:
            self.rate_limited.append(f"{request.method} {request.path}")
            response = problem(429, "Too Many Requests", "Too Many Requests")
            self._rate_headers(response, limit, 0, window)
            return response
        window.used += 1
        request.rate = (limit, limit - window.used, window)  # type: ignore[attr-defined]
        return token

    @staticmethod
    def _rate_headers(response: Response, limit: int, remaining: int, window: Window) -> None:
        response.headers["x-rate-limit-limit"] = str(limit)
        response.headers["x-rate-limit-remaining"] = str(max(0, remaining))
        response.headers["x-rate-limit-reset"] = str(int((window.start + WINDOW).timestamp()))

    def decorate(self, request: Request, response: Response) -> None:
        rate = getattr(request, "rate", None)
        if rate is not None:
            self._rate_headers(response, *rate)

    def _register_routes(self) -> None:
        r = self.route
        r("GET", r"/i/oauth2/authorize", self.h_authorize)
        r("POST", r"/2/oauth2/token", self.h_token)
        r("GET", r"/2/users/me", self.h_me)
        r("GET", r"/2/users", self.h_users)
        r("GET", r"/2/users/(?P<id>[0-9]+)/mentions", self.h_mentions)
        r("GET", r"/2/users/(?P<id>[0-9]+)/tweets", self.h_user_tweets)
        r("GET", r"/2/tweets", self.h_lookup)
        r("GET", r"/2/tweets/search/recent", self.h_search_recent)
        r("POST", r"/2/tweets", self.h_create_tweet)
        r("GET", r"/2/dm_events", self.h_dm_events)
        r("GET", r"/2/dm_conversations/with/(?P<id>[0-9]+)/dm_events", self.h_dm_with)
        r("POST", r"/2/dm_conversations/with/(?P<id>[0-9]+)/messages", self.h_send_dm)

    # -- OAuth --------------------------------------------------------------------------

    def h_authorize(self, request: Request) -> Response:
        """Signs in as ``authorize_as`` at once, as if the user clicked Authorize app."""
        client = self.clients.get(request.arg("client_id") or "")
        redirect_uri = request.arg("redirect_uri") or ""
        if client is None or redirect_uri not in client.redirect_uris:
            return Response(
                400,
                {
                    "error": "invalid_request",
                    "error_description": "Something went wrong: the app's callback URL does not match",
                },
            )
        if request.arg("response_type") != "code" or not request.arg("code_challenge") or not request.arg("state"):
            return Response(400, {"error": "invalid_request"})
        if self.authorize_as is None:
            return Response(
                302,
                {},
                headers={
                    "Location": f"{redirect_uri}?{urlencode({'error': 'access_denied', 'state': request.arg('state')})}"
                },
            )
        user = self.user_by_name(self.authorize_as)
        code = secrets.token_urlsafe(40)
        self.codes[code] = Grant(
            client.client_id,
            redirect_uri,
            request.arg("code_challenge") or "",
            request.arg("code_challenge_method") or "plain",
            user.id,
            set((request.arg("scope") or "").split()),
            self.clock(),
        )
        return Response(
            302, {}, headers={"Location": f"{redirect_uri}?{urlencode({'state': request.arg('state'), 'code': code})}"}
        )

    def _token_answer(self, token: Token, *, ttl: timedelta | None = None) -> dict[str, Any]:
        access = secrets.token_urlsafe(48)
        token = Token(token.user_id, token.client_id, set(token.scopes), self.clock() + (ttl or self.access_ttl))
        self.access[access] = token
        answer: dict[str, Any] = {
            "token_type": "bearer",
            "expires_in": int((ttl or self.access_ttl).total_seconds()),
            "access_token": access,
            "scope": " ".join(sorted(token.scopes)),
        }
        if "offline.access" in token.scopes:
            refresh = secrets.token_urlsafe(48)
            self.refresh[refresh] = token
            answer["refresh_token"] = refresh
        return answer

    def h_token(self, request: Request) -> Response:
        if "application/x-www-form-urlencoded" not in request.headers.get("content-type", ""):
            return Response(400, {"error": "invalid_request", "error_description": "Form body expected"})
        body = request.json()
        client_id = body.get("client_id", "")
        if client_id not in self.clients:
            return Response(
                401, {"error": "unauthorized_client", "error_description": "Missing valid authorization header"}
            )
        grant_type = body.get("grant_type")
        if grant_type == "authorization_code":
            grant = self.codes.pop(body.get("code", ""), None)
            if grant is None or grant.client_id != client_id or grant.redirect_uri != body.get("redirect_uri"):
                return Response(
                    400,
                    {
                        "error": "invalid_request",
                        "error_description": "Value passed for the authorization code was invalid.",
                    },
                )
            if self.clock() - grant.issued_at > self.code_ttl:
                return Response(
                    400,
                    {
                        "error": "invalid_request",
                        "error_description": "Value passed for the authorization code was invalid.",
                    },
                )
            verifier = body.get("code_verifier", "")
            expected = grant.challenge
            actual = (
                verifier
                if grant.method == "plain"
                else base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
            )
            if actual != expected:
                return Response(
                    400,
                    {
                        "error": "invalid_request",
                        "error_description": "Value passed for the code verifier did not match the code challenge.",
                    },
                )
            return Response(200, self._token_answer(Token(grant.user_id, client_id, grant.scopes)))
        if grant_type == "refresh_token":
            # Single use: the old refresh token dies here, whatever happens next.
            old = self.refresh.pop(body.get("refresh_token", ""), None)
            if old is None or old.client_id != client_id:
                return Response(
                    400, {"error": "invalid_request", "error_description": "Value passed for the token was invalid."}
                )
            self.refreshes += 1
            return Response(200, self._token_answer(old))
        return Response(400, {"error": "unsupported_grant_type"})

    # -- shapes ----------------------------------------------------------------------------

    @staticmethod
    def _fields(request: Request, name: str) -> set[str]:
        value = request.arg(name) or ""
        return {f for f in value.split(",") if f}

    def user_json(self, user: User, fields: set[str]) -> dict[str, Any]:
        data: dict[str, Any] = {"id": user.id, "name": user.name, "username": user.username}
        if "profile_image_url" in fields:
            data["profile_image_url"] = f"https://pbs.twimg.com/profile_images/{user.id}/normal.jpg"
        if "created_at" in fields:
            data["created_at"] = _iso(user.created_at)
        return data

    def tweet_json(self, tweet: Tweet, fields: set[str]) -> dict[str, Any]:
        # X wraps every link in t.co and escapes &, < and > in v2 text.
        text, urls = _shorten(tweet.text)
        data: dict[str, Any] = {
            "id": tweet.id,
            "text": html.escape(text, quote=False),
            "edit_history_tweet_ids": [tweet.id],
        }
        if "author_id" in fields:
            data["author_id"] = tweet.author_id
        if "created_at" in fields:
            data["created_at"] = _iso(tweet.created_at)
        if "conversation_id" in fields:
            data["conversation_id"] = tweet.conversation_id
        if "in_reply_to_user_id" in fields and tweet.in_reply_to_user_id:
            data["in_reply_to_user_id"] = tweet.in_reply_to_user_id
        if "referenced_tweets" in fields and tweet.replied_to:
            data["referenced_tweets"] = [{"type": "replied_to", "id": tweet.replied_to}]
        if "lang" in fields:
            data["lang"] = tweet.lang
        if "entities" in fields:
            entities: dict[str, Any] = {}
            mentions = []
            for match in re.finditer(r"(?<![\w@])@(\w{1,15})", text):
                try:
                    user = self.user_by_name(match.group(1))
                except KeyError:
                    continue
                mentions.append({"start": match.start(), "end": match.end(), "username": user.username, "id": user.id})
            if mentions:
                entities["mentions"] = mentions
            if urls:
                entities["urls"] = urls
            if entities:
                data["entities"] = entities
        return data

    def _expand_tweets(self, request: Request, tweets: list[Tweet]) -> dict[str, Any]:
        expansions = self._fields(request, "expansions")
        tweet_fields = self._fields(request, "tweet.fields")
        user_fields = self._fields(request, "user.fields")
        user_ids: list[str] = []
        included: list[Tweet] = []
        for tweet in tweets:
            if "author_id" in expansions:
                user_ids.append(tweet.author_id)
            if "in_reply_to_user_id" in expansions and tweet.in_reply_to_user_id:
                user_ids.append(tweet.in_reply_to_user_id)
            if "referenced_tweets.id" in expansions and tweet.replied_to in self.tweets:
                parent = self.tweets[tweet.replied_to]
                included.append(parent)
                if "referenced_tweets.id.author_id" in expansions:
                    user_ids.append(parent.author_id)
        includes: dict[str, Any] = {}
        users = [self.user_json(self.users[u], user_fields) for u in dict.fromkeys(user_ids) if u in self.users]
        if users:
            includes["users"] = users
        if included:
            includes["tweets"] = [self.tweet_json(t, tweet_fields) for t in {t.id: t for t in included}.values()]
        return includes

    def _tweets_page(self, request: Request, items: list[Tweet], *, cap: int | None = None) -> Response:
        """Newest first, with since_id/until_id/start_time/end_time and tokens."""
        items = sorted(items, key=lambda t: (len(t.id), t.id), reverse=True)
        if cap is not None:
            items = items[:cap]
        since, until = request.arg("since_id"), request.arg("until_id")
        if since:
            items = [t for t in items if (len(t.id), t.id) > (len(since), since)]
        if until:
            items = [t for t in items if (len(t.id), t.id) < (len(until), until)]
        start, end = request.arg("start_time"), request.arg("end_time")
        if start:
            items = [t for t in items if t.created_at >= datetime.fromisoformat(start.replace("Z", "+00:00"))]
        if end:
            items = [t for t in items if t.created_at <= datetime.fromisoformat(end.replace("Z", "+00:00"))]
        offset = _decode_token(request.arg("pagination_token"))
        if offset is None:
            return problem(
                400, "Invalid Request", "The `pagination_token` query parameter value is not valid", "invalid-request"
            )
        size = self._page_size(request, 10)
        page = items[offset : offset + size]
        meta: dict[str, Any] = {"result_count": len(page)}
        body: dict[str, Any] = {}
        if page:
            fields = self._fields(request, "tweet.fields")
            body["data"] = [self.tweet_json(t, fields) for t in page]
            includes = self._expand_tweets(request, page)
            if includes:
                body["includes"] = includes
            meta["newest_id"], meta["oldest_id"] = page[0].id, page[-1].id
            if offset + size < len(items):
                meta["next_token"] = _encode_token(offset + size, 36)
            if offset:
                meta["previous_token"] = _encode_token(max(0, offset - size), 36)
        body["meta"] = meta
        return Response(200, body)

    def _page_size(self, request: Request, default: int) -> int:
        size = int(request.arg("max_results") or default)
        return min(size, self.page_cap) if self.page_cap else size

    # -- users and posts ---------------------------------------------------------------------

    def h_me(self, request: Request) -> Response:
        token = self._auth(request, "GET /2/users/me")
        if isinstance(token, Response):
            return token
        return Response(200, {"data": self.user_json(self.users[token.user_id], self._fields(request, "user.fields"))})

    def h_users(self, request: Request) -> Response:
        token = self._auth(request, "GET /2/users")
        if isinstance(token, Response):
            return token
        fields = self._fields(request, "user.fields")
        ids = self._fields(request, "ids")
        body: dict[str, Any] = {}
        found = [self.user_json(self.users[i], fields) for i in sorted(ids) if i in self.users]
        missing = [i for i in sorted(ids) if i not in self.users]
        if found:
            body["data"] = found
        if missing:
            body["errors"] = [_not_found("user", "ids", i) for i in missing]
        return Response(200, body)

    def h_mentions(self, request: Request) -> Response:
        token = self._auth(request, "GET /2/users/:id/mentions")
        if isinstance(token, Response):
            return token
        assert request.match is not None
        uid = request.match["id"]
        if uid not in self.users:
            return Response(200, {"errors": [_not_found("user", "id", uid)]})
        mentions = [t for t in self.tweets.values() if uid in t.mentions and t.author_id != uid]
        return self._tweets_page(request, mentions, cap=self.mention_cap)

    def h_user_tweets(self, request: Request) -> Response:
        token = self._auth(request, "GET /2/users/:id/tweets")
        if isinstance(token, Response):
            return token
        assert request.match is not None
        uid = request.match["id"]
        return self._tweets_page(request, [t for t in self.tweets.values() if t.author_id == uid], cap=3200)

    def h_lookup(self, request: Request) -> Response:
        token = self._auth(request, "GET /2/tweets")
        if isinstance(token, Response):
            return token
        ids = sorted(self._fields(request, "ids"))
        found = [self.tweets[i] for i in ids if i in self.tweets]
        body: dict[str, Any] = {}
        if found:
            fields = self._fields(request, "tweet.fields")
            body["data"] = [self.tweet_json(t, fields) for t in found]
            includes = self._expand_tweets(request, found)
            if includes:
                body["includes"] = includes
        missing = [i for i in ids if i not in self.tweets]
        if missing:
            body["errors"] = [_not_found("tweet", "ids", i) for i in missing]
        return Response(200, body)

    def h_create_tweet(self, request: Request) -> Response:
        token = self._auth(request, "POST /2/tweets")
        if isinstance(token, Response):
            return token
        body = request.json()
        text = body.get("text")
        author = self.users[token.user_id]
        if not isinstance(text, str) or not text.strip():
            return problem(
                400, "Invalid Request", "One or more parameters to your request was invalid.", "invalid-request"
            )
        if not parse_tweet(text).valid:
            return problem(400, "Invalid Request", "Your Tweet text is too long.", "invalid-request")
        parent = None
        stored_text = text
        reply = body.get("reply")
        if isinstance(reply, dict):
            parent = self.tweets.get(str(reply.get("in_reply_to_tweet_id")))
            if parent is None:
                return problem(
                    400, "Invalid Request", "The Tweet you are replying to does not exist.", "invalid-request"
                )
            # Self-serve access: replies only to posts that mention (or are by) the replier.
            if author.id not in parent.mentions and parent.author_id != author.id:
                return problem(
                    403,
                    "Forbidden",
                    "Reply to this conversation is not allowed because you have not been mentioned or otherwise "
                    "engaged by the author of the post you are replying to.",
                )
            mention = "@" + self.users[parent.author_id].username
            if parent.author_id != author.id and mention.lower() not in text.lower():
                stored_text = f"{mention} {text}"  # X addresses a reply to the author it answers
        now = self.clock()
        if any(
            t.author_id == author.id and t.text == stored_text and now - t.created_at < timedelta(hours=24)
            for t in self.tweets.values()
        ):
            return problem(403, "Forbidden", "You are not allowed to create a Tweet with duplicate content.")
        tweet = self.post(author, stored_text, in_reply_to=parent)
        self.posts_received.append(tweet)
        return Response(
            201,
            {"data": {"id": tweet.id, "text": html.escape(text, quote=False), "edit_history_tweet_ids": [tweet.id]}},
        )

    # -- direct messages -------------------------------------------------------------------------

    def _dm_json(self, event: DmEvent, fields: set[str]) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": event.id,
            "event_type": "MessageCreate",
            "text": html.escape(event.text, quote=False),
        }
        if "created_at" in fields:
            data["created_at"] = _iso(event.created_at)
        if "sender_id" in fields:
            data["sender_id"] = event.sender_id
        if "dm_conversation_id" in fields:
            data["dm_conversation_id"] = event.conversation_id
        return data

    def _dm_page(self, request: Request, events: list[DmEvent]) -> Response:
        types = self._fields(request, "event_types")
        if types and "MessageCreate" not in types:
            events = []
        cutoff = self.clock() - self.dm_retention
        events = sorted((e for e in events if e.created_at >= cutoff), key=lambda e: (len(e.id), e.id), reverse=True)
        offset = _decode_token(request.arg("pagination_token"))
        if offset is None:
            return problem(
                400, "Invalid Request", "The `pagination_token` query parameter value is not valid", "invalid-request"
            )
        size = self._page_size(request, 100)
        page = events[offset : offset + size]
        body: dict[str, Any] = {"meta": {"result_count": len(page)}}
        if page:
            fields = self._fields(request, "dm_event.fields")
            body["data"] = [self._dm_json(e, fields) for e in page]
            if "sender_id" in self._fields(request, "expansions"):
                user_fields = self._fields(request, "user.fields")
                senders = dict.fromkeys(e.sender_id for e in page)
                body["includes"] = {
                    "users": [self.user_json(self.users[u], user_fields) for u in senders if u in self.users]
                }
            if offset + size < len(events):
                body["meta"]["next_token"] = _encode_token(offset + size, 32)
        return Response(200, body)

    def h_dm_events(self, request: Request) -> Response:
        token = self._auth(request, "GET /2/dm_events")
        if isinstance(token, Response):
            return token
        uid = token.user_id
        return self._dm_page(request, [e for e in self.dm_events if uid in e.conversation_id.split("-")])

    def h_dm_with(self, request: Request) -> Response:
        token = self._auth(request, "GET /2/dm_conversations/with/:id/dm_events")
        if isinstance(token, Response):
            return token
        assert request.match is not None
        pair = {token.user_id, request.match["id"]}
        return self._dm_page(request, [e for e in self.dm_events if set(e.conversation_id.split("-")) == pair])

    def h_send_dm(self, request: Request) -> Response:
        token = self._auth(request, "POST /2/dm_conversations/with/:id/messages")
        if isinstance(token, Response):
            return token
        assert request.match is not None
        recipient = self.users.get(request.match["id"])
        if recipient is None:
            return problem(400, "Invalid Request", "The participant does not exist.", "invalid-request")
        body = request.json()
        text = body.get("text")
        if not isinstance(text, str) or not text:
            return problem(
                400, "Invalid Request", "One or more parameters to your request was invalid.", "invalid-request"
            )
        event = self.send_dm(self.users[token.user_id], recipient, text)
        self.dms_received.append(event)
        return Response(201, {"data": {"dm_conversation_id": event.conversation_id, "dm_event_id": event.id}})


def _shorten(text: str) -> tuple[str, list[dict[str, Any]]]:
    """Replace links by t.co ones, as X does, and describe them as entities."""
    out, urls, last = "", [], 0
    for match in re.finditer(r"https?://[^\s]+", text):
        short = "https://t.co/" + hashlib.sha1(match.group(0).encode()).hexdigest()[:10]
        out += text[last : match.start()]
        start = len(out)
        out += short
        display = re.sub(r"^https?://", "", match.group(0))
        urls.append(
            {
                "start": start,
                "end": len(out),
                "url": short,
                "expanded_url": match.group(0),
                "display_url": display if len(display) <= 25 else display[:24] + "…",
            }
        )
        last = match.end()
    return out + text[last:], urls


def _not_found(kind: str, parameter: str, value: str) -> dict[str, Any]:
    return {
        "value": value,
        "detail": f"Could not find {kind} with {parameter}: [{value}].",
        "title": "Not Found Error",
        "resource_type": kind,
        "parameter": parameter,
        "resource_id": value,
        "type": PROBLEMS + "resource-not-found",
    }


_ALPHABET = {32: "abcdefghijklmnopqrstuvwxyz234567", 36: "0123456789abcdefghijklmnopqrstuvwxyz"}


def _encode_token(offset: int, base: int) -> str:
    # Opaque like X's (base32 tokens are at least 16 characters long).
    digits = _ALPHABET[base]
    value = (offset << 20) | 0x5A5A5
    out = ""
    while value:
        value, rest = divmod(value, base)
        out = digits[rest] + out
    return out.rjust(16, digits[0])


def _decode_token(token: str | None) -> int | None:
    if not token:
        return 0
    for base, digits in _ALPHABET.items():
        if all(c in digits for c in token):
            value = 0
            for c in token:
                value = value * base + digits.index(c)
            if value & 0xFFFFF == 0x5A5A5:
                return value >> 20
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run a local X API v2 server.")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--client-id", default="desktop-inbox-dev")
    parser.add_argument("--validate", action="store_true", help="check every exchange against X's OpenAPI description")
    args = parser.parse_args(argv)
    server = XServer(port=args.port, validate=args.validate).start()
    shop = server.add_user("shop", "Zappy Shoes")
    anna = server.add_user("anna", "Anna Λάμπρου")
    server.post(anna, "@shop where is my order? It was shipped last week")
    server.send_dm(anna, shop, "My order number is 4711")
    server.authorize_as = "shop"
    server.add_client(args.client_id, "http://127.0.0.1:17863/callback")
    print(f"listening on {server.url} (client id {args.client_id})", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
