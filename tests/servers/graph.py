"""A local Graph API server (``graph.instagram.com`` and ``graph.facebook.com``).

Meta publishes no OpenAPI description; every shape here is read from Meta's
documented examples and field tables and listed, with its page, in
``graph_shapes.json``; every answer is checked against it (``violations``).
It implements what Desktop Inbox uses, with the rules that matter to a
client: cursor paging (``paging.cursors`` and ``paging.next``, at most
``page_cap`` per page), message details for the 20 newest messages of a
conversation only, Requests-folder conversations idle for 30 days left out,
the 24-hour messaging window (7 days with ``HUMAN_AGENT`` when the app has
the feature), one private reply per comment within 7 days, Standard Access
refusing people without a role, the usage headers, throttling, token expiry
and ``refresh_access_token`` (only for tokens a day old or more), and the
error codes 190, 4/32/80002/80006, 10 + 2018278, 200, 551 and 100. Time
comes from an injectable clock.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

from desktop_inbox.demo.httpbase import JsonServer, Request, Response
from tests.servers import graph_check
from tests.servers.graph_world import (
    INSTAGRAM,
    MESSENGER,
    Business,
    Comment,
    GraphWorld,
    Token,
    graph_time,
    parse_fields,
)

V = r"/v\d+\.\d+"
OWNER = r"(?P<owner>me|[0-9]+)"
WINDOW = timedelta(hours=24)
HUMAN_AGENT_WINDOW = timedelta(days=7)
PRIVATE_REPLY_WINDOW = timedelta(days=7)
REQUESTS_IDLE = timedelta(days=30)
MIN_REFRESH_AGE = timedelta(hours=24)


def graph_error(code: int, message: str, *, subcode: int | None = None, status: int = 400,
                kind: str = "OAuthException") -> Response:
    error: dict[str, Any] = {"message": message, "type": kind, "code": code, "fbtrace_id": "AbCdEfGhIjK"}
    if subcode is not None:
        error["error_subcode"] = subcode
    return Response(status, {"error": error})


def _cursor(offset: int) -> str:
    return base64.b64encode(f"cursor:{offset}".encode()).decode()


def _offset(cursor: str | None) -> int | None:
    if not cursor:
        return 0
    try:
        text = base64.b64decode(cursor, validate=True).decode()
    except ValueError:
        return None
    return int(text[7:]) if text.startswith("cursor:") and text[7:].isdigit() else None


class GraphServer(JsonServer):
    name = "graph"

    def __init__(self, *, host: str = "127.0.0.1", port: int = 0, clock: Callable[[], datetime] | None = None,
                 page_cap: int = 25) -> None:
        super().__init__(host=host, port=port)
        self.clock = clock or (lambda: datetime.now(UTC))
        self.world = GraphWorld(self.clock)
        self.page_cap = page_cap
        self.details_cap = 20
        self.advanced_access = True
        self.standard_blocks_instagram = False  # Meta does not say; a test may turn it on
        self.human_agent = False  # the app has the Human Agent feature
        self.usage_percent: int | None = None
        self.usage_regain_minutes = 0
        self.usage_after_calls = 0
        self.refresh_revokes_old = True
        self.calls = 0
        self.refreshes = 0
        self.sent: list[Any] = []  # messages sent through the Send API
        self.posted: list[Comment] = []  # comments posted through the API
        self.private_replies: dict[str, str] = {}  # comment id -> message id
        self.mention_replies: list[tuple[str, str]] = []  # (media id, text)
        self.scripted: list[tuple[str, str, Response]] = []
        self.violations: list[str] = []
        r = self.route
        r("GET", r"/refresh_access_token", self.h_refresh)
        r("GET", rf"{V}/me", self.h_me)
        r("GET", rf"{V}/{OWNER}/conversations", self.h_conversations)
        r("GET", rf"{V}/(?P<id>[A-Za-z0-9_=-]+)/messages", self.h_messages)
        r("POST", rf"{V}/{OWNER}/messages", self.h_send)
        r("GET", rf"{V}/{OWNER}/media", self.h_media)
        r("GET", rf"{V}/{OWNER}/posts", self.h_posts)
        r("GET", rf"{V}/{OWNER}/tags", self.h_tags)
        r("POST", rf"{V}/(?P<owner>[0-9]+)/mentions", self.h_mention_reply)
        r("GET", rf"{V}/(?P<id>[0-9_]+)/comments", self.h_comments)
        r("POST", rf"{V}/(?P<id>[0-9_]+)/comments", self.h_fb_reply)
        r("GET", rf"{V}/(?P<id>[0-9]+)/replies", self.h_replies)
        r("POST", rf"{V}/(?P<id>[0-9]+)/replies", self.h_ig_reply)
        # Meta's CDN (lookaside.fbsbx.com, scontent.cdninstagram.com), here.
        self.files: dict[str, tuple[bytes, str]] = {}
        r("GET", r"/cdn/(?P<name>[A-Za-z0-9_.-]+)", self.h_file)

    def add_file(self, data: bytes, content_type: str = "image/jpeg") -> str:
        """A file on the CDN; its URL (for a message's ``image_data.url``)."""
        name = f"f{len(self.files) + 1}_{abs(hash(data)) % 10**8}"
        self.files[name] = (data, content_type)
        return f"{self.url}/cdn/{name}"

    def h_file(self, request: Request) -> Response:
        assert request.match is not None
        found = self.files.get(request.match["name"])
        if found is None:
            return Response(404, {"error": {"message": "not found", "code": 100}})
        return Response(200, raw=found[0], content_type=found[1])

    # -- plumbing ---------------------------------------------------------------------

    def answer_next(self, method: str, path: str, response: Response) -> None:
        with self.lock:
            self.scripted.append((method, path, response))

    def error_body(self, status: int) -> Any:
        return {"error": {"message": "An unexpected error has occurred. Please retry your request later.",
                          "type": "OAuthException", "code": 2, "fbtrace_id": "AbCdEfGhIjK"}}

    def dispatch(self, request: Request) -> Response:
        with self.lock:
            scripted = next((s for s in self.scripted if s[0] == request.method and re.fullmatch(s[1], request.path)),
                            None)
            if scripted is not None:
                self.scripted.remove(scripted)
                return scripted[2]
        response = super().dispatch(request)
        if response.status >= 400 and isinstance(response.body, dict):
            self._check("error", response.body)
        return response

    def _check(self, shape: str, body: Any) -> None:
        found = graph_check.check(shape, body)
        if found:
            with self.lock:
                self.violations.extend(found)

    def decorate(self, request: Request, response: Response) -> None:
        token: Token | None = getattr(request, "token", None)
        if token is None or self.usage_percent is None or self.calls < self.usage_after_calls:
            return
        p = self.usage_percent
        kind = "instagram" if token.kind == INSTAGRAM else "messenger"
        buc = {token.subject: [{"type": kind, "call_count": p, "total_cputime": p // 2, "total_time": p // 2,
                                "estimated_time_to_regain_access": self.usage_regain_minutes}]}
        app = {"call_count": p // 2, "total_cputime": p // 4, "total_time": p // 4}
        self._check("usage_buc", buc)
        self._check("usage_app", app)
        response.headers["X-Business-Use-Case-Usage"] = json.dumps(buc)
        response.headers["X-App-Usage"] = json.dumps(app)

    def _auth(self, request: Request, owner: str | None = None) -> Token | Response:
        value = request.bearer or request.arg("access_token") or ""
        token = self.world.tokens.get(value)
        if token is None:
            return graph_error(190, "Invalid OAuth access token - Cannot parse access token")
        now = self.clock()
        if token.expires_at is not None and token.expires_at <= now:
            return graph_error(190, f"Error validating access token: Session has expired on {graph_time(token.expires_at)}.",
                               subcode=463)
        if owner not in (None, "me", token.subject):
            return graph_error(100, f"Unsupported get request. Object with ID '{owner}' does not exist, cannot be "
                               "loaded due to missing permissions, or does not support this operation", kind="GraphMethodException")
        self.calls += 1
        request.token = token  # type: ignore[attr-defined]
        if self.usage_percent is not None and self.usage_percent >= 100:
            code, what = (80002, "Instagram account") if token.kind == INSTAGRAM else (32, "Page")
            return graph_error(code, f"There have been too many calls to this {what}. Wait a bit and try again.")
        return token

    def _owned(self, request: Request) -> tuple[Token, dict[str, Any]] | Response:
        """The token of the path's owner (``me`` or its id) and the fields asked for."""
        token = self._auth(request, request.match.groupdict().get("owner") if request.match else None)
        return token if isinstance(token, Response) else (token, parse_fields(request.arg("fields")))

    def _business(self, token: Token) -> Business:
        return self.world.businesses[token.subject]

    def _page(self, request: Request, items: list[Any], render: Callable[[Any], dict[str, Any]], shape: str,
              extra: dict[str, Any] | None = None) -> Response:
        offset = _offset(request.arg("after"))
        if offset is None:
            return graph_error(100, "Invalid parameter: the cursor is not valid", kind="GraphMethodException")
        try:
            limit = max(1, min(int(request.arg("limit") or 25), self.page_cap))
        except ValueError:
            return graph_error(100, "(#100) Param limit must be a number")
        page = items[offset: offset + limit]
        body: dict[str, Any] = {"data": [render(i) for i in page], **(extra or {})}
        if page:
            query = {k: v[0] for k, v in request.query.items() if k != "after"}
            paging: dict[str, Any] = {"cursors": {"before": _cursor(offset), "after": _cursor(offset + len(page))}}
            if offset + len(page) < len(items):
                paging["next"] = f"{self.url}{request.path}?{urlencode({**query, 'after': _cursor(offset + len(page))})}"
            if offset:
                paging["previous"] = f"{self.url}{request.path}?{urlencode({**query, 'before': _cursor(offset)})}"
            body["paging"] = paging
        self._check(shape, body)
        return Response(200, body)

    # -- tokens and accounts ----------------------------------------------------------

    def h_refresh(self, request: Request) -> Response:
        """``GET /refresh_access_token?grant_type=ig_refresh_token&access_token=…``."""
        if request.arg("grant_type") != "ig_refresh_token":
            return graph_error(100, "Unsupported grant_type")
        token = self._auth(request)
        if isinstance(token, Response):
            return token
        if token.kind != INSTAGRAM:
            return graph_error(100, "Only Instagram User access tokens can be refreshed this way")
        if self.clock() - token.issued_at < MIN_REFRESH_AGE:
            # Meta documents the rule (24 hours old), not the error: this wording is ours.
            return graph_error(100, "The access token must be at least 24 hours old to be refreshed")
        old = request.arg("access_token") or request.bearer or ""
        new = self.world.issue_token(self._business(token))
        if self.refresh_revokes_old:
            self.world.tokens.pop(old, None)
        self.refreshes += 1
        body = {"access_token": new, "token_type": "bearer", "expires_in": int(timedelta(days=60).total_seconds())}
        self._check("refresh", body)
        return Response(200, body)

    def h_me(self, request: Request) -> Response:
        owned = self._owned(request)
        if isinstance(owned, Response):
            return owned
        token, fields = owned
        business = self._business(token)
        if token.kind == INSTAGRAM:
            values = {"user_id": business.id, "username": business.name, "name": business.name.title(),
                      "profile_picture_url": f"https://scontent.cdninstagram.com/{business.id}.jpg",
                      "account_type": "BUSINESS"}
            body = {"id": business.app_scoped_id, **{k: v for k, v in values.items() if k in fields}}
            self._check("ig_me", body)
        else:
            body = {"id": business.id, **({"name": business.name} if "name" in fields else {})}
            self._check("page_me", body)
        return Response(200, body)

    # -- conversations ---------------------------------------------------------------------

    def h_conversations(self, request: Request) -> Response:
        owned = self._owned(request)
        if isinstance(owned, Response):
            return owned
        token, fields = owned
        platform = request.arg("platform")
        if platform != (INSTAGRAM if token.kind == INSTAGRAM else MESSENGER):
            return graph_error(100, "(#100) The platform parameter must be instagram or messenger for this account")
        now = self.clock()
        convs = [
            c for c in self.world.conversations.values()
            if c.business_id == token.subject and c.messages
            # Requests-folder conversations idle for 30 days are not returned.
            and (c.answered() or now - c.updated <= REQUESTS_IDLE)
        ]
        user_id = request.arg("user_id")
        if user_id:
            convs = [c for c in convs if c.customer_id == user_id]
        convs.sort(key=lambda c: (c.updated, c.id), reverse=True)

        def render(conv: Any) -> dict[str, Any]:
            out = {"id": conv.id}
            if "updated_time" in fields:
                out["updated_time"] = graph_time(conv.updated)
            return out

        return self._page(request, convs, render, "conversations")

    def h_messages(self, request: Request) -> Response:
        token = self._auth(request)
        if isinstance(token, Response):
            return token
        assert request.match is not None
        conv = self.world.conversations.get(request.match["id"])
        if conv is None or conv.business_id != token.subject:
            return graph_error(100, "(#100) Unsupported get request", kind="GraphMethodException")
        fields = set(parse_fields(request.arg("fields"))) or {"id", "created_time"}
        newest_first = sorted(conv.messages, key=lambda m: m.created_at, reverse=True)
        offset = _offset(request.arg("after")) or 0
        limit = max(1, min(int(request.arg("limit") or 25), self.page_cap))
        if fields - {"id", "created_time"} and offset + limit > self.details_cap and len(newest_first) > self.details_cap:
            # Details exist only for the 20 newest; older ones answer as deleted.
            return graph_error(100, "(#100) This message has been deleted or is older than the 20 most recent",
                               subcode=2534022, kind="GraphMethodException")
        return self._page(request, newest_first, lambda m: self.world.render_message(m, fields), "messages")

    def h_send(self, request: Request) -> Response:
        token = self._auth(request, request.match["owner"] if request.match else None)
        if isinstance(token, Response):
            return token
        business = self._business(token)
        try:
            body = request.json()
            recipient = body.get("recipient")
            message = body.get("message")
            if isinstance(recipient, str):
                recipient, message = json.loads(recipient), json.loads(message)
        except (ValueError, TypeError):
            return graph_error(100, "(#100) Invalid JSON for postcard")
        text = message.get("text") if isinstance(message, dict) else None
        if not isinstance(recipient, dict) or not isinstance(text, str) or not text:
            return graph_error(100, "(#100) The parameter recipient and message[text] are required")
        if business.platform == INSTAGRAM and len(text.encode()) > 1000:
            return graph_error(100, "(#100) Length of param message[text] must be less than or equal to 1000")
        if business.platform == MESSENGER and len(text) > 2000:
            return graph_error(100, "(#100) Length of param message[text] must be less than or equal to 2000")
        kind = body.get("messaging_type")
        if business.platform == MESSENGER and kind not in ("RESPONSE", "UPDATE", "MESSAGE_TAG"):
            return graph_error(100, "(#100) The parameter messaging_type is required")
        now = self.clock()
        if "comment_id" in recipient:
            return self._private_reply(business, str(recipient["comment_id"]), text, now)
        customer = self.world.customers.get(str(recipient.get("id")))
        if customer is None or customer.platform != business.platform:
            return graph_error(100, "(#100) No matching user found", subcode=2018001)
        refusal = self._may_message(business, customer)
        if refusal is not None:
            return refusal
        conv = self.world.conversation(business, customer)
        last_in = max((m.created_at for m in conv.messages if m.sender_id == customer.id), default=None)
        tagged = body.get("tag") == "HUMAN_AGENT"
        allowed = HUMAN_AGENT_WINDOW if tagged and self.human_agent else WINDOW
        if last_in is None or now - last_in > allowed:
            return graph_error(10, "(#10) This message is sent outside of allowed window.", subcode=2018278)
        sent = self.world.message(business, customer, text, at=now)
        self.sent.append(sent)
        return self._sent(customer.id, sent.id)

    def _may_message(self, business: Business, customer: Any) -> Response | None:
        if customer.blocked:
            return graph_error(551, "This person isn't available right now.")
        standard_refuses = business.platform == MESSENGER or self.standard_blocks_instagram
        if not self.advanced_access and standard_refuses and not customer.has_role:
            # Wording as integrators report it (chatwoot/chatwoot#11578).
            return graph_error(200, "(#200) App does not have Advanced Access to this endpoint: the recipient user "
                               "does not have role on app")
        return None

    def _private_reply(self, business: Business, comment_id: str, text: str, now: datetime) -> Response:
        comment = self.world.comments.get(comment_id)
        media = self.world.media.get(comment.media_id) if comment else None
        if comment is None or media is None or media.business_id != business.id:
            return graph_error(100, "(#100) Invalid comment_id")
        if comment_id in self.private_replies:
            return graph_error(10, "(#10) This comment already has a private reply", subcode=2018108)
        if now - comment.created_at > PRIVATE_REPLY_WINDOW:
            return graph_error(10, "(#10) This message is sent outside of allowed window.", subcode=2018278)
        customer = self.world.customers[comment.author_id]
        refusal = self._may_message(business, customer)
        if refusal is not None:
            return refusal
        sent = self.world.message(business, customer, text, at=now)
        self.sent.append(sent)
        self.private_replies[comment_id] = sent.id
        return self._sent(customer.id, sent.id)

    def _sent(self, recipient_id: str, message_id: str) -> Response:
        body = {"recipient_id": recipient_id, "message_id": message_id}
        self._check("send_response", body)
        return Response(200, body)

    # -- media, comments, tags -------------------------------------------------------------

    def _media_of(self, token: Token) -> list[Any]:
        return sorted((m for m in self.world.media.values() if m.business_id == token.subject),
                      key=lambda m: m.created_at, reverse=True)

    def _count(self, media_id: str) -> int:
        return sum(1 for c in self.world.comments.values() if c.media_id == media_id)

    def h_media(self, request: Request) -> Response:
        owned = self._owned(request)
        if isinstance(owned, Response):
            return owned
        token, fields = owned

        def render(media: Any) -> dict[str, Any]:
            values = {"caption": media.caption, "timestamp": graph_time(media.created_at),
                      "permalink": media.permalink, "comments_count": self._count(media.id), "media_type": "IMAGE"}
            return {"id": media.id, **{k: v for k, v in values.items() if k in fields}}

        return self._page(request, self._media_of(token), render, "ig_media")

    def h_posts(self, request: Request) -> Response:
        owned = self._owned(request)
        if isinstance(owned, Response):
            return owned
        token, fields = owned

        def render(post: Any) -> dict[str, Any]:
            out: dict[str, Any] = {"id": post.id}
            values = {"message": post.caption, "created_time": graph_time(post.created_at),
                      "permalink_url": post.permalink}
            out.update({k: v for k, v in values.items() if k in fields})
            if "comments" in fields and "summary" in fields["comments"].get(".mods", ""):
                out["comments"] = {"data": [], "summary": {"total_count": self._count(post.id), "order": "chronological",
                                                           "can_comment": True}}
            return out

        return self._page(request, self._media_of(token), render, "fb_posts")

    def h_comments(self, request: Request) -> Response:
        owned = self._owned(request)
        if isinstance(owned, Response):
            return owned
        token, fields = owned
        assert request.match is not None
        object_id = request.match["id"]
        media = self.world.media.get(object_id)
        parent = self.world.comments.get(object_id)
        owner = media or (self.world.media.get(parent.media_id) if parent else None)
        if owner is None or owner.business_id != token.subject:
            return graph_error(100, "(#100) Unsupported get request", kind="GraphMethodException")
        if media is None:  # a Facebook comment's replies
            items = self.world.replies_of(object_id)
        elif media.platform == MESSENGER and request.arg("filter") == "stream":
            items = sorted((c for c in self.world.comments.values() if c.media_id == media.id), key=lambda c: c.created_at)
        else:
            items = sorted((c for c in self.world.comments.values() if c.media_id == media.id and not c.parent_id),
                           key=lambda c: c.created_at)
        platform = owner.platform

        def render(comment: Comment) -> dict[str, Any]:
            out = self.world.render_comment(comment, fields, platform)
            if "replies" in fields and platform == INSTAGRAM:
                replies = self.world.replies_of(comment.id)
                if replies:
                    shown = replies[: self.page_cap]
                    block: dict[str, Any] = {"data": [self.world.render_comment(r, fields["replies"], platform)
                                                      for r in shown]}
                    if len(replies) > len(shown):
                        block["paging"] = {"cursors": {"before": _cursor(0), "after": _cursor(len(shown))},
                                           "next": f"{self.url}/v25.0/{comment.id}/replies?after={_cursor(len(shown))}"}
                    out["replies"] = block
            return out

        return self._page(request, items, render, "ig_comments" if platform == INSTAGRAM else "fb_comments")

    def h_replies(self, request: Request) -> Response:
        owned = self._owned(request)
        if isinstance(owned, Response):
            return owned
        token, fields = owned
        assert request.match is not None
        comment = self.world.comments.get(request.match["id"])
        media = self.world.media.get(comment.media_id) if comment else None
        if comment is None or media is None or media.business_id != token.subject:
            return graph_error(100, "(#100) Unsupported get request", kind="GraphMethodException")
        return self._page(request, self.world.replies_of(comment.id),
                          lambda c: self.world.render_comment(c, fields, INSTAGRAM), "ig_comments")

    def _reply(self, request: Request, platform: str) -> Response:
        token = self._auth(request)
        if isinstance(token, Response):
            return token
        assert request.match is not None
        comment = self.world.comments.get(request.match["id"])
        media = self.world.media.get(comment.media_id) if comment else None
        if comment is None or media is None or media.business_id != token.subject or media.platform != platform:
            return graph_error(100, "(#100) Unsupported post request", kind="GraphMethodException")
        if comment.hidden:
            return graph_error(100, "(#100) You cannot reply to a hidden comment")
        text = request.arg("message") or request.json().get("message")
        if not isinstance(text, str) or not text.strip():
            return graph_error(100, "(#100) The parameter message is required")
        created = self.world.add_comment(media, self._business(token), text, parent=comment, at=self.clock())
        self.posted.append(created)
        body = {"id": created.id}
        self._check("created", body)
        return Response(200, body)

    def h_ig_reply(self, request: Request) -> Response:
        return self._reply(request, INSTAGRAM)

    def h_fb_reply(self, request: Request) -> Response:
        return self._reply(request, MESSENGER)

    def h_tags(self, request: Request) -> Response:
        owned = self._owned(request)
        if isinstance(owned, Response):
            return owned
        token, fields = owned
        tags = sorted((t for t in self.world.tagged if t.business_id == token.subject), key=lambda t: t.created_at,
                      reverse=True)

        def render(tag: Any) -> dict[str, Any]:
            values = {"caption": tag.caption, "timestamp": graph_time(tag.created_at), "username": tag.owner_username,
                      "permalink": f"https://www.instagram.com/p/{tag.id}/", "media_type": "IMAGE"}
            return {"id": tag.id, **{k: v for k, v in values.items() if k in fields}}

        return self._page(request, tags, render, "ig_tags")

    def h_mention_reply(self, request: Request) -> Response:
        token = self._auth(request, request.match["owner"] if request.match else None)
        if isinstance(token, Response):
            return token
        media_id = request.arg("media_id") or request.json().get("media_id")
        text = request.arg("message") or request.json().get("message")
        if not any(t.id == media_id and t.business_id == token.subject for t in self.world.tagged) or not text:
            return graph_error(100, "(#100) Invalid media_id")
        self.mention_replies.append((media_id, text))
        body = {"id": self.world._number(17950000000000000)}
        self._check("created", body)
        return Response(200, body)
