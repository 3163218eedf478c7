"""A Mastodon-compatible server for tests, the demo and the benchmarks.

It implements the endpoints Desktop Inbox (and Mastodon.py) use, with the
real shapes: OAuth app registration, authorisation code with PKCE, tokens,
notifications with ``types[]``/``min_id``/``max_id``/``since_id``/Link headers
and the 4.3 filtering of private mentions from strangers, conversations,
thread context, posting with ``Idempotency-Key``, hashtag timelines and
full-text search (``mastodon_listening``), rate limits as Mastodon
applies them (300 requests per 5 minutes per token, ``X-RateLimit-*`` headers
with an ISO 8601 reset time, then 429 "Too many requests"). Pages hold what
Mastodon's own limits allow (notifications 40 by default, at most 80;
statuses and conversations 20, at most 40); ``page_cap`` makes them smaller,
as other Mastodon-compatible servers do. Run it alone with
``python -m desktop_inbox.demo``.
"""

from __future__ import annotations

import bisect
import itertools
import re
import secrets
import time
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

from desktop_inbox.demo.httpbase import JsonServer, Request, Response
from desktop_inbox.demo.mastodon_json import JsonShapes
from desktop_inbox.demo.mastodon_listening import ListeningRoutes
from desktop_inbox.demo.mastodon_media import MediaRoutes, media_configuration
from desktop_inbox.demo.mastodon_model import (
    Account,
    App,
    Grant,
    Notification,
    Status,
    id_order,
    iso_time,
    numeric_id,
    status_length,
)
from desktop_inbox.demo.mastodon_oauth import OAuthRoutes

__all__ = ["Account", "App", "Grant", "MastodonServer", "Notification", "Status"]

MAX_CHARACTERS = 500
RATE_LIMIT = 300
RATE_WINDOW = timedelta(minutes=5)


class MastodonServer(MediaRoutes, OAuthRoutes, JsonShapes, ListeningRoutes, JsonServer):
    name = "mastodon"

    def __init__(self, *, host: str = "127.0.0.1", port: int = 0, domain: str | None = None) -> None:
        super().__init__(host=host, port=port)
        self.domain = domain
        self.accounts: dict[str, Account] = {}
        self.statuses: dict[str, Status] = {}
        self.notifications: list[Notification] = []  # ascending ids
        # Indexes, so that paging stays fast with a hundred thousand items
        # (the benchmarks): per recipient notifications and their numeric ids,
        # accounts by name, statuses by author, replies by parent.
        self._inbox: dict[str, list[Notification]] = {}
        self._inbox_ids: dict[str, list[int]] = {}
        self._by_name: dict[str, Account] = {}
        self._by_author: dict[str, list[Status]] = {}
        self._children: dict[str, list[Status]] = {}
        self._direct: list[Status] = []
        self.apps: dict[str, App] = {}
        self.grants: dict[str, Grant] = {}
        self.tokens: dict[str, str] = {}  # token -> account id
        self.idempotency: dict[tuple[str, str], tuple[str, float]] = {}
        self.rate_used: dict[str, tuple[datetime, int]] = {}
        self.authorize_as: str | None = None  # who "signs in" at /oauth/authorize
        self.posts_received: list[Status] = []  # every status created through the API
        self._ids = itertools.count(int(time.time() * 1000) << 16)
        self._nids = itertools.count(1000)
        self.max_characters = MAX_CHARACTERS
        self.rate_limit = RATE_LIMIT
        # Every list page holds at most this many items (None: Mastodon's own maxima).
        self.page_cap: int | None = None
        self.rate_limited: list[str] = []  # paths of every 429 sent
        self._register_routes()
        self._init_media()

    # -- state helpers used by tests and the demo ----------------------------

    @property
    def host_name(self) -> str:
        return self.domain or f"{self.host}:{self.port}"

    def add_account(
        self, username: str, display_name: str = "", *, created_at: datetime | None = None, domain: str | None = None
    ) -> Account:
        with self.lock:
            account = Account(
                str(next(self._ids)), username, display_name or username, created_at or datetime.now(UTC), domain=domain
            )
            self.accounts[account.id] = account
            self._by_name.setdefault(username, account)
            return account

    def account_by_name(self, username: str) -> Account:
        account = self._by_name.get(username)
        if account is not None:
            return account
        for account in self.accounts.values():
            if account.username == username:
                return account
        raise KeyError(username)

    def issue_token(self, account: Account) -> str:
        with self.lock:
            token = secrets.token_urlsafe(32)
            self.tokens[token] = account.id
            return token

    def revoke_tokens(self, account: Account) -> None:
        with self.lock:
            for token in [t for t, a in self.tokens.items() if a == account.id]:
                del self.tokens[token]

    def post(
        self,
        author: Account,
        text: str,
        *,
        visibility: str = "public",
        in_reply_to: Status | str | None = None,
        created_at: datetime | None = None,
        raw_html: str | None = None,
        media: list[dict[str, Any]] | None = None,
        language: str | None = None,
    ) -> Status:
        """Create a status as ``author`` (notifying everyone it mentions)."""
        with self.lock:
            reply_id = in_reply_to.id if isinstance(in_reply_to, Status) else in_reply_to
            mentioned = self._mentioned_ids(text)
            status = Status(
                id=str(next(self._ids)),
                account_id=author.id,
                text=text,
                visibility=visibility,
                created_at=created_at or datetime.now(UTC),
                in_reply_to_id=reply_id,
                mentions=mentioned,
                html=raw_html,
                media=media or [],
                language=language,
            )
            self.statuses[status.id] = status
            self._by_author.setdefault(author.id, []).append(status)
            if reply_id:
                self._children.setdefault(reply_id, []).append(status)
            if visibility == "direct":
                self._direct.append(status)
            for account_id in mentioned:
                if account_id == author.id:
                    continue
                recipient = self.accounts[account_id]
                filtered = visibility == "direct" and author.id not in recipient.follows
                self._notify(
                    Notification(
                        id=str(next(self._nids)),
                        account_id=account_id,
                        type="mention",
                        from_account_id=author.id,
                        status_id=status.id,
                        created_at=status.created_at,
                        filtered=filtered,
                    )
                )
            return status

    def add_notification(self, recipient: Account, type_: str, from_account: Account) -> None:
        with self.lock:
            self._notify(Notification(str(next(self._nids)), recipient.id, type_, from_account.id, None, datetime.now(UTC)))

    def _notify(self, notification: Notification) -> None:
        self.notifications.append(notification)
        self._inbox.setdefault(notification.account_id, []).append(notification)
        self._inbox_ids.setdefault(notification.account_id, []).append(int(notification.id))

    def replies_by(self, account: Account) -> list[Status]:
        with self.lock:
            return [s for s in self.posts_received if s.account_id == account.id]

    def _mentioned_ids(self, text: str) -> list[str]:
        ids = []
        for match in re.finditer(r"(?<![\w/])@([A-Za-z0-9_]+)(?:@([\w.:-]+))?", text):
            try:
                ids.append(self.account_by_name(match.group(1)).id)
            except KeyError:
                continue
        return list(dict.fromkeys(ids))

    # -- HTTP plumbing -----------------------------------------------------------

    def dispatch(self, request: Request) -> Response:
        """Count the request against its token's 5-minute budget; 429 when spent."""
        token = request.bearer
        if not token or not request.path.startswith("/api/"):
            return super().dispatch(request)
        now = datetime.now(UTC)
        with self.lock:
            start, used = self.rate_used.get(token, (now, 0))
            if now - start >= RATE_WINDOW:
                start, used = now, 0
            if used >= self.rate_limit:
                self.rate_limited.append(request.path)
                response = Response(429, self.error_body(429))
            else:
                used += 1
                self.rate_used[token] = (start, used)
                response = None
        request.rate = (used, start)  # type: ignore[attr-defined]
        return response or super().dispatch(request)

    def decorate(self, request: Request, response: Response) -> None:
        rate = getattr(request, "rate", None)
        if rate is None:
            return
        used, start = rate
        response.headers["X-RateLimit-Limit"] = str(self.rate_limit)
        response.headers["X-RateLimit-Remaining"] = str(max(0, self.rate_limit - used))
        response.headers["X-RateLimit-Reset"] = (start + RATE_WINDOW).isoformat(timespec="microseconds").replace("+00:00", "Z")

    def _limit(self, request: Request, default: int, maximum: int) -> int:
        """The page size: what was asked, within Mastodon's maximum and ``page_cap``."""
        try:
            asked = int(request.arg("limit") or default)
        except ValueError:
            asked = default
        cap = min(maximum, self.page_cap) if self.page_cap else maximum
        return max(1, min(asked, cap))

    def error_body(self, status: int) -> Any:
        if status == 429:
            return {"error": "Too many requests"}
        if status == 401:
            return {"error": "The access token is invalid"}
        return super().error_body(status)

    def _viewer(self, request: Request) -> Account | Response:
        token = request.bearer
        account_id = self.tokens.get(token or "")
        if account_id is None:
            return Response(401, {"error": "The access token is invalid"})
        return self.accounts[account_id]

    def _can_see(self, viewer: Account, status: Status) -> bool:
        if status.visibility in ("public", "unlisted"):
            return True
        return status.account_id == viewer.id or viewer.id in status.mentions or status.visibility == "private"

    def _register_routes(self) -> None:
        r = self.route
        r("GET", r"/api/v2/instance", self.h_instance_v2)
        r("GET", r"/api/v1/instance", self.h_instance_v1)
        r("GET", r"/\.well-known/oauth-authorization-server", self.h_oauth_metadata)
        r("POST", r"/api/v1/apps", self.h_apps)
        r("GET", r"/oauth/authorize", self.h_authorize)
        r("POST", r"/oauth/token", self.h_token)
        r("POST", r"/oauth/revoke", self.h_revoke)
        r("GET", r"/api/v1/accounts/verify_credentials", self.h_verify)
        r("GET", r"/api/v1/accounts/(?P<id>[^/]+)/statuses", self.h_account_statuses)
        r("GET", r"/api/v1/notifications", self.h_notifications)
        r("GET", r"/api/v1/notifications/requests", self.h_notification_requests)
        r("GET", r"/api/v1/conversations", self.h_conversations)
        r("GET", r"/api/v1/statuses/(?P<id>[^/]+)/context", self.h_context)
        r("GET", r"/api/v1/statuses/(?P<id>[^/]+)", self.h_status)
        r("POST", r"/api/v1/statuses", self.h_post_status)
        r("GET", r"/api/v1/timelines/tag/(?P<hashtag>[^/]+)", self.h_tag_timeline)
        r("GET", r"/api/v2/search", self.h_search)

    # -- handlers ----------------------------------------------------------------

    def h_instance_v2(self, request: Request) -> Response:
        return Response(
            200,
            {
                "domain": self.host_name,
                "title": "Desktop Inbox test server",
                "version": "4.3.0",
                "source_url": "https://github.com/mastodon/mastodon",
                "description": "A local Mastodon-compatible server for tests and the demo.",
                "usage": {"users": {"active_month": len(self.accounts)}},
                "configuration": {
                    "urls": {"streaming": self.url.replace("http", "ws", 1)},
                    "accounts": {"max_featured_tags": 10, "max_pinned_statuses": 5},
                    "statuses": {
                        "max_characters": self.max_characters,
                        "max_media_attachments": 4,
                        "characters_reserved_per_url": 23,
                    },
                    "media_attachments": media_configuration(self.image_size_limit),
                },
                "registrations": {"enabled": False, "approval_required": False, "message": None},
                "api_versions": {"mastodon": 2},
                "contact": {"email": "", "account": None},
                "rules": [],
            },
        )

    def h_instance_v1(self, request: Request) -> Response:
        return Response(
            200,
            {
                "uri": self.host_name,
                "title": "Desktop Inbox test server",
                "version": "4.3.0",
                "urls": {"streaming_api": self.url.replace("http", "ws", 1)},
                "configuration": {
                    "statuses": {"max_characters": self.max_characters, "characters_reserved_per_url": 23},
                    "media_attachments": media_configuration(self.image_size_limit),
                },
            },
        )

    def h_verify(self, request: Request) -> Response:
        viewer = self._viewer(request)
        if isinstance(viewer, Response):
            return viewer
        data = self.account_json(viewer)
        data["source"] = {"privacy": "public", "sensitive": False, "language": "", "note": "", "fields": []}
        return Response(200, data)

    def h_account_statuses(self, request: Request) -> Response:
        viewer = self._viewer(request)
        if isinstance(viewer, Response):
            return viewer
        assert request.match is not None
        account_id = request.match["id"]
        if account_id not in self.accounts:
            return Response(404, {"error": "Record not found"})
        limit = self._limit(request, 20, 40)
        # Ids grow with time, so each author's list is already in order.
        items = [s for s in self._by_author.get(account_id, ()) if self._can_see(viewer, s)]
        page, headers = self._page(request, items, lambda s: s.id, limit, f"/api/v1/accounts/{account_id}/statuses")
        return Response(200, [self.status_json(s) for s in page], headers=headers)

    def _page(self, request: Request, items: list[Any], key: Any, limit: int, path: str) -> tuple[list[Any], dict[str, str]]:
        """Mastodon's id paging over ``items`` (ascending by ``key``)."""
        max_id, since_id, min_id = request.arg("max_id"), request.arg("since_id"), request.arg("min_id")
        if max_id:
            items = [i for i in items if id_order(key(i)) < id_order(max_id)]
        if since_id:
            items = [i for i in items if id_order(key(i)) > id_order(since_id)]
        if min_id:
            items = [i for i in items if id_order(key(i)) > id_order(min_id)]
            page = items[:limit]  # adjacent to min_id
        else:
            page = items[-limit:] if limit else []
        page = list(reversed(page))
        headers = {}
        if page:
            keep = [(k, v) for k, values in request.query.items() if k not in ("max_id", "min_id", "since_id") for v in values]
            next_q = urlencode([*keep, ("max_id", key(page[-1]))])
            prev_q = urlencode([*keep, ("min_id", key(page[0]))])
            headers["Link"] = f'<{self.url}{path}?{next_q}>; rel="next", <{self.url}{path}?{prev_q}>; rel="prev"'
        return page, headers

    def h_notifications(self, request: Request) -> Response:
        viewer = self._viewer(request)
        if isinstance(viewer, Response):
            return viewer
        types = set(request.args("types"))
        exclude = set(request.args("exclude_types"))
        include_filtered = (request.arg("include_filtered") or "").lower() in ("true", "1")
        limit = self._limit(request, 40, 80)

        def wanted(n: Notification) -> bool:
            return (not types or n.type in types) and n.type not in exclude and (include_filtered or not n.filtered)

        page, headers = self._notification_page(request, viewer, wanted, limit)
        return Response(200, [self.notification_json(n) for n in page], headers=headers)

    def _notification_page(
        self, request: Request, viewer: Account, wanted: Any, limit: int
    ) -> tuple[list[Notification], dict[str, str]]:
        """``_page`` for notifications, by bisecting the recipient's ids.

        Same answers as filtering the whole list, in O(log n + page) instead
        of O(n): the benchmarks page through 100,000 mentions.
        """
        items = self._inbox.get(viewer.id, [])
        ids = self._inbox_ids.get(viewer.id, [])
        lo, hi = 0, len(items)
        max_id, since_id, min_id = request.arg("max_id"), request.arg("since_id"), request.arg("min_id")
        if max_id:
            hi = min(hi, bisect.bisect_left(ids, numeric_id(max_id)))
        if since_id:
            lo = max(lo, bisect.bisect_right(ids, numeric_id(since_id)))
        if min_id:
            lo = max(lo, bisect.bisect_right(ids, numeric_id(min_id)))
        page: list[Notification] = []
        if min_id:  # the page adjacent to min_id, oldest first
            index = lo
            while index < hi and len(page) < limit:
                if wanted(items[index]):
                    page.append(items[index])
                index += 1
            page.reverse()
        else:  # the newest page below max_id
            index = hi - 1
            while index >= lo and len(page) < limit:
                if wanted(items[index]):
                    page.append(items[index])
                index -= 1
        headers = {}
        if page:
            keep = [(k, v) for k, values in request.query.items() if k not in ("max_id", "min_id", "since_id") for v in values]
            path = "/api/v1/notifications"
            next_q = urlencode([*keep, ("max_id", page[-1].id)])
            prev_q = urlencode([*keep, ("min_id", page[0].id)])
            headers["Link"] = f'<{self.url}{path}?{next_q}>; rel="next", <{self.url}{path}?{prev_q}>; rel="prev"'
        return page, headers

    def h_notification_requests(self, request: Request) -> Response:
        viewer = self._viewer(request)
        if isinstance(viewer, Response):
            return viewer
        by_sender: dict[str, list[Notification]] = {}
        for n in self.notifications:
            if n.account_id == viewer.id and n.filtered:
                by_sender.setdefault(n.from_account_id, []).append(n)
        out = [
            {
                "id": sender,
                "created_at": iso_time(ns[0].created_at),
                "updated_at": iso_time(ns[-1].created_at),
                "account": self.account_json(self.accounts[sender]),
                "notifications_count": str(len(ns)),
                "last_status": self.status_json(self.statuses[ns[-1].status_id]) if ns[-1].status_id else None,
            }
            for sender, ns in by_sender.items()
        ]
        return Response(200, out)

    def h_conversations(self, request: Request) -> Response:
        viewer = self._viewer(request)
        if isinstance(viewer, Response):
            return viewer
        groups: dict[frozenset[str], Status] = {}
        for status in self._direct:  # in id order already
            if not self._can_see(viewer, status):
                continue
            participants = frozenset({status.account_id, *status.mentions}) - {viewer.id}
            groups[participants] = status
        convs = sorted(groups.items(), key=lambda kv: id_order(kv[1].id))
        limit = self._limit(request, 20, 40)
        page, headers = self._page(request, convs, lambda kv: kv[1].id, limit, "/api/v1/conversations")
        return Response(
            200,
            [
                {
                    "id": last.id,
                    "unread": False,
                    "accounts": [self.account_json(self.accounts[a]) for a in sorted(who)],
                    "last_status": self.status_json(last),
                }
                for who, last in page
            ],
            headers=headers,
        )

    def h_status(self, request: Request) -> Response:
        viewer = self._viewer(request)
        if isinstance(viewer, Response):
            return viewer
        assert request.match is not None
        status = self.statuses.get(request.match["id"])
        if status is None or not self._can_see(viewer, status):
            return Response(404, {"error": "Record not found"})
        return Response(200, self.status_json(status))

    def h_context(self, request: Request) -> Response:
        viewer = self._viewer(request)
        if isinstance(viewer, Response):
            return viewer
        assert request.match is not None
        status = self.statuses.get(request.match["id"])
        if status is None or not self._can_see(viewer, status):
            return Response(404, {"error": "Record not found"})
        ancestors: list[Status] = []
        parent_id = status.in_reply_to_id
        while parent_id and parent_id in self.statuses and len(ancestors) < 4096:
            parent = self.statuses[parent_id]
            if self._can_see(viewer, parent):
                ancestors.append(parent)
            parent_id = parent.in_reply_to_id
        ancestors.reverse()
        descendants: list[Status] = []
        queue = [status.id]
        while queue and len(descendants) < 4096:
            for child in self._children.get(queue.pop(0), []):  # in id order already
                if self._can_see(viewer, child):
                    descendants.append(child)
                queue.append(child.id)
        return Response(
            200,
            {"ancestors": [self.status_json(s) for s in ancestors], "descendants": [self.status_json(s) for s in descendants]},
        )

    def h_post_status(self, request: Request) -> Response:
        viewer = self._viewer(request)
        if isinstance(viewer, Response):
            return viewer
        key = request.headers.get("idempotency-key")
        now = time.time()
        if key:
            known = self.idempotency.get((viewer.id, key))
            if known and now - known[1] < 3600:
                return Response(200, self.status_json(self.statuses[known[0]]))
        body = request.json()
        text = body.get("status") or ""
        if not isinstance(text, str) or not text.strip():
            return Response(422, {"error": "Validation failed: Text can't be blank"})
        if status_length(text) > self.max_characters:
            return Response(422, {"error": f"Validation failed: Text character limit of {self.max_characters} exceeded"})
        visibility = body.get("visibility") or "public"
        if visibility not in ("public", "unlisted", "private", "direct"):
            return Response(422, {"error": "Validation failed: Visibility is not included in the list"})
        reply_id = body.get("in_reply_to_id")
        if reply_id and reply_id not in self.statuses:
            return Response(404, {"error": "Record not found"})
        media = self.attach_media(viewer.id, body.get("media_ids") or body.get("media_ids[]"))
        if isinstance(media, Response):
            return media
        status = self.post(viewer, text, visibility=visibility, in_reply_to=reply_id, media=media)
        for attached in media:
            self.media_files[attached["id"]].status_id = status.id
        status.idempotency_key = key
        self.posts_received.append(status)
        if key:
            self.idempotency[(viewer.id, key)] = (status.id, now)
        return Response(200, self.status_json(status))
