"""The local chat.bsky.convo server answers as the lexicons say.

Every answer is checked against ``chat/bsky/convo/*.json``, so the connector
tests that run against this server test against the lexicons' shapes.
"""

from __future__ import annotations

import base64
import json
import time
from typing import Any

import httpx
import pytest

from tests.helpers.lexicon import LexiconError, validate_input, validate_output
from tests.servers.bluesky_chat import BlueskyChatServer

NS = "chat.bsky.convo"


def jwt(did: str, *, exp: float | None = None, scope: str = "com.atproto.appPassPrivileged") -> str:
    def part(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")

    claims = {"sub": did, "scope": scope, "exp": int(exp if exp is not None else time.time() + 3600)}
    return f"{part({'alg': 'ES256K', 'typ': 'at+jwt'})}.{part(claims)}.c2ln"


class Caller:
    def __init__(self, server: BlueskyChatServer, did: str, token: str | None = None) -> None:
        self.server, self.did = server, did
        self.headers = {"Authorization": f"Bearer {token or jwt(did)}", "atproto-proxy": "did:web:api.bsky.chat#bsky_chat"}

    def get(self, method: str, **params: Any) -> Any:
        response = httpx.get(f"{self.server.url}/xrpc/{NS}.{method}", params=params, headers=self.headers)
        assert response.status_code == 200, response.text
        validate_output(f"{NS}.{method}", response.json())
        return response.json()

    def post(self, method: str, body: dict[str, Any]) -> Any:
        validate_input(f"{NS}.{method}", body)
        response = httpx.post(f"{self.server.url}/xrpc/{NS}.{method}", json=body, headers=self.headers)
        assert response.status_code == 200, response.text
        validate_output(f"{NS}.{method}", response.json())
        return response.json()


@pytest.fixture
def server(chat: BlueskyChatServer) -> BlueskyChatServer:
    chat.add_profile("did:plc:shop", "shop.test", "Zappy Shoes")
    chat.add_profile("did:plc:anna", "anna.test", "Άννα")
    return chat


def test_a_conversation_from_request_to_answer(server: BlueskyChatServer) -> None:
    anna, shop = Caller(server, "did:plc:anna"), Caller(server, "did:plc:shop")
    convo = anna.get("getConvoForMembers", members="did:plc:shop")["convo"]
    assert convo["status"] == "accepted"
    sent = anna.post("sendMessage", {"convoId": convo["id"], "message": {"text": "Γειά! 你好 ✨ order 42?"}})
    assert sent["sender"] == {"did": "did:plc:anna"}

    assert shop.get("listConvos", status="accepted")["convos"] == []
    [request] = shop.get("listConvoRequests")["requests"]
    assert request["status"] == "request" and request["unreadCount"] == 1
    assert request["lastMessage"]["text"] == "Γειά! 你好 ✨ order 42?"
    assert {m["handle"] for m in request["members"]} == {"anna.test", "shop.test"}

    log = shop.get("getLog")
    assert [e["$type"].split("#")[1] for e in log["logs"]] == ["logCreateMessage"]
    answer = shop.post("sendMessage", {"convoId": convo["id"], "message": {"text": "Αύριο!"}})
    assert shop.get("getConvo", convoId=convo["id"])["convo"]["status"] == "accepted"  # answering accepts
    later = shop.get("getLog", cursor=log["cursor"])
    assert [e["$type"].split("#")[1] for e in later["logs"]] == ["logAcceptConvo", "logCreateMessage"]
    assert later["logs"][-1]["message"]["id"] == answer["id"]
    assert shop.get("getLog", cursor=later["cursor"]) == {"logs": [], "cursor": later["cursor"]}

    messages = anna.get("getMessages", convoId=convo["id"], limit=1)
    assert [m["text"] for m in messages["messages"]] == ["Αύριο!"]  # newest first
    older = anna.get("getMessages", convoId=convo["id"], limit=1, cursor=messages["cursor"])
    assert [m["text"] for m in older["messages"]] == ["Γειά! 你好 ✨ order 42?"]
    assert "cursor" not in older
    assert anna.post("updateRead", {"convoId": convo["id"]})["convo"]["unreadCount"] == 0


def test_accept_without_answering(server: BlueskyChatServer) -> None:
    anna, shop = Caller(server, "did:plc:anna"), Caller(server, "did:plc:shop")
    convo = anna.get("getConvoForMembers", members="did:plc:shop")["convo"]
    anna.post("sendMessage", {"convoId": convo["id"], "message": {"text": "hello"}})
    assert "rev" in shop.post("acceptConvo", {"convoId": convo["id"]})
    assert shop.post("acceptConvo", {"convoId": convo["id"]}) == {}  # already accepted
    assert [c["id"] for c in shop.get("listConvos", status="accepted")["convos"]] == [convo["id"]]


def test_errors_are_xrpc_errors_with_rate_limit_headers(server: BlueskyChatServer) -> None:
    url = f"{server.url}/xrpc/{NS}.getConvo"
    expired = httpx.get(url, params={"convoId": "x"}, headers={"Authorization": f"Bearer {jwt('did:plc:anna', exp=1)}"})
    assert (expired.status_code, expired.json()["error"]) == (400, "ExpiredToken")
    missing = httpx.get(url, params={"convoId": "nope"}, headers={"Authorization": f"Bearer {jwt('did:plc:anna')}"})
    assert (missing.status_code, missing.json()["error"]) == (400, "InvalidConvo")
    unprivileged = httpx.get(url, headers={"Authorization": f"Bearer {jwt('did:plc:anna', scope='com.atproto.appPass')}"})
    assert unprivileged.json() == {"error": "InvalidToken", "message": "Bad token method"}
    assert httpx.get(url).json()["error"] == "AuthMissing"
    reset = int(missing.headers["RateLimit-Reset"])
    assert int(missing.headers["RateLimit-Remaining"]) < int(missing.headers["RateLimit-Limit"])
    assert time.time() < reset <= time.time() + 301  # epoch seconds, as Bluesky sends


def test_long_messages_are_refused(server: BlueskyChatServer) -> None:
    anna = Caller(server, "did:plc:anna")
    convo = anna.get("getConvoForMembers", members="did:plc:shop")["convo"]
    response = httpx.post(
        f"{server.url}/xrpc/{NS}.sendMessage",
        json={"convoId": convo["id"], "message": {"text": "✨" * 1001}},
        headers=anna.headers,
    )
    assert (response.status_code, response.json()["error"]) == (400, "InvalidRequest")


def test_the_validator_catches_wrong_shapes() -> None:
    view = {"id": "1", "rev": "2", "text": "hi", "sender": {"did": "did:plc:x"}, "sentAt": "2026-11-23T10:00:00.000Z"}
    validate_output(f"{NS}.sendMessage", view)
    with pytest.raises(LexiconError, match="sentAt"):
        validate_output(f"{NS}.sendMessage", {**view, "sentAt": "yesterday"})
    with pytest.raises(LexiconError, match="did"):
        validate_output(f"{NS}.sendMessage", {**view, "sender": {"did": "anna"}})
    with pytest.raises(LexiconError, match="rev"):
        validate_output(f"{NS}.sendMessage", {k: v for k, v in view.items() if k != "rev"})
    with pytest.raises(LexiconError, match="graphemes"):
        validate_output(f"{NS}.sendMessage", {**view, "text": "✨" * 1001})
