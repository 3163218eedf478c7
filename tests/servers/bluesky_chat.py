"""A local ``chat.bsky.convo`` service for tests and the demo.

Bluesky's chat service is not open source and the local Bluesky network
(``@atproto/dev-env``) has none, so this server implements the methods the
inbox uses from the lexicons (``chat/bsky/convo/*.json``): listConvos,
listConvoRequests, getConvo, getConvoForMembers, getMessages, sendMessage,
acceptConvo, updateRead and getLog, with requests (the recipient of a new
conversation sees it as ``request`` until accepting or answering), per-user
logs with a rev cursor, ``RateLimit-*`` headers with an epoch reset and, once
the budget is spent (3000 requests per 5 minutes, Bluesky's documented API
limit), 429 ``RateLimitExceeded``; XRPC error bodies. ``page_cap`` makes
every page (getLog's too) hold fewer items than asked, as a service may.
The tests validate its answers against the lexicons.

Callers authenticate with the access JWT their PDS issued (the DID is its
``sub``; an expired one gets ``ExpiredToken``); the JWT's signature is not
checked: this is a test double of a service, not a security boundary.
Run it alone with ``python -m tests.servers.bluesky_chat``.
"""

from __future__ import annotations

import argparse
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from desktop_inbox.connectors.bluesky import text as bluesky_text
from desktop_inbox.connectors.bluesky.xrpc import jwt_claims
from desktop_inbox.demo.httpbase import JsonServer, Request, Response

NS = "chat.bsky.convo"
RATE_LIMIT = 3000
RATE_WINDOW = 300  # seconds


@dataclass
class Message:
    id: str
    rev: str
    sender: str
    text: str
    sent_at: str
    facets: list[Any] | None = None


@dataclass
class Convo:
    id: str
    members: list[str]
    rev: str
    status: dict[str, str]  # did -> request | accepted
    messages: list[Message] = field(default_factory=list)
    last_read: dict[str, str] = field(default_factory=dict)  # did -> rev


class ChatError(Exception):
    def __init__(self, name: str, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.name, self.message, self.status = name, message, status


def _now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class BlueskyChatServer(JsonServer):
    name = "bluesky-chat"

    def __init__(self, *, host: str = "127.0.0.1", port: int = 0) -> None:
        super().__init__(host=host, port=port)
        self.profiles: dict[str, dict[str, Any]] = {}
        self.convos: dict[str, Convo] = {}
        self.logs: list[tuple[str, frozenset[str], dict[str, Any]]] = []  # (rev, visible to, entry)
        self.disabled: set[str] = set()  # DIDs that accept no messages
        self.proxy_headers: list[str | None] = []
        # Tokens expiring at or before this epoch second count as expired (clock skew).
        self.expired_until: float = 0
        self._budget: dict[str, tuple[float, int]] = {}
        self.rate_limit = RATE_LIMIT
        self.rate_limited: list[str] = []  # methods of every 429 sent
        self.page_cap: int | None = None  # None: as asked (getLog: 100)
        for method in ("listConvos", "listConvoRequests", "getConvo", "getConvoForMembers", "getMessages", "getLog"):
            self.route("GET", f"/xrpc/{NS}.{method}", self._xrpc(getattr(self, f"_{method}")))
        for method in ("sendMessage", "acceptConvo", "updateRead"):
            self.route("POST", f"/xrpc/{NS}.{method}", self._xrpc(getattr(self, f"_{method}")))

    # -- set-up for tests -------------------------------------------------------------

    def add_profile(self, did: str, handle: str, display_name: str = "") -> None:
        with self.lock:
            profile: dict[str, Any] = {"did": did, "handle": handle}
            if display_name:
                profile["displayName"] = display_name
            self.profiles[did] = profile

    def _rev(self) -> str:
        return bluesky_text.new_tid()

    # -- plumbing -----------------------------------------------------------------------

    def _xrpc(self, handler: Any) -> Any:
        def run(request: Request) -> Response:
            self.proxy_headers.append(request.headers.get("atproto-proxy"))
            try:
                self._spend(request)
                viewer = self._viewer(request)
                return Response(200, handler(request, viewer))
            except ChatError as exc:
                return Response(exc.status, {"error": exc.name, "message": exc.message})

        return run

    def _spend(self, request: Request) -> None:
        """Count the request against its caller's 5-minute budget."""
        who = request.bearer or request.headers.get("x-forwarded-for", "anon")
        now = time.time()
        with self.lock:
            start, used = self._budget.get(who, (now, 0))
            if now - start >= RATE_WINDOW:
                start, used = now, 0
            request.rate = (start, used)  # type: ignore[attr-defined]
            if used >= self.rate_limit:
                self.rate_limited.append(request.path.rsplit(".", 1)[-1])
                raise ChatError("RateLimitExceeded", "Rate Limit Exceeded", 429)
            self._budget[who] = (start, used + 1)
            request.rate = (start, used + 1)  # type: ignore[attr-defined]

    def _viewer(self, request: Request) -> str:
        token = request.bearer
        if not token:
            raise ChatError("AuthMissing", "Authentication Required", 401)
        claims = jwt_claims(token)
        did = claims.get("sub")
        if not isinstance(did, str) or not did.startswith("did:"):
            raise ChatError("InvalidToken", "Malformed token", 400)
        exp = claims.get("exp")
        if isinstance(exp, (int, float)) and (exp < time.time() or exp <= self.expired_until):
            raise ChatError("ExpiredToken", "Token has expired", 400)
        scope = claims.get("scope")
        if scope == "com.atproto.appPass":  # what the PDS says to unprivileged app passwords
            raise ChatError("InvalidToken", "Bad token method", 400)
        return did

    def error_body(self, status: int) -> Any:
        names = {429: "RateLimitExceeded", 500: "InternalServerError", 502: "UpstreamFailure", 401: "AuthMissing"}
        return {"error": names.get(status, "InvalidRequest"), "message": f"injected {status}"}

    def decorate(self, request: Request, response: Response) -> None:
        start, used = getattr(request, "rate", (time.time(), 0))
        response.headers.setdefault("RateLimit-Limit", str(self.rate_limit))
        response.headers.setdefault("RateLimit-Remaining", str(max(self.rate_limit - used, 0)))
        response.headers.setdefault("RateLimit-Reset", str(int(start + RATE_WINDOW)))
        response.headers.setdefault("RateLimit-Policy", f"{self.rate_limit};w={RATE_WINDOW}")

    # -- views ------------------------------------------------------------------------------

    def _profile(self, did: str) -> dict[str, Any]:
        return dict(self.profiles.get(did) or {"did": did, "handle": "handle.invalid"})

    @staticmethod
    def _message_view(m: Message) -> dict[str, Any]:
        view: dict[str, Any] = {
            "$type": f"{NS}.defs#messageView",
            "id": m.id,
            "rev": m.rev,
            "text": m.text,
            "sender": {"did": m.sender},
            "sentAt": m.sent_at,
        }
        if m.facets:
            view["facets"] = m.facets
        return view

    def _convo_view(self, convo: Convo, viewer: str) -> dict[str, Any]:
        read = convo.last_read.get(viewer, "")
        view: dict[str, Any] = {
            "id": convo.id,
            "rev": convo.rev,
            "members": [self._profile(d) for d in convo.members],
            "muted": False,
            "status": convo.status[viewer],
            "unreadCount": sum(1 for m in convo.messages if m.sender != viewer and m.rev > read),
        }
        if convo.messages:
            view["lastMessage"] = self._message_view(convo.messages[-1])
        return view

    def _member_convo(self, convo_id: Any, viewer: str) -> Convo:
        convo = self.convos.get(convo_id) if isinstance(convo_id, str) else None
        if convo is None or viewer not in convo.members:
            raise ChatError("InvalidConvo", "Convo not found")
        return convo

    def _log(self, convo: Convo, entry: dict[str, Any], visible: list[str] | None = None) -> str:
        rev = self._rev()
        convo.rev = rev
        self.logs.append((rev, frozenset(visible or convo.members), {**entry, "rev": rev, "convoId": convo.id}))
        return rev

    def _limit(self, request: Request, default: int = 50) -> int:
        try:
            value = int(request.arg("limit") or default)
        except ValueError:
            raise ChatError("InvalidRequest", "limit must be an integer") from None
        if not 1 <= value <= 100:
            raise ChatError("InvalidRequest", "limit must be between 1 and 100")
        return min(value, self.page_cap) if self.page_cap else value

    # -- methods ------------------------------------------------------------------------------

    def _list(self, request: Request, viewer: str, status: str | None) -> tuple[list[dict[str, Any]], str | None]:
        limit = self._limit(request)
        cursor = request.arg("cursor")
        mine = [c for c in self.convos.values() if viewer in c.members and (status is None or c.status[viewer] == status)]
        mine.sort(key=lambda c: c.rev, reverse=True)
        if cursor:
            mine = [c for c in mine if c.rev < cursor]
        page = mine[:limit]
        next_cursor = page[-1].rev if len(mine) > limit else None
        return [self._convo_view(c, viewer) for c in page], next_cursor

    def _listConvos(self, request: Request, viewer: str) -> dict[str, Any]:
        status = request.arg("status")
        views, cursor = self._list(request, viewer, status if status in ("request", "accepted") else None)
        return {"convos": views, **({"cursor": cursor} if cursor else {})}

    def _listConvoRequests(self, request: Request, viewer: str) -> dict[str, Any]:
        views, cursor = self._list(request, viewer, "request")
        views = [{"$type": f"{NS}.defs#convoView", **v} for v in views]  # a union member
        return {"requests": views, **({"cursor": cursor} if cursor else {})}

    def _getConvo(self, request: Request, viewer: str) -> dict[str, Any]:
        return {"convo": self._convo_view(self._member_convo(request.arg("convoId"), viewer), viewer)}

    def _getConvoForMembers(self, request: Request, viewer: str) -> dict[str, Any]:
        members = sorted(set(request.args("members")) | {viewer})
        if len(members) != 2:
            raise ChatError("InvalidRequest", "a direct convo has two members")
        other = next(d for d in members if d != viewer)
        if other not in self.profiles:
            raise ChatError("RecipientNotFound", "recipient not found")
        for convo in self.convos.values():
            if sorted(convo.members) == members:
                return {"convo": self._convo_view(convo, viewer)}
        if other in self.disabled:
            raise ChatError("MessagesDisabled", "recipient has disabled incoming messages")
        convo = Convo(id=self._rev(), members=members, rev="", status={viewer: "accepted", other: "request"})
        self.convos[convo.id] = convo
        self._log(convo, {"$type": f"{NS}.defs#logBeginConvo"}, [viewer])
        return {"convo": self._convo_view(convo, viewer)}

    def _getMessages(self, request: Request, viewer: str) -> dict[str, Any]:
        convo = self._member_convo(request.arg("convoId"), viewer)
        limit = self._limit(request)
        cursor = request.arg("cursor")
        newest_first = [m for m in reversed(convo.messages) if not cursor or m.rev < cursor]
        page = newest_first[:limit]
        out: dict[str, Any] = {"messages": [self._message_view(m) for m in page]}
        if len(newest_first) > limit:
            out["cursor"] = page[-1].rev
        return out

    def _sendMessage(self, request: Request, viewer: str) -> dict[str, Any]:
        body = request.json()
        convo = self._member_convo(body.get("convoId"), viewer)
        message = body.get("message")
        text = message.get("text") if isinstance(message, dict) else None
        if not isinstance(text, str) or not text:
            raise ChatError("InvalidRequest", "Input/message/text must be a string")
        if bluesky_text.graphemes(text) > 1000 or len(text.encode()) > 10000:
            raise ChatError("InvalidRequest", "Input/message/text must not be longer than 1000 graphemes")
        other = next(d for d in convo.members if d != viewer)
        if other in self.disabled:
            raise ChatError("MessagesDisabled", "recipient has disabled incoming messages")
        rev = self._rev()
        facets = message.get("facets") if isinstance(message.get("facets"), list) else None
        sent = Message(id=rev, rev=rev, sender=viewer, text=text, sent_at=_now_iso(), facets=facets)
        convo.messages.append(sent)
        if convo.status[viewer] == "request":  # answering accepts
            convo.status[viewer] = "accepted"
            self._log(convo, {"$type": f"{NS}.defs#logAcceptConvo"}, [viewer])
        convo.last_read[viewer] = rev
        self._log(convo, {"$type": f"{NS}.defs#logCreateMessage", "message": self._message_view(sent)})
        return self._message_view(sent)

    def _acceptConvo(self, request: Request, viewer: str) -> dict[str, Any]:
        convo = self._member_convo(request.json().get("convoId"), viewer)
        if convo.status[viewer] == "accepted":
            return {}
        convo.status[viewer] = "accepted"
        return {"rev": self._log(convo, {"$type": f"{NS}.defs#logAcceptConvo"}, [viewer])}

    def _updateRead(self, request: Request, viewer: str) -> dict[str, Any]:
        body = request.json()
        convo = self._member_convo(body.get("convoId"), viewer)
        convo.last_read[viewer] = convo.messages[-1].rev if convo.messages else ""
        return {"convo": self._convo_view(convo, viewer)}

    def _getLog(self, request: Request, viewer: str) -> dict[str, Any]:
        cursor = request.arg("cursor") or ""
        mine = [entry for rev, who, entry in self.logs if viewer in who and rev > cursor][: self.page_cap or 100]
        new_cursor = mine[-1]["rev"] if mine else cursor
        out: dict[str, Any] = {"logs": mine}
        if new_cursor:
            out["cursor"] = new_cursor
        return out


def main() -> None:  # pragma: no cover - manual use
    parser = argparse.ArgumentParser(description="A local chat.bsky.convo server")
    parser.add_argument("--port", type=int, default=2590)
    args = parser.parse_args()
    server = BlueskyChatServer(port=args.port).start()
    print(f"chat.bsky.convo on {server.url}; Ctrl+C to stop")
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.stop()


if __name__ == "__main__":
    main()
