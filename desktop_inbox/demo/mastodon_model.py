"""The local Mastodon server's data: accounts, statuses, notifications, OAuth apps."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

HASHTAG = re.compile(r"(?<![\w/#&])#([\w\u00b7\u200c]*[^\W\d_][\w\u00b7\u200c]*)")


@dataclass
class Account:
    id: str
    username: str
    display_name: str
    created_at: datetime
    follows: set[str] = field(default_factory=set)
    # Set for people "on other servers" (federated accounts): acct is user@domain.
    domain: str | None = None
    # Opted in to full-text search of their public posts (Mastodon 4.2+).
    indexable: bool = True

    def acct(self) -> str:
        return f"{self.username}@{self.domain}" if self.domain else self.username


@dataclass
class Status:
    id: str
    account_id: str
    text: str
    visibility: str
    created_at: datetime
    in_reply_to_id: str | None
    mentions: list[str]  # account ids
    html: str | None = None  # raw HTML override (hostile-content tests)
    media: list[dict[str, Any]] = field(default_factory=list)
    idempotency_key: str | None = None
    language: str | None = None  # ISO 639-1, as the author's app declared it

    @property
    def tags(self) -> list[str]:
        """The hashtags of the text, lower-cased, each once (as Mastodon lists them)."""
        return list(dict.fromkeys(t.lower() for t in HASHTAG.findall(self.text)))


@dataclass
class Notification:
    id: str
    account_id: str  # recipient
    type: str
    from_account_id: str
    status_id: str | None
    created_at: datetime
    filtered: bool = False


@dataclass
class App:
    client_id: str
    client_secret: str
    redirect_uris: list[str]
    scopes: str


@dataclass
class Grant:
    client_id: str
    redirect_uri: str
    challenge: str | None
    account_id: str
    scopes: str


def status_length(text: str) -> int:
    # Mastodon: every URL counts 23, "@user@domain" counts as "@user".
    text = re.sub(r"https?://\S+", "x" * 23, text)
    text = re.sub(r"@(\w+)@[\w.:-]+", r"@\1", text)
    return len(text)


def id_order(remote_id: str) -> tuple[int, str]:
    return (len(remote_id), remote_id)


def numeric_id(remote_id: str) -> int:
    """A paging bound as a number (our ids are numbers; junk sorts first)."""
    try:
        return int(remote_id)
    except ValueError:
        return -1


def iso_time(value: datetime) -> str:
    return value.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
