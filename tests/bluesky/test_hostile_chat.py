"""Hostile records in Bluesky chat pages: the rest of the page is kept.

(A lone surrogate anywhere in an answer makes the atproto SDK's JSON decoder
refuse the whole page: a typed MalformedResponse, not a crash; the other
connectors replace it with U+FFFD, see ``connectors/values.py``.)
"""

from __future__ import annotations

import copy
from typing import Any

from tests.bluesky.conftest import App, World


def _mangle_messages(body: Any) -> Any:
    body = copy.deepcopy(body)
    messages = body.get("messages") if isinstance(body, dict) else None
    if isinstance(messages, list) and len(messages) >= 3:
        messages[0]["sentAt"] = "0001-01-01T00:00:00+14:00"
        messages[1]["sender"] = "did:plc:nobody"
        messages.append({"$type": "chat.bsky.convo.defs#messageView", "id": 5, "text": ["x"]})
        messages.append(17)
    return body


async def test_chat_page_with_hostile_messages_keeps_the_rest(app: App, world: World) -> None:
    texts = [f"question {i} about order {100 + i}" for i in range(6)]
    for text in texts:
        world.dm(world.anna, text)
    world.chat.inject("mutate", method="GET", path=r"/xrpc/chat\.bsky\.convo\.getMessages", count=1000,
                      transform=_mangle_messages)
    world.chat.inject("mutate", method="GET", path=r"/xrpc/chat\.bsky\.convo\.getLog", count=1000,
                      transform=lambda body: {**body, "logs": [*(body.get("logs") or []), None, {"$type": "x"}, "log"]})
    await app.add(world)

    [result] = await app.engine.sync_once()

    assert result.ok, result.error
    assert result.skipped >= 2
    [conv] = await app.inbox.page()
    detail = await app.inbox.conversation(conv.id)
    got = [m.text for m in detail.messages]
    assert len(got) >= len(texts) - 2 and set(got) <= set(texts)
    world.chat.clear_faults()
    world.dm(world.anna, "one more")
    [later] = await app.engine.sync_once()
    assert later.ok and later.added >= 1
