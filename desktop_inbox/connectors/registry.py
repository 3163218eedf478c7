"""Which connector serves which platform, and how to build one."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from desktop_inbox.connectors.base import Connector, CredentialSaver
from desktop_inbox.records import Person, ReplyFacts

if TYPE_CHECKING:
    import httpx

# platform -> "module:function"; a builder takes ConnectorSettings.
BUILDERS: dict[str, str] = {
    "mastodon": "desktop_inbox.connectors.mastodon.connector:build",
    "email": "desktop_inbox.connectors.email.connector:build",
    "bluesky": "desktop_inbox.connectors.bluesky.connector:build",
    "x": "desktop_inbox.connectors.x.connector:build",
    "instagram": "desktop_inbox.connectors.instagram.connector:build",
    "messenger": "desktop_inbox.connectors.messenger.connector:build",
}

# platform -> "module:function" judging a reply when it is queued:
# ``rule(facts: ReplyFacts, now: datetime) -> str | None`` (None: allowed,
# else why not). Platforms without an entry take any reply.
REPLY_RULES: dict[str, str] = {
    "instagram": "desktop_inbox.connectors.meta.window:reply_allowed",
    "messenger": "desktop_inbox.connectors.meta.window:reply_allowed",
}


@dataclass(slots=True)
class ConnectorSettings:
    platform: str
    base_url: str
    me: Person
    credentials: dict[str, Any]
    save_credentials: CredentialSaver
    extra: dict[str, str] = field(default_factory=dict)
    transport: httpx.AsyncBaseTransport | None = None
    # The engine's clock, so that rate budgets and token expiry follow it.
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))


def build_connector(settings: ConnectorSettings) -> Connector:
    try:
        target = BUILDERS[settings.platform]
    except KeyError:
        raise ValueError(f"no connector for platform {settings.platform!r}") from None
    module_name, _, func = target.partition(":")
    builder = getattr(importlib.import_module(module_name), func)
    connector: Connector = builder(settings)
    return connector


# platform -> "module:function" telling until when a reply may go out:
# ``end(facts: ReplyFacts) -> datetime | None`` (None: no window applies).
REPLY_WINDOW_ENDS: dict[str, str] = {
    "instagram": "desktop_inbox.connectors.meta.window:window_ends",
    "messenger": "desktop_inbox.connectors.meta.window:window_ends",
}


def _load(target: str | None) -> Any:
    if target is None:
        return None
    module_name, _, func = target.partition(":")
    return getattr(importlib.import_module(module_name), func)


def reply_rule(platform: str) -> Callable[[ReplyFacts, datetime], str | None] | None:
    rule: Callable[[ReplyFacts, datetime], str | None] | None = _load(REPLY_RULES.get(platform))
    return rule


def reply_window_end(platform: str) -> Callable[[ReplyFacts], datetime | None] | None:
    end: Callable[[ReplyFacts], datetime | None] | None = _load(REPLY_WINDOW_ENDS.get(platform))
    return end


def platforms() -> list[str]:
    return list(BUILDERS)
